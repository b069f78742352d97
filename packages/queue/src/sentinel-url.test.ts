import { describe, expect, it } from 'vitest';
import { isSentinelUrl, sentinelOptionsFromUrl } from './sentinel-url.js';

describe('Sentinel URLs', () => {
  it('names the sentinels, the master, its database and its credentials', () => {
    const o = sentinelOptionsFromUrl(
      'redis+sentinel://app:s%3Acret@sentinel-0.redis:26379,sentinel-1.redis:26380,[::1]/pa-master/2?sentinel_password=sp',
    );
    expect(o).toMatchObject({
      sentinels: [
        { host: 'sentinel-0.redis', port: 26379 },
        { host: 'sentinel-1.redis', port: 26380 },
        { host: '::1', port: 26379 },
      ],
      name: 'pa-master',
      db: 2,
      username: 'app',
      password: 's:cret',
      sentinelPassword: 'sp',
      failoverDetector: true,
    });
    expect(o.tls).toBeUndefined();
  });

  it('defaults to database 0 and no credentials; rediss+sentinel:// speaks TLS to both', () => {
    expect(sentinelOptionsFromUrl('redis+sentinel://h/m')).toMatchObject({
      sentinels: [{ host: 'h', port: 26379 }],
      name: 'm',
      db: 0,
    });
    expect(sentinelOptionsFromUrl('redis+sentinel://h/m').password).toBeUndefined();
    expect(sentinelOptionsFromUrl('rediss+sentinel://:pw@h:1/m')).toMatchObject({
      password: 'pw',
      tls: {},
      enableTLSForSentinelMode: true,
    });
  });

  it('reconnects when a demoted master refuses a write, and only then', () => {
    const { reconnectOnError } = sentinelOptionsFromUrl('redis+sentinel://h/m');
    expect(reconnectOnError?.(new Error("READONLY You can't write against a read only replica."))).toBe(2);
    expect(reconnectOnError?.(new Error('ERR wrong number of arguments'))).toBe(false);
  });

  it('refuses a URL without a master name or with a bad port, saying what it expects', () => {
    expect(() => sentinelOptionsFromUrl('redis+sentinel://h:26379')).toThrow(/master name/);
    expect(() => sentinelOptionsFromUrl('redis+sentinel://h:port/m')).toThrow(/host:port/);
  });

  it('tells Sentinel URLs from plain ones', () => {
    expect(isSentinelUrl('redis+sentinel://h/m')).toBe(true);
    expect(isSentinelUrl('rediss+sentinel://h/m')).toBe(true);
    expect(isSentinelUrl('redis://h:6379')).toBe(false);
    expect(isSentinelUrl('rediss://h:6379/0')).toBe(false);
  });
});
