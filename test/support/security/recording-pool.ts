import type { Socket } from 'node:net';
import type pg from 'pg';

/** One statement the executor sent, and when, by this process's monotonic clock, it went out and came back. */
export interface RecordedStatement {
  text: string;
  /** performance.now() just before the statement was handed to the driver. */
  sentAt: number;
  /** performance.now() when its result or error arrived, before the executor saw it; null while pending. */
  settledAt: number | null;
  /** The SQLSTATE it failed with, or null when it succeeded. */
  errorCode: string | null;
}

export interface Recording {
  /** Text of every statement the executor sent, in order. */
  statements: string[];
  /** The same statements with their send and settle times and how each ended. */
  timeline: RecordedStatement[];
  /** Bytes this process read from the database socket while the executor held the connection. */
  bytesRead: number;
}

/**
 * The real pool, seen through a window: every statement the executor sends on
 * the connection it borrows is written down, and the bytes that arrive on the
 * socket are counted. Nothing is faked; queries go to PostgreSQL unchanged.
 */
export function recordingPool(pool: pg.Pool): { pool: pg.Pool; recording: Recording } {
  const recording: Recording = { statements: [], timeline: [], bytesRead: 0 };
  const window = {
    async connect(): Promise<pg.PoolClient> {
      const client = await pool.connect();
      const socket = (client as unknown as { connection: { stream: Socket } }).connection.stream;
      const startBytes = socket.bytesRead;
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      const release = client.release.bind(client);
      const patched = client as unknown as {
        query?: (...args: unknown[]) => unknown;
        release: (err?: Error | boolean) => void;
      };
      patched.query = (...args: unknown[]) => {
        const first = args[0];
        const text = typeof first === 'string' ? first : String((first as { text: string }).text);
        const step: RecordedStatement = { text, sentAt: performance.now(), settledAt: null, errorCode: null };
        recording.statements.push(text);
        recording.timeline.push(step);
        const result = query(...args);
        if (!(result instanceof Promise)) return result;
        // Settled here first: the executor awaits the promise returned below, so it resumes only after.
        return result.then(
          (value: unknown) => {
            step.settledAt = performance.now();
            return value;
          },
          (err: unknown) => {
            step.settledAt = performance.now();
            step.errorCode = (err as { code?: string }).code ?? 'unknown';
            throw err;
          },
        );
      };
      patched.release = (err?: Error | boolean) => {
        recording.bytesRead += socket.bytesRead - startBytes;
        delete patched.query; // back to the prototype's method
        patched.release = release;
        release(err);
      };
      return client;
    },
  };
  return { pool: window as unknown as pg.Pool, recording };
}
