export * from './fake-server.js';
export * from './gemini.js';
export * from './openai.js';
