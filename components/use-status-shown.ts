import { useLayoutEffect, useRef } from 'preact/hooks';

/** The performance mark `npm run bench` reads (scripts/lib/bench-paint.mjs). */
export const STATUS_SHOWN = 'status-shown';

/**
 * Marks the frame that first shows the stored status (`ready` turns true
 * once the component renders real numbers, not a placeholder), so the bench
 * can tell when the user sees what they opened the page for. Once per load.
 */
export function useStatusShown(ready: boolean): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    // The DOM holds it now; the next frame lays it out and paints it, and a
    // task queued from that frame's animation callback runs once it has.
    requestAnimationFrame(() => setTimeout(() => performance.mark(STATUS_SHOWN)));
  }, [ready]);
}
