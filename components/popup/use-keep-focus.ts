import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const FOCUSABLE = 'button:not([disabled]), summary, [href], [tabindex="0"]';

/**
 * Keeps keyboard users in place when an action replaces the control they
 * used (Pause becomes Resume, Start becomes Cancel): if the focused element
 * inside `container` was removed and focus fell back to the page, focus the
 * first control the container now has. Focus that went anywhere else is left alone.
 */
export function useKeepFocus(container: RefObject<HTMLElement>): void {
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const box = container.current;
    if (!box) return;
    const onFocusIn = (e: FocusEvent) => {
      last.current = e.target as Element;
    };
    box.addEventListener('focusin', onFocusIn);
    return () => box.removeEventListener('focusin', onFocusIn);
  }, [container]);
  useEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (last.current && !last.current.isConnected && lost) {
      last.current = null;
      container.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    }
  });
}
