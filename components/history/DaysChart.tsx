import type { DayStats } from '@/utils/history';
import { formatNumber } from '@/utils/format';
import { formatDay, type DayLabelStyle } from './format';

export interface Day {
  /** 'YYYY-MM-DD' */
  key: string;
  stats: DayStats;
}

export interface Props {
  /** Oldest first; the last one is today. */
  days: readonly Day[];
  goal: number;
  /** Mirror the chart: in a right-to-left language the newest day is on the left. */
  rtl: boolean;
  locale: string;
}

const WIDTH = 640;
const HEIGHT = 240;
const AXIS = 36;
const EDGE = 8;
const TOP = 22;
const BOTTOM = 28;

/** The smallest "round" step (1, 2, 5, 10, 20, 50…) that needs at most four gridlines. */
function gridStep(max: number): number {
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const f of [1, 2, 5]) if (max / (f * magnitude) <= 4) return f * magnitude;
  }
}

/**
 * Breaks taken per day as bars, with the daily goal as a dashed line. Hidden
 * from assistive technology: the table next to it has the same numbers. Text
 * positions are computed for each direction, so the SVG itself stays ltr and
 * no text is ever mirrored.
 */
export function DaysChart({ days, goal, rtl, locale }: Props) {
  const n = days.length;
  const top = Math.max(1, goal, ...days.map((d) => d.stats.breaksTaken));
  const step = gridStep(top);
  const yMax = Math.ceil(top / step) * step;
  const left = rtl ? EDGE : AXIS;
  const right = rtl ? WIDTH - AXIS : WIDTH - EDGE;
  const bottom = HEIGHT - BOTTOM;
  const slot = (right - left) / Math.max(1, n);
  const barWidth = slot * (n <= 7 ? 0.5 : 0.7);
  const y = (value: number) => bottom - (value / yMax) * (bottom - TOP);
  const slotStart = (i: number) => left + (rtl ? n - 1 - i : i) * slot;
  const labelStyle: DayLabelStyle = n <= 7 ? 'weekday' : 'short';
  // In the long view, label today and every seventh day before it.
  const labelled = (i: number) => n <= 7 || (n - 1 - i) % 7 === 0;
  const ticks = Array.from({ length: yMax / step + 1 }, (_, i) => i * step);
  const axisX = rtl ? WIDTH - AXIS + 6 : AXIS - 6;
  // A date is wider than a day's slot in the long view: today's label is
  // held inside the chart's outer edge instead of centred over its bar.
  const labelPlace = (i: number, x: number) =>
    n > 7 && i === n - 1
      ? rtl
        ? { x, 'text-anchor': 'start' }
        : { x: x + slot, 'text-anchor': 'end' }
      : { x: x + slot / 2, 'text-anchor': 'middle' };

  return (
    <svg
      class="history-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      aria-hidden="true"
      focusable="false"
    >
      {ticks.map((t) => (
        <g key={t}>
          <line class="history-grid" x1={left} x2={right} y1={y(t)} y2={y(t)} />
          <text
            class="history-axis"
            x={axisX}
            y={y(t)}
            dy="0.35em"
            text-anchor={rtl ? 'start' : 'end'}
          >
            {formatNumber(t, locale)}
          </text>
        </g>
      ))}
      {days.map((day, i) => {
        const x = slotStart(i);
        const value = day.stats.breaksTaken;
        return (
          <g key={day.key}>
            <rect
              class={value >= goal ? 'history-bar history-bar-met' : 'history-bar'}
              data-day={day.key}
              x={x + (slot - barWidth) / 2}
              y={y(value)}
              width={barWidth}
              height={bottom - y(value)}
              rx={2}
            >
              <title>{`${formatDay(day.key, 'full', locale)}: ${formatNumber(value, locale)}`}</title>
            </rect>
            {n <= 7 && (
              <text class="history-value" x={x + slot / 2} y={y(value) - 6} text-anchor="middle">
                {formatNumber(value, locale)}
              </text>
            )}
            {labelled(i) && (
              <text class="history-axis" y={HEIGHT - 8} {...labelPlace(i, x)}>
                {formatDay(day.key, labelStyle, locale)}
              </text>
            )}
          </g>
        );
      })}
      <line class="history-goal-line" x1={left} x2={right} y1={y(goal)} y2={y(goal)} />
    </svg>
  );
}
