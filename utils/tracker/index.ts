export * from './types';
export { step, nextWake, badgeOf } from './step';
export { initialState, repairState } from './state';
export { viewOf } from './view';
export { activeWindow } from './active-hours';
