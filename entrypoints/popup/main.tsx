import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { SECOND } from '@/utils/time';
import { App } from './App';
import './style.css';

// Paint the skeleton first; the snapshot arrives a moment later and the
// clock ticks once a second so countdowns and minutes stay current.
const store = createStore(browserBackend());
void store.start();
setInterval(() => store.tick(), SECOND);

mountPage(
  <StoreContext.Provider value={store}>
    <App />
  </StoreContext.Provider>,
  i18n.t('popup.heading'),
);
