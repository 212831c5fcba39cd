import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDuration } from '@/utils/format';
import { HOUR, MINUTE } from '@/utils/time';
import type { PauseLength } from '@/utils/tracker/types';
import { useLocale } from './use-locale';

export interface Props {
  onPause(length: PauseLength): void;
  /** What the menu's button says ("Pause reminders", or "Change pause length" while paused). */
  label?: string;
  /** With active hours set, "until tomorrow" waits for them; without, it ends at midnight. */
  activeHours?: boolean;
}

const TIMED_MINUTES = [30, 60, 120] as const;

/**
 * "Pause reminders" as a disclosure (a real <details>): the five lengths
 * appear under it. Escape or a click elsewhere closes it again.
 */
export function PauseMenu({
  onPause,
  label = i18n.t('popup.actions.pause'),
  activeHours = false,
}: Props) {
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!details.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const choose = (length: PauseLength) => {
    details.current?.querySelector('summary')?.focus();
    setOpen(false);
    onPause(length);
  };
  const options: [string, PauseLength][] = [
    ...TIMED_MINUTES.map((minutes): [string, PauseLength] => [
      formatDuration(minutes >= 60 ? (minutes / 60) * HOUR : minutes * MINUTE, locale),
      { minutes },
    ]),
    [
      i18n.t(activeHours ? 'popup.actions.pauseTomorrow' : 'popup.actions.pauseMidnight'),
      'tomorrow',
    ],
    [i18n.t('popup.actions.pauseIndefinite'), 'indefinite'],
  ];

  return (
    <details
      class="menu"
      ref={details}
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          setOpen(false);
          details.current?.querySelector('summary')?.focus();
        }
      }}
    >
      <summary class="button">{label}</summary>
      <div class="menu-list" role="group" aria-label={label}>
        {options.map(([label, length]) => (
          <button key={label} type="button" onClick={() => choose(length)}>
            {label}
          </button>
        ))}
      </div>
    </details>
  );
}
