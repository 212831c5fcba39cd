import { i18n } from '#i18n';
import { useComputed } from '@preact/signals';
import { useStore } from '@/components/store';
import { DISCLAIMER } from '@/utils/content/safety';
import { TIPS, tipOfTheDay } from '@/utils/content/tips';
import { localDayKey } from '@/utils/time';
import { LearnMore } from './LearnMore';
import { useContent } from '../use-content';

/** Reads the day from the store's clock. */
export type Props = Record<string, never>;

/** Prevention: the tip of the day first, then the others, then "Learn more". */
export function TipsPanel(_: Props) {
  const store = useStore();
  const content = useContent();
  // Only the day matters here, so the panel re-renders once a day, not every tick.
  const day = useComputed(() => localDayKey(store.now.value)).value;
  const today = tipOfTheDay(day);
  if (!content) return null;
  return (
    <div class="tips">
      <p class="disclaimer">{content[DISCLAIMER]}</p>
      <section class="tip-today" aria-labelledby="tip-today-heading">
        <h2 id="tip-today-heading" class="eyebrow">
          {i18n.t('popup.tips.today')}
        </h2>
        <h3>{content[today.title]}</h3>
        <p>{content[today.line]}</p>
      </section>
      <section aria-labelledby="tips-more-heading">
        <h2 id="tips-more-heading" class="eyebrow">
          {i18n.t('popup.tips.more')}
        </h2>
        <ul class="tip-list">
          {TIPS.filter((tip) => tip.id !== today.id).map((tip) => (
            <li key={tip.id}>
              <h3>{content[tip.title]}</h3>
              <p>{content[tip.line]}</p>
            </li>
          ))}
        </ul>
      </section>
      <LearnMore />
    </div>
  );
}
