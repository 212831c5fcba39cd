import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { createStore, StoreContext } from '@/components/store';
import { startContentLoad } from '@/components/use-content';
import { browserBackend } from '@/utils/backend';
import { withEarlyRead } from '@/utils/early-backend';
import { SECOND } from '@/utils/time';
import { App } from './App';
import './style.css';

/** How long the first render waits for the health content (the movement idea) at most. */
const CONTENT_WAIT_MS = 250;

// The first load takes the read early-read.js started in the head while
// this code loaded, and the health content is read at the same time; the
// window shows nothing until it has the break's state, and waits a little for
// the movement idea too, so the first frame holds the whole break screen.
const store = createStore(withEarlyRead(browserBackend()));
const content = startContentLoad().catch(() => {});
await store.start();
await Promise.race([content, new Promise((resolve) => setTimeout(resolve, CONTENT_WAIT_MS))]);
// The countdown: the page's clock moves once a second (the background owns the break's end).
setInterval(() => store.tick(), SECOND);
document.addEventListener('visibilitychange', () => store.tick());

mountPage(
  <StoreContext.Provider value={store}>
    <App onClose={() => window.close()} />
  </StoreContext.Provider>,
  i18n.t('break.heading'),
);
