import { i18n } from '#i18n';
import { LIMITS, type NumberField as Field } from '@/utils/settings';
import type { Draft } from './draft';
import type { SettingsForm } from './settings-form';

export interface Props {
  form: SettingsForm;
  name: Field;
  /** A message about this field that lives elsewhere (a rule across two fields): its element id. */
  alsoInvalid?: string;
}

/**
 * A whole-number setting. Typing only edits the draft; the value is committed
 * on change (blur, Enter, the spin buttons) or after a pause in typing. A bad
 * value stays in the field, with the message right under it.
 */
export function NumberField({ form, name, alsoInvalid }: Props) {
  const id = `field-${name}`;
  const error = form.errors.value[name];
  const [min, max] = LIMITS[name];
  return (
    <div class="field">
      <label for={id}>{i18n.t(`options.fields.${name}.label`)}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={form.draft.value[name]}
        aria-invalid={error || alsoInvalid ? 'true' : undefined}
        aria-describedby={[error && `${id}-error`, alsoInvalid, `${id}-hint`]
          .filter(Boolean)
          .join(' ')}
        onInput={(e) => form.edit({ [name]: e.currentTarget.value } as Partial<Draft>)}
        onChange={() => form.commit()}
      />
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
      <p id={`${id}-hint`} class="hint">
        {i18n.t(`options.fields.${name}.hint`)}
      </p>
    </div>
  );
}
