import { i18n } from '#i18n';
import { useId } from 'preact/hooks';
import type { MovementIdea } from '@/utils/content';
import { useContent } from '../use-content';

export interface Props {
  idea: MovementIdea;
}

/** Shows nothing until the page's content has loaded (a few milliseconds). */
export function MovementIdeaCard({ idea }: Props) {
  const kickerId = useId();
  const content = useContent();
  if (!content) return null;
  return (
    <section class="idea" aria-labelledby={kickerId}>
      <p id={kickerId} class="idea-kicker">
        {i18n.t('break.idea')}
      </p>
      <h2>{content[idea.title]}</h2>
      <p>{content[idea.line]}</p>
    </section>
  );
}
