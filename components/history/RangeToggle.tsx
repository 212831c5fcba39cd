import { i18n } from '#i18n';
import { formatDays } from './format';

export const RANGES = [7, 30] as const;
export type Range = (typeof RANGES)[number];

export interface Props {
  value: Range;
  onChange(range: Range): void;
  locale: string;
}

/** Two toggle buttons; the pressed one is the period the chart and table show. */
export function RangeToggle({ value, onChange, locale }: Props) {
  return (
    <div class="history-range" role="group" aria-label={i18n.t('history.chart.period')}>
      {RANGES.map((range) => (
        <button
          key={range}
          type="button"
          aria-pressed={range === value}
          onClick={() => onChange(range)}
        >
          {i18n.t('history.chart.last', [formatDays(range, locale)])}
        </button>
      ))}
    </div>
  );
}
