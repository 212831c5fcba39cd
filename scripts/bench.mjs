// `npm run bench`: bundle sizes, what the pages show and when (against a blank
// page), and service-worker residency.
// Prints numbers and writes bench-results/bench.json; it never fails on a number,
// because times vary from machine to machine (the size budget lives in `npm test`).
//
//   node scripts/bench.mjs [--minutes N] [--skip-paint] [--skip-residency]
//
// --minutes (or BENCH_MINUTES) is how long residency is observed; fractions work.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_BUILD, findChromium } from './lib/chromium.mjs';
import { OUTPUT, bundleSizes, hasBuild } from './lib/sizes.mjs';
import { addBlankPage, measurePaint } from './lib/bench-paint.mjs';
import { observeResidency } from './lib/bench-residency.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench-results', 'bench.json');
const FIGURES = { fcp: 'FCP', lcp: 'LCP', status: 'status shown' };

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: process.env.BENCH_MINUTES ?? '10' },
    'skip-paint': { type: 'boolean', default: false },
    'skip-residency': { type: 'boolean', default: false },
  },
});
const minutes = Number(args.minutes);
if (!(minutes > 0)) {
  console.error(`bench: --minutes must be a positive number, got "${args.minutes}"`);
  process.exit(2);
}
// The first Ctrl-C ends the residency observation early and still reports it;
// a second one quits at once ('exit' handlers still remove the temp copy).
const interrupt = { signal: { aborted: false } };
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  console.log('\nInterrupted: ending early (Ctrl-C again to quit now).');
  interrupt.signal.aborted = true;
});

const hasZip = () =>
  existsSync(OUTPUT) && readdirSync(OUTPUT).some((f) => f.endsWith('-chrome.zip'));
if (!hasBuild() || !hasZip()) {
  console.log('No Chrome build or zip in .output: running `npx wxt zip` first.');
  execFileSync('npx', ['wxt', 'zip'], { cwd: ROOT, stdio: 'inherit' });
}

const results = {
  date: new Date().toISOString(),
  chromium: chromiumVersion(),
  sizes: bundleSizes(),
};

// Browsers run on a private copy: other work may rebuild .output meanwhile, and the
// paint benchmark needs one extra page in the build.
const extensionDir = mkdtempSync(join(tmpdir(), 'posture-break-bench-'));
const removeCopy = () => rmSync(extensionDir, { recursive: true, force: true });
process.once('exit', removeCopy);
try {
  cpSync(CHROME_BUILD, extensionDir, { recursive: true });
  addBlankPage(extensionDir);
  if (!args['skip-paint']) {
    console.log('Measuring paints of the popup, the break window and the options page…');
    results.paint = await measurePaint({ extensionDir, log: console.log });
  }
  if (!args['skip-residency'] && !interrupt.signal.aborted) {
    console.log(
      `Observing the service worker for ${minutes} min (fresh profile, default settings)…`,
    );
    results.residency = await observeResidency({
      extensionDir,
      minutes,
      signal: interrupt.signal,
      log: console.log,
    });
    results.minutesObserved = round(results.residency.secondsObserved / 60);
  }
} finally {
  removeCopy();
}

printReport(results);
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
console.log(`\nWrote ${RESULTS}`);

function chromiumVersion() {
  const path = findChromium();
  if (!path) return null;
  // Debian's wrapper script prints noise on stderr; only stdout has the version.
  const out = execFileSync(path, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out.match(/[\d.]+\d/)?.[0] ?? out.trim();
}

function printReport({ date, chromium, sizes, paint, residency }) {
  const bytes = (n) => `${n.toLocaleString('en-US')} B`.padStart(10);
  console.log(`\nPosture Break benchmark — ${date} — Chromium ${chromium ?? '?'}\n`);
  console.log('Bundle             raw bytes   gzip bytes');
  for (const [name, { raw, gzip }] of Object.entries(sizes)) {
    const gz = name === 'zip' ? '  (is a zip)' : bytes(gzip);
    console.log(`  ${name.padEnd(10)}  ${bytes(raw)}   ${gz}`);
  }
  if (paint) printPaint(paint);
  if (residency) {
    const r = residency;
    const cut = r.interrupted ? ', cut short by Ctrl-C' : '';
    console.log(`\nService-worker residency (observed without attaching${cut})`);
    console.log(
      `  running      ${r.secondsRunning} s of ${r.secondsObserved} s (${r.runningPercent} %)`,
    );
    console.log(`  starts       ${r.starts} (first one is the install, with onInstalled)`);
    console.log(`  starts/hour  ${r.startsPerHour} (extrapolated)`);
  }
}

function printPaint({
  rounds,
  warmup,
  streakMinutes,
  tracking,
  onBreak,
  historyDays,
  yearOfHistory,
}) {
  const ms = (v) => `${v ?? '–'}`.padStart(7);
  const range = (s) => `${ms(s.medianMs)}  ${ms(s.minMs)} … ${ms(s.maxMs)}`;
  console.log(
    `\nPaints, ms after navigation start (${rounds} loads each after ${warmup} warm-up rounds;` +
      ' median, min … max; − blank pairs each load with the blank page of the same round)',
  );
  console.log(
    '  page     figure          median      min …     max   − blank: median      min …     max',
  );
  for (const [label, group] of [
    [`tracking, ${streakMinutes} min into a streak`, tracking],
    ['on a break', onBreak],
    [
      `tracking, ${streakMinutes} min into a streak, ${historyDays} days of history`,
      yearOfHistory.tracking,
    ],
    [`on a break, ${historyDays} days of history`, yearOfHistory.onBreak],
  ]) {
    console.log(`  [${label}]`);
    for (const [name, entry] of Object.entries(group)) {
      for (const f of Object.keys(FIGURES)) {
        if (!entry[f]) continue;
        const diff = entry[`${f}MinusBlank`];
        const missing = entry[f].missing ? `  (${entry[f].missing} missing)` : '';
        console.log(
          `  ${name.padEnd(8)} ${FIGURES[f].padEnd(13)} ${range(entry[f])}   ${diff ? range(diff) : ''}${missing}`,
        );
      }
      const elements = Object.entries(entry.lcpElements)
        .map(([el, n]) => `${el} ×${n}`)
        .join(', ');
      console.log(`  ${''.padEnd(8)} LCP element   ${elements}`);
    }
  }
}

function round(x) {
  return Math.round(x * 100) / 100;
}
