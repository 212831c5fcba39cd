/** The toolbar badge: state at a glance, recomputed on every step and every start. */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { formatMinutes } from '@/utils/format';
import type { Badge } from '@/utils/tracker/types';

const action =
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

const LOOK: Record<Badge['kind'], { text: string; color: string }> = {
  tracking: { text: '', color: '#0b6e63' },
  countdown: { text: '', color: '#0b6e63' },
  due: { text: '!', color: '#b3261e' },
  onBreak: { text: '↑', color: '#0b6e63' },
  away: { text: '', color: '#0b6e63' },
  paused: { text: 'II', color: '#5f6368' },
  offHours: { text: '–', color: '#5f6368' },
};

export async function setBadge(badge: Badge): Promise<void> {
  const look = LOOK[badge.kind];
  const text = badge.kind === 'countdown' ? String(badge.minutes) : look.text;
  const title =
    badge.kind === 'countdown'
      ? i18n.t('badge.countdown', [formatMinutes(badge.minutes, i18n.t('locale'))])
      : i18n.t(`badge.${badge.kind}`);
  await Promise.all([
    action.setBadgeText({ text }),
    action.setBadgeBackgroundColor({ color: look.color }),
    action.setTitle({ title }),
  ]);
}
