import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { serve } from '@hono/node-server';
import { apiEnvSchema, ConfigError, loadDotEnv, parseEnv } from '@pa/config';
import { createLogger } from '@pa/observability';
import { loadGuard } from '@pa/sql-guard';
import { createApp } from './app.js';
import { createApiDeps } from './create-deps.js';

/** How long a stopping API lets the requests in flight finish before it closes their connections. */
const SHUTDOWN_DRAIN_MS = 10_000;

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

  // Requests in flight, so that a shutdown lets them finish instead of cutting them (a submission
  // cut half-way left the client not knowing whether it was accepted, and its Idempotency-Key held
  // for a minute) and closes Redis and PostgreSQL only once they are done.
  const inFlight = new Map<ServerResponse, boolean>();
  const http = server as Server;
  // A client that trickles its request (slowloris) holds a connection for at most this long, checked
  // every 30 s (Node's defaults: 60 s for the headers, 5 min for the whole request). Only receiving
  // the request is timed: an SSE response may last as long as its job.
  http.headersTimeout = 20_000;
  http.requestTimeout = 30_000;
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    inFlight.set(res, req.method === 'GET' && /\/events(\?|$)/.test(req.url ?? ''));
    res.once('close', () => inFlight.delete(res));
  });
  /** Waits up to `ms` for the requests in flight; SSE streams never end by themselves, so they are cut. */
  const drain = async (ms: number) => {
    const deadline = Date.now() + ms;
    for (;;) {
      // Their clients reconnect to another replica with Last-Event-ID.
      for (const [res, stream] of inFlight) if (stream) res.destroy();
      http.closeIdleConnections();
      if (inFlight.size === 0 || Date.now() > deadline) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, in_flight: inFlight.size }, 'shutting down');
    const force = setTimeout(() => process.exit(0), SHUTDOWN_DRAIN_MS + 5_000);
    force.unref();
    http.close();
    void drain(SHUTDOWN_DRAIN_MS)
      .then(() => {
        http.closeAllConnections();
        return runtime.close();
      })
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
