import { i18n } from '#i18n';
import { paintFirstFrame } from '@/components/popup/first-frame';
import { afterPaint } from '@/components/status-shown';
import { readAhead } from '@/utils/content/catalogue';
import { statusOf } from '@/utils/early-backend';
import { takeEarlyRead } from '@/utils/early-read';
import './style.css';

/** The longest the app's code waits for the first frame to be drawn (a page in the background gets no frames). */
const FIRST_FRAME_WAIT_MS = 100;

// The static header in popup.html paints first. This module holds only what
// the status needs: when the read early-read.js started in the head answers,
// the status is painted under the header at once (first-frame.ts), without
// waiting for the history, which the status does not show. The app's
// code (Preact, the store, the actions, the routine and the tips) is fetched
// once that frame is on screen, so neither fetching nor running it holds up
// drawing it; the app then mounts over the first frame, keeping its nodes.
// Without an early read the app comes at once and reads storage itself.
// Measured with `npm run bench`.
const early = takeEarlyRead();
// The routine and the tips are read from the package meanwhile, so they are
// in by the time the app renders its tabs.
const readContent = readAhead(i18n.t('locale'));
const app = document.getElementById('app');
const drawn =
  early && app
    ? early.status
        .then(
          (raw) => paintFirstFrame(app, statusOf(raw), Date.now())?.then(afterPaint),
          () => {}, // the app reads storage again and says what went wrong
        )
        .catch((err: unknown) => console.error('Posture Break: the first frame failed', err))
    : null;
const bound = new Promise((resolve) => setTimeout(resolve, FIRST_FRAME_WAIT_MS));
void (drawn ? Promise.race([drawn, bound]) : Promise.resolve())
  .then(() => import('./start'))
  .then((m) => m.startApp(early, readContent))
  .catch((err: unknown) => console.error('Posture Break: the popup failed to start', err));
