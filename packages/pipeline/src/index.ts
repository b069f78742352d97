export * from './answer-question.js';
export * from './errors.js';
export * from './eval/compare-results.js';
export * from './eval/run-eval.js';
export * from './shape-result.js';
export * from './understand.js';
