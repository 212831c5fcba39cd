/** What settings changes and commands do (presence is reconciled in step.ts). */
import { RELIEF_TIMERS } from '../content/relief-timers';
import { MINUTE, nextLocalMidnight } from '../time';
import {
  account,
  addHistory,
  beginStreak,
  coldAllowedAt,
  enterActive,
  leaveSitting,
  type Ctx,
} from './context';
import { nextTick } from './schedule';
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
      // Done after the break already ended on time (the window's button raced
      // the alarm): that break was counted once; nothing more to do.
      if (sitting && s.breakReminders === 0 && s.heldSince === null) return undefined;
      account(c, now);
      addHistory(c, { breaksTaken: 1 });
      c.fx.push({ type: 'clearNotification', kind: 'break' });
      beginStreak(c, now);
      return undefined;
    case 'snooze':
    case 'skip': {
      if (!sitting && s.phase !== 'onBreak') return 'notApplicable';
      if (s.phase === 'onBreak') {
        s.phase = 'tracking';
        s.breakEndsAt = null;
        s.accountedUntil = now; // time spent in the break window is not sitting
      }
      const snooze = command.type === 'snooze';
      addHistory(c, snooze ? { snoozes: 1 } : { skips: 1 });
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
            ? nextLocalMidnight(now)
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
      if (cold && coldAllowedAt(s.lastColdStartedAt, now) !== null && !command.confirmEarly) {
        return 'coldTooSoon';
      }
      s.relief = {
        timer: command.timer,
        startedAt: now,
        endsAt: now + RELIEF_TIMERS[command.timer].minutes * MINUTE,
      };
      if (cold) s.lastColdStartedAt = now;
      return undefined;
    }
    case 'cancelRelief':
      if (!s.relief) return 'notApplicable';
      s.relief = null;
      return undefined;
  }
}
