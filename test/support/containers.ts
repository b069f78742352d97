import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { POSTGRES_IMAGE, REDIS_IMAGE } from '../../scripts/lib/local-images.js';
import { PG_BACKEND_DATA_BYTES, REDIS_DURABILITY_ARGS } from '../../scripts/lib/services.js';

/** Whether a Docker-compatible engine is configured (DOCKER_HOST) or at its usual socket. */
export const containerEngineAvailable = () =>
  Boolean(process.env.DOCKER_HOST) || existsSync('/var/run/docker.sock');

/**
 * Redis and PostgreSQL in containers through a Docker-compatible engine (testcontainers): Docker,
 * or podman's API socket (`npm run test:containers`, which also makes these images locally when
 * no registry is reachable). PostgreSQL runs as the local servers do (scripts/lib/services.ts):
 * 300 connections, the temporary-file cap, the per-process memory limit, and in the host's PID
 * namespace so that the bounded-work tests can read its backends' limits and peak memory from
 * /proc; and, as there, the service logs in as the ordinary role pa_app, owner of
 * payment_analytics, while `postgres` is the superuser (`superuserUrl`, for the hardening). Null
 * when no engine is configured; the caller starts local servers.
 */
export async function startContainers(): Promise<{
  urls: { databaseUrl: string; redisUrl: string };
  superuserUrl: string;
  stop: () => Promise<void>;
} | null> {
  if (!containerEngineAvailable()) return null;
  const { GenericContainer, Wait } = await import('testcontainers');
  const password = randomBytes(12).toString('hex');

  class HostPidContainer extends GenericContainer {
    withHostPidNamespace(): this {
      this.hostConfig.PidMode = 'host';
      return this;
    }
  }

  // Setting any ulimit replaces the engine's defaults (podman's containers.conf), so all are given.
  const fileLimits = { nofile: { soft: 1024, hard: 1024 }, nproc: { soft: 4096, hard: 4096 } };
  const redis = await new GenericContainer(REDIS_IMAGE)
    .withCommand(['redis-server', ...REDIS_DURABILITY_ARGS])
    .withExposedPorts(6379)
    .withWaitStrategy(Wait.forLogMessage(/Ready to accept connections/))
    .start();
  const postgres = await new HostPidContainer(POSTGRES_IMAGE)
    .withHostPidNamespace()
    .withEnvironment({ POSTGRES_USER: 'postgres', POSTGRES_PASSWORD: password, POSTGRES_DB: 'postgres' })
    .withCommand(['postgres', '-c', 'max_connections=300', '-c', 'temp_file_limit=2GB'])
    .withUlimits({ data: { soft: PG_BACKEND_DATA_BYTES, hard: PG_BACKEND_DATA_BYTES }, ...fileLimits })
    .withExposedPorts(5432)
    .withWaitStrategy(Wait.forLogMessage(/database system is ready to accept connections/, 2))
    .start()
    .catch(async (err: unknown) => {
      await redis.stop();
      throw err;
    });
  const stop = async () => {
    await Promise.allSettled([redis.stop(), postgres.stop()]);
  };
  const server = `${postgres.getHost()}:${postgres.getMappedPort(5432)}`;
  const superuserUrl = `postgres://postgres:${password}@${server}/postgres`;
  const admin = new pg.Client({ connectionString: superuserUrl });
  try {
    await admin.connect();
    await admin.query(`CREATE ROLE pa_app LOGIN CREATEDB CREATEROLE PASSWORD '${password}'`);
    await admin.query('CREATE DATABASE payment_analytics OWNER pa_app');
  } catch (err) {
    await stop();
    throw err;
  } finally {
    await admin.end().catch(() => {});
  }
  return {
    urls: {
      redisUrl: `redis://${redis.getHost()}:${redis.getMappedPort(6379)}`,
      databaseUrl: `postgres://pa_app:${password}@${server}/payment_analytics`,
    },
    superuserUrl,
    stop,
  };
}
