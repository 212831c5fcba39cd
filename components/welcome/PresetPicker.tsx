import { i18n } from '#i18n';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { formatDuration } from '@/utils/format';
import { useStore } from '@/components/store';
import { pageClock } from '@/components/page-clock';
import { applyPreset, matchingPreset, PRESETS, type Preset, type PresetId } from '@/utils/presets';
import { sameData } from '@/utils/settings-file';
import { createSettingsWriter, DEFAULT_MIN_GAP_MS } from '@/utils/settings-writer';
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

export interface Props {
  /** Least time between two writes; tests may shorten it. */
  minGapMs?: number;
}

/**
 * The three presets as radio buttons; choosing one saves it (only the rhythm:
 * a preset leaves the user's other settings alone). Arrow keys move through
 * the cards and each move is a choice, so saving goes through the coalescing
 * writer: a held key writes a few times, not once per card. The checked card
 * is the one last chosen while its save is on its way, then whichever the
 * stored settings match.
 */
export function PresetPicker({ minGapMs = DEFAULT_MIN_GAP_MS }: Props) {
  const store = useStore();
  const settings = store.snapshot.value?.settings;
  const [message, setMessage] = useState('');
  const [chosen, setChosen] = useState<PresetId | null>(null);
  const name = useId();
  /** The last card chosen: a save that a later choice replaced says nothing. */
  const latestChoice = useRef<PresetId | null>(null);
  const writer = useMemo(
    () =>
      createSettingsWriter({
        write: (next) => store.backend.saveSettings(next),
        isStored: (next) => sameData(next, store.snapshot.peek()?.settings),
        minGapMs,
        clock: pageClock,
        onWaiting(retryAt) {
          const id = latestChoice.current;
          if (!id) return;
          const wait = formatDuration(retryAt - Date.now(), i18n.t('locale'));
          setMessage(i18n.t('welcome.presets.waiting', [NAMES[id](), wait]));
        },
      }),
    [store],
  );
  useEffect(() => {
    const onHide = () => writer.flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      writer.flush();
      writer.dispose();
    };
  }, [writer]);
  if (!settings) return null;
  const locale = i18n.t('locale');
  const current = chosen ?? matchingPreset(settings);

  const choose = async (preset: Preset) => {
    latestChoice.current = preset.id;
    setChosen(preset.id);
    // The rhythm goes onto whatever else is stored by now (another tab may have changed it).
    const latest = store.snapshot.peek()?.settings ?? settings;
    const result = await writer.save(applyPreset(latest, preset));
    // A later choice replaced this one: its own outcome speaks for both.
    if (latestChoice.current !== preset.id) return;
    latestChoice.current = null;
    setChosen(null);
    setMessage(
      result.ok
        ? i18n.t('welcome.presets.saved', [NAMES[preset.id]()])
        : i18n.t('welcome.presets.failed'),
    );
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
