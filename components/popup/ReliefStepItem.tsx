import { i18n } from '#i18n';
import type { Ref } from 'preact';
import { formatNumber } from '@/utils/format';
import type { ReliefStep } from '@/utils/content/relief';
import { NoteLine } from './NoteLine';
import { ReliefTimerRow } from './ReliefTimerRow';
import { useText } from '../use-content';
import { useLocale } from './use-locale';

export interface Props {
  step: ReliefStep;
  /** 1-based place in the routine, shown in the heading. */
  number: number;
  open: boolean;
  onToggle(): void;
  /** Opens the next step; absent on the last one. */
  onNext?: () => void;
  headingRef?: Ref<HTMLButtonElement>;
}

/**
 * One step of the routine: a heading that shows or hides its instructions,
 * and its timers, which stay visible (and keep counting) either way.
 */
export function ReliefStepItem({ step, number, open, onToggle, onNext, headingRef }: Props) {
  const locale = useLocale();
  const t = useText();
  const bodyId = `step-${step.id}-body`;
  return (
    <li class="step">
      <h3 class="step-heading">
        <button
          type="button"
          ref={headingRef}
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span class="step-number">{formatNumber(number, locale)}</span>{' '}
          <span class="step-title">{t(step.title)}</span>
          <span class="chevron" aria-hidden="true" />
        </button>
      </h3>
      <div class="step-body" id={bodyId} hidden={!open}>
        <ul class="step-lines">
          {step.lines.map((line) => (
            <li key={line}>{t(line)}</li>
          ))}
        </ul>
        {step.cautions.map((note) => (
          <NoteLine
            key={note.id}
            note={note}
            lead={i18n.t('popupRelief.caution')}
            class="caution"
          />
        ))}
        {step.notes.map((note) => (
          <NoteLine key={note.id} note={note} class="step-note" />
        ))}
      </div>
      {step.timers.map((timer) => (
        <ReliefTimerRow key={timer.id} timer={timer} />
      ))}
      {open && onNext && (
        <button type="button" class="next-step" onClick={onNext}>
          {i18n.t('popupRelief.nextStep')}
        </button>
      )}
    </li>
  );
}
