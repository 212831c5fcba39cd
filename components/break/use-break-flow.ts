import { useEffect, useRef, useState } from 'preact/hooks';
import type { StatusKind, TrackerView } from '@/utils/tracker/view';
import { SECOND } from '@/utils/time';

/**
 * What the break window shows:
 * - start:    a break is due (or could be taken): Start, Snooze, Skip
 * - running:  on a break, counting down: Done, End early
 * - complete: the time ran out (the background ends the break itself): Close
 * - none:     paused or outside active hours: nothing to do but Close
 */
export type BreakScreen = 'start' | 'running' | 'complete' | 'none';

/**
 * The background may end the break a little before the page's clock (which
 * ticks once a second) reaches the end: a break that ends this close to its
 * end time ran out rather than being ended early from elsewhere.
 */
const FINISH_GRACE_MS = 5 * SECOND;

/**
 * Derives the screen from the tracker and reacts to the background's
 * changes: a break ended early elsewhere (the popup, a notification, a pause)
 * or a due break settled elsewhere closes the window; a break that ran out
 * leaves it showing "Break complete".
 */
export function useBreakFlow(
  view: TrackerView | null,
  now: number,
  close: () => void,
): BreakScreen {
  const [completed, setCompleted] = useState(false);
  const last = useRef<{ status: StatusKind; endsAt: number | null } | null>(null);
  const closeRef = useRef(close);
  closeRef.current = close;

  useEffect(() => {
    if (!view) return;
    const prev = last.current;
    last.current = { status: view.status, endsAt: view.breakEndsAt };
    if (!prev || prev.status === view.status) return;
    if (view.status === 'onBreak' || view.status === 'breakDue') {
      // A new break, or the next reminder brought back a window left open.
      setCompleted(false);
    } else if (prev.status === 'onBreak') {
      if (prev.endsAt !== null && now >= prev.endsAt - FINISH_GRACE_MS) setCompleted(true);
      else closeRef.current();
    } else if (view.status === 'tracking') {
      // The due break was taken care of elsewhere, or time away counted as one.
      closeRef.current();
    }
    // `now` is read, not watched: only a change of status is an event here.
  }, [view?.status, view?.breakEndsAt]);

  if (!view) return 'start';
  const endsAt = view.breakEndsAt;
  if (view.status === 'onBreak' && endsAt !== null) return now < endsAt ? 'running' : 'complete';
  if (completed) return 'complete';
  if (view.status === 'paused' || view.status === 'offHours') return 'none';
  return 'start';
}
