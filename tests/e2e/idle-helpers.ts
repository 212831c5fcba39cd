/**
 * A real X display for the idle tests: Xvfb on a free display number (chosen
 * by Xvfb itself, since other test runs may hold one), headful Chromium on it,
 * and xdotool as the only source of input. Playwright's clicks and typing go
 * through CDP, which the idle detector does not count as input.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROME_BUILD, extensionArgs, findChromium } from '../../scripts/lib/chromium.mjs';

export interface Display {
  name: string;
  stop(): Promise<void>;
}

/** Starts Xvfb with `-displayfd`, so it picks a free display and tells us which. */
export async function startXvfb(): Promise<Display> {
  const child: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb gave no display number')), 10_000);
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(out.trim());
      }
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code})`));
    });
  });
  return {
    name: `:${number}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Real input on the display: the mouse moves, which resets the idle detector. */
export function moveMouse(display: Display): void {
  const x = 200 + Math.floor(Math.random() * 400);
  const y = 200 + Math.floor(Math.random() * 300);
  execFileSync('xdotool', ['mousemove', String(x), String(y)], {
    env: { ...process.env, DISPLAY: display.name },
  });
}

export interface Headful {
  context: BrowserContext;
  extensionId: string;
  url(path: string): string;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Headful Chromium on the display with the built extension, on the given profile. */
export async function launchHeadful(display: Display, profileDir: string): Promise<Headful> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: false,
    locale: 'en',
    env: { ...process.env, DISPLAY: display.name, LANGUAGE: 'en', LANG: 'en_US.UTF-8' },
    args: extensionArgs({ lang: 'en', extensionDir: CHROME_BUILD }),
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
