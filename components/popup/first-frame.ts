/**
 * The popup's first frame with real numbers, painted without Preact: the
 * page's entry module holds only this and what it needs, so the status is on
 * screen as soon as the early read has answered, while the app's code is
 * still on its way (entrypoints/popup/main.ts). The app then mounts over it:
 * its first render describes the status with the same parts (status-lines.ts),
 * so Preact adopts the nodes painted here rather than painting them again.
 */
import { i18n } from '#i18n';
import { applyPageLanguage } from '@/components/page-language';
import { markStatusShown } from '@/components/status-shown';
import type { StatusSnapshot } from '@/utils/early-backend';
import { viewOf } from '@/utils/tracker/view';
import { partToDom, statusLines } from './status-lines';
import { linesOf } from './status-text';

/**
 * Paints the status card for `snapshot` at `now` under the static header in
 * `app` (popup.html). Resolves once the frame is on screen. Does nothing once the app has mounted (its `main` is
 * there): the app's card is the one to follow.
 */
export function paintFirstFrame(
  app: HTMLElement,
  snapshot: StatusSnapshot,
  now: number,
): Promise<void> | null {
  if (app.querySelector('main')) return null;
  const doc = app.ownerDocument;
  applyPageLanguage(doc);
  const view = viewOf(snapshot.tracker, snapshot.settings, now);
  const locale = i18n.t('locale');
  // The card as the app's first render makes it (StatusCard): its heading,
  // the lines, and its live region, which has nothing to say yet.
  const section = partToDom(doc, {
    tag: 'section',
    attrs: {
      class: `status status-${view.status}`,
      'aria-labelledby': 'status-heading',
      'aria-busy': 'false',
    },
    children: [
      {
        tag: 'h2',
        attrs: { id: 'status-heading', class: 'visually-hidden' },
        children: [i18n.t('popup.status.heading')],
      },
      ...statusLines(view, linesOf(view, now, locale), now, locale),
      { tag: 'p', attrs: { class: 'visually-hidden', role: 'status' }, children: [] },
    ],
  });
  const main = doc.createElement('main');
  main.append(section);
  app.append(main);
  return markStatusShown();
}
