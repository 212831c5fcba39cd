import { i18n } from '#i18n';
import { formatClock, formatDuration, isNextMidnight } from '@/utils/format';
import { useStore } from '@/components/store';
import { useStatusShown } from '@/components/use-status-shown';
import { MINUTE } from '@/utils/time';
import type { TrackerView } from '@/utils/tracker/view';
import { useAnnouncement } from './use-announcement';
import { useLocale } from './use-locale';

/** Reads everything from the store. */
export type Props = Record<string, never>;

interface Upcoming {
  label: string;
  at: string;
  in: string;
}

interface Lines {
  state: string;
  sitting: string | null;
  next: Upcoming[];
}

function inTime(at: number, now: number, locale: string): string {
  return at - now < MINUTE
    ? i18n.t('popup.status.inUnderMinute')
    : i18n.t('popup.status.inDuration', [formatDuration(at - now, locale)]);
}

function stateText(view: TrackerView, now: number, locale: string): string {
  switch (view.status) {
    case 'tracking':
      return i18n.t('popup.status.tracking');
    case 'breakDue':
      return i18n.t('popup.status.breakDue');
    case 'away':
      return i18n.t('popup.status.away');
    case 'onBreak':
      return view.breakEndsAt === null
        ? i18n.t('popup.status.breakDue')
        : i18n.t('popup.status.onBreak', [formatClock(view.breakEndsAt, now, locale)]);
    case 'paused':
      if (view.pausedUntil === null) return i18n.t('popup.status.pausedIndefinitely');
      if (isNextMidnight(view.pausedUntil, now)) return i18n.t('popup.status.pausedTomorrow');
      return i18n.t('popup.status.paused', [formatClock(view.pausedUntil, now, locale)]);
    case 'offHours':
      return view.offHoursUntil === null
        ? i18n.t('popup.status.offHoursOpen')
        : i18n.t('popup.status.offHours', [formatClock(view.offHoursUntil, now, locale)]);
  }
}

function linesOf(view: TrackerView, now: number, locale: string): Lines {
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

/**
 * The status at the top of the popup. What is shown updates every second;
 * what is spoken (a polite live region) changes at most once a minute and
 * holds only minute-grained text.
 */
export function StatusCard(_: Props) {
  const store = useStore();
  const view = store.view.value;
  const now = store.now.value;
  const locale = useLocale();
  const lines = view ? linesOf(view, now, locale) : null;
  useStatusShown(lines !== null);
  const spoken = useAnnouncement(
    lines ? [lines.state, lines.sitting].filter(Boolean).join('. ') + '.' : '',
    now,
  );

  return (
    <section
      class={`status status-${view?.status ?? 'loading'}`}
      aria-labelledby="status-heading"
      aria-busy={view ? 'false' : 'true'}
    >
      <h2 id="status-heading" class="visually-hidden">
        {i18n.t('popup.status.heading')}
      </h2>
      {view && lines ? (
        <>
          <p class="status-state">
            <span class="status-dot" aria-hidden="true" />
            {lines.state}
          </p>
          {lines.sitting !== null && <p class="status-sitting">{lines.sitting}</p>}
          {lines.sitting !== null && (
            <progress
              class="status-progress"
              max={1}
              value={view.breakProgress}
              aria-label={i18n.t('popup.status.progress')}
            />
          )}
          {lines.next.length > 0 && (
            <dl class="status-next">
              {lines.next.map((item) => (
                <div key={item.label}>
                  <dt>{item.label}</dt>
                  <dd class="status-next-at">{item.at}</dd>
                  <dd class="status-next-in">{item.in}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      ) : (
        <div class="skeleton">
          <span class="visually-hidden">{i18n.t('popup.loading')}</span>
          <span aria-hidden="true" />
          <span aria-hidden="true" />
          <span aria-hidden="true" />
        </div>
      )}
      <p class="visually-hidden" role="status">
        {spoken}
      </p>
    </section>
  );
}
