export * from './answer-cache.js';
export * from './chat-sessions.js';
export * from './connection.js';
export * from './event-hub.js';
export * from './event-log.js';
export * from './job-plans.js';
export * from './jobs.js';
export * from './sentinel-url.js';
