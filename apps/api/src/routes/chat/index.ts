import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { createRouter } from '../../openapi/router.js';
import { registerPostChat } from './post-chat.js';

/** /api/chat: the replaced service's chat, with sessions in Redis. */
export function chatRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerPostChat(app);
  return app;
}
