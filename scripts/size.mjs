// The size budget, checked by `npm test`: fails when a bundle grows past it.
import { BUDGETS_GZIP, bundleSizes } from './lib/sizes.mjs';

const sizes = bundleSizes();
let failed = false;
for (const [name, budget] of Object.entries(BUDGETS_GZIP)) {
  const size = sizes[name];
  if (!size) {
    console.error(`size: no ${name} found (run npm run zip first)`);
    failed = true;
    continue;
  }
  const ok = size.gzip <= budget;
  failed ||= !ok;
  const unit = name === 'zip' ? 'zip bytes' : 'gzip';
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name.padEnd(10)} ${(size.gzip / 1024).toFixed(1).padStart(6)} KB ${unit} (budget ${budget / 1024} KB)`,
  );
}
for (const name of ['popup + content', 'break + content', 'background + content']) {
  const size = sizes[name];
  if (size)
    console.log(`info ${name.padEnd(20)} ${(size.gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
}
process.exit(failed ? 1 : 0);
