import { i18n } from '#i18n';
import { h, type ComponentChild } from 'preact';
import { useStore } from '@/components/store';
import { RunningRelief } from './RunningRelief';
import { statusLines, type Part } from './status-lines';
import { linesOf } from './status-text';
import { TodayGlance } from './TodayGlance';
import { useStatusShown } from '@/components/use-status-shown';
import { useAnnouncement } from './use-announcement';
import { useLocale } from './use-locale';

/** A part of the status lines (status-lines.ts) as Preact's element. */
function partToVNode({ tag, attrs, children }: Part, index: number): ComponentChild {
  return h(
    tag,
    { ...attrs, key: index },
    ...children.map((child, i) => (typeof child === 'string' ? child : partToVNode(child, i))),
  );
}

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
          {statusLines(view, lines, now, locale).map(partToVNode)}
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
