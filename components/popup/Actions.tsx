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
 * (when one is due), Done, End early and the break window (on a break),
 * pause (any length), resume or a new length (while paused).
 */
export function Actions(_: Props) {
  const store = useStore();
  const view = store.view.value;
  const settings = store.snapshot.value?.settings;
  const snoozeMinutes = settings?.snoozeMinutes ?? 0;
  const activeHours = settings?.activeHoursEnabled ?? false;
  const locale = useLocale();
  const { run, failure } = useCommand();
  const box = useRef<HTMLDivElement>(null);
  useKeepFocus(box);

  const status = view?.status;
  const sitting = status === 'tracking' || status === 'breakDue' || status === 'away';
  const pause = (label?: string) => (
    <PauseMenu
      key="pause"
      label={label}
      activeHours={activeHours}
      onPause={(length) => run({ type: 'pause', length })}
    />
  );
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
      {status === 'onBreak' && (
        <>
          <button key="done" type="button" class="primary" onClick={() => run({ type: 'done' })}>
            {i18n.t('popup.actions.done')}
          </button>
          <button key="end" type="button" onClick={() => run({ type: 'endBreak' })}>
            {i18n.t('popup.actions.endEarly')}
          </button>
          <button key="window" type="button" onClick={() => run({ type: 'showBreakWindow' })}>
            {i18n.t('popup.actions.showWindow')}
          </button>
        </>
      )}
      {sitting && pause()}
      {status === 'paused' && (
        <>
          <button
            key="resume"
            type="button"
            class="primary"
            onClick={() => run({ type: 'resume' })}
          >
            {i18n.t('popup.actions.resume')}
          </button>
          {pause(i18n.t('popup.actions.changePause'))}
        </>
      )}
      {failure !== null && failure !== 'notApplicable' && (
        <p class="error" role="alert">
          {i18n.t('popup.failed')}
        </p>
      )}
    </div>
  );
}
