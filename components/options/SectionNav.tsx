import { i18n } from '#i18n';

/** Static: the groups are fixed. */
export type Props = Record<string, never>;

const GROUPS = ['rhythm', 'when', 'appearance', 'advanced', 'backup'] as const;

/**
 * The settings' groups as a navigation landmark of in-page links: plain links
 * work with Tab and Enter, mirror in right-to-left text by themselves, and
 * move both the view and the keyboard's starting point.
 */
export function SectionNav(_: Props) {
  return (
    <nav class="section-nav" aria-label={i18n.t('options.nav.label')}>
      <ul>
        {GROUPS.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>
              {id === 'advanced' ? i18n.t('options.advanced.summary') : i18n.t(`options.nav.${id}`)}
            </a>
          </li>
        ))}
        <li>
          {/* The history has a page of its own. */}
          <a href="/history.html" target="_blank">
            {i18n.t('options.nav.history')}
          </a>
        </li>
      </ul>
    </nav>
  );
}
