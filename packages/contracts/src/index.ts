export * from './caller.js';
export * from './catalog.js';
export * from './errors.js';
export * from './job.js';
export * from './plan.js';
export * from './request.js';
export * from './result.js';
export * from './transactions.js';
