import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyExecutionError, defaultExecuteLimits, ExecutionError, executeReadOnly } from './executor.js';

// The executor against PostgreSQL is tested in test/security-*.test.ts; here, what needs no server.

const scope = { tenant: 'Kaspi Bank', time_zone: 'Asia/Almaty' } as const;

/** A port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

let pool: pg.Pool;
beforeAll(async () => {
  pool = new pg.Pool({
    connectionString: `postgres://nobody:nothing@127.0.0.1:${await closedPort()}/none`,
    connectionTimeoutMillis: 1_000,
  });
  pool.on('error', () => {});
});
afterAll(async () => {
  await pool.end();
});

describe('classifyExecutionError', () => {
  const cases: Array<[string, string, string]> = [
    ['57014', 'canceling statement due to statement timeout', 'timeout'],
    ['42501', 'permission denied for function set_config', 'permission'],
    ['25006', 'cannot execute UPDATE in a read-only transaction', 'permission'],
    ['53400', 'temporary file size exceeds temp_file_limit (128kB)', 'too_costly'],
    ['53200', 'out of memory', 'too_costly'],
    ['53300', 'sorry, too many clients already', 'unavailable'],
    ['57P01', 'terminating connection due to administrator command', 'unavailable'],
    ['08006', 'connection failure', 'unavailable'],
    ['40001', 'canceling statement due to conflict with recovery', 'unavailable'],
    ['40P01', 'canceling statement due to conflict with recovery', 'unavailable'],
    ['08P01', 'bind message supplies 0 parameters, but prepared statement "" requires 1', 'sql'],
    ['42601', 'cannot insert multiple commands into a prepared statement', 'sql'],
    ['42703', 'column "connection" does not exist', 'sql'],
    ['22012', 'division by zero', 'sql'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:1', 'unavailable'],
  ];
  for (const [code, message, failure] of cases) {
    it(`${code} (${message}) is ${failure}`, () => {
      expect(classifyExecutionError(Object.assign(new Error(message), { code })).failure).toBe(failure);
    });
  }

  it('keeps the SQLSTATE, and none for driver errors', () => {
    expect(classifyExecutionError(Object.assign(new Error('x'), { code: '42703' })).pgCode).toBe('42703');
    expect(classifyExecutionError(new Error('Connection terminated unexpectedly')).pgCode).toBeUndefined();
    expect(classifyExecutionError(new Error('Connection terminated unexpectedly')).failure).toBe(
      'unavailable',
    );
  });

  it('passes an ExecutionError through', () => {
    const err = new ExecutionError('too_costly', 'too much');
    expect(classifyExecutionError(err)).toBe(err);
  });
});

describe('executeReadOnly before it touches the database', () => {
  it('refuses a reader role name that is not a plain identifier', async () => {
    await expect(
      executeReadOnly(pool, 'SELECT 1', scope, {
        ...defaultExecuteLimits,
        readerRole: 'pa_reader; RESET ROLE',
      }),
    ).rejects.toThrow(/invalid reader role name/);
  });

  it('refuses a statement with a NUL character as a fault of the statement', async () => {
    const err = await executeReadOnly(pool, 'SELECT 1\u0000; DROP TABLE transactions', scope).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ExecutionError);
    expect((err as ExecutionError).failure).toBe('sql');
  });

  it('reports an unreachable database as unavailable (worth a retry)', async () => {
    const err = await executeReadOnly(pool, 'SELECT 1', scope).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExecutionError);
    expect((err as ExecutionError).failure).toBe('unavailable');
  });
});
