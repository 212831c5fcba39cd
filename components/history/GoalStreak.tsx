import { i18n } from '#i18n';
import { formatNumber } from '@/utils/format';
import { formatDays } from './format';

export interface Props {
  /** Days in a row that met the goal (see goalStreak). */
  streak: number;
  goal: number;
  breaksToday: number;
  locale: string;
}

export function GoalStreak({ streak, goal, breaksToday, locale }: Props) {
  const left = Math.max(0, goal - breaksToday);
  return (
    <div class="history-goal">
      <p>{i18n.t('history.goal.target', [formatNumber(goal, locale)])}</p>
      <p class="history-streak">{i18n.t('history.goal.streak', [formatDays(streak, locale)])}</p>
      <p>
        {left === 0
          ? i18n.t('history.goal.metToday')
          : i18n.t('history.goal.leftToday', [formatNumber(left, locale)])}
      </p>
    </div>
  );
}
