import type { CommandReply } from '@/utils/messages';
import type { StepResult } from '@/utils/tracker/types';

export type MessageReply = CommandReply;

/** A page's command succeeded unless the tracker refused it (and then changed nothing). */
export function replyFor(result: StepResult): MessageReply {
  return result.refused ? { ok: false, reason: result.refused } : { ok: true };
}
