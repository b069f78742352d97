import { ConfigError, loadDotEnv, parseEnv, workerEnvSchema } from '@pa/config';
import { createLogger } from '@pa/observability';
import { startQuestionWorker } from './create-worker.js';
import { createHealthServer } from './health-server.js';

async function main(): Promise<void> {
  loadDotEnv();
  const config = parseEnv(workerEnvSchema);
  const logger = createLogger('worker', config.LOG_LEVEL);
  const qw = await startQuestionWorker(config, logger);

  // Internal port only: metrics for Prometheus, liveness (/healthz) and readiness (/readyz) for Kubernetes.
  const server = createHealthServer(qw);
  server.on('error', (err) => {
    // Another worker on this machine has the port: keep answering questions, without this endpoint.
    logger.error(
      { err, port: config.METRICS_PORT },
      'metrics/health endpoint unavailable (set METRICS_PORT)',
    );
  });
  server.listen(config.METRICS_PORT, config.METRICS_HOST);
  logger.info(
    { concurrency: config.WORKER_CONCURRENCY, queue: config.QUEUE_NAME, metrics_port: config.METRICS_PORT },
    'worker started',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing active jobs');
    server.close();
    await qw.close();
    logger.info('worker stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
