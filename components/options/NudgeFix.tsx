import { i18n } from '#i18n';
import { formatMinutes } from '@/utils/format';
import type { SettingsForm } from './settings-form';

export interface Props {
  form: SettingsForm;
}

/**
 * The break interval field's message while the rule is broken. The rule is
 * only checked once both intervals are valid numbers, so the field never has
 * a message of its own at the same time.
 */
export const NUDGE_FIX_ID = 'field-breakIntervalMinutes-error';

/**
 * The one rule across two fields (nudges more often than breaks) broken by
 * typing in the break interval: the message goes where the user is typing,
 * with the two ways out one click away. (Typed in the nudge field, the
 * message is already there, under it.)
 */
export function nudgeConflict(form: SettingsForm): boolean {
  const message = form.errors.value.nudgeIntervalMinutes;
  return (
    message === i18n.t('settings.errors.nudgeNotShorter') &&
    form.lastEdited.value === 'breakIntervalMinutes'
  );
}

/** A nudge half as often as the break interval, or none when that leaves no room. */
function suggestedNudge(breakText: string): number | null {
  const breakMinutes = Number(breakText);
  const minutes = Math.floor(breakMinutes / 2);
  return Number.isInteger(breakMinutes) && minutes >= 1 && minutes < breakMinutes ? minutes : null;
}

export function NudgeFix({ form }: Props) {
  if (!nudgeConflict(form)) return null;
  const suggested = suggestedNudge(form.draft.value.breakIntervalMinutes);
  const locale = i18n.t('locale');
  return (
    <div class="fix" role="group" aria-labelledby={NUDGE_FIX_ID}>
      <p id={NUDGE_FIX_ID} class="error">
        {i18n.t('settings.errors.nudgeNotShorter')}
      </p>
      <div class="fix-actions">
        <button type="button" onClick={() => form.edit({ nudgeEnabled: false }, 'now')}>
          {i18n.t('options.fix.nudgesOff')}
        </button>
        {suggested !== null && (
          <button
            type="button"
            onClick={() => form.edit({ nudgeIntervalMinutes: String(suggested) }, 'now')}
          >
            {i18n.t('options.fix.nudgesEvery', [formatMinutes(suggested, locale)])}
          </button>
        )}
      </div>
    </div>
  );
}
