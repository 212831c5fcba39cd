/** Health content: typed structure (keys into the content catalogues), safe to import from a service worker. */
export * from './types';
export * from './relief';
export * from './tips';
export * from './learn';
export * from './movement';
export * from './safety';
export * from './catalogue';
export { CONTENT_KEYS } from './keys';
