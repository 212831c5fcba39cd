import { i18n } from '#i18n';
import { formatCountdown } from '@/utils/format';
import { useStore } from '@/components/store';
import { RunningRelief } from './RunningRelief';
import { linesOf } from './status-text';
import { TodayGlance } from './TodayGlance';
import { useStatusShown } from '@/components/use-status-shown';
import { useAnnouncement } from './use-announcement';
import { useLocale } from './use-locale';

/** Reads everything from the store. */
export type Props = Record<string, never>;

/**
 * The status at the top of the popup: what the tracker is doing, the time
 * left of a break or a running relief timer, and today against the goal.
 * What is shown updates every second; what is spoken (a polite live region)
 * changes at most once a minute and holds only minute-grained text.
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
  const breakLeft =
    view?.status === 'onBreak' && view.breakEndsAt !== null
      ? Math.max(0, view.breakEndsAt - now)
      : null;

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
          {breakLeft !== null && (
            <p class="status-sitting">
              <span role="timer" aria-label={i18n.t('popup.status.breakLeftLabel')}>
                {i18n.t('popup.status.breakLeft', [formatCountdown(breakLeft, locale)])}
              </span>
            </p>
          )}
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
          <RunningRelief />
          <TodayGlance />
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
