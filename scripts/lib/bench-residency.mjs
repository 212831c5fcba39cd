// How long the extension's service worker stays running, and how often it starts,
// when left alone on a fresh profile. Observed through browser-level target
// discovery only: attaching to the worker (as Playwright does) would keep it alive.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { launchRawChromium } from './bench-cdp.mjs';

/** Chromium's id for an unpacked extension: sha256 of its path, first 32 hex digits as a–p. */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const POLL_MS = 200;

export async function observeResidency({ extensionDir, minutes, signal, log = () => {} }) {
  const prefix = `chrome-extension://${unpackedExtensionId(extensionDir)}/`;
  const browser = await launchRawChromium({ extensionDir });
  const { cdp } = browser;
  try {
    // The clock starts once Chromium answers, not at spawn: browser start-up is not idle time.
    await cdp.send('Browser.getVersion');
    const t0 = performance.now();
    const now = () => (performance.now() - t0) / 1000;
    const workers = new Set(); // target ids of our worker(s) alive right now
    const runs = []; // { start, stop } in seconds since observation began
    const update = () => {
      const running = workers.size > 0;
      const open = runs.at(-1)?.stop === null;
      if (running && !open) {
        runs.push({ start: now(), stop: null });
        log(`  worker started at ${now().toFixed(1)} s`);
      } else if (!running && open) {
        runs.at(-1).stop = now();
        log(`  worker stopped at ${now().toFixed(1)} s`);
      }
    };
    const isOurs = (t) => t.type === 'service_worker' && t.url.startsWith(prefix);

    // Events give exact transition times; the poll below corrects any we miss.
    const seen = ({ targetInfo: t }) => {
      if (isOurs(t)) workers.add(t.targetId);
      else workers.delete(t.targetId);
      update();
    };
    cdp.on('Target.targetCreated', seen);
    cdp.on('Target.targetInfoChanged', seen);
    cdp.on('Target.targetDestroyed', ({ targetId }) => {
      workers.delete(targetId);
      update();
    });
    // Reports targets that already exist too, so a worker started at launch is caught.
    await cdp.send('Target.setDiscoverTargets', { discover: true });

    const end = minutes * 60;
    while (now() < end && !signal?.aborted) {
      await new Promise((r) => setTimeout(r, Math.min(POLL_MS, (end - now()) * 1000)));
      const { targetInfos } = await cdp.send('Target.getTargets');
      workers.clear();
      for (const t of targetInfos.filter(isOurs)) workers.add(t.targetId);
      update();
      if (runs.length === 0 && now() > 20)
        throw new Error('the service worker never appeared: did the extension load?');
    }
    const observed = now();
    const running = runs.reduce((sum, r) => sum + ((r.stop ?? observed) - r.start), 0);
    return {
      secondsObserved: round(observed),
      secondsRunning: round(running),
      runningPercent: round((100 * running) / observed),
      starts: runs.length,
      startsPerHour: round((runs.length * 3600) / observed),
      runs: runs.map((r) => ({
        start: round(r.start),
        stop: r.stop === null ? null : round(r.stop),
      })),
      interrupted: Boolean(signal?.aborted),
      note: 'fresh install: the first start includes onInstalled',
    };
  } finally {
    await browser.close();
  }
}

const round = (x) => Math.round(x * 10) / 10;
