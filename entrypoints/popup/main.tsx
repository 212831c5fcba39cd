import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { withEarlyRead } from '@/utils/early-backend';
import { SECOND } from '@/utils/time';
import { App } from './App';
import './style.css';

// The snapshot comes from the read early-read.js started while this code
// loaded. The app renders once, with the status, as soon as it is in (it
// usually is by now); a slow storage gets one frame, after which the app
// renders without it and the status follows. Rendering twice costs more
// than that frame (measured with `npm run bench`).
const store = createStore(withEarlyRead(browserBackend()));
const loaded = store.start();
setInterval(() => store.tick(), SECOND);
const oneFrame = new Promise((next) => requestAnimationFrame(() => setTimeout(next)));

void Promise.race([loaded, oneFrame]).then(() =>
  mountPage(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
    i18n.t('popup.heading'),
  ),
);
