/**
 * When home care is not enough. The seed article says nothing about this, so
 * the whole block is general guidance (source 'general'), shown under
 * GENERAL_GUIDANCE_LABEL with the relief routine (above its steps) and in
 * "Learn more". It lists warning signs and when to see a doctor; it gives no
 * treatment.
 */
import { deepFreeze } from './freeze';
import type { Text } from './types';

export const GENERAL_GUIDANCE_LABEL: Text = 'guidance.label';

/** Shown on every tab with health content. */
export const DISCLAIMER: Text = 'disclaimer';

/** The short tag after each general-guidance note in the steps and in "Learn more". */
export const GENERAL_GUIDANCE_TAG: Text = 'guidance.tag';

export type HelpGroupId = 'urgent' | 'doctor';

export interface HelpGroup {
  readonly id: HelpGroupId;
  /** The sentence the items complete. */
  readonly intro: Text;
  readonly items: readonly Text[];
}

export interface SafetyBlock {
  readonly id: 'when-to-get-help';
  readonly source: 'general';
  readonly title: Text;
  readonly groups: readonly HelpGroup[];
}

export const WHEN_TO_GET_HELP: SafetyBlock = deepFreeze<SafetyBlock>({
  id: 'when-to-get-help',
  source: 'general',
  title: 'help.title',
  groups: [
    {
      id: 'urgent',
      intro: 'help.urgent.intro',
      items: [
        'help.urgent.items.1',
        'help.urgent.items.2',
        'help.urgent.items.3',
        'help.urgent.items.4',
        'help.urgent.items.5',
      ],
    },
    {
      id: 'doctor',
      intro: 'help.doctor.intro',
      items: [
        'help.doctor.items.1',
        'help.doctor.items.2',
        'help.doctor.items.3',
        'help.doctor.items.4',
      ],
    },
  ],
});
