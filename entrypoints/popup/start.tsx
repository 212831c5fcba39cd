import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { startContentLoad } from '@/components/use-content';
import { browserBackend } from '@/utils/backend';
import { withEarlyRead } from '@/utils/early-backend';
import type { ReadCatalogue } from '@/utils/content';
import type { EarlyRead } from '@/utils/early-read';
import { SECOND } from '@/utils/time';
import { App } from './App';

/**
 * How long the app waits for the stored status before it mounts with the
 * loading state instead (the static header, and the first frame when the
 * early read has answered, are on screen meanwhile).
 */
const STATUS_WAIT_MS = 250;

/**
 * Starts the popup's app: the store takes its first load from the early
 * read the page's entry module took over (main.ts), and the health content
 * is loaded meanwhile, from the catalogue read the entry module started
 * (`readContent`; without it, read now). The app mounts once the snapshot
 * is in, over the first frame if one was painted, and renders the whole
 * popup at once (see App).
 */
export async function startApp(
  early: EarlyRead | undefined,
  readContent?: ReadCatalogue,
): Promise<void> {
  const store = createStore(withEarlyRead(browserBackend(), early));
  const started = store.start();
  void startContentLoad(readContent).catch(() => {});
  setInterval(() => store.tick(), SECOND);
  const waited = new Promise((resolve) => setTimeout(resolve, STATUS_WAIT_MS));
  await Promise.race([started, waited]).catch(() => {});
  mountPage(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
    i18n.t('popup.heading'),
  );
}
