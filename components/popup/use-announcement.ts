import { useRef } from 'preact/hooks';
import { MINUTE } from '@/utils/time';

/**
 * What a polite live region should say: the latest `text`, but changed at
 * most once per `gapMs` of the page clock, so a screen reader is not talked
 * over by a status that updates while someone is listening to something else.
 * The visible status updates at once; only the spoken copy is held back.
 */
export function useAnnouncement(text: string, now: number, gapMs = MINUTE): string {
  const last = useRef<{ text: string; at: number } | null>(null);
  const current = last.current;
  if (text && (!current || (text !== current.text && now - current.at >= gapMs))) {
    last.current = { text, at: now };
  }
  return last.current?.text ?? '';
}
