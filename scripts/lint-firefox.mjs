// web-ext lint of the Firefox build: no errors, and no warnings except the one
// Preact's renderer always raises (its own innerHTML handling).
import { execFileSync } from 'node:child_process';

const out = execFileSync(
  'npx',
  [
    'web-ext',
    'lint',
    '--source-dir',
    '.output/firefox-mv3',
    '--output',
    'json',
    '--no-config-discovery',
  ],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
const report = JSON.parse(out.slice(out.indexOf('{')));
const allowed = (w) => w.code === 'UNSAFE_VAR_ASSIGNMENT' && /jsxRuntime|preact/.test(w.file);
const problems = [...report.errors, ...report.warnings.filter((w) => !allowed(w))];
const allowedCount = report.warnings.length - report.warnings.filter((w) => !allowed(w)).length;
for (const p of problems) console.error(`${p._type} ${p.code} ${p.file ?? ''}: ${p.message}`);
console.log(
  `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${allowedCount} expected from Preact), ${report.summary.notices} notices`,
);
process.exit(problems.length ? 1 : 0);
