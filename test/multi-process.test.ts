import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch } from './support/auth.js';
import { createTestDatabase, lockTransactions, type TestDatabase } from './support/db.js';
import { openSse } from './support/sse.js';
import {
  type ChildService,
  freePort,
  spawnApp,
  stackEnv,
  submit,
  waitForHttp,
  waitForStage,
  waitForTerminal,
} from './support/stack.js';

let db: TestDatabase;
const children: ChildService[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await Promise.all(children.map((c) => c.kill('SIGKILL')));
  await db?.drop();
});

async function startApiProcess(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  const child = spawnApp('api', { ...env, PORT: String(port), HOST: '127.0.0.1' });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/api/health`, child);
  return url;
}

function startWorkerProcess(env: Record<string, string>): ChildService {
  const child = spawnApp('worker', env);
  children.push(child);
  return child;
}

describe('several processes', () => {
  it('a job submitted through API 1 is streamed by API 2, answered by one of two workers', async () => {
    const env = stackEnv(db.url);
    const [api1, api2] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    startWorkerProcess(env);
    startWorkerProcess(env);
    const job = await submit(api1, 'Top 5 categories by amount in the last 30 days');
    const sse = await openSse(`${api2}${job.links.events}`);
    const events = [await sse.next(), ...(await sse.rest(30_000))];
    expect(events[0]?.event).toBe('snapshot');
    expect(events.at(-1)?.event).toBe('completed');
    expect(JSON.parse(events.at(-1)!.data).result.row_count).toBe(5);
    const viaApi1 = (await (await apiFetch(`${api1}/api/queries/${job.id}`)).json()) as { status: string };
    expect(viaApi1.status).toBe('completed');
  });

  it('a worker killed with SIGKILL mid-job: another worker completes it, with exactly one history row', async () => {
    const env = stackEnv(db.url, {
      WORKER_LOCK_DURATION_MS: '2000',
      WORKER_STALLED_INTERVAL_MS: '1000',
      STATEMENT_TIMEOUT_MS: '60000',
    });
    const api = await startApiProcess(env);
    // Hold the job inside its executing stage with a table lock, so the kill lands mid-job.
    const release = await lockTransactions(db.pool);
    try {
      const doomed = startWorkerProcess(env);
      const job = await submit(api, 'How many transactions were there yesterday?');
      await waitForStage(api, job.id, 'executing');
      await doomed.kill('SIGKILL');
      await release();
      startWorkerProcess(env);
      const done = (await waitForTerminal(api, job.id, 45_000)) as { status: string; attempt: number };
      expect(done.status).toBe('completed');
      const history = await db.pool.query('SELECT status FROM app.question_history WHERE job_id = $1', [
        job.id,
      ]);
      expect(history.rows).toEqual([{ status: 'completed' }]);
    } finally {
      await release();
    }
  });

  it('SIGTERM lets a worker finish its active job before exiting', async () => {
    const env = stackEnv(db.url, { STATEMENT_TIMEOUT_MS: '60000' });
    const api = await startApiProcess(env);
    const release = await lockTransactions(db.pool);
    const worker = startWorkerProcess(env);
    const job = await submit(api, 'How many transactions were there today?');
    await waitForStage(api, job.id, 'executing');
    const exited = worker.kill('SIGTERM');
    // The worker is waiting on the lock: it must not exit before its job is done.
    await new Promise((r) => setTimeout(r, 300));
    expect(worker.proc.exitCode).toBeNull();
    await release();
    expect(await exited).toBe(0);
    const done = (await waitForTerminal(api, job.id, 10_000)) as { status: string };
    expect(done.status).toBe('completed');
  });
});
