import { serve } from '@hono/node-server';
import { apiEnvSchema, ConfigError, loadDotEnv, parseEnv } from '@pa/config';
import { createLogger } from '@pa/observability';
import { loadGuard } from '@pa/sql-guard';
import { createApp } from './app.js';
import { createApiDeps } from './create-deps.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = parseEnv(apiEnvSchema);
  const logger = createLogger('api', config.LOG_LEVEL);
  // The guard re-checks SQL of answers rated good before they become examples.
  await loadGuard();
  const runtime = createApiDeps(config, logger);
  const app = createApp(runtime.deps);
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    logger.info(
      { port: info.port, host: config.HOST },
      `API listening on http://${config.HOST}:${info.port}`,
    );
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Open SSE streams would keep close() waiting; clients reconnect to another replica with Last-Event-ID.
    const force = setTimeout(() => process.exit(0), 5_000);
    force.unref();
    server.close();
    if ('closeAllConnections' in server) (server as { closeAllConnections(): void }).closeAllConnections();
    void runtime.close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
