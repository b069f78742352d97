import type { Socket } from 'node:net';
import type pg from 'pg';

export interface Recording {
  /** Text of every statement the executor sent, in order. */
  statements: string[];
  /** Bytes this process read from the database socket while the executor held the connection. */
  bytesRead: number;
}

/**
 * The real pool, seen through a window: every statement the executor sends on
 * the connection it borrows is written down, and the bytes that arrive on the
 * socket are counted. Nothing is faked; queries go to PostgreSQL unchanged.
 */
export function recordingPool(pool: pg.Pool): { pool: pg.Pool; recording: Recording } {
  const recording: Recording = { statements: [], bytesRead: 0 };
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
        recording.statements.push(
          typeof first === 'string' ? first : String((first as { text: string }).text),
        );
        return query(...args);
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
