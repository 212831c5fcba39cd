import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { createStore, StoreContext } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { App } from './App';
import './style.css';

const store = createStore(browserBackend());
await store.start();

mountPage(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
  i18n.t('welcome.heading'),
);
