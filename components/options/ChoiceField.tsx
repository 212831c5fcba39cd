export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface Props<T extends string> {
  name: string;
  legend: string;
  value: T;
  choices: Choice<T>[];
  onChange(value: T): void;
}

/** A radio group: arrow keys move between the choices, as in any native group. */
export function ChoiceField<T extends string>({
  name,
  legend,
  value,
  choices,
  onChange,
}: Props<T>) {
  return (
    <fieldset class="field choice">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <div class="option" key={choice.value}>
            <input
              id={id}
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint && (
              <p id={`${id}-hint`} class="hint">
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
