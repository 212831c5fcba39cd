// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inlineStyles } from '@/scripts/lib/inline-styles';

const page = (css: string) =>
  `<!DOCTYPE html><html><head><script type="module" src="/chunks/p.js"></script>` +
  `<link rel="stylesheet" crossorigin href="/assets/${css}"></head><body></body></html>`;

describe('inlineStyles (the build step for the popup and the break window)', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function output() {
    dir = mkdtempSync(join(tmpdir(), 'inline-styles-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets/popup-1.css'), 'body{width:360px}');
    writeFileSync(join(dir, 'assets/options-2.css'), 'body{margin:0}');
    writeFileSync(join(dir, 'popup.html'), page('popup-1.css'));
    writeFileSync(join(dir, 'options.html'), page('options-2.css'));
    return dir;
  }

  it("puts a listed page's stylesheet in its HTML and removes the file no page links to", () => {
    const out = output();
    expect(inlineStyles(out, ['popup', 'break'])).toEqual(['assets/popup-1.css']);
    const html = readFileSync(join(out, 'popup.html'), 'utf8');
    expect(html).toContain('<style>body{width:360px}</style>');
    expect(html).not.toContain('rel="stylesheet"');
    expect(html).toContain('<script type="module" src="/chunks/p.js"></script>');
    expect(existsSync(join(out, 'assets/popup-1.css'))).toBe(false);
  });

  it('leaves the other pages and their stylesheets alone', () => {
    const out = output();
    inlineStyles(out, ['popup']);
    expect(readFileSync(join(out, 'options.html'), 'utf8')).toBe(page('options-2.css'));
    expect(existsSync(join(out, 'assets/options-2.css'))).toBe(true);
  });

  it('cannot let a stylesheet close its style element', () => {
    const out = output();
    writeFileSync(join(out, 'assets/popup-1.css'), 'a::after{content:"</style><b>"}');
    inlineStyles(out, ['popup']);
    const html = readFileSync(join(out, 'popup.html'), 'utf8');
    expect(html.match(/<\/style/g)).toHaveLength(1);
  });
});
