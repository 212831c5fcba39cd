import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@/components/store';
import { useStatusShown } from '@/components/use-status-shown';
import { movementIdea } from '@/utils/content';
import { MINUTE } from '@/utils/time';
import type { Command } from '@/utils/tracker/types';
import { formatMinutes } from '@/utils/format';
import { Countdown } from './Countdown';
import { MovementIdeaCard } from './MovementIdeaCard';
import { useBreakFlow } from './use-break-flow';

export interface Props {
  /** Closes the window (window.close in the page; a spy in tests). */
  onClose(): void;
}

/**
 * The break window. It only shows state and sends commands: the background
 * owns the break's timer and ends it; this page follows what is stored.
 */
export function BreakWindow({ onClose }: Props) {
  const store = useStore();
  const snapshot = store.snapshot.value;
  const view = store.view.value;
  const now = store.now.value;
  const [failed, setFailed] = useState(false);
  const pending = useRef(false);
  const closed = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const close = () => {
    if (closed.current) return;
    closed.current = true;
    onClose();
  };
  const screen = useBreakFlow(view, now, close);
  useStatusShown(view !== null);

  // When the screen changes under the user (Start pressed, time up), the
  // button they were on is gone: focus goes to the new heading instead.
  const shown = useRef(screen);
  useEffect(() => {
    if (screen !== shown.current) heading.current?.focus();
    shown.current = screen;
  }, [screen]);

  if (!snapshot || !view) return null;
  const { tracker, settings } = snapshot;
  const locale = i18n.t('locale');
  const minutes = (n: number) => formatMinutes(n, locale);

  const act = async (command: Command) => {
    if (pending.current) return;
    pending.current = true;
    setFailed(false);
    const reply = await store.send(command);
    pending.current = false;
    // Refused: nothing left to act on (the break ended meanwhile), so no error.
    if (!reply.ok && reply.reason !== 'notApplicable') setFailed(true);
    else if (command.type !== 'takeBreak') close();
  };

  const title = (text: string) => (
    <h1 ref={heading} tabIndex={-1}>
      {text}
    </h1>
  );
  const button = (label: string, onClick: () => void, primary = false) => (
    <button type="button" class={primary ? 'primary' : undefined} onClick={onClick}>
      {label}
    </button>
  );
  const send = (command: Command) => () => void act(command);

  let body;
  if (screen === 'complete' || screen === 'none') {
    const done = screen === 'complete';
    body = (
      <>
        {done && (
          <svg class="break-done-mark" viewBox="0 0 96 96" aria-hidden="true" focusable="false">
            <circle cx="48" cy="48" r="48" />
            <path d="M28 50 l13 13 l27 -28" />
          </svg>
        )}
        {title(i18n.t(done ? 'break.completeHeading' : 'break.noneHeading'))}
        <p class="break-lead">{i18n.t(done ? 'break.completeText' : 'break.noneText')}</p>
        <div class="break-actions">{button(i18n.t('break.close'), close, true)}</div>
      </>
    );
  } else {
    const running = screen === 'running' && view.breakEndsAt !== null;
    // The streak's start stays the same from "due" through the break and
    // across reloads, so the idea does not change under the user.
    const idea = movementIdea(
      Math.floor((tracker.sittingSince ?? tracker.breakEndsAt ?? 0) / MINUTE),
    );
    body = (
      <>
        {title(i18n.t('break.heading'))}
        {running ? (
          <Countdown
            remainingMs={(view.breakEndsAt ?? now) - now}
            totalMs={settings.breakMinutes * MINUTE}
            locale={locale}
          />
        ) : (
          <p class="break-lead">
            {view.sittingMs >= MINUTE &&
              `${i18n.t('break.sittingFor', [minutes(Math.floor(view.sittingMs / MINUTE))])} `}
            {i18n.t('break.length', [minutes(settings.breakMinutes)])}
          </p>
        )}
        <MovementIdeaCard idea={idea} />
        {running ? (
          // A break under way ends with Done (counted) or End early (not):
          // Snooze and Skip answer a reminder, they have no place here.
          <>
            <div class="break-actions">
              {button(i18n.t('break.done'), send({ type: 'done' }), true)}
              <button
                type="button"
                aria-describedby="end-early-hint"
                onClick={send({ type: 'endBreak' })}
              >
                {i18n.t('break.endEarly')}
              </button>
            </div>
            <p id="end-early-hint" class="break-hint">
              {i18n.t('break.endEarlyHint')}
            </p>
          </>
        ) : (
          <div class="break-actions">
            {button(i18n.t('break.start'), send({ type: 'takeBreak' }), true)}
            {view.status === 'breakDue' && (
              <>
                {button(
                  i18n.t('break.snooze', [minutes(settings.snoozeMinutes)]),
                  send({ type: 'snooze' }),
                )}
                {button(i18n.t('break.skip'), send({ type: 'skip' }))}
              </>
            )}
          </div>
        )}
      </>
    );
  }

  return (
    <main class={`break break-${screen}`}>
      {body}
      <p role="alert" class="break-error">
        {failed ? i18n.t('break.failed') : ''}
      </p>
    </main>
  );
}
