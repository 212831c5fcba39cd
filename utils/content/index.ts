/** Health content: typed bilingual data, safe to import from a service worker. */
export * from './types';
export * from './relief';
export * from './tips';
export * from './learn';
export * from './movement';
export * from './safety';
