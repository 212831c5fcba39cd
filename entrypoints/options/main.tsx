import { i18n } from '#i18n';
import { mountPage } from '@/components/mount';
import { StoreContext, createStore } from '@/components/store';
import { browserBackend } from '@/utils/backend';
import { browserShortcuts } from '@/utils/shortcuts';
import { MINUTE } from '@/utils/time';
import { App } from './App';
import './style.css';

// The form starts from the stored settings, so mount once they are loaded
// (a few milliseconds: one storage read).
const store = createStore(browserBackend());
// History rolls over to a new day at midnight; a minute is fine enough here.
setInterval(() => store.tick(), MINUTE);
void store.start().then(() =>
  mountPage(
    <StoreContext.Provider value={store}>
      <App shortcuts={browserShortcuts()} />
    </StoreContext.Provider>,
    i18n.t('options.heading'),
  ),
);
