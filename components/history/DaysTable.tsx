import { i18n } from '#i18n';
import { wholeMinutes } from '@/utils/time';
import type { Day } from './DaysChart';
import { formatNumber } from '@/utils/format';
import { formatDay, formatDays } from './format';

export interface Props {
  days: readonly Day[];
  goal: number;
  locale: string;
}

/** The chart's numbers, and a few more, as a table behind a disclosure: the newest day first. */
export function DaysTable({ days, goal, locale }: Props) {
  const n = (x: number) => formatNumber(x, locale);
  return (
    <details class="history-table">
      <summary>{i18n.t('history.chart.showTable')}</summary>
      <div class="history-table-scroll">
        <table>
          <caption>
            {i18n.t('history.chart.tableCaption', [formatDays(days.length, locale)])}
          </caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('history.chart.day')}</th>
              <th scope="col">{i18n.t('history.chart.breaks')}</th>
              <th scope="col">{i18n.t('history.chart.goalMet')}</th>
              <th scope="col">{i18n.t('history.today.naturalBreaks')}</th>
              <th scope="col">{i18n.t('history.today.snoozes')}</th>
              <th scope="col">{i18n.t('history.today.skips')}</th>
              <th scope="col">{i18n.t('history.chart.minutesSitting')}</th>
            </tr>
          </thead>
          <tbody>
            {[...days].reverse().map(({ key, stats }) => (
              <tr key={key}>
                <th scope="row">
                  <time dateTime={key}>{formatDay(key, 'full', locale)}</time>
                </th>
                <td>{n(stats.breaksTaken)}</td>
                <td>
                  {stats.breaksTaken >= goal
                    ? i18n.t('history.chart.yes')
                    : i18n.t('history.chart.no')}
                </td>
                <td>{n(stats.naturalBreaks)}</td>
                <td>{n(stats.snoozes)}</td>
                <td>{n(stats.skips)}</td>
                <td>{n(wholeMinutes(stats.sittingMs))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
