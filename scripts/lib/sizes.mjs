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

/**
 * Every JS and CSS file a page can load: what its HTML names, then whatever
 * those scripts import, statically or lazily, followed to the end. A chunk
 * loaded after first paint still counts against the page's budget.
 */
function pageAssets(html) {
  const text = readFileSync(join(BUILD, html), 'utf8');
  const found = new Set(
    [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]),
  );
  const queue = [...found].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop();
    const code = readFileSync(join(BUILD, file), 'utf8');
    for (const m of code.matchAll(
      /["'`](?:\.\.?\/)*((?:chunks|assets)\/[\w.-]+\.(?:js|css)|[\w.-]+\.js)["'`]/g,
    )) {
      const name = m[1].includes('/') ? m[1] : `chunks/${m[1]}`;
      if (found.has(name) || !existsSync(join(BUILD, name))) continue;
      found.add(name);
      if (name.endsWith('.js')) queue.push(name);
    }
  }
  return [...found].sort();
}

/**
 * The health content's catalogues: a page reads one content/<code>.json, the
 * worker one content/worker/<code>.json, in the language in use. Budgets
 * count the largest, so a long language cannot hide behind English.
 */
function largestContent(folder) {
  const dir = join(BUILD, folder);
  if (!existsSync(dir)) return null;
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => measure([`${folder}/${f}`]));
  return all.sort((a, b) => b.gzip - a.gzip)[0] ?? null;
}

/** A bundle plus the largest content catalogue. */
function withContent(size, content) {
  if (!content) return size;
  return {
    files: [...size.files, ...content.files],
    raw: size.raw + content.raw,
    gzip: size.gzip + content.gzip,
  };
}

export function bundleSizes() {
  const content = largestContent('content');
  const sizes = {
    background: withContent(measure(['background.js']), largestContent('content/worker')),
    popup: withContent(measure(pageAssets('popup.html')), content),
    options: measure(pageAssets('options.html')),
    break: withContent(measure(pageAssets('break.html')), content),
  };
  if (content) sizes.content = content;
  const zip = readdirSync(OUTPUT).find((f) => f.endsWith('-chrome.zip'));
  if (zip) {
    const raw = statSync(join(OUTPUT, zip)).size;
    sizes.zip = { files: [zip], raw, gzip: raw };
  }
  return sizes;
}

// Popup and background each with the largest language's content catalogue
// counted (the code carries no health text since the catalogues moved out).
export const BUDGETS_GZIP = { background: 15 * 1024, popup: 30 * 1024, zip: 250 * 1024 };

export function hasBuild() {
  return existsSync(join(BUILD, 'manifest.json'));
}
