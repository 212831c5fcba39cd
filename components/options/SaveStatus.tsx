import { i18n } from '#i18n';
import { formatDuration } from '@/utils/format';
import type { SaveState } from './settings-form';

export interface Props {
  state: SaveState;
  onRetry(): void;
  /** Moves focus to the first field with a message. */
  onShowFirst(): void;
}

/**
 * Where saving is reported: a polite status for "saved", "not saved yet" and
 * "waiting for the browser's write quota", an alert when the browser refused
 * the write (quota, storage error).
 */
export function SaveStatus({ state, onRetry, onShowFirst }: Props) {
  const text =
    state.kind === 'saved'
      ? [state.note, i18n.t('options.status.saved')].filter(Boolean).join(' ')
      : state.kind === 'invalid'
        ? i18n.t('options.status.invalid')
        : state.kind === 'waiting'
          ? i18n.t('options.status.waiting', [formatDuration(state.waitMs, i18n.t('locale'))])
          : '';
  return (
    <div class={`save-bar ${state.kind}`}>
      <p role="status" class="save-status">
        {text}
      </p>
      {state.kind === 'invalid' && (
        <button type="button" onClick={onShowFirst}>
          {i18n.t('options.status.showFirst')}
        </button>
      )}
      {state.kind === 'failed' && (
        <div role="alert" class="save-error">
          <p>{i18n.t('options.status.failed', [state.reason])}</p>
          <button type="button" onClick={onRetry}>
            {i18n.t('options.status.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
