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

describe('a self-correction of a ranking\'s size or of a relative period ("top three no top five", «осы жылы жоқ өткен жылы», «за этот месяц ой нет за прошлый» with the unit said once)', () => {
  it('top two no top four banks by turnover in 2025: four', () => {
    const frame = frameOf('top two no top four banks by turnover in 2025');
    expect(frame.limit).toBe(4);
  });
  it.each([
    ['ECOM turnover this week no last week', { kind: 'previous', unit: 'week' }],
    ['Kaspi айналымы осы айда жоқ өткен айда', { kind: 'previous', unit: 'month' }],
    ['количество операций в Таразе за этот квартал ой нет за прошлый', { kind: 'previous', unit: 'quarter' }],
  ])('%s', (question, time) => {
    expect(frameOf(question).time).toEqual(time);
  });
  it('"no wallet" after a period is no correction', () => {
    expect(frameOf('payments this month with no wallet').filters).toContainEqual({
      kind: 'presence',
      column: 'wallet_type',
      present: false,
    });
  });
});
