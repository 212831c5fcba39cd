// Makes sure Debian's Chromium is there for the browser tests: installs it
// with apt-get when we are root, or stops with the exact command to run.
import { execSync } from 'node:child_process';
import { findChromium } from './lib/chromium.mjs';

const command = 'apt-get update && apt-get install -y chromium';
let path = findChromium();
if (!path) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is needed for the browser tests. Install it as root with:\n  sudo sh -c '${command}'`,
    );
    process.exit(1);
  }
  console.log(`Chromium not found; installing Debian's package: ${command}`);
  execSync(command, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  path = findChromium();
  if (!path) {
    console.error('apt-get finished but no chromium binary was found.');
    process.exit(1);
  }
}
console.log(`Using ${path}`);
