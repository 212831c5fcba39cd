import { i18n } from '#i18n';
import { useId, useState } from 'preact/hooks';
import { formatDuration } from '@/utils/format';
import { useStore } from '@/components/store';
import { applyPreset, matchingPreset, PRESETS, type Preset } from '@/utils/presets';
import { MINUTE } from '@/utils/time';
import { Section } from './Section';

const NAMES = {
  gentle: () => i18n.t('options.presets.gentle.name'),
  standard: () => i18n.t('options.presets.standard.name'),
  frequent: () => i18n.t('options.presets.frequent.name'),
} satisfies Record<Preset['id'], () => string>;

const ABOUT = {
  gentle: () => i18n.t('options.presets.gentle.about'),
  standard: () => i18n.t('options.presets.standard.about'),
  frequent: () => i18n.t('options.presets.frequent.about'),
} satisfies Record<Preset['id'], () => string>;

function summary(preset: Preset, locale: string): string {
  const v = preset.values;
  const d = (minutes: number) => formatDuration(minutes * MINUTE, locale);
  return i18n.t('options.presets.summary', [
    d(v.nudgeIntervalMinutes),
    d(v.breakMinutes),
    d(v.breakIntervalMinutes),
    new Intl.NumberFormat(locale).format(v.dailyBreakGoal),
  ]);
}

/**
 * The three presets as radio buttons; choosing one saves it at once (only the
 * rhythm: a preset leaves the user's other settings alone). The checked one
 * is whichever the stored settings match.
 */
export function PresetPicker() {
  const store = useStore();
  const settings = store.snapshot.value?.settings;
  const [message, setMessage] = useState('');
  const name = useId();
  if (!settings) return null;
  const locale = i18n.t('locale');
  const current = matchingPreset(settings);

  const choose = async (preset: Preset) => {
    const latest = store.snapshot.value?.settings ?? settings;
    try {
      await store.backend.saveSettings(applyPreset(latest, preset));
      setMessage(i18n.t('welcome.presets.saved', [NAMES[preset.id]()]));
    } catch {
      setMessage(i18n.t('welcome.presets.failed'));
    }
  };

  return (
    <Section heading={i18n.t('welcome.presets.heading')}>
      {(headingId) => (
        <>
          <p class="hint">{i18n.t('welcome.presets.hint')}</p>
          <div class="presets" role="radiogroup" aria-labelledby={headingId}>
            {PRESETS.map((preset) => {
              const id = `${name}-${preset.id}`;
              return (
                <div class="preset" key={preset.id}>
                  <input
                    type="radio"
                    id={id}
                    name={name}
                    value={preset.id}
                    checked={current === preset.id}
                    aria-labelledby={`${id}-name`}
                    aria-describedby={`${id}-about`}
                    onChange={() => void choose(preset)}
                  />
                  <label for={id}>
                    <span id={`${id}-name`} class="preset-name">
                      {NAMES[preset.id]()}
                    </span>
                    <span id={`${id}-about`} class="preset-about">
                      {ABOUT[preset.id]()} {summary(preset, locale)}
                    </span>
                  </label>
                </div>
              );
            })}
          </div>
          <p role="status" class="status">
            {message}
          </p>
        </>
      )}
    </Section>
  );
}
