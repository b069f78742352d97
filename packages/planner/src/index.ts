export * from './accounting.js';
export * from './errors.js';
export * from './planner.js';
export * from './planner-chain.js';
