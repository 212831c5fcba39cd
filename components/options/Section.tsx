import type { ComponentChildren } from 'preact';

export interface Props {
  id: string;
  heading: string;
  intro?: string;
  children: ComponentChildren;
}

/** One group of settings: a heading, a plain-words introduction, the fields. */
export function Section({ id, heading, intro, children }: Props) {
  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {intro && <p class="intro">{intro}</p>}
      {children}
    </section>
  );
}
