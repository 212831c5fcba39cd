import { i18n } from '#i18n';
import { useStore } from '@/components/store';
import { ActiveHours } from '@/components/options/ActiveHours';
import { CheckField } from '@/components/options/CheckField';
import { ChoiceField } from '@/components/options/ChoiceField';
import { NumberField } from '@/components/options/NumberField';
import { NUDGE_FIX_ID, NudgeFix, nudgeConflict } from '@/components/options/NudgeFix';
import { PresetPicker } from '@/components/options/PresetPicker';
import { ResetSettings } from '@/components/options/ResetSettings';
import { SaveStatus } from '@/components/options/SaveStatus';
import { Section } from '@/components/options/Section';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { ShortcutsList } from '@/components/options/Shortcuts';
import type { ShortcutSource } from '@/utils/shortcuts';
import { TestReminder } from '@/components/options/TestReminder';
import type { FormTiming } from '@/components/options/settings-form';
import { useSettingsForm } from '@/components/options/use-settings-form';
import { applyPreset, presetById, type PresetId } from '@/utils/presets';
import { defaultSettings, type BadgeStyle } from '@/utils/settings';
import { localDayKey } from '@/utils/time';
import { AdvancedSettings } from '@/components/options/AdvancedSettings';
import { SectionNav } from '@/components/options/SectionNav';

/** Folded under Advanced: changed rarely, and only by people who know they want to. */
const ADVANCED_FIELDS = [
  'repeatIntervalMinutes',
  'repeatCount',
  'holdWhileFullscreen',
  'holdWhileAudible',
  'holdMaxMinutes',
  'audibleCountsAsSitting',
] as const;

export interface Props {
  /** Debounce and write spacing; tests shorten them. */
  timing?: FormTiming;
  /** Where the keyboard shortcuts come from (the browser; a fake in tests). */
  shortcuts?: ShortcutSource;
}

/**
 * The options page: the settings in four groups (rhythm, when, appearance,
 * backup) behind a navigation landmark, with the rarely changed ones folded
 * under Advanced. The history has a page of its own.
 */
