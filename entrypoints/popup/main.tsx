import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { withEarlyRead } from '@/utils/early-backend';
import { SECOND } from '@/utils/time';
import { App } from './App';
import './style.css';

// The snapshot comes from the read early-read.js started in the head while
// this code loaded. It has usually answered by now, and then the app renders
// once, with the status; if not, the app renders at the next task anyway and
// the status follows when storage answers.
const store = createStore(withEarlyRead(browserBackend()));
const loaded = store.start();
setInterval(() => store.tick(), SECOND);

void Promise.race([loaded, new Promise((next) => setTimeout(next))]).then(() =>
  mountPage(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
    i18n.t('popup.heading'),
  ),
);
