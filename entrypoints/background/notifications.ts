/** Turns the tracker's notify effects into browser notifications. */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { RELIEF_TIMERS } from '@/utils/content/relief-timers';
import { TIPS } from '@/utils/content/tips';
import { workerContent } from './content';
import { formatClock, formatDuration, formatMinutes } from '@/utils/format';
import type { Settings } from '@/utils/settings';
import { MINUTE } from '@/utils/time';
import type { Effect, NotificationKind } from '@/utils/tracker/types';
import { breakWindowFocused, openBreakWindow } from './break-window';

type Notify = Extract<Effect, { type: 'notify' }>;

/** Firefox shows only basic notifications: no buttons, no requireInteraction. */
export const RICH = !import.meta.env.FIREFOX;

export async function showNotification(effect: Notify, settings: Settings): Promise<void> {
  const locale = i18n.t('locale');
  const content = await workerContent(locale);
  let title: string;
  let message: string;
  let buttons: { title: string }[] | undefined;
  switch (effect.kind) {
    case 'nudge': {
      const tip = TIPS.find((t) => t.id === effect.tipId) ?? TIPS[0];
      title = i18n.t('notify.nudgeTitle');
      message = tip ? i18n.t('notify.nudgeTip', [content[tip.title], content[tip.line]]) : '';
      break;
    }
    case 'break': {
      const sitting = formatDuration(effect.sittingMinutes * MINUTE, locale);
      title = i18n.t('notify.breakTitle');
      message = i18n.t(effect.repeat === 0 ? 'notify.breakBody' : 'notify.breakRepeatBody', [
        sitting,
      ]);
      buttons = [
        { title: i18n.t('notify.startBreak') },
        { title: i18n.t('notify.snooze', [formatMinutes(settings.snoozeMinutes, locale)]) },
      ];
      break;
    }
    case 'breakOver':
      // The break window says so itself when the user is looking at it.
      if (await breakWindowFocused()) return;
      title = i18n.t('notify.breakOverTitle');
      message = i18n.t('notify.breakOverBody');
      break;
    case 'test':
      title = i18n.t('notify.testTitle');
      message = i18n.t('notify.testBody');
      break;
    case 'relief': {
      const timer = RELIEF_TIMERS[effect.timer];
      title = i18n.t('notify.reliefTitle');
      message = content[timer.doneText];
      if (effect.nextColdAt !== null) {
        message += ` ${i18n.t('notify.coldNext', [formatClock(effect.nextColdAt, Date.now(), locale)])}`;
      }
      break;
    }
  }
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    ...(RICH && buttons ? { buttons, requireInteraction: effect.kind === 'break' } : {}),
  };
  await browser.notifications.create(effect.kind, options);
}

export async function clearNotification(kind: NotificationKind): Promise<void> {
  await browser.notifications.clear(kind);
}

/**
 * A click on the break notification where it has no buttons (Firefox): the
 * user has not chosen to start the break yet, so the click opens the break
 * window, whose Start, Snooze and Skip stand in for the missing buttons.
 * The tracker state does not change: the reminder stays due until one is pressed.
 */
export async function openBreakChoices(): Promise<void> {
  await Promise.all([clearNotification('break'), openBreakWindow()]);
}
