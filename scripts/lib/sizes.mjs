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
 * Every JS and CSS file a page can load (and its HTML when that holds the
 * page's CSS): what its HTML names, then whatever
 * those scripts import, statically or lazily, followed to the end. A chunk
 * loaded after first paint still counts against the page's budget.
 */
function pageAssets(html) {
  const text = readFileSync(join(BUILD, html), 'utf8');
  const found = new Set(
    [...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]),
  );
  // A page whose CSS is inlined at build time (wxt.config.ts) carries it in its HTML.
  if (/<style\b/.test(text)) found.add(html);
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
  const worker = largestContent('content/worker');
  const popup = measure(pageAssets('popup.html'));
  const brk = measure(pageAssets('break.html'));
  const background = measure(['background.js']);
  const sizes = {
    background,
    popup,
    options: measure(pageAssets('options.html')),
    break: brk,
  };
  if (content) {
    sizes.content = content;
    // What a page loads in all, with the largest language's health text: printed, for the record.
    sizes['popup + content'] = withContent(popup, content);
    sizes['break + content'] = withContent(brk, content);
  }
  if (worker) {
    sizes.workerContent = worker;
    sizes['background + content'] = withContent(background, worker);
  }
  const zip = readdirSync(OUTPUT).find((f) => f.endsWith('-chrome.zip'));
  if (zip) {
    const raw = statSync(join(OUTPUT, zip)).size;
    sizes.zip = { files: [zip], raw, gzip: raw };
  }
  return sizes;
}

// The entries' JS + CSS (what issues 10 and 12 budget: the same whatever the
// number of languages, since the health text is data read at run time), and
// each language's health text on its own, so no catalogue can grow without
// notice: the largest page catalogue and the largest worker part.
export const BUDGETS_GZIP = {
  background: 15 * 1024,
  popup: 30 * 1024,
  content: 4 * 1024,
  workerContent: 1.25 * 1024,
  zip: 250 * 1024,
};
export function hasBuild() {
  return existsSync(join(BUILD, 'manifest.json'));
}
