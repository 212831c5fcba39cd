import { i18n } from '#i18n';
import { formatDays } from '@/components/history/format';
import { useStore } from '@/components/store';
import { emptyDay } from '@/utils/history';
import { goalStreak } from '@/utils/history-export';
import { formatNumber } from '@/utils/format';
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
          <span class="status-streak">
            {i18n.t('history.goal.streak', [formatDays(streak, locale)])}
          </span>
        )}
      </p>
      <button type="button" class="link" onClick={() => void store.backend.openHistory()}>
        {i18n.t('popup.status.history')}
      </button>
    </div>
  );
}
