import { describe, expect, it } from 'vitest';
import { type UnderstandContext, understandQuestion } from '../builtin-planner.js';
import { dayCanExist, isoParts } from '../calendar.js';
import type { InterpretEnv } from '../draft.js';
import { readNumericDate, tokenize } from '../tokenize.js';
import { readCalendarDates } from './calendar-dates.js';
import { frameOf, runPass, TEST_ENV } from './testing.js';

/**
 * Dates written in digits — «01.09.2026», «01.09», "15/09/2026", ISO — read as the calendar days the
 * same dates said in words are, alone and in ranges, in English, Russian and Kazakh; and what only
 * looks like one (a decimal, a clock time, a version, a day no month has, a month-first date) is not.
 */

/** 30 November 2026 in Almaty: «01.09» (no year) is 1 September 2026, «01.12» is 1 December 2025. */
const ENV: InterpretEnv = { now: new Date('2026-11-30T09:00:00Z'), timeZone: 'Asia/Almaty' };
const CTX: UnderstandContext = { ...ENV, previous: [] };

const ranges = (q: string, env: InterpretEnv = ENV) =>
  runPass(readCalendarDates, q, env).after.notes.timeRanges.map((t) => t.range);
const days = (from: string, to: string) => [{ kind: 'dates', from, to }];

function sqlOf(question: string, ctx: UnderstandContext = CTX): string {
  const result = understandQuestion(question, ctx);
  if (result.kind !== 'sql') throw new Error(`${question}: ${result.kind} ${result.message}`);
  return result.sql.replace(/\s+/g, ' ');
}

/** The words a clarification names, or the kind of answer when it is not one. */
function askedBack(question: string, ctx: UnderstandContext = CTX): string {
  const result = understandQuestion(question, ctx);
  return result.kind === 'clarify' ? result.reason : `${result.kind}`;
}

const SEPT_1_15 = "transaction_timestamp >= '2026-09-01' AND transaction_timestamp < '2026-09-16'";

describe('readNumericDate', () => {
  it('reads the day first, with or without a year', () => {
    expect(readNumericDate('01.09.2026')).toBe('2026-09-01');
    expect(readNumericDate('1.9.2026')).toBe('2026-09-01');
    expect(readNumericDate('01.09')).toBe('--09-01');
    expect(readNumericDate('15/09/2026')).toBe('2026-09-15');
    expect(readNumericDate('05/05/2026')).toBe('2026-05-05');
  });

  it('keeps a written year even for a day no month has: the calendar pass asks it back', () => {
    expect(readNumericDate('31.02.2026')).toBe('2026-02-31');
  });

  it('is null for what cannot be a day and a month, or could be month first', () => {
    expect(readNumericDate('45.13')).toBeNull();
    expect(readNumericDate('18.00')).toBeNull();
    expect(readNumericDate('01/09/2026')).toBeNull(); // 9 January in American use
    expect(readNumericDate('09/15/2026')).toBeNull(); // month first
  });

  it('isoParts and dayCanExist read the year-less form', () => {
    expect(isoParts('--09-01')).toEqual({ year: null, month: 9, day: 1 });
    expect(isoParts('2026-09-01')).toEqual({ year: 2026, month: 9, day: 1 });
    expect(dayCanExist(null, 2, 29)).toBe(true);
    expect(dayCanExist(2026, 2, 29)).toBe(false);
    expect(dayCanExist(null, 4, 31)).toBe(false);
  });
});

