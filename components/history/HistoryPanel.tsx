import { i18n } from '#i18n';
import { useId, useState } from 'preact/hooks';
import { useStore } from '@/components/store';
import { emptyDay } from '@/utils/history';
import { goalStreak } from '@/utils/history';
import { lastDayKeys } from '@/utils/history-export';
import { localDayKey } from '@/utils/time';
import { ClearHistory } from './ClearHistory';
import { DaysChart } from './DaysChart';
import { DaysTable } from './DaysTable';
import { ExportLinks } from './ExportLinks';
import { GoalStreak } from './GoalStreak';
import { RangeToggle, type Range } from './RangeToggle';
import { formatNumber } from '@/utils/format';
import { TodayStats } from './TodayStats';
import './history.css';

/** The options page's history: today, the goal streak, the last days, export and clear. */
export function HistoryPanel() {
  const store = useStore();
  const [range, setRange] = useState<Range>(7);
  const ids = useId();
  const snapshot = store.snapshot.value;
  if (!snapshot) return null;

  const locale = i18n.t('locale');
  const rtl = i18n.t('dir') === 'rtl';
  const { history, settings } = snapshot;
  const goal = settings.dailyBreakGoal;
  const todayKey = localDayKey(store.now.value);
  const today = history[todayKey] ?? emptyDay();
  const days = lastDayKeys(todayKey, range).map((key) => ({
    key,
    stats: history[key] ?? emptyDay(),
  }));
  const heading = (part: string) => `${ids}-${part}`;

  return (
    <section class="history" aria-labelledby={heading('main')}>
      <h2 id={heading('main')}>{i18n.t('history.heading')}</h2>
      {Object.keys(history).length === 0 && <p>{i18n.t('history.empty')}</p>}

      <section aria-labelledby={heading('today')}>
        <h3 id={heading('today')}>{i18n.t('history.today.heading')}</h3>
        <TodayStats day={today} goal={goal} locale={locale} />
      </section>

      <section aria-labelledby={heading('goal')}>
        <h3 id={heading('goal')}>{i18n.t('history.goal.heading')}</h3>
        <GoalStreak
          streak={goalStreak(history, goal, todayKey)}
          goal={goal}
          breaksToday={today.breaksTaken}
          locale={locale}
        />
      </section>

      <section aria-labelledby={heading('chart')}>
        <h3 id={heading('chart')}>{i18n.t('history.chart.heading')}</h3>
        <RangeToggle value={range} onChange={setRange} locale={locale} />
        <figure class="history-figure">
          <DaysChart days={days} goal={goal} rtl={rtl} locale={locale} />
          <figcaption>{i18n.t('history.chart.caption', [formatNumber(goal, locale)])}</figcaption>
        </figure>
        <DaysTable days={days} goal={goal} locale={locale} />
      </section>

      <section aria-labelledby={heading('export')}>
        <h3 id={heading('export')}>{i18n.t('history.export.heading')}</h3>
        <ExportLinks history={history} todayKey={todayKey} />
        <ClearHistory onClear={() => store.backend.clearHistory()} />
      </section>
    </section>
  );
}
