// Finding and driving Debian's Firefox ESR with the built extension, over
// WebDriver BiDi (puppeteer-core; no geckodriver). Used by the Firefox
// end-to-end tests and by scripts/ensure-firefox.mjs.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
export const FIREFOX_BUILD = join(OUTPUT, 'firefox-mv3');

/** Debian's Arabic language pack: without it Firefox ignores a request for Arabic. */
export const ARABIC_LANGPACK =
  '/usr/lib/firefox-esr/browser/extensions/langpack-ar@firefox-esr.mozilla.org.xpi';

/**
 * Every profile gets a random moz-extension UUID; the tests fix it by pref so
 * page URLs are known before the add-on starts.
 */
export const EXTENSION_UUID = '5e0b7a3c-9d41-4f6e-8c2a-7b1d3e5f9a20';

/** Path of a Firefox ESR binary, or undefined. FIREFOX_PATH wins when set. */
export function findFirefox() {
  const candidates = [
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/lib/firefox-esr/firefox-esr',
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    return (
      execFileSync('sh', ['-c', 'command -v firefox-esr'], { encoding: 'utf8' }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** The gecko id the build declares (browser_specific_settings.gecko.id). */
export function geckoId(extensionDir = FIREFOX_BUILD) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** The store package `npm run zip:firefox` wrote (an XPI is a zip). */
export function firefoxPackage() {
  const zip = existsSync(OUTPUT)
    ? readdirSync(OUTPUT).find((f) => f.endsWith('-firefox.zip'))
    : undefined;
  if (!zip) throw new Error('No Firefox package in .output: run `npm run zip:firefox`');
  return join(OUTPUT, zip);
}

export function newProfileDir() {
  return mkdtempSync(join(tmpdir(), 'posture-break-firefox-'));
}

/**
 * Preferences for a test profile. `idleTimeoutMs` shortens how long the
 * event page may idle before Firefox suspends it (default 30 s).
 */
export function firefoxPrefs({ lang = 'en', idleTimeoutMs, id = geckoId() } = {}) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    // No notification daemon here: Firefox draws its own alert window instead.
    'alerts.useSystemBackend': false,
    'intl.locale.requested': lang === 'ar' ? 'ar' : 'en-US',
    // ESR honours this: the unsigned package installs permanently.
    'xpinstall.signatures.required': false,
    // Add-ons dropped into the profile's extensions folder are enabled, not held back.
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 5,
    // No network on this machine: keep Firefox from trying.
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    ...(idleTimeoutMs ? { 'extensions.background.idle.timeout': idleTimeoutMs } : {}),
  };
}

/**
 * Launches Firefox ESR with the extension.
 * - install 'temporary': the unpacked build, as about:debugging does (gone at close);
 * - install 'permanent': the store package placed in the profile before start,
 *   so it stays installed across restarts of the same profile;
 * - install 'none': whatever the profile already has.
 * `display` runs Firefox headful on that X display (see tests/e2e-firefox/xvfb.ts).
 *
 * @param {{ lang?: 'en' | 'ar', profileDir?: string, install?: 'temporary' | 'permanent' | 'none',
 *   display?: string, idleTimeoutMs?: number, extensionDir?: string }} [options]
 */
export async function launchFirefox({
  lang = 'en',
  profileDir = newProfileDir(),
  install = 'temporary',
  display,
  idleTimeoutMs,
  extensionDir = FIREFOX_BUILD,
} = {}) {
  const executablePath = findFirefox();
  if (!executablePath)
    throw new Error('Firefox ESR not found: run `node scripts/ensure-firefox.mjs`');
  const id = geckoId(extensionDir);
  if (install === 'permanent') {
    mkdirSync(join(profileDir, 'extensions'), { recursive: true });
    copyFileSync(firefoxPackage(), join(profileDir, 'extensions', `${id}.xpi`));
  }
  const env = {
    ...process.env,
    LANG: lang === 'ar' ? 'ar_EG.UTF-8' : 'en_US.UTF-8',
    LANGUAGE: lang,
  };
  if (display) env.DISPLAY = display;
  else delete env.DISPLAY;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: !display,
    userDataDir: profileDir,
    env,
    // Without it Firefox refuses WebDriver navigation to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs({ lang, idleTimeoutMs, id }),
  });
  if (install === 'temporary') await browser.installExtension(extensionDir);
  return {
    browser,
    profileDir,
    id,
    url: (path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`,
    async close({ keepProfile = false } = {}) {
      await browser.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
