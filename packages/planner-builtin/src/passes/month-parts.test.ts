import { describe, expect, it } from 'vitest';
import { sqlLineOf } from './testing.js';

const between = (from: string, to: string) =>
  `transaction_timestamp >= '${from}' AND transaction_timestamp < '${to}'`;

describe('a part of a named month', () => {
  it.each([
    ['ATM withdrawals in the first half of March 2026', '2026-03-01', '2026-03-16'],
    ['оборот за вторую половину февраля 2026 года', '2026-02-16', '2026-03-01'],
    ['2026 жылғы сәуірдің бірінші жартысындағы төлемдер саны', '2026-04-01', '2026-04-16'],
    ['payments in the first 5 days of June 2026', '2026-06-01', '2026-06-06'],
    ['сколько переводов за первые десять дней мая 2026', '2026-05-01', '2026-05-11'],
    ['the last two days of September 2026: turnover by bank', '2026-09-29', '2026-10-01'],
    ['2026 жылғы маусымның соңғы 4 күніндегі айналым', '2026-06-27', '2026-07-01'],
  ])('%s', (question, from, to) => {
    expect(sqlLineOf(question)).toContain(between(from, to));
  });

  it('the dates said beside the part must be its own', () => {
    expect(sqlLineOf('оборот за первую половину марта 2026 (с 1 по 15 число)')).toContain(
      between('2026-03-01', '2026-03-16'),
    );
    expect(sqlLineOf('turnover in the first half of March 2026 (the 1st through the 15th)')).toContain(
      between('2026-03-01', '2026-03-16'),
    );
    // Other days beside it: which period is meant is asked back.
    expect(sqlLineOf('оборот за первую половину марта 2026 (с 1 по 10 число)')).toBe('(clarify)');
  });

  it('the first week of a month is read only beside its dates', () => {
    expect(sqlLineOf('count of ECOM payments in the first week of March 2026')).toBe('(clarify)');
    expect(sqlLineOf('count of ECOM payments in the first week of March 2026, i.e. Mar 1-7')).toContain(
      between('2026-03-01', '2026-03-08'),
    );
  });

  it('a range of days right after a month is of that month', () => {
    expect(sqlLineOf('оборот за март 2026, 10–20 числа')).toContain(between('2026-03-10', '2026-03-21'));
    expect(sqlLineOf('ECOM turnover in March 2026 (the 5th through the 9th)')).toContain(
      between('2026-03-05', '2026-03-10'),
    );
  });

  it('a part the month does not have, or a half of something else, is asked back', () => {
    expect(sqlLineOf('turnover in the last 40 days of November 2026')).toBe('(clarify)');
    expect(sqlLineOf('первая половина операций')).toBe('(clarify)');
    // The year's halves are read as before.
    expect(sqlLineOf('turnover in the first half of 2026')).toContain(between('2026-01-01', '2026-07-01'));
  });
});
