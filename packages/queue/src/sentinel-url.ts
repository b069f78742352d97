import type { RedisOptions } from 'ioredis';

/**
 * `redis+sentinel://[user:password@]host1[:26379][,host2[:26379]…]/<master name>[/<db>][?sentinel_username=…&sentinel_password=…]`
 * (`rediss+sentinel://` for TLS to the sentinels and the master). The user and password are
 * the master's; the sentinels' own credentials, when they have any, go in the query.
 */
const SENTINEL_URL =
  /^(rediss?)\+sentinel:\/\/(?:([^@/]*)@)?([^/?#]+)\/([^/?#]+)(?:\/(\d+))?\/?(?:\?([^#]*))?$/;
const SENTINEL_HOST = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d{1,5}))?$/;

export const isSentinelUrl = (url: string): boolean => /^rediss?\+sentinel:\/\//.test(url);

/**
 * ioredis options for a Redis Sentinel URL: the client asks the sentinels where the master
 * is, follows a failover as soon as the sentinels announce it, and reconnects rather than keep
 * writing to a demoted master (READONLY). Throws on a malformed URL, naming the expected shape.
 */
export function sentinelOptionsFromUrl(url: string): RedisOptions {
  const m = SENTINEL_URL.exec(url);
  if (!m) {
    throw new Error(
      'a Sentinel URL looks like redis+sentinel://[user:password@]host:26379[,host:26379…]/<master name>[/<db>]',
    );
  }
  const [, scheme, userinfo, hostList, name, db, query] = m;
  const sentinels = hostList!.split(',').map((entry) => {
    const h = SENTINEL_HOST.exec(entry.trim());
    if (!h) throw new Error(`a Sentinel URL names sentinels as host:port; got "${entry}"`);
    return { host: h[1]!.replace(/^\[|\]$/g, ''), port: h[2] ? Number(h[2]) : 26379 };
  });
  const [user, password] = userinfo
    ? [userinfo.split(':')[0]!, userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : '']
    : ['', ''];
  const params = new URLSearchParams(query ?? '');
  const tls = scheme === 'rediss';
  return {
    sentinels,
    name: decodeURIComponent(name!),
    db: db ? Number(db) : 0,
    ...(user ? { username: decodeURIComponent(user) } : {}),
    ...(password ? { password: decodeURIComponent(password) } : {}),
    ...(params.get('sentinel_username') ? { sentinelUsername: params.get('sentinel_username')! } : {}),
    ...(params.get('sentinel_password') ? { sentinelPassword: params.get('sentinel_password')! } : {}),
    ...(tls ? { tls: {}, enableTLSForSentinelMode: true } : {}),
    failoverDetector: true,
    reconnectOnError: (err) => (err.message.startsWith('READONLY') ? 2 : false),
  };
}
