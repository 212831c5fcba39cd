import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { ShortcutSource, Shortcuts } from '@/utils/shortcuts';

export interface Props {
  source: ShortcutSource;
}

/**
 * The keyboard shortcuts as the browser has them now (the user may have
 * changed them), with a way to the browser's own page for changing them.
 */
export function ShortcutsList({ source }: Props) {
  const [keys, setKeys] = useState<Shortcuts | null>(null);
  useEffect(() => {
    source.load().then(setKeys, () => setKeys(null));
  }, [source]);
  if (!keys) return null;
  const key = (k: string) =>
    k ? <kbd dir="ltr">{k}</kbd> : <span>{i18n.t('popup.shortcuts.unset')}</span>;
  return (
    <div class="shortcuts">
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
        <button type="button" class="link" onClick={() => void source.openSettings()}>
          {i18n.t('popup.shortcuts.change')}
        </button>
      )}
    </div>
  );
}
