export * from './chat-prompt.js';
export * from './chat-responder.js';
export * from './create-chat-responder.js';
export * from './gemini-chat.js';
export * from './openai-chat.js';
export * from './types.js';
