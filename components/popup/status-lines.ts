/**
 * The status card's numbers as a plain description of their markup: the
 * popup's first frame turns it into DOM before the app's code has loaded
 * (first-frame.ts), and the card (StatusCard) into Preact's elements after.
 * One description, so the app's first render matches the first frame node
 * for node, and Preact keeps those nodes (it adopts what is already in its
 * root) instead of painting the status a second time.
 */
import { i18n } from '#i18n';
import { formatCountdown } from '@/utils/format';
import type { TrackerView } from '@/utils/tracker/view';
import type { Lines } from './status-text';

/** An element: its tag, its attributes, its children. */
export interface Part {
  tag: string;
  attrs: Record<string, string>;
  children: (Part | string)[];
}

const part = (tag: string, attrs: Record<string, string>, ...children: (Part | string)[]) => ({
  tag,
  attrs,
  children,
});

/** The lines of the status card for `view` at `now`, in order. */
export function statusLines(view: TrackerView, lines: Lines, now: number, locale: string): Part[] {
  const parts = [
    part(
      'p',
      { class: 'status-state' },
      part('span', { class: 'status-dot', 'aria-hidden': 'true' }),
      lines.state,
    ),
  ];
  if (lines.sitting !== null) parts.push(part('p', { class: 'status-sitting' }, lines.sitting));
  if (view.status === 'onBreak' && view.breakEndsAt !== null) {
    const left = Math.max(0, view.breakEndsAt - now);
    const timer = part(
      'span',
      { role: 'timer', 'aria-label': i18n.t('popup.status.breakLeftLabel') },
      i18n.t('popup.status.breakLeft', [formatCountdown(left, locale)]),
    );
    parts.push(part('p', { class: 'status-sitting' }, timer));
  }
  if (lines.sitting !== null) {
    parts.push(
      part('progress', {
        class: 'status-progress',
        max: '1',
        value: String(view.breakProgress),
        'aria-label': i18n.t('popup.status.progress'),
      }),
    );
  }
  if (lines.next.length > 0) {
    const items = lines.next.map((item) =>
      part(
        'div',
        {},
        part('dt', {}, item.label),
        part('dd', { class: 'status-next-at' }, item.at),
        part('dd', { class: 'status-next-in' }, item.in),
      ),
    );
    parts.push(part('dl', { class: 'status-next' }, ...items));
  }
  return parts;
}

/** A part as DOM in `doc`. */
export function partToDom(doc: Document, { tag, attrs, children }: Part): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(
    ...children.map((child) => (typeof child === 'string' ? child : partToDom(doc, child))),
  );
  return node;
}
