/**
 * `pa`: the command-line client of the API (bin/pa.js runs this file; so does `npm run pa -- …`).
 * See README, "Command-line client".
 */
import { runCli } from './run-cli.js';
import { exitQuietlyOnEpipe, processTerminal } from './terminal.js';

exitQuietlyOnEpipe();
const code = await runCli(process.argv.slice(2), process.env, processTerminal());
// Let stdout drain (a pipe to a slow reader), then leave: an idle keep-alive socket must not hold us.
process.stdout.write('', () => process.exit(code));
