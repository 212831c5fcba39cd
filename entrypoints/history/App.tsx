import { i18n } from '#i18n';
import { HistoryPanel } from '@/components/history/HistoryPanel';
import { useStore } from '@/components/store';

/** The history page: today, the goal streak, the last days, export and clear. */
export function App() {
  const store = useStore();
  return (
    <main>
      <header class="page-head">
        <h1>{i18n.t('history.pageTitle')}</h1>
        <button type="button" class="link" onClick={() => void store.backend.openOptions()}>
          {i18n.t('popup.settings')}
        </button>
      </header>
      <HistoryPanel />
    </main>
  );
}
