import { act, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paintFirstFrame } from '@/components/popup/first-frame';
import { createStore } from '@/components/store';
import { STATUS_SHOWN } from '@/components/status-shown';
import type { TrackerState } from '@/utils/tracker/types';
import { MINUTE } from '@/utils/time';
import { fakeBackend } from '../../helpers/fake-backend';
import { useLocale } from '../../helpers/i18n';
import { mountPopup, NOW, sittingFor, unmountPopup } from './render-popup';

/** popup.html's body as the build ships it: the static header, nothing else. */
const SHELL =
  '<div id="app"><header class="top" aria-hidden="true"><h1>' +
  '<img src="/icon/32.png" alt="" width="20" height="20"><span class="shell-name"></span>' +
  '</h1></header></div>';

const STATES: [string, Partial<TrackerState>][] = [
  ['sitting for 12 minutes', sittingFor(12)],
  ['sitting for under a minute', sittingFor(0)],
  ['with the break due', sittingFor(55)],
  ['on a break', { phase: 'onBreak', breakEndsAt: NOW + 5 * MINUTE }],
  ['paused', { phase: 'paused', pausedUntil: NOW + 29 * MINUTE }],
];

/** The first frame painted from the snapshot `tracker` makes, as main.ts paints it. */
async function paint(tracker: Partial<TrackerState>) {
  document.body.innerHTML = SHELL;
  const backend = fakeBackend({ tracker });
  const app = document.getElementById('app') as HTMLElement;
  const shown = paintFirstFrame(app, await backend.load(), NOW);
  return { backend, app, shown };
}

/** Every element and text node under `root`, in document order. */
function nodesUnder(root: Node): Node[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const nodes: Node[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  return nodes;
}

// The popup's entry module paints the status from the early read before the
// app's code has loaded (entrypoints/popup/main.ts); the app then mounts over it.
describe('popup, the first frame painted before the app', () => {
  afterEach(async () => {
    // The frames a test asked for come before the next test starts.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    unmountPopup();
    vi.restoreAllMocks();
  });

  it.each(STATES)('%s: shows the status as the app shows it', async (_, tracker) => {
    await paint(tracker);
    const parts = ['h2', '.status-state', '.status-sitting', '.status-progress', '.status-next'];
    const painted = parts.map((sel) => document.querySelector(`section.status ${sel}`));
    expect(
      screen.getByRole('region', { name: 'Status' }).querySelector('.status-state'),
    ).toBeTruthy();

    unmountPopup();
    await mountPopup(
      createStore(fakeBackend({ tracker }), () => NOW),
      'Posture Break',
    );
    parts.forEach((sel, i) => {
      const shown = document.querySelector(`section.status ${sel}`);
      // Equal as nodes: the same tags, attributes (in any order) and text.
      expect(shown === null ? null : shown.isEqualNode(painted[i] ?? null), sel).toBe(
        shown === null ? null : true,
      );
      if (shown === null) expect(painted[i], sel).toBeNull();
    });
  });

  it.each(STATES)(
    '%s: the app adopts its nodes instead of painting new ones',
    async (_, tracker) => {
      const { backend } = await paint(tracker);
      const section = document.querySelector('section.status') as HTMLElement;
      const nodes = nodesUnder(section);
      // The app mounts on the same page, over what is painted (unmountPopup would clear it).
      const store = createStore(backend, () => NOW);
      await act(() => store.start().then(() => undefined));
      const { mountPage } = await import('@/components/mount');
      const { App } = await import('@/entrypoints/popup/App');
      const { StoreContext } = await import('@/components/store');
      await act(() =>
        mountPage(
          <StoreContext.Provider value={store}>
            <App />
          </StoreContext.Provider>,
          'Posture Break',
        ),
      );
      expect(document.querySelectorAll('section.status')).toHaveLength(1);
      const now = document.querySelector('section.status') as HTMLElement;
      expect(now).toBe(section);
      // Every node painted first is still on the page, in its place.
      expect(nodesUnder(now).filter((node) => nodes.includes(node))).toEqual(nodes);
      // And the app's parts are there too: the actions below the status, the header's button.
      expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
    },
  );

  it('gives the page the language and direction of the catalogue first (Arabic)', async () => {
    await useLocale('ar');
    try {
      await paint(sittingFor(12));
      expect(document.documentElement.lang).toBe('ar');
      expect(document.documentElement.dir).toBe('rtl');
      expect(document.querySelector('.status-sitting')?.textContent).toMatch(/١٢|12/);
    } finally {
      await useLocale('en');
    }
  });

  it('marks the status shown once its frame has been painted', async () => {
    const marks: string[] = [];
    vi.spyOn(performance, 'mark').mockImplementation((name: string) => {
      marks.push(name);
      return undefined as unknown as PerformanceMark;
    });
    const { shown } = await paint(sittingFor(12));
    expect(marks).toEqual([]);
    await shown;
    expect(marks).toEqual([STATUS_SHOWN]);
  });

  it('leaves the page alone once the app has mounted', async () => {
    await mountPopup(
      createStore(fakeBackend({ tracker: sittingFor(3) }), () => NOW),
      'Posture Break',
    );
    const app = document.getElementById('app') as HTMLElement;
    const before = app.innerHTML;
    const shown = paintFirstFrame(app, await fakeBackend({ tracker: sittingFor(40) }).load(), NOW);
    expect(shown).toBeNull();
    expect(app.innerHTML).toBe(before);
  });
});
