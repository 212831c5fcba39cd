/**
 * The form's copy of the settings while the user edits it. Number fields keep
 * the text as typed (so a bad entry stays in the field next to its message);
 * everything else already has its final type. Converting back gives the
 * validator an honest picture: an empty field is missing, not zero.
 */
import { LIMITS, type NumberField, type Settings } from '@/utils/settings';

export type Draft = { [K in keyof Settings]: K extends NumberField ? string : Settings[K] };

export const NUMBER_FIELDS = Object.keys(LIMITS) as NumberField[];

const isNumberField = (key: string): key is NumberField => key in LIMITS;

export function toDraft(settings: Settings): Draft {
  const draft = structuredClone(settings) as unknown as Record<string, unknown>;
  for (const key of NUMBER_FIELDS) draft[key] = String(settings[key]);
  return draft as Draft;
}

/** The draft as the validator should see it: numbers parsed, blanks missing, nothing coerced. */
export function fromDraft(draft: Draft): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(draft);
  for (const [key, value] of Object.entries(draft)) {
    if (!isNumberField(key)) continue;
    const text = (value as string).trim();
    out[key] = text === '' ? undefined : Number(text);
  }
  return out;
}