export function App({ timing, shortcuts }: Props) {
  const store = useStore();
  const form = useSettingsForm(store, timing);
  const draft = form.draft.value;
  const t = i18n.t;

  const usePreset = (id: PresetId) =>
    void form.replace(
      applyPreset(form.saved.value, presetById(id)),
      t('options.presets.applied', [t(`options.presets.${id}.name`)]),
    );

  return (
    <main>
      <header class="page-head">
        <h1>{t('options.heading')}</h1>
        <p>{t('options.intro')}</p>
      </header>
      <SectionNav />

      <div class="group" id="rhythm">
        <Section
          id="presets"
          heading={t('options.presets.heading')}
          intro={t('options.presets.intro')}
        >
          <PresetPicker current={form.saved.value} onApply={usePreset} />
        </Section>

        <Section
          id="nudges"
          heading={t('options.sections.nudges.heading')}
          intro={t('options.sections.nudges.intro')}
        >
          <CheckField
            id="field-nudgeEnabled"
            label={t('options.fields.nudgeEnabled.label')}
            checked={draft.nudgeEnabled}
            onChange={(on) => form.edit({ nudgeEnabled: on }, 'now')}
          />
          <NumberField form={form} name="nudgeIntervalMinutes" />
        </Section>

        <Section
          id="breaks"
          heading={t('options.sections.breaks.heading')}
          intro={t('options.sections.breaks.intro')}
        >
          <NumberField
            form={form}
            name="breakIntervalMinutes"
            alsoInvalid={nudgeConflict(form) ? NUDGE_FIX_ID : undefined}
          />
          <NudgeFix form={form} />
          <NumberField form={form} name="breakMinutes" />
          <NumberField form={form} name="naturalBreakMinutes" />
          <NumberField form={form} name="dailyBreakGoal" />
        </Section>

        <Section
          id="ignored"
          heading={t('options.sections.ignored.heading')}
          intro={t('options.sections.ignored.intro')}
        >
          <NumberField form={form} name="snoozeMinutes" />
        </Section>
      </div>

      <div class="group" id="when">
        <Section
          id="activeHours"
          heading={t('options.sections.activeHours.heading')}
          intro={t('options.sections.activeHours.intro')}
        >
          <ActiveHours form={form} />
        </Section>
      </div>

      <div class="group" id="appearance">
        <Section
          id="breakTime"
          heading={t('options.sections.breakTime.heading')}
          intro={t('options.sections.breakTime.intro')}
        >
          <CheckField
            id="field-breakAction"
            role="switch"
            label={t('options.fields.breakAction.label')}
            hint={t('options.fields.breakAction.hint')}
            checked={draft.breakAction === 'window'}
            onChange={(on) => form.edit({ breakAction: on ? 'window' : 'notification' }, 'now')}
          />
          <TestReminder send={() => store.send({ type: 'testReminder' })} />
        </Section>

        {shortcuts && (
          <Section id="shortcuts" heading={t('popup.shortcuts.heading')}>
            <ShortcutsList source={shortcuts} />
          </Section>
        )}

        <Section
          id="badge"
          heading={t('options.sections.badge.heading')}
          intro={t('options.sections.badge.intro')}
        >
          <ChoiceField<BadgeStyle>
            name="badgeStyle"
            legend={t('options.fields.badgeStyle.label')}
            value={draft.badgeStyle}
            choices={[
              {
                value: 'quiet',
                label: t('options.fields.badgeStyle.quiet'),
                hint: t('options.fields.badgeStyle.quietHint'),
              },
              {
                value: 'countdown',
                label: t('options.fields.badgeStyle.countdown'),
                hint: t('options.fields.badgeStyle.countdownHint'),
              },
            ]}
            onChange={(badgeStyle) => form.edit({ badgeStyle }, 'now')}
          />
        </Section>
      </div>

      <AdvancedSettings fields={ADVANCED_FIELDS} errors={form.errors.value}>
        <Section
          id="repeats"
          heading={t('options.sections.repeats.heading')}
          intro={t('options.sections.repeats.intro')}
        >
          <NumberField form={form} name="repeatIntervalMinutes" />
          <NumberField form={form} name="repeatCount" />
        </Section>

        <Section
          id="focus"
          heading={t('options.sections.focus.heading')}
          intro={t('options.sections.focus.intro')}
        >
          <CheckField
            id="field-holdWhileFullscreen"
            label={t('options.fields.holdWhileFullscreen.label')}
            hint={t('options.fields.holdWhileFullscreen.hint')}
            checked={draft.holdWhileFullscreen}
            onChange={(on) => form.edit({ holdWhileFullscreen: on }, 'now')}
          />
          <CheckField
            id="field-holdWhileAudible"
            label={t('options.fields.holdWhileAudible.label')}
            hint={t('options.fields.holdWhileAudible.hint')}
            checked={draft.holdWhileAudible}
            onChange={(on) => form.edit({ holdWhileAudible: on }, 'now')}
          />
          <NumberField form={form} name="holdMaxMinutes" />
          <CheckField
            id="field-audibleCountsAsSitting"
            label={t('options.fields.audibleCountsAsSitting.label')}
            hint={t('options.fields.audibleCountsAsSitting.hint')}
            checked={draft.audibleCountsAsSitting}
            onChange={(on) => form.edit({ audibleCountsAsSitting: on }, 'now')}
          />
        </Section>
      </AdvancedSettings>

      <div class="group" id="backup">
        <Section
          id="backup"
          heading={t('options.backup.heading')}
          intro={t('options.backup.intro')}
        >
          <SettingsTransfer
            saved={form.saved.value}
            dayKey={localDayKey(store.now.value)}
            apply={(settings) => form.replace(settings)}
          />
        </Section>

        <Section id="reset" heading={t('options.reset.heading')}>
          <ResetSettings
            onReset={() => void form.replace(defaultSettings(), t('options.reset.done'))}
          />
        </Section>
      </div>

      <SaveStatus
        state={form.state.value}
        onRetry={() => form.commit()}
        onShowFirst={() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()}
      />
    </main>
  );
}
