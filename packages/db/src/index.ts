export * from './catalog.js';
export * from './examples.js';
export * from './executor.js';
export * from './history.js';
export * from './llm-usage.js';
export * from './migrate.js';
export * from './pools.js';
