import { i18n } from '#i18n';
import { validateSettings } from '@/utils/settings';
import { weekdayName } from '@/utils/settings-file';
import { ChoiceField } from './ChoiceField';
import { fromDraft } from './draft';
import type { SettingsForm } from './settings-form';

export interface Props {
  form: SettingsForm;
}

/** Weekday indexes (0 = Sunday) in the order the locale's week runs. */
function weekOrder(locale: string): number[] {
  let first = 0;
  try {
    const info = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    first = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 0;
  } catch {
    // An engine without week data: start on Sunday, like the stored order.
  }
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

/**
 * Always on, or one time range per weekday. Hiding the days drops edits to
 * them that are not valid, so a hidden field can never block saving.
 */
export function ActiveHours({ form }: Props) {
  const draft = form.draft.value;
  const errors = form.errors.value;
  const locale = i18n.t('locale');

  const choose = (scheduled: boolean) => {
    if (scheduled) return form.edit({ activeHoursEnabled: true }, 'now');
    const check = validateSettings(fromDraft(draft));
    const daysBroken =
      !check.ok && Object.keys(check.errors).some((p) => p.startsWith('activeDays'));
    form.edit(
      daysBroken
        ? { activeHoursEnabled: false, activeDays: structuredClone(form.saved.value.activeDays) }
        : { activeHoursEnabled: false },
      'now',
    );
  };

  return (
    <>
      <ChoiceField
        name="activeHoursEnabled"
        legend={i18n.t('options.fields.activeHoursEnabled.label')}
        value={draft.activeHoursEnabled ? 'scheduled' : 'always'}
        choices={[
          { value: 'always', label: i18n.t('options.fields.activeHoursEnabled.always') },
          { value: 'scheduled', label: i18n.t('options.fields.activeHoursEnabled.scheduled') },
        ]}
        onChange={(v) => choose(v === 'scheduled')}
      />
      {draft.activeHoursEnabled && (
        <fieldset class="field days" aria-describedby="days-hint">
          <legend>{i18n.t('options.fields.activeDays.label')}</legend>
          <p id="days-hint" class="hint">
            {i18n.t('options.fields.activeDays.hint')}
          </p>
          {weekOrder(locale).map((i) => {
            const day = draft.activeDays[i];
            if (!day) return null;
            const id = `day-${i}`;
            const startError = errors[`activeDays.${i}.start`];
            const endError = errors[`activeDays.${i}.end`];
            return (
              <div class="day" key={i}>
                <div class="day-name">
                  <input
                    id={id}
                    type="checkbox"
                    checked={day.enabled}
                    onChange={(e) => form.editDay(i, { enabled: e.currentTarget.checked }, 'now')}
                  />
                  <label id={`${id}-name`} for={id}>
                    {weekdayName(locale, i)}
                  </label>
                </div>
                <div class="day-times">
                  <label id={`${id}-from`} for={`${id}-start`}>
                    {i18n.t('options.fields.activeDays.from')}
                  </label>
                  <input
                    id={`${id}-start`}
                    type="time"
                    value={day.start}
                    aria-labelledby={`${id}-name ${id}-from`}
                    aria-invalid={startError ? 'true' : undefined}
                    aria-describedby={startError ? `${id}-start-error` : undefined}
                    onInput={(e) => form.editDay(i, { start: e.currentTarget.value })}
                    onChange={() => form.commit()}
                  />
                  <label id={`${id}-to`} for={`${id}-end`}>
                    {i18n.t('options.fields.activeDays.to')}
                  </label>
                  <input
                    id={`${id}-end`}
                    type="time"
                    value={day.end}
                    aria-labelledby={`${id}-name ${id}-to`}
                    aria-invalid={endError ? 'true' : undefined}
                    aria-describedby={endError ? `${id}-end-error` : undefined}
                    onInput={(e) => form.editDay(i, { end: e.currentTarget.value })}
                    onChange={() => form.commit()}
                  />
                </div>
                {startError && (
                  <p id={`${id}-start-error`} class="error">
                    {startError}
                  </p>
                )}
                {endError && (
                  <p id={`${id}-end-error`} class="error">
                    {endError}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      )}
    </>
  );
}
