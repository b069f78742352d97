import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { guardBatch, percentile, readCase, summaryLine, timingLine } from './batch.js';
import { loadGuard } from './index.js';

beforeAll(async () => {
  await loadGuard();
});

async function* linesOf(...lines: string[]): AsyncGenerator<string> {
  yield* lines;
}

describe('guard batch', () => {
  it('reads {id, sql} lines and reports anything else as an invalid input line', () => {
    expect(readCase('{"id":"a","sql":"SELECT 1"}')).toEqual({ id: 'a', sql: 'SELECT 1' });
    expect(readCase('{"id":7,"sql":"SELECT 1"}')).toEqual({ id: 7, sql: 'SELECT 1' });
    const invalid = { allowed: false, reasons: ['invalid input line'] };
    expect(readCase('not json')).toEqual({ id: null, ...invalid });
    expect(readCase('{"id":"b"}')).toEqual({ id: 'b', ...invalid });
    expect(readCase('{"id":"c","sql":42}')).toEqual({ id: 'c', ...invalid });
    expect(readCase('[1,2]')).toEqual({ id: null, ...invalid });
    expect(readCase('null')).toEqual({ id: null, ...invalid });
  });

  it('writes one verdict per case in input order and counts them', async () => {
    const written: string[] = [];
    const summary = await guardBatch(
      linesOf(
        '{"id":"ok","sql":"SELECT count(*) FROM transactions"}',
        '',
        '{"id":"sleep","sql":"SELECT pg_sleep(1)"}',
        '{oops',
      ),
      (line) => written.push(line),
    );
    expect(written.map((line) => JSON.parse(line))).toEqual([
      { id: 'ok', allowed: true, reasons: [] },
      { id: 'sleep', allowed: false, reasons: ['function pg_sleep is not allowed'] },
      { id: null, allowed: false, reasons: ['invalid input line'] },
    ]);
    expect(summaryLine(summary)).toBe('guard: 1 allowed, 2 rejected');
    expect(summary.guardTimesMs).toHaveLength(2);
    expect(timingLine(summary)).toMatch(
      /^guard time per statement: p50 \d+\.\d{3} ms, p95 \d+\.\d{3} ms \(2 statements\)$/,
    );
  });

  it('computes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 95)).toBe(5);
    expect(percentile([7], 50)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('runs as a command reading stdin', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'packages/sql-guard/src/cli.ts', '--file', '-'],
      {
        cwd: root,
        input: '{"id":"1","sql":"SELECT 1"}\n{"id":"2","sql":"DELETE FROM transactions"}\nnot json\n',
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toEqual([
      '{"id":"1","allowed":true,"reasons":[]}',
      '{"id":"2","allowed":false,"reasons":["only SELECT is allowed, found DELETE"]}',
      '{"id":null,"allowed":false,"reasons":["invalid input line"]}',
      'guard: 1 allowed, 2 rejected',
    ]);
    expect(run.stderr).toMatch(/guard time per statement: p50 .* ms, p95 .* ms \(2 statements\)/);
  });
});
