import { i18n } from '#i18n';
import { CAUSES, SYMPTOMS, type LearnItem } from '@/utils/content/learn';
import { DISCLAIMER } from '@/utils/content/safety';
import type { Locale } from '@/utils/content/types';
import { NoteLine } from './NoteLine';
import { useLocale } from './use-locale';
import { WhenToGetHelp } from './WhenToGetHelp';

/** Static content. */
export type Props = Record<string, never>;

function list(items: readonly LearnItem[], locale: Locale) {
  return (
    <ul class="learn-list">
      {items.map((item) => (
        <li key={item.id}>
          <strong>{item.title[locale]}</strong> {item.line[locale]}
          {item.notes?.map((note) => (
            <NoteLine key={note.id} note={note} class="learn-note" />
          ))}
        </li>
      ))}
    </ul>
  );
}

/** Causes and symptoms of back cramps and when to get help, closed until asked for. */
export function LearnMore(_: Props) {
  const locale = useLocale();
  return (
    <details class="learn">
      <summary>{i18n.t('popup.tips.learnMore')}</summary>
      <p class="disclaimer">{DISCLAIMER[locale]}</p>
      <WhenToGetHelp headingId="learn-get-help" />
      <h3>{i18n.t('popup.tips.causes')}</h3>
      {list(CAUSES, locale)}
      <h3>{i18n.t('popup.tips.symptoms')}</h3>
      {list(SYMPTOMS, locale)}
    </details>
  );
}
