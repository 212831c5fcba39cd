import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Everything the manifest promises is kept small on purpose: four permissions,
// no host permissions, no content scripts, nothing loaded from the network.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Modulepreload links, without the polyfill: a page fetches its shared
  // chunks together with its entry instead of after it (one fetch fewer on
  // the way to the first render). Every browser we support knows the links;
  // the polyfill would only cost bytes on every page.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  // `wxt zip -b firefox` also writes the sources archive addons.mozilla.org asks
  // for: what `npm ci && npm run build:firefox` needs, without tests or results.
  zip: {
    excludeSources: ['tests/**', 'vitest.*config.ts', 'bench-results/**'],
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
