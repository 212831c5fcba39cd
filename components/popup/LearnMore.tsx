import { i18n } from '#i18n';
import { CAUSES, SYMPTOMS, type LearnItem } from '@/utils/content/learn';
import type { Locale } from '@/utils/content/types';
import { useLocale } from './use-locale';

/** Static content. */
export type Props = Record<string, never>;

function list(items: readonly LearnItem[], locale: Locale) {
  return (
    <ul class="learn-list">
      {items.map((item) => (
        <li key={item.id}>
          <strong>{item.title[locale]}</strong> {item.line[locale]}
        </li>
      ))}
    </ul>
  );
}

/** Causes and symptoms of back cramps, closed until asked for. */
export function LearnMore(_: Props) {
  const locale = useLocale();
  return (
    <details class="learn">
      <summary>{i18n.t('popup.tips.learnMore')}</summary>
      <h3>{i18n.t('popup.tips.causes')}</h3>
      {list(CAUSES, locale)}
      <h3>{i18n.t('popup.tips.symptoms')}</h3>
      {list(SYMPTOMS, locale)}
    </details>
  );
}
