/**
 * A private X display for headful Firefox, and xdotool on it. Xvfb picks a
 * free display number itself (-displayfd), so several runs on one machine
 * never collide. xdotool's input goes through X, as a person's would: it is
 * what Firefox's idle detector sees, and it can click Firefox's own
 * notification window.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';

export interface Xvfb {
  display: string;
  /** Runs xdotool on this display; returns its trimmed output. */
  xdotool(...args: string[]): string;
  stop(): Promise<void>;
}

export async function startXvfb(): Promise<Xvfb> {
  const child: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + d).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdio[3]!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    void exited.then(() => reject(new Error(`Xvfb exited before it chose a display\n${stderr}`)));
    setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
  });
  return {
    display,
    xdotool: (...args) =>
      execFileSync('xdotool', args, {
        env: { ...process.env, DISPLAY: display },
        encoding: 'utf8',
      }).trim(),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** X window ids of Firefox's own notification windows (WM_CLASS "Alert") on screen. */
export function alertWindows(x: Xvfb): string[] {
  try {
    return x
      .xdotool('search', '--onlyvisible', '--classname', '^Alert$')
      .split('\n')
      .filter(Boolean);
  } catch {
    return []; // xdotool exits 1 when nothing matches
  }
}

/** Waits for Firefox's notification window and clicks its middle, as a person would. */
export async function clickNotificationWindow(x: Xvfb, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ids = alertWindows(x);
  while (ids.length === 0) {
    if (Date.now() > deadline) throw new Error('no notification window on the screen');
    await new Promise((r) => setTimeout(r, 100));
    ids = alertWindows(x);
  }
  const geometry = Object.fromEntries(
    x
      .xdotool('getwindowgeometry', '--shell', ids[0]!)
      .split('\n')
      .map((line) => line.split('=') as [string, string]),
  );
  const cx = Number(geometry.X) + Math.floor(Number(geometry.WIDTH) / 2);
  const cy = Number(geometry.Y) + Math.floor(Number(geometry.HEIGHT) / 2);
  x.xdotool('mousemove', String(cx), String(cy));
  x.xdotool('click', '1');
}
