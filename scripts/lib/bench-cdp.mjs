// A Chromium we launch ourselves and talk to over --remote-debugging-pipe.
// Playwright auto-attaches to the service workers of a persistent context, and
// an attached worker never idles out, so the residency benchmark cannot use
// launchExtension(): here nothing attaches unless we ask, which we never do.
// The pipe also spares us a WebSocket client (Node 20 has none by default).
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { extensionArgs, findChromium, newProfileDir } from './chromium.mjs';

// The same switches as launchExtension(), plus our own pipe and profile.
function chromiumArgs(extensionDir, profileDir) {
  return [
    '--headless',
    ...extensionArgs({ extensionDir }),
    `--user-data-dir=${profileDir}`,
    '--remote-debugging-pipe',
    'about:blank',
  ];
}

/** Launches Chromium with the extension on a fresh profile; returns a browser-level CDP client. */
export async function launchRawChromium({ extensionDir }) {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs`');
  const profileDir = newProfileDir();
  // fd 3: what Chromium reads (our commands); fd 4: what it writes back.
  const child = spawn(executablePath, chromiumArgs(extensionDir, profileDir), {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, LANGUAGE: 'en', LANG: 'en_US.UTF-8' },
    // Own process group: a Ctrl-C in the terminal reaches only us, and we close it cleanly.
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // If we die without close(), Chromium quits by itself when the pipe closes; this
  // removes the profile (a race with Chromium's last writes may leave some of it).
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true });
  process.once('exit', removeProfile);

  let nextId = 1;
  const pending = new Map();
  const listeners = new Map();
  let buffer = '';
  // Messages on the pipe are JSON texts separated by NUL bytes.
  child.stdio[4].setEncoding('utf8');
  child.stdio[4].on('data', (chunk) => {
    buffer += chunk;
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const msg = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (msg.id && pending.has(msg.id)) {
        const { resolve, reject, method } = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
        else resolve(msg.result);
      } else if (msg.method) {
        for (const fn of listeners.get(msg.method) ?? []) fn(msg.params);
      }
    }
  });
  exited.then((code) => {
    for (const { reject, method } of pending.values())
      reject(new Error(`${method}: Chromium exited (${code})\n${stderr}`));
    pending.clear();
  });

  const cdp = {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject, method });
        child.stdio[3].write(JSON.stringify({ id, method, params }) + '\0');
      });
    },
    on(event, fn) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
    },
  };

  return {
    cdp,
    async close() {
      await Promise.race([
        cdp.send('Browser.close').catch(() => {}),
        new Promise((r) => setTimeout(r, 5000)),
      ]);
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
      process.off('exit', removeProfile);
      removeProfile();
    },
  };
}
