import { i18n } from '#i18n';
import { CAUSES, SYMPTOMS, type LearnItem } from '@/utils/content/learn';
import { DISCLAIMER } from '@/utils/content/safety';
import type { ContentKey } from '@/utils/content/types';
import { NoteLine } from './NoteLine';
import { useText } from '../use-content';
import { WhenToGetHelp } from './WhenToGetHelp';

/** Static content. */
export type Props = Record<string, never>;

function list(items: readonly LearnItem[], t: (key: ContentKey) => string) {
  return (
    <ul class="learn-list">
      {items.map((item) => (
        <li key={item.id}>
          <strong>{t(item.title)}</strong> {t(item.line)}
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
  const t = useText();
  return (
    <details class="learn">
      <summary>{i18n.t('popup.tips.learnMore')}</summary>
      <p class="disclaimer">{t(DISCLAIMER)}</p>
      <WhenToGetHelp headingId="learn-get-help" />
      <h3>{i18n.t('popup.tips.causes')}</h3>
      {list(CAUSES, t)}
      <h3>{i18n.t('popup.tips.symptoms')}</h3>
      {list(SYMPTOMS, t)}
    </details>
  );
}
