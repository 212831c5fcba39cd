import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@/components/store';
import type { Shortcuts } from '@/utils/backend';

/** Reads the shortcuts through the store's backend. */
export type Props = Record<string, never>;

/**
 * The keyboard shortcuts as the browser has them now (the user may have
 * changed them), with a way to the browser's own page for changing them.
 */
export function ShortcutsFooter(_: Props) {
  const store = useStore();
  const [keys, setKeys] = useState<Shortcuts | null>(null);
  useEffect(() => {
    store.backend.shortcuts().then(setKeys, () => setKeys(null));
  }, [store]);
  if (!keys) return null;
  const key = (k: string) =>
    k ? <kbd dir="ltr">{k}</kbd> : <span>{i18n.t('popup.shortcuts.unset')}</span>;
  return (
    <footer class="shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading" class="visually-hidden">
        {i18n.t('popup.shortcuts.heading')}
      </h2>
      <dl>
        <div>
          <dt>{i18n.t('popup.shortcuts.takeBreak')}</dt>
          <dd>{key(keys.takeBreak)}</dd>
        </div>
        <div>
          <dt>{i18n.t('popup.shortcuts.togglePause')}</dt>
          <dd>{key(keys.togglePause)}</dd>
        </div>
      </dl>
      {/* Firefox has no page of its own for them (they sit in the add-ons manager). */}
      {!import.meta.env.FIREFOX && (
        <button
          type="button"
          class="link"
          onClick={() => void store.backend.openShortcutSettings()}
        >
          {i18n.t('popup.shortcuts.change')}
        </button>
      )}
    </footer>
  );
}
