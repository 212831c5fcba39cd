/** The status card's words, derived from the view and the page clock. */
import { i18n } from '#i18n';
import { formatClock, formatDuration, isNextMidnight } from '@/utils/format';
import { MINUTE } from '@/utils/time';
import type { TrackerView } from '@/utils/tracker/view';

export interface Upcoming {
  label: string;
  at: string;
  in: string;
}

export interface Lines {
  state: string;
  sitting: string | null;
  next: Upcoming[];
}

function inTime(at: number, now: number, locale: string): string {
  return at - now < MINUTE
    ? i18n.t('popup.status.inUnderMinute')
    : i18n.t('popup.status.inDuration', [formatDuration(at - now, locale)]);
}

/** "29 minutes", or "less than a minute" in the last one. */
function left(ms: number, locale: string): string {
  return ms < MINUTE ? i18n.t('popup.status.underMinute') : formatDuration(ms, locale);
}

function pausedText(until: number | null, now: number, locale: string): string {
  if (until === null) return i18n.t('popup.status.pausedIndefinitely');
  const sentence = isNextMidnight(until, now)
    ? i18n.t('popup.status.pausedMidnight')
    : i18n.t('popup.status.paused', [formatClock(until, now, locale)]);
  return i18n.t('popup.status.pausedLeft', [sentence, left(until - now, locale)]);
}

function stateText(view: TrackerView, now: number, locale: string): string {
  switch (view.status) {
    case 'tracking':
      return view.snoozedUntil !== null
        ? i18n.t('popup.status.snoozed', [formatClock(view.snoozedUntil, now, locale)])
        : i18n.t('popup.status.tracking');
    case 'breakDue':
      return i18n.t('popup.status.breakDue');
    case 'away':
      return i18n.t('popup.status.away');
    case 'onBreak':
      return view.breakEndsAt === null
        ? i18n.t('popup.status.breakDue')
        : i18n.t('popup.status.onBreak', [formatClock(view.breakEndsAt, now, locale)]);
    case 'paused':
      return pausedText(view.pausedUntil, now, locale);
    case 'offHours':
      return view.offHoursUntil === null
        ? i18n.t('popup.status.offHoursOpen')
        : i18n.t('popup.status.offHours', [formatClock(view.offHoursUntil, now, locale)]);
  }
}

export function linesOf(view: TrackerView, now: number, locale: string): Lines {
  const sittingNow =
    view.status === 'tracking' || view.status === 'breakDue' || view.status === 'away';
  const sitting = !sittingNow
    ? null
    : view.sittingMs < MINUTE
      ? i18n.t('popup.status.sittingUnderMinute')
      : i18n.t('popup.status.sitting', [formatDuration(view.sittingMs, locale)]);
  const next: Upcoming[] = [];
  const add = (label: string, at: number | null) => {
    if (at !== null && at >= now)
      next.push({ label, at: formatClock(at, now, locale), in: inTime(at, now, locale) });
  };
  if (view.status === 'tracking') add(i18n.t('popup.status.nextBreak'), view.nextBreakAt);
  if (sittingNow) add(i18n.t('popup.status.nextNudge'), view.nextNudgeAt);
  return { state: stateText(view, now, locale), sitting, next };
}
