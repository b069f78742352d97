import { describe, expect, it } from 'vitest';
import { parseModelOutput } from './model-output.js';

describe('parseModelOutput', () => {
  it('accepts a plan object and trims the SQL (and a trailing semicolon)', () => {
    const r = parseModelOutput(
      '{"kind":"sql","sql":"  SELECT count(*) FROM transactions; ","explanation":"Counts."}',
    );
    expect(r).toEqual({
      ok: true,
      plan: { kind: 'sql', sql: 'SELECT count(*) FROM transactions', explanation: 'Counts.' },
    });
  });

  it('treats nulls from strict structured output as absent', () => {
    const r = parseModelOutput(
      '{"kind":"refuse","sql":null,"explanation":null,"message":"I only read data."}',
    );
    expect(r).toEqual({ ok: true, plan: { kind: 'refuse', message: 'I only read data.' } });
  });

  it('drops SQL that comes with a non-sql kind', () => {
    const r = parseModelOutput('{"kind":"refuse","sql":"DELETE FROM transactions","message":"No."}');
    expect(r).toEqual({ ok: true, plan: { kind: 'refuse', message: 'No.' } });
  });

  it('accepts one ```json fence around the object', () => {
    expect(parseModelOutput('```json\n{"kind":"chat","message":"hi"}\n```').ok).toBe(true);
  });

  it.each([
    ['prose', 'Sure! Here is the query: SELECT 1'],
    ['broken JSON', '{"kind":"sql","sql":"SELECT 1"'],
    ['an array', '[{"kind":"sql","sql":"SELECT 1"}]'],
    ['an unknown kind', '{"kind":"execute","sql":"DROP TABLE transactions"}'],
    ['sql without SQL', '{"kind":"sql","sql":"   "}'],
    ['a wrong type', '{"kind":"sql","sql":42}'],
    ['nothing', '  '],
  ])('rejects %s', (_, text) => {
    const r = parseModelOutput(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
  });
});
