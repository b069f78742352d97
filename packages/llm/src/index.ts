export { createBuiltinPlanner } from './builtin/index.js';
export * from './create-planner.js';
export * from './planner.js';
