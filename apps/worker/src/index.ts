export * from './build-pipeline.js';
export * from './create-worker.js';
export * from './health-server.js';
export * from './process-question.js';
export * from './queue-depth.js';
