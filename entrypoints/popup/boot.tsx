import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { SECOND } from '@/utils/time';
import { App } from './App';

// The snapshot arrives a moment after the first render (a skeleton until
// then); the clock ticks once a second so countdowns and minutes stay current.
const store = createStore(browserBackend());
void store.start();
setInterval(() => store.tick(), SECOND);

mountPage(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
  i18n.t('popup.heading'),
);
