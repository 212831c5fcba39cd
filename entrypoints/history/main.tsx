import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { MINUTE } from '@/utils/time';
import { App } from './App';
import './style.css';

const store = createStore(browserBackend());
// History rolls over to a new day at midnight; a minute is fine enough here.
setInterval(() => store.tick(), MINUTE);
void store.start().then(() =>
  mountPage(
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>,
    i18n.t('history.pageTitle'),
  ),
);
