import { i18n } from '#i18n';
import type { DayStats } from '@/utils/history';
import { formatDuration, formatNumber } from '@/utils/format';

export interface Props {
  day: DayStats;
  goal: number;
  locale: string;
}

/** Today's counters as a description list: label, then value. */
export function TodayStats({ day, goal, locale }: Props) {
  const n = (x: number) => formatNumber(x, locale);
  const rows: [string, string][] = [
    [
      i18n.t('history.today.breaksTaken'),
      i18n.t('history.today.ofGoal', [n(day.breaksTaken), n(goal)]),
    ],
    [i18n.t('history.today.naturalBreaks'), n(day.naturalBreaks)],
    [i18n.t('history.today.snoozes'), n(day.snoozes)],
    [i18n.t('history.today.skips'), n(day.skips)],
    [i18n.t('history.today.nudges'), n(day.nudges)],
    [i18n.t('history.today.sitting'), formatDuration(day.sittingMs, locale)],
    [i18n.t('history.today.longestStreak'), formatDuration(day.longestStreakMs, locale)],
  ];
  return (
    <dl class="history-today">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
