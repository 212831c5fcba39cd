import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NERVE_NOTES } from '@/utils/content/learn';
import { RELIEF_STEPS, type ReliefStepId } from '@/utils/content/relief';
import { DISCLAIMER } from '@/utils/content/safety';
import { NoteLine } from './NoteLine';
import { useStore } from '@/components/store';
import { ReliefStepItem } from './ReliefStepItem';
import { WhenToGetHelp } from './WhenToGetHelp';
import { useContent } from '../use-content';

/** Static content; timers read the store themselves. */
export type Props = Record<string, never>;

/**
 * "My back hurts": the disclaimer and when to get help first, then the four
 * steps in order, one opened at a time by "Next step" (any can be opened by
 * its heading), then the nerve notes.
 */
export function ReliefRoutine(_: Props) {
  const content = useContent();
  const store = useStore();
  const [open, setOpen] = useState<ReadonlySet<ReliefStepId>>(() => new Set(['rest']));
  // Once the stored state is in (the popup mounts before it arrives), a timer
  // already running, started before the popup last closed, opens its step.
  const view = store.view.value;
  const placed = useRef(false);
  useEffect(() => {
    if (placed.current || !view) return;
    placed.current = true;
    const running = view.relief;
    const step =
      running && running.remainingMs > 0
        ? RELIEF_STEPS.find((s) => s.timers.some((t) => t.id === running.timer))
        : undefined;
    if (step) setOpen(new Set([step.id]));
  }, [view]);
  const headings = useRef<(HTMLButtonElement | null)[]>([]);
  const focusStep = useRef<number | null>(null);

  useEffect(() => {
    if (focusStep.current === null) return;
    headings.current[focusStep.current]?.focus();
    focusStep.current = null;
  });

  const toggle = (id: ReliefStepId) =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const goTo = (index: number) => {
    const step = RELIEF_STEPS[index];
    if (!step) return;
    focusStep.current = index;
    setOpen(new Set([step.id]));
  };

  if (!content) return null;
  return (
    <section class="relief" aria-labelledby="relief-heading">
      <h2 id="relief-heading" class="visually-hidden">
        {i18n.t('popupRelief.heading')}
      </h2>
      <p class="disclaimer">{content[DISCLAIMER]}</p>
      <WhenToGetHelp headingId="relief-get-help" />
      <ol class="steps">
        {RELIEF_STEPS.map((step, i) => (
          <ReliefStepItem
            key={step.id}
            step={step}
            number={i + 1}
            open={open.has(step.id)}
            onToggle={() => toggle(step.id)}
            onNext={i + 1 < RELIEF_STEPS.length ? () => goTo(i + 1) : undefined}
            headingRef={(el) => {
              headings.current[i] = el;
            }}
          />
        ))}
      </ol>
      <div class="warning">
        {NERVE_NOTES.map((note) => (
          <NoteLine key={note.id} note={note} />
        ))}
      </div>
    </section>
  );
}