describe('tokenize: numeric dates', () => {
  const kinds = (q: string) =>
    tokenize(q).map((t) => (t.kind === 'date' ? `date:${t.iso}` : `${t.kind}:${t.text}`));

  it('makes one date token of a numeric date, and marks the dash of a range', () => {
    expect(tokenize('за 01.09–15.09')).toEqual([
      { kind: 'word', text: 'за' },
      { kind: 'date', text: '01.09', iso: '--09-01' },
      { kind: 'date', text: '15.09', iso: '--09-15', dashBefore: true },
    ]);
    expect(kinds('01.09.2026-15.09.2026')).toEqual(['date:2026-09-01', 'date:2026-09-15']);
    expect(tokenize('01.09.2026 - 15.09.2026')[1]?.dashBefore).toBe(true);
  });

  it('keeps decimals numbers: one digit after the point, a multiplier, a percent, no month', () => {
    expect(kinds('1.5 млн')).toEqual(['number:1.5', 'word:млн']);
    expect(kinds('2.5k')).toEqual(['number:2.5', 'word:k']);
    expect(kinds('0.5')).toEqual(['number:0.5']);
    expect(kinds('12.50')).toEqual(['number:12.50']);
    expect(kinds('45.13')).toEqual(['number:45.13']);
    expect(kinds('10.10 млн')).toEqual(['number:10.10', 'word:млн']);
    expect(kinds('12.05 тенге')).toEqual(['number:12.05', 'word:тенге']);
    expect(kinds('10.05%')).toEqual(['number:10.05', 'word:%']);
    expect(kinds('10.10k')).toEqual(['number:10.10', 'word:k']);
    expect(kinds('1.000.000')).toEqual(['number:1.000.000']);
  });

  it('keeps clock times numbers: ".00" is no month, and "at" or "pm" says it is a time', () => {
    expect(kinds('18.00')).toEqual(['number:18.00']);
    expect(kinds('at 10.05')).toEqual(['word:at', 'number:10.05']);
    expect(kinds('10.05 pm')).toEqual(['number:10.05', 'word:pm']);
    expect(kinds('в 18.05 вечера')).toEqual(['word:в', 'number:18.05', 'word:вечера']);
  });

  it('reads every «dd.dd» of a question as a number once one of them is a decimal', () => {
    expect(kinds('от 10.10 до 20.10 тенге')).toEqual([
      'word:от',
      'number:10.10',
      'word:до',
      'number:20.10',
      'word:тенге',
    ]);
    // "1.5" is no day and month: the date beside it stays a date.
    expect(kinds('за 01.09 больше 1.5 млн')).toEqual([
      'word:за',
      'date:--09-01',
      'word:больше',
      'number:1.5',
      'word:млн',
    ]);
  });

  it('leaves versions, two-digit years and month-first dates words, to ask back', () => {
    expect(kinds('1.2.3')).toEqual(['word:1.2.3']);
    expect(kinds('01.09.26')).toEqual(['word:01.09.26']);
    expect(kinds('01/09/2026')).toEqual(['word:01/09/2026']);
    expect(kinds('09/15/2026')).toEqual(['word:09/15/2026']);
  });

  it('joins a hyphenated Kazakh case ending to the date, and only that', () => {
    expect(tokenize('01.09.2026-дан 15.09.2026-ға дейін').map((t) => t.text)).toEqual([
      '01.09.2026-дан',
      '15.09.2026-ға',
      'дейін',
    ]);
    expect(tokenize('2026-09-01-ден').map((t) => t.text)).toEqual(['2026-09-01-ден']);
    // With spaces around it, a dash is a dash: «на» is a word of its own.
    expect(tokenize('01.09 - на').map((t) => t.text)).toEqual(['01.09', 'на']);
  });
});

