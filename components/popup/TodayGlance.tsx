import { i18n } from '#i18n';
import { useStore } from '@/components/store';
import { emptyDay, goalStreak } from '@/utils/history';
import { formatDays, formatNumber } from '@/utils/format';
import { localDayKey } from '@/utils/time';
import { useLocale } from './use-locale';

/** Reads history and the goal from the store. */
export type Props = Record<string, never>;

/** Today's breaks against the daily goal, the goal streak, and the way to the history. */
export function TodayGlance(_: Props) {
  const store = useStore();
  const snapshot = store.snapshot.value;
  const locale = useLocale();
  if (!snapshot) return null;
  const { history, settings } = snapshot;
  const todayKey = localDayKey(store.now.value);
  const today = history[todayKey] ?? emptyDay();
  const goal = settings.dailyBreakGoal;
  const streak = goalStreak(history, goal, todayKey);
  const n = (x: number) => formatNumber(x, locale);
  return (
    <div class="status-today">
      <p>
        <span>{i18n.t('popup.status.today', [n(today.breaksTaken), n(goal)])}</span>
        {streak > 0 && (
          <>
            <br />
            <span>{i18n.t('history.goal.streak', [formatDays(streak, locale)])}</span>
          </>
        )}
      </p>
      {/* The history has a page of its own. */}
      <a class="link" href="/history.html" target="_blank">
        {i18n.t('popup.status.history')}
      </a>
    </div>
  );
}
