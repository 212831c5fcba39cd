/**
 * Hostile settings files, built as text (JSON.stringify cannot write
 * `__proto__` as a key, a number that overflows, a repeated key or a stray
 * BOM): prototype keys, deep nesting in every field, huge and non-finite
 * numbers, long strings, control and bidi characters, BOMs, padding up to
 * the byte-size limit.
 */
import fc from 'fast-check';
import { defaultSettings } from '@/utils/settings';
import { MAX_SETTINGS_FILE_BYTES } from '@/utils/settings-file';
import { validSettings } from '../components/options/settings-arbitrary';

const SETTING_KEYS = Object.keys(defaultSettings());

/** Characters that act instead of showing: what an error message must never carry raw. */
export const ACTIVE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066\u2067\ufeff]/u;
const nasty = fc.constantFrom(
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u061C',
  '\u0000',
  '\n',
  '\u0085',
  '\u2028',
  '\uFEFF',
  '\uD83D',
  '😀',
  'e\u0301',
  'ق',
);
const hostileString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.array(fc.oneof(nasty, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((a) => a.join('')),
  fc.integer({ min: 100, max: 20_000 }).map((n) => 'k'.repeat(n)),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
);

/** Numbers as JSON text, including ones JSON.stringify would never write. */
const numberText = fc.oneof(
  fc.constantFrom('1e400', '-1e400', '1e-400', '-0', '9007199254740993', '1.5', '0.0', '5e0'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(JSON.stringify(n))),
  fc.integer().map(String),
);

const deep = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => `${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}`);

const jsonText = (v: unknown) => JSON.stringify(v) ?? 'null';
export const key = (k: string) => JSON.stringify(k);
const object = (entries: [string, string][]) =>
  `{${entries.map(([k, v]) => `${key(k)}:${v}`).join(',')}}`;

/** Any value, as text: deep, numeric, stringy, or some random JSON. */
const hostileValue: fc.Arbitrary<string> = fc.oneof(
  deep,
  numberText,
  hostileString.map(jsonText),
  fc.jsonValue({ maxDepth: 3 }).map(jsonText),
  fc.constantFrom('true', 'false', 'null', '[]', '{}'),
  fc
    .array(fc.tuple(hostileString, fc.constantFrom('1', '"x"', 'null')), { maxLength: 4 })
    .map(object),
);

/** A day: good, or with fields swapped for hostile values and hostile keys added. */
const dayText = fc
  .record({
    enabled: fc.oneof(fc.constantFrom('true', 'false'), hostileValue),
    start: fc.oneof(fc.constant('"09:00"'), hostileValue),
    end: fc.oneof(fc.constant('"17:00"'), hostileValue),
    extra: fc.array(fc.tuple(hostileString, hostileValue), { maxLength: 2 }),
  })
  .map(({ enabled, start, end, extra }) =>
    object([['enabled', enabled], ['start', start], ['end', end], ...extra]),
  );

const settingsText = fc
  .record({
    base: validSettings,
    replaced: fc.array(fc.tuple(fc.constantFrom(...SETTING_KEYS), hostileValue), {
      maxLength: 3,
    }),
    days: fc.option(fc.array(fc.oneof(dayText, hostileValue), { minLength: 0, maxLength: 8 })),
    extra: fc.array(fc.tuple(hostileString, hostileValue), { maxLength: 3 }),
    repeat: fc.option(fc.tuple(fc.constantFrom(...SETTING_KEYS), hostileValue)),
  })
  .map(({ base, replaced, days, extra, repeat }) => {
    const entries = new Map<string, string>(Object.entries(base).map(([k, v]) => [k, jsonText(v)]));
    for (const [k, v] of replaced) entries.set(k, v);
    if (days) entries.set('activeDays', `[${days.join(',')}]`);
    const list = [...entries, ...extra];
    if (repeat) list.push(repeat);
    return object(list);
  });

const hostileFileText = fc
  .record({
    app: fc.oneof(fc.constant('"posture-break"'), hostileValue),
    kind: fc.oneof(fc.constant('"settings"'), hostileValue),
    version: fc.oneof(fc.constant('1'), hostileValue),
    settings: fc.oneof(settingsText, hostileValue),
    extra: fc.array(fc.tuple(hostileString, hostileValue), { maxLength: 2 }),
    boms: fc.integer({ min: 0, max: 2 }),
    pad: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MAX_SETTINGS_FILE_BYTES })),
  })
  .map(({ app, kind, version, settings, extra, boms, pad }) => {
    const body = object([
      ['app', app],
      ['kind', kind],
      ['version', version],
      ['settings', settings],
      ...extra,
    ]);
    return '\uFEFF'.repeat(boms) + body + ' '.repeat(pad);
  });

/** A number as a hand editor may write it: 5, 5.0, 5e0, 0.5e1, -0 for zero. */
const spelled = (n: number) =>
  fc.constantFrom(String(n), `${n}.0`, `${n}e0`, `${n / 10}e1`, n === 0 ? '-0' : String(n));

/**
 * Files that should be accepted, written unusually: a partial or whole set
 * of valid settings, numbers spelled oddly, maybe a BOM, whitespace padding.
 */
const oddButValidFileText = fc
  .record({
    base: validSettings,
    keep: fc.subarray(SETTING_KEYS, { minLength: 0 }),
    bom: fc.boolean(),
    pad: fc.integer({ min: 0, max: 2_000 }),
  })
  .chain(({ base, keep, bom, pad }) =>
    fc
      .tuple(
        ...keep.map((k) => {
          const v = (base as unknown as Record<string, unknown>)[k];
          return (typeof v === 'number' ? spelled(v) : fc.constant(JSON.stringify(v))).map(
            (text): [string, string] => [k, text],
          );
        }),
      )
      .map((entries) => {
        const body = `{"app":"posture-break","kind":"settings","version":1,"settings":${object(entries)}}`;
        return (bom ? '\uFEFF' : '') + body + ' '.repeat(pad);
      }),
  );

/** Hostile files, and odd but valid ones (so acceptance is exercised too). */
export const fileText = fc.oneof(hostileFileText, oddButValidFileText);