describe('calendar dates pass: numeric dates', () => {
  it('reads a numeric date as that day', () => {
    expect(ranges('сколько снятий в Шымкенте 01.09.2026')).toEqual(days('2026-09-01', '2026-09-02'));
    expect(ranges('withdrawals on 05.10.2026')).toEqual(days('2026-10-05', '2026-10-06'));
    expect(ranges('spend on 15/09/2026')).toEqual(days('2026-09-15', '2026-09-16'));
    expect(ranges('сумма 01.09.2026 г.')).toEqual(days('2026-09-01', '2026-09-02'));
    expect(ranges('төлемдер 05.11.2026 ж.')).toEqual(days('2026-11-05', '2026-11-06'));
  });

  it('dates a year-less day as it dates "1 September": the latest one that has come', () => {
    expect(ranges('сумма 05.11')).toEqual(ranges('сумма 5 ноября'));
    expect(ranges('сумма 05.11')).toEqual(days('2026-11-05', '2026-11-06'));
    expect(ranges('сумма 01.12')).toEqual(ranges('сумма 1 декабря'));
    expect(ranges('сумма 01.12')).toEqual(days('2025-12-01', '2025-12-02'));
    // TEST_ENV's today is 20 May 2026: 1 September is the one of 2025.
    expect(ranges('сумма 01.09', TEST_ENV)).toEqual(days('2025-09-01', '2025-09-02'));
  });

  it('gives a year-less day the year written after it or before it', () => {
    expect(ranges('сумма 01.09 2025 года')).toEqual(days('2025-09-01', '2025-09-02'));
    expect(ranges('сумма 01.09 прошлого года')).toEqual(days('2025-09-01', '2025-09-02'));
    expect(ranges('2025 жылғы 01.09 сома')).toEqual(days('2025-09-01', '2025-09-02'));
  });

  it('reads ranges, both ends included, as the same ranges said in words', () => {
    const named = ranges('с 1 по 15 сентября 2026');
    expect(named).toEqual(days('2026-09-01', '2026-09-16'));
    for (const q of [
      'с 01.09.2026 по 15.09.2026',
      'за 01.09–15.09',
      '01.09.2026-15.09.2026',
      '01.09.2026 - 15.09.2026',
      'from 01.09 to 15.09',
      'from 1.9.2026 to 15.9.2026',
      'between 01.09 and 15.09',
      'от 01.09 до 15.09',
      'с 1 по 15.09.2026',
      '01.09.2026 бастап 15.09.2026 дейін',
      '01.09.2026 ж. бастап 15.09.2026 ж. дейін',
      '01.09.2026-дан 15.09.2026-ға дейін',
      '01.09-дан бастап 15.09-ға дейін',
      '01.09–15.09 аралығында',
      '2026-09-01 - 2026-09-15',
    ])
      expect(ranges(q), q).toEqual(named);
    expect(ranges('за период 10.10.2026–20.10.2026')).toEqual(days('2026-10-10', '2026-10-21'));
    expect(ranges('01.01.2026–31.03.2026')).toEqual(days('2026-01-01', '2026-04-01'));
    expect(ranges('за 01.09.2026-15.09')).toEqual(named);
  });

  it('reads an open range from a numeric date', () => {
    expect(ranges('начиная с 01.09.2026')).toEqual([{ kind: 'dates', from: '2026-09-01', to: null }]);
    expect(ranges('с 01.09')).toEqual([{ kind: 'dates', from: '2026-09-01', to: null }]);
    expect(ranges('төлемдер саны 01.09.2026 бастап')).toEqual([
      { kind: 'dates', from: '2026-09-01', to: null },
    ]);
  });

  it('asks back a day no month has, whether in digits or in words, instead of moving it', () => {
    const cases: [question: string, asked: string][] = [
      ['сумма 31.02.2026', '31.02.2026'],
      ['сумма 31.04', '31.04'],
      ['сумма 31 апреля', '31 апреля'],
      // No 29 February in 2026, the year «29.02» is given.
      ['сумма 29.02', '29.02'],
      ['сумма с 29.02 по 05.03', '29.02'],
    ];
    for (const [q, word] of cases) {
      const { after } = runPass(readCalendarDates, q, ENV);
      expect(after.notes.timeRanges, q).toEqual([]);
      expect(after.draft.issues, q).toEqual([{ kind: 'unknown_words', words: [word] }]);
    }
    expect(ranges('сумма 29.02.2028')).toEqual(days('2028-02-29', '2028-03-01'));
  });
});

