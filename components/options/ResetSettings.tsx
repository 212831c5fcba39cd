import { i18n } from '#i18n';
import { useRef } from 'preact/hooks';

export interface Props {
  onReset(): void;
}

/**
 * Reset to defaults behind an in-page confirmation: a modal <dialog>, so focus
 * stays inside it, Escape cancels, and focus returns to the button after.
 * Cancel comes first, so a stray Enter does not wipe the settings.
 */
export function ResetSettings({ onReset }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => dialog.current?.close();
  return (
    <>
      <button ref={opener} type="button" class="danger" onClick={() => dialog.current?.showModal()}>
        {i18n.t('options.reset.button')}
      </button>
      <dialog
        ref={dialog}
        class="confirm"
        aria-labelledby="reset-title"
        aria-describedby="reset-body"
        onClose={() => opener.current?.focus()}
      >
        <h2 id="reset-title">{i18n.t('options.reset.title')}</h2>
        <p id="reset-body">{i18n.t('options.reset.body')}</p>
        <div class="actions">
          <button type="button" onClick={close}>
            {i18n.t('options.reset.cancel')}
          </button>
          <button
            type="button"
            class="danger"
            onClick={() => {
              close();
              onReset();
            }}
          >
            {i18n.t('options.reset.confirm')}
          </button>
        </div>
      </dialog>
    </>
  );
}
