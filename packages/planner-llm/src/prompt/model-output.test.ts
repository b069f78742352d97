import { describe, expect, it } from 'vitest';
import {
  MAX_EXPLANATION_CHARS,
  MAX_MESSAGE_CHARS,
  MAX_MODEL_SQL_CHARS,
  parseModelOutput,
} from './model-output.js';

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

  it('cuts a huge explanation to its cap, ending with an ellipsis', () => {
    const explanation = 'x'.repeat(5_000_000);
    const r = parseModelOutput(JSON.stringify({ kind: 'sql', sql: 'SELECT 1', explanation }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.explanation?.length).toBe(MAX_EXPLANATION_CHARS);
    expect(r.plan.explanation?.endsWith('…')).toBe(true);
  });

  it('cuts a huge message to its cap and drops a reason that is not a reason', () => {
    const r = parseModelOutput(
      JSON.stringify({ kind: 'refuse', message: 'm'.repeat(100_000), reason: 'r'.repeat(100_000) }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.message?.length).toBe(MAX_MESSAGE_CHARS);
    expect(r.plan.message?.endsWith('…')).toBe(true);
    expect(r.plan.reason).toBeUndefined();
  });

  it('keeps text under the caps as it is', () => {
    const r = parseModelOutput(JSON.stringify({ kind: 'refuse', message: 'No.', reason: 'personal' }));
    expect(r).toEqual({ ok: true, plan: { kind: 'refuse', message: 'No.', reason: 'personal' } });
  });

  it('never cuts a surrogate pair in half', () => {
    const r = parseModelOutput(JSON.stringify({ kind: 'chat', message: '😀'.repeat(MAX_MESSAGE_CHARS) }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const last = r.plan.message?.charCodeAt(MAX_MESSAGE_CHARS - 3) ?? 0;
    expect(r.plan.message?.endsWith('…')).toBe(true);
    // The character before the ellipsis ends a pair: it is a low surrogate, never a lone high one.
    expect(last >= 0xdc00 && last <= 0xdfff).toBe(true);
  });

  it('rejects SQL longer than the guard accepts, as a failed attempt', () => {
    const sql = `SELECT ${'1 + '.repeat(MAX_MODEL_SQL_CHARS)}1`;
    const r = parseModelOutput(JSON.stringify({ kind: 'sql', sql }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(String(MAX_MODEL_SQL_CHARS));
  });
});
