/**
 * `npm run token -- --bank "Halyk Bank" | --admin [--sub NAME] [--ttl 1h]`:
 * prints a bearer token signed with JWT_SECRET (from .env or the environment)
 * alone on its last line, so `TOKEN=$(npm run -s token -- --admin)` works.
 */
import { parseArgs } from 'node:util';
import { loadDotEnv } from '@pa/config';
import { ISSUER_BANKS } from '@pa/contracts';
import { isIssuerBank, mintDevToken, parseTtl } from './lib/dev-token.js';
import { repoRoot } from './lib/root.js';

const HELP = `Usage: npm run token -- (--bank "BANK" | --admin) [--sub NAME] [--ttl 1h]

Prints an HS256 token for the API, signed with JWT_SECRET (npm run services
writes one to .env in development mode), alone on the last line.

  --bank BANK   an analyst of one issuer bank: ${ISSUER_BANKS.join(', ')}
  --admin       an admin: every bank
  --sub NAME    the user id (default dev-analyst@BANK or dev-admin)
  --ttl T       lifetime: 30s, 15m, 1h (default), 7d

Example:
  TOKEN=$(npm run -s token -- --bank "Halyk Bank")
  curl -s http://localhost:3000/api/queries -H "Authorization: Bearer $TOKEN"`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      bank: { type: 'string' },
      admin: { type: 'boolean', default: false },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '1h' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.admin === (values.bank !== undefined))
    throw new Error('give exactly one of --bank "BANK" or --admin');
  if (values.bank !== undefined && !isIssuerBank(values.bank)) {
    throw new Error(`--bank must be one of: ${ISSUER_BANKS.join(', ')}`);
  }
  loadDotEnv(repoRoot);
  const secret = process.env.JWT_SECRET;
  if (!secret)
    throw new Error(
      'JWT_SECRET is not set: run `npm run services` to generate one into .env (AUTH_MODE=dev)',
    );
  if (process.env.AUTH_MODE !== 'dev')
    console.error('token: note: AUTH_MODE is not dev; signing with JWT_SECRET anyway');
  const token = await mintDevToken({
    secret,
    bank: values.bank ?? null,
    ...(values.sub ? { sub: values.sub } : {}),
    ttlSeconds: parseTtl(values.ttl),
    issuer: process.env.JWT_ISSUER,
    audience: process.env.JWT_AUDIENCE,
  });
  console.log(token);
}

main().catch((err: unknown) => {
  console.error(`token: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
