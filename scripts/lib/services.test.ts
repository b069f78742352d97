import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printableUrl, redactUrl, writeEnvDefaults } from './services.js';

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
