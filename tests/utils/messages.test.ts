import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clearHistoryMessage,
  commandMessage,
  isClearHistoryMessage,
  parseCommandMessage,
} from '@/utils/messages';
import type { Command } from '@/utils/tracker/types';

describe('command messages', () => {
  it.each<Command>([
    { type: 'takeBreak' },
    { type: 'done' },
    { type: 'snooze' },
    { type: 'skip' },
    { type: 'resume' },
    { type: 'togglePause' },
    { type: 'testReminder' },
    { type: 'cancelRelief' },
    { type: 'pause', length: { minutes: 30 } },
    { type: 'pause', length: 'tomorrow' },
    { type: 'pause', length: 'indefinite' },
    { type: 'startRelief', timer: 'cold' },
    { type: 'startRelief', timer: 'warm', confirmEarly: true },
  ])('round-trips %j', (command) => {
    expect(parseCommandMessage(JSON.parse(JSON.stringify(commandMessage(command))))).toEqual(
      command,
    );
  });

  it.each([
    null,
    'takeBreak',
    { kind: 'other', command: { type: 'done' } },
    { kind: 'posture-break/command', command: { type: 'explode' } },
    { kind: 'posture-break/command', command: { type: 'pause', length: { minutes: 0 } } },
    { kind: 'posture-break/command', command: { type: 'pause', length: { minutes: 1.5 } } },
    { kind: 'posture-break/command', command: { type: 'pause', length: 'forever' } },
    { kind: 'posture-break/command', command: { type: 'startRelief', timer: 'hot' } },
    {
      kind: 'posture-break/command',
      command: { type: 'startRelief', timer: 'cold', confirmEarly: 'yes' },
    },
  ])('refuses %j', (message) => {
    expect(parseCommandMessage(message)).toBeUndefined();
  });

  it('never throws on anything, and drops extra fields', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        (x) => void parseCommandMessage({ kind: 'posture-break/command', command: x }),
      ),
    );
    expect(
      parseCommandMessage(commandMessage({ type: 'done', extra: 1 } as unknown as Command)),
    ).toEqual({ type: 'done' });
  });
});

describe('the clear-history message', () => {
  it('is recognised, and nothing else is', () => {
    expect(isClearHistoryMessage(clearHistoryMessage())).toBe(true);
    for (const other of [null, undefined, 'clear', 3, {}, commandMessage({ type: 'done' })])
      expect(isClearHistoryMessage(other)).toBe(false);
  });
});
