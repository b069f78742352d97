import { loadDotEnv } from '@pa/config';
import { devAuthDefaults } from './lib/dev-token.js';
import { repoRoot } from './lib/root.js';
import { ensureServices, printableUrl, stopServices, writeEnvDefaults } from './lib/services.js';

const command = process.argv[2] ?? 'up';
const log = (line: string) => console.error(`services: ${line}`);

async function main(): Promise<void> {
  if (command === 'stop') {
    stopServices(repoRoot, log);
    return;
  }
  loadDotEnv(repoRoot);
  const urls = await ensureServices({
    root: repoRoot,
    databaseUrl: process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    log,
  });
  const added = writeEnvDefaults(repoRoot, {
    DATABASE_URL: urls.databaseUrl,
    REDIS_URL: urls.redisUrl,
    ...devAuthDefaults(process.env),
  });
  if (added.length > 0) log(`wrote ${added.join(', ')} to .env`);
  // Ready to paste into a shell; a password of a server you configured yourself stays hidden.
  console.log(`DATABASE_URL=${printableUrl(urls.databaseUrl)}`);
  console.log(`REDIS_URL=${printableUrl(urls.redisUrl)}`);
}

main().catch((err: unknown) => {
  console.error(`services: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
