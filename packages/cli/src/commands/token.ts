import type { Command } from '../command-line.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Terminal } from '../terminal.js';

type Token = Extract<Command, { name: 'token' }>;

/**
 * `pa token`: a development token, exactly what `npm run token` mints (the same module signs it),
 * from this checkout's `.env` or environment. Only in development mode: with AUTH_MODE=jwt the API
 * trusts an identity provider, and a token signed here would at best work by accident.
 * The signing code is loaded only for this command, so the other commands stay light.
 */
export async function token(term: Terminal, cmd: Token): Promise<ExitCode> {
  const [{ loadDotEnv }, { isIssuerBank, mintDevToken, parseTtl }, { repoRoot }] = await Promise.all([
    import('@pa/config'),
    import('../../../../scripts/lib/dev-token.js'),
    import('../../../../scripts/lib/root.js'),
  ]);
  loadDotEnv(repoRoot);
  const mode = process.env.AUTH_MODE;
  if (mode !== 'dev') {
    term.say(
      `pa token only mints development tokens, and AUTH_MODE is ${mode ? `"${mode}"` : 'not set (so "jwt")'} ` +
        `here. With AUTH_MODE=jwt the API accepts tokens from your identity provider: get one there and ` +
        `set PA_TOKEN. For local development, npm run services writes AUTH_MODE=dev and a JWT_SECRET ` +
        `to .env when no authentication is configured.`,
    );
    return EXIT.failure;
  }
  const secret = process.env.JWT_SECRET;
  if (!secret) {
    term.say('AUTH_MODE=dev but JWT_SECRET is not set: npm run services generates one into .env.');
    return EXIT.failure;
  }
  if (cmd.bank !== null && !isIssuerBank(cmd.bank)) {
    term.say(
      `--bank must be an issuer bank as spelled in the data: Halyk Bank, Kaspi Bank, ForteBank, ` +
        `Jusan Bank, Eurasian Bank, Bank CenterCredit (got "${cmd.bank}")`,
    );
    return EXIT.failure;
  }
  let ttlSeconds: number;
  try {
    ttlSeconds = parseTtl(cmd.ttl);
  } catch (err) {
    term.say((err as Error).message);
    return EXIT.failure;
  }
  const minted = await mintDevToken({
    secret,
    bank: cmd.bank,
    ...(cmd.sub ? { sub: cmd.sub } : {}),
    ttlSeconds,
    issuer: process.env.JWT_ISSUER,
    audience: process.env.JWT_AUDIENCE,
  });
  term.out(`${minted}\n`);
  if (term.showsProgress) {
    term.say(
      `${cmd.bank ? `an analyst of ${cmd.bank}` : 'an admin (every bank)'}, valid ${cmd.ttl}, for an API ` +
        `with this JWT_SECRET. Use it: export PA_TOKEN=$(pa token${cmd.bank ? ` --bank "${cmd.bank}"` : ''})`,
    );
  }
  return EXIT.ok;
}
