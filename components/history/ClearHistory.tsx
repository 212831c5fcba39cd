import { i18n } from '#i18n';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface Props {
  onClear(): Promise<void>;
}

type Phase = 'closed' | 'confirming' | 'clearing';

/**
 * Clearing asks first, in the page (no window.confirm): the question and its
 * two answers replace the button, focus goes to Cancel, Escape cancels, and
 * focus comes back to the button afterwards. The outcome is announced.
 */
export function ClearHistory({ onClear }: Props) {
  const [phase, setPhase] = useState<Phase>('closed');
  const [message, setMessage] = useState('');
  const openButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const focusOpen = useRef(false);
  const questionId = useId();

  useEffect(() => {
    if (phase === 'confirming') cancelButton.current?.focus();
    if (phase === 'closed' && focusOpen.current) {
      focusOpen.current = false;
      openButton.current?.focus();
    }
  }, [phase]);

  const close = () => {
    focusOpen.current = true;
    setPhase('closed');
  };

  const confirm = async () => {
    setPhase('clearing');
    try {
      await onClear();
      setMessage(i18n.t('history.clear.done'));
    } catch {
      setMessage(i18n.t('history.clear.failed'));
    }
    close();
  };

  return (
    <div class="history-clear">
      {phase === 'closed' ? (
        <button
          ref={openButton}
          type="button"
          class="danger"
          onClick={() => {
            setMessage('');
            setPhase('confirming');
          }}
        >
          {i18n.t('history.clear.button')}
        </button>
      ) : (
        <div
          class="history-confirm"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && phase === 'confirming') close();
          }}
        >
          <p id={questionId}>{i18n.t('history.clear.question')}</p>
          <button
            type="button"
            class="danger"
            disabled={phase === 'clearing'}
            onClick={() => void confirm()}
          >
            {i18n.t('history.clear.confirm')}
          </button>
          <button ref={cancelButton} type="button" disabled={phase === 'clearing'} onClick={close}>
            {i18n.t('history.clear.cancel')}
          </button>
        </div>
      )}
      <p role="status" class="history-clear-status">
        {message}
      </p>
    </div>
  );
}
