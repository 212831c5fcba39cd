import { GENERAL_GUIDANCE_TAG } from '@/utils/content/safety';
import type { Note } from '@/utils/content/types';
import { useText } from '../use-content';

export interface Props {
  note: Note;
  /** Bold words before the text, such as "Caution:". */
  lead?: string;
  class?: string;
}

/**
 * One note of the health content. General guidance (not from the article)
 * carries a visible tag, so the reader can tell it from the article's advice.
 */
export function NoteLine({ note, lead, class: className }: Props) {
  const t = useText();
  const general = note.source === 'general';
  return (
    <p class={className} data-source={note.source}>
      {lead && <strong>{lead}</strong>} {t(note.text)}
      {general && <span class="guidance-tag">{t(GENERAL_GUIDANCE_TAG)}</span>}
    </p>
  );
}
