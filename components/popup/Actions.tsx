import { i18n } from '#i18n';
import { useRef } from 'preact/hooks';
import { formatDuration } from '@/utils/format';
import { useStore } from '@/components/store';
import { MINUTE } from '@/utils/time';
import { PauseMenu } from './PauseMenu';
import { useCommand } from './use-command';
import { useKeepFocus } from './use-keep-focus';
import { useLocale } from './use-locale';

/** Reads everything from the store. */
export type Props = Record<string, never>;

/**
 * The commands that fit the current status: a break (while sitting), snooze
 * (when one is due), pause (any length) or resume.
 */
export function Actions(_: Props) {
  const store = useStore();
  const view = store.view.value;
  const snoozeMinutes = store.snapshot.value?.settings.snoozeMinutes ?? 0;
  const locale = useLocale();
  const { run, failure } = useCommand();
  const box = useRef<HTMLDivElement>(null);
  useKeepFocus(box);

  const status = view?.status;
  const sitting = status === 'tracking' || status === 'breakDue' || status === 'away';
  return (
    <div class="actions" ref={box}>
      {sitting && (
        <button
          key="break"
          type="button"
          class={status === 'breakDue' ? 'primary' : undefined}
          onClick={() => run({ type: 'takeBreak' })}
        >
          {i18n.t('popup.actions.takeBreak')}
        </button>
      )}
      {status === 'breakDue' && (
        <button key="snooze" type="button" onClick={() => run({ type: 'snooze' })}>
          {i18n.t('popup.actions.snooze', [formatDuration(snoozeMinutes * MINUTE, locale)])}
        </button>
      )}
      {(sitting || status === 'onBreak') && (
        <PauseMenu key="pause" onPause={(length) => run({ type: 'pause', length })} />
      )}
      {status === 'paused' && (
        <button key="resume" type="button" class="primary" onClick={() => run({ type: 'resume' })}>
          {i18n.t('popup.actions.resume')}
        </button>
      )}
      {failure !== null && failure !== 'notApplicable' && (
        <p class="error" role="alert">
          {i18n.t('popup.failed')}
        </p>
      )}
    </div>
  );
}
