import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { withEarlyRead } from '@/utils/early-backend';
import { SECOND } from '@/utils/time';
import { App } from './App';
import './style.css';

// The whole app renders at once, in the page's first frames. The status comes
// from the read early-read.js started in the head while this code loaded, so
// it is usually there by the time the app first renders, or one frame later.
const store = createStore(withEarlyRead(browserBackend()));
void store.start();
setInterval(() => store.tick(), SECOND);

mountPage(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
  i18n.t('popup.heading'),
);
