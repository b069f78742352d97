import { Cluster, Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { createRedis, parseClusterNode, redisTarget, splitClusterNodes } from './connection.js';

describe('Redis connections', () => {
  it('reads cluster nodes as host:port, [v6]:port, port 6379 by default', () => {
    expect(splitClusterNodes(' a:7000, ,b:7001 ,')).toEqual(['a:7000', 'b:7001']);
    expect(splitClusterNodes(undefined)).toEqual([]);
    expect(parseClusterNode('redis-0.redis:7000')).toEqual({ host: 'redis-0.redis', port: 7000 });
    expect(parseClusterNode('[::1]:7001')).toEqual({ host: '::1', port: 7001 });
    expect(parseClusterNode('10.0.0.5')).toEqual({ host: '10.0.0.5', port: 6379 });
    expect(() => parseClusterNode('a:b:c')).toThrow(/host:port/);
  });

  it('is a single-node client without cluster nodes', () => {
    const client = createRedis(redisTarget({ REDIS_URL: 'redis://127.0.0.1:1' }), 'pa-test', {
      lazyConnect: true,
    });
    expect(client).toBeInstanceOf(Redis);
    client.disconnect();
  });

  it('is a cluster client with cluster nodes: credentials and TLS from the URL, every node connection as configured', () => {
    const client = createRedis(
      redisTarget({
        REDIS_URL: 'rediss://app:s%3Acret@seed.example:7002',
        REDIS_CLUSTER_NODES: ['a.example:7000', 'b.example:7001', 'seed.example:7002'],
      }),
      'pa-test',
      { maxRetriesPerRequest: 1, commandTimeout: 5_000, lazyConnect: true },
    );
    expect(client).toBeInstanceOf(Cluster);
    const cluster = client as Cluster;
    // The URL's node is a seed too, once.
    expect((cluster as unknown as { startupNodes: unknown }).startupNodes).toEqual([
      { host: 'a.example', port: 7000 },
      { host: 'b.example', port: 7001 },
      { host: 'seed.example', port: 7002 },
    ]);
    expect(cluster.options.redisOptions).toMatchObject({
      connectionName: 'pa-test',
      maxRetriesPerRequest: 1,
      commandTimeout: 5_000,
      username: 'app',
      password: 's:cret',
      tls: {},
    });
    // Reconnecting is the cluster's job, not each node's.
    expect(cluster.options.redisOptions).not.toHaveProperty('retryStrategy');
    expect(cluster.options.clusterRetryStrategy?.(1)).toBe(200);
    expect(cluster.options.scaleReads).toBe('master');
    expect(cluster.options.lazyConnect).toBe(true);
    cluster.disconnect();
  });

  it('leaves maxRetriesPerRequest null for BullMQ by default and refuses a database other than 0', () => {
    const client = createRedis({ url: 'redis://h:7000', clusterNodes: ['h:7001'] }, 'pa-bullmq', {
      lazyConnect: true,
    }) as Cluster;
    expect(client.options.redisOptions?.maxRetriesPerRequest).toBeNull();
    expect(client.options.redisOptions).not.toHaveProperty('password');
    expect(client.options.redisOptions).not.toHaveProperty('tls');
    client.disconnect();
    expect(() => createRedis({ url: 'redis://h:7000/2', clusterNodes: ['h:7001'] }, 'x')).toThrow(
      /database 0/,
    );
  });
});
