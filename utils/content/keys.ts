import { CAUSES, NERVE_NOTES, SYMPTOMS } from './learn';
import { MOVEMENT_IDEAS } from './movement';
import { RELIEF_STEPS } from './relief';
import { RELIEF_TIMERS } from './relief-timers';
import {
  DISCLAIMER,
  GENERAL_GUIDANCE_LABEL,
  GENERAL_GUIDANCE_TAG,
  WHEN_TO_GET_HELP,
} from './safety';
import { TIPS } from './tips';
import type { ContentKey, Note } from './types';

const noteKeys = (notes: readonly Note[] | undefined) => (notes ?? []).map((n) => n.text);

/** Every key the structure names, once each, in the order the popup shows them. */
export const CONTENT_KEYS: readonly ContentKey[] = Object.freeze([
  ...new Set<ContentKey>([
    DISCLAIMER,
    GENERAL_GUIDANCE_LABEL,
    GENERAL_GUIDANCE_TAG,
    WHEN_TO_GET_HELP.title,
    ...WHEN_TO_GET_HELP.groups.flatMap((g) => [g.intro, ...g.items]),
    ...RELIEF_STEPS.flatMap((s) => [
      s.title,
      ...s.lines,
      ...noteKeys(s.cautions),
      ...noteKeys(s.notes),
    ]),
    ...Object.values(RELIEF_TIMERS).flatMap((t) => [t.label, t.doneText]),
    ...[...TIPS, ...CAUSES, ...SYMPTOMS, ...MOVEMENT_IDEAS].flatMap((item) => [
      item.title,
      item.line,
      ...noteKeys('notes' in item ? item.notes : undefined),
    ]),
    ...noteKeys(NERVE_NOTES),
  ]),
]);
