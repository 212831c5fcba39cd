import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatClock, formatCountdown, formatDuration } from '@/utils/format';
import { useStore } from '@/components/store';
import type { ReliefTimer } from '@/utils/content/relief';
import { MINUTE, SECOND } from '@/utils/time';
import { useCommand } from './use-command';
import { useKeepFocus } from './use-keep-focus';
import { useText } from '../use-content';
import { useLocale } from './use-locale';

export interface Props {
  timer: ReliefTimer;
}

/**
 * One timer of the relief routine: Start, or the time left and Cancel while
 * it runs. The background keeps the time (an alarm), so this only reads the
 * stored run and sends commands. A cold compress within two hours of the
 * last one asks first, and says from when it is advised.
 */
export function ReliefTimerRow({ timer }: Props) {
  const store = useStore();
  const view = store.view.value;
  const now = store.now.value;
  const locale = useLocale();
  const t = useText();
  const { run, failure } = useCommand();
  const [confirming, setConfirming] = useState(false);
  const [finished, setFinished] = useState(false);
  const seenEndsAt = useRef<number | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useKeepFocus(box);

  const relief = view?.relief ?? null;
  const mine = relief?.timer === timer.id ? relief : null;
  const running = mine !== null && mine.remainingMs > 0;
  const otherRunning = relief !== null && !mine && relief.remainingMs > 0;
  const coldAllowedAt = timer.id === 'cold' ? (view?.coldAllowedAt ?? null) : null;

  // The background clears a run when it ends; remember that ours ran out
  // (rather than being cancelled) so the row can say what to do next.
  useEffect(() => {
    if (mine) {
      seenEndsAt.current = mine.endsAt;
      if (mine.remainingMs === 0) setFinished(true);
    } else if (seenEndsAt.current !== null) {
      if (now >= seenEndsAt.current - 2 * SECOND) setFinished(true);
      seenEndsAt.current = null;
    }
    if (otherRunning) setFinished(false);
  });

  const start = async (confirmEarly: boolean) => {
    if (!confirmEarly && coldAllowedAt !== null) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    setFinished(false);
    const reply = await run(
      confirmEarly
        ? { type: 'startRelief', timer: timer.id, confirmEarly: true }
        : { type: 'startRelief', timer: timer.id },
    );
    if (!reply.ok && reply.reason === 'coldTooSoon') setConfirming(true);
  };
  const cancel = () => {
    seenEndsAt.current = null;
    void run({ type: 'cancelRelief' });
  };

  const label = t(timer.label);
  const length = formatDuration(timer.minutes * MINUTE, locale);
  const messageId = `relief-${timer.id}-confirm`;
  const allowedText = coldAllowedAt === null ? '' : formatClock(coldAllowedAt, now, locale);

  return (
    <div class={`timer${running ? ' timer-running' : ''}`} ref={box}>
      <div class="timer-row">
        <p class="timer-name">
          <span class="timer-label">{label}</span>
          <span class="timer-length">{length}</span>
        </p>
        {running ? (
          <>
            <span class="timer-left" role="timer">
              {i18n.t('popupRelief.left', [formatCountdown(mine.remainingMs, locale)])}
            </span>
            <button
              key="cancel"
              type="button"
              aria-label={i18n.t('popupRelief.cancelNamed', [label])}
              onClick={cancel}
            >
              {i18n.t('popupRelief.cancel')}
            </button>
          </>
        ) : (
          !confirming && (
            <button
              key="start"
              type="button"
              class="primary"
              disabled={otherRunning}
              aria-label={i18n.t('popupRelief.startNamed', [label, length])}
              onClick={() => void start(false)}
            >
              {i18n.t('popupRelief.start')}
            </button>
          )
        )}
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby={messageId}>
          <p id={messageId}>{i18n.t('popupRelief.coldTooSoon', [allowedText])}</p>
          <div class="confirm-actions">
            <button
              key="anyway"
              type="button"
              class="primary"
              aria-describedby={messageId}
              onClick={() => void start(true)}
            >
              {i18n.t('popupRelief.startAnyway')}
            </button>
            <button key="not-now" type="button" onClick={() => setConfirming(false)}>
              {i18n.t('popupRelief.notNow')}
            </button>
          </div>
        </div>
      )}
      {!running && !confirming && coldAllowedAt !== null && (
        <p class="timer-note">{i18n.t('popupRelief.coldAllowedFrom', [allowedText])}</p>
      )}
      {running && <p class="timer-note">{i18n.t('popupRelief.oneAtATime')}</p>}
      {failure !== null && failure !== 'coldTooSoon' && failure !== 'notApplicable' && (
        <p class="error" role="alert">
          {i18n.t('popup.failed')}
        </p>
      )}
      <p class="timer-done" role="status">
        {finished && !running ? t(timer.doneText) : ''}
      </p>
    </div>
  );
}
