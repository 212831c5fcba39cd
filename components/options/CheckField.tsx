export interface Props {
  id: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
  /** 'switch' for an on/off choice that takes effect at once. */
  role?: 'switch';
}

/** A checkbox (or switch) with its label beside it and an optional hint below. */
export function CheckField({ id, label, hint, checked, onChange, role }: Props) {
  return (
    <div class="field check">
      <input
        id={id}
        type="checkbox"
        role={role}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
    </div>
  );
}
