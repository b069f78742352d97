import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../env.js';
import { createRouter } from '../../openapi/router.js';
import { registerCancelQuery } from './cancel-query.js';
import { registerGetQuery } from './get-query.js';
import { registerGetQueryCsv } from './get-query-csv.js';
import { registerListQueries } from './list-queries.js';
import { registerQueryEvents } from './query-events.js';
import { registerSubmitFeedback } from './submit-feedback.js';
import { registerSubmitQuery } from './submit-query.js';

export function queriesRoutes(): OpenAPIHono<AppEnv> {
  const app = createRouter();
  registerSubmitQuery(app);
  registerListQueries(app);
  registerGetQuery(app);
  registerGetQueryCsv(app);
  registerQueryEvents(app);
  registerCancelQuery(app);
  registerSubmitFeedback(app);
  return app;
}
