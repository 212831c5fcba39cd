/**
 * The typed commands pages send to the background. Messages cross a process
 * boundary, so the background checks each one against this schema and
 * answers with a typed reply instead of trusting the sender.
 */
import * as v from 'valibot';
import { RELIEF_TIMERS, type ReliefTimerId } from './content/relief';
import type { Command } from './tracker/types';

export const COMMAND_KIND = 'posture-break/command';

const timerIds = Object.keys(RELIEF_TIMERS) as [ReliefTimerId, ...ReliefTimerId[]];

export const CommandSchema = v.variant('type', [
  v.object({ type: v.literal('takeBreak') }),
  v.object({ type: v.literal('done') }),
  v.object({ type: v.literal('snooze') }),
  v.object({ type: v.literal('skip') }),
  v.object({
    type: v.literal('pause'),
    length: v.union([
      v.object({ minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60)) }),
      v.literal('tomorrow'),
      v.literal('indefinite'),
    ]),
  }),
  v.object({ type: v.literal('resume') }),
  v.object({ type: v.literal('togglePause') }),
  v.object({ type: v.literal('testReminder') }),
  v.object({
    type: v.literal('startRelief'),
    timer: v.picklist(timerIds),
    confirmEarly: v.optional(v.boolean()),
  }),
  v.object({ type: v.literal('cancelRelief') }),
]);

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
  const parsed = v.safeParse(CommandSchema, m.command);
  return parsed.success ? (parsed.output as Command) : undefined;
}
