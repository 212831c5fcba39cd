// Finding and driving Debian's Chromium with the built extension loaded.
// Shared by the end-to-end tests and the benchmark, so both see one browser
// set up the same way. playwright-core never downloads a browser of its own.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** Path of a Chromium binary, or undefined. CHROMIUM_PATH wins when set. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

export function newProfileDir() {
  return mkdtempSync(join(tmpdir(), 'posture-break-profile-'));
}

/**
 * The switches every browser of ours runs with: no first-run, sync or
 * background traffic (this machine has no network), and our build loaded.
 */
export function extensionArgs({ lang = 'en', extensionDir = CHROME_BUILD } = {}) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${lang}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

/**
 * Launches headless Chromium with the unpacked build on the given profile.
 * `lang` sets the browser's UI language, which picks our catalogue.
 */
export async function launchExtension({
  lang = 'en',
  profileDir = newProfileDir(),
  extensionDir = CHROME_BUILD,
} = {}) {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: true,
    locale: lang,
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ar' ? 'ar_EG.UTF-8' : 'en_US.UTF-8' },
    args: extensionArgs({ lang, extensionDir }),
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('Playwright gave no browser handle for the persistent context');
  const cdp = await browser.newBrowserCDPSession();
  return {
    context,
    worker,
    extensionId,
    profileDir,
    cdp,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker targets, seen without attaching to them. */
export async function workerTargets(cdp, extensionId) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
  );
}

/** Stops the extension's service worker the way Chrome does when it idles out. */
export async function stopWorker(cdp, extensionId) {
  const targets = await workerTargets(cdp, extensionId);
  for (const t of targets) await cdp.send('Target.closeTarget', { targetId: t.targetId });
  const deadline = Date.now() + 10_000;
  while ((await workerTargets(cdp, extensionId)).length > 0) {
    if (Date.now() > deadline) throw new Error('service worker did not stop');
    await new Promise((r) => setTimeout(r, 50));
  }
  return targets.length;
}
