// Makes sure Debian's Firefox ESR, its Arabic language pack, Xvfb and xdotool
// are there for the Firefox tests (the headful ones run under Xvfb): installs
// what is missing with apt-get when we are root, or stops with the exact
// command to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ARABIC_LANGPACK, findFirefox } from './lib/firefox.mjs';

const onPath = (name) => {
  try {
    execSync(`command -v ${name}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const present = {
  'firefox-esr': () => Boolean(findFirefox()),
  'firefox-esr-l10n-ar': () => existsSync(ARABIC_LANGPACK),
  xvfb: () => onPath('Xvfb'),
  xdotool: () => onPath('xdotool'),
};
const missing = () => Object.keys(present).filter((p) => !present[p]());

let needed = missing();
if (needed.length) {
  const command = `apt-get update && apt-get install -y ${needed.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(
      `The Firefox tests need ${needed.join(', ')}. Install as root with:\n  sudo sh -c '${command}'`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian's packages: ${command}`);
  execSync(command, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  needed = missing();
  if (needed.length) {
    console.error(`apt-get finished but these are still missing: ${needed.join(', ')}`);
    process.exit(1);
  }
}
const version = execSync(`${findFirefox()} --version`, { encoding: 'utf8' }).trim();
console.log(`Using ${findFirefox()} (${version}), with the Arabic language pack, Xvfb and xdotool`);
