import { existsSync } from 'node:fs';
import { REDIS_DURABILITY_ARGS } from '../../scripts/lib/services.js';

/**
 * Redis and PostgreSQL in containers when a Docker engine is reachable
 * (testcontainers); null otherwise, and the caller starts local servers.
 */
export async function startContainers(): Promise<{
  urls: { databaseUrl: string; redisUrl: string };
  stop: () => Promise<void>;
} | null> {
  if (!process.env.DOCKER_HOST && !existsSync('/var/run/docker.sock')) return null;
  const { GenericContainer, Wait } = await import('testcontainers');
  const redis = await new GenericContainer('redis:7-alpine')
    .withCommand(['redis-server', ...REDIS_DURABILITY_ARGS])
    .withExposedPorts(6379)
    .start();
  const postgres = await new GenericContainer('postgres:15-alpine')
    .withEnvironment({
      POSTGRES_USER: 'pa_app',
      POSTGRES_PASSWORD: 'pa_app',
      POSTGRES_DB: 'payment_analytics',
    })
    .withExposedPorts(5432)
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
    .start();
  return {
    urls: {
      redisUrl: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
      databaseUrl: `postgres://pa_app:pa_app@${postgres.getHost()}:${postgres.getMappedPort(5432)}/payment_analytics`,
    },
    stop: async () => {
      await Promise.allSettled([redis.stop(), postgres.stop()]);
    },
  };
}
