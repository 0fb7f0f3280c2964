export * from './analysis.ts';
export * from './debrief.ts';
export * from './engine.ts';
export type * from './types.ts';
