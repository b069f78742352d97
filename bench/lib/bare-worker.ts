/**
 * The pipeline scenario's baseline worker, in its own process like the real one: a bare BullMQ
 * worker whose processor runs one SQL statement with a plain pg pool and returns. Prints
 * "ready" once it listens. Env: REDIS_URL, DATABASE_URL, BARE_PREFIX, BARE_SQL, BARE_CONCURRENCY.
 */
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const concurrency = Number(env('BARE_CONCURRENCY'));
const sql = env('BARE_SQL');
const pool = new pg.Pool({ connectionString: env('DATABASE_URL'), max: Math.min(concurrency, 20) });
const connection = new Redis(env('REDIS_URL'), { maxRetriesPerRequest: null });
const worker = new Worker(
  'questions',
  async () => {
    const res = await pool.query(sql);
    return { rows: res.rowCount };
  },
  { connection, prefix: env('BARE_PREFIX'), concurrency, removeOnComplete: { age: 3_600 } },
);
await worker.waitUntilReady();
console.log('ready');

const stop = async () => {
  await worker.close();
  await pool.end();
  connection.disconnect();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
