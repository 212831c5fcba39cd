import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { withEarlyRead } from '@/utils/early-backend';
import { SECOND } from '@/utils/time';
import { App } from './App';
import './style.css';

// The static header in popup.html paints first; the app renders right after
// that frame, in one go with the status: the snapshot comes from the read
// early-read.js started while this code loaded, which has answered by then
// (if not, the status follows when storage answers). Rendering before that
// first frame brought the content about 10 ms sooner but held up the first
// paint by as much, on a loaded machine (`npm run bench`).
const store = createStore(withEarlyRead(browserBackend()));
void store.start();
setInterval(() => store.tick(), SECOND);

requestAnimationFrame(() =>
  setTimeout(() =>
    mountPage(
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>,
      i18n.t('popup.heading'),
    ),
  ),
);
