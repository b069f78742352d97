import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { interpret, PASSES } from '../interpret.js';
import type { Reading } from './reading.js';
import { startOf, TEST_ENV } from './testing.js';

const questions = readFileSync(
  new URL('../../../../test/fixtures/golden/golden.jsonl', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { question: string }).question);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) for (const [k, v] of value) deepFreeze(k) && deepFreeze(v);
    else if (value instanceof Set) for (const v of value) deepFreeze(v);
    else for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const snapshot = (r: Reading) =>
  JSON.stringify(r, (_k, v) => (v instanceof Map || v instanceof Set ? [...v] : v));

describe('the passes', () => {
  it('never change the reading they are given', () => {
    for (const question of questions) {
      let reading = startOf(question);
      for (const [name, pass] of PASSES) {
        const before = snapshot(reading);
        // A Map or Set frozen by Object.freeze still accepts set/add: the snapshot catches those.
        const next = pass(deepFreeze(reading));
        expect(snapshot(reading), `${name}: ${question}`).toBe(before);
        reading = next;
      }
    }
  });

  it('give the same draft run in place by interpret as called one after another', () => {
    for (const question of questions) {
      const composed = PASSES.reduce((r, [, pass]) => pass(r), startOf(question)).draft;
      const items = startOf(question).slots.map((s) => s.item);
      expect(interpret(items, TEST_ENV), question).toEqual(composed);
    }
  });
});
