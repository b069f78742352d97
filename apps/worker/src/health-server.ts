import { createServer, type Server } from 'node:http';
import type { QuestionWorker } from './create-worker.js';

/** The worker's paths on its internal port; the Kubernetes probes and Prometheus use exactly these. */
export const WORKER_HTTP_PATHS = { metrics: '/metrics', liveness: '/healthz', readiness: '/readyz' } as const;

/**
 * The worker's internal HTTP server (not listening yet): Prometheus metrics, liveness
 * (the worker loop runs; never tied to Redis or PostgreSQL, so an outage restarts no pod)
 * and readiness (Redis and both PostgreSQL pools answer; 503 naming what is down).
 */
export function createHealthServer(qw: Pick<QuestionWorker, 'metrics' | 'readiness' | 'isHealthy'>): Server {
  return createServer((req, res) => {
    if (req.url === WORKER_HTTP_PATHS.metrics) {
      qw.metrics.registry
        .metrics()
        .then((body) => {
          res.writeHead(200, { 'content-type': qw.metrics.registry.contentType });
          res.end(body);
        })
        .catch(() => {
          res.writeHead(500).end();
        });
      return;
    }
    if (req.url === WORKER_HTTP_PATHS.readiness) {
      qw.readiness()
        .then((r) => {
          res.writeHead(r.ready ? 200 : 503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: r.ready ? 'ready' : 'unavailable', checks: r.checks }));
        })
        .catch(() => {
          res.writeHead(503).end();
        });
      return;
    }
    if (req.url === WORKER_HTTP_PATHS.liveness) {
      const ok = qw.isHealthy();
      res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: ok ? 'ok' : 'unhealthy' }));
      return;
    }
    res.writeHead(404).end();
  });
}
