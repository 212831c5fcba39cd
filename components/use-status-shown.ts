import { useLayoutEffect, useRef } from 'preact/hooks';
import { markStatusShown } from './status-shown';

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
    void markStatusShown();
  }, [ready]);
}
