/**
 * storage.sync's write-rate quotas as Chrome enforces them: 120 writes in any
 * minute, 1 800 in any hour; a write past either is refused with Chrome's
 * message and stores nothing. Reads the (fake) clock through `now`.
 */
import { HOUR, MINUTE } from '@/utils/time';

export const PER_MINUTE = 120;
export const PER_HOUR = 1800;

export function syncQuota(now: () => number = Date.now) {
  const accepted: number[] = [];
  let refused = 0;
  return {
    accepted,
    get refused() {
      return refused;
    },
    /** Throws as Chrome does when this write would go over a quota; records it otherwise. */
    check() {
      const at = now();
      const inLast = (ms: number) => accepted.filter((t) => t > at - ms).length;
      if (inLast(MINUTE) >= PER_MINUTE) {
        refused += 1;
        throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
      }
      if (inLast(HOUR) >= PER_HOUR) {
        refused += 1;
        throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
      }
      accepted.push(at);
    },
  };
}
