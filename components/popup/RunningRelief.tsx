import { i18n } from '#i18n';
import { RELIEF_TIMERS } from '@/utils/content/relief-timers';
import { formatCountdown } from '@/utils/format';
import { useStore } from '@/components/store';
import { useCommand } from './use-command';
import { useLocale } from './use-locale';
import { useContent } from '../use-content';

/** Reads the running timer from the store. */
export type Props = Record<string, never>;

/**
 * A relief timer that is running, pinned in the status card so it is in view
 * whichever tab or step is open: its name, the time left, Cancel.
 */
export function RunningRelief(_: Props) {
  const store = useStore();
  const relief = store.view.value?.relief ?? null;
  const locale = useLocale();
  const { run } = useCommand();
  const content = useContent();
  if (!relief || relief.remainingMs <= 0 || !content) return null;
  const label = content[RELIEF_TIMERS[relief.timer].label];
  return (
    <div
      class="timer-row status-relief"
      role="group"
      aria-label={i18n.t('popup.status.reliefRunning')}
    >
      <span class="timer-label timer-name">{label}</span>
      <span class="timer-left" role="timer" aria-label={label}>
        {i18n.t('popupRelief.left', [formatCountdown(relief.remainingMs, locale)])}
      </span>
      <button
        type="button"
        aria-label={i18n.t('popupRelief.cancelNamed', [label])}
        onClick={() => void run({ type: 'cancelRelief' })}
      >
        {i18n.t('popupRelief.cancel')}
      </button>
    </div>
  );
}
