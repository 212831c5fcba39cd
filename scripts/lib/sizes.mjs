// Raw and gzip sizes of what we ship, read from the build output.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const OUTPUT = resolve(import.meta.dirname, '../../.output');
const BUILD = join(OUTPUT, 'chrome-mv3');

function measure(files) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(BUILD, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** JS and CSS a page loads: its entry script, preloaded chunks, stylesheets. */
function pageAssets(html) {
  const text = readFileSync(join(BUILD, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

export function bundleSizes() {
  const sizes = {
    background: measure(['background.js']),
    popup: measure(pageAssets('popup.html')),
    options: measure(pageAssets('options.html')),
    break: measure(pageAssets('break.html')),
  };
  const zip = readdirSync(OUTPUT).find((f) => f.endsWith('-chrome.zip'));
  if (zip) {
    const raw = statSync(join(OUTPUT, zip)).size;
    sizes.zip = { files: [zip], raw, gzip: raw };
  }
  return sizes;
}

export const BUDGETS_GZIP = { background: 15 * 1024, popup: 30 * 1024, zip: 250 * 1024 };

export function hasBuild() {
  return existsSync(join(BUILD, 'manifest.json'));
}
