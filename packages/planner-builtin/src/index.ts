export { buildSql } from './build-sql.js';
export {
  type BuiltinPlannerOptions,
  createBuiltinPlanner,
  type UnderstandContext,
  type Understanding,
  understandQuestion,
  understands,
} from './builtin-planner.js';
export { type DetectedLanguage, detectLanguage } from './detect-language.js';
export { type Frame, frameSchema, readFrame } from './frame.js';
/** The first stage of planning, exported for the planning benchmark's same-run baseline. */
export { tokenize } from './tokenize.js';
