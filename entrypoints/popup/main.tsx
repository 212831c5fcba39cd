import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { startContentLoad } from '@/components/use-content';
import { browserBackend } from '@/utils/backend';
import { withEarlyRead } from '@/utils/early-backend';
import { SECOND } from '@/utils/time';
import { App } from './App';
import './style.css';

/**
 * How long the first render waits for the stored status before it shows the
 * loading state instead (the static header in popup.html is on screen meanwhile).
 */
const STATUS_WAIT_MS = 250;

// The static header in popup.html paints first. The snapshot comes from the
// read early-read.js started in the head while this code loaded, and the
// health content from its file, both at once. The app renders as soon as the
// snapshot is in (not a frame later), and its first render holds only the
// header and the status, so the next frame shows the real numbers; the rest
// follows a frame after that (see App). Measured with `npm run bench`.
const store = createStore(withEarlyRead(browserBackend()));
const started = store.start();
void startContentLoad().catch(() => {});
setInterval(() => store.tick(), SECOND);

const waited = new Promise((resolve) => setTimeout(resolve, STATUS_WAIT_MS));
void Promise.race([started, waited])
  .catch(() => {})
  .then(() =>
    mountPage(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
      i18n.t('popup.heading'),
    ),
  );
