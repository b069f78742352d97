import { join } from 'node:path';
import { loadDotEnv } from '@pa/config';
import { migrate, readMigrations, seedPlannerExamples } from '@pa/db';
import pg from 'pg';
import { repoRoot } from './lib/root.js';

async function main(): Promise<void> {
  loadDotEnv(repoRoot);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run `npm run services` first or set it in .env');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ran = await migrate(client, readMigrations(join(repoRoot, 'migrations')));
    console.log(ran.length > 0 ? `migrate: applied ${ran.join(', ')}` : 'migrate: up to date');
    const { written } = await seedPlannerExamples(client);
    if (written > 0)
      console.log(`migrate: ${written} planner examples (packages/db/data/planner-examples.jsonl)`);
  } finally {
    await client.end();
  }
}

main().catch((err: unknown) => {
  console.error(`migrate: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
