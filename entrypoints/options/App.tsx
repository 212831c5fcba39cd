import { i18n } from '#i18n';
import { useStore } from '@/components/store';
import { ActiveHours } from '@/components/options/ActiveHours';
import { CheckField } from '@/components/options/CheckField';
import { ChoiceField } from '@/components/options/ChoiceField';
import { NumberField } from '@/components/options/NumberField';
import { PresetPicker } from '@/components/options/PresetPicker';
import { ResetSettings } from '@/components/options/ResetSettings';
import { SaveStatus } from '@/components/options/SaveStatus';
import { Section } from '@/components/options/Section';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { TestReminder } from '@/components/options/TestReminder';
import type { FormTiming } from '@/components/options/settings-form';
import { useSettingsForm } from '@/components/options/use-settings-form';
import { applyPreset, presetById, type PresetId } from '@/utils/presets';
import { defaultSettings, type BadgeStyle } from '@/utils/settings';
import { localDayKey } from '@/utils/time';
import { HistoryPanel } from '@/components/history/HistoryPanel';

export interface Props {
  /** Debounce and write spacing; tests shorten them. */
  timing?: FormTiming;
}

/** The options page: the settings, grouped as people think of them, then backup and reset. */
export function App({ timing }: Props) {
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
        <NumberField form={form} name="breakIntervalMinutes" />
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

      <Section
        id="activeHours"
        heading={t('options.sections.activeHours.heading')}
        intro={t('options.sections.activeHours.intro')}
      >
        <ActiveHours form={form} />
      </Section>

      <Section id="backup" heading={t('options.backup.heading')} intro={t('options.backup.intro')}>
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

      <HistoryPanel />

      <SaveStatus
        state={form.state.value}
        onRetry={() => form.commit()}
        onShowFirst={() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()}
      />
    </main>
  );
}
