import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { portFor, printableUrl, redactUrl, writeEnvDefaults } from './services.js';

describe('writeEnvDefaults', () => {
  it('adds missing keys and never overwrites a value the user set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-env-'));
    writeFileSync(join(dir, '.env'), '# mine\nexport REDIS_URL=redis://elsewhere:6379\nLOG_LEVEL=debug');
    const added = writeEnvDefaults(dir, {
      DATABASE_URL: 'postgres://a/b',
      REDIS_URL: 'redis://127.0.0.1:6399',
    });
    expect(added).toEqual(['DATABASE_URL']);
    const text = readFileSync(join(dir, '.env'), 'utf8');
    expect(text).toContain('export REDIS_URL=redis://elsewhere:6379');
    expect(text).not.toContain('redis://127.0.0.1:6399');
    expect(text).toContain('LOG_LEVEL=debug\nDATABASE_URL=postgres://a/b\n');
    expect(writeEnvDefaults(dir, { DATABASE_URL: 'postgres://other/db' })).toEqual([]);
  });
});

describe('redactUrl', () => {
  it('hides passwords', () => {
    expect(redactUrl('postgres://pa_app:secret@127.0.0.1:5432/db')).toBe(
      'postgres://pa_app:***@127.0.0.1:5432/db',
    );
    expect(redactUrl('redis://127.0.0.1:6399')).toBe('redis://127.0.0.1:6399');
  });
});

describe('printableUrl', () => {
  it('prints the local dev servers in full and hides other passwords', () => {
    expect(printableUrl('postgres://pa_app:devpw@127.0.0.1:54329/payment_analytics')).toContain('devpw');
    expect(printableUrl('postgres://app:secret@db.internal:5432/pa')).toBe(
      'postgres://app:***@db.internal:5432/pa',
    );
  });
});

describe('portFor', () => {
  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve(server));
    });

  it('takes the preferred port when free, the next free one when another checkout holds it, and keeps its choice', async () => {
    const held = await listen(0);
    const busy = (held.address() as AddressInfo).port;
    try {
      const first = mkdtempSync(join(tmpdir(), 'pa-ports-'));
      const second = mkdtempSync(join(tmpdir(), 'pa-ports-'));
      const lines: string[] = [];
      const chosen = await portFor(second, 'redis', (l) => lines.push(l), busy);
      expect(chosen).toBeGreaterThan(busy);
      expect(lines.join('\n')).toContain(`port ${busy} is taken`);
      // The choice is recorded: the same port next time, even once the preferred one is free again.
      held.close();
      expect(await portFor(second, 'redis', () => {}, busy)).toBe(chosen);
      expect(JSON.parse(readFileSync(join(second, 'ports.json'), 'utf8'))).toEqual({ redis: chosen });
      expect(await portFor(first, 'postgres', () => {}, busy)).toBe(busy);
    } finally {
      held.close();
    }
  });
});