describe('understanding numeric dates', () => {
  it('answers with the literal days, in the three languages', () => {
    expect(sqlOf('сколько снятий в Шымкенте 01.09.2026')).toBe(
      "SELECT count(*) AS transaction_count FROM transactions WHERE transaction_type = 'ATM_WITHDRAWAL' AND merchant_city = 'Shymkent' AND transaction_timestamp >= '2026-09-01' AND transaction_timestamp < '2026-09-02'",
    );
    expect(sqlOf('сколько снятий в Шымкенте за 01.09–15.09')).toContain(SEPT_1_15);
    expect(sqlOf('сколько снятий в Шымкенте с 01.09.2026 по 15.09.2026')).toContain(SEPT_1_15);
    expect(sqlOf('how many withdrawals in Shymkent on 05.10.2026')).toContain(
      "transaction_timestamp >= '2026-10-05' AND transaction_timestamp < '2026-10-06'",
    );
    expect(sqlOf('total spend from 01.09 to 15.09')).toContain(SEPT_1_15);
    expect(sqlOf('Шымкенттегі ақша шешу саны 01.09.2026 бастап 15.09.2026 дейін')).toContain(SEPT_1_15);
    expect(sqlOf('Шымкенттегі ақша шешу саны 01.09–15.09 аралығында')).toContain(SEPT_1_15);
    expect(sqlOf('сумма за период 10.10.2026–20.10.2026')).toContain(
      "transaction_timestamp >= '2026-10-10' AND transaction_timestamp < '2026-10-21'",
    );
  });

  it('makes the frame the same range said in words makes', () => {
    const time = (q: string) => frameOf(q, CTX).time;
    expect(time('сумма по категориям за 01.09–15.09')).toEqual(
      time('сумма по категориям с 1 по 15 сентября'),
    );
    expect(time('spend by city 01.09.2026-15.09.2026')).toEqual(
      time('spend by city from 1 to 15 September 2026'),
    );
    expect(time('Алматыдағы төлемдер саны 01.09.2026 бастап 15.09.2026 дейін')).toEqual(
      time('Алматыдағы төлемдер саны 1 қыркүйектен 15 қыркүйекке дейін'),
    );
    expect(time('Алматыдағы төлемдер саны 1 қыркүйектен бастап 15 қыркүйекке дейін')).toEqual({
      kind: 'dates',
      from: '2026-09-01',
      to: '2026-09-16',
    });
  });

  it('compares two numeric dates as it compares two named days', () => {
    const compare = (q: string) => frameOf(q, CTX).compare;
    expect(compare('сравни сумму 01.09 и 02.09')).toEqual(compare('сравни сумму 1 сентября и 2 сентября'));
  });

  it('reads a date beside clock times written with a colon, which are hours', () => {
    expect(sqlOf('сумма 01.09.2026 с 18:00 до 20:00')).toContain(
      "extract(hour FROM transaction_timestamp) >= 18 AND extract(hour FROM transaction_timestamp) < 20 AND transaction_timestamp >= '2026-09-01' AND transaction_timestamp < '2026-09-02'",
    );
  });

  it('keeps a decimal an amount', () => {
    expect(sqlOf('сумма транзакций больше 1.5 млн')).toContain('transaction_amount_kzt > 1500000');
    expect(sqlOf('сумма транзакций от 10.10 до 20.10 тенге')).toContain(
      'transaction_amount_kzt BETWEEN 10.1 AND 20.1',
    );
    expect(sqlOf('сумма транзакций больше 1.5 млн за 01.09')).toBe(
      "SELECT sum(transaction_amount_kzt) AS total_amount FROM transactions WHERE transaction_amount_kzt > 1500000 AND transaction_timestamp >= '2026-09-01' AND transaction_timestamp < '2026-09-02'",
    );
    expect(sqlOf('transactions over 2.5k')).toContain('transaction_amount_kzt > 2500');
    expect(sqlOf('сумма транзакций больше 10.10 млн')).toContain('transaction_amount_kzt > 10100000');
    expect(sqlOf('сумма транзакций больше 1.5 млн')).not.toContain('transaction_timestamp');
  });

  it('asks back what only looks like a date', () => {
    for (const q of [
      'сумма 31.02.2026',
      'сумма 45.13',
      'сумма 31.04',
      'count 1.2.3',
      'сумма 01.09.26',
      'spend on 01/09/2026', // 1 September or 9 January?
      'spend on 09/15/2026', // month first
      'spend on 09/01',
      'how many transactions at 10.05', // a time of day
      'сумма транзакций с 18.00 до 20.00', // clock times, not 18 and 20 of month 00
      'сумма с 25.12 по 05.01', // as «с 25 декабря по 5 января»
    ])
      expect(askedBack(q), q).toBe('unknown_words');
  });
});
