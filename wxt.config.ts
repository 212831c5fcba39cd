import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { inlineStyles } from './scripts/lib/inline-styles';
import { isWorkerKey } from './utils/content/worker-keys';

const CONTENT_LOCALES = resolve(import.meta.dirname, 'utils/content/locales');
const contentCodes = () =>
  readdirSync(CONTENT_LOCALES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length));

/**
 * The pages users open to see something at once: the popup and the break
 * window. Each is built on its own, as one module with its CSS inline, so it
 * loads one script and no stylesheet before its first frame (a shared chunk
 * is one more request for an extension file, several milliseconds each while
 * the page loads; `npm run bench`). They carry their own copy of Preact and
 * the shared code, which the other pages share as chunks: the zip grows by
 * that much, inside its budget (`npm run size`).
 */
const FIRST_FRAME_PAGES = ['popup', 'break'];

// Everything the manifest promises is kept small on purpose: four permissions,
// no host permissions, no content scripts, nothing loaded from the network.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Modulepreload links, without the polyfill: a page fetches its shared
  // chunks together with its entry instead of after it (one fetch fewer on
  // the way to the first render). Every browser we support knows the links;
  // the polyfill would only cost bytes on every page.
  vite: () => ({
    plugins: [preact()],
    build: { modulePreload: { polyfill: false } },
    // Which languages have health content, so a page never asks for a file that is not there.
    define: { __CONTENT_LOCALES__: JSON.stringify(contentCodes()) },
  }),
  hooks: {
    'entrypoints:grouped': (_wxt, groups) => {
      for (const group of [...groups]) {
        if (!Array.isArray(group)) continue;
        for (const entry of group.filter((e) => FIRST_FRAME_PAGES.includes(e.name))) {
          group.splice(group.indexOf(entry), 1);
          groups.push([entry]);
        }
      }
    },
    'build:done': (wxt, output) => {
      const removed = new Set(inlineStyles(wxt.config.outDir, FIRST_FRAME_PAGES));
      // The build's summary lists what is in the output: not the files inlined.
      for (const step of output.steps) {
        const kept = step.chunks.filter((chunk) => !removed.has(chunk.fileName));
        step.chunks.splice(0, step.chunks.length, ...kept);
      }
    },
    // The health content's catalogues ship as files that a page or the worker
    // reads for its one language (utils/content/catalogue.ts): content/<code>.json
    // whole, content/worker/<code>.json with only what the worker shows.
    'build:publicAssets': (_wxt, assets) => {
      for (const file of readdirSync(CONTENT_LOCALES).filter((f) => f.endsWith('.json'))) {
        const all = JSON.parse(readFileSync(resolve(CONTENT_LOCALES, file), 'utf8')) as Record<
          string,
          string
        >;
        const worker = Object.fromEntries(Object.entries(all).filter(([key]) => isWorkerKey(key)));
        assets.push(
          { contents: JSON.stringify(all), relativeDest: `content/${file}` },
          { contents: JSON.stringify(worker), relativeDest: `content/worker/${file}` },
        );
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['alarms', 'idle', 'notifications', 'storage'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'take-break': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandTakeBreak__',
      },
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandTogglePause__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'posture-break@posture-break.org',
              // 140 is the first desktop release that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // 120: alarms may fire every 30 s; older releases clamp them to a minute.
        { minimum_chrome_version: '120' }),
  }),
});
