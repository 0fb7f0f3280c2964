export * from './schema.ts';
export * from './store.ts';
export * from './results.ts';
export * from './roleplay-results.ts';
