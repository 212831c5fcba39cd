/**
 * What a page needs from the extension, behind one interface: read and watch
 * the stored tracker state, settings and history; send commands; save
 * settings. Components get it through their store, so tests can hand them a
 * fake and no component touches the browser APIs.
 */
import { browser } from 'wxt/browser';
import type { History } from './history';
import { clearHistoryMessage, commandMessage, type CommandReply } from './messages';
import { repairHistory } from './history';
import { repairSettings, type Settings } from './settings-core';
import {
  historyItem,
  loadHistory,
  loadSettings,
  loadTracker,
  settingsItem,
  trackerItem,
} from './storage';
import { localDayKey } from './time';
import { initialState, repairState } from './tracker/state';
import type { Command, TrackerState } from './tracker/types';

export interface Snapshot {
  tracker: TrackerState;
  settings: Settings;
  history: History;
}

export interface Backend {
  load(): Promise<Snapshot>;
  /** Calls back with each change; returns the function that stops watching. */
  watch(onChange: (change: Partial<Snapshot>) => void): () => void;
  send(command: Command): Promise<CommandReply>;
  /** Writes settings (already validated) to storage.sync; rejects on quota or storage errors. */
  saveSettings(settings: Settings): Promise<void>;
  clearHistory(): Promise<void>;
  openOptions(): Promise<void>;
}

export function browserBackend(): Backend {
  return {
    async load() {
      const [tracker, settings, history] = await Promise.all([
        loadTracker(),
        loadSettings(),
        loadHistory(localDayKey(Date.now())),
      ]);
      return { tracker, settings, history };
    },
    watch(onChange) {
      const stops = [
        trackerItem.watch((v) =>
          onChange({ tracker: v === null ? initialState() : repairState(v) }),
        ),
        settingsItem.watch((v) => onChange({ settings: repairSettings(v) })),
        historyItem.watch((v) => onChange({ history: repairHistory(v, localDayKey(Date.now())) })),
      ];
      return () => stops.forEach((stop) => stop());
    },
    async send(command) {
      try {
        const reply = (await browser.runtime.sendMessage(commandMessage(command))) as
          CommandReply | undefined;
        return reply ?? { ok: false, reason: 'noReply' };
      } catch (err) {
        return { ok: false, reason: String(err) };
      }
    },
    async saveSettings(settings) {
      await settingsItem.setValue(settings);
    },
    async clearHistory() {
      // Through the background, the history's one writer, so a step running at
      // the same moment cannot write the cleared days back.
      const reply = (await browser.runtime.sendMessage(clearHistoryMessage())) as
        CommandReply | undefined;
      if (!reply?.ok) throw new Error(reply?.reason ?? 'noReply');
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
  };
}
