import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export {
  launchExtension,
  stopWorker,
  workerTargets,
  newProfileDir,
} from '../../scripts/lib/chromium.mjs';
export type Launched = Awaited<
  ReturnType<typeof import('../../scripts/lib/chromium.mjs').launchExtension>
>;

/** Opens an extension page as a tab, recording console errors and page errors. */
export async function openExtensionPage(
  ext: Launched,
  path: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(ext.url(path));
  await page.waitForSelector('#app > *');
  return { page, errors };
}

/** Runs axe-core in the page (the extension CSP forbids script tags, so evaluate the source). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** The built interface catalogue of one language, by file code ('en', 'pt_BR', 'zh_CN'). */
export function readCatalogue(locale: string): Record<string, string> {
  const path = new URL(
    `../../.output/chrome-mv3/_locales/${locale}/messages.json`,
    import.meta.url,
  );
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { message: string }>;
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v.message]));
}
