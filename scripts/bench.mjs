// `npm run bench`: bundle sizes, popup paint time and service-worker residency.
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
    console.log('Measuring popup first contentful paint…');
    results.paint = await measurePaint({ extensionDir });
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
  if (paint) {
    const ms = (v) => `${v ?? '–'} ms`.padStart(9);
    console.log(
      `\nFirst contentful paint (${paint.rounds} loads each, ${paint.warmup} warm-up rounds)`,
    );
    console.log('  page         median       min       max   timeouts');
    for (const name of ['popup', 'blank']) {
      const p = paint[name];
      console.log(
        `  ${name.padEnd(8)} ${ms(p.medianMs)} ${ms(p.minMs)} ${ms(p.maxMs)}   ${p.timeouts}`,
      );
    }
    console.log(`  popup − blank (medians): ${paint.popupMinusBlankMedianMs} ms`);
  }
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

function round(x) {
  return Math.round(x * 100) / 100;
}
