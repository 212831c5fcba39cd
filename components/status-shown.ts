/** The performance mark `npm run bench` reads (scripts/lib/bench-paint.mjs). */
export const STATUS_SHOWN = 'status-shown';

/**
 * Resolves once the DOM as it is now has been on screen: the next frame lays
 * it out and paints it, and a task queued from that frame's animation
 * callback runs after it has.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Marks the frame that first shows the stored status, called once the DOM
 * holds it, as afterPaint tells (resolving once marked). The bench takes a
 * page's first mark.
 */
export function markStatusShown(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(STATUS_SHOWN);
        resolve();
      }),
    ),
  );
}
