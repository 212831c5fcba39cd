import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { createStore, StoreContext } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { SECOND } from '@/utils/time';
import { App } from './App';
import './style.css';

const store = createStore(browserBackend());
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
