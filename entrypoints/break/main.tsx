import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { createStore, StoreContext } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { withEarlyRead } from '@/utils/early-backend';
import { SECOND } from '@/utils/time';
import { App } from './App';
import './style.css';

// The first load takes the read early-read.js started in the head while
// this code loaded; the window shows nothing until it has the break's state.
const store = createStore(withEarlyRead(browserBackend()));
await store.start();
// The countdown: the page's clock moves once a second (the background owns the break's end).
setInterval(() => store.tick(), SECOND);
document.addEventListener('visibilitychange', () => store.tick());

mountPage(
  <StoreContext.Provider value={store}>
    <App onClose={() => window.close()} />
  </StoreContext.Provider>,
  i18n.t('break.heading'),
);
