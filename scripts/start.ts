/**
 * `npm start`: services up, migrate, seed if empty (top up if stale), then
 * the API and one worker as child processes. Ctrl-C stops both gracefully.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { loadDotEnv } from '@pa/config';
import { migrate, readMigrations, seedPlannerExamples } from '@pa/db';
import {
  formatCount,
  formatDuration,
  seedTransactions,
  TransactionsNotEmptyError,
  topUpTransactions,
} from '@pa/seed';
import pg from 'pg';
import { announceDataChange } from './lib/data-version.js';
import { devAuthDefaults, mintDevToken } from './lib/dev-token.js';
import { repoRoot } from './lib/root.js';
import { ensureServices, redactUrl, writeEnvDefaults } from './lib/services.js';
import { supervise } from './lib/supervise.js';

const say = (line: string) => console.error(`start: ${line}`);

async function prepareDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ran = await migrate(client, readMigrations(join(repoRoot, 'migrations')));
    if (ran.length > 0) say(`applied migrations ${ran.join(', ')}`);
    await seedPlannerExamples(client);
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM (SELECT 1 FROM transactions LIMIT 1) t',
    );
    if (rows[0]?.n === 0) {
      say('no transactions yet: generating 200 000 synthetic rows (npm run seed -- --help for options)…');
      try {
        const seeded = await seedTransactions(client, { rows: 200_000, seed: 42, end: new Date() });
        await announceDataChange();
        const rate = seeded.inserted / (seeded.elapsedMs / 1000);
        say(
          `loaded ${formatCount(seeded.inserted)} rows in ${formatDuration(seeded.elapsedMs)} (${formatCount(rate)} rows/s)`,
        );
      } catch (err) {
        // Another `npm start` seeded it first: that's fine.
        if (!(err instanceof TransactionsNotEmptyError)) throw err;
      }
    } else {
      const { inserted } = await topUpTransactions(client, { now: new Date() });
      if (inserted > 0) {
        await announceDataChange(process.env, say);
        say(`topped up ${inserted} synthetic rows up to now`);
      }
    }
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  loadDotEnv(repoRoot);
  const urls = await ensureServices({
    root: repoRoot,
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    log: (l) => say(l),
  });
  const auth = devAuthDefaults(process.env);
  const added = writeEnvDefaults(repoRoot, {
    DATABASE_URL: urls.databaseUrl,
    REDIS_URL: urls.redisUrl,
    ...auth,
  });
  if (auth.JWT_SECRET && added.includes('JWT_SECRET'))
    say('development mode: wrote AUTH_MODE=dev and a new JWT_SECRET to .env');
  Object.assign(process.env, auth);
  process.env.DATABASE_URL = urls.databaseUrl;
  process.env.REDIS_URL = urls.redisUrl;
  say(`DATABASE_URL=${redactUrl(urls.databaseUrl)}`);
  say(`REDIS_URL=${redactUrl(urls.redisUrl)}`);
  await prepareDatabase(urls.databaseUrl);

  // Each child is supervised: a crash is logged and the process started again with backoff.
  const children = (['api', 'worker'] as const).map((app) =>
    supervise({
      name: app,
      log: (l) => say(l),
      start: () =>
        spawn(process.execPath, ['--import', 'tsx', join(repoRoot, `apps/${app}/src/main.ts`)], {
          cwd: repoRoot,
          env: process.env,
          stdio: 'inherit',
        }),
    }),
  );
  const port = process.env.PORT ?? '3000';
  const base = `http://localhost:${port}`;
  say(
    `API: ${base}  (health: ${base}/api/health, docs: ${base}/docs, queue dashboard: ${base}/admin/queues/login)`,
  );
  await printTryIt(base);

  // Ctrl-C (or SIGTERM) stops both for good; workers finish their active jobs first.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    say('stopping the API and the worker');
    void Promise.all(children.map((child) => child.stop('SIGTERM'))).then(() => process.exit());
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** A ready admin token (development mode) and curl lines that use it, to paste into a shell. */
async function printTryIt(base: string): Promise<void> {
  const secret = process.env.JWT_SECRET;
  if (process.env.AUTH_MODE !== 'dev' || !secret) {
    say('authentication: AUTH_MODE=jwt; send a token from your identity provider (Authorization: Bearer …)');
    return;
  }
  const token = await mintDevToken({
    secret,
    bank: null,
    ttlSeconds: 12 * 3_600,
    issuer: process.env.JWT_ISSUER,
    audience: process.env.JWT_AUDIENCE,
  });
  say(
    'development mode: an admin token valid 12 h (more with npm run token -- --admin | --bank "Halyk Bank")',
  );
  say('try:');
  console.error(
    [
      `  export TOKEN=${token}`,
      `  curl -s -X POST ${base}/api/queries -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \\`,
      `       -d '{"question":"Top 5 categories by amount in the last 30 days"}'`,
      `  curl -s ${base}/api/queries/<id> -H "Authorization: Bearer $TOKEN"          # poll`,
      `  curl -N ${base}/api/queries/<id>/events -H "Authorization: Bearer $TOKEN"   # follow over SSE`,
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  console.error(`start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
