// What the user sees of our pages, and when: first contentful paint, largest
// contentful paint and the "status shown" mark (set by the page once the
// frame that first shows the stored status has been painted), for the popup
// and the break window; largest contentful paint of the options page; and
// the popup and the break window again on a profile holding a year of history. Every page is loaded in turn
// with a blank page of the same extension in the same browser, so machine
// speed cancels out in the paired difference (page − blank of the same round).
/* global PerformanceObserver, chrome -- in-page code, run through page.evaluate */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from './chromium.mjs';

export const BLANK_PAGE = 'bench-blank.html';
/** The name of the mark pages set when the status first shows real numbers. */
export const STATUS_MARK = 'status-shown';
const WAIT_MS = 5000;
// LCP may move to a larger element painted later (a lazy panel, a re-render):
// a page counts as settled once nothing new was painted for this long.
const QUIET_MS = 400;

/** Adds a script-free page to a copy of the build, with the popup's charset. */
export function addBlankPage(extensionDir) {
  const popup = readFileSync(join(extensionDir, 'popup.html'), 'utf8');
  const charset = popup.match(/<meta\s+charset=[^>]*>/i)?.[0] ?? '<meta charset="utf-8">';
  writeFileSync(
    join(extensionDir, BLANK_PAGE),
    `<!DOCTYPE html>\n<html lang="en">\n  <head>\n    ${charset}\n    <title>Blank</title>\n  </head>\n  <body>\n    <p>Blank page for the paint benchmark.</p>\n  </body>\n</html>\n`,
  );
}

// Runs in the page, once it has loaded. All times are performance.now() values,
// i.e. milliseconds since the navigation started.
function collect({ mark, waitMs, quietMs }) {
  return new Promise((resolve) => {
    const lcp = [];
    const observer = new PerformanceObserver((list) => lcp.push(...list.getEntries()));
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
    const begun = performance.now();
    const fcpOf = () =>
      performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
    const markOf = () => (mark ? performance.getEntriesByName(mark, 'mark')[0] : null);
    const lastPaint = () => Math.max(fcpOf()?.startTime ?? 0, lcp.at(-1)?.startTime ?? 0);
    const check = () => {
      const now = performance.now();
      const waiting = !fcpOf() || (mark && !markOf());
      const settled = !waiting && now - Math.max(lastPaint(), markOf()?.startTime ?? 0) > quietMs;
      if (settled || now - begun > waitMs) {
        observer.takeRecords().forEach((e) => lcp.push(e));
        observer.disconnect();
        const last = lcp.at(-1);
        const el = last?.element;
        const describe = (e) =>
          e
            ? e.localName + (e.classList.length ? `.${[...e.classList].join('.')}` : '')
            : last
              ? '(removed)'
              : null;
        resolve({
          fcp: fcpOf()?.startTime ?? null,
          lcp: last?.startTime ?? null,
          status: markOf()?.startTime ?? null,
          lcpElement: describe(el),
        });
      } else setTimeout(check, 20);
    };
    check();
  });
}

/** The figures of one fresh tab (null where one never came). */
async function load(context, url, mark) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(collect, { mark, waitMs: WAIT_MS, quietMs: QUIET_MS });
  } finally {
    await page.close();
  }
}

/**
 * One series: `pages` and the blank page loaded in turn, `warmup + rounds` times.
 * Returns, per page and per figure, the summary of the values and of the
 * paired differences with the blank page's figure of the same round.
 */
async function series(ext, pages, { rounds, warmup }) {
  const samples = Object.fromEntries([...pages.map((p) => p.name), 'blank'].map((n) => [n, []]));
  for (let i = 0; i < warmup + rounds; i++) {
    // Alternating keeps slow drift (caches, CPU frequency) from favouring one page.
    for (const { name, path, mark } of [...pages, { name: 'blank', path: BLANK_PAGE }]) {
      const figures = await load(ext.context, ext.url(path), mark);
      if (i >= warmup) samples[name].push(figures);
    }
  }
  // Blank has no status: it shows all it has at its largest paint, which is
  // what the status is held against.
  const blankFigure = { fcp: 'fcp', lcp: 'lcp', status: 'lcp' };
  const out = {};
  for (const [name, runs] of Object.entries(samples)) {
    const figures = name === 'blank' ? ['fcp', 'lcp'] : pages.find((p) => p.name === name).figures;
    const entry = { lcpElements: tally(runs.map((r) => r.lcpElement)) };
    for (const f of figures) {
      entry[f] = summarize(runs.map((r) => r[f]));
      if (name !== 'blank') {
        const ref = samples.blank.map((r) => r[blankFigure[f]]);
        entry[`${f}MinusBlank`] = summarize(
          runs.map((r, k) => (r[f] === null || ref[k] === null ? null : r[f] - ref[k])),
        );
      }
    }
    out[name] = entry;
  }
  return out;
}

/** Sends a command as a page would (the background answers). */
async function command(ext, command) {
  const page = await ext.context.newPage();
  try {
    await page.goto(ext.url(BLANK_PAGE));
    return await page.evaluate(
      (c) => chrome.runtime.sendMessage({ kind: 'posture-break/command', command: c }),
      command,
    );
  } finally {
    await page.close();
  }
}

const FULL = ['fcp', 'lcp', 'status'];
const POPUP = { name: 'popup', path: 'popup.html', mark: STATUS_MARK, figures: FULL };

