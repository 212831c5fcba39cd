/** What settings changes and commands do (presence is reconciled in step.ts). */
import { RELIEF_TIMERS } from '../content/relief-timers';
import { MINUTE, nextLocalMidnight } from '../time';
import {
  account,
  addHistory,
  beginStreak,
  breakReminderOpen,
  coldAllowedAt,
  endRelief,
  enterActive,
  leaveSitting,
  type Ctx,
} from './context';
import { activeWindow } from './active-hours';
import { nextTick } from './schedule';
import type { Settings } from '../settings';
import type { Command, StepResult } from './types';

export function onSettings(c: Ctx): void {
  const { s, now, settings } = c;
  if (s.phase !== 'tracking' && s.phase !== 'away') return;
  const since = s.sittingSince ?? now;
  if (s.breakReminders === 0 && !s.snoozed) {
    s.nextBreakAt = (s.breakCountFrom ?? since) + settings.breakIntervalMinutes * MINUTE;
  } else if (s.breakReminders > settings.repeatCount) {
    s.nextBreakAt = null;
  }
  s.nextNudgeAt = nextTick(since, settings.nudgeIntervalMinutes * MINUTE, now);
}

/**
 * "Until tomorrow": the start of tomorrow's active hours (or the next day that
 * has some) when they are set, else midnight, which the popup then names.
 */
export function tomorrowStart(settings: Settings, now: number): number {
  const midnight = nextLocalMidnight(now);
  const window = activeWindow(settings, midnight);
  return window.active || window.until === null ? midnight : window.until;
}

export function onCommand(c: Ctx, command: Command): StepResult['refused'] {
  const { s, now, settings } = c;
  const sitting = s.phase === 'tracking' || s.phase === 'away';
  switch (command.type) {
    case 'takeBreak':
      if (!sitting && s.phase !== 'onBreak') return 'notApplicable';
      account(c, now);
      s.phase = 'onBreak';
      s.breakEndsAt = now + settings.breakMinutes * MINUTE;
      s.heldSince = null;
      c.fx.push({ type: 'clearNotification', kind: 'break' }, { type: 'openBreakWindow' });
      return undefined;
    case 'done':
      if (!sitting && s.phase !== 'onBreak') return 'notApplicable';
      // Done with no break due or under way counts nothing: the break window's
      // button raced the alarm that ended the break (counted once already), or
      // only a nudge was held.
      if (sitting && !breakReminderOpen(s, now)) return undefined;
      account(c, now);
      addHistory(c, { breaksTaken: 1 });
      c.fx.push({ type: 'clearNotification', kind: 'break' });
      beginStreak(c, now);
      return undefined;
    case 'showBreakWindow':
      if (s.phase !== 'onBreak' && !(sitting && breakReminderOpen(s, now))) return 'notApplicable';
      c.fx.push({ type: 'openBreakWindow' });
      return undefined;
    case 'endBreak':
    case 'snooze':
    case 'skip': {
      // Snooze and Skip answer a reminder; a break under way (the user's own,
      // or one they started from a reminder) is ended with Done or End early.
      if (command.type === 'endBreak' ? s.phase !== 'onBreak' : !sitting) return 'notApplicable';
      if (sitting && !breakReminderOpen(s, now)) return 'notApplicable';
      if (s.phase === 'onBreak') {
        // Ended early: the same streak goes on, the break time is not sitting.
        s.phase = 'tracking';
        s.breakEndsAt = null;
        s.accountedUntil = now;
      }
      const snooze = command.type === 'snooze';
      addHistory(c, snooze ? { snoozes: 1 } : { skips: 1 });
      // Snooze answers a break that is due (shown or held), so it can only move
      // it later: the reminder comes back the snooze length from now, as the
      // button says, whatever repeat was planned for the ignored reminder.
      s.nextBreakAt =
        now + (snooze ? settings.snoozeMinutes : settings.breakIntervalMinutes) * MINUTE;
      if (!snooze) s.breakCountFrom = now;
      s.breakReminders = 0;
      s.snoozed = snooze;
      s.heldSince = null;
      c.fx.push({ type: 'clearNotification', kind: 'break' });
      return undefined;
    }
    case 'pause':
      if (s.phase !== 'paused') leaveSitting(c);
      s.phase = 'paused';
      s.offHoursUntil = null;
      s.pauseTimed = typeof command.length === 'object';
      s.pausedUntil =
        command.length === 'indefinite'
          ? null
          : command.length === 'tomorrow'
            ? tomorrowStart(settings, now)
            : now + command.length.minutes * MINUTE;
      return undefined;
    case 'resume':
      if (s.phase !== 'paused') return 'notApplicable';
      enterActive(c);
      return undefined;
    case 'togglePause':
      return onCommand(
        c,
        s.phase === 'paused' ? { type: 'resume' } : { type: 'pause', length: 'indefinite' },
      );
    case 'testReminder':
      c.fx.push({ type: 'notify', kind: 'test' });
      return undefined;
    case 'startRelief': {
      const cold = command.timer === 'cold';
      // Whatever runs now ends first (one timer at a time), and may count;
      // a refusal puts it back as it was.
      const before = { relief: s.relief, lastColdStartedAt: s.lastColdStartedAt };
      endRelief(c);
      if (cold && coldAllowedAt(s.lastColdStartedAt, now) !== null && !command.confirmEarly) {
        Object.assign(s, before);
        return 'coldTooSoon';
      }
      s.relief = {
        timer: command.timer,
        startedAt: now,
        endsAt: now + RELIEF_TIMERS[command.timer].minutes * MINUTE,
      };
      return undefined;
    }
    case 'cancelRelief':
      if (!s.relief) return 'notApplicable';
      endRelief(c);
      return undefined;
  }
}
