export * from './build-pipeline.js';
export * from './create-worker.js';
export * from './process-question.js';
