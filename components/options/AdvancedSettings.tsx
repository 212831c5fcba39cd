import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { SettingsErrors } from '@/utils/settings';

export interface Props {
  /** The settings inside: a message on any of them opens the disclosure. */
  fields: readonly string[];
  errors: SettingsErrors;
  children: ComponentChildren;
}

/**
 * Rarely changed settings under a real <details>, closed at first. It opens
 * by itself when one of its fields has a message (so "go to the first one"
 * can reach it) and when the navigation's "Advanced" link is followed.
 */
export function AdvancedSettings({ fields, errors, children }: Props) {
  const [open, setOpen] = useState(() => location.hash === '#advanced');
  const invalid = fields.some((f) => errors[f] !== undefined);
  useEffect(() => {
    if (invalid) setOpen(true);
  }, [invalid]);
  useEffect(() => {
    const onHash = () => {
      if (location.hash === '#advanced') setOpen(true);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <details
      class="group advanced"
      id="advanced"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>
        <h2>{i18n.t('options.advanced.summary')}</h2>
      </summary>
      <p class="intro">{i18n.t('options.advanced.intro')}</p>
      {children}
    </details>
  );
}
