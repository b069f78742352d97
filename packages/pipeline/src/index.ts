export * from './answer-question.js';
export * from './errors.js';
export * from './shape-result.js';
export * from './understand.js';
