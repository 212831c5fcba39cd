/** The toolbar badge: state at a glance, recomputed on every step and every start. */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { RELIEF_TIMERS } from '@/utils/content/relief-timers';
import { workerContent } from './content';
import { formatClock, formatMinutes } from '@/utils/format';
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

/** A relief timer's minutes take the countdown badge's place while it runs. */
const RELIEF_COLOR = '#1a5fb4';

export async function setBadge(badge: Badge): Promise<void> {
  const locale = i18n.t('locale');
  const look = LOOK[badge.kind];
  const relief = badge.relief;
  let text = badge.kind === 'countdown' ? String(badge.minutes) : look.text;
  let color = look.color;
  let title =
    badge.kind === 'countdown'
      ? i18n.t('badge.countdown', [formatMinutes(badge.minutes, locale)])
      : i18n.t(`badge.${badge.kind}`);
  if (relief) {
    title = i18n.t('badge.relief', [
      title,
      (await workerContent(locale))[RELIEF_TIMERS[relief.timer].label],
      formatMinutes(relief.minutes, locale),
      formatClock(relief.endsAt, Date.now(), locale),
    ]);
    if (badge.kind === 'countdown') {
      text = String(relief.minutes);
      color = RELIEF_COLOR;
    }
  }
  await Promise.all([
    action.setBadgeText({ text }),
    action.setBadgeBackgroundColor({ color }),
    action.setTitle({ title }),
  ]);
}
