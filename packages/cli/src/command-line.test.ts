import { describe, expect, it } from 'vitest';
import { DEFAULT_URL, parseCommandLine, UsageError } from './command-line.js';

const parse = (argv: string[], env: Record<string, string> = {}) => parseCommandLine(argv, env);

describe('parseCommandLine', () => {
  it('reads ask with its flags, the words of an unquoted question joined', () => {
    const { command } = parse(['ask', 'Top', '5', 'categories', '--csv', '--session', 's1', '--no-wait']);
    expect(command).toEqual({
      name: 'ask',
      question: 'Top 5 categories',
      format: 'csv',
      sessionId: 's1',
      wait: false,
      planner: null,
      useCache: true,
    });
  });

  it('takes the connection from flags first, then PA_URL / PA_TOKEN, then the local default', () => {
    expect(parse(['history'])).toMatchObject({ url: DEFAULT_URL, token: null });
    expect(parse(['history'], { PA_URL: 'http://api:8080', PA_TOKEN: 'env' })).toMatchObject({
      url: 'http://api:8080',
      token: 'env',
    });
    expect(
      parse(['history', '--url', 'http://x:1', '--token', 'flag'], { PA_URL: 'http://api', PA_TOKEN: 'env' }),
    ).toMatchObject({ url: 'http://x:1', token: 'flag' });
  });

  it('refuses two output formats, options of another command and unknown commands, in words', () => {
    expect(() => parse(['ask', 'q', '--json', '--csv'])).toThrow(/choose one of --json, --csv/);
    expect(() => parse(['history', '--session', 's'])).toThrow(/pa history does not take --session/);
    expect(() => parse(['ask', 'q', '--sesion', 's'])).toThrow(UsageError);
    expect(() => parse(['frobnicate'])).toThrow(/unknown command "frobnicate"/);
    expect(() => parse(['ask'])).toThrow(/needs a question/);
    expect(() => parse(['status'])).toThrow(/one job id/);
    expect(() => parse(['history', '--limit', '500'])).toThrow(/1 to 100/);
    expect(() => parse(['ask', 'q', '--planner', 'gpt'])).toThrow(/auto, builtin or llm/);
    expect(() => parse(['history'], { PA_URL: 'localhost:3000' })).toThrow(/must be an http\(s\) URL/);
    expect(() => parse(['history'], { PA_URL: 'not a url' })).toThrow(/must be an http\(s\) URL/);
  });

  it('reads history paging and token minting', () => {
    expect(
      parse(['history', '--limit', '5', '--cursor', 'abc', '--status', 'failed', '--json']).command,
    ).toEqual({
      name: 'history',
      format: 'json',
      limit: 5,
      cursor: 'abc',
      status: 'failed',
      from: null,
      to: null,
    });
    expect(parse(['token', '--bank', 'Halyk Bank', '--ttl', '8h']).command).toEqual({
      name: 'token',
      bank: 'Halyk Bank',
      sub: null,
      ttl: '8h',
    });
    expect(() => parse(['token', '--admin', '--bank', 'Halyk Bank'])).toThrow(/not both/);
  });

  it('shows help when asked (and when no command is given)', () => {
    expect(parse(['--help']).command).toEqual({ name: 'help', requested: true });
    expect(parse(['ask', '-h']).command).toEqual({ name: 'help', requested: true });
    expect(parse([]).command).toEqual({ name: 'help', requested: false });
  });
});
