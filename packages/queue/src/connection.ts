import { Cluster, type ClusterNode, type ClusterOptions, Redis, type RedisOptions } from 'ioredis';
import { isSentinelUrl, sentinelOptionsFromUrl } from './sentinel-url.js';

/** A client of one Redis (or the master its sentinels name), or of a Redis Cluster. */
export type RedisClient = Redis | Cluster;

/**
 * Where Redis is: `REDIS_URL`, and with `REDIS_CLUSTER_NODES` the seed nodes of a Redis Cluster
 * (`host:port` each). In cluster mode the URL gives the credentials, TLS (`rediss://`) and one
 * more seed node.
 */
export interface RedisTarget {
  url: string;
  clusterNodes?: readonly string[] | undefined;
}

/** The target a parsed config names (`REDIS_URL`, `REDIS_CLUSTER_NODES`). */
export function redisTarget(config: {
  REDIS_URL: string;
  REDIS_CLUSTER_NODES?: readonly string[];
}): RedisTarget {
  return { url: config.REDIS_URL, clusterNodes: config.REDIS_CLUSTER_NODES };
}

/** `host:port`, `[v6]:port`; the port defaults to 6379. Throws on anything else. */
export function parseClusterNode(entry: string): ClusterNode & { host: string; port: number } {
  const m = /^(\[[^\]]+\]|[^:[\]\s]+)(?::(\d{1,5}))?$/.exec(entry.trim());
  if (!m) throw new Error(`a Redis Cluster node is host:port; got "${entry}"`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: m[2] ? Number(m[2]) : 6379 };
}

/** A comma-separated `REDIS_CLUSTER_NODES`, blanks dropped. */
export const splitClusterNodes = (list: string | undefined): string[] =>
  (list ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

/**
 * A Redis connection for BullMQ and our own keys; every process creates its connections here.
 * `maxRetriesPerRequest: null` is what BullMQ requires for blocking connections; commands wait
 * for a reconnect instead of failing, so callers put their own deadlines around them.
 * A `redis+sentinel://` URL connects to the master its sentinels name (sentinel-url.ts); a target
 * with cluster nodes gives an ioredis `Cluster`, which follows MOVED/ASK and the slot map. Every
 * key lives under the prefix's hash tag, so it all goes to the one shard that holds the tag's slot.
 */
export function createRedis(url: string, name: string, extra?: RedisOptions): Redis;
export function createRedis(target: string | RedisTarget, name: string, extra?: RedisOptions): RedisClient;
export function createRedis(
  target: string | RedisTarget,
  name: string,
  extra: RedisOptions = {},
): RedisClient {
  const { url, clusterNodes } = typeof target === 'string' ? { url: target } : target;
  const options: RedisOptions = {
    connectionName: name,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    ...extra,
  };
  let client: RedisClient;
  if (clusterNodes && clusterNodes.length > 0) {
    const cluster = new Cluster(clusterSeeds(url, clusterNodes), clusterOptions(url, options));
    if (options.maxRetriesPerRequest != null) {
      // Bounded retries ask to fail fast when Redis is gone (the API's 503). A cluster client
      // queues commands without a deadline while it reconnects (commandTimeout is per node), so
      // while it is down it does not queue: commands fail at once, as they do on one Redis after
      // maxRetriesPerRequest. (A copy made by duplicate() takes the setting of the moment.)
      const failFast = (down: boolean) => () => {
        cluster.options.enableOfflineQueue = down ? false : (options.enableOfflineQueue ?? true);
      };
      cluster.on('close', failFast(true));
      cluster.on('reconnecting', failFast(true));
      cluster.on('ready', failFast(false));
    }
    client = cluster;
  } else {
    client = isSentinelUrl(url)
      ? new Redis({ ...sentinelOptionsFromUrl(url), ...options })
      : new Redis(url, options);
  }
  // Errors surface through the commands that fail; an unhandled 'error' event would crash the process.
  client.on('error', () => {});
  return client;
}

function clusterSeeds(url: string, nodes: readonly string[]): ClusterNode[] {
  const seeds = nodes.map(parseClusterNode);
  const u = new URL(url);
  if (u.hostname) seeds.push(parseClusterNode(u.port ? `${u.hostname}:${u.port}` : u.hostname));
  const seen = new Set<string>();
  return seeds.filter((s) => {
    const key = `${s.host}:${s.port}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The cluster's options from the single-node ones: reconnecting is the cluster's job (its
 * `clusterRetryStrategy`), offline queueing too; everything else (connection name,
 * `maxRetriesPerRequest`, timeouts) applies to every node's connection, plus the URL's user,
 * password and TLS. Only database 0 exists on a cluster.
 */
function clusterOptions(url: string, options: RedisOptions): ClusterOptions {
  const { retryStrategy, enableOfflineQueue, enableReadyCheck, lazyConnect, ...nodeOptions } = options;
  const u = new URL(url);
  if (u.pathname.length > 1 && u.pathname !== '/0')
    throw new Error('a Redis Cluster has only database 0; drop the /<db> from REDIS_URL');
  const tls = u.protocol === 'rediss:';
  return {
    redisOptions: {
      ...nodeOptions,
      ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
      ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
      ...(tls ? { tls: { ...(typeof nodeOptions.tls === 'object' ? nodeOptions.tls : {}) } } : {}),
    },
    clusterRetryStrategy: (times) => (retryStrategy ? retryStrategy(times) : null) ?? null,
    ...(enableOfflineQueue !== undefined ? { enableOfflineQueue } : {}),
    ...(enableReadyCheck !== undefined ? { enableReadyCheck } : {}),
    ...(lazyConnect !== undefined ? { lazyConnect } : {}),
    // Writes and reads go to the master of the slot; replicas are for failover.
    scaleReads: 'master',
    // With TLS a seed named by host name stays so (not resolved first), for its certificate to verify.
    ...(tls ? { dnsLookup: (address, callback) => callback(null, address) } : {}),
  };
}

/** Resolves with the promise's value, or rejects after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
