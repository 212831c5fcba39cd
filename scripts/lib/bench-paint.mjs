// First contentful paint of the popup, against a blank page of the same extension
// loaded in the same browser, so machine speed cancels out in the difference.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from './chromium.mjs';

export const BLANK_PAGE = 'bench-blank.html';
const FCP_TIMEOUT_MS = 5000;

/** Adds a script-free page to a copy of the build, with the popup's charset. */
export function addBlankPage(extensionDir) {
  const popup = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const charset = popup.match(/<meta\s+charset=[^>]*>/i)?.[0] ?? '<meta charset="utf-8">';
  writeFileSync(
    join(extensionDir, BLANK_PAGE),
    `<!DOCTYPE html>\n<html lang="en">\n  <head>\n    ${charset}\n    <title>Blank</title>\n  </head>\n  <body>\n    <p>Blank page for the paint benchmark.</p>\n  </body>\n</html>\n`,
  );
}

// Runs in the page. Polls rather than using a PerformanceObserver so the answer
// comes from getEntriesByType('paint'), whose startTime is relative to navigation start.
function waitForFcp(timeoutMs) {
  return new Promise((resolve) => {
    const deadline = performance.now() + timeoutMs;
    const check = () => {
      const fcp = performance
        .getEntriesByType('paint')
        .find((e) => e.name === 'first-contentful-paint');
      if (fcp) resolve(fcp.startTime);
      else if (performance.now() > deadline) resolve(null);
      else setTimeout(check, 10);
    };
    check();
  });
}

/** FCP in ms of one fresh tab, or null when none came within the timeout. */
async function fcpOf(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(waitForFcp, FCP_TIMEOUT_MS);
  } finally {
    await page.close();
  }
}

export async function measurePaint({ extensionDir, rounds = 20, warmup = 2 }) {
  const ext = await launchExtension({ extensionDir });
  try {
    const samples = { popup: [], blank: [] };
    for (let i = 0; i < warmup + rounds; i++) {
      // Alternating keeps slow drift (caches, CPU frequency) from favouring one page.
      const popup = await fcpOf(ext.context, ext.url('popup.html'));
      const blank = await fcpOf(ext.context, ext.url(BLANK_PAGE));
      if (i >= warmup) {
        samples.popup.push(popup);
        samples.blank.push(blank);
      }
    }
    const popup = summarize(samples.popup);
    const blank = summarize(samples.blank);
    return {
      rounds,
      warmup,
      popup,
      blank,
      popupMinusBlankMedianMs: round(popup.medianMs - blank.medianMs),
    };
  } finally {
    await ext.close();
  }
}

function summarize(values) {
  const ok = values.filter((v) => v !== null).sort((a, b) => a - b);
  const mid = ok.length >> 1;
  const median = ok.length % 2 ? ok[mid] : (ok[mid - 1] + ok[mid]) / 2;
  return {
    medianMs: round(median),
    minMs: round(ok[0]),
    maxMs: round(ok.at(-1)),
    samples: ok.length,
    timeouts: values.length - ok.length,
    valuesMs: values.map((v) => (v === null ? null : round(v))),
  };
}

const round = (x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
