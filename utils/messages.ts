/**
 * The typed commands pages send to the background. Messages cross a process
 * boundary, so the background checks each one and answers with a typed reply
 * instead of trusting the sender.
 */
import { RELIEF_TIMER_IDS, type ReliefTimerId } from './content/relief-timers';
import type { Command } from './tracker/types';

export const COMMAND_KIND = 'posture-break/command';

const SIMPLE = new Set([
  'takeBreak',
  'done',
  'endBreak',
  'showBreakWindow',
  'snooze',
  'skip',
  'resume',
  'togglePause',
  'testReminder',
  'cancelRelief',
]);
const MAX_PAUSE_MINUTES = 24 * 60;

/**
 * A command from another context, checked field by field (hand-written rather
 * than a schema library: it runs in the size-budgeted service worker).
 */
export function parseCommand(input: unknown): Command | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const c = input as Record<string, unknown>;
  if (typeof c.type === 'string' && SIMPLE.has(c.type)) return { type: c.type } as Command;
  if (c.type === 'pause') {
    const length = c.length;
    if (length === 'tomorrow' || length === 'indefinite') return { type: 'pause', length };
    const minutes = (length as { minutes?: unknown } | null)?.minutes;
    if (
      typeof length === 'object' &&
      Number.isInteger(minutes) &&
      (minutes as number) >= 1 &&
      (minutes as number) <= MAX_PAUSE_MINUTES
    ) {
      return { type: 'pause', length: { minutes: minutes as number } };
    }
    return undefined;
  }
  if (c.type === 'startRelief' && RELIEF_TIMER_IDS.includes(c.timer as ReliefTimerId)) {
    if (c.confirmEarly !== undefined && typeof c.confirmEarly !== 'boolean') return undefined;
    return c.confirmEarly === undefined
      ? { type: 'startRelief', timer: c.timer as ReliefTimerId }
      : { type: 'startRelief', timer: c.timer as ReliefTimerId, confirmEarly: c.confirmEarly };
  }
  return undefined;
}

/** "Clear history": sent to the background, the one writer of the history. */
export const CLEAR_HISTORY_KIND = 'posture-break/clear-history';

export function clearHistoryMessage(): { kind: typeof CLEAR_HISTORY_KIND } {
  return { kind: CLEAR_HISTORY_KIND };
}

export function isClearHistoryMessage(message: unknown): boolean {
  return (message as { kind?: unknown } | null)?.kind === CLEAR_HISTORY_KIND;
}

export interface CommandMessage {
  kind: typeof COMMAND_KIND;
  command: Command;
}

export type CommandReply = { ok: true } | { ok: false; reason: string };

export function commandMessage(command: Command): CommandMessage {
  return { kind: COMMAND_KIND, command };
}

/** The command inside a runtime message, or undefined when it is not a valid one of ours. */
export function parseCommandMessage(message: unknown): Command | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const m = message as Record<string, unknown>;
  if (m.kind !== COMMAND_KIND) return undefined;
  return parseCommand(m.command);
}
