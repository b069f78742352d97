import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiFetch, bankToken, bearer } from './support/auth.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import {
  type InProcessApi,
  stackEnv,
  startApi,
  startWorker,
  submit,
  waitForTerminal,
} from './support/stack.js';

let db: TestDatabase;
let api: InProcessApi;
let worker: Awaited<ReturnType<typeof startWorker>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const env = stackEnv(db.url);
  api = await startApi(env);
  worker = await startWorker(env);
});
afterAll(async () => {
  await worker?.close();
  await api?.close();
  await db?.drop();
});

/** Runs reference SQL directly, in the session settings the executor uses. */
async function reference(sql: string): Promise<unknown[][]> {
  const client = await db.pool.connect();
  try {
    await client.query("SET TimeZone = 'Asia/Almaty'");
    const res = await client.query({ text: sql, rowMode: 'array' });
    return res.rows as unknown[][];
  } finally {
    client.release();
  }
}

type Completed = {
  status: string;
  result: { rows: unknown[][]; sql: string; columns: unknown[]; row_count: number };
};

describe('a question goes through the queue and comes back answered', () => {
  it('"How many transactions were there yesterday?" equals the reference count', async () => {
    const job = await submit(api.url, 'How many transactions were there yesterday?');
    const done = (await waitForTerminal(api.url, job.id)) as unknown as Completed;
    expect(done.status).toBe('completed');
    const expected = await reference(
      `SELECT count(*) FROM transactions
        WHERE transaction_timestamp >= current_date - 1 AND transaction_timestamp < current_date`,
    );
    expect(done.result.rows).toEqual(expected);
    expect(Number(expected[0]![0])).toBeGreaterThan(0);
  });

  it('"Top 5 categories by amount in the last 30 days" equals the reference rows in order', async () => {
    const job = await submit(api.url, 'Top 5 categories by amount in the last 30 days');
    const done = (await waitForTerminal(api.url, job.id)) as unknown as Completed;
    expect(done.status).toBe('completed');
    const expected = await reference(
      `SELECT mcc_category, sum(transaction_amount_kzt) FROM transactions
        WHERE transaction_timestamp >= current_date - 29
        GROUP BY mcc_category ORDER BY 2 DESC LIMIT 5`,
    );
    expect(expected).toHaveLength(5);
    expect(done.result.rows).toEqual(expected);
    expect(done.result.row_count).toBe(5);
  });

  it('a follow-up in the same session builds on the previous question', async () => {
    const first = await submit(api.url, 'How many transactions were there yesterday?', {
      session_id: 'analyst-7',
    });
    expect(((await waitForTerminal(api.url, first.id)) as unknown as Completed).status).toBe('completed');
    const followUp = await submit(api.url, 'а в Астане?', { session_id: 'analyst-7' });
    const done = (await waitForTerminal(api.url, followUp.id)) as unknown as Completed;
    expect(done.status).toBe('completed');
    const expected = await reference(
      `SELECT count(*) FROM transactions WHERE merchant_city = 'Astana'
          AND transaction_timestamp >= current_date - 1 AND transaction_timestamp < current_date`,
    );
    expect(done.result.rows).toEqual(expected);
    // Without the session the same words are not a question the planner can answer.
    const alone = await submit(api.url, 'а в Астане?');
    expect(((await waitForTerminal(api.url, alone.id)) as { status: string }).status).toBe('failed');
  });

  it('options.max_rows caps the rows and reports truncation', async () => {
    const job = await submit(api.url, 'Daily transaction count over the last 14 days', {
      options: { max_rows: 5 },
    });
    const done = (await waitForTerminal(api.url, job.id)) as unknown as Completed & {
      result: { truncated: boolean };
    };
    expect(done.status).toBe('completed');
    expect(done.result.row_count).toBe(5);
    expect(done.result.rows).toHaveLength(5);
    expect(done.result.truncated).toBe(true);
  });

  it('options.planner "llm" on a server without a model fails with a clear message', async () => {
    const job = await submit(api.url, 'How many transactions were there yesterday?', {
      options: { planner: 'llm' },
    });
    const done = (await waitForTerminal(api.url, job.id)) as { status: string; error: { message: string } };
    expect(done.status).toBe('failed');
    expect(done.error.message).toMatch(/no language model/);
  });

  it('a question the planner cannot answer fails with a helpful, non-retryable message', async () => {
    const job = await submit(api.url, 'Tell me a joke about penguins');
    const done = (await waitForTerminal(api.url, job.id)) as unknown as {
      status: string;
      error: { message: string; retryable: boolean };
    };
    expect(done.status).toBe('failed');
    expect(done.error.retryable).toBe(false);
    expect(done.error.message).toMatch(/try|can't|cannot/i);
  });

  it('history has exactly one row per job, with the SQL and timings', async () => {
    const job = await submit(api.url, 'How many transactions were there today?');
    await waitForTerminal(api.url, job.id);
    const rows = await db.pool.query(
      'SELECT status, sql, timings, planner FROM app.question_history WHERE job_id = $1',
      [job.id],
    );
    expect(rows.rowCount).toBe(1);
    expect(rows.rows[0].status).toBe('completed');
    expect(rows.rows[0].sql).toMatch(/count\(\*\)/i);
    expect(Object.keys(rows.rows[0].timings)).toEqual(
      expect.arrayContaining(['understanding', 'planning', 'guarding', 'executing', 'shaping']),
    );
  });
});

type Answered = {
  status: string;
  result: {
    language: string;
    columns: Array<{ name: string }>;
    rows: unknown[][];
    chart: { data: { labels: string[] } };
    analysis: {
      headline: string;
      insights: Array<{ title: string; description: string; significance: string }>;
    };
  };
};

describe('answers a person can read', () => {
  it('a Russian monthly question gets a Russian headline and insights, month labels, no column names', async () => {
    const job = await submit(api.url, 'Оборот по месяцам за 2025 год');
    const done = (await waitForTerminal(api.url, job.id)) as unknown as Answered;
    expect(done.status).toBe('completed');
    const { result } = done;
    expect(result.language).toBe('ru');
    expect(result.rows.length).toBeGreaterThan(1);
    expect(result.chart.data.labels.every((l) => /^[а-я]+ 2025$/.test(l))).toBe(true);
    expect(result.analysis.headline).toMatch(/^Оборот /);
    expect(result.analysis.insights.length).toBeGreaterThan(0);
    for (const insight of result.analysis.insights) {
      expect(['High', 'Medium', 'Low']).toContain(insight.significance);
      expect(insight.description).toMatch(/[а-яё]/i);
    }
    const prose = JSON.stringify(result.analysis);
    for (const column of result.columns) expect(prose).not.toContain(column.name);
  });

  it('GET result.csv downloads every row as UTF-8 CSV with a BOM, and hides another bank’s job', async () => {
    const kaspi = await bankToken('Kaspi Bank');
    const job = await submit(api.url, 'Top 5 categories by amount in the last 30 days', {}, kaspi);
    const done = (await waitForTerminal(api.url, job.id, 30_000, kaspi)) as unknown as Answered;
    expect(done.status).toBe('completed');
    const res = await apiFetch(`${api.url}/api/queries/${job.id}/result.csv`, { headers: bearer(kaspi) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="query-${job.id}.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(done.result.columns.map((c) => c.name).join(','));
    expect(lines.slice(1, -1)).toEqual(done.result.rows.map((r) => r.join(',')));
    expect(lines.at(-1)).toBe('');

    const other = await apiFetch(`${api.url}/api/queries/${job.id}/result.csv`, {
      headers: bearer(await bankToken('Halyk Bank')),
    });
    expect(other.status).toBe(404);
  });

  it('GET result.csv of a job without an answer is a 409, not an empty file', async () => {
    const job = await submit(api.url, 'Tell me a joke about penguins');
    await waitForTerminal(api.url, job.id);
    const res = await apiFetch(`${api.url}/api/queries/${job.id}/result.csv`);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('conflict');
  });
});
