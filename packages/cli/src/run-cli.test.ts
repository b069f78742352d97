import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli, waitInWords } from './run-cli.js';
import type { Terminal } from './terminal.js';

/** A terminal that keeps what `pa` would print. */
function recordingTerminal() {
  const said: string[] = [];
  let out = '';
  let err = '';
  const term: Terminal = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    say: (line) => said.push(line),
    progress: () => {},
    showsProgress: false,
    columns: 80,
    bold: (t) => t,
    dim: (t) => t,
  };
  return { term, said, out: () => out, err: () => err };
}

/** A local port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('runCli', () => {
  it('a bad command line exits 1 and says what is wrong', async () => {
    const t = recordingTerminal();
    expect(await runCli(['ask', 'q', '--json', '--csv'], {}, t.term)).toBe(1);
    expect(t.said).toEqual(['choose one of --json, --csv']);
  });

  it('no token exits 3 before anything is sent', async () => {
    const t = recordingTerminal();
    expect(await runCli(['history'], { PA_URL: 'http://127.0.0.1:9' }, t.term)).toBe(3);
    expect(t.said[0]).toMatch(/^no token: set PA_TOKEN or pass --token/);
  });

  it('an API that is not there exits 1 and says where it looked', async () => {
    const port = await closedPort();
    const t = recordingTerminal();
    const env = { PA_URL: `http://127.0.0.1:${port}`, PA_TOKEN: 't' };
    expect(await runCli(['status', 'some-id'], env, t.term)).toBe(1);
    expect(t.said).toEqual([
      `cannot reach the API at http://127.0.0.1:${port}: connection refused (is the API running? check PA_URL / --url)`,
    ]);
  });

  it('help goes to stdout when asked for, to stderr with exit 1 when no command is given', async () => {
    const asked = recordingTerminal();
    expect(await runCli(['help'], {}, asked.term)).toBe(0);
    expect(asked.out()).toContain('pa ask "QUESTION"');
    const bare = recordingTerminal();
    expect(await runCli([], {}, bare.term)).toBe(1);
    expect(bare.out()).toBe('');
    expect(bare.err()).toContain('pa ask "QUESTION"');
  });
});

describe('waitInWords', () => {
  it('says a wait the way people do', () => {
    expect(waitInWords(42)).toBe('42 s');
    expect(waitInWords(200)).toBe('3 min 20 s');
    expect(waitInWords(3_600)).toBe('1 h');
    expect(waitInWords(7_500)).toBe('2 h 5 min');
  });
});
