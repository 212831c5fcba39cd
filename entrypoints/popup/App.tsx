import { i18n } from '#i18n';
import { useStore } from '@/components/store';
import { Actions } from '@/components/popup/Actions';
import { ReliefRoutine } from '@/components/popup/ReliefRoutine';
import { StatusCard } from '@/components/popup/StatusCard';
import { Tabs } from '@/components/popup/Tabs';
import { TipsPanel } from '@/components/popup/TipsPanel';

/**
 * The popup: status and actions on top, then the relief routine and the tips.
 * The status is on screen before this mounts (main.ts paints it from the
 * early read) and the routine's words were read meanwhile, so the first
 * render holds everything: waiting a frame for the actions and the tabs
 * only put the routine on screen a frame later (`npm run bench`).
 */
export function App() {
  const store = useStore();
  return (
    <>
      <header class="top">
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} />
          {i18n.t('popup.heading')}
        </h1>
        <button type="button" class="settings" onClick={() => void store.backend.openOptions()}>
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
            <path
              fill="currentColor"
              d="M19.4 13a7.5 7.5 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7.6 7.6 0 0 0-1.7-1L15 3.5h-4l-.4 2.5a7.6 7.6 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7.5 7.5 0 0 0 0 2l-2 1.6 2 3.4 2.4-1a7.6 7.6 0 0 0 1.7 1l.4 2.5h4l.4-2.5a7.6 7.6 0 0 0 1.7-1l2.4 1 2-3.4ZM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z"
              transform="translate(-1 0)"
            />
          </svg>
          {i18n.t('popup.settings')}
        </button>
      </header>
      <main>
        <StatusCard />
        <Actions />
        <Tabs
          label={i18n.t('popup.tabs.label')}
          tabs={[
            { id: 'relief', label: i18n.t('popup.tabs.relief'), panel: () => <ReliefRoutine /> },
            { id: 'tips', label: i18n.t('popup.tabs.tips'), panel: () => <TipsPanel /> },
          ]}
        />
      </main>
    </>
  );
}
