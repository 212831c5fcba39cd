import { i18n } from '#i18n';
import { useId } from 'preact/hooks';
import type { Locale, MovementIdea } from '@/utils/content';

export interface Props {
  idea: MovementIdea;
  locale: Locale;
}

export function MovementIdeaCard({ idea, locale }: Props) {
  const kickerId = useId();
  return (
    <section class="idea" aria-labelledby={kickerId}>
      <p id={kickerId} class="idea-kicker">
        {i18n.t('break.idea')}
      </p>
      <h2>{idea.title[locale]}</h2>
      <p>{idea.line[locale]}</p>
    </section>
  );
}
