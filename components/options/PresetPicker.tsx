import { i18n } from '#i18n';
import { formatMinutes } from '@/utils/format';
import { matchingPreset, PRESETS, type PresetId } from '@/utils/presets';
import type { Settings } from '@/utils/settings';

export interface Props {
  /** The stored settings: the preset they match is marked as in use. */
  current: Settings;
  onApply(id: PresetId): void;
}

/** The three presets, each with what it is for and what it sets, in numbers. */
export function PresetPicker({ current, onApply }: Props) {
  const locale = i18n.t('locale');
  const inUse = matchingPreset(current);
  return (
    <ul class="presets" role="list">
      {PRESETS.map(({ id, values }) => (
        <li key={id} class={id === inUse ? 'preset in-use' : 'preset'}>
          <h3 id={`preset-${id}`}>
            {i18n.t(`options.presets.${id}.name`)}
            {id === inUse && <span class="tag">{i18n.t('options.presets.inUse')}</span>}
          </h3>
          <p id={`preset-${id}-about`}>{i18n.t(`options.presets.${id}.about`)}</p>
          <p id={`preset-${id}-summary`} class="hint">
            {i18n.t('options.presets.summary', [
              formatMinutes(values.nudgeIntervalMinutes, locale),
              formatMinutes(values.breakMinutes, locale),
              formatMinutes(values.breakIntervalMinutes, locale),
              String(values.dailyBreakGoal),
            ])}
          </p>
          <button
            type="button"
            aria-describedby={`preset-${id}-about preset-${id}-summary`}
            onClick={() => onApply(id)}
          >
            {i18n.t(`options.presets.${id}.use`)}
          </button>
        </li>
      ))}
    </ul>
  );
}
