import { GENERAL_GUIDANCE_LABEL, WHEN_TO_GET_HELP } from '@/utils/content/safety';
import { useLocale } from './use-locale';

export interface Props {
  /** Id of the heading; unique on the page. */
  headingId: string;
}

/**
 * The warning signs that need a doctor, or urgent help, shown before any
 * home care. General guidance, and labelled so.
 */
export function WhenToGetHelp({ headingId }: Props) {
  const locale = useLocale();
  const block = WHEN_TO_GET_HELP;
  return (
    <section class="get-help" aria-labelledby={headingId}>
      <h3 id={headingId}>{block.title[locale]}</h3>
      <p class="guidance-label">{GENERAL_GUIDANCE_LABEL[locale]}</p>
      {block.groups.map((group) => (
        <div key={group.id} class="get-help-group">
          <p id={`${headingId}-${group.id}`}>{group.intro[locale]}</p>
          <ul aria-labelledby={`${headingId}-${group.id}`}>
            {group.items.map((item) => (
              <li key={item.en}>{item[locale]}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
