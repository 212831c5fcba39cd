import { i18n } from '#i18n';
import { useComputed } from '@preact/signals';
import { useStore } from '@/components/store';
import { DISCLAIMER } from '@/utils/content/safety';
import { TIPS, tipOfTheDay } from '@/utils/content/tips';
import { localDayKey } from '@/utils/time';
import { LearnMore } from './LearnMore';
import { useLocale } from './use-locale';

/** Reads the day from the store's clock. */
export type Props = Record<string, never>;

/** Prevention: the tip of the day first, then the others, then "Learn more". */
export function TipsPanel(_: Props) {
  const store = useStore();
  const locale = useLocale();
  // Only the day matters here, so the panel re-renders once a day, not every tick.
  const day = useComputed(() => localDayKey(store.now.value)).value;
  const today = tipOfTheDay(day);
  return (
    <div class="tips">
      <p class="disclaimer">{DISCLAIMER[locale]}</p>
      <section class="tip-today" aria-labelledby="tip-today-heading">
        <h2 id="tip-today-heading" class="eyebrow">
          {i18n.t('popup.tips.today')}
        </h2>
        <h3>{today.title[locale]}</h3>
        <p>{today.line[locale]}</p>
      </section>
      <section aria-labelledby="tips-more-heading">
        <h2 id="tips-more-heading" class="eyebrow">
          {i18n.t('popup.tips.more')}
        </h2>
        <ul class="tip-list">
          {TIPS.filter((tip) => tip.id !== today.id).map((tip) => (
            <li key={tip.id}>
              <h3>{tip.title[locale]}</h3>
              <p>{tip.line[locale]}</p>
            </li>
          ))}
        </ul>
      </section>
      <LearnMore />
    </div>
  );
}
