import { describe, expect, it } from 'vitest';
import { frameOf } from './passes/testing.js';

describe('a self-correction takes back the thing before it (unseen66)', () => {
  it.each([
    [
      'so the average grocery purchase in almaty no wait shymkent for september 2025',
      'merchant_city',
      'Shymkent',
    ],
    [
      'what was the total cash withdrawn from atms at halyk no sorry bank centercredit in december 2025',
      'issuer_bank_name',
      'Bank CenterCredit',
    ],
    ['2026 жылғы қазан айында алматыда жоқ астанада қанша транзакция болды', 'merchant_city', 'Astana'],
    [
      'өткен айда форте банкте жоқ жусан банкте елу мыңнан асатын операциялар саны',
      'issuer_bank_name',
      'Jusan Bank',
    ],
  ])('%s', (q, column, value) => {
    const frame = frameOf(q);
    expect(frame.filters).toContainEqual({ kind: 'values', column, negated: false, values: [value] });
    expect(frame.filters.filter((f) => f.kind === 'values' && f.column === column).length).toBe(1);
  });
  it('«за октябрь ой за ноябрь»: the second month', () => {
    expect(frameOf('сколько операций было в алматы за октябрь ой за ноябрь 2026 года').time).toEqual({
      kind: 'dates',
      from: '2026-11-01',
      to: '2026-12-01',
    });
  });
  it('"no" between things of different kinds is no correction', () => {
    expect(frameOf('Kaspi payments with no wallet in 2026').filters).toContainEqual({
      kind: 'presence',
      column: 'wallet_type',
      present: false,
    });
  });
});
