import { GENERAL_GUIDANCE_LABEL, WHEN_TO_GET_HELP } from '@/utils/content/safety';
import { useText } from '../use-content';

export interface Props {
  /** Id of the heading; unique on the page. */
  headingId: string;
}

/**
 * The warning signs that need a doctor, or urgent help, shown before any
 * home care. General guidance, and labelled so.
 */
export function WhenToGetHelp({ headingId }: Props) {
  const t = useText();
  const block = WHEN_TO_GET_HELP;
  return (
    <section class="get-help" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(block.title)}</h3>
      <p class="guidance-label">{t(GENERAL_GUIDANCE_LABEL)}</p>
      {block.groups.map((group) => (
        <div key={group.id} class="get-help-group">
          <p id={`${headingId}-${group.id}`}>{t(group.intro)}</p>
          <ul aria-labelledby={`${headingId}-${group.id}`}>
            {group.items.map((item) => (
              <li key={item}>{t(item)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
