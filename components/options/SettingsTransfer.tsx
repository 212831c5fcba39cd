import { i18n } from '#i18n';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Settings } from '@/utils/settings';
import {
  MAX_SETTINGS_FILE_BYTES,
  parseSettingsFile,
  settingLabel,
  settingsFileName,
  settingsFileText,
  tooLargeMessage,
} from '@/utils/settings-file';
import type { SaveResult } from './settings-form';

export interface Props {
  /** The stored settings: what export writes and what import compares against. */
  saved: Settings;
  /** Local day key for the file name. */
  dayKey: string;
  apply(settings: Settings): Promise<SaveResult>;
}

type Outcome = { kind: 'failed'; lines: string[] } | { kind: 'imported'; lines: string[] } | null;

/** A value as the options page shows it. */
function shown(key: keyof Settings, value: unknown): string {
  if (key === 'breakAction') return i18n.t(`options.values.${value as Settings['breakAction']}`);
  if (key === 'badgeStyle')
    return i18n.t(`options.fields.badgeStyle.${value as Settings['badgeStyle']}`);
  if (key === 'activeHoursEnabled')
    return i18n.t(`options.fields.activeHoursEnabled.${value ? 'scheduled' : 'always'}`);
  if (typeof value === 'boolean') return i18n.t(value ? 'options.values.on' : 'options.values.off');
  return String(value);
}

function describeChange(key: keyof Settings, before: Settings, after: Settings): string {
  if (key === 'activeDays') return settingLabel(key);
  return i18n.t('options.backup.changedItem', [
    settingLabel(key),
    shown(key, before[key]),
    shown(key, after[key]),
  ]);
}

/**
 * Export is a plain download link to a Blob of the stored settings. Import
 * reads the chosen file, checks all of it, and only then applies it, saying
 * what changed, or listing every problem and changing nothing.
 */
export function SettingsTransfer({ saved, dayKey, apply }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const text = settingsFileText(saved);
  const href = useMemo(
    () => URL.createObjectURL(new Blob([text], { type: 'application/json' })),
    [text],
  );
  useEffect(() => () => URL.revokeObjectURL(href), [href]);

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setOutcome(null);
    const fail = (lines: string[]) => setOutcome({ kind: 'failed', lines });
    try {
      if (file.size > MAX_SETTINGS_FILE_BYTES) return fail([tooLargeMessage()]);
      let content: string;
      try {
        content = await file.text();
      } catch (err) {
        return fail([i18n.t('settingsFile.errors.readFailed', [String(err)])]);
      }
      const before = saved;
      const parsed = parseSettingsFile(content, before);
      if (!parsed.ok) return fail(parsed.errors);
      const result = await apply(parsed.settings);
      if (!result.ok) return fail([i18n.t('options.backup.saveFailed', [result.reason])]);
      setOutcome({
        kind: 'imported',
        lines: parsed.changed.map((key) => describeChange(key, before, parsed.settings)),
      });
    } catch {
      // Nothing above should throw; if something does, the page still answers.
      fail([i18n.t('settingsFile.errors.unexpected')]);
    } finally {
      // Let the same file be chosen again (after fixing it, say).
      input.value = '';
    }
  };

  return (
    <div class="transfer">
      <div class="field">
        <a
          class="button"
          href={href}
          download={settingsFileName(dayKey)}
          aria-describedby="export-hint"
        >
          {i18n.t('options.backup.export')}
        </a>
        <p id="export-hint" class="hint">
          {i18n.t('options.backup.exportHint')}
        </p>
      </div>
      <div class="field">
        <label for="import-file">{i18n.t('options.backup.import')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={(e) => void importFile(e.currentTarget)}
        />
        <p id="import-hint" class="hint">
          {i18n.t('options.backup.importHint')}
        </p>
      </div>
      <div role="status" class="import-result">
        {outcome?.kind === 'imported' && (
          <>
            <p>
              {outcome.lines.length > 0
                ? i18n.t('options.backup.imported')
                : i18n.t('options.backup.importedNone')}
            </p>
            {outcome.lines.length > 0 && (
              <ul>
                {outcome.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <div role="alert" class="problem">
          <p>{i18n.t('options.backup.failed')}</p>
          <ul>
            {outcome.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
