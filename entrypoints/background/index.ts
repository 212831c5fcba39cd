/**
 * The background is a table of contents: each browser event becomes one
 * tracker event (see runner.ts). Listeners are added synchronously in main(),
 * which must not be async, so a worker woken by an event hears it.
 */
import { browser } from 'wxt/browser';
import { isClearHistoryMessage, parseCommandMessage } from '@/utils/messages';
import type { CommandReply } from '@/utils/messages';
import { openBreakChoices, RICH } from './notifications';
import { clearHistory, resetRunner, run, WAKE_ALARM } from './runner';
import { welcomeOnce } from './welcome';

/** Reconcile at every start: idle threshold, state, alarm and badge rebuilt from storage. */
const reconcile = () => void run({ type: 'start' });

export default defineBackground(() => {
  resetRunner();
  reconcile();

  browser.runtime.onStartup.addListener(reconcile);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    reconcile();
    if (reason === 'install') void welcomeOnce();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void run({ type: 'wake', scheduledFor: alarm.scheduledTime });
  });

  browser.idle.onStateChanged.addListener((idle) => void run({ type: 'idle', idle }));

  browser.notifications.onClicked.addListener((id) => {
    if (id === 'break' && !RICH) void openBreakChoices();
    else if (id === 'break') void run({ type: 'command', command: { type: 'takeBreak' } });
    else void browser.notifications.clear(id);
  });
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    if (id !== 'break') return;
    void run({ type: 'command', command: { type: button === 0 ? 'takeBreak' : 'snooze' } });
  });

  browser.commands.onCommand.addListener((name) => {
    if (name === 'take-break') void run({ type: 'command', command: { type: 'takeBreak' } });
    if (name === 'toggle-pause') void run({ type: 'command', command: { type: 'togglePause' } });
  });

  // A command succeeds unless the tracker refused it (and then changed nothing).
  browser.runtime.onMessage.addListener((message: unknown): Promise<CommandReply> | undefined => {
    const failed = (err: unknown): CommandReply => ({ ok: false, reason: String(err) });
    if (isClearHistoryMessage(message))
      return clearHistory().then((): CommandReply => ({ ok: true }), failed);
    const command = parseCommandMessage(message);
    if (!command) return undefined;
    return run({ type: 'command', command }).then(
      (result): CommandReply =>
        result.refused ? { ok: false, reason: result.refused } : { ok: true },
      failed,
    );
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && 'settings' in changes) void run({ type: 'settings' });
  });
});
