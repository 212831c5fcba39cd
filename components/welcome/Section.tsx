import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface Props {
  heading: string;
  /** Gets the heading's id, for controls that take their name from it. */
  children: ComponentChildren | ((headingId: string) => ComponentChildren);
}

/** A page section named by its own h2. */
export function Section({ heading, children }: Props) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {typeof children === 'function' ? children(id) : children}
    </section>
  );
}