/**
 * How far into a sitting streak the popup is measured. In a streak's first
 * minute the status reads "less than a minute" over two lines, the largest
 * text on the popup; from then on it is one short line ("Sitting for 15
 * minutes"), and the largest text is further down, in the relief routine.
 * Most opens come well into a streak, so that is what is measured.
 */
export const STREAK_MINUTES = 15;

/**
 * Moves the stored streak's start, and the reminders counted from it,
 * `minutes` earlier, as if the user had sat that long already (the
 * background takes the stored state at its next step). Checked after a
 * moment, so a step of the background's in between is noticed.
 */
async function startStreakEarlier(ext, minutes) {
  const page = await ext.context.newPage();
  try {
    await page.goto(ext.url(BLANK_PAGE));
    let last = 'no attempt';
    // The worker may still be setting up (a fresh install) or step in between:
    // wait for a streak, move it, and check it stayed moved; a few tries.
    for (let attempt = 0; attempt < 10; attempt++) {
      last = await page.evaluate(async (ms) => {
        const { tracker } = await chrome.storage.local.get('tracker');
        if (tracker?.phase !== 'tracking' || tracker.sittingSince === null)
          return `no streak yet (phase ${tracker?.phase})`;
        const earlier = (t) => (t === null ? null : t - ms);
        const moved = {
          ...tracker,
          sittingSince: earlier(tracker.sittingSince),
          breakCountFrom: earlier(tracker.breakCountFrom),
          nextBreakAt: earlier(tracker.nextBreakAt),
          nextNudgeAt: earlier(tracker.nextNudgeAt),
        };
        if ([moved.nextBreakAt, moved.nextNudgeAt].some((t) => t !== null && t <= Date.now()))
          return 'a reminder would fall due';
        await chrome.storage.local.set({ tracker: moved });
        await new Promise((resolve) => setTimeout(resolve, 500));
        const { tracker: stored } = await chrome.storage.local.get('tracker');
        return stored?.sittingSince === moved.sittingSince ? 'ok' : 'the worker wrote over it';
      }, minutes * 60_000);
      if (last === 'ok') return;
      await page.waitForTimeout(500);
    }
    throw new Error(`could not start the streak ${minutes} min earlier: ${last}`);
  } finally {
    await page.close();
  }
}

/** Days of history a long-time user has: as many as the extension keeps (utils/history.ts). */
const HISTORY_DAYS = 400;

/** Stores `days` days of history before today, each a busy day's numbers. */
async function storeHistory(ext, days) {
  const page = await ext.context.newPage();
  try {
    await page.goto(ext.url(BLANK_PAGE));
    await page.evaluate(async (days) => {
      const key = (d) =>
        `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const { history = {} } = await chrome.storage.local.get('history');
      const today = new Date();
      for (let i = 1; i < days; i++) {
        const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - i);
        history[key(day)] = {
          breaksTaken: 6 + (i % 3),
          naturalBreaks: 2 + (i % 4),
          snoozes: i % 3,
          skips: i % 2,
          nudges: 10 + (i % 5),
          sittingMs: 5 * 3_600_000 + i * 1_000,
          longestStreakMs: 3_000_000 + i * 100,
        };
      }
      await chrome.storage.local.set({ history });
    }, days);
  } finally {
    await page.close();
  }
}

export async function measurePaint({ extensionDir, rounds = 20, warmup = 2, log = () => {} }) {
  const options = { name: 'options', path: 'options.html', figures: ['lcp'] };
  // The popup as most people open it: a fresh profile, some minutes into a
  // sitting streak (STREAK_MINUTES), with the options page alongside.
  log('  fresh profile…');
  const fresh = await measureProfile({ extensionDir, pages: [POPUP, options], rounds, warmup });
  // The same pages for someone who has used the extension for a year: the
  // history is as long as it gets.
  log(`  profile with ${HISTORY_DAYS} days of history…`);
  const year = await measureProfile({
    extensionDir,
    pages: [POPUP],
    rounds,
    warmup,
    days: HISTORY_DAYS,
  });
  return {
    rounds,
    warmup,
    quietMs: QUIET_MS,
    streakMinutes: STREAK_MINUTES,
    ...fresh,
    historyDays: HISTORY_DAYS,
    yearOfHistory: year,
  };
}

/** `pages` while tracking, then the break window on a break, on a profile of their own with `days` days of history. */
async function measureProfile({ extensionDir, pages, rounds, warmup, days = 0 }) {
  const ext = await launchExtension({ extensionDir });
  try {
    if (days > 0) await storeHistory(ext, days);
    await startStreakEarlier(ext, STREAK_MINUTES);
    const tracking = await series(ext, pages, { rounds, warmup });
    // The break window as it is when it opens on "Take a break": counting down.
    // The background opens one window itself; it is closed, then the page is
    // loaded as a tab like the others. The default break outlasts the series.
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().endsWith('/break.html'),
      timeout: 15_000,
    });
    const reply = await command(ext, { type: 'takeBreak' });
    if (!reply?.ok) throw new Error(`takeBreak refused: ${JSON.stringify(reply)}`);
    await (await opened).close();
    const onBreak = await series(
      ext,
      [{ name: 'break', path: 'break.html', mark: STATUS_MARK, figures: FULL }],
      { rounds, warmup },
    );
    return { tracking, onBreak };
  } finally {
    await ext.close();
  }
}

function tally(values) {
  const counts = {};
  for (const v of values) counts[v ?? 'none'] = (counts[v ?? 'none'] ?? 0) + 1;
  return counts;
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
    missing: values.length - ok.length,
    valuesMs: values.map((v) => (v === null ? null : round(v))),
  };
}

const round = (x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
