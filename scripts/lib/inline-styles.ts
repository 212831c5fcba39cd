/**
 * Build step for the pages whose first frame matters most (the popup and the
 * break window): their stylesheet goes into the HTML as a `<style>` element,
 * so the page has no render-blocking request to wait for before its first
 * paint (each request for an extension file takes several milliseconds while
 * a page loads; `npm run bench` shows the difference). Extension pages' CSP
 * restricts scripts, not styles, in Chrome and in Firefox.
 *
 * A stylesheet that no page links to any more is removed from the output.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
const HREF = /\bhref="\/([^"]+\.css)"/;

/**
 * Inlines the stylesheets of `pages` (names of HTML files in `outDir`, without
 * `.html`); returns the files removed (paths relative to `outDir`).
 */
export function inlineStyles(outDir: string, pages: readonly string[]): string[] {
  for (const page of pages) {
    const file = join(outDir, `${page}.html`);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const inlined = html.replace(LINK, (link) => {
      const href = HREF.exec(link)?.[1];
      if (!href || !existsSync(join(outDir, href))) return link;
      const css = readFileSync(join(outDir, href), 'utf8');
      // A stylesheet cannot end the element early; escape just in case.
      return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
    });
    if (inlined !== html) writeFileSync(file, inlined);
  }
  return removeUnlinkedStyles(outDir);
}

function removeUnlinkedStyles(outDir: string): string[] {
  const assets = join(outDir, 'assets');
  if (!existsSync(assets)) return [];
  const linked = new Set<string>();
  for (const f of readdirSync(outDir).filter((n) => n.endsWith('.html'))) {
    for (const link of readFileSync(join(outDir, f), 'utf8').match(LINK) ?? []) {
      const href = HREF.exec(link)?.[1];
      if (href) linked.add(href);
    }
  }
  const removed = readdirSync(assets)
    .filter((n) => n.endsWith('.css'))
    .map((n) => `assets/${n}`)
    .filter((f) => !linked.has(f));
  for (const f of removed) rmSync(join(outDir, f));
  return removed;
}
