import { i18n } from '#i18n';
import { useId } from 'preact/hooks';
import { formatMinutes } from '@/utils/format';
import { formatMinSec, minutesLeft } from './clock';

export interface Props {
  remainingMs: number;
  /** The whole break, for the progress ring. */
  totalMs: number;
  locale: string;
}

const R = 90;
const CIRCUMFERENCE = 2 * Math.PI * R;

/**
 * The time left as mm:ss inside a ring that empties as the break runs. The
 * clock is a role=timer (not announced on every second); a separate polite
 * live region speaks only when a whole minute has passed.
 */
export function Countdown({ remainingMs, totalMs, locale }: Props) {
  const labelId = useId();
  const left = totalMs > 0 ? Math.min(1, Math.max(0, remainingMs / totalMs)) : 0;
  return (
    <div class="countdown">
      <svg class="countdown-ring" viewBox="0 0 200 200" aria-hidden="true" focusable="false">
        <circle class="countdown-track" cx="100" cy="100" r={R} />
        <circle
          class="countdown-left"
          cx="100"
          cy="100"
          r={R}
          stroke-dasharray={CIRCUMFERENCE}
          stroke-dashoffset={CIRCUMFERENCE * (1 - left)}
        />
      </svg>
      <div class="countdown-text">
        <span id={labelId} class="countdown-label">
          {i18n.t('break.timeLeft')}
        </span>
        <span role="timer" aria-labelledby={labelId} class="countdown-clock" dir="ltr">
          {formatMinSec(remainingMs, locale)}
        </span>
      </div>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {i18n.t('break.announce', [formatMinutes(minutesLeft(remainingMs), locale)])}
      </p>
    </div>
  );
}
