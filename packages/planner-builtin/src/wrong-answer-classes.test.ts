import { describe, expect, it } from 'vitest';
import { buildSql } from './build-sql.js';
import { understandQuestion } from './builtin-planner.js';
import type { EnumColumn, Filter, Frame } from './frame.js';
import { frameOf, sqlLineOf, TEST_CONTEXT } from './passes/testing.js';

/**
 * Classes of confident wrong answers the unseen set found. A wrong number is worse than a question
 * asked back, so each class is tested with phrasings of our own (not the lines of the set), in the
 * languages it concerns: the planner either reads the question right or does not answer it.
 */

const context = TEST_CONTEXT;

/** The frame, or null when the question is asked back / refused. */
function frameOrNull(question: string): Frame | null {
  const result = understandQuestion(question, context);
  return result.kind === 'sql' ? result.frame : null;
}

/** Why a question is asked back or refused ('sql' when it is answered). */
function reasonOf(question: string): string {
  const result = understandQuestion(question, context);
  return result.kind === 'sql' ? 'sql' : result.reason;
}

const values = (column: EnumColumn, negated: boolean, ...v: string[]): Filter => ({
  kind: 'values',
  column,
  negated,
  values: v,
});

describe('a negation word is never dropped, leaving its value a positive filter', () => {
  it.each<[string, Filter]>([
    ['сумма без категории Unknown в этом месяце', values('mcc_category', true, 'Unknown')],
    ['количество операций без категории такси', values('mcc_category', true, 'Travel & Transportation')],
    ['total amount without category Unknown', values('mcc_category', true, 'Unknown')],
    [
      'count excluding category Unknown and taxi',
      values('mcc_category', true, 'Unknown', 'Travel & Transportation'),
    ],
    ['оборот за исключением категории аптеки', values('mcc_category', true, 'Pharmacies & Health')],
    ['сумма исключая категорию Unknown', values('mcc_category', true, 'Unknown')],
    ['сумма кроме городов Алматы и Астана', values('merchant_city', true, 'Almaty', 'Astana')],
  ])('%s', (question, filter) => {
    expect(frameOf(question).filters).toEqual([filter]);
  });

  it.each<[string, EnumColumn, string]>([
    ['Unknown санатынан басқа сома', 'mcc_category', 'Unknown'],
    ['такси санатын қоспағанда операциялар саны', 'mcc_category', 'Travel & Transportation'],
    ['сумма без кошелька Apple Pay', 'wallet_type', 'Apple Pay'],
    ['сумма без категории Алматы', 'merchant_city', 'Almaty'],
    ['count except category Almaty', 'merchant_city', 'Almaty'],
  ])('%s: negated or asked back, never a positive filter', (question, column, value) => {
    const frame = frameOrNull(question);
    const positive = (frame?.filters ?? []).some(
      (f) => f.kind === 'values' && f.column === column && !f.negated && f.values.includes(value),
    );
    expect(positive).toBe(false);
  });

  it('still reads a negation phrase with nothing after it as the value it names', () => {
    expect(frameOf('сумма без категории').filters).toEqual([values('mcc_category', false, 'Unknown')]);
    expect(frameOf('сумма без кошелька').filters).toEqual([
      { kind: 'presence', column: 'wallet_type', present: false },
    ]);
  });
});

describe('an explicit value is not widened by a group word of the same column', () => {
  it.each<[string, Filter]>([
    ['сумма P2P_OUT переводов', values('transaction_type', false, 'P2P_OUT')],
    ['P2P_IN transfers count last month', values('transaction_type', false, 'P2P_IN')],
    ['P2P_OUT аударымдарының сомасы', values('transaction_type', false, 'P2P_OUT')],
    ['сумма кроме P2P_OUT переводов', values('transaction_type', true, 'P2P_OUT')],
    ['transfers P2P_IN count', values('transaction_type', false, 'P2P_IN')],
  ])('%s', (question, filter) => {
    expect(frameOf(question).filters).toEqual([filter]);
  });

  it('still joins values named with "and" into one list', () => {
    expect(frameOf('transfers and ATM withdrawals count').filters).toEqual([
      values('transaction_type', false, 'P2P_IN', 'P2P_OUT', 'ATM_WITHDRAWAL'),
    ]);
    expect(frameOf('Almaty and Astana count').filters).toEqual([
      values('merchant_city', false, 'Almaty', 'Astana'),
    ]);
  });
});

describe('"per X" / «в разрезе X» / «әр X бойынша» is a breakdown or asked back, never dropped', () => {
  it.each([
    'how many transactions per mobile wallet',
    'сколько операций в разрезе онлайн',
    'amount for each Kaspi Bank',
    'count per contactless payment this year',
  ])('%s: no answer without a breakdown', (question) => {
    const frame = frameOrNull(question);
    expect(frame === null || frame.dimensions.length > 0).toBe(true);
  });

  it.each([
    'количество операций по каждому кошельку',
    'әр әмиян бойынша операциялар саны',
    'count for each wallet',
  ])('%s', (question) => {
    expect(frameOf(question).dimensions).toEqual(['wallet_type']);
  });

  it('"by" a value still names whose transactions', () => {
    expect(frameOf('How many transactions by Kaspi Bank cards last week?').dimensions).toEqual([]);
  });
});

describe('"full" / «полных» / «толық» periods are not answered as the current partial one', () => {
  it.each<[string, 'week' | 'month', number]>([
    ['weekly counts for the last 4 full weeks', 'week', 4],
    ['monthly totals over the last 3 complete months', 'month', 3],
    ['monthly amount for the last 6 whole months', 'month', 6],
    ['по неделям количество за последние 4 полных недели', 'week', 4],
    ['соңғы 3 толық айдағы сома ай бойынша', 'month', 3],
  ])('%s: the whole units before the current one', (question, unit, n) => {
    expect(frameOrNull(question)?.time).toEqual({ kind: 'full_units', unit, n });
  });
});

describe('two time expressions are one range or asked back, compared only when asked to', () => {
  it.each<[string, Frame['time']]>([
    ['amount since March this year', { kind: 'dates', from: '2026-03-01', to: null }],
    ['сумма с марта этого года', { kind: 'dates', from: '2026-03-01', to: null }],
    ['биыл ақпаннан бері сома', { kind: 'dates', from: '2026-02-01', to: null }],
    ['count this year since April', { kind: 'dates', from: '2026-04-01', to: null }],
    ['transactions this year in March', { kind: 'dates', from: '2026-03-01', to: '2026-04-01' }],
  ])('%s', (question, time) => {
    const frame = frameOf(question);
    expect(frame.time).toEqual(time);
    expect(frame.compare).toBeNull();
  });

  it.each([
    'amount in 2025 since June',
    'количество операций в 2025 году с июня',
    'сумма за 2025 год с июня',
    'transactions last year in March',
    'transactions yesterday this week',
  ])('%s: asked back, not compared', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });

  it.each([
    'amount this month vs last month',
    'сумма в этом месяце по сравнению с прошлым',
    'amount this month and last month',
    'осы айдағы және өткен айдағы транзакциялар саны',
  ])('%s: compared', (question) => {
    expect(frameOf(question).compare).not.toBeNull();
  });
});

describe('two day numbers before a month are a range of days, never an amount range', () => {
  it.each<[string, Frame['time']]>([
    ['transactions between 3 and 12 March 2026', { kind: 'dates', from: '2026-03-03', to: '2026-03-13' }],
    ['spend from 5 to 9 April 2026', { kind: 'dates', from: '2026-04-05', to: '2026-04-10' }],
    ['оборот между 2 и 8 марта 2026', { kind: 'dates', from: '2026-03-02', to: '2026-03-09' }],
    ['сумма операций от 10 до 20 апреля 2026', { kind: 'dates', from: '2026-04-10', to: '2026-04-21' }],
  ])('%s', (question, time) => {
    const frame = frameOf(question);
    expect(frame.time).toEqual(time);
    expect(frame.filters.filter((f) => f.kind === 'amount_between')).toEqual([]);
  });

  it('an amount range with a month after it stays an amount range', () => {
    const frame = frameOf('transactions from 1000 to 2000 tenge in April 2026');
    expect(frame.filters).toEqual([{ kind: 'amount_between', min: 1000, max: 2000 }]);
    expect(frame.time).toEqual({ kind: 'dates', from: '2026-04-01', to: '2026-05-01' });
  });
});

describe('a number written as an ordinal ("the 5th", «20-м», «20-сы») is never an amount', () => {
  it.each([
    'How many cafes took payments between the 5th and the 20th in 2026?',
    'Turnover from the 3rd to the 9th, 2025',
    'Сколько кафе принимали платежи между 5-м и 20-м в 2026 году?',
    'Қанша түрлі кафе төлем қабылдады 2026 жылдың 5-і мен 20-сы аралығында?',
    'Оборот после 10-го в 2026 году',
  ])('%s: no amount filter (days of no month are asked back)', (question) => {
    const frame = frameOrNull(question);
    expect(frame?.filters.filter((f) => f.kind === 'amount' || f.kind === 'amount_between') ?? []).toEqual(
      [],
    );
  });
  it('"between the 5th and the 20th of the month": the days of the month', () => {
    expect(sqlLineOf('payments between the 5th and the 20th of the month in 2026')).toContain(
      'extract(day FROM transaction_timestamp) BETWEEN 5 AND 20',
    );
  });
  it('«от 2-х до 5-ти тысяч»: a cardinal’s case ending keeps the amount', () => {
    expect(frameOf('Сколько платежей от 2-х до 5-ти тысяч в ноябре 2026?').filters).toEqual([
      { kind: 'amount_between', min: 2000, max: 5000 },
    ]);
  });
  it('"Nov 2026 (1st to 7th)": the days of the month named before', () => {
    expect(frameOf('daily turnover for the first week of Nov 2026 (1st to 7th)').time).toEqual({
      kind: 'dates',
      from: '2026-11-01',
      to: '2026-11-08',
    });
  });
});

describe('an end date with no start is asked back, never read as the day or month it names', () => {
  it.each([
    'сколько операций до 10 апреля 2026',
    'оборот до марта',
    'transactions until 12 April 2026',
    'spend before March',
    'count till 2026-04-01',
  ])('%s', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });

  it('a range with a start keeps "до"', () => {
    expect(frameOf('сколько операций с 3 до 9 апреля 2026').time).toEqual({
      kind: 'dates',
      from: '2026-04-03',
      to: '2026-04-10',
    });
  });
});

describe('a noun between "total" and "amount" does not add a count', () => {
  it.each(['total transaction amount in Astana', 'total payment amount last month', 'total txn amount 2025'])(
    '%s',
    (question) => {
      expect(frameOf(question).measures).toEqual([{ fn: 'sum' }]);
    },
  );

  it.each([
    'how many ATM withdrawals and what was their total amount',
    'how many SALARY transactions this month and their total amount',
  ])('%s: both measures asked are kept', (question) => {
    expect(frameOf(question).measures).toEqual(expect.arrayContaining([{ fn: 'count' }, { fn: 'sum' }]));
  });

  it.each(['Осы айда барлығы қанша операция болды?', 'how many times was cash withdrawn in March 2026'])(
    '%s: a count only',
    (question) => {
      expect(frameOf(question).measures).toEqual([{ fn: 'count' }]);
    },
  );
});

describe('a restated value does not drop the other values of an exception list', () => {
  it.each<[string, Filter]>([
    [
      'оборот кроме Unknown и аптек (Pharmacies) за этот год',
      values('mcc_category', true, 'Unknown', 'Pharmacies & Health'),
    ],
    ['spend except Astana and Almaty (Almaty) this year', values('merchant_city', true, 'Astana', 'Almaty')],
  ])('%s', (question, filter) => {
    expect(frameOf(question).filters).toEqual([filter]);
  });
});

describe('a distribution by hour is over the hours of the day', () => {
  it.each([
    'распределение платежей по часам за прошлый месяц',
    'distribution of payments by hour last month',
    'өткен айдағы төлемдердің сағат бойынша бөлінісі',
  ])('%s', (question) => {
    expect(frameOf(question).dimensions).toEqual(['hour_of_day']);
  });
});

describe('"foreign currency" and "wallet types" in Kazakh name their own columns', () => {
  it('шетел валютасындағы', () => {
    expect(frameOf('осы айда шетел валютасындағы операциялар саны').filters).toEqual([
      values('transaction_currency', true, 'KZT'),
    ]);
  });
  it('әмиян түрлері', () => {
    expect(frameOf('осы айда әмиян түрлері бойынша операциялар саны').dimensions).toEqual(['wallet_type']);
  });
});

describe('a column word next to a value labels it: never a breakdown or a distinct count of its own', () => {
  it.each<[string, Frame['measures']]>([
    ['number of ECOM-type transactions in May', [{ fn: 'count' }]],
    ['how many P2P_OUT type payments in April 2026', [{ fn: 'count' }]],
    ['how many Pharmacies category merchants', [{ fn: 'count_distinct', column: 'merchant_id' }]],
  ])('%s', (question, measures) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual(measures);
    expect(frame.dimensions).toEqual([]);
  });

  it.each(['сумма по MCC-категориям за май', 'осы айда MCC санаттары бойынша сома'])(
    '%s: one column',
    (q) => {
      expect(frameOf(q).dimensions).toEqual(['mcc_category']);
    },
  );
});

describe('"all <column>" with no "by" is not read as a breakdown', () => {
  it.each(['оборот все категории за май', 'turnover in all cities in May'])('%s: asked back', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
  // (Set apart in brackets or after a comma it restates no condition: every type together.)
  it('total amount (all transaction types) for Kaspi cards in May: one total', () => {
    const frame = frameOrNull('total amount (all transaction types) for Kaspi cards in May');
    expect(frame?.dimensions).toEqual([]);
    expect(frame?.filters).toEqual([values('issuer_bank_name', false, 'Kaspi Bank')]);
  });
  it.each(['amount by all cities in May', 'show all cities by amount'])('%s: a breakdown, as asked', (q) => {
    expect(frameOf(q).dimensions.length).toBe(1);
  });
});

describe('a comparison of two periods is never drawn as a timeline', () => {
  it.each([
    'month-over-month change in amount for each month of 2026 (each vs the previous month)',
    'amount by month this year vs last year',
    'помесячно оборот в этом году по сравнению с прошлым',
  ])('%s: asked back', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
  it('a breakdown by a category may be compared', () => {
    expect(frameOf('amount by city this month vs last month').compare).not.toBeNull();
  });
});

describe('ECOM named with its column is the entry mode, not the transaction type', () => {
  it.each(['POS payments with entry mode ECOM in April 2026', 'платежи с режимом ввода ECOM за апрель 2026'])(
    '%s',
    (q) => {
      expect(frameOf(q).filters).toContainEqual(values('pos_entry_mode', false, 'ECOM'));
      expect(JSON.stringify(frameOf(q).filters)).not.toContain(
        '"transaction_type","negated":false,"values":["ECOM"',
      );
    },
  );
});

describe('values compared by name are shown in the order named', () => {
  it.each([
    ['Kaspi vs Halyk: count in April 2026', ['Kaspi Bank', 'Halyk Bank']],
    ['Halyk vs Kaspi: count in April 2026', ['Halyk Bank', 'Kaspi Bank']],
    ['Шымкент против Алматы: оборот за апрель 2026', ['Shymkent', 'Almaty']],
  ])('%s', (q, order) => {
    const u = understandQuestion(q, context);
    expect(u.kind).toBe('sql');
    if (u.kind !== 'sql') return;
    const orderBy = u.sql.split('ORDER BY ')[1] ?? '';
    expect(orderBy.indexOf(`'${order[0]}' THEN 1`)).toBeGreaterThan(-1);
    expect(orderBy.indexOf(`'${order[1]}' THEN 2`)).toBeGreaterThan(-1);
  });
});

describe('"all X except Y": one total over the rest', () => {
  it.each([
    'общая сумма по всем категориям, кроме Unknown, за май',
    'how much was spent in all cities except Almaty in May',
    'Алматыдан басқа барлық қалалардағы операциялар саны',
  ])('%s: one total', (q) => {
    const frame = frameOrNull(q);
    expect(frame?.dimensions).toEqual([]);
    expect(frame?.measures).toHaveLength(1);
    expect(frame?.filters.some((f) => f.kind === 'values' && f.negated)).toBe(true);
  });
  it.each(['amount by all banks except Kaspi in May', 'оборот по всем городам, кроме Алматы, за май'])(
    '%s: one total too',
    (q) => {
      expect(frameOrNull(q)?.dimensions).toEqual([]);
    },
  );
  it('"top banks by amount, all banks except Kaspi" still ranks them', () => {
    expect(frameOrNull('top banks by amount in May, all banks except Kaspi')?.dimensions).toEqual([
      'issuer_bank_name',
    ]);
  });
  it('Kazakh «барлық» before a column word is "all", not a total', () => {
    expect(frameOrNull('барлық қалалар бойынша жалпы операциялар саны')?.measures).toEqual([{ fn: 'count' }]);
  });
});

describe('wrong readings unseen4 found', () => {
  it.each([
    'how many purchases at stores without a wallet in May 2026',
    'сколько покупок в магазинах без кошелька в мае 2026',
  ])('%s: "at stores" is where the card was presented, not a row per merchant', (q) => {
    const frame = frameOrNull(q);
    expect(frame?.dimensions).toEqual([]);
    expect(frame?.filters).toContainEqual(values('transaction_type', false, 'POS'));
  });
  it('"by store" is still a breakdown by merchant', () => {
    expect(frameOrNull('top 5 stores by spend in May')?.dimensions).toEqual(['merchant_id']);
  });
  it.each([
    'which weekdays are busiest for ATM withdrawals in 2026',
    'what weekdays have the most online spend',
  ])('%s: the days of the week are asked for, not Monday to Friday', (q) => {
    const frame = frameOrNull(q);
    expect(frame?.dimensions).toEqual(['weekday']);
    expect(frame?.filters.some((f) => f.kind === 'weekday')).toBe(false);
  });
  it.each([
    'оборот по городам Алматы и Шымкент вместе за апрель 2026',
    'payments by bank for Halyk and Kaspi combined in April 2026',
  ])('%s: a list said to be combined is one total', (q) => {
    expect(frameOrNull(q)?.dimensions).toEqual([]);
  });
  it.each<[string, string]>([
    ['оборот по часам на АЗС за 2025 год', 'hour_of_day'],
    ['hourly ATM count over the last 30 days', 'hour_of_day'],
    ['transactions per hour today', 'hour_of_day'],
    ['hourly spend yesterday', 'hour_of_day'],
  ])('%s: by hour is the hour of the day, over a day or a year', (q, d) => {
    expect(frameOrNull(q)?.dimensions).toEqual([d]);
  });
});

describe('wrong readings unseen5 found', () => {
  it.each<[string, string, Frame['measures'][number]['fn']]>([
    ['how many euros did cards spend in April 2026', 'EUR', 'sum'],
    ['сколько долларов потратили клиенты в апреле 2026', 'USD', 'sum'],
    ['биыл ең үлкен төлем қанша юань болды', 'CNY', 'max'],
  ])('%s: money counted in a currency is its original amount, not a count', (q, currency, fn) => {
    const frame = frameOrNull(q);
    expect(frame?.amountIn).toBe('original');
    expect(frame?.measures.map((m) => m.fn)).toEqual([fn]);
    expect(frame?.filters).toContainEqual(values('transaction_currency', false, currency));
  });
  it('«сумма в валюте операции» is the original amount, not "in a foreign currency"', () => {
    const frame = frameOrNull('сумма в валюте операции по валютам за апрель 2026');
    expect(frame?.amountIn).toBe('original');
    expect(frame?.dimensions).toEqual(['transaction_currency']);
  });
  it('Kazakh «… саны қанша?» is one count', () => {
    expect(frameOrNull('Биыл Ақтөбедегі бірегей мерчанттар саны қанша?')?.measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
  });
  it('Kazakh «дүкендегі» (in shops) is in-store, not a row per merchant', () => {
    const frame = frameOrNull('өткен айда дүкендегі сатып алулар саны');
    expect(frame?.dimensions).toEqual([]);
    expect(frame?.filters).toContainEqual(values('transaction_type', false, 'POS'));
  });
  it.each(['count of txns other than P2P (in or out) in April 2026', 'transfers in and out last week'])(
    '%s: both directions',
    (q) => {
      const frame = frameOrNull(q);
      const types = frame?.filters.find((f) => f.kind === 'values' && f.column === 'transaction_type');
      expect(types?.kind === 'values' && [...types.values].sort()).toEqual(['P2P_IN', 'P2P_OUT']);
    },
  );
  it('«сколько в среднем покупок на одну карту» is a count per card', () => {
    expect(frameOrNull('Сколько в среднем покупок приходится на одну карту за апрель?')?.measures).toEqual([
      { fn: 'per_card', of: 'count' },
    ]);
  });
});

describe('wrong readings unseen6 found', () => {
  it.each<[string, Frame['dimensions']]>([
    ['transactions by merchant city in April 2026', ['merchant_city']],
    ['turnover split by issuing bank and merchant city, Q1 2026', ['issuer_bank_name', 'merchant_city']],
    ['сумма по городам торговых точек за апрель 2026', ['merchant_city']],
    ['spend by merchant category in April 2026', ['mcc_category']],
  ])('%s: a compound column name is one column', (q, dimensions) => {
    expect(frameOrNull(q)?.dimensions).toEqual(dimensions);
  });
  it('two column words in a row that are no one name are asked back, not grouped by both', () => {
    expect(frameOrNull('spend by bank city in April 2026')).toBeNull();
  });
  it.each([
    ['ECOM spend at foreign merchants by acquirer country in 2025', ['acquirer_country_iso']],
    ['spend at Almaty merchants in April 2026', []],
    ['Выручка ECOM от иностранных мерчантов в разрезе стран эквайера за 2025', ['acquirer_country_iso']],
  ])('%s: a value before "merchants" describes them, no row per merchant', (q, dimensions) => {
    expect(frameOrNull(q)?.dimensions).toEqual(dimensions);
  });
  it('"top 5 Almaty merchants" still ranks merchants', () => {
    expect(frameOrNull('top 5 Almaty merchants by spend in April 2026')?.dimensions).toEqual(['merchant_id']);
  });
  it('"Q1 2025 to date" is from Q1 2025 on', () => {
    expect(frameOrNull('Kaspi turnover by quarter, Q1 2025 to date')?.time).toEqual({
      kind: 'dates',
      from: '2025-01-01',
      to: null,
    });
  });
  it('"average outgoing transfer (P2P_OUT) amount" is one average, no extra total', () => {
    expect(
      frameOrNull('lowest average outgoing transfer (P2P_OUT) amount by city in 2025')?.measures,
    ).toEqual([{ fn: 'avg' }]);
  });
  it.each([
    ['for each issuer, the share of its 2025 transactions that were cross-border', 'acquirer_country_iso'],
    ['Доля зарплатных зачислений в обороте каждого банка за 2025 год', 'transaction_type'],
  ])('%s: the filter’s share within each group', (q, column) => {
    const frame = frameOrNull(q);
    expect(frame?.dimensions).toEqual(['issuer_bank_name']);
    expect(frame?.share?.subset.map((f) => (f.kind === 'values' ? f.column : f.kind))).toEqual([column]);
  });
  it.each(['share of each bank in ECOM spend in 2025', 'category mix for Kaspi Bank by amount, in %'])(
    '%s: each group’s share of the whole',
    (q) => {
      expect(frameOrNull(q)?.share).toEqual({ subset: [] });
    },
  );
});

describe('wrong readings unseen7 found', () => {
  it('"spending categories with the fewest transactions" count the transactions', () => {
    expect(
      frameOrNull('Which 3 spending categories had the fewest transactions in Q1 2026?')?.measures,
    ).toEqual([{ fn: 'count' }]);
  });
  it('«күніне орта есеппен қанша сомаға» is an amount per day', () => {
    expect(
      frameOrNull('Осы тоқсанда күніне орта есеппен қанша сомаға онлайн-сатып алу жасалды?')?.measures,
    ).toEqual([{ fn: 'per_period', of: 'sum', unit: 'day' }]);
  });
  it('"online purchase count for Jusan Bank cards" counts the purchases', () => {
    expect(frameOrNull('QTD online purchase count for Jusan Bank cards')?.measures).toEqual([
      { fn: 'count' },
    ]);
  });
  it('«средняя сумма в валюте по операциям в евро» is the original amount', () => {
    expect(frameOrNull('Средняя сумма в валюте по операциям в евро за 2025')?.amountIn).toBe('original');
  });
});

describe('wrong readings unseen8 found', () => {
  it('«еуродағы жалпы сомасы» is the amount in euro', () => {
    expect(frameOrNull('Биыл еуромен жасалған операциялардың еуродағы жалпы сомасы қанша?')?.amountIn).toBe(
      'original',
    );
  });
  it('«барлық операциялардың жалпы сомасы» is one total, no extra count', () => {
    expect(frameOrNull('Өткен аптада жалақыдан басқа барлық операциялардың жалпы сомасы')?.measures).toEqual([
      { fn: 'sum' },
    ]);
  });
  it('"how many CNY and USD transactions" counts transactions; "how many euros did cards spend" sums euros', () => {
    expect(frameOrNull('How many CNY and USD transactions in 2025, separately?')?.measures).toEqual([
      { fn: 'count' },
    ]);
    expect(frameOrNull('how many euros did cards spend in April 2026')?.amountIn).toBe('original');
  });
  it('«сколько в среднем потратила одна карта» is spend per card', () => {
    expect(frameOrNull('Сколько в среднем потратила одна карта на продукты за 2025 год?')?.measures).toEqual([
      { fn: 'per_card', of: 'sum' },
    ]);
  });
  it('«в разрезе города и способа оплаты (бесконтакт / QR)» is a breakdown by both', () => {
    expect(
      frameOrNull(
        'оборот POS-покупок в разрезе города и способа оплаты (бесконтакт / QR / магнитная полоса) за май 2026',
      )?.dimensions,
    ).toEqual(['merchant_city', 'pos_entry_mode']);
  });
});

describe('wrong readings unseen9 found', () => {
  it.each([
    'ECOM volume this month vs last month + growth %',
    'spend this month vs last month, plus the % change',
  ])('%s: both periods and the change', (q) => {
    expect(frameOrNull(q)?.compare?.output).toBeUndefined();
  });
  it.each(['өткен айда қай қалада ең көп транзакция болды', 'откен айда кай калада ен коп транзакция болды'])(
    '%s: «қай қалада» (in which city) is one city',
    (q) => {
      expect(frameOrNull(q)?.limit).toBe(1);
    },
  );
  it('«қай қалаларда» (in which cities) is a ranking of several', () => {
    expect(frameOrNull('өткен айда қай қалаларда ең көп транзакция болды')?.limit).toBe(10);
  });
  it('"samsung pay share of all wallet payments": within wallet payments', () => {
    const frame = frameOrNull('samsung pay share of all wallet payments in 2025');
    expect(frame?.filters).toContainEqual({ kind: 'presence', column: 'wallet_type', present: true });
    expect(frame?.share?.subset).toEqual([values('wallet_type', false, 'Samsung Pay')]);
  });
});

describe('wrong readings unseen10 found', () => {
  it.each([
    'online bill payments in Astana last week',
    'bill payments made online this year',
    'сколько оплат счетов прошло онлайн в прошлом месяце',
  ])('%s: bill payments paid online, not bill payments and online purchases', (q) => {
    const frame = frameOrNull(q);
    expect(frame?.filters).toContainEqual(values('transaction_type', false, 'BILL_PAYMENT'));
    expect(frame?.filters).toContainEqual(values('pos_entry_mode', false, 'ECOM'));
  });
  it.each(['online P2P transfers last month', 'P2P transfers online in May'])(
    '%s: "online" next to a type that has no online channel is asked back',
    (q) => {
      expect(frameOrNull(q)).toBeNull();
    },
  );
  it.each(['online and bill payments last month', 'online vs bill payments this year'])(
    '%s: joined or contrasted, the two stay a list of types',
    (q) => {
      expect(frameOrNull(q)?.filters).toContainEqual(
        values('transaction_type', false, 'ECOM', 'BILL_PAYMENT'),
      );
    },
  );
  it.each([
    'transactions under 5,000 and over 100,000 tenge last week',
    'платежи до 1000 и больше 50000 тенге в мае',
    '10 мыңға дейін және 100 мыңнан жоғары төлемдер саны',
  ])('%s: amount ranges no transaction meets at once are asked back, never AND-ed', (q) => {
    const result = understandQuestion(q, context);
    expect(result.kind).toBe('clarify');
  });
  it.each([
    ['how much salary came in last month', 'sum'],
    ['сколько зарплаты поступило в мае', 'sum'],
    ['сколько зарплат поступило в мае', 'count'],
  ])('%s: a mass noun in the genitive singular is an amount, the plural is counted (%s)', (q, fn) => {
    expect(frameOrNull(q)?.measures).toEqual([{ fn }]);
  });
});

describe('a card word before a transaction noun describes the transactions', () => {
  it.each([
    'number of card transactions in May',
    'count of card payments this year',
    'карта төлемдерінің саны',
  ])('%s: the transactions are counted, not the cards', (q) => {
    expect(frameOrNull(q)?.measures).toEqual([{ fn: 'count' }]);
  });
  it.each(['how many cards made payments in May', 'сколько карт совершили покупки в мае'])(
    '%s: the cards are counted',
    (q) => {
      expect(frameOrNull(q)?.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    },
  );
});

describe('Kazakh: a card word as the subject', () => {
  it.each(['мамырда қанша карта транзакция жасады', 'мамырда қанша бірегей карта төлем жасады'])(
    '%s: the cards are counted (no possessive on the noun after)',
    (q) => {
      expect(frameOrNull(q)?.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    },
  );
});

describe('wrong readings unseen11 and unseen12 found', () => {
  it.each([
    'how many payments in total in May',
    'сколько платежей всего было в мае',
    'кол-во операций Каспи и Халыка суммарно за май',
  ])('%s: "in total" with a count adds no amount column', (q) => {
    expect(frameOrNull(q)?.measures).toEqual([{ fn: 'count' }]);
  });
  it.each(['сколько всего ушло переводами в мае', 'count and total in May'])(
    '%s: money asked in total, or a total joined to the count, stays',
    (q) => {
      expect(frameOrNull(q)?.measures).toContainEqual({ fn: 'sum' });
    },
  );
  it('"the total in the original currency and the total in tenge": both shown, never one of them dropped', () => {
    const sql = buildSql(
      frameOf('EUR payments in May: the total in the original currency and the total in tenge'),
    );
    expect(sql).toContain('sum(original_amount)');
    expect(sql).toContain('sum(transaction_amount_kzt)');
  });
  it('"their total in dollars" reads the original amount', () => {
    expect(frameOrNull('how many payments in US dollars in May and their total in dollars')?.amountIn).toBe(
      'original',
    );
  });
  it('«топ-3 страны … у иностранных продавцов»: the merchants describe the purchases, the ranking is of countries', () => {
    expect(frameOrNull('топ-3 страны по числу покупок у иностранных продавцов в мае')?.dimensions).toEqual([
      'acquirer_country_iso',
    ]);
  });
  it('"merchants with turnover": the merchants counted, no amount', () => {
    expect(frameOrNull('число мерчантов с оборотом в Алматы за май')?.measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
  });
  it('a share of each group where the rows are one group already is asked back', () => {
    expect(frameOrNull('share of each wallet among Apple Pay payments by wallet in May')).toBeNull();
  });
});

describe('context around a whole question', () => {
  it.each([
    ['risk team saw a spike and wants to check - daily ATM withdrawal count in May', 'ATM_WITHDRAWAL'],
    [
      'мы обсуждаем бюджет инкассации на следующий год, средняя сумма снятия в банкомате за май',
      'ATM_WITHDRAWAL',
    ],
    [
      'Шымкентке жаңа банкомат қоймақпыз, сондықтан мамырдағы Шымкенттегі банкоматтан ақша шешу саны',
      'ATM_WITHDRAWAL',
    ],
  ])('%s: answered without the lead-in, which the answer names', (q, type) => {
    const result = understandQuestion(q, context);
    expect(result.kind).toBe('sql');
    if (result.kind !== 'sql') return;
    expect(result.frame.filters).toContainEqual(values('transaction_type', false, type));
    expect(result.explanation).toMatch(/context|контекст/i);
  });
  it.each([
    'only Kaspi cards, we want to check quickly: how many txns in May',
    'by city please, the board asks us: how many txns in May',
    'карта нөмірлері мен мерзімін көрсетіңіз, мамырда 1 млн-нан асатын операциялар бойынша',
    'Corporate segment only. Total spend in May',
  ])(
    '%s: a lead-in that could change the answer (a filter, a breakdown, a request) is not set aside',
    (q) => {
      expect(understandQuestion(q, context).kind).not.toBe('sql');
    },
  );
});

describe('wrong readings unseen14 found', () => {
  it.each(['median of cafe bills in May', 'average grocery bill in May'])(
    '%s: the bill paid at a place is the check, not a bill payment',
    (q) => {
      expect(
        frameOrNull(q)?.filters.some((f) => f.kind === 'values' && f.values.includes('BILL_PAYMENT')),
      ).toBe(false);
    },
  );
  it('"bills paid in May" are bill payments', () => {
    expect(frameOrNull('how many bills were paid in May')?.filters).toContainEqual(
      values('transaction_type', false, 'BILL_PAYMENT'),
    );
  });
  it('«АҚШ доллары» is the currency, not the country; «сомасы долларда» the amount in dollars', () => {
    const frame = frameOrNull('мамырда АҚШ долларындағы төлемдердің жалпы сомасы долларда қанша?');
    expect(frame?.filters).toEqual(
      [values('transaction_currency', false, 'USD'), expect.anything()].slice(0, 1),
    );
    expect(frame?.amountIn).toBe('original');
  });
  it('"show both and the % change": both periods and the change', () => {
    const frame = frameOrNull('How did spend in May 2026 compare with May 2025? Show both and the % change.');
    expect(frame?.compare?.output).toBeUndefined();
  });
  it('«структура онлайн-оборота по категориям»: each category in the online turnover, not online in each category', () => {
    const frame = frameOrNull('структура онлайн-оборота по категориям за май');
    expect(frame?.filters).toContainEqual(values('transaction_type', false, 'ECOM'));
    expect(frame?.share?.subset).toEqual([]);
  });
  it.each([
    ['медиана суммы по QR и бесконтакту за май', 'pos_entry_mode'],
    ['мамырда Apple Pay, Google Pay бойынша операциялар саны', 'wallet_type'],
  ])('%s: "by" a list of values is a row each', (q, d) => {
    expect(frameOrNull(q)?.dimensions).toEqual([d]);
  });
  it('«по Halyk и Forte (одной цифрой)» stays one total', () => {
    expect(frameOrNull('оборот по Halyk и Forte за май (одной цифрой)')?.dimensions).toEqual([]);
  });
});

describe('wrong readings unseen13 found', () => {
  it.each<[string, string]>([
    ['онлайн-покупки в мае прошлого года', '2025-05-01'],
    ['online purchases in May last year', '2025-05-01'],
    ['онлайн-покупки в мае этого года', '2026-05-01'],
  ])('%s: the month of the year named after it', (q, from) => {
    expect(frameOrNull(q)?.time).toMatchObject({ kind: 'dates', from });
  });
  it('«в мае этого года и в мае прошлого»: the two Mays compared', () => {
    const frame = frameOrNull('сравни количество онлайн-покупок в мае этого года и в мае прошлого');
    expect(frame?.compare?.earlier).toMatchObject({ kind: 'dates', from: '2025-05-01' });
    expect(frame?.compare?.later).toMatchObject({ kind: 'dates', from: '2026-05-01' });
  });
  it('"over 2025" with no unit is the year, not an amount over 2 025', () => {
    const frame = frameOrNull('monthly active cards over 2025');
    expect(frame?.filters).toEqual([]);
    expect(frame?.time).toMatchObject({ kind: 'dates', from: '2025-01-01' });
  });
  it('«бір картаға шаққанда орташа қанша жұмсалды»: money per card, not also a count per card', () => {
    expect(frameOrNull('мамырда бір картаға шаққанда орташа қанша жұмсалды')?.measures).toEqual([
      { fn: 'per_card', of: 'sum' },
    ]);
  });
  it('"versus … — and the growth in percent": both periods and the change', () => {
    expect(
      frameOrNull('May spend versus April — and the growth in percent')?.compare?.output,
    ).toBeUndefined();
  });
  it('"which cards spent the most" is still refused; "by card spend" is the spending done with cards', () => {
    expect(understandQuestion('which cards spent the most in May', context).kind).not.toBe('sql');
    expect(frameOrNull('top 5 cities by card spend in May')?.dimensions).toEqual(['merchant_city']);
  });
  it('"online" ending a list of entry modes is the ECOM entry mode; "contactless online purchases" is asked back', () => {
    expect(
      frameOrNull('количество по способу оплаты (бесконтакт, QR, онлайн) за май')?.filters,
    ).toContainEqual(values('pos_entry_mode', false, 'Contactless', 'QR_Code', 'ECOM'));
    expect(frameOrNull('contactless online purchases in May')).toBeNull();
  });
});

describe('wrong readings unseen15 and unseen16 found', () => {
  it('"cards shopped online": a verb, not shops as rows', () => {
    expect(frameOrNull('how many unique cards shopped online in May')?.dimensions).toEqual([]);
  });
  it('«сколько всего разных MCC-кодов»: one distinct count, no rows', () => {
    expect(frameOrNull('сколько всего разных MCC-кодов было в мае')?.measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_mcc' },
    ]);
  });
  it('«кол-во, сумма, средний чек»: three measures, none dropped', () => {
    expect(
      frameOrNull('снятия наличных по городам за май: кол-во, сумма, средний чек')?.measures,
    ).toHaveLength(3);
  });
  it('«Уникальные карты … — сколько?»: the distinct cards only', () => {
    expect(frameOrNull('уникальные карты с операциями за рубежом в мае — сколько?')?.measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
  it('"show the percentage change too": both periods and the change', () => {
    expect(
      frameOrNull('How did May volume compare with April? Show the percentage change too.')?.compare?.output,
    ).toBeUndefined();
  });
  it('"QR share of in-store payments by city": QR within each city', () => {
    const frame = frameOrNull('QR share of in-store payments by city in May');
    expect(frame?.share?.subset).toEqual([values('pos_entry_mode', false, 'QR_Code')]);
  });
  it.each([
    'wallet share among contactless payments by bank in May',
    'monthly wallet share of contactless payments',
  ])('%s: the share of payments made with a wallet', (q) => {
    const frame = frameOrNull(q);
    expect(frame?.share?.subset).toEqual([{ kind: 'presence', column: 'wallet_type', present: true }]);
    expect(frame?.dimensions).not.toContain('wallet_type');
  });
  it('"average wallet spend per card": spend made with a wallet, per card', () => {
    const frame = frameOrNull('average wallet spend per card in May');
    expect(frame?.filters).toContainEqual({ kind: 'presence', column: 'wallet_type', present: true });
    expect(frame?.dimensions).toEqual([]);
  });
  it('«сомасы 500 мың теңгеден асатын қанша операция»: a count of those operations, no sum', () => {
    expect(frameOrNull('мамырда сомасы 500 мың теңгеден асатын қанша операция болды')?.measures).toEqual([
      { fn: 'count' },
    ]);
  });
  it("«в ноябре к октябрю» (November against October): this year's two months", () => {
    const frame = frameOrNull('изменение оборота в мае к апрелю, %');
    expect(frame?.compare?.earlier).toMatchObject({ from: '2026-04-01' });
    expect(frame?.compare?.later).toMatchObject({ from: '2026-05-01' });
  });
  it('«средняя сумма в CNY, в юанях»: the currency restated is the unit', () => {
    expect(frameOrNull('средняя сумма операций в CNY, в юанях, за май')?.amountIn).toBe('original');
  });
  it("a value's share within groups of its own column is asked back", () => {
    expect(frameOrNull('Apple Pay share of payments by wallet in May')).toBeNull();
  });
});

describe('more classes from unseen15 and unseen16', () => {
  it('"transactions that fall under 5k, …": the verb, not autumn', () => {
    const frame = frameOrNull('how many payments in May fall under 5k, 5k to 20k and over 20k');
    expect(frame?.time).toMatchObject({ from: '2026-05-01' });
    expect(frame?.bands).toEqual([5_000, 20_000]);
  });
  it('"5k to 20k" is one range', () => {
    expect(frameOrNull('payments from 5k to 20k in May')?.filters).toContainEqual({
      kind: 'amount_between',
      min: 5_000,
      max: 20_000,
    });
  });
  it('«Астана қаласындағы саудагерлер»: merchants described by their city, not merchants as rows', () => {
    const frame = frameOrNull('мамырда операциялардың қанша пайызы Астана қаласындағы саудагерлерде жасалды');
    expect(frame?.dimensions).toEqual([]);
    expect(frame?.share?.subset).toEqual([values('merchant_city', false, 'Astana')]);
  });
  it.each<[string, Filter]>([
    [
      'Какой процент всех зарубежных операций за май приходится на эквайеров из Китая?',
      values('acquirer_country_iso', false, 'CHN'),
    ],
    [
      'Какая доля POS-операций за май проведена по магнитной полосе?',
      values('pos_entry_mode', false, 'Swipe'),
    ],
    [
      'Мамырда Kaspi Bank карталары бойынша операциялардың қанша пайызы QR арқылы жасалған?',
      values('pos_entry_mode', false, 'QR_Code'),
    ],
    [
      'Доля снятий наличных в обороте карт Halyk Bank за май, %',
      values('transaction_type', false, 'ATM_WITHDRAWAL'),
    ],
  ])('%s: the part of the share', (q, part) => {
    expect(frameOrNull(q)?.share?.subset).toEqual([part]);
  });
  it.each([
    ['мамырда сомасы 10 000 мен 50 000 теңге аралығындағы төлемдер саны', 10_000, 50_000],
    ['Кеше 5000 бен 20000 теңге аралығындағы төлемдер саны', 5_000, 20_000],
  ])('%s: Kazakh "between A and B"', (q, min, max) => {
    expect(frameOrNull(q)?.filters).toContainEqual({ kind: 'amount_between', min, max });
  });
});

describe('"by" before an excluded value of a column: a breakdown over what is left', () => {
  it.each([
    'card spend by foreign country in May',
    'оборот по каждой иностранной стране эквайера за май',
    'number of payments per foreign acquirer country this year',
  ])('%s: a row per foreign country, not one total', (q) => {
    const frame = frameOrNull(q);
    expect(frame?.dimensions).toEqual(['acquirer_country_iso']);
    expect(frame?.filters).toContainEqual(values('acquirer_country_iso', true, 'KAZ'));
  });
  it('"by Almaty city" names the value: one total', () => {
    expect(frameOrNull('turnover by Almaty city in May')?.dimensions).toEqual([]);
  });
});

describe('"how much … on average" asks for the average only', () => {
  it.each([
    'how much is spent on average at restaurants in May',
    'how much do clients spend on average on fuel in May',
  ])('%s: no total column beside it', (q) => {
    expect(frameOrNull(q)?.measures).toEqual([{ fn: 'avg' }]);
  });
  it('"which hour sees the most transactions overall" counts them (it summed the amounts)', () => {
    expect(frameOrNull('which hour has the most transactions overall')?.measures).toEqual([{ fn: 'count' }]);
  });
});

describe('«позапрошлый» is the period before the previous one', () => {
  it('«на прошлой неделе и на позапрошлой»: two weeks compared (it answered last week only)', () => {
    const frame = frameOrNull('сколько операций было на прошлой неделе и на позапрошлой неделе');
    expect(frame?.compare).toMatchObject({
      earlier: { kind: 'previous', unit: 'week', back: 2 },
      later: { kind: 'previous', unit: 'week' },
    });
  });
  it('«за позапрошлый месяц»: the month before last', () => {
    expect(frameOrNull('оборот за позапрошлый месяц')?.time).toEqual({
      kind: 'previous',
      unit: 'month',
      back: 2,
    });
  });
});

describe('a column word that names the one value before it', () => {
  it('«коммуналдық төлемдер санаты бойынша жалпы сома»: in that category, one total (it made a one-row breakdown)', () => {
    const frame = frameOrNull('мамырда коммуналдық төлемдер санаты бойынша жалпы сома');
    expect(frame?.dimensions).toEqual([]);
    expect(frame?.filters).toContainEqual(values('mcc_category', false, 'Utilities & Bill Payments'));
  });
  it('«в магазинах одежды» is the clothing category, not the in-store channel', () => {
    const frame = frameOrNull('средний чек в магазинах одежды в мае');
    expect(frame?.filters).toEqual([values('mcc_category', false, 'Clothing & Apparel')]);
  });
});

describe('wrong readings unseen20 found', () => {
  it('«биыл ең көп транзакция болған категория қайсы, Unknown-нан басқа»: the category ranking (it gave the largest payment)', () => {
    const frame = frameOrNull('биыл ең көп транзакция болған категория қайсы, Unknown-нан басқа');
    expect(frame?.dimensions).toEqual(['mcc_category']);
    expect(frame?.measures).toEqual([{ fn: 'count' }]);
    expect(frame?.limit).toBe(1);
  });
  it.each([
    '2024 пен 2025 жылдардың наурыз айындағы транзакция саны, салыстыр',
    'сравни количество операций в 2024 и 2025 годах в марте',
  ])('%s: March of each year (it compared the whole first year with the second March)', (q) => {
    expect(frameOrNull(q)?.compare).toMatchObject({
      earlier: { kind: 'dates', from: '2024-03-01', to: '2024-04-01' },
      later: { kind: 'dates', from: '2025-03-01', to: '2025-04-01' },
    });
  });
});

describe('a month (quarter, half) named once with two years is that period in each year', () => {
  // The test moment is in 2026: "this year" is 2026, "last year" 2025.
  const span = (from: string, to: string) => ({ kind: 'dates', from, to });
  it.each([
    [
      'online spend in April 2025 and 2026',
      span('2025-04-01', '2025-05-01'),
      span('2026-04-01', '2026-05-01'),
    ],
    [
      'онлайн-оборот за апрель этого и прошлого года',
      span('2025-04-01', '2025-05-01'),
      span('2026-04-01', '2026-05-01'),
    ],
    [
      'compare spend in April this year and last year',
      span('2025-04-01', '2025-05-01'),
      span('2026-04-01', '2026-05-01'),
    ],
    ['spend in Q1 2025 and 2026', span('2025-01-01', '2025-04-01'), span('2026-01-01', '2026-04-01')],
    [
      'оборот в марте и апреле прошлого года',
      span('2025-03-01', '2025-04-01'),
      span('2025-04-01', '2025-05-01'),
    ],
  ])('%s (the whole second year was compared)', (q, earlier, later) => {
    expect(frameOf(q).compare).toMatchObject({ earlier, later });
  });
});

describe('day numbers after a month are never amounts', () => {
  it.each(['мамырдың 1-ден 15-ке дейін операциялар саны', 'мамырдың 10-нан 20-ға дейінгі төлемдер сомасы'])(
    '%s: no amount condition (it was "up to 15 tenge")',
    (q) => {
      const frame = frameOrNull(q);
      expect(frame?.filters.some((f) => f.kind === 'amount' || f.kind === 'amount_between') ?? false).toBe(
        false,
      );
    },
  );
});

describe('«позапрошлого года» after a month is the year before last', () => {
  // The test moment is in 2026.
  it('«в апреле позапрошлого года» is April 2024 (it was read as last year)', () => {
    expect(frameOf('оборот в апреле позапрошлого года').time).toEqual({
      kind: 'dates',
      from: '2024-04-01',
      to: '2024-05-01',
    });
  });
});

describe('classes of wrong answers found by unseen24–26 (our own phrasings)', () => {
  it.each([
    ['Сколько заплатили за такси в Астане в апреле 2026?', 'sum'],
    ['Астанада сәуірде жанармайға қанша төледі?', 'sum'],
    ['Сколько в среднем платят в аптеках Алматы?', 'avg'],
    ['Алматыда дәріханаларға орташа қанша төлейді?', 'avg'],
  ])('%s: "how much … paid" is money (it was counted)', (q, fn) => {
    expect(frameOf(q).measures).toEqual([{ fn }]);
  });
  it('«сколько раз заплатили» still counts', () => {
    expect(frameOf('сколько раз заплатили в Алматы в апреле 2026').measures).toEqual([{ fn: 'count' }]);
  });
  it.each([
    'By what % did POS turnover change from March to April 2026?',
    'By what percentage did ATM withdrawals change in April 2026 compared with March 2026?',
  ])('%s: the change only (both periods were added)', (q) => {
    expect(frameOf(q).compare?.output).toBe('change');
  });
  it.each([
    'POS turnover March vs April 2026 with % change',
    'Сравни оборот за март и апрель 2026 с изменением в %',
    'Банкоматы: прошлый месяц и позапрошлый — сумма за каждый и изменение в %',
  ])('%s: both periods and the change (only the change was answered)', (q) => {
    expect(frameOf(q).compare?.output).toBeUndefined();
  });
  it.each([
    'Платежи Apple Pay: число уникальных карт за апрель 2026',
    'Сколько всего уникальных карт было у Халыка в апреле 2026?',
  ])('%s: the distinct cards alone (a count of transactions was added)', (q) => {
    expect(frameOf(q).measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
  });
  it('«қолма-қол ақшаның орташа сомасы»: the average alone (a sum was added)', () => {
    expect(frameOf('Астанадағы банкоматтардан алынған қолма-қол ақшаның орташа сомасы').measures).toEqual([
      { fn: 'avg' },
    ]);
  });
  it.each([
    'Алматыда сәуірде неше түрлі мерчантта (сауда нүктесінде) төлем болды?',
    'сколько разных мерчантов (торговых точек) было в Таразе в апреле 2026',
  ])('%s: the column said again in brackets is no breakdown', (q) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
    expect(frame.dimensions).toEqual([]);
  });
  it('«сколько всего … по всем городам»: one total (it was a row per city)', () => {
    expect(frameOf('Сколько всего операций было в апреле 2026 по всем городам?').dimensions).toEqual([]);
  });
  it.each([
    ['доля онлайн-операций по каждому городу за апрель 2026', 'transaction_type', 'ECOM'],
    ['Share of foreign transactions per issuing bank in April 2026', 'acquirer_country_iso', 'KAZ'],
    ['2026 жылғы сәуірде әр қаладағы онлайн операциялардың үлесі', 'transaction_type', 'ECOM'],
    ['QR share of POS payments by bank in April 2026', 'pos_entry_mode', 'QR_Code'],
  ])('%s: a part of each group (it was how the part is spread over the groups)', (q, column, value) => {
    const subset = frameOf(q).share?.subset ?? [];
    expect(subset).toHaveLength(1);
    expect(subset[0]).toMatchObject({ column, values: [value] });
  });
  it.each([
    'Таразда сәуірде еурода қанша сома болды?',
    'Алматыда 2026 жылғы сәуірде еуромен жасалған операциялардың еуролық сомасы қанша?',
    'Средняя сумма покупки в евро (в валюте, EUR) за апрель 2026',
    'How much was spent in April 2026 in the original USD amount?',
  ])('%s: the amount in that currency (it was in tenge)', (q) => {
    expect(frameOf(q).amountIn).toBe('original');
  });
  it('"the original GEL amount" is one amount, not a second sum', () => {
    expect(frameOf('average payment in lari (original GEL amount) in 2026').measures).toEqual([
      { fn: 'avg' },
    ]);
  });
  it.each([
    'turnover at MCC 5411 and MCC 5812 in April 2026',
    'оборот по MCC 5411 и MCC 5812 за апрель 2026',
  ])('%s: one list of codes (two filters left no transaction)', (q) => {
    expect(frameOf(q).filters).toEqual([
      { kind: 'ids', column: 'merchant_mcc', negated: false, values: [5411, 5812] },
    ]);
  });
  it('«аптада күн сайын» (in the week, every day) is no breakdown by weekday', () => {
    expect(frameOf('Алматыда өткен аптада күн сайын қанша операция болды?').dimensions).toEqual(['day']);
  });
  it('by weekday and then "by day": asked back, not both', () => {
    expect(frameOrNull('transactions in April 2026 by weekday, split by day')).toBeNull();
  });
});

describe('"the same period of <year>" (our own phrasings)', () => {
  const span = (from: string, to: string) => ({ kind: 'dates', from, to });
  it.each([
    'spend in Feb–Apr 2026 vs the same period of 2025',
    'оборот за февраль–апрель 2026 по сравнению с тем же периодом 2025 года',
    '2026 жылдың ақпан–сәуірінде 2025 жылдың сол кезеңімен салыстырғандағы айналым',
  ])('%s: the first period in that year (the whole year was compared)', (q) => {
    expect(frameOf(q).compare).toMatchObject({
      earlier: span('2025-02-01', '2025-05-01'),
      later: span('2026-02-01', '2026-05-01'),
    });
  });
  it('with no year named it is asked back', () => {
    expect(frameOrNull('оборот за февраль 2026 по сравнению с тем же периодом')).toBeNull();
  });
  it.each([
    [
      '«теңгемен емес, долларда»: the amount in dollars',
      'Алматыдағы доллармен (USD) төлемдердің орташа сомасы — теңгемен емес',
    ],
  ])('%s', (_, q) => {
    expect(frameOf(q).amountIn).toBe('original');
  });
});

describe('operators typed as symbols (our own phrasings)', () => {
  it.each<[string, Filter]>([
    ['count of transactions with amount >= 50000 in April 2026', { kind: 'amount', op: '>=', value: 50000 }],
    ['count of payments with amount <= 2000 in April 2026', { kind: 'amount', op: '<=', value: 2000 }],
  ])('%s: the bound is included (">=" was read as ">")', (q, filter) => {
    expect(frameOf(q).filters).toContainEqual(filter);
  });
  it.each([
    'count where merchant_mcc != 5812 in April 2026',
    'count where merchant_mcc <> 5812 in April 2026',
  ])('%s: every code but it ("!=" was dropped and the code kept)', (q) => {
    expect(frameOf(q).filters).toContainEqual({
      kind: 'ids',
      column: 'merchant_mcc',
      negated: true,
      values: [5812],
    });
  });
  it('"acquirer_country_iso <> KAZ": abroad', () => {
    expect(frameOf('sum per country where acquirer_country_iso <> KAZ in April 2026').filters).toContainEqual(
      {
        kind: 'values',
        column: 'acquirer_country_iso',
        negated: true,
        values: ['KAZ'],
      },
    );
  });
});

describe('more classes of unseen27–29 (our own phrasings)', () => {
  it('"how many in total" after a noun for a kind of transaction counts (it summed)', () => {
    expect(frameOf('ATM withdrawals in Taraz in April 2026 — how many in total?').measures).toEqual([
      { fn: 'count' },
    ]);
  });
  it('"how much did the POS count change in %" is the count\'s change (it was the amount\'s)', () => {
    expect(frameOf('How much did the POS count change in % from Q1 2026 to Q2 2026?').measures).toEqual([
      { fn: 'count' },
    ]);
  });
  it('"both numbers plus the % change": both and the change (the change was dropped)', () => {
    expect(
      frameOf('Spend March 2026 vs April 2026 — both numbers plus the % change').compare?.output,
    ).toBeUndefined();
  });
  it('«как в процентах изменилось»: the change only', () => {
    expect(
      frameOf('Как в процентах изменился оборот в апреле 2026 по сравнению с мартом 2026?').compare?.output,
    ).toBe('change');
  });
  it('"from the highest down" orders a breakdown; it is no top 1', () => {
    const frame = frameOf('average amount in each city for April 2026, from the highest down');
    expect(frame.limit).toBeNull();
    expect(frame.dimensions).toEqual(['merchant_city']);
  });
  it.each([
    ['avg amount where merchant_mcc = 5812 in April 2026', []],
    ['distinct merchant_id count in Taraz in April 2026', []],
    ['distinct card count per issuer_bank_name in April 2026', ['issuer_bank_name']],
  ])('%s: column names as written (no breakdown by merchant, no extra count)', (q, dimensions) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual(dimensions);
    expect(frame.measures).toHaveLength(1);
  });
  it('«операцияларды түрлерге бөліп, саны» is a row per type (it counted the types)', () => {
    expect(
      frameOf('Өткен айдағы операцияларды түрлерге бөліп, саны мен сомасын көрсетіңіз').dimensions,
    ).toEqual(['transaction_type']);
  });
  it('the tenge column and an amount in euros in one question: both amounts (one sum was dropped; then it was asked back)', () => {
    expect(
      frameOf('EUR payments in April 2026: sum of transaction_amount_kzt and the sum in euros').amountIn,
    ).toBe('both');
  });
  it('"the same days of November 2025": those days in that month', () => {
    expect(frameOf('spend on 1–10 April 2026 vs the same days of April 2025').compare?.earlier).toEqual({
      kind: 'dates',
      from: '2025-04-01',
      to: '2025-04-11',
    });
  });
});

describe('classes of wrong answers found by unseen30–32 (our own phrasings)', () => {
  it.each([
    'average amount in 2025 excluding salary credits and transactions over 1 million',
    'Средний чек за 2025 год без учёта переводов и операций дороже 500 тысяч',
  ])('%s: an amount condition among what is left out is asked back (it was kept as a filter)', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
  it.each([
    'Сколько карт Kaspi суммарно потратили больше 200 тысяч за апрель 2026?',
    'how many cards spent over 200k in total in April 2026',
  ])("%s: a condition on each card's total is asked back (it filtered single payments)", (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
  it('"how many cards made a payment over 200k" is still answered', () => {
    expect(frameOf('how many cards made a payment over 200k in April 2026').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
  it('«Максимальная покупка … — какая сумма?»: the maximum alone (a sum was added)', () => {
    expect(frameOf('Максимальная покупка в аптеках за апрель 2026 — какая сумма?').measures).toEqual([
      { fn: 'max' },
    ]);
  });
  it.each([
    ['how much transactions was in April 2026?', 'count'],
    ['how much ATM withdrawals was in Taraz in April 2026?', 'count'],
    ['how much was spent in April 2026?', 'sum'],
  ])('%s (second-language English: a plural noun after "how much" is counted)', (q, fn) => {
    expect(frameOf(q).measures).toEqual([{ fn }]);
  });
  it('"how much euros was spent": the amount in euros', () => {
    expect(frameOf('how much euros was spent in Italy in April 2026').amountIn).toBe('original');
  });
  it('"on how much percent changed …": the change only', () => {
    expect(
      frameOf('on how much percent changed count of transactions in April 2026 against March 2026').compare
        ?.output,
    ).toBe('change');
  });
  it('«какую долю от общей суммы … составили»: a share of the amount (it was of the count)', () => {
    expect(
      frameOf(
        'Какую долю от общей суммы онлайн-покупок за апрель 2026 составили покупки у зарубежных продавцов?',
      ).measures,
    ).toEqual([{ fn: 'sum' }]);
  });
  it('«Для каждого города — доля онлайн-покупок»: the share within each city', () => {
    expect(frameOf('Для каждого города — доля онлайн-покупок за апрель 2026').share?.subset).toEqual([
      { kind: 'values', column: 'transaction_type', negated: false, values: ['ECOM'] },
    ]);
  });
  it('"i mean" is no mean (an average was added)', () => {
    expect(frameOf('how much was paid in yuan i mean the original amount in April 2026').measures).toEqual([
      { fn: 'sum' },
    ]);
  });
  it('"cards with at least one ECOM purchase" without "how many" counts the cards (it was amount ≥ 1; then asked back)', () => {
    const frame = frameOf('Cards w/ at least one ECOM purchase, April 2026');
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it.each(['ECOM in CNY (yuan amount), April 2026', 'USD amount of ECOM in April 2026'])(
    '%s: the amount in that currency (it was in tenge)',
    (q) => {
      expect(frameOf(q).amountIn).toBe('original');
    },
  );
  it('"… and on how much percent is the difference": both periods and the change in % (it was the difference in tenge)', () => {
    expect(
      frameOf('turnover in March 2026 and April 2026, and on how much percent is the difference').compare
        ?.output,
    ).toBeUndefined();
  });
});

describe('classes of wrong answers found by unseen33–35 (our own phrasings)', () => {
  it.each([
    ['Average purchase amount per city in 2025, sorted ascending', 'asc'],
    ['средний чек по банкам за 2025, по возрастанию', 'asc'],
    ['2025 жылғы банктер бойынша орташа чек, өсу ретімен', 'asc'],
  ] as const)(
    '%s: the order asked for (ascending was a stop word, and rows came largest first)',
    (q, order) => {
      expect(frameOf(q).order).toBe(order);
    },
  );
  it.each([
    'count by month in 2025, ascending',
    'количество по часам за 2025, по возрастанию',
    'top 5 cities by amount, ascending',
  ])('%s: ascending by the period, the hour or the measure? Asked back', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
  it('a negated value of a column that may be NULL keeps the NULLs ("not with Apple Pay" includes no wallet)', () => {
    const result = understandQuestion('count of payments not made with Apple Pay in 2026', context);
    if (result.kind !== 'sql') throw new Error(result.message);
    expect(result.sql).toContain("(wallet_type IS NULL OR wallet_type <> 'Apple Pay')");
  });
  it('«без кошелька (не Apple/Google Pay)»: the list restates "no wallet" (it added NOT IN, which no NULL passes)', () => {
    expect(frameOf('количество оплат без кошелька (не Apple/Google Pay) за 2026').filters).toEqual([
      { kind: 'presence', column: 'wallet_type', present: false },
    ]);
  });
  it.each([
    'show the total amount in cities other than Astana in 2025',
    'покажите общую сумму в городах, кроме Астаны, за 2025',
    '2025 жылы Астанадан басқа қалалардағы жалпы соманы көрсетіңіз',
  ])('%s: "show" with a total is one number (it was a row per city left)', (q) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual([]);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
  });
  it.each(['общий оборот по всем банкам за октябрь 2026', 'total turnover by all banks in October 2026'])(
    '%s: a total over every bank is one total (it was a row per bank)',
    (q) => {
      expect(frameOf(q).dimensions).toEqual([]);
    },
  );
  it('«оборот по всем банкам» with no total word is asked back (a row per bank, or the total?)', () => {
    expect(reasonOf('оборот по всем банкам за октябрь 2026')).toBe('unsupported');
  });
  it('«… (P2P_IN) түсімдері сомасының медианасы»: the median alone (a sum of the receipts was added)', () => {
    expect(frameOf('2025 жылы P2P (P2P_IN) түсімдері сомасының медианасы').measures).toEqual([
      { fn: 'median' },
    ]);
  });
  it('«еуролық жалпы сомасы» (the euro total amount): in euros (it was in tenge)', () => {
    expect(frameOf('2025 жылы еуродағы транзакциялардың еуролық жалпы сомасы').amountIn).toBe('original');
  });
  it('«сомасы долларлармен қанша»: the amount in dollars (it was in tenge)', () => {
    expect(frameOf('биыл долларлармен төлемдердің сомасы долларлармен қанша').amountIn).toBe('original');
  });
  it.each(['spend at merchants in Taraz in 2025', 'сумма покупок у мерчантов в Таразе за 2025'])(
    '%s: merchants say where the money went (it was a row per merchant)',
    (q) => {
      expect(frameOf(q).dimensions).toEqual([]);
    },
  );
  it('"spend by merchant in Taraz" is still a row per merchant', () => {
    expect(frameOf('spend by merchant in Taraz in 2025').dimensions).toEqual(['merchant_id']);
  });
  it.each([
    'Сколько покупок на сумму 20 000 ₸ и выше было в 2025 году?',
    'how many purchases for the amount of 20k and above in 2025',
  ])('%s: "for the amount … and above" labels the number (a sum was added)', (q) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.filters).toEqual([{ kind: 'amount', op: '>=', value: 20000 }]);
  });
});

describe('"sorted by …" and conditions on group totals (unseen35, our own phrasings)', () => {
  it.each([
    'How many distinct merchants per category in 2025? Sort by merchant count descending.',
    'Выведите количество операций по городам за 2025, отсортируйте по количеству',
    'Average amount per city in 2025, sorted by average descending',
  ])('%s: the sort names the measure shown — not a breakdown of its own, not a second measure', (q) => {
    const frame = frameOf(q);
    expect(frame.dimensions.length).toBe(1);
    expect(frame.measures.length).toBe(1);
  });
  it('the 25th and 50th percentiles per category, sorted by the median: by the median shown, no column added', () => {
    const sql = buildSql(
      frameOf('For each category, the 25th and 50th percentiles of amounts in 2025, sorted by the median'),
    );
    expect(sql).toMatch(/ORDER BY p50_amount DESC/);
    expect(sql.match(/percentile_cont/g)).toHaveLength(2);
  });
  it.each([
    'Average amount per city in 2025, sorted by total descending',
    'monthly count in 2025, sorted by count',
  ])(
    '%s: a sort by another measure (or a timeline by its measure) is asked back (it added a column)',
    (q) => {
      expect(frameOrNull(q)).toBeNull();
    },
  );
  it.each([
    ['сумма по категориям за 2025, только категории с суммой более 5 млн', 'mcc_category', 5_000_000],
    ['cities with a total over 5 million in 2025, by amount', 'merchant_city', 5_000_000],
    ['2025 жылы сомасы 1 млн теңгеден асатын қалалар', 'merchant_city', 1_000_000],
    ['which categories had turnover above 10 million in Q3 2026', 'mcc_category', 10_000_000],
  ])(
    "%s: a condition on each group's total is a HAVING, not a filter on single payments",
    (q, dim, value) => {
      const frame = frameOf(q);
      expect(frame.dimensions).toEqual([dim]);
      expect(frame.having).toEqual({ of: 'sum', op: '>', value });
      expect(frame.filters.some((f) => f.kind === 'amount' || f.kind === 'amount_between')).toBe(false);
      expect(buildSql(frame)).toContain(`HAVING sum(transaction_amount_kzt) > ${value}`);
    },
  );
  it.each([
    ['Banks with more than 1000 ATM withdrawals last month', 'issuer_bank_name', 1000],
    ['города, где больше 500 операций за ноябрь', 'merchant_city', 500],
    ['average check by bank for banks with over 2000 transactions in November', 'issuer_bank_name', 2000],
  ])("%s: a condition on each group's count is a HAVING count (it was an amount filter)", (q, dim, value) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual([dim]);
    expect(frame.having).toEqual({ of: 'count', op: '>', value });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
    expect(buildSql(frame)).toContain(`HAVING count(*) > ${value}`);
  });
  it.each([
    // a range of totals, two conditions at once, a condition with periods compared
    'cities with a total between 1 and 5 million in 2025',
    'cities with more than 500 transactions and a total over 10 million',
    'cities with a total over 5 million, November vs October',
    // a number of things that is no group's: single payments are not picked by a count
    'how many payments were there with more than 1000 ATM withdrawals',
    // (counting the cards that pass groups the payments by card: personal data the guard refuses)
    'number of cards with more than 5 ATM withdrawals last month',
  ])('%s: asked back', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
  it('"ATM withdrawals over 100 000 by bank" still filters single payments by amount', () => {
    const frame = frameOf('ATM withdrawals over 100000 last month by bank');
    expect(frame.having).toBeUndefined();
    expect(frame.filters).toContainEqual({ kind: 'amount', op: '>', value: 100_000 });
  });
  it.each([
    'average amount by hour of day in 2025, ordered by hour',
    'quarterly count for 2025, ordered by quarter',
  ])('%s: a timeline ordered by its own unit is answered', (q) => {
    expect(frameOrNull(q)).not.toBeNull();
  });
  it('"count by city, sorted by city" (by name, which the plan does not do) is asked back', () => {
    expect(frameOrNull('count by city in 2025, sorted by city')).toBeNull();
  });
  it('"count by city with amount over 50000" still filters the payments', () => {
    expect(frameOf('count by city with amount over 50000 in 2025').filters).toEqual([
      { kind: 'amount', op: '>', value: 50000 },
    ]);
  });
});

describe('shares within each group, said the ways unseen35 said them (our own phrasings)', () => {
  it.each([
    ["Percentage of P2P_OUT transfers in each bank's transaction count for 2025", 'transaction_type'],
    ['Доля операций Apple Pay среди всех бесконтактных платежей в каждом банке за 2025', 'wallet_type'],
    [
      'For each bank, what share of its POS volume went to foreign acquirers in 2025?',
      'acquirer_country_iso',
    ],
  ])('%s: the part within each bank (it was the spread of the part over the banks)', (q, column) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual(['issuer_bank_name']);
    expect(frame.share?.subset.map((f) => ('column' in f ? f.column : f.kind))).toEqual([column]);
  });
  it('a share over two groupings (of the whole, or within the first?) is asked back', () => {
    expect(frameOrNull('For each city, the share of each category in the city turnover for 2025')).toBeNull();
  });
});

describe('"the distribution of … by hour, in %" (unseen35 gi123, our own phrasings)', () => {
  it.each([
    'distribution of ATM withdrawals by hour of day in 2025, in percent',
    'Распределение зарплатных зачислений по дням недели за 2025 в % от общего количества',
  ])('%s: each hour or day its share of the whole (it was the part within each bucket)', (q) => {
    const frame = frameOf(q);
    expect(frame.share).toEqual({ subset: [] });
    expect(frame.filters.length).toBe(1);
  });
  it('"share of ECOM by month" is still the part within each month', () => {
    expect(frameOf('share of ECOM by month in 2025').share?.subset).toEqual([
      { kind: 'values', column: 'transaction_type', negated: false, values: ['ECOM'] },
    ]);
  });
});

describe('whose share, and the order said with two superlatives (unseen35 gi050, gi002; our own phrasings)', () => {
  it.each([
    'For Kaspi Bank, what share of its turnover in 2025 came from each city?',
    'Для Халыка — доля оборота по городам за 2025',
  ])("%s: the bank is whose turnover is split (it was the bank's share within each city)", (q) => {
    const frame = frameOf(q);
    expect(frame.share).toEqual({ subset: [] });
    expect(frame.filters.map((f) => ('column' in f ? f.column : f.kind))).toEqual(['issuer_bank_name']);
  });
  it('"Swipe share of in-store POS by bank": a value right before the share word is still the part', () => {
    expect(frameOf('Swipe share of in-store POS by issuer bank in 2025').share?.subset).toEqual([
      { kind: 'values', column: 'pos_entry_mode', negated: false, values: ['Swipe'] },
    ]);
  });
  it('"… by bank. Sort from the highest share to the lowest.": largest first (it came smallest first)', () => {
    const frame = frameOf(
      'For each bank, what share of its ECOM volume went to foreign acquirers in 2025? Sort from the highest share to the lowest.',
    );
    expect(frame.order).toBe('desc');
    expect(frame.limit).toBeNull();
  });
});

describe('a range whose end has no year, and months restating a period (our own phrasings)', () => {
  it.each([
    ['amount in 2025, January to March', '2025-01-01', '2025-04-01'],
    ['сумма за 2025 год, с января по март', '2025-01-01', '2025-04-01'],
    ['amount from November 2024 to February', '2024-11-01', '2025-03-01'],
  ])(
    "%s: the end in the start's year, or the next (it was the latest such month: fifteen months)",
    (q, from, to) => {
      expect(frameOf(q).time).toEqual({ kind: 'dates', from, to });
    },
  );
  it.each([
    ['count of ATM withdrawals in H2 2025 (July-December)', '2025-07-01', '2026-01-01'],
    ['count in Q3 2025 (July to September)', '2025-07-01', '2025-10-01'],
  ])('%s: the months say the period again (it was two periods, asked back)', (q, from, to) => {
    expect(frameOf(q).time).toEqual({ kind: 'dates', from, to });
  });
});

describe('the currency column after "by" (our own phrasings)', () => {
  it.each(['count by transaction_currency in 2025', 'количество операций по валюте операции за 2025'])(
    '%s: a row per currency (it was one total, the words read as "in the original currency")',
    (q) => {
      const frame = frameOf(q);
      expect(frame.dimensions).toEqual(['transaction_currency']);
      expect(frame.amountIn).not.toBe('original');
    },
  );
  it('«TRY бойынша оригинал валютадағы сома»: Kazakh «бойынша» groups what is before it; the amount in lira', () => {
    expect(frameOf('түрік лирасы (TRY) бойынша оригинал валютадағы жалпы сома, 2025').amountIn).toBe(
      'original',
    );
  });
  it('"average amount in the original currency by currency" still sums the original amounts', () => {
    expect(frameOf('average amount in the original currency by currency in 2025').amountIn).toBe('original');
  });
});

describe('wrong answers of the first runs of unseen36–38 (our own phrasings)', () => {
  it.each([
    // «тамыз» after a dash was read as hyphenated endings («-та-мыз»): June only
    ['2025 жылғы маусым–тамыз аралығындағы операциялар саны', '2025-06-01', '2025-09-01'],
    ['2025 жылғы жазда (маусым–тамыз) айналым', '2025-06-01', '2025-09-01'],
    // months restating a period at the very end of the question were dated the latest such months
    ['median grocery purchase in autumn 2025 (September–November)', '2025-09-01', '2025-12-01'],
    ['ATM amount in H2 2025 (July–December)', '2025-07-01', '2026-01-01'],
  ])('%s: one period, in its year', (question, from, to) => {
    expect(frameOf(question).time).toEqual({ kind: 'dates', from, to });
  });
  it('"weekdays and weekends" with a period said again in brackets is the split (it was every day)', () => {
    const frame = frameOf('Fuel spend in summer 2025 (June–August): on weekdays and on weekends');
    expect(frame.dimensions).toEqual(['weekend']);
    expect(frame.filters.some((f) => f.kind === 'weekday')).toBe(false);
  });
  it.each([
    'average contactless payment with and without a wallet in October 2026',
    'Средний чек бесконтактных оплат за октябрь 2026 с кошельком и без кошелька',
  ])(
    '%s: a row with a wallet and a row without (it was IS NOT NULL AND IS NULL, or only one)',
    (question) => {
      const frame = frameOf(question);
      expect(frame.dimensions).toEqual(['group_split']);
      expect(frame.split).toMatchObject({
        column: 'wallet_type',
        values: ['Apple Pay', 'Google Pay', 'Samsung Pay'],
      });
      expect(frame.filters.some((f) => f.kind === 'presence')).toBe(false);
    },
  );
  it('«юань сомасы» (the yuan amount): the amount in yuan (it was in tenge)', () => {
    expect(frameOf('Қытайдағы эквайерлер бойынша 2025 жылғы юань сомасы').amountIn).toBe('original');
  });
  it('«теңгеден басқа валюталар бойынша» (by currencies other than tenge): a row per currency', () => {
    const frame = frameOf('Теңгеден басқа валюталар бойынша төлемдер саны, 2025 жыл');
    expect(frame.dimensions).toEqual(['transaction_currency']);
  });
  it('two year-first Kazakh ranges compared: each in its own year (the first ran into the second year)', () => {
    expect(
      frameOf('айналымды салыстыр: 2025 жылғы наурыз–мамыр мен 2026 жылғы наурыз–мамыр').compare,
    ).toMatchObject({
      earlier: { kind: 'dates', from: '2025-03-01', to: '2025-06-01' },
      later: { kind: 'dates', from: '2026-03-01', to: '2026-06-01' },
    });
  });
  it('"for MCC 5812, what was the 75th percentile": 75 is no second code', () => {
    const frame = frameOf('For MCC 5812, what was the 75th percentile amount in October 2026?');
    expect(frame.filters).toEqual([{ kind: 'ids', column: 'merchant_mcc', negated: false, values: [5812] }]);
    expect(frame.measures).toEqual([{ fn: 'percentile', p: 0.75 }]);
  });
  it('"for every bank except Kaspi" is one total, as "all banks except Kaspi" is', () => {
    expect(frameOf('ATM volume for every bank except Kaspi in October 2026').dimensions).toEqual([]);
  });
  it('«қаңтар–қарашада айлар бойынша» (January to November, by month): the months are the breakdown (it was one total)', () => {
    expect(frameOf('2026 жылғы қаңтар–қарашада айлар бойынша онлайн төлемдер саны').dimensions).toEqual([
      'month',
    ]);
  });
  it.each([
    [
      'ATM amount in October 2026 on weekdays and on weekends, side by side',
      ['total_amount_weekday', 'total_amount_weekend'],
    ],
    [
      'Средний чек в аптеках за октябрь 2026: в будни и в выходные, рядом',
      ['avg_amount_weekday', 'avg_amount_weekend'],
    ],
    [
      'online count in October 2026 with and without a wallet, as two columns',
      ['transaction_count_with_a_wallet', 'transaction_count_without_a_wallet'],
    ],
  ])(
    '%s: the two sides as two columns, as asked (the words were accepted and the rows given)',
    (question, aliases) => {
      const frame = frameOf(question);
      expect(frame.sideBySide).toBe(true);
      const sql = buildSql(frame);
      for (const alias of aliases) expect(sql).toContain(`AS ${alias}`);
      expect(sql).not.toContain('GROUP BY');
    },
  );
  it('"side by side" after two periods compared keeps the columns of the comparison', () => {
    const frame = frameOf('ECOM turnover, October 2026 vs November 2026 side by side');
    expect(frame.sideBySide).toBeUndefined();
    expect(frame.compare).not.toBeNull();
  });
  it('«1–8 марта, в 2025 и 2026 годах»: the days in each year (the second year was compared whole)', () => {
    expect(frameOf('сравни оборот 1–8 марта в 2025 и 2026 годах').compare).toMatchObject({
      earlier: { kind: 'dates', from: '2025-03-01', to: '2025-03-09' },
      later: { kind: 'dates', from: '2026-03-01', to: '2026-03-09' },
    });
  });
  it.each(['what share of merchants accepted Apple Pay in 2025', 'доля мерчантов с QR-оплатами за 2025'])(
    '%s: the share of distinct merchants (it was a row per merchant with its share of the payments)',
    (question) => {
      const frame = frameOf(question);
      expect(frame.dimensions).toEqual([]);
      expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
      expect(frame.share?.subset.length).toBe(1);
    },
  );
  it.each([
    'Who is our single biggest Google Pay user at Halyk Bank?',
    'Rank individual Kaspi cardholders by their grocery spend in October 2026',
    'who spent the most last month',
    'Кто из клиентов Халыка потратил больше всех в октябре?',
    'Кто больше всех снял наличных в ноябре?',
    'Who had the biggest ATM withdrawal yesterday?',
  ])(
    '%s: a person or a single card asked for is refused as personal data (a max or a total was answered)',
    (question) => {
      expect(reasonOf(question)).toBe('per_card');
    },
  );
  it('"who are the top 5 merchants" is a ranking of merchants, answered', () => {
    expect(frameOf('who are the top 5 merchants by volume in 2025').dimensions).toEqual(['merchant_id']);
  });
  it('a lead-in cut off never takes a measure the answer does not compute («просим предоставить количество операций, общую сумму …»)', () => {
    const frame = frameOf(
      'По поручению Председателя Правления просим предоставить количество операций, общую сумму и средний чек по POS в Астане за ноябрь 2026 года',
    );
    expect(frame.measures.map((m) => m.fn).sort()).toEqual(['avg', 'count', 'sum']);
  });
  it('«с суммой по каждому типу» after a count by type adds the sum (it was dropped)', () => {
    const frame = frameOf(
      'Прошу предоставить количество операций в Таразе за октябрь 2026 года в разрезе типов операций с суммой по каждому типу',
    );
    expect(frame.measures).toEqual([{ fn: 'count' }, { fn: 'sum' }]);
  });
  it.each([
    'Прошу сравнить оборот бесконтактных платежей за август и сентябрь 2026 года и указать изменение в процентах',
    'Прошу сравнить оборот по аптекам за сентябрь 2025 года и сентябрь 2026 года и указать рост в процентах',
  ])('%s: both periods and the change (it was the change only)', (question) => {
    expect(frameOf(question).compare?.output).toBeUndefined();
  });
  it('«әрбір банк бойынша … шетелдік эквайерлер арқылы өткен операциялардың үлесі»: the foreign part within each bank (it was how the foreign ones spread over the banks)', () => {
    const frame = frameOf(
      '2026 жылғы қыркүйекте әрбір эмитент банк бойынша операциялардың жалпы санындағы шетелдік эквайерлер арқылы өткен операциялардың үлесі',
    );
    expect(frame.dimensions).toEqual(['issuer_bank_name']);
    expect(frame.share?.subset).toEqual([
      { kind: 'values', column: 'acquirer_country_iso', negated: true, values: ['KAZ'] },
    ]);
  });
  it.each([
    ['Which three cities had the most active cards in Q2 2026?', 'merchant_city', 3],
    ['У какого банка больше всего карт с онлайн-покупками за 2025 год?', 'issuer_bank_name', 1],
  ])(
    '%s: groups ranked by their distinct cards (it was refused as a ranking of cards)',
    (question, dim, limit) => {
      expect(frameOf(question)).toMatchObject({
        dimensions: [dim],
        measures: [{ fn: 'count_distinct', column: 'card_key' }],
        limit,
      });
    },
  );
  it('"which cards were the most active" is still never answered', () => {
    expect(frameOrNull('which cards were the most active last month')).toBeNull();
  });
  it('"compare … and to know by how much it changed in percent": both periods and the change (it was the difference in tenge)', () => {
    const frame = frameOf(
      'We would like to compare the total volume of QR payments in September 2026 with October 2026, and to know by how much it changed in percent',
    );
    expect(frame.compare?.output).toBeUndefined();
  });
  it('every wallet named again in brackets after "mobile wallets" is the same condition (the share was 100 %)', () => {
    const frame = frameOf(
      'Какая доля операций в сентябре 2026 года была совершена с использованием мобильных кошельков (Apple Pay, Google Pay, Samsung Pay)?',
    );
    expect(frame.filters).toEqual([]);
    expect(frame.share?.subset).toEqual([{ kind: 'presence', column: 'wallet_type', present: true }]);
  });
  it('«за исключением зачислений заработной платы» leaves the salaries out (the negation did not reach them)', () => {
    expect(
      frameOf('общая сумма операций в Таразе за сентябрь 2026, за исключением зачислений заработной платы')
        .filters,
    ).toContainEqual(values('transaction_type', true, 'SALARY'));
  });
  it('the wallets listed as what is spread over all wallet payments are not a restatement (it became 100 %)', () => {
    expect(
      frameOrNull(
        'Как распределились платежи через кошельки (Apple Pay, Google Pay, Samsung Pay) в прошлом месяце — в процентах от всех платежей через кошельки?',
      ),
    ).toBeNull();
  });
  it('«Сколько всего было снятий наличных …» counts them (it summed); «сколько всего ушло переводами» is money', () => {
    expect(frameOf('Сколько всего было снятий наличных в Таразе за сентябрь 2026?').measures).toEqual([
      { fn: 'count' },
    ]);
    expect(frameOf('сколько всего ушло переводами в сентябре 2026').measures).toEqual([{ fn: 'sum' }]);
  });
  it('"what share of Halyk Bank cards … paid contactless" is a share of cards (it was of payments)', () => {
    expect(
      frameOf('What share of Kaspi Bank cards active in September 2026 paid contactless?').measures,
    ).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
  });
  it('«мобильді әмиянмен төлеген карталар» (cards that paid with a wallet): the wallet is the means (it was a row per wallet)', () => {
    const frame = frameOf('2026 жылғы қыркүйекте мобильді әмиянмен төлеген карталар саны қанша?');
    expect(frame.dimensions).toEqual([]);
    expect(frame.filters).toContainEqual({ kind: 'presence', column: 'wallet_type', present: true });
  });
  it('«әр мобильді әмиян бойынша» (per mobile wallet): the payments with one, a row per wallet (it kept the no-wallet row)', () => {
    const frame = frameOf('2026 жылғы қыркүйекте әр мобильді әмиян бойынша төлемдер саны');
    expect(frame.dimensions).toEqual(['wallet_type']);
    expect(frame.filters).toContainEqual({ kind: 'presence', column: 'wallet_type', present: true });
  });
});

describe('a yes/no question’s threshold is on the figure, not a filter on payments (unseen42, our own phrasings)', () => {
  // The payments over the threshold were filtered: "is the average above 7 000?" gave the average of
  // the purchases over 7 000, "did spending total more than 15 million?" the sum of single payments
  // over 15 million (none).
  it.each<[string, Frame['threshold'], Frame['measures']]>([
    [
      'Was the median taxi payment above 3,000 tenge in October 2026?',
      { op: '>', value: 3000, unit: 'tenge' },
      [{ fn: 'median' }],
    ],
    [
      'Did restaurant spending in Shymkent come to more than 20 million tenge last month?',
      { op: '>', value: 20_000_000, unit: 'tenge' },
      [{ fn: 'sum' }],
    ],
    [
      'Is the total for fuel in Astana under 5 million tenge this year?',
      { op: '<', value: 5_000_000, unit: 'tenge' },
      [{ fn: 'sum' }],
    ],
    [
      'Were there more than 3,000 QR payments in Taraz in November 2026?',
      { op: '>', value: 3000, unit: 'count' },
      [{ fn: 'count' }],
    ],
    [
      'Средний чек на АЗС в ноябре 2026 выше ли 8000 тенге?',
      { op: '>', value: 8000, unit: 'tenge' },
      [{ fn: 'avg' }],
    ],
    [
      'Оборот ресторанов Алматы за октябрь 2026 превысил 50 млн тенге?',
      { op: '>', value: 50_000_000, unit: 'tenge' },
      [{ fn: 'sum' }],
    ],
    [
      'Қазан айында Шымкенттегі төлемдер саны 2000-нан асты ма?',
      { op: '>', value: 2000, unit: 'plain' },
      [{ fn: 'count' }],
    ],
    [
      '2026 жылғы қарашада мейрамханалардағы орташа чек 6000 теңгеден жоғары ма?',
      { op: '>', value: 6000, unit: 'tenge' },
      [{ fn: 'avg' }],
    ],
  ])('%s', (question, threshold, measures) => {
    const frame = frameOf(question);
    expect(frame.threshold).toEqual(threshold);
    expect(frame.measures).toEqual(measures);
    expect(frame.filters.filter((f) => f.kind === 'amount' || f.kind === 'amount_between')).toEqual([]);
  });

  it('a share asked yes or no: the percent is the threshold, never an amount (it filtered amounts over 40)', () => {
    const frame = frameOf('Is Google Pay more than 30% of wallet payments in Almaty this year?');
    expect(frame.threshold).toEqual({ op: '>', value: 30, unit: 'percent' });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
    expect(frame.share).not.toBeNull();
  });

  it.each([
    // single payments: the comparison filters them, as before
    'Were there any payments above 2 million tenge in Aktobe last week?',
    'сәуірдегі операциялардың неше пайызы 50 мың теңгеден асады',
    'Покажи сумму операций, которые превысили 1 млн тенге, за ноябрь',
    '200 мың теңгеден асатын төлемдер саны қанша?',
  ])('%s: the comparison stays a filter on payments', (question) => {
    const frame = frameOrNull(question);
    if (frame) expect(frame.threshold).toBeUndefined();
  });

  it('the threshold is said in the explanation, in the asker’s language', () => {
    const result = understandQuestion(
      'Is the average grocery purchase above 7,000 tenge this year?',
      context,
    );
    expect(result.kind === 'sql' && result.explanation).toMatch(/set against > 7000 tenge/);
    const kk = understandQuestion('Биыл аптекалардағы орташа чек 5000 теңгеден асады ма?', context);
    expect(kk.kind === 'sql' && kk.explanation).toMatch(/салыстыру: > 5000 теңге/);
  });

  it('"go up from October to November" compares the two months (it summed both as one range)', () => {
    const frame = frameOf('Did QR payments go up from October to November 2026?');
    expect(frame.compare).not.toBeNull();
  });
});

describe('"just the number", «только число», «тек сан» ask for the figure alone (unseen43, our own phrasings)', () => {
  // «число» / «сан» were read as "the number of": a transaction count was added beside the figure.
  it.each<[string, Frame['measures']]>([
    ['Сумма онлайн-покупок Kaspi Bank за октябрь 2026. Только число.', [{ fn: 'sum' }]],
    ['Средний чек в Таразе за ноябрь 2026 — только цифру', [{ fn: 'avg' }]],
    ['How much did Jusan cards spend on fuel in October 2026? Just the number.', [{ fn: 'sum' }]],
    ['2026 жылғы қазанда Forte карталарымен онлайн сома қанша? Тек сан.', [{ fn: 'sum' }]],
    ['2026 жылғы қарашада Астанадағы орташа чек қанша? Бір ғана сан.', [{ fn: 'avg' }]],
  ])('%s', (question, measures) => {
    expect(frameOf(question).measures).toEqual(measures);
  });
});

describe('first runs of unseen42–43: more wrong-answer classes (our own phrasings)', () => {
  it.each([
    ['Were there more QR payments at Jusan than at Forte in September 2026?', 'issuer_bank_name'],
    ['В Шымкенте в 2026 году потратили меньше, чем в Караганде?', 'merchant_city'],
    ['Is the average fuel purchase bigger than the average grocery purchase this year?', 'mcc_category'],
  ])('%s: one side set against the other is two columns of one row', (question, column) => {
    const frame = frameOf(question);
    expect(frame.sideBySide).toBe(true);
    expect(frame.split?.column).toBe(column);
    expect(frame.filters.find((f) => f.kind === 'values' && f.column === column)).toMatchObject({
      values: expect.arrayContaining([expect.any(String), expect.any(String)]),
    });
  });
  it('«в выходные больше, чем в будни»: the weekend split side by side', () => {
    const frame = frameOf('Правда ли, что в 2026 году в кафе в выходные тратят больше, чем в будни?');
    expect(frame.dimensions).toEqual(['weekend']);
    expect(frame.sideBySide).toBe(true);
  });
  it('"which had more, Kaspi or Halyk" names no side: a row each, as before', () => {
    expect(frameOf('Which had more ECOM payments in 2026, Kaspi or Halyk?').sideBySide).toBeUndefined();
  });

  it.each([
    ['Is Astana the biggest city by online spend in 2026?', 'merchant_city'],
    ['Верно ли, что суббота — самый загруженный день недели для покупок в 2026 году?', 'weekday'],
  ])('%s: the value asked about is ranked with the others (it was the only row)', (question, dimension) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([dimension]);
    expect(frame.limit).toBeNull();
    expect(frame.order).toBe('desc');
    expect(
      frame.filters.some((f) => (f.kind === 'values' && f.column === dimension) || f.kind === 'weekday'),
    ).toBe(false);
  });

  it('«города с оборотом больше 100 млн» is a condition on each city’s total (it filtered single payments)', () => {
    const frame = frameOf('Города с оборотом больше 100 млн тенге за 2026 год');
    expect(frame.having).toEqual({ of: 'sum', op: '>', value: 100_000_000 });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('«доля … в каждом городе» is each city’s own share (it was the spread over the cities)', () => {
    const frame = frameOf('Доля онлайн-операций в каждом городе за 2026 год');
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.share?.subset).toEqual([
      { kind: 'values', column: 'transaction_type', negated: false, values: ['ECOM'] },
    ]);
  });
  it('"top 5 only, city and amount": the columns listed keep the measure (it showed the labels alone)', () => {
    const frame = frameOf('Payments over 100000 tenge per city in 2026, top 5 only, city and amount');
    expect(frame.labelsOnly).toBeUndefined();
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
  });
  it.each([
    'Amount per bank in 2026, listed alphabetically',
    'Оборот по банкам за 2026 год, по алфавиту',
    '2026 жылғы банктер бойынша айналым, әліпби бойынша',
  ])('%s: the rows in the order of their labels (it was by the measure)', (question) => {
    const frame = frameOf(question);
    expect(frame.alphabetical).toBe(true);
    expect(buildSql(frame)).toMatch(/ORDER BY issuer_bank_name$/);
  });
  it('"Did Kaspi decline more payments than Halyk?" stays unanswered (declines are not in the data)', () => {
    expect(reasonOf('Did Kaspi decline more payments than Halyk last month?')).not.toBe('sql');
  });
  it('"one card made more than 100 purchases" is a condition on single cards: asked back, never per card', () => {
    expect(reasonOf('Is it true that one card made more than 100 purchases in October 2026?')).not.toBe(
      'sql',
    );
  });
  it.each([
    ['Is it true that Halyk had more ATM withdrawals than Kaspi in October 2026?'],
    ['Правда ли, что в ноябре 2026 года оборот Kaspi больше, чем у Halyk?'],
    ['2026 жылғы қазанда банкоматтан ақша алу саны 500-ден асқаны рас па?'],
  ])('%s: "is it true that …" asks the claim, yes or no', (question) => {
    expect(reasonOf(question)).toBe('sql');
  });
});

describe('a threshold beside a filter on payments, and a Russian predicate without «ли» (probing unseen42’s class)', () => {
  it('"Was the total of payments over 1 million above 50 million?": the first stays a filter, the second is the threshold', () => {
    const frame = frameOf('Was the total of payments over 1 million tenge last week above 50 million tenge?');
    expect(frame.filters.filter((f) => f.kind === 'amount')).toEqual([
      { kind: 'amount', op: '>', value: 1_000_000 },
    ]);
    expect(frame.threshold).toEqual({ op: '>', value: 50_000_000, unit: 'tenge' });
  });
  it.each([
    'Средний чек у Forte больше 6000 тенге?',
    'Медианный чек в Актобе выше 20 000 тенге за октябрь 2026?',
    'Сумма в аптеках больше 2 млн тенге за ноябрь 2026?',
  ])('%s: the comparison after the figure is its threshold', (question) => {
    const frame = frameOf(question);
    expect(frame.threshold).toBeDefined();
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it.each([
    'Средний чек по операциям больше 5000 тенге за ноябрь 2026',
    'Количество операций больше 100000 тенге за ноябрь 2026',
    'Сумма операций свыше 1 млн за ноябрь 2026',
  ])('%s: a noun of payments before the comparison keeps it a filter on them', (question) => {
    const frame = frameOf(question);
    expect(frame.threshold).toBeUndefined();
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(true);
  });
});

it('"Is the number of ECOM payments over 50,000 tenge above zero?": the payments filtered, the count set against zero', () => {
  const frame = frameOf('Is the number of ECOM payments over 50,000 tenge above zero this month?');
  expect(frame.filters).toContainEqual({ kind: 'amount', op: '>', value: 50_000 });
  expect(frame.threshold).toEqual({ op: '>', value: 0, unit: 'plain' });
});

it('«Города, где сумма в кафе за октябрь 2026 больше 300 тысяч»: filters between the total and its condition (unseen44 gr081, our phrasing)', () => {
  const frame = frameOf('Города, где сумма в кафе за октябрь 2026 больше 300 тысяч тенге');
  expect(frame.having).toEqual({ of: 'sum', op: '>', value: 300_000 });
  expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
});

describe('wrong answers of the first runs of unseen44–45 (our own phrasings)', () => {
  it('"weekend and weekday counts" is the split of the week (it was weekend days by weekday)', () => {
    const frame = frameOf('Weekend and weekday payment counts in Taraz in October 2026');
    expect(frame.dimensions).toEqual(['weekend']);
    expect(frame.filters.some((f) => f.kind === 'weekday')).toBe(false);
  });
  it('"… vs …, with YoY change in %" shows both periods and the change (it showed the change only)', () => {
    const frame = frameOf('Fuel spend in Aktobe, October 2026 vs October 2025, with YoY change in %');
    expect(frame.compare).not.toBeNull();
    expect(frame.compare?.output ?? 'all').toBe('all');
  });
  it('«…: сколько их и на какую сумму?» counts them beside the sum (the count was dropped)', () => {
    expect(frameOf('Покупки в аптеках Тараза за ноябрь 2026: сколько их и на какую сумму?').measures).toEqual(
      [{ fn: 'count' }, { fn: 'sum' }],
    );
  });
  it.each([
    'Какой процент оборота карт Halyk в Алматы за октябрь 2026 пришёлся на рестораны?',
    'What share of Forte cards in Astana paid with Google Pay in November 2026?',
  ])('%s: the bank whose cards are named owns the whole (the share was inverted)', (question) => {
    const frame = frameOrNull(question);
    if (!frame) return;
    expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'issuer_bank_name')).toBe(true);
    expect(frame.share?.subset.some((f) => f.kind === 'values' && f.column === 'issuer_bank_name')).toBe(
      false,
    );
  });
});

it('«… неше пайызы Halyk карталарымен жасалды?» (made with Halyk cards): the bank is not taken for the whole', () => {
  const frame = frameOrNull('Таразда өткен айдағы операциялардың неше пайызы Kaspi карталарымен жасалды?');
  if (frame)
    expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'issuer_bank_name')).toBe(false);
});

describe('wrong readings unseen46 and unseen47 found (our own phrasings)', () => {
  it.each([
    'How many distinct cards and merchants in Almaty yesterday?',
    'Сколько уникальных карт и мерчантов было в ноябре?',
    'Қарашада қанша карта және мерчант болды?',
  ])('%s: merchants joined to counted cards are counted too (they were dropped)', (question) => {
    expect(frameOf(question).measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
  });
  it('«қарашада бір операцияның …»: a number after a month "in" it is no day of it (it was 1 November)', () => {
    expect(frameOf('2026 жылғы қарашада бір төлемнің ең үлкен сомасы').time).toEqual({
      kind: 'dates',
      from: '2026-11-01',
      to: '2026-12-01',
    });
    expect(frameOf('Spend on October 2nd 2026').time).toEqual({
      kind: 'dates',
      from: '2026-10-02',
      to: '2026-10-03',
    });
  });
  it.each([
    'Smallest and largest payment per city in October 2026',
    'Наименьшая и наибольшая сумма операции по категориям за сентябрь 2026',
    'Санаттар бойынша ең кіші және ең үлкен сома, 2026 жылғы қыркүйек',
  ])('%s: both ends of single payments in each group (one end was dropped, a ranking kept)', (question) => {
    const frame = frameOf(question);
    expect(frame.measures.map((m) => m.fn).sort()).toEqual(['max', 'min']);
    expect(frame.limit).toBeNull();
  });
  it.each([
    'Which category had the smallest and largest spend in 2026?',
    'Наименьший и наибольший оборот по банкам',
  ])('%s: both ends of a ranking of totals are asked back (one end was dropped)', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });
  it.each([
    ['Did Halyk have the highest turnover in September 2026?', 'issuer_bank_name', 'sum'],
    ['Правда ли, что наибольший оборот в ноябре был у Kaspi Bank?', 'issuer_bank_name', 'sum'],
    ['Is Astana the city with the most transactions this year?', 'merchant_city', 'count'],
    ['Was the largest purchase in October made in Shymkent?', 'merchant_city', 'max'],
  ])(
    '%s: the value named is ranked among the others (it was that value’s largest payment)',
    (question, column, fn) => {
      const frame = frameOf(question);
      expect(frame.dimensions).toEqual([column]);
      expect(frame.measures.map((m) => m.fn)).toEqual([fn]);
      expect(frame.filters.some((f) => f.kind === 'values' && f.column === column)).toBe(false);
    },
  );
  it('a yes/no about a threshold keeps the value named: «… ең ірі транзакция 500 мың теңгеден асты ма?»', () => {
    const frame = frameOf('Өткен айда Kaspi бойынша ең ірі транзакция 500 мың теңгеден асты ма?');
    expect(frame.dimensions).toEqual([]);
    expect(frame.measures).toEqual([{ fn: 'max' }]);
  });
  it.each([
    ['Доля операций в иностранной валюте по каждому банку за 2026 год', 'transaction_currency'],
    ['2026 жылы әр банкте POS төлемдерінің ішіндегі контактісіз төлемдер үлесі', 'pos_entry_mode'],
    ['Биыл әр қаладағы шетел валютасындағы операциялар сомасының үлесі', 'transaction_currency'],
    ['2025 жылы әр банктегі шетелдік операциялардың (эквайер елі KAZ емес) үлесі', 'acquirer_country_iso'],
  ])(
    '%s: the share within each group (it was the spread of the part over the groups)',
    (question, column) => {
      const frame = frameOf(question);
      expect(frame.share?.subset.some((f) => 'column' in f && f.column === column)).toBe(true);
    },
  );
  it('"How is X’s turnover spread across cities": X is the whole (it was taken for the part)', () => {
    const frame = frameOf('How is Halyk Bank’s 2026 turnover spread across cities?');
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'issuer_bank_name',
      negated: false,
      values: ['Halyk Bank'],
    });
  });
  it.each([
    'ATM withdrawals last week: how many, and for what amount?',
    'Сколько потратили и сколько раз платили в Астане вчера?',
  ])('%s: a "how many" asked beside an amount is a count (it was dropped)', (question) => {
    expect(
      frameOf(question)
        .measures.map((m) => m.fn)
        .sort(),
    ).toEqual(['count', 'sum']);
  });
  it('«сколько было активных карт и сколько операций на карту»: the cards counted as well as the ratio', () => {
    expect(
      frameOf('Сколько было активных карт и сколько операций в среднем на карту в Таразе за октябрь?')
        .measures,
    ).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'per_card', of: 'count' },
    ]);
  });
  it.each([
    'Во сколько раз средний чек в кафе выше, чем в аптеках?',
    'How many times higher is the average ticket in Almaty than in Astana?',
    'Биыл әр қалада ATM сомасының POS сомасына қатынасы',
  ])('%s: a ratio is asked back (it was a count, or the ratio word was dropped)', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });
  it.each([
    'Median ticket, Kaspi vs Halyk, 2026 — side by side',
    'Средний чек у Kaspi и у Halyk за ноябрь, рядом',
  ])('%s: two values asked side by side are two columns of one row', (question) => {
    const frame = frameOf(question);
    expect(frame.sideBySide).toBe(true);
    expect(frame.dimensions).toEqual(['group_split']);
  });
  it.each([
    'Spend in Astana, September vs October 2026 — the change in tenge and in %',
    'Как изменилось количество операций в Алматы с сентября на октябрь 2026, в тенге и в процентах?',
  ])('%s: both periods, the difference and the change (the difference was dropped)', (question) => {
    expect(frameOf(question).compare?.output).toBe('full');
  });
  it.each<[string, 'change' | 'difference', 'asc' | 'desc']>([
    ['Which city grew the most in ECOM count from September to October 2026?', 'change', 'desc'],
    ['Which bank’s turnover fell the most in tenge from August to September 2026?', 'difference', 'asc'],
    ['2026 жылғы қыркүйектен қазанға қай қалада айналым ең көп өсті?', 'change', 'desc'],
  ])('%s: groups ranked by their change (they were ranked by the later period)', (question, by, order) => {
    const frame = frameOf(question);
    expect(frame.rankByChange).toBe(by);
    expect(frame.order).toBe(order);
    expect(frame.compare).not.toBeNull();
  });
  it('"Total of lira transactions, in lira": the currency said again after "in" is the unit (it was tenge)', () => {
    expect(frameOf('Total of Chinese yuan transactions, in yuan, for October 2026').amountIn).toBe(
      'original',
    );
  });
  it('«… Kaspi и Halyk, двумя числами»: two values as two numbers are two columns (they were two rows)', () => {
    expect(frameOf('Сумма ECOM-операций за октябрь 2026: Jusan и Forte, двумя числами').sideBySide).toBe(
      true,
    );
  });
  it('«қай санатта … ең көп өсті?»: a singular Kazakh locative asks for one (it was a top 10)', () => {
    expect(frameOf('2026 жылғы қыркүйектен қазанға қай санатта айналым ең көп өсті?').limit).toBe(1);
    expect(frameOf('2026 жылғы қыркүйектен қазанға қай санаттарда айналым ең көп өсті?').limit).toBe(10);
  });
  it('«город, количество, сумма — по убыванию суммы»: the rows by the sum named (they were by the count)', () => {
    expect(buildSql(frameOf('Город, количество, сумма за 2025 год, по убыванию суммы'))).toMatch(
      /ORDER BY total_amount DESC/,
    );
  });
});

describe('classes found by unseen48–49 (first runs of 2026-12-01)', () => {
  it.each([
    'Сколько вчера было операций в Астане и на какую сумму?',
    'Сколько в ноябре 2026 прошло платежей в Шымкенте и на какую сумму?',
  ])('%s: a count whose noun follows the period is kept beside the sum (it was dropped)', (question) => {
    expect(
      frameOf(question)
        .measures.map((m) => m.fn)
        .sort(),
    ).toEqual(['count', 'sum']);
  });
  it.each([
    'Which bank’s spend fell the most from July to August 2026?',
    'Which category’s turnover fell the most between September and October?',
  ])('%s: "fell the most" ranks by the change, shown (it ranked by the later period)', (question) => {
    const frame = frameOf(question);
    expect(frame.rankByChange).toBe('change');
    expect(frame.order).toBe('asc');
    expect(buildSql(frame)).toMatch(/ORDER BY change_pct ASC/);
  });
  it.each([
    'Средний чек по операциям в евро (в самой валюте) за октябрь',
    'Average EUR payment in October, in the currency itself',
    'Spending per currency in that currency, this year',
    'Биыл доллармен төлемдер сомасы сол валютада',
  ])('%s: "in that currency" is the original amount (it was tenge, the words dropped)', (question) => {
    expect(frameOf(question).amountIn).toBe('original');
  });
  it('«Возьми октябрь 2026»: a verb one letter from a number word is not the 8th (it was 8 October)', () => {
    const frame = frameOf('Сколько операций в Алматы? Возьми октябрь 2026');
    expect(frame.time).toMatchObject({ kind: 'dates', from: '2026-10-01', to: '2026-11-01' });
  });
  it.each([
    ['Is Astana the city with the most QR transactions in 2026?', 'merchant_city'],
    ['2026 жылы Kaspi клиенттері ең көп транзакция жасаған қала Астана ма?', 'merchant_city'],
  ])(
    '%s: with a second value named, the one whose column is said is ranked (it was a max payment)',
    (question, column) => {
      const frame = frameOf(question);
      expect(frame.dimensions).toEqual([column]);
      expect(frame.measures).toEqual([{ fn: 'count' }]);
    },
  );
  it('"Did Kaspi have the highest turnover in Almaty?": of two values, none said to be ranked — asked back', () => {
    expect(frameOrNull('Did Kaspi have the highest turnover in Almaty in October?')).toBeNull();
    const result = understandQuestion('Did Kaspi have the highest turnover in Almaty in October?', context);
    expect(result.kind === 'clarify' && result.message).toMatch(/among which groups/);
  });
});

describe('a comparison of the amount in a share is its part (unseen49: the share of all such payments, or a threshold on the share)', () => {
  it.each<[string, number]>([
    ['What percent of Halyk transactions in 2025 were above 30k tenge?', 30_000],
    ['Какая доля покупок в Таразе дороже 20 000 ₸ за этот год?', 20_000],
    ['2025 жылы контактісіз төлемдердің қанша пайызы 20 мыңнан асты?', 20_000],
    ['2025 жылы Forte бойынша 50 мыңнан асатын операциялардың үлесі қандай?', 50_000],
  ])('%s', (question, value) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toEqual([{ kind: 'amount', op: '>', value }]);
    expect(frame.threshold).toBeUndefined();
  });
  it.each([
    'For each city, what % of its grocery purchases in 2026 were over 50 000 ₸?',
    'Для каждого банка: какой процент онлайн-платежей за 2026 был больше 30 000 ₸?',
  ])('%s: within each group', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toHaveLength(1);
    expect(frame.share?.subset[0]?.kind).toBe('amount');
  });
  it('"share of payments between 10k and 50k by city" stays how those payments spread over the cities', () => {
    expect(frameOf('Share of payments between 10k and 50k by city').share?.subset).toEqual([]);
  });
  it('"what share of payments over 100k were contactless": the part after the predicate', () => {
    expect(frameOf('What share of payments over 100k were contactless?').share?.subset).toEqual([
      { kind: 'values', column: 'pos_entry_mode', negated: false, values: ['Contactless'] },
    ]);
  });
  it('«… выше 5%?»: a percent is the share’s own threshold, never an amount', () => {
    const result = understandQuestion('Доля онлайн-операций у Halyk в 2026 году выше 5%?', context);
    if (result.kind === 'sql') expect(result.frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
});

describe('asked how many payments "exceeded" an amount, the amount filters them (it was a threshold on the count)', () => {
  it.each<[string, number]>([
    ['Сколько операций превысили 300 тысяч в октябре?', 300_000],
    ['How many payments exceeded 2 million tenge last year?', 2_000_000],
  ])('%s', (question, value) => {
    const frame = frameOf(question);
    expect(frame.filters).toContainEqual({ kind: 'amount', op: '>', value });
    expect(frame.threshold).toBeUndefined();
  });
  it('a yes/no question keeps the threshold on the figure', () => {
    expect(frameOf('Did the number of payments exceed 10000 last month?').threshold).toMatchObject({
      value: 10_000,
    });
  });
});

describe('a second thing counted beside distinct cards is kept (unseen48: it was dropped)', () => {
  it.each([
    'Unique cards and merchants in Shymkent in November 2026?',
    'Уникальные карты и мерчанты в Таразе за ноябрь',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
  });
  it.each([
    'Active cards and transactions in Almaty last week',
    'Уникальные карты и операции в Актобе за октябрь',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'count' },
    ]);
  });
});

describe('tenge named beside the original amount is two amounts, both shown (never one of them dropped)', () => {
  it.each([
    'For 2025, total KZT volume of EUR purchases, and the total in euros itself',
    'Total in euros itself and the KZT total, October 2026',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.amountIn).toBe('both');
    expect(buildSql(frame)).toContain('sum(original_amount)');
    expect(buildSql(frame)).toContain('sum(transaction_amount_kzt)');
  });
  it('"the amount in USD itself, not tenge": the tenge only says which', () => {
    expect(frameOf('Total in US dollars in October 2026, the amount in USD itself, not tenge').amountIn).toBe(
      'original',
    );
  });
});

describe('amount bands: "over X" at the top leaves X in the band below (writers of nine sets read it so)', () => {
  it.each([
    'Bucket last month’s payments into under 10k, 10k-100k and over 100k, count in each',
    'Распределение покупок по суммам: до 5 тыс., 5–20 тыс. и свыше 20 тыс. за октябрь',
    'Онлайн төлемдердің бөлінуі: 10 мыңға дейін, 10-50 мың, 50 мыңнан жоғары',
  ])('%s', (question) => {
    const sql = buildSql(frameOf(question));
    expect(sql).toMatch(/WHEN transaction_amount_kzt <= \d+ THEN/);
    expect(sql).toMatch(/ELSE '> \d+'/);
  });
  it('"100k+" keeps 100 000 in the top band', () => {
    const sql = buildSql(frameOf('Payments by amount this month: under 5k, 5-20k, 20-100k, 100k+'));
    expect(sql).not.toMatch(/<=/);
    expect(sql).toMatch(/ELSE '≥ 100000'/);
  });
});

describe('"top N X in each Y" ranks X within each Y (unseen50: it was the top N pairs overall)', () => {
  it.each([
    ['top 2 categories by spend in every city last month', 'mcc_category', 'merchant_city'],
    ['для каждого банка топ-3 города по числу операций', 'merchant_city', 'issuer_bank_name'],
    ['әр банк бойынша транзакция саны бойынша топ-2 қала', 'merchant_city', 'issuer_bank_name'],
  ])('%s', (question, ranked, group) => {
    const frame = frameOf(question);
    expect(frame.rankedWithin).toBe(ranked);
    expect(frame.dimensions).toContain(group);
    const sql = buildSql(frame);
    expect(sql).toContain(`row_number() OVER (PARTITION BY ${group} ORDER BY`);
    expect(sql).toMatch(new RegExp(`WHERE rank_in_group <= ${frame.limit}\\n`));
    // The rank is not a column of the answer.
    expect(sql.split('\n')[0]).not.toContain('rank_in_group');
  });
  it.each<[string, string, number]>([
    ['which bank had the most ECOM payments in each city last month?', 'issuer_bank_name', 1],
    ['какой город лидирует по обороту в каждом месяце 2026 года', 'merchant_city', 1],
    ['әр банкте қай санатта сома ең көп болды', 'mcc_category', 1],
    ['the 2 biggest cities by spend for every bank', 'merchant_city', 2],
  ])(
    '%s: the one asked "which" is ranked within the other (it was one row overall)',
    (question, ranked, limit) => {
      const frame = frameOf(question);
      expect(frame.rankedWithin).toBe(ranked);
      expect(frame.limit).toBe(limit);
    },
  );
  it('the explanation says the ranking is within each group', () => {
    const result = understandQuestion('top 2 categories by spend in every city last month', context);
    expect(result.kind === 'sql' && result.explanation).toContain('top 2 category in each city');
  });
  it('one breakdown stays a plain top N', () => {
    const frame = frameOf('top 5 cities by spend last month');
    expect(frame.rankedWithin).toBeUndefined();
    expect(buildSql(frame)).toMatch(/LIMIT 5$/);
  });
});

describe('a kind of merchant beside a ranked merchants word ranks those merchants (it was asked back as a listing)', () => {
  it.each([
    ['top 3 pharmacy merchants by turnover this year', 'Pharmacies & Health'],
    ['топ-5 мерчантов в ресторанах по сумме за октябрь', 'Dining & Restaurants'],
  ])('%s', (question, category) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['merchant_id']);
    expect(frame.filters).toContainEqual(values('mcc_category', false, category));
  });
});

describe('"busier than" compares how many payments (it was not understood); two weekdays set side by side', () => {
  it('"Was Astana busier than Almaty in October?": a column each, counted', () => {
    const frame = frameOf('Was Astana busier than Almaty in October 2026?');
    expect(frame.sideBySide).toBe(true);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it.each([
    'Were there more ECOM payments on Monday than on Friday last month?',
    'В понедельник больше операций, чем в пятницу?',
  ])('%s: one row, a column for each day', (question) => {
    const sql = buildSql(frameOf(question));
    expect(sql).toContain('FILTER (WHERE extract(isodow FROM transaction_timestamp) = 1)');
    expect(sql).toContain('FILTER (WHERE extract(isodow FROM transaction_timestamp) = 5)');
    expect(sql).not.toContain('GROUP BY');
  });
  it('two days asked separately are a row each', () => {
    const frame = frameOf('POS payments on Tuesday and Wednesday separately, October 2026');
    expect(frame.dimensions).toEqual(['weekday']);
    expect(frame.sideBySide).toBeUndefined();
  });
  it('"which had more active cards" still counts the cards', () => {
    expect(frameOf('Kaspi vs Halyk, which had more active cards in October?').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
});

describe('two values side by side over a breakdown: a column each, the breakdown the rows (unseen50: one total over both)', () => {
  it.each([
    ['Kaspi and Halyk monthly turnover in 2026, side by side', 'month'],
    ['Jusan пен Halyk бойынша қалалар бойынша транзакция саны, қатар қойып', 'merchant_city'],
    ['weekday vs weekend transaction counts per bank, side by side, last month', 'issuer_bank_name'],
  ])('%s', (question, rows) => {
    const frame = frameOf(question);
    expect(frame.sideBySide).toBe(true);
    expect(frame.dimensions).toHaveLength(2);
    expect(frame.dimensions[1]).toBe(rows);
    const sql = buildSql(frame);
    expect(sql.match(/FILTER \(WHERE/g)).toHaveLength(2);
    expect(sql).toMatch(/\nGROUP BY /);
  });
});

describe("a condition right after the column word of the rows is on each row's total (unseen50: it filtered payments)", () => {
  it.each([
    ['Banks by spend in 2025, only banks above 500 million tenge', 'sum'],
    ['категории по обороту за октябрь, только категории больше 50 млн', 'sum'],
  ])('%s', (question, of) => {
    const frame = frameOf(question);
    expect(frame.having?.of).toBe(of);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
});

describe('a comma ends a phrase: "salary, transfers" are two things (unseen51: «жалақы, аударымдар» was one, the transfers dropped)', () => {
  it('Kazakh list with a comma', () => {
    const frame = frameOf('Жалақы, аударымдар және банкоматтан шешуден басқа операциялар саны, қазан 2026');
    expect(frame.filters).toContainEqual(
      values('transaction_type', true, 'SALARY', 'P2P_IN', 'P2P_OUT', 'ATM_WITHDRAWAL'),
    );
  });
});

describe('the currency a money figure is given in, set apart, is its unit (unseen51: the tenge amount)', () => {
  it.each([
    'In dollars: average online purchase abroad last month',
    'How much did Kaspi cards spend in Turkey this year, in lira?',
    'Median payment in Georgia, in lari (GEL), 2026',
  ])('%s', (question) => {
    expect(frameOf(question).amountIn).toBe('original');
  });
  it('"payments in USD" alone stay a filter, counted', () => {
    const frame = frameOf('How many payments in USD last month?');
    expect(frame.amountIn).toBeUndefined();
  });
  it.each([
    ['Average ECOM purchase in euros in 2026 — the euro amount itself, not tenge', 'avg'],
    ['How many payments in Georgia were over 100 lari (the lari amount, not tenge)?', 'count'],
    ['Өзбекстандағы орташа төлем қанша сум (UZS) болды?', 'avg'],
  ])('%s: one measure, not a sum besides', (question, fn) => {
    const frame = frameOf(question);
    expect(frame.amountIn).toBe('original');
    expect(frame.measures.map((m) => m.fn)).toEqual([fn]);
  });
});

describe('in each group, the share of its payments above an amount, also in Kazakh (unseen51: the spread of those payments)', () => {
  it('«әр қаланың … қанша пайызы 20 000 теңгеден асты»', () => {
    const sql = buildSql(frameOf('2026 жылы әр қаланың POS төлемдерінің қанша пайызы 20 000 теңгеден асты?'));
    expect(sql).toContain('count(*) FILTER (WHERE transaction_amount_kzt > 20000)');
    expect(sql).not.toContain('OVER ()');
  });
});

describe('"paid by X or by Y" names the means, not a breakdown (unseen51: a row each)', () => {
  it('one figure over both', () => {
    const frame = frameOf('Median POS purchase paid by contactless or by swipe in Almaty, October 2026');
    expect(frame.dimensions).toEqual([]);
    expect(frame.filters).toContainEqual(values('pos_entry_mode', false, 'Contactless', 'Swipe'));
  });
});

describe('«сколько раз клиенты …» counts the payments, not the clients (unseen51)', () => {
  it.each([
    'Сколько раз клиенты Halyk платили Apple Pay в ресторанах?',
    'How many times did Halyk customers pay with Google Pay?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }]);
  });
});

describe('"separately for X and Y" after a period is a row for each (unseen50: «за 2026 год отдельно для …» was one total)', () => {
  it('the list after «отдельно» is a breakdown', () => {
    const frame = frameOf('Оборот по месяцам за 2025 год отдельно для Kaspi и Halyk');
    expect(frame.dimensions).toEqual(['month', 'issuer_bank_name']);
  });
});

describe('"each day" after a cycle of days is that cycle (unseen50: a row for every calendar day besides)', () => {
  it('«айдың күндері бойынша — әр күнге»', () => {
    const frame = frameOf('Қазан айындағы ECOM төлемдері айдың күндері бойынша, әр күнге сома');
    expect(frame.dimensions).toEqual(['day_of_month']);
  });
});

describe('«KZT-ден басқа»: a Kazakh negation after a code with its ending written apart (it was not understood)', () => {
  it('other than KZT, one total', () => {
    const frame = frameOf('KZT-ден басқа валютадағы онлайн төлемдер саны, 2026');
    expect(frame.filters).toContainEqual(values('transaction_currency', true, 'KZT'));
    expect(frame.dimensions).toEqual([]);
  });
});

describe('Kazakh: "the banks that had more than N withdrawals" is a condition on each bank\'s count (unseen50: payments over N tenge)', () => {
  it.each([
    '2026 жылы 300-ден көп онлайн төлем жасалған қалалар',
    '1000-нан көп QR төлемі болған банктер, саны бойынша кему ретімен',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.having?.of).toBe('count');
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('«банктер саны» with no comma still counts the banks', () => {
    expect(frameOf('2026 жылы банктер саны').measures).toEqual([
      { fn: 'count_distinct', column: 'issuer_bank_name' },
    ]);
  });
});

describe('months of one range set against the same period of another year stay one range (unseen52: two months compared)', () => {
  it.each([
    'ECOM сомасы: 2026 жылғы қаңтар–қазан өткен жылдың сол кезеңімен салыстырғанда, өзгерісі қандай?',
    'Оборот за январь–октябрь 2026 по сравнению с тем же периодом 2025, изменение',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.compare?.earlier).toEqual({ kind: 'dates', from: '2025-01-01', to: '2025-11-01' });
    expect(frame.compare?.later).toEqual({ kind: 'dates', from: '2026-01-01', to: '2026-11-01' });
  });
});

describe('two years and one range of months are that range in each year (unseen52: the whole first year, or the first year only)', () => {
  it.each([
    'Рост числа операций с 2025 на 2026 (январь–сентябрь)',
    'QR төлемдерінің саны: 2025 және 2026 жылдардың қаңтар–қыркүйегі',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.compare?.earlier).toEqual({ kind: 'dates', from: '2025-01-01', to: '2025-10-01' });
    expect(frame.compare?.later).toEqual({ kind: 'dates', from: '2026-01-01', to: '2026-10-01' });
  });
  it('«с X на Y» with no word of change is asked back, never one of them dropped', () => {
    expect(frameOrNull('Оборот с марта на апрель 2026')).toBeNull();
  });
});

describe('Kazakh «ж.» is the year of the period after it (unseen52: the whole year compared)', () => {
  it('«2025 ж. 2-тоқсаннан 2026 ж. 2-тоқсанға»', () => {
    const frame = frameOf('2025 ж. 2-тоқсаннан 2026 ж. 2-тоқсанға айналым қалай өзгерді?');
    expect(frame.compare?.earlier).toEqual({ kind: 'dates', from: '2025-04-01', to: '2025-07-01' });
  });
});

describe('"Did <payments> exceed <an amount>?" sets their total against it (unseen52: a count of payments over the amount each)', () => {
  it('the total, with the amount as the threshold', () => {
    const frame = frameOf('Did incoming P2P transfers exceed 50 million tenge in October 2026?');
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.threshold).toEqual({ op: '>', value: 50_000_000, unit: 'tenge' });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('"any" payment singled out stays a filter', () => {
    expect(frameOf('Did any ATM withdrawal exceed 3 million tenge in October 2026?').filters).toContainEqual({
      kind: 'amount',
      op: '>',
      value: 3_000_000,
    });
  });
});

describe('what a comparison shows, said in other words (unseen52)', () => {
  it('"how much did each change in tenge": both periods and the difference', () => {
    expect(
      frameOf('ECOM spend by bank — how much did it change in tenge from September to October 2026?').compare
        ?.output,
    ).toBe('with_difference');
  });
  it('«пайыздық өзгерісімен» (with its % change): both periods and the change', () => {
    expect(
      frameOf('Банктер бойынша айналым: 2026 жылғы қыркүйек пен қазан, пайыздық өзгерісімен').compare?.output,
    ).toBeUndefined();
  });
  it('«в штуках и в процентах»: both periods, the difference and the change', () => {
    expect(
      frameOf(
        'Как изменилось число QR-платежей в октябре 2026 по сравнению с сентябрём — в штуках и в процентах',
      ).compare?.output,
    ).toBe('full');
  });
});

describe('two weekdays side by side in Kazakh (unseen52: one total over both days)', () => {
  it('«дүйсенбі мен жұма, қатар қойып»', () => {
    const sql = buildSql(frameOf('Дәріханалар айналымы: дүйсенбі мен жұма, 2025 жыл, қатар қойып'));
    expect(sql).toContain('FILTER (WHERE extract(isodow FROM transaction_timestamp) = 1)');
    expect(sql).toContain('FILTER (WHERE extract(isodow FROM transaction_timestamp) = 5)');
  });
});

describe('«(сумма в самой валюте)» after a condition in that currency says which amount (unseen52: a sum column besides)', () => {
  it('one count', () => {
    const frame = frameOf('Сколько было покупок дороже 50 евро (сумма в самой валюте) в 2026?');
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.amountIn).toBe('original');
  });
  it('named first, the amount is asked for', () => {
    expect(
      frameOf('сумма в самой валюте и количество операций в евро за октябрь').measures.map((m) => m.fn),
    ).toEqual(['sum', 'count']);
  });
});

describe('with the whole named outright, the part is within each group (unseen53: the part spread over the groups)', () => {
  it.each([
    'доля QR среди POS-платежей в каждом банке за октябрь 2026',
    'Онлайн төлемдер ішінде Apple Pay үлесі әр қалада, 2025',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.subset.length).toBe(1);
    expect(buildSql(frame)).not.toContain('OVER ()');
  });
});

describe('a share or an amount per card over two values named is one for each (unseen52: one figure over both)', () => {
  it.each([
    ['Доля QR среди POS-платежей у Halyk и у Jusan за ноябрь 2026', 'issuer_bank_name'],
    ['Бір картаға шаққандағы сома: Алматы мен Астана, 2026 жылғы қыркүйек', 'merchant_city'],
  ])('%s', (question, column) => {
    expect(frameOf(question).dimensions).toEqual([column]);
  });
  it.each([
    'amount per card at Kaspi and Halyk together in October',
    'Алматы, Астана немесе Шымкенттегі бір картаға шаққандағы сома, 2025',
  ])('%s: "together" or "or" keeps one figure', (question) => {
    expect(frameOf(question).dimensions).toEqual([]);
  });
});

describe('Kazakh plurals written with no letter of their own (unseen52: «Қай валюталар …» was one row)', () => {
  it('«Қай валюталар … ең көп азайды?»: the plural ranking', () => {
    expect(
      frameOf('Қай валюталар бойынша операциялар саны 2025 жылдан 2026 жылға ең көп азайды?').limit,
    ).toBe(10);
  });
  it('«Қай валюта» (which currency) is one row, though «валюта» would be a Russian plural', () => {
    expect(frameOf('Қай валюта бойынша операциялар саны 2025 жылдан 2026 жылға ең көп өсті?').limit).toBe(1);
  });
  it('the singular stays one row', () => {
    expect(frameOf('Қай қала бойынша операциялар саны 2025 жылдан 2026 жылға ең көп азайды?').limit).toBe(1);
  });
});

describe('«әмиян арқылы» is made through a wallet, never a row per wallet (unseen53)', () => {
  it('not a breakdown by wallet', () => {
    const result = understandQuestion(
      'Өткен айда дәріханалардағы төлемдердің қанша пайызы әмиян арқылы жасалды?',
      context,
    );
    expect(result.kind === 'sql' && result.frame.dimensions.includes('wallet_type')).toBe(false);
  });
});

describe('a ranking of groups by their change in % shows both periods (unseen52: the change alone)', () => {
  it('"Top 3 cities by ECOM growth (%) from Q2 to Q3 2026"', () => {
    const frame = frameOf('Top 3 cities by ECOM turnover growth (%) from Q2 to Q3 2026');
    expect(frame.rankByChange).toBe('change');
    expect(frame.compare?.output).toBeUndefined();
    expect(buildSql(frame)).toMatch(/ORDER BY change_pct DESC NULLS LAST\nLIMIT 3$/);
  });
});

describe('Kazakh: the ablative on those who paid sets the two values against each other (unseen42)', () => {
  it('«Apple Pay-мен төлегендерден көп пе»: a column each', () => {
    const frame = frameOf(
      'Өткен айда Google Pay арқылы төлеген карталар саны Apple Pay-мен төлегендерден көп пе?',
    );
    expect(frame.sideBySide).toBe(true);
  });
});

describe('a currency named as the unit of the money gives its own amount (unseen54–57)', () => {
  it.each([
    // values of the payments between the amount and "in"
    'средняя сумма QR в юанях за октябрь 2026',
    'Сколько потратили в Турции в лирах в 2025 году?',
    'average spend on ECOM in euros last month',
    // "how much in dollars", whatever noun follows the verb
    'Сколько в юанях составили покупки в CNY за 2026 год?',
    // Kazakh locative before a percentile, the currency restated in brackets
    '2026 жылы EUR операцияларының еуродағы 90-перцентилі қандай?',
    'Түркиядағы транзакциялардың лирадағы (TRY) орташа сомасы қанша?',
    // Kazakh instrumental and "how much", no noun counted
    '2026 жылы Қытайдағы төлемдер юаньмен қанша болды?',
  ])('%s', (q) => {
    const frame = frameOf(q);
    expect(frame.amountIn).toBe('original');
    expect(frame.measures.some((m) => m.fn === 'count')).toBe(false);
  });
  it.each([
    'average amount of transactions in USD in 2026',
    'Сколько операций в долларах за 2026?',
    'юаньмен қанша транзакция болды 2026 жылы',
  ])('%s: the currency says which payments (amounts in tenge, or a count)', (q) => {
    expect(frameOf(q).amountIn).not.toBe('original');
  });
});

describe("a threshold in a currency keeps that currency's payments only (unseen54)", () => {
  it.each([
    ['100 еуродан асатын онлайн төлемдер саны', 'EUR'],
    ['Онлайн төлемдер саны 20 доллардан аз, 2026', 'USD'],
  ])('%s', (q, currency) => {
    const frame = frameOf(q);
    expect(frame.amountIn).toBe('original');
    expect(frame.filters).toContainEqual(values('transaction_currency', false, currency));
  });
  it('a count over amounts in mixed currencies is asked back', () => {
    // (The original amount with no one currency: the same number in yuan and in dollars.)
    expect(reasonOf('how many payments over 100 in the original currency in 2026')).not.toBe('sql');
  });
});

describe('after "each", a column word is a grouping, never counted (unseen54)', () => {
  it('«әр қалада саны бойынша топ-2 санат»: the top 2 within each city', () => {
    const frame = frameOf('әр қалада саны бойынша топ-2 санат, қазан 2026');
    expect(frame.rankedWithin).toBe('mcc_category');
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
});

describe('a column word labelling its value is never counted (unseen54)', () => {
  it('«сколько заплатили в категории …»: the money paid, not one category counted', () => {
    const frame = frameOf('сколько заплатили в категории Pharmacies & Health в Таразе в ноябре 2026');
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
  });
});

describe('a column word before the part of a share within each group (unseen54)', () => {
  it('«доля операций типа P2P_OUT в каждом банке»: P2P_OUT within each bank', () => {
    const frame = frameOf('доля операций типа P2P_OUT в каждом банке за 2026');
    expect(frame.share?.subset).toEqual([values('transaction_type', false, 'P2P_OUT')]);
  });
});

describe('merchants of a Kazakh share are counted, never rows (unseen55)', () => {
  it.each([
    '2025 жылы мерчанттардың неше пайызы Google Pay қабылдады?',
    'барлық мерчанттардың қанша пайызы QR төлем қабылдады, 2026 жыл?',
  ])('%s', (q) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual([]);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
  });
});

describe('a ranking of a nullable column is of its values, never of "none" (unseen57)', () => {
  it.each([
    'Which wallet had the most payments in 2026?',
    'самый популярный способ ввода карты в октябре 2026',
    'Правда ли, что Google Pay — самый популярный кошелёк по сумме?',
  ])('%s', (q) => {
    const frame = frameOf(q);
    expect(frame.filters.some((f) => f.kind === 'presence' && f.present)).toBe(true);
  });
  it('a breakdown keeps the payments with none', () => {
    expect(frameOf('amount by wallet in 2026').filters).toEqual([]);
  });
});

describe('the largest payment of each group, and groups ranked by their largest payment (unseen56)', () => {
  it.each([
    'largest payment by bank in 2025',
    'smallest single transaction amount for each city last month',
    'самая крупная покупка по категориям за 2026',
    '2026 жылы ең үлкен төлем сомасы банк бойынша',
  ])('%s: the extreme in each group, every group', (q) => {
    const frame = frameOf(q);
    expect(frame.measures.every((m) => m.fn === 'max' || m.fn === 'min')).toBe(true);
    expect(frame.limit).toBeNull();
  });
  it.each([
    'which bank had the largest transaction in 2025',
    'В каком городе была самая крупная покупка в октябре 2026?',
    'Қай банкте ең үлкен транзакция болды?',
  ])('%s: the groups ranked by their largest payment', (q) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'max' }]);
    expect(frame.limit).toBe(1);
  });
  it('"the most transactions by city" stays a count', () => {
    expect(frameOf('the most transactions by city').measures).toEqual([{ fn: 'count' }]);
  });
});

describe('the part of the day said with hours is the part of a share in each group (unseen56)', () => {
  it('«доля вечерних операций (с 18:00 до 22:59) в каждом банке»', () => {
    const frame = frameOf('доля вечерних операций (с 18:00 до 22:59) в каждом банке за 2026');
    expect(frame.share?.subset).toEqual([{ kind: 'hours', from: 18, to: 23 }]);
  });
});

describe('the Kazakh dative after an amount names its currency (unseen57)', () => {
  it('«орташа сомасы лираға (TRY)»', () => {
    expect(frameOf('2026 жылы Түркиядағы операциялардың орташа сомасы лираға (TRY)').amountIn).toBe(
      'original',
    );
  });
});

describe("«где X было больше N»: a count of the groups' payments (unseen57)", () => {
  it('«только города, где покупок было больше 1000»', () => {
    const frame = frameOf('Оборот по городам за 2026, только города, где покупок было больше 1000');
    expect(frame.having).toEqual({ of: 'count', op: '>', value: 1000 });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
});

describe('yes/no questions answered with the figures that decide them (unseen58)', () => {
  it.each([
    'Is Aktobe the city with the lowest grocery turnover in 2025?',
    'Правда ли, что у Тараза самое маленькое количество онлайн-покупок среди городов в 2026 году?',
  ])('%s: every row, smallest first', (q) => {
    const frame = frameOf(q);
    expect(frame.limit).toBeNull();
    expect(frame.order).toBe('asc');
  });
  it('"Did … fall from Q1 to Q2?": the two quarters, not one range', () => {
    expect(frameOf('Did Halyk turnover fall from Q1 2026 to Q2 2026?').compare).not.toBeNull();
  });
  it('"Was … lower than …? Give the change in %": both periods beside the change', () => {
    expect(
      frameOf('Was ECOM turnover in October 2026 lower than in October 2025? Give the change in %.').compare
        ?.output,
    ).toBeUndefined();
  });
  it('"Did … exceed 3,000 euros?": the total in euros against it', () => {
    const frame = frameOf('Did ECOM purchases paid in euros exceed 3,000 euros in September 2026?');
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.amountIn).toBe('original');
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('"Was the largest single purchase … above N?": the largest, not the purchases above N', () => {
    const frame = frameOf('Was the largest single pharmacy purchase in Aktobe in 2026 above 300,000 tenge?');
    expect(frame.measures).toEqual([{ fn: 'max' }]);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it.each([
    'Is the average check of each city above 9,000 tenge in 2025?',
    'Правда ли, что у каждого города средний чек в ресторанах за 2026 год выше 8 000 ₸? Покажи по городам.',
  ])('%s: the average of each group, no payments filtered', (q) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'avg' }]);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it.each([
    'Өткен айда онлайн-сатып алулар (ECOM) банкоматтан ақша алудан (ATM_WITHDRAWAL) көп болды ма?',
    'Превышает ли средний платёж через Samsung Pay средний платёж через Apple Pay в 2025 году?',
  ])('%s: a column for each side', (q) => {
    expect(frameOf(q).sideBySide).toBe(true);
  });
  it.each([
    '2026 жылғы қазанда онлайн төлемдері ең көп болған сағат 20 болды ма?',
    'Was 12 the busiest hour for QR payments in October 2026?',
  ])('%s: every hour, busiest first (the hour asked is no limit)', (q) => {
    const frame = frameOf(q);
    expect(frame.limit).toBeNull();
    expect(frame.order).toBe('desc');
  });
  it('«больше 50% оборота … приходится на операции дороже 20 000 ₸»: the share of the amount over 20 000', () => {
    const frame = frameOf(
      'Правда ли, что больше 40% оборота в Таразе за 2025 год приходится на операции дороже 20 000 ₸?',
    );
    expect(frame.share?.subset).toEqual([{ kind: 'amount', op: '>', value: 20_000 }]);
    expect(frame.threshold).toEqual({ op: '>', value: 40, unit: 'percent' });
  });
  it.each(['Will ECOM turnover in January 2027 exceed 100 million?', 'Прогноз числа операций на 2027 год'])(
    '%s: a forecast, refused',
    (q) => {
      expect(reasonOf(q)).toBe('forecast');
    },
  );
});

describe('a list of columns names every measure in it (unseen60: measures dropped)', () => {
  it.each<[string, string[]]>([
    [
      'ATM withdrawals in October 2026 by city: city, count, total, distinct cards.',
      ['count', 'sum', 'count_distinct'],
    ],
    ['QR payments in 2026: wallet, payments, total and distinct cards', ['count_distinct', 'sum']],
    [
      'For each bank in October 2026: smallest payment, largest payment and average check.',
      ['avg', 'min', 'max'],
    ],
  ])('%s', (q, fns) => {
    const frame = frameOf(q);
    for (const fn of fns) expect(frame.measures.map((m) => m.fn)).toContain(fn);
  });
  it('"(acquirer country not KAZ): country and bank": both are rows', () => {
    expect(
      frameOf('Foreign table for 2025 (acquirer country not KAZ): country and bank, with count and total')
        .dimensions,
    ).toEqual(['acquirer_country_iso', 'issuer_bank_name']);
  });
  it('"top 3 banks by count, showing bank, count, total": ranked by the count, no bank counted', () => {
    const frame = frameOf(
      'Google Pay in 2026: top 3 banks by count, showing bank, count, total and average check.',
    );
    expect(frame.measures.some((m) => m.fn === 'count_distinct')).toBe(false);
    expect(buildSql(frame)).toMatch(/ORDER BY transaction_count DESC\nLIMIT 3$/);
  });
  it('«сомасы бойынша топ-3»: ranked by the amount named, wherever its column stands', () => {
    expect(
      buildSql(
        frameOf('Астанадағы санаттар, 2026 жыл: санат, саны, сомасы, орташа чек — сомасы бойынша топ-3.'),
      ),
    ).toMatch(/ORDER BY total_amount DESC\nLIMIT 3$/);
  });
});

describe('unseen59: colloquial phrasings misread', () => {
  it('"Jan–Nov 2026 vs same period 2025": the same months of 2025', () => {
    expect(frameOf('ECOM count Jan–Oct 2026 vs same period 2025').compare?.earlier).toEqual({
      kind: 'dates',
      from: '2025-01-01',
      to: '2025-11-01',
    });
  });
  it("«города где оборот онлайн-покупок больше 30 млн»: a condition on each city's total", () => {
    expect(frameOf('города где оборот покупок в аптеках больше 5 млн за 2026 год').having).toEqual({
      of: 'sum',
      op: '>',
      value: 5_000_000,
    });
  });
  it('"how many ATM withdrawals did Halyk cards make": the withdrawals are counted', () => {
    expect(frameOf('how many ATM withdrawals did Halyk cards make last week?').measures).toEqual([
      { fn: 'count' },
    ]);
  });
  it('«переводы с карты на карту»: transfers, no card singled out', () => {
    expect(frameOf('сумма переводов с карты на карту за 2026 год').measures).toEqual([{ fn: 'sum' }]);
  });
});

describe('"per card" in a list of columns is that column only (unseen60: every measure made a ratio)', () => {
  it.each<[string, string[]]>([
    ['Salary credits in 2025: bank, total credited and amount per card.', ['sum', 'per_card']],
    [
      'For May 2026, each city with its number of transactions, distinct cards and transactions per card.',
      ['count', 'count_distinct', 'per_card'],
    ],
    ['Columns: category, average check, amount per card — October 2026.', ['avg', 'per_card']],
  ])('%s', (q, fns) => {
    expect(
      frameOf(q)
        .measures.map((m) => m.fn)
        .sort(),
    ).toEqual([...fns].sort());
  });
  it('«топ-3 по сумме на карту»: ranked by the amount per card', () => {
    expect(
      buildSql(
        frameOf(
          'Продукты за 2026 по городам: город, уникальных карт, сумма, сумма на одну карту — топ-3 по сумме на карту.',
        ),
      ),
    ).toMatch(/ORDER BY amount_per_card DESC\nLIMIT 3$/);
  });
});

describe('checked against the older sets after the column lists (unseen12, unseen35, unseen60)', () => {
  it('"Which 5 MCC codes …? Show MCC, category, count and total": the top 5 overall, not within each category', () => {
    const frame = frameOf(
      'Which 5 MCC codes had the highest ECOM total in Q2 2026? Show MCC, category, count and total.',
    );
    expect(frame.rankedWithin).toBeUndefined();
    expect(frame.limit).toBe(5);
  });
  it('"quarter, ECOM count and ECOM total": the total is a column too', () => {
    expect(
      frameOf('Quarter by quarter in 2025: quarter, POS count and POS total, in quarter order.')
        .measures.map((m) => m.fn)
        .sort(),
    ).toEqual(['count', 'sum']);
  });
  it('"the share … that happened in that hour, sorted by hour": not read as a list of columns', () => {
    expect(
      understandQuestion(
        "For each hour of the day, the share of 2026's QR payments that happened in that hour, sorted by hour.",
        context,
      ).kind,
    ).not.toBe('sql');
  });
});

describe('"per card" outside a list keeps its one reading (older sets, checked after unseen60)', () => {
  it.each([
    ['Қараша 2026: бір картаға шаққандағы айналым әр банк бойынша', [{ fn: 'per_card', of: 'sum' }]],
    ['ForteBank: 2026 жылы бір картаға шаққандағы орташа айналым қанша?', [{ fn: 'per_card', of: 'sum' }]],
    ['а ср. сумма зп на одну карту в Kaspi за ноябрь 2026?', [{ fn: 'per_card', of: 'sum' }]],
  ])('%s', (q, measures) => {
    expect(frameOf(q).measures).toEqual(measures);
  });
  it('"summary: transactions, total, …": the transactions are counted', () => {
    expect(
      frameOf('Summary for Q2 2026: transactions, total, average check and median.').measures.map(
        (m) => m.fn,
      ),
    ).toContain('count');
  });
});

describe('a measure of the groups compared with a number is a condition on each group, not on each payment (unseen62–63)', () => {
  it.each<[string, Frame['having']]>([
    ['Which categories have an average ticket below 8 000 tenge?', { of: 'avg', op: '<', value: 8000 }],
    ['Cities whose average check is above 15 000', { of: 'avg', op: '>', value: 15000 }],
    ['Cities with more than 200 distinct merchants in 2025', { of: 'merchants', op: '>', value: 200 }],
    ['Which banks had more than 4 000 active cards last year?', { of: 'cards', op: '>', value: 4000 }],
    ['Города, где было больше 250 уникальных мерчантов', { of: 'merchants', op: '>', value: 250 }],
    ['Категории со средним чеком выше 12 000 тенге', { of: 'avg', op: '>', value: 12000 }],
    ['Банки, у которых средний чек в ресторанах ниже 9 000 тенге', { of: 'avg', op: '<', value: 9000 }],
    ['В каких городах оборот по такси превысил 5 млн тенге?', { of: 'sum', op: '>', value: 5_000_000 }],
    ['У каких банков оборот ECOM за октябрь превысил 3 млн?', { of: 'sum', op: '>', value: 3_000_000 }],
    ['Банки, где количество операций больше 900', { of: 'count', op: '>', value: 900 }],
    ['транзакциялар саны 5 мыңнан асқан қалалар', { of: 'count', op: '>', value: 5000 }],
    ['орташа чегі 18 000 теңгеден жоғары санаттар қайсы?', { of: 'avg', op: '>', value: 18000 }],
    ['Қай қалаларда 2025 жылы ECOM саны 400-ден асты?', { of: 'count', op: '>', value: 400 }],
  ])('%s', (q, having) => {
    const frame = frameOf(q);
    expect(frame.having).toEqual(having);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it.each([
    'Which banks had payments above 1 million?',
    'How many transactions above 50 000 did each bank make?',
    'Количество операций по банкам, где сумма операции больше 50 000',
    'Сомасы 50 000 теңгеден асатын транзакциялар саны банктер бойынша',
    'count by city with amount over 50k',
  ])('a noun of payments keeps the condition on each payment: %s', (q) => {
    const frame = frameOf(q);
    expect(frame.having).toBeUndefined();
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(true);
  });
});

describe('how many merchants pass a condition on their own payments is counted as such (unseen62)', () => {
  it.each<[string, string, Frame['having']]>([
    [
      'How many merchants in Astana had a turnover above 2 million tenge this year?',
      'merchant_id',
      { of: 'sum', op: '>', value: 2_000_000 },
    ],
    [
      'Сколько мерчантов провели больше 20 операций в октябре?',
      'merchant_id',
      { of: 'count', op: '>', value: 20 },
    ],
    [
      'How many merchants had an average check above 40 000?',
      'merchant_id',
      { of: 'avg', op: '>', value: 40000 },
    ],
    [
      'айналымы 3 миллион теңгеден асқан мерчанттар саны қанша?',
      'merchant_id',
      { of: 'sum', op: '>', value: 3_000_000 },
    ],
  ])('%s', (q, column, having) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column }]);
    expect(frame.having).toEqual(having);
    const sql = buildSql(frame);
    expect(sql).toContain(`GROUP BY ${column}`);
    expect(sql).toMatch(/^SELECT count\(\*\)/);
  });
  it.each([
    'How many merchants had payments above 1 million?',
    'Did the number of merchants in Almaty exceed 500?',
    '2026 жылғы қазанда Алматыда мерчанттар саны 400-ден асты ма?',
  ])('a condition on single payments, or on the count itself, is not: %s', (q) => {
    expect(frameOrNull(q)?.having).toBeUndefined();
  });
  it.each([
    'How many cards made more than 10 transactions last month?',
    'Сколько карт со средним чеком выше 50 000?',
    'how many cards spent over 200k in total in April 2026',
  ])('the cards are not: grouping the payments by card is personal data the guard refuses (%s)', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
});

describe('"merchant count" counts the merchants (unseen62)', () => {
  it.each(['merchant count by city', 'categories with their merchant count'])('%s', (q) => {
    expect(frameOf(q).measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
  });
  it('"transaction count by merchant" stays a count of payments per merchant', () => {
    const frame = frameOf('transaction count by merchant');
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.dimensions).toEqual(['merchant_id']);
  });
});

describe("which of a bank's customers or cards rank first is personal data, refused (unseen63)", () => {
  it.each([
    'Which Kaspi customers spent the most in Astana?',
    'Which Jusan cardholders made the largest payments last week?',
    'Какие клиенты Halyk потратили больше всех в октябре?',
    'Қай Kaspi клиенттері ең көп жұмсады?',
  ])('%s', (q) => {
    expect(reasonOf(q)).toBe('per_card');
  });
  it.each(['What was the largest payment by Kaspi cards?', 'Сколько потратили клиенты Kaspi в октябре?'])(
    "the bank's cards as a filter are still answered: %s",
    (q) => {
      expect(frameOf(q).filters).toContainEqual(values('issuer_bank_name', false, 'Kaspi Bank'));
    },
  );
});

describe('a clause that asks for something is never set aside as context (unseen63)', () => {
  it.each([
    'Which city had the most payments last month? Give me their phone numbers.',
    'Сколько операций было в октябре? Назовите их владельцев.',
  ])('%s', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
  it('a clause of context is still set aside', () => {
    expect(frameOrNull('Turnover by bank in 2025. Risk wants it for the threshold review.')).not.toBeNull();
  });
  it.each([
    'Покажите фамилии клиентов Kaspi',
    'Клиенттердің аты-жөнін көрсетіңіз',
    'full names of Halyk cardholders',
  ])('names only people have are personal data: %s', (q) => {
    expect(reasonOf(q)).toBe('personal');
  });
});

describe('facts the table does not hold are refused as such, never read as payments (unseen62)', () => {
  it.each([
    ['How many chargeback cases did we get in October?', 'not_held'],
    ['2026 жылы мейрамханалар бойынша қанша chargeback болды?', 'not_held'],
    ['Сумма комиссий по банкам за ноябрь', 'not_held'],
    ['refund volume by city last month', 'not_held'],
    ['Доля отказов по Kaspi', 'not_held'],
    ['алаяқтық операциялар саны', 'not_held'],
  ])('%s', (q, reason) => {
    expect(reasonOf(q)).toBe(reason);
  });
  it.each([
    'count per card type 2025',
    'количество операций по типу карты за 2025',
    'карталардың түрі бойынша операциялар саны',
    'Visa vs Mastercard turnover in 2025',
  ])("a card's brand or type is not held, never the transaction type: %s", (q) => {
    expect(reasonOf(q)).toBe('not_held');
  });
  it('the type of a payment is still its transaction type', () => {
    expect(frameOf('операция түрі бойынша саны 2025').dimensions).toEqual(['transaction_type']);
    expect(frameOf('count by transaction type of card payments in 2025').dimensions).toEqual([
      'transaction_type',
    ]);
  });
  it('"charges" are still payments', () => {
    expect(frameOf('How many charges were there in October 2026?').measures).toEqual([{ fn: 'count' }]);
  });
});

describe('a currency\'s own unit word after "in", ending what is asked about money, is the unit of the answer (unseen61–62)', () => {
  it.each([
    'Какой самый крупный платёж в Турции в лирах?',
    'Медиана суммы покупок ECOM в евро за октябрь 2026',
    'average ticket of online purchases in dollars in 2026',
    'Түркияда лирамен қанша жұмсалды?',
  ])('%s', (q) => {
    expect(frameOf(q).amountIn).toBe('original');
  });
  it.each([
    'average amount of transactions in USD',
    'Сумма в тенге по операциям в долларах за октябрь',
    'How many transactions in euros last month?',
    'Which city had the most transactions in dollars?',
  ])('the code, the tenge named, or no money asked keep the currency a filter: %s', (q) => {
    expect(frameOrNull(q)?.amountIn ?? 'kzt').not.toBe('original');
  });
});

describe("the groups own the share: each group's part of the whole the filters make (unseen53, unseen62–63)", () => {
  it.each([
    "Each city's share of EUR payments in 2025",
    'What share of ECOM turnover went to each bank last month?',
    'Доля каждого банка в платежах свыше 50 000 тенге за 2026 год',
    'Доли категорий в обороте Kaspi по QR',
    'Қалалардың QR төлемдеріндегі үлесі',
  ])('%s', (q) => {
    const frame = frameOf(q);
    expect(frame.share?.subset).toEqual([]);
    expect(frame.filters.length).toBeGreaterThan(0);
  });
  it.each([
    'доля зарубежных операций по каждому банку',
    'доля ECOM в каждом городе',
    'Для каждого города — доля онлайн-покупок в общем обороте',
    'онлайн төлемдердің үлесі әр қалада',
  ])('a part named within each group stays the part: %s', (q) => {
    expect(frameOf(q).share?.subset.length).toBeGreaterThan(0);
  });
  it('shares of groups over periods are within each period', () => {
    expect(buildSql(frameOf('Доли банков в количестве оплат счетов по месяцам 2026 года'))).toContain(
      "OVER (PARTITION BY date_trunc('month', transaction_timestamp))",
    );
  });
});

describe('ranking words, "means", lists after a mix word and breakdowns continued by "and" (unseen62–64)', () => {
  it.each(['Rank the cities by their average check in 2025', 'ранжируй банки по обороту за октябрь'])(
    '"rank" without a number orders every group: %s',
    (q) => {
      expect(frameOf(q).limit).toBeNull();
    },
  );
  it.each(["Kaspi's rank among banks by turnover", 'What rank does Halyk have by ECOM count?'])(
    'the rank of one group is its place, never its figure: %s',
    (q) => {
      // (Asked back until the place of a value was read — passes/positions.test.ts.)
      expect(frameOf(q).placeOf?.withFigure).toBeUndefined();
      expect(sqlLineOf(q)).toMatch(/^SELECT place FROM \(/);
    },
  );
  it('"where GMV means POS plus ECOM" is no average', () => {
    expect(frameOf('GMV by bank in 2025, where GMV means POS plus ECOM value').measures).toEqual([
      { fn: 'sum' },
    ]);
  });
  it('"… mix …: the count and share of each wallet" shows both', () => {
    const frame = frameOf('Wallet mix for contactless payments in 2026: the count and share of each wallet');
    expect(frame.share?.withMeasure).toBe(true);
  });
  it('"by foreign-currency (non-KZT) turnover" ranks by that turnover, no breakdown by currency', () => {
    expect(frameOf('Top 5 cities by foreign-currency (non-KZT) turnover').dimensions).toEqual([
      'merchant_city',
    ]);
  });
  it('"by bank and acquirer country for foreign payments" breaks down by both', () => {
    expect(frameOf('Count by city and acquirer country for foreign payments in 2026').dimensions).toEqual([
      'merchant_city',
      'acquirer_country_iso',
    ]);
  });
});

describe('an amount and then "its share" shows both (unseen63)', () => {
  it.each([
    'Оборот Kaspi по месяцам 2026 года и его доля рынка в каждом месяце',
    'Halyk turnover by quarter in 2025 and its market share',
    'Jusan Bank-тің айналымы 2026 жылы ай бойынша және оның үлесі',
  ])('%s', (q) => {
    const frame = frameOf(q);
    expect(frame.share?.withMeasure).toBe(true);
    expect(frame.share?.subset.length).toBe(1);
  });
  it('with groups, "its share" is each group\'s (unchanged)', () => {
    const frame = frameOf(
      'Non-tenge currencies in 2026: number of transactions per currency and its share of all.',
    );
    expect(frame.share?.subset).toEqual([]);
  });
});

describe('whose share: "X\'s share of <a kind of payment>", Kazakh «X-тің … -дағы үлесі» (unseen63)', () => {
  it.each([
    ["Kaspi's share of ATM withdrawals in 2025", 'Kaspi Bank'],
    ["Halyk's share of bill payments by month in 2026", 'Halyk Bank'],
    ['Halyk Bank-тің ECOM төлемдер санындағы үлесі әр қалада', 'Halyk Bank'],
    ['Jusan банкінің Алматыдағы айналымдағы үлесі 2025 жылы', 'Jusan Bank'],
  ])('%s', (q, bank) => {
    const frame = frameOf(q);
    expect(frame.share?.subset).toEqual([values('issuer_bank_name', false, bank)]);
    expect(frame.filters.length).toBeGreaterThan(0);
  });
});

describe('"online" before the entry-mode column word is the ECOM entry mode (unseen64)', () => {
  it.each([
    'Median ticket for online entry mode payments in 2026',
    'Median ticket for card-not-present transactions (online entry mode) in 2026?',
    'онлайн способ ввода: сумма за октябрь 2026',
    'онлайн енгізу тәсілімен қанша төлем болды 2026 жылы',
  ])('%s', (q) => {
    const frame = frameOf(q);
    expect(frame.filters.filter((f) => f.kind === 'values')).toEqual([
      values('pos_entry_mode', false, 'ECOM'),
    ]);
    expect(frame.dimensions).toEqual([]);
  });
  it('"online purchases by entry mode" stays the type, broken down by mode', () => {
    const frame = frameOf('online purchases by entry mode');
    expect(frame.filters).toEqual([values('transaction_type', false, 'ECOM')]);
    expect(frame.dimensions).toEqual(['pos_entry_mode']);
  });
});

describe('a comparison, then ", change in %" listed after it: both periods and the change (unseen64)', () => {
  it.each([
    'Рост количества транзакций Samsung Pay месяц к месяцу: октябрь 2026 против сентября 2026, изменение в процентах.',
    'Samsung Pay transactions October 2026 vs September 2026, change in %',
  ])('%s', (q) => {
    expect(frameOf(q).compare?.output).toBeUndefined();
    const sql = sqlLineOf(q);
    expect(sql).toMatch(/change_pct/);
    expect(sql).toMatch(/AS transaction_count_2026_09/);
  });
  it('"by what percent did … change from A to B" stays the change alone', () => {
    expect(
      frameOf('By what percent did Samsung Pay transactions change from September 2026 to October 2026?')
        .compare?.output,
    ).toBe('change');
  });
});

describe('wrong answers of unseen65–68, as classes', () => {
  it.each([
    [
      'сколько мерчантов с оборотом больше миллиона тенге было в октябре 2026',
      'HAVING sum(transaction_amount_kzt) > 1000000',
    ],
    ['2026 жылы 50-ден аз транзакциясы бар мерчанттар саны қанша?', 'HAVING count(*) < 50'],
    ['2026 жылы 100-ден көп транзакциясы бар мерчанттар неше?', 'HAVING count(*) > 100'],
  ])('merchants counted by a condition on their own payments: %s', (q, having) => {
    expect(sqlLineOf(q)).toContain(having);
    expect(sqlLineOf(q)).toContain('count(*) AS merchant_count');
  });
  it.each([
    '2026 жылы неше мерчантта бір ғана транзакция болды?',
    'How many merchants had exactly one transaction in 2026?',
  ])('a number of transactions after "merchants" is no merchant id: %s', (q) => {
    expect(sqlLineOf(q)).not.toContain('merchant_id =');
  });
  it('"MCC 5411 transactions" and "merchant 1234 and 1235" stay codes', () => {
    expect(sqlLineOf('How many MCC 5411 transactions in 2026?')).toContain('merchant_mcc = 5411');
    expect(sqlLineOf('Turnover of merchant 1234 and 1235 in 2026')).toContain('merchant_id IN (1234, 1235)');
  });
  it.each([
    'Smallest, largest and average P2P_OUT amount by bank in 2026',
    'Наименьшая, наибольшая и средняя сумма P2P_OUT по банкам в 2026',
    '2026 жылы P2P_OUT аударымдарының ең аз, ең көп және орташа сомасы банктер бойынша.',
  ])('a list of both ends and an average is a column each: %s', (q) => {
    expect(frameOf(q).measures).toEqual([{ fn: 'min' }, { fn: 'max' }, { fn: 'avg' }]);
  });
  it('"Smallest tenge amount per transaction type" is the smallest payment of each type', () => {
    expect(frameOf('Smallest tenge amount per transaction type').measures).toEqual([{ fn: 'min' }]);
  });
  it('«Kaspi клиенттерінің қаншасы …» counts the clients', () => {
    expect(frameOf('2026 жылы Kaspi клиенттерінің қаншасы QR арқылы төледі?').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
  it.each([
    'Соңғы 30 күнде қай шетел елдерінен транзакциялар келді?',
    'Из каких иностранных стран были транзакции за последние 30 дней?',
  ])('which foreign countries: a row per country the exclusion leaves: %s', (q) => {
    expect(frameOf(q).dimensions).toEqual(['acquirer_country_iso']);
  });
  it('"Rank the days of the month by …" orders them by the measure', () => {
    expect(sqlLineOf('Rank the days of the month by number of BILL_PAYMENT transactions in 2026')).toMatch(
      /ORDER BY transaction_count DESC$/,
    );
  });
  it.each([
    ['средний чек по категориям в Павлодаре за Q3 2026, только где больше 10 000', 'HAVING avg('],
    ['turnover by city in 2026, only where above 1 billion', 'HAVING sum('],
  ])('"only where above …" after a breakdown is a condition on each group: %s', (q, having) => {
    expect(sqlLineOf(q)).toContain(having);
    expect(sqlLineOf(q)).not.toContain('WHERE transaction_amount_kzt');
  });
  it('distinct MCC codes "and merchants" counts both', () => {
    expect(
      frameOf('Сколько уникальных MCC-кодов и мерчантов у каждого банка за ноябрь 2026?').measures,
    ).toEqual([
      { fn: 'count_distinct', column: 'merchant_mcc' },
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
  });
  it('"what share of ECOM turnover did each bank take": the banks\' shares of the whole', () => {
    expect(sqlLineOf('what share of ECOM turnover did each bank take in October 2026?')).toContain(
      'sum(sum(transaction_amount_kzt)) OVER ()',
    );
  });
  it("«ECOM енгізу тәсілінің үлесі, әр қала бойынша»: each city's own share of the entry mode", () => {
    expect(sqlLineOf('2026 жылы Өскемен мен Таразда ECOM енгізу тәсілінің үлесі, әр қала бойынша')).toContain(
      "count(*) FILTER (WHERE pos_entry_mode = 'ECOM')",
    );
  });
  it('"KZT transactions" filters the currency', () => {
    expect(
      sqlLineOf('Sanity check: are there any KZT transactions with a non-Kazakh acquirer country?'),
    ).toContain("transaction_currency = 'KZT'");
  });
  it('"no-wallet payments as their own row" keeps the blank as a row of the breakdown', () => {
    const sql = sqlLineOf(
      'Contactless payments in September 2026, one row per wallet (no-wallet payments as their own row): count and median amount.',
    );
    expect(sql).toContain('GROUP BY wallet_type');
    expect(sql).not.toContain('IS NULL');
  });
  it('"Change all … rows … to …" is an action', () => {
    expect(understandQuestion('Change all Samsung Pay rows from last week to Google Pay', context).kind).toBe(
      'refuse',
    );
  });
  it('«барлық кошелек төлемдерінің»: the Russian word for wallet in Kazakh', () => {
    expect(
      sqlLineOf(
        '2026 жылы Google Pay-пен қанша төлем жасалды және бұл барлық кошелек төлемдерінің қанша пайызы?',
      ),
    ).toContain('wallet_type IS NOT NULL');
  });
});

describe('more wrong answers of unseen65–68, as classes', () => {
  it('«в юанях, в самих юанях»: the currency said again with "itself" is its own amount', () => {
    expect(sqlLineOf('Сумма покупок в юанях, в самих юанях, по каждому банку за 2025')).toContain(
      'sum(original_amount)',
    );
  });
  it('«за распродажу 11.11, 10–12 ноября»: the day of no year after the campaign word names it', () => {
    expect(
      sqlLineOf(
        'Сколько покупок в турецких лирах дороже 1000 лир было сделано за распродажу 11.11, 10–12 ноября 2026?',
      ),
    ).toContain("transaction_timestamp >= '2026-11-10'");
  });
  it('"Black Friday and the weekend, 27–30 November": the weekend is named with the day, no filter', () => {
    expect(sqlLineOf('Black Friday and the weekend, 27–30 November 2026: ECOM turnover')).not.toContain(
      'isodow',
    );
  });
  it('«сколько всего зарплатных начислений» counts them', () => {
    expect(sqlLineOf('сколько всего зарплатных начислений было у жусан банка в 2026 году')).toContain(
      'count(*)',
    );
  });
  it('«транзакций было меньше 235» is a number of payments, never an amount under 235 tenge', () => {
    expect(sqlLineOf('В какие дни ноября 2026 транзакций было меньше 235?')).not.toContain(
      'transaction_amount_kzt <',
    );
    expect(sqlLineOf('В каких городах операций было больше 5000 в октябре 2026?')).toContain(
      'HAVING count(*) > 5000',
    );
  });
});

describe('wrong answers found by unseen69–72', () => {
  it('«кемінде N» is at least N, before the number; a Kazakh clause of it describes the payments', () => {
    const sql = sqlLineOf('Өткен айда сомасы кемінде 20 мың теңге болған QR төлемдер саны');
    expect(sql).toContain('transaction_amount_kzt >= 20000');
    expect(sql).toContain('count(*)');
    expect(sql).not.toContain('sum(');
  });
  it('"tenge transactions", «теңгемен жасалған төлемдер»: the tenge names their currency', () => {
    for (const q of [
      'How many tenge payments were acquired abroad last year?',
      'Number of tenge-denominated purchases in Georgia',
      'Шетелде теңгемен жасалған төлемдер саны',
    ])
      expect(sqlLineOf(q), q).toContain("transaction_currency = 'KZT'");
    expect(sqlLineOf('Average amount in tenge of the payments in euros')).not.toContain("'KZT'");
  });
  it('«в лари (GEL)»: the currency restated in brackets keeps its own unit', () => {
    expect(sqlLineOf('Сколько потратили в Грузии в лари (GEL) за 2026 год?')).toContain(
      'sum(original_amount)',
    );
  });
  it('a greeting before a yes/no question: the number is the threshold of the figure', () => {
    expect(sqlLineOf('Hello! Is the average fuel purchase in Shymkent above 9,000 tenge?')).not.toContain(
      'transaction_amount_kzt >',
    );
  });
  it('«каким кошельком …» and «… апта қайсы?» ask for one group', () => {
    expect(sqlLineOf('Каким кошельком чаще всего платили в Астане?')).toContain('LIMIT 1');
    expect(sqlLineOf('Қазанда ECOM төлемдері ең аз болған күн қайсы?')).toContain('LIMIT 1');
    expect(sqlLineOf('Каким категориям пришлось больше всего платежей в 2026?')).toContain('LIMIT 10');
  });
  it('the time of the largest payment is a row of it: asked back, not the amount alone', () => {
    for (const q of [
      'When was the largest payment of last year?',
      'Самая крупная покупка в Алматы в 2026: когда и на какую сумму?',
      'The largest single transfer in October: date, city and amount',
      'Өткен жылғы ең ірі төлем: сомасы, уақыты және қаласы',
    ])
      expect(reasonOf(q), q).not.toBe('sql');
    expect(reasonOf('At what time of day was the largest payment made last month?')).toBe('sql');
  });
});

describe('more wrong answers of unseen69–72', () => {
  it('"Q1 vs Q2 2025", "first half versus second half of 2025": the year is both periods\'', () => {
    const quarters = sqlLineOf('Number of ECOM payments: Q3 vs Q4 2025');
    expect(quarters).toContain("'2025-07-01'");
    expect(quarters).toContain("'2025-10-01'");
    const halves = sqlLineOf('Average check, first half versus second half of 2025');
    expect(halves).toContain("'2025-01-01'");
    expect(halves).not.toContain("'2026-07-01'");
  });
  it('"not a single payment in lira" in a group is the groups with none, the lira not negated', () => {
    for (const q of [
      'Which banks had not a single transaction in Georgian lari last year?',
      'In which cities did Halyk cardholders not make a single ECOM purchase in October?',
    ]) {
      const sql = sqlLineOf(q);
      expect(sql, q).toContain('HAVING count(*) FILTER (WHERE');
      expect(sql, q).not.toContain('<>');
    }
  });
  it('"record" before a period word is its largest, cut to one; the verb stays a stop word', () => {
    expect(sqlLineOf('Record hour for QR payments in 2026')).toContain('DESC LIMIT 1');
    expect(sqlLineOf('Рекордная неделя 2025 года по обороту')).toContain('DESC LIMIT 1');
    expect(sqlLineOf('How many ATM withdrawals were recorded last week?')).not.toContain('LIMIT');
  });
  it('«в какой день был максимальный оборот»: the groups ranked by the figure, not the largest payment', () => {
    const sql = sqlLineOf('В какой месяц 2026 года был максимальный оборот по ECOM?');
    expect(sql).toContain('sum(transaction_amount_kzt)');
    expect(sql).not.toContain('max(transaction_amount_kzt)');
    expect(sql).toContain('DESC LIMIT 1');
    expect(sqlLineOf('Какая максимальная сумма покупки в Шымкенте?')).toContain(
      'max(transaction_amount_kzt)',
    );
  });
});

describe('periods and labels of unseen69', () => {
  it('"the last N days" and "the previous N days" are two spans, the earlier one before the last, never read once', () => {
    for (const [q, n] of [
      ['Сумма покупок в Алматы: последние 14 дней и предыдущие 14 дней', 14],
      ['Шымкенттегі төлемдер саны: соңғы 7 күн және оның алдындағы 7 күн', 7],
      ['ECOM count, last 10 days vs the 10 days before that', 10],
      ['Количество операций за последние 5 дней против 5 дней до этого', 5],
    ] as const) {
      const sql = sqlLineOf(q);
      expect(sql, q).toContain(
        `transaction_timestamp >= (current_date - ${2 * n - 1})::timestamptz AND transaction_timestamp < (current_date - ${n - 1})::timestamptz`,
      );
      expect(sql, q).toContain(`transaction_timestamp >= (current_date - ${n - 1})::timestamptz)`);
    }
  });
  it('"the previous N days" alone are the last N; "before that" with no span before it is asked back', () => {
    expect(sqlLineOf('turnover in the previous 14 days')).toContain('>= (current_date - 13)::timestamptz');
    expect(sqlLineOf('turnover yesterday and before that')).toBe('(clarify)');
  });
  it('«… санатындағы айналым»: the column word of one category labels it, no breakdown', () => {
    const sql = sqlLineOf('Азық-түлік төлемдері санатындағы айналым 2026 жылы');
    expect(sql).not.toContain('GROUP BY');
  });
  it('"the same quarter-to-date last year" is the quarter so far, a year back', () => {
    const sql = sqlLineOf('Quarter-to-date ECOM turnover versus the same quarter-to-date last year');
    expect(sql).toContain("date_trunc('quarter', current_date) - interval '12 months'");
    expect(sql).not.toContain("date_trunc('year', current_date) - interval '1 year'");
  });
});

describe('group conditions and extremes of unseen70', () => {
  it('«в каких банках оборот по онлайн-покупкам превысил N»: the turnover of each group, shown', () => {
    const sql = sqlLineOf('В каких городах оборот по покупкам в аптеках превысил 50 млн тенге в 2025 году?');
    expect(sql).toContain('HAVING sum(transaction_amount_kzt) > 50000000');
    expect(sql).toContain('sum(transaction_amount_kzt) AS');
    expect(sql).not.toContain('transaction_amount_kzt > 50000000 AND');
  });
  it('«қала бойынша ең үлкен операция сомасы қандай?»: the largest payment of each city', () => {
    const sql = sqlLineOf('Былтыр банк бойынша ең үлкен төлем сомасы қандай?');
    expect(sql).toContain('max(transaction_amount_kzt)');
    expect(sql).not.toContain('LIMIT');
  });
});

describe('which foreign currency, "only" before a clause, a unit before a colon (unseen69, unseen71)', () => {
  it('"which foreign currency …": a row for each foreign currency, ranked', () => {
    const sql = sqlLineOf('Which foreign currency had the largest turnover last year?');
    expect(sql).toContain('GROUP BY transaction_currency');
    expect(sql).toContain("transaction_currency <> 'KZT'");
  });
  it('"… purchases only, which category …": the "only" is the filter\'s, the measure is shown', () => {
    expect(
      sqlLineOf('Online purchases only, which city had the highest average purchase in 2026?'),
    ).toContain('avg(transaction_amount_kzt) AS');
  });
  it('«в лирах: весь 2025 год и 2026 год»: the unit before a colon is what is asked', () => {
    expect(sqlLineOf('Сумма операций в Грузии в лари: весь 2025 год и 2026 год')).toContain(
      'sum(original_amount)',
    );
  });
});

describe('a period ranked within each group (unseen72)', () => {
  it('"the busiest day for each bank": the top day within each bank, not one day overall', () => {
    const sql = sqlLineOf('The busiest day for each city in 2026');
    expect(sql).toContain('PARTITION BY merchant_city');
    expect(sql).toContain('rank_in_group <= 1');
  });
});

describe('the bottom and the absent, read as their writers meant (unseen71, unseen73, unseen75)', () => {
  it.each([
    [
      'Which bank had the highest share of contactless payments last month?',
      "pos_entry_mode = 'Contactless'",
    ],
    ['В каком городе самая низкая доля онлайн-покупок в 2025 году?', "transaction_type = 'ECOM'"],
    ['2025 жылы шетелдік операциялар үлесі ең жоғары банк қайсы?', "acquirer_country_iso <> 'KAZ'"],
  ])('%s: groups ranked by a share are ranked by their own part', (question, part) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`count(*) FILTER (WHERE ${part}) / nullif(count(*), 0)`);
    expect(sql).not.toContain('OVER ()');
  });

  it('ways of paying ranked by a share of a kind of payment are how that kind spreads over them', () => {
    expect(sqlLineOf('Which wallet had the smallest share of ECOM payments in 2026?')).toContain('OVER ()');
    expect(sqlLineOf('Top 3 banks by share of foreign-currency turnover in 2026')).toContain('OVER ()');
  });

  it('"what % of its transactions had a non-KAZ acquirer": the negated value the predicate introduces is the part', () => {
    expect(sqlLineOf('for each bank, what % of its 2025 payments had a non-KAZ acquirer?')).toContain(
      "count(*) FILTER (WHERE acquirer_country_iso <> 'KAZ') / nullif(count(*), 0)",
    );
  });

  it('«әр банктегі түнгі (00:00-05:59) операциялардың үлесі»: the clock hours between are the part too', () => {
    expect(sqlLineOf('Әр қаладағы кешкі (18:00-23:59) операциялардың үлесі, 2026 жылғы қазан')).toMatch(
      /FILTER \(WHERE extract\(hour FROM transaction_timestamp\) >= 18.*\/ nullif\(count\(\*\), 0\)/,
    );
  });

  it.each([
    [
      'Which banks had fewer than 200 ATM withdrawals in Taraz in 2025?',
      "transaction_type = 'ATM_WITHDRAWAL' AND merchant_city = 'Taraz'",
    ],
    ['Какие города имели не более 10 операций в юанях в прошлом месяце?', "transaction_currency = 'CNY'"],
  ])('%s: "at most N" keeps the groups with none', (question, condition) => {
    const sql = sqlLineOf(question);
    expect(sql).not.toContain(' WHERE transaction');
    expect(sql).toMatch(
      new RegExp(`HAVING count\\(\\*\\) FILTER \\(WHERE ${condition.replace(/[()*]/g, '\\$&')}`),
    );
    expect(sql).toMatch(/^SELECT \w+, count\(\*\) FILTER \(WHERE /);
  });

  it('"MCC codes in Travel with fewer than 700 payments": the filter that says which groups stays on the rows', () => {
    const sql = sqlLineOf(
      'Which MCC codes in Travel & Transportation had fewer than 700 transactions in 2025?',
    );
    expect(sql).toContain("WHERE mcc_category = 'Travel & Transportation' GROUP BY merchant_mcc");
    expect(sql).toContain("count(*) FILTER (WHERE transaction_timestamp >= '2025-01-01'");
  });

  it('"more than N" stays a condition on the filtered payments', () => {
    expect(sqlLineOf('Which cities had more than 1000 payments in 2025?')).toMatch(
      /WHERE transaction_timestamp >= '2025-01-01' .* HAVING count\(\*\) > 1000/,
    );
  });
});

describe('cards and cardholders counted as asked (unseen74, unseen76)', () => {
  it.each([
    'сколько вчера было разных карт и разных мерчантов?',
    'Кеше Астанада бірегей карталар мен мерчанттар саны қанша?',
    'Қала бойынша бірегей карталар мен мерчанттар саны, өткен ай',
  ])('%s: the distinct cards and merchants, no count of payments beside', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('count(DISTINCT card_key)');
    expect(sql).toContain('count(DISTINCT merchant_id)');
    expect(sql).not.toContain('count(*)');
  });

  it('"bank, count, total, distinct cards": a count in a list of columns stays one', () => {
    expect(sqlLineOf('ECOM last month by bank: bank, count, total, distinct cards')).toContain('count(*)');
  });

  it.each([
    'Kaspi and Halyk - active cards last week, in one row',
    'Сколько карт Kaspi и Halyk были активны в октябре — в одну строку',
    'Kaspi пен Halyk белсенді карталары қазанда, бір жолға',
  ])('%s: two values in one row are a column each', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("count(DISTINCT card_key) FILTER (WHERE issuer_bank_name = 'Kaspi Bank')");
    expect(sql).toContain('IS NOT TRUE');
  });

  it('two values "together, in one row" stay one figure', () => {
    expect(sqlLineOf('Kaspi and Halyk turnover together, in one row')).not.toContain('FILTER');
  });

  it.each([
    'Which city had the biggest single payment in October? city + amount',
    'В каком городе была самая крупная операция за прошлый месяц? Нужны город и сумма',
    'Өткен айда ең ірі транзакция қай банкте болды? банк пен сомасы',
  ])('%s: the amount asked after "the biggest payment" is that payment\'s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('max(transaction_amount_kzt)');
    expect(sql).not.toContain('sum(');
  });
});

describe('periods, directions and the average card (unseen74, unseen75)', () => {
  it('"over the 1-3 May holiday weekend": the days, not an amount over 1, nor their Saturday and Sunday', () => {
    const sql = sqlLineOf('How many QR payments were there over the 7-9 March 2026 holiday weekend?');
    expect(sql).toContain("transaction_timestamp >= '2026-03-07' AND transaction_timestamp < '2026-03-10'");
    expect(sql).not.toContain('transaction_amount_kzt >');
    expect(sql).not.toContain('isodow');
    expect(sqlLineOf('Turnover on weekends in May 2026')).toContain('isodow');
  });

  it.each([
    ["distinct cards QTD vs last year's QTD", "'quarter'"],
    ['turnover MTD vs MTD last year', "'month'"],
  ])('%s: the period to date a year back, to the same day', (question, unit) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`date_trunc(${unit}, current_date) - interval '12 months'`);
    expect(sql).toContain("< (current_date + 1)::timestamptz - interval '12 months'");
    expect(sql).not.toContain("date_trunc('year', current_date)");
  });

  it.each([
    ['How many Halyk cards received P2P transfers last month?', "'P2P_IN'"],
    ['Сколько карт отправили P2P переводы в октябре?', "'P2P_OUT'"],
  ])('%s: the direction verb before the transfers is their direction', (question, type) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`transaction_type = ${type}`);
  });

  it.each([
    [
      'How much does the average Kaspi card spend in Almaty?',
      'sum(transaction_amount_kzt) / nullif(count(DISTINCT card_key), 0)',
    ],
    [
      'How many payments does the average card make in Astana?',
      'count(*)::numeric / nullif(count(DISTINCT card_key), 0)',
    ],
  ])('%s: the average card is the total over the cards', (question, ratio) => {
    expect(sqlLineOf(question)).toContain(ratio);
  });

  it('"average card payment", "average salary credit for BCC cards" stay averages of payments', () => {
    expect(sqlLineOf('average card payment in Almaty')).toContain('avg(transaction_amount_kzt)');
    expect(sqlLineOf('Average salary credit for BCC cards this year')).toContain(
      'avg(transaction_amount_kzt)',
    );
  });

  it('"per month" of the average card is asked back', () => {
    expect(understandQuestion('How much does the average card spend per month?', TEST_CONTEXT).kind).toBe(
      'clarify',
    );
  });
});

describe('units, lists and "over all" (unseen73, unseen74)', () => {
  it('«сколько в тенге прошло по долларовым операциям»: the tenge is the unit of an amount, not a second currency', () => {
    const sql = sqlLineOf('сколько в тенге прошло по операциям в евро за октябрь?');
    expect(sql).toContain('sum(transaction_amount_kzt)');
    expect(sql).not.toContain("'KZT'");
    expect(sqlLineOf('How many tenge-denominated transactions were there in October 2026?')).toContain(
      "transaction_currency = 'KZT'",
    );
  });

  it.each([
    'Which wallets are there in Shymkent? just the list',
    'Какие кошельки есть в Шымкенте?',
    'Шымкенттегі операцияларда қандай әмияндар бар? тек тізімі',
  ])('%s: the values that occur', (question) => {
    expect(frameOf(question).listValues).toBe(true);
  });

  it('«…жалпы сомасы, KGS-пен (сом)»: the currency set apart in the instrumental is the unit', () => {
    expect(sqlLineOf('Өзбекстандағы операциялардың 2026 жылғы жалпы сомасы, UZS-пен (сум)')).toContain(
      'sum(original_amount)',
    );
  });

  it('«…по банкам, по всем типам операций»: set apart after another breakdown, over all types', () => {
    const sql = sqlLineOf('Оборот по банкам за 2025 год, по всем типам операций');
    expect(sql).toContain('GROUP BY issuer_bank_name');
    expect(sql).not.toContain('transaction_type');
  });
});

describe('conditions on groups said the Kazakh way, medians and wallets (unseen73, unseen74, unseen76)', () => {
  it.each([
    '2025 жылы 3 мыңнан көп белсенді картасы бар қалалар',
    '2025 жылы белсенді картасы 3 мыңнан көп қалалар',
  ])("%s: a number of active cards is a condition on each group's cards", (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('HAVING count(DISTINCT card_key) > 3000');
    expect(sql).not.toContain('transaction_amount_kzt >');
  });

  it('a median payment above a number is a condition on each group, not a filter on payments', () => {
    const sql = sqlLineOf('Which cities had a median payment above 12 000 tenge in 2025?');
    expect(sql).toContain(
      'HAVING percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt) > 12000',
    );
    expect(sql).not.toContain('WHERE transaction_amount_kzt');
  });

  it('"went through a wallet" is the payments with one', () => {
    expect(sqlLineOf('what share of QR payments went through a wallet in 2025?')).toContain(
      'FILTER (WHERE wallet_type IS NOT NULL)',
    );
  });
});

describe('lists and bands laid out as asked (unseen73, unseen76)', () => {
  it('"Kaspi / Halyk / Jusan: count and total" is a row for each value named with slashes', () => {
    const sql = sqlLineOf('Kaspi / Halyk / Jusan: number of payments and total, last 30 days');
    expect(sql).toContain('GROUP BY issuer_bank_name');
  });

  it('a slash list beside a breakdown the question names keeps that breakdown first', () => {
    const sql = sqlLineOf('оборот по городам и способу оплаты (бесконтакт / QR) за октябрь 2026');
    expect(sql).toMatch(/^SELECT merchant_city, pos_entry_mode/);
  });

  it.each([
    'Per bank, 2025: how many payments under 10k, 10k-50k and over 50k? bands as columns',
    'Әр қала бойынша 10 мыңнан аз / 10–50 мың / 50 мыңнан көп төлемдер саны, бағандарда, 2025',
  ])('%s: the bands as columns, the groups as rows', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('count(*) FILTER (WHERE transaction_amount_kzt < 10000)');
    expect(sql).toContain('count(*) FILTER (WHERE transaction_amount_kzt > 50000)');
    expect(sql).not.toContain('CASE');
  });
});

describe('a number of cards as a condition on each group (unseen74)', () => {
  it.each([
    'cities where more than 500 cards were active in October 2026',
    'Banks with more than 3,000 active cards in 2026, with their card counts',
    'cities where more than 500 cards were active last month — city + number of cards',
  ])('%s: the groups whose distinct cards pass, with their number', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/HAVING count\(DISTINCT card_key\) > \d+/);
    expect(sql).toMatch(/^SELECT \w+, count\(DISTINCT card_key\) AS card_count FROM/);
  });
});

describe('a share of cards within each group (unseen74)', () => {
  it.each([
    ['For each city, what percentage of its active cards paid by QR in 2025?', "pos_entry_mode = 'QR_Code'"],
    ['Доля карт, плативших через Google Pay, по каждому банку за 2025 год', "wallet_type = 'Google Pay'"],
    ['Әр қаладағы шетелде төлем жасаған карталардың үлесі, 2025', "acquirer_country_iso <> 'KAZ'"],
  ])("%s: each group's cards with the part ÷ its cards", (question, part) => {
    expect(sqlLineOf(question)).toContain(
      `100.0 * count(DISTINCT card_key) FILTER (WHERE ${part}) / nullif(count(DISTINCT card_key), 0)`,
    );
  });

  it("each bank's share of all active cards is still asked back", () => {
    expect(sqlLineOf("Each bank's share of active cards in Almaty in 2025")).toBe('(clarify)');
  });
});

describe('a tap is a contactless payment (unseen80)', () => {
  it.each([
    'how many taps did we see in Shymkent yesterday?',
    'What share of tap payments last month were above 20,000 tenge?',
    'tap volume by bank for Q3 2026',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain("pos_entry_mode = 'Contactless'");
  });
});

describe('"shop online" is the verb with its channel, not a row per shop (unseen80)', () => {
  it('the weekday people shop online the most is one weekday', () => {
    const sql = sqlLineOf('On which weekday do people shop online the most (purchases in 2025)?');
    expect(sql).not.toContain('merchant_id');
    expect(sql).toContain("transaction_type = 'ECOM'");
  });
});

describe('«өткен» before a payment noun is "went through", not "last" (unseen80)', () => {
  it.each([
    'QR тәсілімен өткен төлемдер биыл банктер бойынша: саны',
    'Apple Pay арқылы өткен операциялар саны, 2025 жыл',
  ])('%s: one period, no comparison with last year', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).not.toContain('FILTER');
    expect(sql).not.toContain("interval '1 year'");
  });
});

describe('a ranking of N people is refused whatever else is grouped (unseen78)', () => {
  it.each([
    'Астанада мейрамханаларда ең көп жұмсаған 10 клиенттің тізімі',
    'в магазинах Алматы: топ 15 клиентов по сумме покупок',
  ])('%s', (question) => {
    expect(reasonOf(question)).toBe('per_card');
  });
});

describe('the blank kept as a row of its own, said in any words (unseen76, unseen80)', () => {
  it.each([
    'Оборот по кошелькам за октябрь 2026, оплаты без кошелька — отдельной строкой',
    'payments by wallet in 2025, blanks as their own row',
    'count by wallet this year — keep the no-wallet ones as their own row',
    'әмияндар бойынша төлемдер саны, 2025 (бос мәндер де бөлек жол)',
  ])('%s: a row per wallet and the blank, no filter on it', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('GROUP BY wallet_type');
    expect(sql).not.toContain('wallet_type IS');
  });
});

describe("money in tenge said after the number is each group's total (unseen77, unseen78, unseen80)", () => {
  it.each([
    'How many merchants did more than 3 million tenge in turnover in 2025?',
    'how many merchants made over 1 mln tenge of turnover last month',
  ])('%s: the merchants whose own total passes, counted', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('GROUP BY merchant_id HAVING sum(transaction_amount_kzt) >');
    expect(sql).not.toContain('WHERE transaction_amount_kzt');
  });

  it('"N tenge in sales" is money, "N sales" a count', () => {
    expect(sqlLineOf('cities with more than 2 million tenge in sales in 2025')).toContain(
      'HAVING sum(transaction_amount_kzt) > 2000000',
    );
    expect(sqlLineOf('cities with more than 2000 sales in 2025')).toContain('HAVING count(*) > 2000');
  });

  it("«N-нан көп төлем қабылдаған мерчанттар» counts each merchant's payments", () => {
    expect(sqlLineOf('2025 жылы 20-дан көп төлем қабылдаған мерчанттар саны')).toContain(
      'GROUP BY merchant_id HAVING count(*) > 20',
    );
  });
});

describe('payments "in currency" are in a foreign currency (unseen79)', () => {
  it.each([
    'Валютные платежи по банкам за 2025 год, количество',
    'Соңғы 30 күнде валютамен қанша төлем болды?',
    'Шымкенттегі валюталық операциялар саны, 2025',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain("transaction_currency <> 'KZT'");
  });

  it('the currency of the payment (a noun) is still the original amount', () => {
    expect(sqlLineOf('сумма в валюте операции по валютам за 2025')).toContain('sum(original_amount)');
  });
});

describe('the values asked for, listed, when nothing is measured (unseen77, unseen78)', () => {
  it.each([
    'which wallets did we see in Taraz last month? just the list',
    'Какие валюты использовались в операциях Halyk в октябре 2026?',
    'өткен аптада қандай әмияндармен төлемдер болды?',
    'which cities have any lira transactions at all? just the city names',
  ])('%s: the values alone', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).not.toContain('count(');
    expect(sql).toMatch(/^SELECT \w+ FROM/);
  });

  it('a ranking asked with the same words still counts', () => {
    expect(sqlLineOf('Which wallet was used least in Astana last month?')).toContain('count(*)');
  });

  it('"just the name" of a ranking shows its label only', () => {
    expect(sqlLineOf('Which city had the most QR payments in 2025? just the name')).toMatch(
      /^SELECT merchant_city FROM .* ORDER BY count\(\*\) DESC LIMIT 1$/,
    );
  });
});

describe('the largest payment in each group, with the groups described (unseen79)', () => {
  it('"in each foreign country" is every country, not the one with the largest', () => {
    const sql = sqlLineOf('Largest single payment in each foreign country in 2025');
    expect(sql).toContain('max(transaction_amount_kzt)');
    expect(sql).not.toContain('LIMIT');
  });
});

describe("the currency's own unit after 'in', before a period or a breakdown by one (unseen78, unseen79)", () => {
  it.each([
    ['Самая крупная операция в Грузии в лари за всё время', 'max(original_amount)'],
    ['Сумма покупок в Китае в юанях по месяцам 2025 года', 'sum(original_amount)'],
    ['Түркияда лирамен ең үлкен төлем қанша болған?', 'max(original_amount)'],
  ])('%s', (question, measure) => {
    expect(sqlLineOf(question)).toContain(measure);
  });
});

describe('"average tenge value": the unit before the amount word is the amount\'s (unseen79)', () => {
  it('is an average of the payments, by month when asked', () => {
    expect(sqlLineOf('Average tenge value of EUR transactions, month by month in 2025')).toMatch(
      /^SELECT date_trunc\('month', transaction_timestamp\) AS month, avg\(transaction_amount_kzt\)/,
    );
    expect(sqlLineOf('Average tenge value of EUR transactions in 2025')).toMatch(
      /^SELECT avg\(transaction_amount_kzt\)/,
    );
  });
});

describe('merchants opening the question are what a later "how many" counts (unseen78)', () => {
  it.each([
    'merchants that took payments in yuan (CNY) - how many per city?',
    'мерчанты, принимавшие юани: сколько по городам?',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain('count(DISTINCT merchant_id) AS merchant_count');
  });

  it('"how many payments" after them counts the payments', () => {
    expect(sqlLineOf('merchants in Almaty - how many payments per category?')).toContain('count(*)');
  });
});

describe('«X төлемдерінің Y ішіндегі үлесі»: X is the part, Y the whole (unseen78)', () => {
  it('either order gives the part within the whole, per group', () => {
    const part = "100.0 * count(*) FILTER (WHERE pos_entry_mode = 'Contactless') / nullif(count(*), 0)";
    expect(sqlLineOf('Әр банктегі контактсыз төлемдерінің POS ішіндегі үлесі, 2025 жыл')).toContain(part);
    expect(sqlLineOf('Әр банктегі POS ішіндегі контактсыз төлемдерінің үлесі, 2025 жыл')).toContain(part);
  });
});

describe('"card-not-present (ECOM entry mode)" is the entry mode alone (unseen80)', () => {
  it('no type filter beside the entry mode it restates', () => {
    const sql = sqlLineOf('card-not-present turnover (ECOM entry mode) by city for Q2 2026');
    expect(sql).toContain("pos_entry_mode = 'ECOM'");
    expect(sql).not.toContain('transaction_type');
  });
});

describe('ranked or sorted "by growth" between two periods (unseen77)', () => {
  it.each([
    'топ-5 категорий по росту оборота: октябрь 2026 к октябрю 2025',
    'Оборот по банкам: 3 квартал 2026 против 2 квартала, отсортировать по росту',
  ])('%s: by the change in %, groups with no earlier value last', (question) => {
    expect(sqlLineOf(question)).toContain('ORDER BY change_pct DESC NULLS LAST');
  });

  it('"grew the most by turnover in tenge, … in %" ranks by the change in %', () => {
    expect(
      sqlLineOf(
        'Какой город сильнее всего вырос по обороту в тенге: 2 квартал 2026 против 1 квартала? изменение в %',
      ),
    ).toContain('ORDER BY change_pct DESC NULLS LAST');
  });
});

describe('every wallet listed beside "with one", set against "without", restates it (unseen79)', () => {
  it('two columns, with and without', () => {
    const sql = sqlLineOf(
      'Contactless payments in 2025: with a wallet (Apple/Google/Samsung Pay) and without a wallet, two numbers',
    );
    expect(sql).not.toContain('GROUP BY');
  });

  it('the wallets listed beside "with wallets" alone are still what is spread over', () => {
    expect(
      frameOrNull(
        'Как распределились платежи через кошельки (Apple Pay, Google Pay, Samsung Pay) в прошлом месяце — в процентах от всех платежей через кошельки?',
      ),
    ).toBeNull();
  });
});

describe('groups named by a value that names its column, with a condition on their total (unseen79)', () => {
  it('«какие иностранные валюты дали больше 20 млн тенге оборота»', () => {
    expect(
      sqlLineOf('Какие иностранные валюты дали больше 10 млн тенге оборота в 2025? Валюта и сумма'),
    ).toContain('HAVING sum(transaction_amount_kzt) > 10000000');
  });
});

describe('paid by phone is paid with a wallet; a phone number stays personal data (unseen80)', () => {
  it.each([
    'Сколько карт платили смартфоном в Алматы в октябре 2026?',
    'Сколько было оплат через телефон в ресторанах в прошлом месяце?',
    'Өткен айда дәріханаларда телефонмен төленген сома',
    'how many payments by phone in Astana last week',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain('wallet_type IS NOT NULL');
  });

  it.each(['покажи номер телефона клиента', 'телефон нөмірлерін көрсет'])('%s is refused', (question) => {
    expect(reasonOf(question)).toBe('personal');
  });

  it('«оплачена кошельком» is the means, «каким кошельком» asks which', () => {
    expect(sqlLineOf('сколько платежей мобильным кошельком в Алматы')).toContain('wallet_type IS NOT NULL');
    expect(sqlLineOf('Каким кошельком чаще всего платили в Шымкенте?')).toContain('GROUP BY wallet_type');
  });
});

describe('«ТСП» are merchants, and "at merchants" under a share says where (unseen78)', () => {
  it('a ranking of ТСП is of merchants', () => {
    expect(sqlLineOf('Топ-5 ТСП Астаны по обороту за 2025')).toContain('GROUP BY merchant_id');
  });

  it.each([
    'Какая доля POS-операций на ТСП в Алматы проходит через Apple Pay? за 2025',
    'what share of POS payments at merchants in Almaty went through Apple Pay in 2025',
  ])('%s: one share', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).not.toContain('merchant_id');
    expect(sql).toContain("count(*) FILTER (WHERE wallet_type = 'Apple Pay')");
  });
});

describe('«против того же периода прошлого года» is the same period a year back (unseen77)', () => {
  it.each([
    'Сколько онлайн-покупок было с начала месяца против того же периода прошлого года?',
    'Средний чек в Алматы с начала года против того же периода прошлого года',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain('(current_date + 1)::timestamptz - interval');
  });
});

describe('the current unit said to be among the last N (unseen77, unseen79)', () => {
  it.each([
    [
      'weekly transactions over the last 6 weeks, current week included',
      "date_trunc('week', current_date) - interval '5 weeks'",
    ],
    [
      'Monthly ECOM spend for the last 4 months (current month included)',
      "date_trunc('month', current_date) - interval '3 months'",
    ],
    [
      'оборот по неделям за последние 3 недели (текущая тоже)',
      "date_trunc('week', current_date) - interval '2 weeks'",
    ],
    [
      'Айналым ай бойынша, соңғы 3 ай (осы айды қосқанда)',
      "date_trunc('month', current_date) - interval '2 months'",
    ],
  ])('%s', (question, from) => {
    expect(sqlLineOf(question)).toContain(`transaction_timestamp >= ${from}`);
  });

  it('said without a breakdown, the units are calendar ones', () => {
    expect(sqlLineOf('turnover over the last 2 weeks, current week included')).toContain(
      "date_trunc('week', current_date) - interval '1 week'",
    );
    expect(sqlLineOf('turnover over the last 2 weeks')).toContain('(current_date - 13)::timestamptz');
  });

  it('the last N full units with the current one included contradict each other: asked back', () => {
    expect(sqlLineOf('turnover for the last 4 full weeks, this week included')).toBe('(clarify)');
  });
});

describe('orders said with their measure (unseen77)', () => {
  it('"count and amount, biggest amount first" orders by the amount', () => {
    expect(
      sqlLineOf('payments in 2025 by currency, count and the tenge amount, biggest amount first'),
    ).toContain('ORDER BY total_amount DESC');
  });

  it('«үлкенінен кішісіне қарай» is the largest first', () => {
    expect(sqlLineOf('Банктер бойынша айналым, 2025 жыл, кішісінен үлкеніне қарай')).toContain('ASC');
    expect(sqlLineOf('Банктер бойынша айналым, 2025 жыл, үлкенінен кішісіне қарай')).toContain('DESC');
  });
});

describe('"Is Friday the busiest day …?" shows every weekday, busiest first (unseen80)', () => {
  it.each([
    'Is Friday the busiest day for ECOM purchases in 2025?',
    'Is Monday really the peak day for ATM withdrawals in 2025?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('GROUP BY extract(isodow FROM transaction_timestamp)');
    expect(sql).not.toContain('extract(isodow FROM transaction_timestamp) =');
    expect(sql).not.toContain('LIMIT');
  });
});

describe('currencies said as people say them (unseen79)', () => {
  it.each([
    ['Сколько баксов ушло на онлайн-покупки за прошлый месяц? в долларах', "transaction_currency = 'USD'"],
    ['How many USD payments above 100 bucks last month?', 'original_amount > 100'],
    ['Сколько сомов потратили в Киргизии в 2025 году? в сомах', "transaction_currency = 'KGS'"],
    ['2025 жылы белорус рублімен қанша операция болды?', "transaction_currency = 'BYN'"],
    ['FX payments by issuing bank in 2025: count', "transaction_currency <> 'KZT'"],
    ['Медиана суммы покупок в Штатах за 2025 год', "acquirer_country_iso = 'USA'"],
  ])('%s', (question, part) => {
    expect(sqlLineOf(question)).toContain(part);
  });

  it("the FX team's occasions are context, not a currency", () => {
    expect(
      sqlLineOf('Turnover by acquirer country in 2025, highest first — for the FX committee'),
    ).not.toContain('transaction_currency');
  });
});

describe('columns named in a last clause of a breakdown by MCC, and "next to" (unseen73, unseen76, unseen78)', () => {
  it.each([
    'MCC codes with more than 1,000 transactions in 2025 - show the code and the count',
    'MCC-коды с оборотом больше 50 млн за 2025 год — покажи код и оборот',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toMatch(/^SELECT merchant_mcc, \S+\(\S*\) AS \w+ FROM .* HAVING/);
  });

  it('"the average next to the median" is both', () => {
    const sql = sqlLineOf('POS in 2025 — average ticket next to the median, in one row');
    expect(sql).toContain('avg(transaction_amount_kzt)');
    expect(sql).toContain('percentile_cont(0.5)');
  });
});

describe('values of a list named again, and "beat" (unseen78, unseen80)', () => {
  it('"Online vs in-store: ECOM and POS counts in one row" is the two values once', () => {
    const sql = sqlLineOf('Online vs in-store in 2025: ECOM and POS transaction counts in one row');
    expect(sql).toContain("transaction_type IN ('ECOM', 'POS')");
    expect(sql).not.toContain('GROUP BY');
  });

  it('under a share a value said again is not merged into the whole', () => {
    // (Asked back until "POS + ECOM" was read as one set: now the part is ECOM within both types.)
    const sql = sqlLineOf('In 2025, what share of card purchases (POS + ECOM, by count) were online ECOM?');
    expect(sql).toContain("count(*) FILTER (WHERE transaction_type = 'ECOM') / nullif(count(*), 0)");
    expect(sql).toContain("WHERE transaction_type IN ('POS', 'ECOM')");
  });

  it('"did November turnover beat October?" compares the two', () => {
    expect(sqlLineOf('did November 2025 turnover beat October 2025?')).toContain('FILTER');
  });

  it('"lost the most turnover in tenge" still ranks by the difference', () => {
    expect(sqlLineOf('Which city lost the most turnover in tenge from Q2 to Q3 2025?')).toContain(
      'ORDER BY total_amount_difference ASC',
    );
  });
});

describe('a count said before a comma is a column of its own, not the count of the cards after (unseen83)', () => {
  it.each([
    'by bank for 2026: transaction count, unique cards and unique merchants',
    'по банкам за 2026: количество строк, уникальные карты',
    '2026 жыл, банктер бойынша: жолдар саны, бірегей карталар және бірегей мерчанттар',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('count(*) AS transaction_count');
    expect(sql).toContain('count(DISTINCT card_key)');
  });

  it('"how many in total and the amount": both, the count not lost to "in total"', () => {
    for (const question of ['how many in total and the total amount', 'сколько всего и на какую сумму']) {
      const sql = sqlLineOf(question);
      expect(sql).toContain('count(*)');
      expect(sql).toContain('sum(transaction_amount_kzt)');
    }
  });

  it('«Сколько их всего?» after the payments is their count; «сколько всего ушло» stays an amount', () => {
    expect(sqlLineOf('Есть ли операции с суммой больше 3 млн тенге? Сколько их всего?')).toBe(
      'SELECT count(*) AS transaction_count FROM transactions WHERE transaction_amount_kzt > 3000000',
    );
    expect(sqlLineOf('Сколько всего ушло исходящими переводами у Жусана в сентябре 2026?')).toContain(
      'sum(transaction_amount_kzt)',
    );
  });
});

describe('"in separate columns" lays the values side by side (unseen83: the words were dropped)', () => {
  it.each([
    'Magstripe payments in 2026, Almaty and Astana in separate columns',
    'Число операций Swipe за 2026: Алматы и Астана в отдельных колонках',
    '2026 жылы Swipe төлемдері: Алматы мен Астана бөлек бағандарда',
  ])('%s', (question) => {
    expect(frameOf(question).sideBySide).toBe(true);
  });
});

describe('the size of one payment under the column name ranks nothing (unseen83)', () => {
  it('"largest single transaction_amount_kzt per transaction_type" is each type\'s largest payment', () => {
    const sql = sqlLineOf('largest single transaction_amount_kzt per transaction_type');
    expect(sql).toContain('max(transaction_amount_kzt)');
    expect(sql).not.toContain('LIMIT');
  });
});

describe('a claim that one value leads its column is checked against every row (unseen82)', () => {
  it.each([
    'Am I right that Almaty leads all cities on transaction count this year?',
    'Does Almaty lead all cities on transaction count this year?',
    'Almaty leads all cities on transaction count this year',
    'Правильно ли я понимаю, что Алматы лидирует среди городов по числу операций в 2026?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('GROUP BY merchant_city');
    expect(sql).not.toContain("merchant_city = 'Almaty'");
  });
});

describe('N of a column with a superlative, in each group, is ranked within the groups (unseen82)', () => {
  it.each([
    'По каждому городу — три банка с наибольшим количеством операций за 2026 год',
    '3 banks with the most payments in each city in 2026',
    'әр қалада ең көп операция жасаған 3 банк, 2026 жыл',
  ])('%s', (question) => {
    expect(frameOf(question).rankedWithin).toBe('issuer_bank_name');
  });
});

describe('"to today" ends a period at now, not a second period (unseen84)', () => {
  it.each([
    [
      'Количество ECOM-операций с начала года по сегодня',
      "transaction_timestamp >= date_trunc('year', current_date)",
    ],
    ['ECOM count from 1 November 2026 to today', "transaction_timestamp >= '2026-11-01'"],
    ['2026 жылғы 1 қарашадан бүгінге дейін ECOM операциялар саны', "transaction_timestamp >= '2026-11-01'"],
  ])('%s', (question, start) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(start);
    expect(sql).not.toContain('current_date + 1');
    expect(sql).not.toContain("< '2026-11-02'");
  });

  it("«с начала года по сегодня в сравнении с тем же периодом прошлого года» is year to date against last year's", () => {
    expect(
      sqlLineOf(
        'Количество ECOM-операций с начала года по сегодня в сравнении с тем же периодом прошлого года',
      ),
    ).toContain(
      "- interval '1 year' AND transaction_timestamp < (current_date + 1)::timestamptz - interval '1 year'",
    );
  });
});

describe('a currency set apart after the largest payment is its unit (unseen81)', () => {
  it('«ең ірі EUR операция, еуромен» is in euros', () => {
    expect(sqlLineOf('2026 ж. ең ірі EUR операция, еуромен')).toContain('max(original_amount)');
  });
});

describe('"nationwide" is the whole, not a row per country (unseen53, unseen82)', () => {
  it.each(["Almaty's share of nationwide turnover in 2026", 'Доля Алматы в обороте по всей стране за 2026'])(
    '%s',
    (question) => {
      expect(sqlLineOf(question)).not.toContain('acquirer_country_iso');
    },
  );
  it('«по стране и валюте» is still a breakdown by country', () => {
    expect(sqlLineOf('Разбей зарубежные покупки за октябрь 2026 по стране и валюте — количество')).toContain(
      'GROUP BY acquirer_country_iso',
    );
  });
});

describe('"how may" before a thing counted is "how many", not May', () => {
  it.each([
    ['How may transactions in Almaty?', 'count(*)'],
    ['how may unique cards paid with apple pay', 'count(DISTINCT card_key)'],
    ['how may merchants in Astana', 'count(DISTINCT merchant_id)'],
  ])('%s', (question, measure) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(measure);
    expect(sql).not.toContain("'2026-05-01'");
  });
  it('the month is kept where "may" is not before a thing counted', () => {
    expect(sqlLineOf('how May compares with June in total amount')).toContain("'2026-05-01'");
    expect(sqlLineOf('How may transactions in May?')).toContain("'2026-05-01'");
  });
});

describe('a date followed by "onwards" / "or later" / «и далее» is from that day on, not that day', () => {
  it.each([
    'count from 1 November 2026 onwards',
    'payments from November 1st, 2026 onward in Almaty',
    'transactions on 1 Nov 2026 or later',
    'сколько операций с 1 ноября 2026 и далее',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("transaction_timestamp >= '2026-11-01'");
    expect(sql).not.toContain("< '2026-11-02'");
  });
});

describe('unseen85–87: measures lost or added, shares of the wrong thing', () => {
  it.each([
    'turnover by bank for 2025, amount and share',
    'Оборот по городам за 2025: сумма и доля каждого города',
    '2025 жылғы айналым банктер бойынша, сомасы мен үлесі',
    "Kaspi's payments by wallet in 2025 - count per wallet and each wallet's share",
  ])('%s: the measure and its share, both', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/(sum\(transaction_amount_kzt\)|count\(\*\)) AS (total_amount|transaction_count),/);
    expect(sql).toContain('OVER ()');
  });
  it('a mix word with a measure named after it is the breakdown by that measure', () => {
    const sql = sqlLineOf('Halyk payment type mix for 2025 - number of payments per transaction type');
    expect(sql).toContain('count(*) AS transaction_count');
    expect(sql).not.toContain('OVER ()');
  });
  it('«где снятий … в 2025 году было больше 500» counts the withdrawals of each group', () => {
    const sql = sqlLineOf('Какие города, где снятий наличных в 2025 году было больше 500?');
    expect(sql).toContain('HAVING count(*) > 500');
    expect(sql).not.toContain('transaction_amount_kzt > 500');
  });
  it.each([
    'P2P transfers by bank in 2025: number and total amount',
    'P2P transfers by bank in 2025 (count + total)',
  ])('%s: the count and the total', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('count(*)');
    expect(sql).toContain('sum(transaction_amount_kzt)');
  });
  it('«сколько платежей в тенге … суммарно» is one count', () => {
    const sql = sqlLineOf('Сколько платежей в долларах (USD) было в Астане суммарно за всё время?');
    expect(sql).toContain('count(*)');
    expect(sql).not.toContain('sum(');
  });
  it('«… және одан көп сомадағы … саны» is a count of the payments of that amount', () => {
    const sql = sqlLineOf('2025 жылы 50 мың теңге және одан көп сомадағы ECOM операциялар саны');
    expect(sql).toContain('transaction_amount_kzt >= 50000');
    expect(sql).not.toContain('sum(');
  });
  it('"transactions excluding Kaspi cards — what % were above …" is a share of the transactions', () => {
    const sql = sqlLineOf(
      'ECOM transactions in 2025 excluding Halyk cards — what % were above 20 000 tenge?',
    );
    expect(sql).not.toContain('card_key');
  });
  it('«ни одной» survives a Kazakh word in a Russian question', () => {
    expect(sqlLineOf('в каких городах не было ни одной операции в USD за 2025 жыл?')).toContain('= 0');
  });
});

describe('a dashed range of quarter numbers is every quarter in it (unseen88)', () => {
  it.each([
    'оборот за 1–3 кв. 2025',
    'оборот за I-III кварталы 2025',
    '2025 жылғы І–ІІІ тоқсандағы айналым',
    '2025 жылғы 1–3 тоқсандағы айналым',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("transaction_timestamp >= '2025-01-01'");
    expect(sql).toContain("transaction_timestamp < '2025-10-01'");
  });
  it.each(['2025 жылғы ІІ тоқсандағы айналым', 'оборот за ІІ квартал 2025'])(
    'Roman numerals typed with the Kazakh «і»: %s',
    (question) => {
      expect(sqlLineOf(question)).toContain("transaction_timestamp >= '2025-04-01'");
    },
  );
});

describe('unseen87: the cards of a bank left out, the tenge of a condition, the pair set against each other', () => {
  it.each([
    'Количество POS-операций в Таразе по дням за последние 14 дней, кроме карт Halyk',
    'ECOM purchases in 2025, Halyk cards excluded — count per weekday',
    'Оборот по АЗС за 2025 год без учёта карт Halyk',
  ])('%s: the bank left out', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("issuer_bank_name <> 'Halyk Bank'");
    expect(sql).not.toContain('card_key');
  });
  it('«сколько … (всего) … на сумму от 5 до 10 тыс. тенге» is one count', () => {
    const sql = sqlLineOf('Сколько QR-оплат было всего за 2025 год на сумму от 5 до 10 тыс. тенге?');
    expect(sql).toContain('BETWEEN 5000 AND 10000');
    expect(sql).not.toContain('sum(');
  });
  it('"with no wallet in Pavlodar": the city is no part of what has no wallet', () => {
    const sql = sqlLineOf('contactless taps with no wallet in Pavlodar in 2025 — how many?');
    expect(sql).toContain('wallet_type IS NULL');
    expect(sql).toContain("merchant_city = 'Pavlodar'");
  });
  it('two banks only, two codes set against each other: the codes are the columns', () => {
    const sql = sqlLineOf(
      'ECOM turnover in 2025 for Kaspi and Halyk cards only: MCC 5812 vs MCC 5814, side by side',
    );
    expect(sql).toContain('FILTER (WHERE merchant_mcc = 5812)');
    expect(sql).toContain("issuer_bank_name IN ('Kaspi Bank', 'Halyk Bank')");
  });
  it("each quarter's turnover and its share of the year's grocery total, both", () => {
    const sql = sqlLineOf(
      "Grocery turnover per quarter in 2025 and each quarter's share of the 2025 grocery total",
    );
    expect(sql).toContain('sum(transaction_amount_kzt) AS total_amount');
    expect(sql).toContain('OVER ()');
    expect(sql).toContain("mcc_category = 'Grocery & Food Markets'");
  });
});

describe('unseen85: the cards of each bank, merchants counted, transfers out', () => {
  it.each([
    'Сколько разных мерчантов обслужили карты каждого банка в Таразе в 2025?',
    'Top 3 banks by number of different merchants their cards paid at in Taraz, 2025',
  ])('%s: distinct merchants per bank, no card singled out', (question) => {
    expect(sqlLineOf(question)).toContain('count(DISTINCT merchant_id)');
  });
  it('"used at more than 250 different merchants" is no amount over 250 tenge', () => {
    const result = understandQuestion(
      "which banks' cards were used at more than 250 different merchants in 2025",
      TEST_CONTEXT,
    );
    if (result.kind === 'sql') expect(result.sql).not.toContain('transaction_amount_kzt > 250');
  });
  it('"P2P transfers out" is outgoing only', () => {
    expect(sqlLineOf('P2P transfers out in Taraz in 2025, count')).toContain("transaction_type = 'P2P_OUT'");
  });
});

describe("unseen85–86: shares of a group's own, Kazakh shares of payments in payments, amounts of the largest", () => {
  it.each([
    'Rank banks by the share of ECOM payments in their own payment count, 2025',
    'У какого банка QR-оплаты занимают самую большую долю в его собственном количестве операций за 2025?',
  ])('%s: within each bank', (question) => {
    expect(sqlLineOf(question)).toContain('FILTER (WHERE');
  });
  it('"…? bank and the %" lists the columns: no count column beside the share', () => {
    const sql = sqlLineOf(
      'which bank had the highest share of QR in its own number of transactions in 2025? bank and the %',
    );
    expect(sql).not.toContain('AS transaction_count');
  });
  it.each([
    'Әр банктегі Google Pay төлемдерінің барлық әмиян төлемдеріндегі үлесі, 2025',
    '2025 жылы Google Pay төлемдерінің әмиян төлемдеріндегі үлесі',
  ])('%s: the genitive payments are the part, the locative ones the whole', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("count(*) FILTER (WHERE wallet_type = 'Google Pay')");
    expect(sql).toContain('wallet_type IS NOT NULL');
    expect(sql).not.toContain('sum(');
  });
  it('«барлық wallet төлемдерінің» is all wallet payments', () => {
    expect(
      sqlLineOf('2025 жылы Google Pay төлемдер саны қанша және бұл барлық wallet төлемдерінің қанша пайызы?'),
    ).toContain('wallet_type IS NOT NULL');
  });
  it.each([
    'which city had the largest single payment in October 2025 and what amount',
    'в каком городе была самая крупная операция в октябре 2025 и какая сумма',
  ])('%s: the largest payment, not the total', (question) => {
    expect(sqlLineOf(question)).toContain('max(transaction_amount_kzt)');
  });
  it('"cities where ATM withdrawals were more than 500" counts them', () => {
    expect(sqlLineOf('cities where ATM withdrawals were more than 500 in 2025')).toContain(
      'HAVING count(*) > 500',
    );
  });
});

describe('unseen89–92 first runs: silent wrong readings closed as classes', () => {
  it('a column excluded in brackets after the ranked rows is a condition, no second breakdown', () => {
    const frame = frameOf('Which bank had the most ATM withdrawals in 2025 (acquirer country not KAZ)?');
    expect(frame.dimensions).toEqual(['issuer_bank_name']);
  });
  it('the ranked column itself may carry the exclusion: "top 5 countries (except Kazakhstan)"', () => {
    expect(frameOf('top 5 countries (except Kazakhstan) by amount').dimensions).toEqual([
      'acquirer_country_iso',
    ]);
  });
  it.each([
    ['count in 2026 through 31 October', '2026-01-01', '2026-11-01'],
    ['As at 30 September 2026, how many ATM withdrawals since 1 January 2026?', '2026-01-01', '2026-10-01'],
    ['Количество снятий за 2026 год по состоянию на 30 сентября 2026 года', '2026-01-01', '2026-10-01'],
    ['withdrawals since 1 March 2026 as of 31 May 2026', '2026-03-01', '2026-06-01'],
  ])(
    'the end of a reporting period is inclusive, and the range starts where it was opened: %s',
    (q, from, to) => {
      expect(frameOf(q).time).toEqual({ kind: 'dates', from, to });
    },
  );
  it('"as at" a day with no start is asked back, never that day alone', () => {
    expect(frameOrNull('count as at 31 October 2026')).toBeNull();
  });
  it('a trailing list of measures is what is asked, never set aside as context', () => {
    const frame = frameOrNull(
      'Contactless payments in Q4 2025 by wallet, with the ones paid without a wallet shown separately: number and value in tenge.',
    );
    // Answered with the amount asked for, or asked back — never the count alone.
    expect(frame === null || frame.measures.some((m) => m.fn === 'sum')).toBe(true);
  });
  it('"risk wants to know how much …" after the question is still commentary', () => {
    expect(
      frameOrNull(
        'Number of swipe transactions in May 2026 — risk wants to know how much magstripe is left.',
      ),
    ).not.toBeNull();
  });
  it.each([
    "For each city, the share of ECOM transactions in that city's total number of transactions in 2025",
    'По каждому городу — доля операций ECOM в общем количестве операций данного города за 2025 год',
    '2025 жылы әр қала бойынша: сол қаладағы операциялар санындағы ECOM үлесі',
  ])('"that city\'s total" is each group\'s own whole: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(buildSql(frame)).toContain(
      "count(*) FILTER (WHERE transaction_type = 'ECOM') / nullif(count(*), 0)",
    );
  });
  it('a ratio restated in brackets is one ratio, no total beside it', () => {
    const frame = frameOf(
      'Amount per active card by bank in 2025 (total amount divided by the number of distinct cards of that bank)',
    );
    expect(frame.measures).toHaveLength(1);
  });
  it('"in per cent" is the percent', () => {
    expect(
      frameOf('Share of contactless payments in the total number of POS transactions in 2025, in per cent')
        .share,
    ).not.toBeNull();
  });
});

describe('unseen89–92 first runs, second batch', () => {
  it.each([
    [
      '2026 жылы Apple Pay төлемдері барлық әмиян төлемдерінің неше пайызы?',
      "wallet_type = 'Apple Pay'",
      'wallet_type IS NOT NULL',
    ],
  ])(
    '«X төлемдері барлық Y төлемдерінің неше пайызы»: X is the part, all Y the whole: %s',
    (q, part, whole) => {
      const sql = sqlLineOf(q);
      expect(sql).toContain(`FILTER (WHERE ${part})`);
      expect(sql).toContain(`WHERE ${whole}`);
    },
  );
  it('«барлық операциялардың неше пайызы онлайн төлемдер»: the part said after the percent word stays the part', () => {
    expect(sqlLineOf('Биыл Алматыдағы барлық операциялардың неше пайызы онлайн төлемдер (ECOM)?')).toContain(
      "FILTER (WHERE transaction_type = 'ECOM')",
    );
  });
  it("«в диапазонах суммы колонками»: the amount is the bands' column, no sum beside the counts", () => {
    const frame = frameOf(
      'кол-во ECOM по банкам в диапазонах суммы колонками: до 10000, 10000–50000, больше 50000',
    );
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it('"transactions … How many in total?" counts them (it was their amount)', () => {
    expect(frameOf('Did we have any GEL transactions in 2025? How many in total?').measures).toEqual([
      { fn: 'count' },
    ]);
  });
  it("«наибольшая операция по каждой иностранной валюте» is each currency's largest, every currency", () => {
    expect(frameOf('наибольшая операция по каждой иностранной валюте за 2025').limit).toBeNull();
  });
  it('«Екі тоқсан және өзгеріс» asks for both quarters, not the second quarter', () => {
    const frame = frameOf(
      'Қай санаттың айналымы 2025 жылғы 1-тоқсаннан 2026 жылғы 1-тоқсанға дейін ең көп өсті? Екі тоқсан және өзгеріс',
    );
    expect(frame.compare?.earlier).toEqual({ kind: 'dates', from: '2025-01-01', to: '2025-04-01' });
    expect(frame.compare?.later).toEqual({ kind: 'dates', from: '2026-01-01', to: '2026-04-01' });
  });
  it.each([
    'cities where turnover grew by more than 5% in Q3 2026 vs Q3 2025',
    'Какие категории в ноябре 2026 просели по обороту больше чем на 10% к ноябрю 2025?',
  ])('a change by more than some per cent is asked back (it filtered payments over 5 tenge): %s', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
  it('a share threshold in % of a yes/no question is still read', () => {
    expect(frameOf('Is more than 5% of the money spent in 2025 spent abroad?').share).not.toBeNull();
  });
  it.each([
    ["Which cities' turnover grew in Q3 2026 vs Q3 2025?", 'up'],
    ['В каких городах оборот вырос в 3 квартале 2026 к 3 кварталу 2025?', 'up'],
    ['Қай қалаларда операция саны 2025 жылғы қазаннан 2026 жылғы қазанға дейін өсті? Тек өскендерін', 'up'],
    ['categories by turnover, November 2026 vs November 2025, only those that fell', 'down'],
  ])('the groups kept by the sign of their change: %s', (q, sign) => {
    const frame = frameOf(q);
    expect(frame.changeSign).toBe(sign);
    expect(buildSql(frame)).toContain('HAVING coalesce(');
  });
  it('"which city grew the most" still ranks, keeping every group', () => {
    const frame = frameOf("Which city's turnover grew most in Q3 2026 vs Q3 2025?");
    expect(frame.changeSign).toBeUndefined();
    expect(frame.limit).toBe(1);
  });
});

describe("a part said before the share word, each group's own measure after it (unseen52 under the compared shares)", () => {
  it.each([
    "ECOM share of each bank's turnover, Q3 2026",
    "ECOM share of each bank's turnover, Q3 2025 vs Q3 2026",
  ])('%s: the ECOM part within each bank', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("FILTER (WHERE transaction_type = 'ECOM'");
    expect(sql).not.toContain('OVER ()');
  });
  it('"share of each bank in ECOM turnover" stays the banks\' shares of ECOM', () => {
    expect(sqlLineOf('share of each bank in ECOM turnover in Q3 2026')).toContain('OVER ()');
  });
  it('«болса тізімі: уақыты, қаласы, сомасы» (a list of payments) is never a breakdown by city', () => {
    expect(
      frameOrNull(
        '2026 жылғы тамызда 1 миллионнан асатын онлайн-сатып алулар болды ма? болса тізімі: уақыты, қаласы, сомасы',
      ),
    ).toBeNull();
  });
});

describe('a change with no sign keeps every group', () => {
  it.each([
    "Which categories' turnover changed from October 2026 to November 2026?",
    'Қай қалаларда операция саны 2025 жылғы қазаннан 2026 жылғы қазанға дейін өзгерді?',
  ])('%s', (question) => {
    const result = understandQuestion(question, context);
    if (result.kind === 'sql') expect(result.frame.changeSign).toBeUndefined();
    expect(result.kind === 'sql' ? buildSql(result.frame) : '').not.toContain('HAVING');
  });
});

describe('a difference added to a comparison comes with both figures (unseen94)', () => {
  it.each([
    'Card spend in March 2026 vs April 2026, and the difference',
    'Количество операций: сентябрь 2026 против августа 2026, плюс разница',
    'fuel turnover, May 2026 compared with June 2026, difference in tenge',
  ])('%s: both periods and the difference', (question) => {
    expect(frameOf(question).compare?.output).toBe('with_difference');
  });
  it.each([
    'Q1 2026 vs Q2 2026 turnover: both sums, the difference in tenge and the change in %',
    'Оборот в марте 2026 против апреля 2026: обе суммы, разница в тенге и изменение в процентах',
    '2026 жылғы наурыз бен сәуір айналымы: айырмасы теңгемен және пайызбен',
  ])('%s: both, the difference and the change', (question) => {
    expect(frameOf(question).compare?.output).toBe('full');
  });
  it('"by how much did turnover grow from May to June 2026" stays the difference alone', () => {
    expect(frameOf('by how much did turnover grow from May 2026 to June 2026').compare?.output).toBe(
      'difference',
    );
  });
});

describe('the difference of two named values is taken between them, never dropped (unseen94)', () => {
  it.each([
    [
      'Shymkent vs Karaganda turnover in 2026, both figures and the difference',
      'Shymkent',
      'with_difference',
    ],
    ['Turnover of Astana and Almaty in 2026: Almaty minus Astana', 'Almaty', 'difference'],
    [
      'Оборот у Халыка и у Каспи за 2026 год: оба числа и разница (Каспи минус Халык)',
      'Kaspi Bank',
      'with_difference',
    ],
    ['Павлодар пен Ақтөбе айналымы 2026 жылы, қатар қойып, және айырмасы', 'Pavlodar', 'with_difference'],
  ])('%s: the first side is %s', (question, minuend, output) => {
    const frame = frameOf(question);
    expect(frame.sideDifference).toBe(output);
    expect(frame.split?.values).toEqual([minuend]);
    expect(buildSql(frame)).toMatch(/ - coalesce\(/);
  });
  it('a difference of two values beside a share is asked back, not dropped', () => {
    expect(reasonOf('Almaty vs Astana: share of ECOM, and the difference')).not.toBe('sql');
  });
});

describe('values said apart are a row each (unseen94)', () => {
  it.each<[string, string]>([
    ['Kaspi Bank and Halyk Bank: number of payments in 2026', 'issuer_bank_name'],
    ['Apple Pay и Google Pay — средний чек за 2026 год', 'wallet_type'],
    ['Павлодар мен Ақтөбе: 2026 жылғы операциялар саны', 'merchant_city'],
    ['How many payments were made in Aktobe and in Taraz in October 2026?', 'merchant_city'],
    ['Сколько было операций у Kaspi и у Halyk в ноябре 2026?', 'issuer_bank_name'],
    ['Астана мен Шымкент арасында 2026 жылғы айналым', 'merchant_city'],
    ['Average payment between Almaty and Astana in 2026', 'merchant_city'],
  ])('%s: a row per %s', (question, column) => {
    expect(frameOf(question).dimensions).toEqual([column]);
  });
  it.each([
    'How many payments in Aktobe and Taraz in October 2026?',
    'Kaspi Bank and Halyk Bank together: number of payments in 2026',
    'Общий оборот в Алматы и в Астане за 2026 год',
  ])('%s: one total', (question) => {
    expect(frameOf(question).dimensions).toEqual([]);
  });
});

describe("the other half of a month is that month's, not the year's (unseen94)", () => {
  it.each([
    'first half of November 2026 vs the second half: count',
    'Первая половина ноября 2026 против второй: сколько было операций?',
    '2026 жылғы қарашаның бірінші жартысы мен екінші жартысы: айналым',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.compare?.earlier).toEqual({ kind: 'dates', from: '2026-11-01', to: '2026-11-16' });
    expect(frame.compare?.later).toEqual({ kind: 'dates', from: '2026-11-16', to: '2026-12-01' });
  });
});

describe('groups set against each other are compared on their own parts and each shown (unseen94)', () => {
  it.each([
    'Доля онлайн-операций: Шымкент против Караганды, 2026',
    'Halyk vs the other banks: share of contactless payments in 2026',
  ])('%s: the part within each group', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('FILTER (WHERE');
    expect(sql).not.toContain('OVER ()');
  });
  it('"Самый крупный платёж: Алматы против Астаны" is the largest of each, not the one city', () => {
    const frame = frameOf('Самый крупный платёж: Алматы против Астаны, 2026');
    expect(frame.limit).toBeNull();
    expect(frame.measures).toEqual([{ fn: 'max' }]);
  });
  it.each([
    'Суббота и воскресенье: оборот за 2026 год, в одну строку',
    'Сенбі мен жексенбі: 2026 жылғы айналым, бір жолға',
  ])('%s: a column for each day', (question) => {
    expect(sqlLineOf(question)).toMatch(/= 6\).* = 7\)/);
  });
});

describe('a ranking by growth shows the change it ranks by (unseen95)', () => {
  it('"top 3 … by growth, … show both months" ranks by the change, shown', () => {
    const sql = sqlLineOf(
      'Топ-3 города по росту оборота, октябрь 2026 против октября 2025, покажи оба месяца',
    );
    expect(sql).toContain('ORDER BY change_pct DESC');
  });
  it.each([
    ['spend by weekday in 2026, Monday first through Sunday', 'transaction_timestamp) = 7'],
    ['Оборот по месяцам 2025 года от самого большого к самому маленькому', 'LIMIT'],
  ])('%s has no "%s"', (question, text) => {
    expect(sqlLineOf(question)).not.toContain(text);
  });
});

describe('Kazakh conditions on a turnover and on a share, read as the other languages read them (unseen96)', () => {
  it('«қанша мерчантта 1 млн теңгеден астам айналым болды» counts merchants whose own turnover passes', () => {
    const sql = sqlLineOf('2026 жылғы қарашада қанша мерчантта 2 млн теңгеден астам айналым болды?');
    expect(sql).toContain('HAVING sum(transaction_amount_kzt) > 2000000');
    expect(sql).not.toContain('transaction_amount_kzt > 2000000 AND');
  });
  it('«… бойынша 50 мыңнан асатын операциялардың саны мен үлесі» is how those payments spread', () => {
    const sql = sqlLineOf('Қалалар бойынша 100 мың теңгеден асатын операциялардың саны мен үлесі, 2026 жыл');
    expect(sql).toContain('OVER ()');
    expect(sql).toContain('WHERE transaction_amount_kzt > 100000');
  });
  it('«100 мыңнан асатын операциялардың үлесі» with no groups is the part of all payments', () => {
    expect(sqlLineOf('2026 жылы 100 мың теңгеден асатын операциялардың үлесі')).toContain(
      'FILTER (WHERE transaction_amount_kzt > 100000)',
    );
  });
});

describe('the tenge set against foreign currencies names payments in tenge (unseen94)', () => {
  it.each([
    'KZT vs foreign-currency payments in 2026, count, side by side',
    'Операции в тенге по сравнению с валютными: количество за 2026, двумя колонками',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("FILTER (WHERE transaction_currency = 'KZT')");
    expect(sql).toContain("FILTER (WHERE (transaction_currency = 'KZT') IS NOT TRUE)");
  });
});

describe('a timeline beside two periods: each period said again, or two adjoining periods (older sets)', () => {
  it.each([
    'Fuel turnover in August vs September 2026: the total for each month',
    'Cyber Monday 2025 (1 December) vs Cyber Monday 2026 (30 November): ECOM count on each day',
    '2026 жылғы тамыз бен қыркүйекті қатар қойып: әр айдың саны',
  ])('%s: the comparison, no timeline', (question) => {
    const frame = frameOf(question);
    expect(frame.compare).not.toBeNull();
    expect(frame.dimensions).toEqual([]);
  });
  it.each([
    ['turnover by quarter for 2024 and 2025', { kind: 'dates', from: '2024-01-01', to: '2026-01-01' }],
    [
      'Количество операций по неделям в сентябре и октябре 2026',
      { kind: 'dates', from: '2026-09-01', to: '2026-11-01' },
    ],
  ])('%s: one timeline over both', (question, time) => {
    const frame = frameOf(question);
    expect(frame.compare).toBeNull();
    expect(frame.time).toEqual(time);
  });
  it.each([
    'Has Halyk spending grown every month? Show its monthly spending from June to October 2026.',
    'Оборот ECOM vs POS по месяцам за январь–октябрь 2026, в две колонки',
    'turnover by month for Q1 2025 and Q1 2026',
  ])('%s: never two totals in place of the timeline', (question) => {
    const result = understandQuestion(question, context);
    if (result.kind === 'sql')
      expect(result.frame.compare === null || result.frame.dimensions.length > 0).toBe(true);
  });
});

describe('two ranges of hours set against each other are two columns, never the hours common to both (unseen94)', () => {
  it.each([
    'Were there more payments in the morning (07:00-10:59) than in the evening (19:00-22:59) in October 2026?',
    'Количество операций с 12:00 до 14:59 против 18:00–21:59 за 2026 год, в одну строку',
    '2026 жылы таңертеңгі (07:00–10:59) және кешкі (19:00–22:59) операциялар саны, бір жолға',
    'average amount 9am–noon vs after 8pm in 2026, side by side',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['hour_split']);
    expect(frame.sideBySide).toBe(true);
    const sql = buildSql(frame);
    expect(sql.match(/FILTER \(WHERE extract\(hour/g)).toHaveLength(2);
    // (Only the two ranges' payments: the hours between are left out.)
    expect(sql).toMatch(/WHERE \(\(extract\(hour .*\) OR \(extract\(hour/);
  });
  it('night vs daytime as rows (no labels said for them) stays asked back', () => {
    expect(
      reasonOf('Compare average ECOM ticket at night (0–6 am) vs daytime (9 am–6 pm) in October 2026'),
    ).not.toBe('sql');
  });
  it('two ranges joined by "and" alone stay asked back', () => {
    expect(reasonOf('count of payments 06:00-11:59 and 18:00-23:59 in 2026')).not.toBe('sql');
  });
});

describe('a measure the rows are "with" is their measure, never the count beside it or instead of it', () => {
  it.each<[string, string]>([
    ['banks with the sum of transactions in November 2026', 'sum'],
    ['банки с суммой операций за ноябрь 2026', 'sum'],
    ['города с суммой платежей за 2026 год', 'sum'],
    ['покажи банки с количеством снятий наличных за ноябрь 2026', 'count'],
    ['банки с оборотом за ноябрь 2026', 'sum'],
    ['cities with sales in 2026', 'sum'],
  ])('%s', (question, fn) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn }]);
    expect(frame.dimensions).toHaveLength(1);
  });
  it('a count named and rows "with the sum" keep both', () => {
    expect(frameOf('количество операций по банкам с суммой за ноябрь 2026').measures).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
    ]);
  });
  it('a single figure "with the sum" stays asked back', () => {
    expect(reasonOf('сколько операций с суммой за ноябрь 2026')).not.toBe('sql');
  });
});

describe('shares over hours and days read by who owns the part (unseen99)', () => {
  it('"For each month, what % …" is the part within each month, not the months\' spread', () => {
    for (const q of [
      'For each month, what % of transactions were online? 2026',
      'For each hour of the day, what % of transactions were online (ECOM)? Last 90 days.',
    ]) {
      const sql = sqlLineOf(q);
      expect(sql).toContain("FILTER (WHERE transaction_type = 'ECOM')");
      expect(sql).not.toContain('OVER ()');
    }
  });
  it.each([
    "Share of each weekday in Jusan Bank's transaction count for 2025",
    'доля каждого дня недели в количестве операций Jusan за 2025',
  ])("each weekday's share of a whole named: %s", (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("WHERE issuer_bank_name = 'Jusan Bank'");
    expect(sql).toContain('OVER ()');
  });
  it('a part of the day with its clock hours before the share word is the part', () => {
    const sql = sqlLineOf(
      "Night-time (00:00–05:59) share of ATM withdrawals in each city — each city's own share, 2025",
    );
    expect(sql).toMatch(/FILTER \(WHERE extract\(hour/);
    expect(sql).toContain("WHERE transaction_type = 'ATM_WITHDRAWAL'");
  });
  it.each([
    'Weekdays vs weekends: share of foreign-currency payments in 2026',
    'будни против выходных: доля онлайн-платежей в 2026',
    'Жұмыс күндері мен демалыс күндері: валюталық төлемдердің үлесі, қатар қойып, 2026',
  ])("weekdays set against weekends: each side's own part: %s", (question) => {
    const sql = sqlLineOf(question);
    expect(sql).not.toContain('OVER ()');
    expect(sql).toMatch(/FILTER \(WHERE transaction_(type|currency)/);
  });
  it('"for each month — the hour with the most …" (a ranking within each month) stays asked back', () => {
    expect(reasonOf('Для каждого месяца 2025 года — час с наибольшим числом операций.')).not.toBe('sql');
  });
});

describe('a ratio spelled out as its division restates the ratio: no columns, no conditions of its own (unseen100)', () => {
  it.each<[string, string, string]>([
    [
      'Kaspi Bank, Q3 2026 — how many transactions per card on average? (Kaspi transactions ÷ distinct Kaspi cards)',
      'per_card',
      'count',
    ],
    [
      "Almaty and Astana in separate columns: amount per card this year, where amount per card = the city's total turnover ÷ distinct cards that paid in that city",
      'per_card',
      'sum',
    ],
    [
      'How much did the avg card spend at pharmacies in 2026? Pharmacies & Health total ÷ distinct cards that paid in that category',
      'per_card',
      'sum',
    ],
    [
      'Қараша 2026: әр банк бойынша бір картаға келетін P2P_OUT аударымдар саны (аударымдар / аударым жасаған бірегей карталар)',
      'per_card',
      'count',
    ],
    [
      'Средние траты на одну карту (оборот / число уникальных карт) по городам для онлайн-покупок (ECOM) в октябре 2026',
      'per_card',
      'sum',
    ],
    [
      'avg turnover per merchant for Grocery & Food Markets last month (total / distinct merchants)',
      'per_merchant',
      'sum',
    ],
  ])('%s', (question, fn, of) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn, of }]);
    // (The restated values are the conditions the question set, no wider: «аударымдар» stays P2P_OUT.)
    if (question.includes('P2P_OUT'))
      expect(frame.filters).toContainEqual({
        kind: 'values',
        column: 'transaction_type',
        negated: false,
        values: ['P2P_OUT'],
      });
  });
  it('the bracket ends the spelling: a breakdown after it is still read', () => {
    expect(
      frameOf('Средние траты на одну карту (оборот / число уникальных карт) по городам за 2026').dimensions,
    ).toEqual(['merchant_city']);
  });
  it.each([
    'avg number of transactions per day over the last 30 days incl. today (count / 30)',
    "What was our average daily turnover in November 2026? I mean the month's total amount divided by its 30 days",
    '2026 жылғы қыркүйекте күніне орташа айналым қанша болды? айлық сома / 30 күн',
    'Павлодарда жыл басынан бүгінге дейін күніне орташа айналым қанша? (сома / өткен күндер саны, бүгінді қосқанда)',
  ])("a division by the calendar's days (not the days with payments) is asked back: %s", (question) => {
    expect(reasonOf(question)).not.toBe('sql');
  });
  it('a spelled division the plan does not compute is asked back', () => {
    expect(reasonOf('count of payments in 2026 divided by cards')).not.toBe('sql');
    expect(reasonOf('total turnover in 2026 (turnover / distinct cards)')).not.toBe('sql');
  });
  it('a slash between wallets is still a list', () => {
    const frame = frameOf(
      "contactless payments in 2026 by wallet (Apple Pay / Google Pay / Samsung Pay): amount per card = the wallet's total ÷ distinct cards that used that wallet",
    );
    expect(frame.dimensions).toEqual(['wallet_type']);
    expect(frame.measures).toEqual([{ fn: 'per_card', of: 'sum' }]);
  });
});

describe('a range of weekdays is every day of it (unseen99, unseen100)', () => {
  it.each<[string, number[] | null]>([
    ['Дүйсенбіден жұмаға дейін операциялар саны, 2026', [1, 2, 3, 4, 5]],
    ['2026 жылы апта күндері бойынша орташа чек (дүйсенбі..жексенбі)', null],
    ['average ticket by weekday in 2026 (Mon..Sun)', null],
  ])('%s', (question, days) => {
    const frame = frameOf(question);
    const weekday = frame.filters.find((f) => f.kind === 'weekday');
    if (days === null) expect(weekday).toBeUndefined();
    else expect(weekday).toEqual({ kind: 'weekday', days });
  });
});

describe('first-run wrong answers of unseen97–98, as classes', () => {
  it.each([
    '2026 жылы айналымы 5 млн теңгеден асқан мерчанттар нешеу?',
    'айналымы 5 млн теңгеден асқан мерчанттар 2026 жылы қанша?',
  ])('merchants counted by their own turnover, not the whole turnover: %s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('HAVING sum(transaction_amount_kzt) > 5000000');
    expect(sql).toMatch(/^SELECT count\(\*\) AS merchant_count FROM \(/);
  });
  it('merchants described by a turnover condition are the groups it holds for', () => {
    expect(sqlLineOf('2026 жылы айналымы 5 млн теңгеден асқан мерчанттар')).toContain(
      'GROUP BY merchant_id HAVING sum(transaction_amount_kzt) > 5000000',
    );
  });
  it.each([
    'Entry mode split for the last 30 days: entry mode, count, % of all transactions',
    'transactions by entry mode for the last 30 days: count, share',
  ])('a count listed as a column before the share is shown beside it: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures[0]).toEqual({ fn: 'count' });
    expect(sqlLineOf(question)).toContain('OVER ()');
  });
  it.each([
    'Мин., макс. и средняя сумма ECOM-операций за октябрь 2026 — именно в таком порядке, всё до целых.',
    'average ECOM amount in October 2026, rounded to the nearest tenge',
    'Қазан 2026: санаттар бойынша орташа чек, бүтін санға дейін дөңгелектеу',
  ])('whole numbers asked are rounded to none: %s', (question) => {
    expect(frameOf(question).decimals).toBe(0);
  });
  it.each([
    '2026 transactions by month: month number and count, in month order',
    'количество операций по месяцам 2026: номер месяца и количество',
  ])("a month's number (1–12) is no label the rows have — asked back: %s", (question) => {
    expect(reasonOf(question)).not.toBe('sql');
  });
  it('a weekday number still labels the weekdays', () => {
    expect(frameOf('count by weekday in 2026: weekday number and count').dimensions).toEqual(['weekday']);
  });
  it('«қандай валюталармен операциялар жасалды» is the currencies that occur', () => {
    expect(sqlLineOf('2026 жылы қандай валюталармен операциялар жасалды?')).toMatch(
      /^SELECT transaction_currency FROM transactions/,
    );
  });
  it('«по порядку чисел» is the days of the month in order', () => {
    expect(
      sqlLineOf(
        'Оплата счетов за ноябрь 2026 по числам месяца: число, количество, сумма — по порядку чисел.',
      ),
    ).toMatch(/ORDER BY day_of_month$/);
  });
});

describe('shaping asked that the plan cannot give is asked back, never dropped (unseen98)', () => {
  it('one breakdown as rows and another as columns (a pivot) is asked back', () => {
    expect(
      reasonOf(
        'Оборот по банкам за 3 кв. 2026 с колонками по кошелькам: Apple Pay, Google Pay, Samsung Pay — в тыс. тенге, до целых.',
      ),
    ).toBe('unsupported');
  });
  it('two different roundings are asked back, not the last one for all', () => {
    expect(
      reasonOf(
        'YTD turnover vs the same period last year, both in billions of tenge with 3 decimals, plus the % change with 1 decimal.',
      ),
    ).not.toBe('sql');
    expect(frameOf('turnover by bank in 2026, in millions, 2 decimals, rounded to 2 decimals').decimals).toBe(
      2,
    );
  });
  it('«айырмасы … және өзгеріс пайызбен» is the difference and the change in % beside both', () => {
    expect(
      frameOf(
        '2025 жылғы қыркүйек пен 2026 жылғы қыркүйек айналымы: екі сома млн теңгемен 1 таңба, айырмасы млн теңгемен 1 таңба және өзгеріс пайызбен 1 таңба.',
      ).compare?.output,
    ).toBe('full');
  });
});

describe('the whole country, counted kinds and tenge counted (unseen101, unseen104)', () => {
  it.each([
    "What share of the country's card spend in 2026 was made in Karaganda?",
    'Какова доля Караганды в обороте по стране за ноябрь 2026?',
    'Ақтөбенің ел бойынша ECOM төлемдер санындағы үлесі, 2026 жыл',
  ])('the country said once under a share of a city is the whole, not a row per country: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([]);
    expect(frame.share).not.toBeNull();
  });
  it('by country stays a row per country', () => {
    expect(frameOf('оборот по странам за 2026').dimensions).toEqual(['acquirer_country_iso']);
    expect(frameOf("Almaty's share of turnover by countries in 2026").dimensions).toEqual([
      'acquirer_country_iso',
    ]);
  });
  it.each([
    ['how many distinct foreign currencies showed up on Halyk cards last year?', 'transaction_currency'],
    ['сколько различных иностранных валют было у карт Kaspi в 2026', 'transaction_currency'],
    ['2025 жылы Halyk карталары неше түрлі шетел валютасында төлем жасады?', 'transaction_currency'],
  ])('the values an exclusion leaves, counted distinct, not the cards: %s', (question, column) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count_distinct', column }]);
  });
  it('distinct foreign merchants are merchants', () => {
    expect(frameOf('how many different foreign merchants were paid in 2026?').measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
  });
  it.each([
    'Сколько тенге ушло на онлайн-покупки у Halyk в октябре 2026?',
    'how many tenge went to Turkish merchants in 2026',
    'Қазан айында Түркияға қанша теңге кетті?',
  ])('tenge counted are the amount, with no currency condition: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'transaction_currency')).toBe(false);
  });
  it('tenge payments counted are counted', () => {
    expect(frameOf('How many tenge-denominated payments were made abroad in 2026?').measures).toEqual([
      { fn: 'count' },
    ]);
  });
  it.each([
    'Оборот по банкам за 2026 год и доля каждого банка',
    'turnover by category in October 2026 and each category’s share',
    '2026 жылғы айналым банктер бойынша және әр банктің үлесі',
  ])('the groups\' amount beside "each group\'s share" is shown, not dropped: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(sqlLineOf(question)).toMatch(/AS total_amount, 100\.0 \* sum/);
  });
});

describe('shares whose part or whole was misread (unseen101, unseen103)', () => {
  it.each([
    'QR share per city in 2026',
    'contactless payment share per bank, October 2026',
    'foreign transaction share by city 2026 (acquirer not KAZ)',
  ])('the part said before "share per / by <group>" is within each group: %s', (question) => {
    expect(sqlLineOf(question)).toMatch(/FILTER \(WHERE .*\) \/ nullif\(count\(\*\), 0\)/);
  });
  it('"share per bank of ECOM turnover" is the banks\' spread', () => {
    expect(sqlLineOf('share per bank of ECOM turnover 2025')).toContain('OVER ()');
  });
  it('Kazakh «… сатып алулардағы үлесі» names the whole', () => {
    expect(sqlLineOf('2026 жылы онлайн сатып алулардағы үлесі ең жоғары банк қайсы?')).toContain('OVER ()');
  });
  it.each([
    "Share of ECOM payments by quarter of 2025 (percent of each quarter's payments)",
    "Contactless share by month in 2026 (% of each month's transactions)",
  ])("a share restated as «of each period's payments» is within each period: %s", (question) => {
    expect(sqlLineOf(question)).not.toContain('OVER ()');
  });
  it("each month's turnover in the annual total is still the months' spread", () => {
    expect(sqlLineOf("share of each month's turnover in the annual total, 2025")).toContain('OVER ()');
  });
  it.each([
    'Kaspi vs the other banks: share of their payments that were acquired abroad in 2026',
    'share of payments acquired abroad for each city 2026',
  ])('a part said as a participle of its column is the part within each side: %s', (question) => {
    expect(sqlLineOf(question)).toContain("FILTER (WHERE acquirer_country_iso <> 'KAZ')");
  });
  it.each([
    ['how many payments over ₺500 in 2026', 'TRY'],
    ['payments above ¥1000 in November 2026, count', 'CNY'],
    ['average payment above ₾50 in Georgia in 2025', 'GEL'],
  ])('a currency sign before a number is that currency: %s', (question, code) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`transaction_currency = '${code}'`);
    expect(sql).toContain('original_amount >');
  });
  it.each(['Түркиядағы орташа төлем лирамен қанша? 2026 жыл', 'Қытайдағы орташа төлем юаньмен, 2025'])(
    '«орташа төлем <currency>-мен» is the average in that currency: %s',
    (question) => {
      expect(sqlLineOf(question)).toContain('avg(original_amount)');
    },
  );
});

describe('Kazakh counts compared per group (unseen102, unseen104)', () => {
  it.each([
    ['Қай банктерде 2026 жылы 300-ден астам операция болды?', 300],
    ['2025 жылы қай санаттарда 1000-нан көп төлем болды? санын да көрсет', 1000],
    ['Қай қалаларда қазан айында операция саны 200-ден асты?', 200],
  ])('a bare number of payments is a count condition on each group, not an amount: %s', (question, value) => {
    const frame = frameOf(question);
    expect(frame.having).toEqual({ of: 'count', op: '>', value });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('with a multiplier it stays an amount of each payment', () => {
    expect(
      frameOf('Қай санатта 2026 жылы 100 мыңнан жоғары операциялар ең көп болды?').filters.some(
        (f) => f.kind === 'amount',
      ),
    ).toBe(true);
  });
  it('a count asked in a sentence of its own is shown, not a count of the groups', () => {
    const frame = frameOf(
      '2026 жылы Apple Pay төлемдерінің саны 2000-нан асқан қалалар қайсы? санын да көрсет',
    );
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
});

describe('groups kept by their change, ranked values and Kazakh tops within groups (unseen102, unseen104)', () => {
  it.each([
    ['2025 жылғы қазанмен салыстырғанда 2026 жылғы қазанда айналымы азайған банктер қайсы?', 'down'],
    ['2025 жылғы 1-тоқсаннан 2026 жылғы 1-тоқсанға саны өскен санаттар', 'up'],
    ['categories that grew in turnover from H1 2025 to H1 2026', 'up'],
  ])('a participle or a relative clause of the change keeps the groups by its sign: %s', (question, sign) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(sign === 'up' ? ') > coalesce(' : ') < coalesce(');
    expect(sql).not.toContain('change_pct');
  });
  it('the change in % named beside the sign is shown', () => {
    expect(sqlLineOf('Which cities grew from Q3 2025 to Q3 2026 in turnover, and by what %?')).toContain(
      'change_pct',
    );
  });
  it.each([
    'По каким кошелькам оборот вырос в ноябре 2026 по сравнению с ноябрем 2025?',
    'Рейтинг способов ввода по обороту за 2026',
    'Rank the wallets by number of payments in 2026',
  ])(
    'wallets or entry modes ranked or kept by their change are the values used, not the blank: %s',
    (question) => {
      expect(sqlLineOf(question)).toMatch(/(wallet_type|pos_entry_mode) IS NOT NULL/);
    },
  );
  it('a plain breakdown by wallet keeps the blank', () => {
    expect(sqlLineOf('оборот по кошелькам за 2026')).not.toContain('IS NOT NULL');
  });
  it.each([
    'Әр банктің 2026 жылғы айналымы бойынша алғашқы бес санаты қайсы?',
    'әр қаладағы операция саны бойынша алғашқы екі әмиян, 2025',
  ])('«әр …» with «алғашқы N» is the top N within each group: %s', (question) => {
    expect(sqlLineOf(question)).toMatch(/rank_in_group <= [25]/);
  });
});

describe('Kazakh wholes in the locative (unseen102)', () => {
  it.each([
    ['QR төлемдерінің POS-тағы үлесі, 2026 жылғы қараша', 'QR_Code', 'POS'],
    ['Контактісіз төлемдердің POS-тағы үлесі әр банкте, 2025', 'Contactless', 'POS'],
  ])('a value with a hyphenated locative before the share word is the whole: %s', (question, part, whole) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`FILTER (WHERE pos_entry_mode = '${part}')`);
    expect(sql).toContain(`WHERE transaction_type = '${whole}'`);
  });
  it.each(['әр банктің әмиян төлемдеріндегі үлесі, 2026', 'әр қаланың ECOM төлемдеріндегі үлесі 2025 жылы'])(
    'each group in the genitive, the payments in the locative: the groups share that whole: %s',
    (question) => {
      expect(sqlLineOf(question)).toContain('OVER ()');
    },
  );
  it('each group in the locative is within each group, as before', () => {
    expect(sqlLineOf('әр банктегі әмиян төлемдерінің үлесі 2026')).not.toContain('OVER ()');
  });
});

describe('a value of a list said again apart from it under a share is the part within the list (unseen102)', () => {
  it.each([
    'what share of POS and ECOM purchases were ECOM in each city 2026',
    'Әр банктегі POS және ECOM сатып алулары ішіндегі ECOM үлесі, 2025',
    'What share of purchase volume (in-store plus online) was online in October 2026?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("FILTER (WHERE transaction_type = 'ECOM')");
    expect(sql).toContain("transaction_type IN ('POS', 'ECOM')");
  });
  it('values restated in brackets stay the list', () => {
    expect(
      sqlLineOf(
        'Осы жылы барлық транзакциялар ішінде P2P аударымдардың (P2P_IN және P2P_OUT бірге) үлесі қанша пайыз?',
      ),
    ).toContain("FILTER (WHERE transaction_type IN ('P2P_IN', 'P2P_OUT'))");
  });
});

describe('values heading the question before a colon are the whole of a share after it (unseen102)', () => {
  it.each([
    ['Шымкент: доля QR в POS по месяцам, 2026', "merchant_city = 'Shymkent'", 'QR_Code'],
    [
      'Halyk, last quarter: what % of transactions were online purchases?',
      "issuer_bank_name = 'Halyk Bank'",
      'ECOM',
    ],
    [
      'ATM withdrawals last month: for each city, the % made at night (00:00–05:59)',
      "transaction_type = 'ATM_WITHDRAWAL'",
      'extract(hour',
    ],
  ])('%s', (question, whole, part) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(new RegExp(`WHERE .*${whole.replace(/[()]/g, '\\$&')}`));
    expect(sql).toMatch(new RegExp(`FILTER \\(WHERE [^)]*${part.replace(/[()]/g, '\\$&')}`));
  });
  it('a market share headed by its owner keeps the owner as the part', () => {
    expect(sqlLineOf('Банк ЦентрКредит: доля рынка по обороту в каждом городе за 2026 год')).toContain(
      "FILTER (WHERE issuer_bank_name = 'Bank CenterCredit')",
    );
  });
  it('clock hours before a colon are no heading', () => {
    expect(sqlLineOf('night-time (00:00-05:59) share of atm withdrawals in each city 2025')).toContain(
      'FILTER (WHERE extract(hour',
    );
  });
});

describe('"ECOM" beside a condition on the entry mode is the entry mode (unseen102)', () => {
  it('«… с заполненным способом ввода»', () => {
    expect(sqlLineOf('доля ECOM среди операций с заполненным способом ввода за 2026 год')).toContain(
      "FILTER (WHERE pos_entry_mode = 'ECOM')",
    );
  });
  it('alone it is the type of transaction, as before', () => {
    expect(sqlLineOf('доля ECOM среди всех операций за 2026 год')).toContain(
      "FILTER (WHERE transaction_type = 'ECOM')",
    );
  });
});

describe('a thing compared that is several values is one row (transfers both ways)', () => {
  it.each([
    'ATM withdrawals vs P2P transfers in 2025',
    'were there fewer ATM withdrawals or P2P transfers in 2025?',
    'Чего было меньше в 2025 году — снятий в банкоматах или переводов P2P?',
    'Сравни онлайн-покупки и переводы за октябрь 2026',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/CASE WHEN transaction_type = '(ATM_WITHDRAWAL|ECOM)' THEN/);
    expect(sql).toContain("ELSE 'P2P_IN, P2P_OUT' END");
    expect(sql).not.toContain('GROUP BY transaction_type');
  });
  it('one value each is still a row per value', () => {
    expect(sqlLineOf('ECOM vs POS vs ATM count 2025')).toContain('GROUP BY transaction_type');
  });
});

describe('groups kept by "more/fewer … in one period than in the other" (unseen108)', () => {
  it.each([
    ['Which banks had fewer transactions in October 2026 than in September 2026? show both months', '<'],
    ['Which banks had more transactions in September 2026 than in October 2026?', '<'],
    ['В каких городах оборот в октябре 2026 был больше, чем в сентябре 2026?', '>'],
  ])('%s', (question, op) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(
      new RegExp(
        `HAVING coalesce\\([^)]*\\) FILTER \\(WHERE transaction_timestamp >= '2026-10-01'.*\\) ${op} coalesce`,
      ),
    );
  });
});

describe('figures and what is wanted of them, said in other words (unseen106, unseen108)', () => {
  it('"# of payments" is a count', () => {
    expect(sqlLineOf('Fuel, Nov 2026: # of payments and amount by entry mode')).toContain('count(*)');
  });
  it('"#" before a number only marks it', () => {
    expect(sqlLineOf('merchant #1234 turnover in 2026')).toContain('merchant_id = 1234');
  });
  it('«на сколько … больше» is the difference', () => {
    const sql = sqlLineOf('На сколько оборот Халыка больше, чем у Форте, за 3 квартал 2026?');
    expect(sql).toContain(' - coalesce(');
    expect(sql).not.toContain('AS total_amount_halyk_bank');
  });
  it.each([
    'Kaspi және Halyk: 2026 жылғы қазандағы операциялар саны және айырмасы (Kaspi минус Halyk)',
    'Kaspi and Halyk: October 2026 transaction counts and the difference (Kaspi minus Halyk)',
    'Kaspi и Halyk: количество операций за октябрь 2026 и разница (Kaspi минус Halyk)',
  ])('the figures "and the difference" are shown with it: %s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('AS transaction_count_kaspi_bank');
    expect(sql).toContain('AS transaction_count_difference');
  });
  it('codes heading the question are a row each', () => {
    expect(sqlLineOf('MCC 5411 and MCC 5499: average check in October 2026')).toContain(
      'GROUP BY merchant_mcc',
    );
    expect(sqlLineOf('MCC 5411 and 5499 together: turnover in 2026')).not.toContain('GROUP BY');
  });
  it.each([
    'Halyk Bank: how many merchants took more than 1 million tenge from Halyk cards in 2026?',
    'how many merchants received more than 1 million tenge in 2026',
    'Мерчанты категории «Товары для дома» (Home Furnishings & Supplies) с оборотом больше 10 млн тенге за 2026, с их оборотом',
  ])('money taken by each merchant is its total: %s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/HAVING sum\(transaction_amount_kzt\) > 10+/);
    expect(sql).not.toMatch(/WHERE transaction_amount_kzt >/);
  });
  it('a payment above the sum stays a condition on payments', () => {
    expect(sqlLineOf('how many merchants had a payment of more than 1 million tenge in 2026')).toContain(
      'transaction_amount_kzt > 1000000',
    );
  });
});

describe('a range of months or quarters with «бойынша» after its unit is a breakdown (unseen105)', () => {
  it.each([
    ['2026 жылғы қаңтар–қараша: ай бойынша Apple Pay арқылы төлемдер сомасы', 'month'],
    ['2025 жылғы І–ІІІ тоқсан бойынша операциялар саны', 'quarter'],
    ['2026 жылғы 1–3 тоқсан бойынша операциялар саны', 'quarter'],
  ])('%s', (question, unit) => {
    expect(sqlLineOf(question)).toContain(`GROUP BY date_trunc('${unit}'`);
  });
  it('one month «айы бойынша» is that month, no breakdown', () => {
    expect(sqlLineOf('2026 жылғы қараша айы бойынша операциялар саны')).not.toContain('GROUP BY');
  });
});

describe('a lead-in and an aside after it, set aside together', () => {
  it('"Hey, we\'re preparing the board deck. … ?? — Dana, Strategy"', () => {
    expect(
      sqlLineOf(
        "Hey, we're preparing the board deck. What was total spend in KZT by `issuer_bank_name` for 2025?? — Dana, Strategy",
      ),
    ).toContain('GROUP BY issuer_bank_name');
  });
});

describe('whose share, whose cards, what each has (unseen106, unseen108)', () => {
  it('"Kaspi vs Halyk cards: share of QR payments" is a share of the payments', () => {
    expect(sqlLineOf('Kaspi vs Halyk cards: share of QR payments at fuel stations in 2026')).toContain(
      "100.0 * count(*) FILTER (WHERE pos_entry_mode = 'QR_Code')",
    );
  });
  it('"and how many each has" is the count the condition counts', () => {
    const sql = sqlLineOf('Какие банки имели больше 1500 активных карт в ноябре 2026 и сколько у каждого?');
    expect(sql).toContain('count(DISTINCT card_key) AS card_count');
    expect(sql).not.toContain('count(*)');
  });
  it.each([
    'for each bank, % of transactions in a foreign currency, Nov 2026',
    'по каждому банку доля операций в валюте за ноябрь 2026',
    'для каждого банка доля операций в иностранной валюте за ноябрь 2026',
  ])('"for each bank" is each bank\'s own part: %s', (question) => {
    expect(sqlLineOf(question)).toContain("FILTER (WHERE transaction_currency <> 'KZT')");
  });
  it("each bank's share is still the banks' spread", () => {
    expect(sqlLineOf("each bank's share of USD transactions in 2025")).toContain('OVER ()');
  });
  it('"what was the largest … in each city" is each city\'s largest, every city shown', () => {
    const sql = sqlLineOf(
      'what was the largest single transaction amount in each city in November 2025? City and the maximum amount, one row per city.',
    );
    expect(sql).toContain('max(transaction_amount_kzt)');
    expect(sql).not.toContain('LIMIT');
    expect(sql).not.toContain('sum(');
  });
  it('a count word does not count the column word of the next sentence', () => {
    expect(sqlLineOf('2025 жылы әр қаладағы орташа чек қанша болды? Қала және орташа сома')).not.toContain(
      'count(DISTINCT merchant_city)',
    );
  });
  it('a count added after a share with groups is asked back (of the part or of the whole?)', () => {
    expect(sqlLineOf('Contactless share of POS payments per bank in Q1 2026, with the POS count')).toBe(
      '(clarify)',
    );
  });
});

describe('the request said again in a sentence of its own (unseen107)', () => {
  it('«Месяц и доля» lists the columns: no total beside the share', () => {
    expect(
      sqlLineOf('какая доля каждого месяца в годовом обороте 2025 года? Месяц и доля, по порядку месяцев.'),
    ).not.toContain('AS total_amount');
  });
  it('"then the % change" after "with the change in percent" keeps both figures', () => {
    const sql = sqlLineOf(
      'total amount of POS transactions for January–October 2025 and for January–October 2026 in one row, with the change in percent? 2025 first, then 2026, then the % change.',
    );
    expect(sql).toContain('AS change_pct');
    expect(sql).toMatch(/AS total_amount_2025.*AS total_amount_2026/);
  });
  it.each([
    'which city had the lowest ECOM share in 2025? Please show all cities with their ECOM share, lowest first.',
    'какой банк лидирует по обороту за 2025? выведите все банки',
  ])('"show all" the groups after a superlative shows every group: %s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('ORDER BY');
    expect(sql).not.toContain('LIMIT');
  });
  it('without it, the top one', () => {
    expect(sqlLineOf('which city had the highest turnover in 2025?')).toContain('LIMIT 1');
  });
});

describe("a count and its share of that group's own payments (unseen107)", () => {
  it.each([
    '2025 жылғы қарашада әр қаладағы 50 000 теңгеден асатын операциялардың саны мен сол қаладағы барлық операциялар ішіндегі үлесі қанша болды?',
    "for each city, the number of transactions above 50,000 tenge in November 2025 and their share of all that city's transactions",
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('count(*) FILTER (WHERE transaction_amount_kzt > 50000) AS transaction_count');
    expect(sql).toContain('/ nullif(count(*), 0)');
    expect(sql).not.toContain('OVER ()');
  });
  it("without it, each city's share of the whole", () => {
    expect(sqlLineOf("by city: count of transactions over 50k in Nov 2025 and each city's share")).toContain(
      'OVER ()',
    );
  });
});

describe("a newcomer's lead-in said again by the answer (unseen107)", () => {
  it.each([
    [
      'Добрый день, коллеги! Меня интересуют крупные операции. Сколько операций превысили 500 000 тенге в ноябре 2025 года?',
      'transaction_amount_kzt > 500000',
    ],
    [
      'Hi, a colleague mentioned night-time cash activity and I got curious. Of all ATM withdrawals this year so far, what percentage happened between 00:00 and 05:59?',
      'extract(hour',
    ],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
  it('a lead-in naming a part of the day the answer does not keep is not set aside', () => {
    expect(
      sqlLineOf("I'm looking at night-time cash activity. How many ATM withdrawals were there this year?"),
    ).toBe('(clarify)');
  });
});

describe('"for each of the last 7 days" is a row per day', () => {
  it.each([
    ['ECOM count for each of the last 7 days', 'day'],
    ['количество операций за каждый из последних 7 дней', 'day'],
    ['turnover for each of the last 3 months', 'month'],
  ])('%s', (question, unit) => {
    expect(sqlLineOf(question)).toContain(`GROUP BY date_trunc('${unit}'`);
  });
  it('"over the last 7 days" is one total', () => {
    expect(sqlLineOf('ECOM count over the last 7 days')).not.toContain('GROUP BY');
  });
});

describe('"each of" a period no breakdown divides is asked back', () => {
  it('"turnover for each of the last 2 years"', () => {
    expect(sqlLineOf('turnover for each of the last 2 years')).toBe('(clarify)');
  });
  it('"how many payments each this year" is each value named, as before', () => {
    expect(sqlLineOf('Apple Pay vs Google Pay - how many payments each this year?')).toContain(
      'GROUP BY wallet_type',
    );
  });
});

describe('"which merchants" are the rows (they were where the money went)', () => {
  it.each([
    [
      'which merchants had a total turnover of more than 2 million tenge in November 2025?',
      'HAVING sum(transaction_amount_kzt) > 2000000',
    ],
    [
      'какие мерчанты получили больше 5 млн тенге в ноябре 2025',
      'HAVING sum(transaction_amount_kzt) > 5000000',
    ],
  ])('%s', (question, having) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('GROUP BY merchant_id');
    expect(sql).toContain(having);
    expect(sql).not.toMatch(/WHERE transaction_amount_kzt >/);
  });
});

describe('a relative clause before the share describes the whole (its verb made it the part)', () => {
  it.each([
    [
      'Of all cards that paid with Apple Pay in 2025, what % are Halyk cards?',
      "FILTER (WHERE issuer_bank_name = 'Halyk Bank')",
      "wallet_type = 'Apple Pay'",
    ],
    [
      'Of all payments that were made in Astana in 2025, what share were QR payments?',
      "FILTER (WHERE pos_entry_mode = 'QR_Code')",
      "merchant_city = 'Astana'",
    ],
    [
      'what share of payments that went through Google Pay were in Shymkent in 2025?',
      "FILTER (WHERE merchant_city = 'Shymkent')",
      "wallet_type = 'Google Pay'",
    ],
  ])('%s', (question, part, whole) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(part);
    expect(sql).toMatch(new RegExp(`WHERE ${whole.replace(/[()]/g, '\\$&')}`));
  });
  it('alone after the share word the relative clause is still the part', () => {
    expect(sqlLineOf('Percentage of POS volume that went to foreign acquirers in 2025')).toContain(
      "FILTER (WHERE acquirer_country_iso <> 'KAZ')",
    );
  });
});

describe('a difference asked in tenge is of money (it was a count)', () => {
  it('"ATM withdrawals: Oct 2026 vs Oct 2025, the change in tenge and in %"', () => {
    const sql = sqlLineOf('ATM withdrawals: Oct 2026 vs Oct 2025, the change in tenge and in %');
    expect(sql).toMatch(/^SELECT sum\(transaction_amount_kzt\)/);
    expect(sql).not.toContain('count(*)');
  });
});

describe('"all types" set apart is every type together (it was a row per type)', () => {
  it.each([
    'count and amount for yesterday, all txn types',
    'record month of 2025 by turnover, all types - the month and its total',
    'Оборот за вчера, все банки',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/^SELECT/);
    expect(sql).not.toMatch(/transaction_type|issuer_bank_name/);
  });
  it('said within the question, or beside a breakdown of the column, it is asked back', () => {
    expect(sqlLineOf('turnover in all cities yesterday')).toBe('(clarify)');
    expect(sqlLineOf('turnover by bank yesterday, all banks')).toBe('(clarify)');
  });
});

describe('"growers" is no typo of "grocers"', () => {
  it('only the growers keeps the groups that grew and filters no category', () => {
    const sql = sqlLineOf(
      'which banks grew QR payments from Q1 2026 to Q2 2026? only the growers, both quarters',
    );
    expect(sql).not.toContain('mcc_category');
    expect(sql).toContain('HAVING');
  });
});

describe('values heading a comparison with its growth are a row each (they were one total)', () => {
  it('"Jusan and Forte: turnover in Q1 2025 and Q1 2026 and the growth in %"', () => {
    expect(sqlLineOf('Jusan and Forte: turnover in Q1 2025 and Q1 2026 and the growth in %')).toContain(
      'GROUP BY issuer_bank_name',
    );
  });
  it('an order said after it is never set aside as context', () => {
    expect(
      sqlLineOf('Jusan and Forte: turnover in Q1 2025 and Q1 2026 and the growth in %, quicker one first.'),
    ).toBe('(clarify)');
  });
});

describe('groups then a relative clause comparing two periods keep the groups it describes (every group was shown)', () => {
  it.each([
    ['города, у которых в октябре 2026 оборот был больше, чем в сентябре', '>'],
    ['банки, где в ноябре 2026 операций было меньше, чем в октябре', '<'],
  ])('%s', (question, op) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('HAVING');
    expect(sql).toMatch(new RegExp(`2026-1[12]-01'\\), 0\\) \\${op} coalesce`));
  });
});

describe('"merchants in <city>" after a share\'s verb is where the part is (it was a row per merchant)', () => {
  it('What share of 2025 turnover came from merchants in Shymkent?', () => {
    const sql = sqlLineOf('What share of 2025 turnover came from merchants in Shymkent?');
    expect(sql).not.toContain('merchant_id');
    expect(sql).toContain("FILTER (WHERE merchant_city = 'Shymkent')");
  });
});

describe("a column's word owned by the noun of a share, its column kept to one value, is no breakdown", () => {
  it('Halyk Bank, 2025: доля карт, плативших онлайн, среди активных карт банка', () => {
    const sql = sqlLineOf('Halyk Bank, 2025: доля карт, плативших онлайн, среди активных карт банка');
    expect(sql).not.toContain('GROUP BY');
    expect(sql).toContain("WHERE issuer_bank_name = 'Halyk Bank'");
  });
});

describe('an ampersand between two measure words lists them (the first was read as a ranking of the second)', () => {
  it.each([
    [
      'lowest & highest payment by bank, Oct 2026',
      'min(transaction_amount_kzt)',
      'max(transaction_amount_kzt)',
    ],
    ['min & max payment per city in 2025', 'min(transaction_amount_kzt)', 'max(transaction_amount_kzt)'],
    ['avg & median amount, Nov 2026', 'avg(transaction_amount_kzt)', 'percentile_cont(0.5)'],
  ])('%s', (question, first, second) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(first);
    expect(sql).toContain(second);
    expect(sql).not.toContain('LIMIT');
  });
  it('within a category name it is still dropped', () => {
    expect(sqlLineOf('turnover at Grocery & Food Markets, Oct 2026')).toContain(
      "mcc_category = 'Grocery & Food Markets'",
    );
  });
});

describe("a Kazakh owner's share said of a value and the rest is each side's own part (it was split between them)", () => {
  it.each([
    [
      'Halyk пен басқа банктер: QR төлемдерінің айналымдағы үлесі, 2026',
      "FILTER (WHERE pos_entry_mode = 'QR_Code')",
    ],
    [
      'Алматы мен қалған қалалар: ECOM-ның транзакция санындағы үлесі',
      "FILTER (WHERE transaction_type = 'ECOM')",
    ],
  ])('%s', (question, part) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("ELSE 'other' END AS group_split");
    expect(sql).toContain(part);
    expect(sql).not.toContain('OVER ()');
  });
});

describe("a month with an apostrophe and two digits is the month of that year (it was the day: Oct'26 → 26 October)", () => {
  it.each([
    ["ECOM count, Sep'25", "'2025-09-01'", "'2025-10-01'"],
    ["оборот Jusan за дек'25", "'2025-12-01'", "'2026-01-01'"],
    ["Kaspi turnover Mar '26 by city", "'2026-03-01'", "'2026-04-01'"],
    ["ATM withdrawals in H1'26", "'2026-01-01'", "'2026-07-01'"],
  ])('%s', (question, from, to) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`transaction_timestamp >= ${from}`);
    expect(sql).toContain(`transaction_timestamp < ${to}`);
  });
});

describe('a Russian noun of payments in the genitive plural before «больше N» counts them (it filtered payments over N tenge)', () => {
  it.each([
    ['банки, где переводов больше 300 за 2025 год', '> 300'],
    ['категории, где покупок меньше 50 в ноябре 2026', '< 50'],
  ])('%s', (question, condition) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(new RegExp(`HAVING count\\(\\*\\)( FILTER \\(.*\\))? ${condition}`));
    expect(sql).not.toContain('transaction_amount_kzt >');
    expect(sql).not.toContain('transaction_amount_kzt <');
  });
  it('with money after the number it is still the payments over it', () => {
    expect(sqlLineOf('города, где операций больше 100 тыс. тенге')).toContain(
      'transaction_amount_kzt > 100000',
    );
  });
});

describe('a number of a column\'s values is no amount ("cards used in more than 2 cities" filtered payments over 2 tenge)', () => {
  it.each([
    'how many cards paid at more than 3 banks in 2026',
    'number of cards used in 2 or more distinct categories last month',
    'сколько карт платили в более чем 2 городах в ноябре 2026',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toBe('(clarify)');
  });
});

describe('the largest payment per group with a period said twice or two periods is every group (it was the one at the top)', () => {
  it.each([
    'Biggest payment per city for Q3 2026 (July to September)',
    'largest transaction per bank, Oct 2026 vs Nov 2026',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('max(transaction_amount_kzt)');
    expect(sql).not.toContain('LIMIT');
  });
});

describe('«сколько всего» payments named inside a phrase of their kind are counted (it was their amount)', () => {
  it('Сколько всего было платежей через кошельки за октябрь 2026?', () => {
    expect(sqlLineOf('Сколько всего было платежей через кошельки за октябрь 2026?')).toMatch(
      /^SELECT count\(\*\) AS transaction_count FROM transactions WHERE wallet_type IS NOT NULL/,
    );
  });
});

describe('«покажи все …» after a question about one group shows every group (Russian was cut to the one)', () => {
  it.each([
    'В каком городе самый большой оборот за ноябрь 2026? Покажи все города.',
    'Какая категория лидирует по числу операций? Выведи все категории.',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('GROUP BY');
    expect(sql).not.toContain('LIMIT');
  });
});

describe('a column word after the question is not set aside when the answer lists values of that column', () => {
  it('Halyk и Jusan по месяцам: оборот за 3 кв. 2026, строка на месяц, столбец на банк. Для отчёта.', () => {
    expect(
      sqlLineOf(
        'Halyk и Jusan по месяцам: оборот за 3 кв. 2026, строка на месяц, столбец на банк. Для отчёта.',
      ),
    ).toBe('(clarify)');
  });
});

describe('how many groups had a total above an amount counts the groups by their own totals (it filtered single payments)', () => {
  it.each([
    'How many merchants had a total turnover above KZT 2 million in Sep 2026?',
    'How many merchants had turnover above 1 million tenge in Oct 2026? Just the count of merchants.',
    '2026 ж. қыркүйекте айналымы 2 млн теңгеден асқан қанша мерчант болды?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/HAVING sum\(transaction_amount_kzt\) > [12]000000 \) AS passing$/);
    expect(sql).not.toContain('transaction_amount_kzt >');
  });
  it('a Kazakh participle at the end of a yes/no question is still the threshold on the figure', () => {
    expect(sqlLineOf('2026 ж. қарашада Kaspi айналымы 10 млн теңгеден асқан ба?')).toBe(
      "SELECT sum(transaction_amount_kzt) AS total_amount FROM transactions WHERE issuer_bank_name = 'Kaspi Bank' AND transaction_timestamp >= '2026-11-01' AND transaction_timestamp < '2026-12-01'",
    );
  });
});

describe('a difference listed beside a change in % is shown too (one of them was dropped)', () => {
  it.each([
    'ECOM count, Sep 2026 vs Oct 2026: the difference and the change in %',
    '2026 ж. қыркүйек пен қазан: ECOM саны, айырмасы және пайызбен өзгерісі',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/ - coalesce\(count/);
    expect(sql).toContain('100.0 * (');
  });
});

describe('«по валютным операциям» is on foreign-currency payments, not a row per currency', () => {
  it('Средний чек по валютным операциям за ноябрь 2026', () => {
    const sql = sqlLineOf('Средний чек по валютным операциям за ноябрь 2026');
    expect(sql).toContain("transaction_currency <> 'KZT'");
    expect(sql).not.toContain('GROUP BY');
  });
  it('«по валюте операции» is still the breakdown', () => {
    expect(sqlLineOf('Оборот по валюте операции за ноябрь 2026')).toContain('GROUP BY transaction_currency');
  });
});

describe('«позапрошлый … и прошлый» is the one before last and the last (the second was read as the one before the first)', () => {
  it('оборот Kaspi: позапрошлый месяц и прошлый, обе суммы', () => {
    const sql = sqlLineOf('оборот Kaspi: позапрошлый месяц и прошлый, обе суммы');
    expect(sql).toContain(
      "- interval '2 months' AND transaction_timestamp < date_trunc('month', current_date) - interval '1 month'",
    );
    expect(sql).toContain(
      "- interval '1 month' AND transaction_timestamp < date_trunc('month', current_date))",
    );
    expect(sql).not.toContain('3 months');
  });
});

describe("a price («дороже», «дешевле») is of single payments, never a group total (it was each bank's total above it)", () => {
  it('Города с числом покупок дешевле 2 000 тенге за ноябрь 2026', () => {
    const sql = sqlLineOf('Города с числом покупок дешевле 2 000 тенге за ноябрь 2026');
    expect(sql).toContain('transaction_amount_kzt < 2000');
    expect(sql).not.toContain('HAVING');
  });
});

describe('"transfers in each city" is not the incoming transfers (the outgoing ones were read as both ways)', () => {
  it.each([
    ['P2P_OUT transfers in each city, 2025, count', ["transaction_type = 'P2P_OUT'"]],
    ['outgoing transfers in every bank for November 2026', ["transaction_type = 'P2P_OUT'"]],
    ['transfers in which city had the highest count in 2025?', ["transaction_type IN ('P2P_IN', 'P2P_OUT')"]],
  ])('%s', (question, expected) => {
    const sql = sqlLineOf(question);
    for (const e of expected) expect(sql).toContain(e);
  });
  it.each([
    ['transfers in by city for 2025', "transaction_type = 'P2P_IN'"],
    ['transfers in per bank, November 2026', "transaction_type = 'P2P_IN'"],
    ['P2P_OUT / P2P_IN amount for November 2026', "transaction_type IN ('P2P_OUT', 'P2P_IN')"],
  ])('%s keeps its reading', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
});

describe('a Kazakh share of a kind said with its noun («P2P_OUT аударымдарының үлесі») is within each group', () => {
  it.each([
    '2025 жылы әр банктегі P2P_OUT аударымдарының үлесі',
    '2025 жылы әр қаладағы P2P_OUT аударымдарының сол қаладағы барлық операциялар санындағы үлесі',
    '2025 жылы әр қаладағы P2P_OUT аударымдарының сол қаладағы барлық операциялар санынан үлесі',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("count(*) FILTER (WHERE transaction_type = 'P2P_OUT') / nullif(count(*), 0)");
    expect(sql).not.toContain('OVER ()');
  });
});

describe('«по всем банкам», «барлық банктер бойынша» with a measure and no word of a total or of a row each is asked back (it was a row each)', () => {
  it.each([
    'Бүгін барлық банктер бойынша қанша операция болды?',
    'Сколько операций по всем банкам за вчера?',
    'оборот по всем городам за ноябрь 2026',
    'сумма по всем категориям за май',
  ])('%s', (question) => {
    expect(reasonOf(question)).toBe('unsupported');
  });
  it.each([
    ['общий оборот по всем городам за ноябрь 2026', 'sum(transaction_amount_kzt) AS total_amount FROM'],
    ['оборот по всем банкам, кроме Kaspi, за ноябрь 2026', "issuer_bank_name <> 'Kaspi Bank'"],
    ['amount by all cities in November 2026', 'GROUP BY merchant_city'],
  ])('%s keeps its reading', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
});

describe('"… - was it above 20 million?" asks of the figure just said (it filtered payments of 20 million each)', () => {
  it.each([
    'Fuel turnover for Q3 2026 - was it above 20 million?',
    'ECOM turnover in September 2026, is it over 5 million?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
  });
  it('"payments in September 2026 above 5 million" still filters the payments', () => {
    expect(sqlLineOf('count of payments in September 2026 above 5 million')).toContain(
      'transaction_amount_kzt > 5000000',
    );
  });
});

describe('a condition on groups named with their column name in brackets, or on merchants of an MCC code, is on each group (it filtered payments)', () => {
  it.each([
    ['Категории (mcc_category), у которых средний чек ECOM за 2026 год выше 30 000 тенге', 'HAVING avg('],
    ['cities (merchant_city) whose ECOM turnover in 2025 exceeded 5 million', 'HAVING sum('],
    ['Сколько мерчантов с МСС 5411 сделали оборот больше 200 тыс. тенге за октябрь 2026?', 'HAVING sum('],
    ['how many MCC 5411 merchants made a turnover above 200k tenge in October 2026?', 'HAVING sum('],
  ])('%s', (question, expected) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(expected);
    expect(sql).not.toContain('transaction_amount_kzt >');
  });
  it('"how many MCC 5411 merchants" counts the merchants (it counted their payments)', () => {
    expect(sqlLineOf('how many MCC 5411 merchants were there in October 2026?')).toContain(
      'count(DISTINCT merchant_id)',
    );
  });
});

describe('the last month of a range said again as included is the range (it was that month alone)', () => {
  it.each([
    'айналым ай бойынша, 2025 жылғы қаңтардан 2026 жылғы маусымға дейін (маусымды қоса)',
    'оборот по месяцам с января 2025 по июнь 2026 (июнь включительно)',
    'оборот по месяцам с января 2025 по июнь 2026 (включая июнь)',
    'turnover by month from January 2025 to June 2026 (June included)',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain(
      "transaction_timestamp >= '2025-01-01' AND transaction_timestamp < '2026-07-01'",
    );
  });
  it('another month said as included is not read away', () => {
    expect(reasonOf('turnover from January 2025 to June 2026 (including May)')).not.toBe('sql');
  });
});

describe('"the same … last year" beside two periods that are not a year apart is asked back (a month was set against itself)', () => {
  it('MTD txn count vs the same days last year (Dec 1-3), with change %', () => {
    expect(reasonOf('MTD txn count vs the same days last year (Dec 1-3), with change %')).toBe('two_periods');
  });
  it('a year apart, the dates restate it', () => {
    expect(sqlLineOf('November 2026 turnover vs the same month last year (November 2025)')).toContain(
      "transaction_timestamp >= '2025-11-01' AND transaction_timestamp < '2025-12-01'",
    );
  });
});

describe('values after a negated one in brackets or after "i.e." say what is left (every mode was left out)', () => {
  it.each([
    'How many POS payments in November 2026 were NOT contactless (so swipe + QR)?',
    'How many POS payments in November 2026 were not contactless, i.e. swipe and QR?',
    'сколько POS-операций в ноябре 2026 были не бесконтактными (то есть swipe и QR)?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("pos_entry_mode IN ('Swipe', 'QR_Code')");
    expect(sql).not.toContain('NOT IN');
  });
  it.each([
    [
      'turnover in 2025 except online (bill payments and ECOM)',
      "transaction_type NOT IN ('ECOM', 'BILL_PAYMENT')",
    ],
    [
      'count in 2025 excluding P2P transfers (in and out) and ATM withdrawals',
      "transaction_type NOT IN ('P2P_IN', 'P2P_OUT', 'ATM_WITHDRAWAL')",
    ],
    ['count in 2025 by acquirer country, except Kazakhstan (KAZ)', "acquirer_country_iso <> 'KAZ'"],
  ])('%s: the excepted values said again stay excepted', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
});

describe('«Правда ли, что покупок … было больше 50?»: a number of payments said in the genitive plural is their count (it filtered payments under/over that many tenge)', () => {
  it.each([
    ['Правда, что ночью (00:00–05:59) ECOM-покупок за ноябрь 2026 было меньше 100? Сколько их было?', []],
    ['Правда ли, что снятий в Таразе за октябрь 2026 было больше 300?', []],
    [
      'Правда ли, что покупок дешевле 100 тенге за октябрь 2026 было больше 50?',
      [{ kind: 'amount', op: '<', value: 100 }],
    ],
  ])('%s', (question, amounts) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.filters.filter((f) => f.kind === 'amount')).toEqual(amounts);
  });
});

describe('a threshold on a turnover or an average ticket is never one on single payments (it filtered payments over it)', () => {
  it.each([
    'shops with sales above 2m in October 2026, how many?',
    'In every bank, how many merchants had a 2026 turnover over 1 million tenge?',
    'Which stores in Electronics & Software had an average ticket above 40,000 tenge in 2026?',
    'Pharmacies in Astana that did over 500k tenge turnover in 2025 - how many?',
  ])('%s', (question) => {
    const frame = frameOrNull(question);
    if (frame === null) return expect(reasonOf(question)).toBe('group_total_condition');
    expect(frame.having).toBeDefined();
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('a ticket above an amount alone is a single payment, as before', () => {
    expect(
      sqlLineOf('share of Electronics & Software payments in 2026 with a ticket above 50,000 tenge'),
    ).toContain('transaction_amount_kzt > 50000');
  });
  it('«в обороте» after a bracketed amount is the whole the part is of', () => {
    expect(sqlLineOf('Доля операций (от 50 тыс.) в обороте за октябрь 2026')).toContain(
      'FILTER (WHERE transaction_amount_kzt >= 50000)',
    );
  });
  it('«қаншасында … асты» counts the stores, never a yes/no of one total', () => {
    expect(
      sqlLineOf('Шымкенттегі дәріханалардың қаншасында 2026 жылы айналым 300 мың теңгеден асты?'),
    ).not.toMatch(/^SELECT sum\(transaction_amount_kzt\) AS total_amount FROM/);
  });
});

describe('"merchants … count" typed into a search box counts the merchants (it counted their payments)', () => {
  it.each([
    ['merchants shymkent oct 2026 count', 'count(DISTINCT merchant_id)'],
    ['merchants with turnover over 2m in 2026 count', 'HAVING sum(transaction_amount_kzt) > 2000000'],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('payments at merchants, with the payments named, stay payments', () => {
    expect(sqlLineOf('merchants almaty 2025 payments count')).toContain('count(*) AS transaction_count');
  });
});

describe('a Kazakh week number joined to its unit with a hyphen is that week, never the last N weeks', () => {
  it('«45-апта» without a year is asked back', () => {
    expect(reasonOf('45-апта ECOM саны')).not.toBe('sql');
  });
  it.each([
    ['2026 жылғы 44-апта мен 45-апта: ECOM саны', "'2026-10-26'"],
    ['ECOM count, week 44 vs week 45 of 2026', "'2026-10-26'"],
  ])('%s', (question, expected) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(expected);
    expect(sql).not.toContain('current_date');
  });
});

describe('"how many more in A than in B" is A minus B (it was always the later minus the earlier)', () => {
  it('the earlier period said first is asked back', () => {
    expect(reasonOf('how many more ATM withdrawals in week 44 of 2026 than in week 45?')).toBe('unsupported');
  });
  it('the later said first is the later minus the earlier', () => {
    expect(sqlLineOf('how many more ATM withdrawals in November 2026 than in October 2026?')).toContain(
      "coalesce(count(*) FILTER (WHERE transaction_timestamp >= '2026-11-01'",
    );
  });
});

describe("the second half of a named month with the year in brackets is of that month (it was the year's second half)", () => {
  it('«… бірінші жартысы мен екінші жартысы (2026)» never reads H2 of the year', () => {
    const question = 'Қазанның бірінші жартысы мен екінші жартысы (2026): ECOM саны';
    const frame = frameOrNull(question);
    if (frame !== null) expect(sqlLineOf(question)).not.toContain("'2026-07-01'");
  });
  it('a range of days in brackets after the second half', () => {
    expect(
      sqlLineOf(
        'Сравни количество операций первой половины ноября 2025 (1–15) и второй половины (16–30 ноября)',
      ),
    ).toContain("'2025-11-16'");
  });
});

describe('"how many in all …" counts what it names (it summed the amount)', () => {
  it.each([
    ['сколько всего мерчантов с MCC 5411?', 'count(DISTINCT merchant_id)'],
    ['Количество QR-оплат в Таразе за октябрь 2025, всего', 'SELECT count(*) AS transaction_count FROM'],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('«сколько всего потратили» is still how much', () => {
    expect(sqlLineOf('сколько всего потратили в Таразе за октябрь 2025?')).toContain(
      'sum(transaction_amount_kzt)',
    );
  });
  it('«…: количество, всего» after a list still shows the total', () => {
    expect(sqlLineOf('по банкам за октябрь 2025: количество, всего')).toContain(
      'sum(transaction_amount_kzt)',
    );
  });
});

describe('"each MCC of a category" is a row per code (the category phrase dropped "each")', () => {
  it('«по каждому МСС категории …»', () => {
    expect(sqlLineOf('оборот по каждому МСС категории Grocery & Food Markets за 2025 год')).toContain(
      'GROUP BY merchant_mcc',
    );
  });
  it('«по МСС категории X» without "each" is the category', () => {
    expect(sqlLineOf('оборот по МСС категории Grocery & Food Markets за 2025 год')).not.toContain('GROUP BY');
  });
});

describe('two months compared with "than" keep the year said once (the first was put a year back)', () => {
  it.each([
    'In 2025, which banks had fewer transactions in November than in October?',
    '2025 жылы қай банктерде қарашада қазанға қарағанда операция саны аз болды?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("'2025-11-01'");
    expect(sql).not.toContain("'2024-11-01'");
    expect(sql).toContain('HAVING');
  });
});

describe('"by A or B cards" is one set the payments were made by, not a row each', () => {
  it('avg ATM withdrawal by Jusan or Forte cards', () => {
    expect(sqlLineOf('average ATM withdrawal by Jusan or ForteBank cards in October 2025')).not.toContain(
      'GROUP BY',
    );
  });
  it('"by bank" lists still split', () => {
    expect(sqlLineOf('ATM withdrawals by Jusan and ForteBank in October 2025')).toContain(
      'GROUP BY issuer_bank_name',
    );
  });
});

describe('a ranking by a drop in tenge, and "two periods" in Kazakh (it ranked by another figure, or took "two" as a limit)', () => {
  it('the biggest drop in tenge ranks by the difference', () => {
    expect(
      sqlLineOf(
        'which bank had the biggest drop in tenge in ECOM turnover from March to April 2025? show both months and the difference',
      ),
    ).toContain('ORDER BY total_amount_difference ASC');
  });
  it('"the biggest fall in" is a drop, never autumn', () => {
    const sql = sqlLineOf('which bank had the biggest fall in ECOM turnover from March to April 2025?');
    expect(sql).toContain('ORDER BY change_pct ASC');
    expect(sql).not.toContain("-09-01'");
  });
  it('«Екі кезеңмен» is both periods, never a limit of two', () => {
    expect(
      sqlLineOf(
        '2024 жылғы 1-тоқсанмен салыстырғанда 2025 жылғы 1-тоқсанда қай банкте айналым ең көп өсті? Екі кезеңмен және пайызбен',
      ),
    ).toContain('LIMIT 1');
  });
  it('the share of the top N together is asked back', () => {
    expect(reasonOf('What % of ECOM turnover in 2025 came from the top 5 merchants?')).toBe('unsupported');
  });
});

describe('merchants per kind, labels beside a condition, ratios restated and rankings by growth in tenge', () => {
  it('"turnover per merchant for grocery stores" is a row per merchant ("per" was left unread, one total)', () => {
    expect(sqlLineOf('Turnover per merchant for Pharmacies & Health stores in Taraz in 2025')).toContain(
      'GROUP BY merchant_id',
    );
  });
  it('"counting only MCCs that had …" keeps the figure beside the codes', () => {
    expect(
      sqlLineOf(
        'Top 3 MCC codes by average ticket of ECOM payments in 2025, counting only MCCs that had at least 50 ECOM payments',
      ),
    ).toContain('avg(transaction_amount_kzt) AS avg_amount');
  });
  it('a ratio said, then restated after "that is", is one figure', () => {
    const sql = sqlLineOf(
      'the average amount per card in October 2025 — that is, the total transaction amount divided by the number of distinct cards',
    );
    expect(sql).toMatch(
      /^SELECT sum\(transaction_amount_kzt\) \/ nullif\(count\(DISTINCT card_key\), 0\) AS amount_per_card FROM/,
    );
  });
  it('«по приросту оборота в тенге» ranks by the difference, shown', () => {
    const sql = sqlLineOf(
      'Топ-3 банка по приросту оборота в тенге: май 2025 к апрелю 2025, с обоими месяцами',
    );
    expect(sql).toContain('ORDER BY total_amount_difference DESC');
  });
});

describe('a count listed beside other figures is never dropped (unseen126)', () => {
  it('a noun of payments listed beside other figures, read by no pass, is asked back', () => {
    expect(
      frameOrNull(
        'Слушай, сколько было активных карт, мерчантов и операций за последние 7 дней? Одной строкой',
      ),
    ).toBeNull();
  });
  it('"--" ends a clause like a dash, so the list after it is read whole', () => {
    expect(frameOf('fuel stations per bank in Q3 2026 -- txns, amt, max').measures).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
      { fn: 'max' },
    ]);
  });
  it('«потом» (then) is no typo of «поток» (a flow of payments)', () => {
    expect(
      frameOf(
        'Eurasian Bank, ноябрь 2026: уникальные карты и уникальные мерчанты, в одну строку — сначала карты, потом мерчанты.',
      ).measures,
    ).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
  });
  it('the noun of a figure, of a condition or in a gloss is no count of its own', () => {
    expect(
      frameOrNull('Home Furnishings & Supplies: smallest payment, largest payment and average check in 2026'),
    ).not.toBeNull();
    expect(
      frameOrNull('2026 жылғы қыркүйекте қалалар бойынша белсенді карталар саны (операция жасалған қала)'),
    ).not.toBeNull();
    expect(frameOrNull('top 10 MCC codes by amount, payments ≥ 50 000, Nov 1–30 2026')).not.toBeNull();
    expect(frameOrNull('Трансграничные операции, сумма в разрезе стран, прошлый месяц')).not.toBeNull();
  });
});

describe('«сколько … и на какую сумму» asks both figures (unseen126–127)', () => {
  it("«на какую сумму» before an average is a figure of its own, not the average's amount", () => {
    expect(
      frameOf(
        'Подскажи пожалуйста: сколько всего было операций за сентябрь 2026, на какую сумму и какой средний чек?',
      ).measures,
    ).toEqual([{ fn: 'count' }, { fn: 'avg' }, { fn: 'sum' }]);
  });
  it('«сколько всего» before payments in the genitive plural counts them', () => {
    expect(frameOf('Сколько всего было ECOM-операций за 2025 год и на какую общую сумму?').measures).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
    ]);
  });
  it('money after «сколько всего» stays money', () => {
    expect(frameOf('Сколько всего ушло исходящими переводами у Жусана в сентябре?').measures).toEqual([
      { fn: 'sum' },
    ]);
    expect(frameOf('Сколько всего входящих переводов получили вчера, в тенге?').measures).toEqual([
      { fn: 'sum' },
    ]);
  });
  it("an amount asked after an aggregate is still that aggregate's own", () => {
    expect(frameOf('Максимальная разовая покупка в октябре 2026 — какая сумма?').measures).toEqual([
      { fn: 'max' },
    ]);
  });
});

describe("a range of days after the month's name is a period, never an amount (unseen128)", () => {
  it.each([
    ['POS turnover by city over Nauryz 2026 (March 21st to 23rd)', "'2026-03-21'", "'2026-03-24'"],
    ['turnover March 21 to 23, 2026', "'2026-03-21'", "'2026-03-24'"],
    ['payments Oct 1 through 15 2026 count', "'2026-10-01'", "'2026-10-16'"],
  ])('%s', (q, from, to) => {
    const sql = sqlLineOf(q);
    expect(sql).not.toContain('transaction_amount_kzt <=');
    expect(sql).toContain(`transaction_timestamp >= ${from} AND transaction_timestamp < ${to}`);
  });
  it('an amount after a day with its unit stays an amount', () => {
    expect(sqlLineOf('count of payments on March 5 up to 500 tenge in 2026')).toContain(
      'transaction_amount_kzt <= 500',
    );
  });
});

describe('records are rows, each a transaction; the whole beside a part of it is asked back (unseen125)', () => {
  it.each([
    ['2026 жылғы қазандағы жазбалар саны қанша?', [{ fn: 'count' }]],
    ['Коллеги, сколько записей за сентябрь 2026 с пустым pos_entry_mode?', [{ fn: 'count' }]],
    ['how many records in October 2026?', [{ fn: 'count' }]],
  ])('%s', (q, measures) => {
    expect(frameOf(q).measures).toEqual(measures);
  });
  it.each([
    'Сентябрь 2026: число ECOM-операций всего и с зарубежным эквайером, рядом.',
    '2 квартал 2026: операций всего и операций на сумму от 50 000 тенге, в одну строку',
    '2026 жылғы қазан: барлық жазбалар және wallet_type толтырылған жазбалар, бір жолға.',
    'Kaspi Bank, 2026 жылғы қазан: POS жазбалары барлығы және Contactless болғандары, бір жолға.',
  ])('the whole and a part side by side: %s', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });
  it('"in all" with an amount asked after it is no part', () => {
    expect(
      frameOrNull('Сколько всего было ECOM-операций за 2025 год и на какую общую сумму?'),
    ).not.toBeNull();
    expect(frameOrNull('Сколько всего и на какую сумму было онлайн-покупок в октябре 2026?')).not.toBeNull();
  });
});

describe('"how much" after the largest payment asks its size, with a breakdown too (unseen127)', () => {
  it.each([
    [
      '2025 жылы әр банк бойынша ең ірі бір реттік операция қанша болды?',
      'GROUP BY issuer_bank_name ORDER BY max_amount DESC',
    ],
    [
      'Самая крупная операция по каждому банку за 2025 — сколько?',
      'GROUP BY issuer_bank_name ORDER BY max_amount DESC',
    ],
    ['В каком городе была самая крупная операция в 2025 году и сколько?', 'ORDER BY max_amount DESC LIMIT 1'],
    ['Қай қалада 2025 жылы ең ірі операция болды, қанша?', 'ORDER BY max_amount DESC LIMIT 1'],
    ['Which city had the largest payment in 2025 and how much was it?', 'ORDER BY max_amount DESC LIMIT 1'],
  ])('%s', (q, tail) => {
    const sql = sqlLineOf(q);
    expect(sql).toMatch(/^SELECT \w+, max\(transaction_amount_kzt\) AS max_amount FROM/);
    expect(sql).toContain(tail);
  });
});

describe('«Сәлеметсіз бе!» greets; its particle asks no yes/no question (unseen127)', () => {
  it('the smallest and largest payment after the greeting are both shown, of the pharmacies', () => {
    expect(
      sqlLineOf('Сәлеметсіз бе! Өткен айда дәріханалардағы ең кіші және ең үлкен төлем қанша болды?'),
    ).toMatch(
      /^SELECT min\(transaction_amount_kzt\) AS min_amount, max\(transaction_amount_kzt\) AS max_amount FROM transactions WHERE mcc_category = 'Pharmacies & Health'/,
    );
  });
  it('a yes/no question after the greeting is still one: any payments over 500 000, counted', () => {
    expect(
      sqlLineOf('Сәлеметсіз бе! 2025 жылы Қарағандыда 500 000 теңгеден асқан төлемдер болды ма?'),
    ).toMatch(
      /^SELECT count\(\*\) AS transaction_count FROM transactions WHERE transaction_amount_kzt > 500000/,
    );
  });
});

describe('a turnover threshold with whose and when between never filters payments (unseen128)', () => {
  it("«оборот гостиниц (MCC 7011) за 2025 год превысил 5 млн» is each city's hotel turnover, not payments over 5 million (the word naming the code is read past: it was asked back)", () => {
    const sql = sqlLineOf('В каких городах оборот гостиниц (MCC 7011) за 2025 год превысил 5 млн тенге?');
    expect(sql).toContain('HAVING sum(transaction_amount_kzt) > 5000000');
    expect(sql).toContain('merchant_mcc = 7011');
  });
  it('with nothing between, it stays a condition on the groups', () => {
    expect(sqlLineOf('В каких городах оборот за 2025 год превысил 5 млн тенге?')).toContain(
      'HAVING sum(transaction_amount_kzt) > 5000000',
    );
  });
  it('a single payment over a threshold is still one', () => {
    expect(
      sqlLineOf('Сколько платежей в гостиницах (MCC 7011) за 2025 год превысили 500 000 тенге?'),
    ).toContain('transaction_amount_kzt > 500000');
  });
});

describe('«в каких валютах проходили платежи» lists the values that occur (unseen128)', () => {
  it('the currencies, listed, no count beside them', () => {
    expect(sqlLineOf('В каких валютах проходили платежи у павлодарских мерчантов?')).toMatch(
      /^SELECT (DISTINCT )?transaction_currency FROM transactions WHERE merchant_city = 'Pavlodar'/,
    );
  });
});

describe('«во сколько» beside the first or last payment asks its time (unseen125)', () => {
  it('«Во сколько прошла последняя операция …?» shows the time alone', () => {
    expect(sqlLineOf('Во сколько прошла последняя операция SALARY в ноябре 2026?')).toMatch(
      /^SELECT max\(transaction_timestamp\) AS last_transaction_at FROM/,
    );
  });
  it('a count asked beside the last payment stays', () => {
    expect(sqlLineOf('Последняя операция SALARY в ноябре 2026: время и сколько всего операций')).toContain(
      'count(*) AS transaction_count',
    );
  });
});

describe('a share of a condition on the amount or the hour «в каждом городе» / «әр қаладағы» is within each group (unseen132)', () => {
  it.each([
    ['Доля операций свыше 100 тыс. в каждом городе за октябрь 2026', 'transaction_amount_kzt > 100000'],
    [
      'Түнгі операциялардың (00:00–05:59) әр қаладағы үлесі, 2026 жылғы қазан',
      'extract(hour FROM transaction_timestamp) >= 0',
    ],
  ])('%s', (question, part) => {
    expect(sqlLineOf(question)).toContain(`count(*) FILTER (WHERE ${part}`);
    expect(sqlLineOf(question)).not.toContain('OVER ()');
  });
  it('«по городам» is how those payments spread over the cities, as the convention says', () => {
    expect(sqlLineOf('Доля операций свыше 100 тыс. по городам за октябрь 2026')).toContain(
      'sum(count(*)) OVER ()',
    );
    expect(sqlLineOf('share of payments between 10k and 50k by city')).toContain('sum(count(*)) OVER ()');
  });
});

describe('the N largest payments with their time are rows of payments, asked back (unseen132)', () => {
  it.each([
    '2026 жылғы қарашадағы ең ірі 5 төлем: уақыты, сомасы, мерчант, қала',
    'Top 5 largest payments in November 2026: time, amount, merchant, city',
    '10 крупнейших операций за октябрь 2026: дата и время, сумма, город',
  ])('%s', (question) => {
    expect(reasonOf(question)).not.toBe('sql');
  });
  it('the largest payment of each city, with no time asked, stays a figure per city', () => {
    expect(reasonOf('largest payment in each city in November 2026')).toBe('sql');
  });
});

describe('«теңгемен жасалған» (made in tenge) counts only the payments in tenge (unseen131)', () => {
  it('the Kazakh instrumental is "in tenge", with or without «тек»', () => {
    expect(sqlLineOf('2025 жылғы желтоқсанда тек теңгемен жасалған ECOM операцияларының саны')).toContain(
      "transaction_currency = 'KZT'",
    );
    expect(sqlLineOf('теңгемен жасалған ECOM операцияларының саны 2025 жылы')).toContain(
      "transaction_currency = 'KZT'",
    );
  });
  it('the unit of an amount stays a unit', () => {
    expect(sqlLineOf('теңгемен қанша болады 2025 жылғы ECOM айналымы?')).not.toContain(
      'transaction_currency',
    );
  });
});

describe('a noun of money flowing ("outflow", «отток») is the amount of the payments named (unseen129)', () => {
  it('the share is of the amount, and a breakdown sums it', () => {
    expect(sqlLineOf("Each bank's share of ATM cash outflow in November 2026, in %")).toContain(
      '100.0 * sum(transaction_amount_kzt) / sum(sum(transaction_amount_kzt)) OVER ()',
    );
    expect(sqlLineOf('Отток через банкоматы по городам за эту неделю')).toContain(
      'sum(transaction_amount_kzt)',
    );
    expect(sqlLineOf('Monthly salary inflow for Karaganda in 2025')).toContain('sum(transaction_amount_kzt)');
  });
  it('with no payments named whose direction it agrees with, it is asked back', () => {
    expect(reasonOf('cash outflow by bank in November 2026')).not.toBe('sql');
    expect(reasonOf('salary outflow by month 2026')).not.toBe('sql');
  });
});

describe('a change in % listed after a comparison, after a dash or «и покажи», comes with both periods (unseen129, unseen130)', () => {
  it.each([
    'Turnover Q3 2026 vs Q3 2025 - YoY change in %',
    'Сравни число бесконтактных оплат в ноябре 2026 и ноябре 2025 и покажи изменение в %',
  ])('%s', (question) => {
    expect(frameOf(question).compare?.output ?? null).not.toBe('change');
    expect(sqlLineOf(question)).toMatch(
      /FILTER \(WHERE transaction_timestamp >= '2025-\d\d-01' AND transaction_timestamp < '20\d\d-\d\d-01'\) AS /,
    );
  });
  it('a question of its own after the dash still asks only for the change', () => {
    expect(sqlLineOf('Turnover Q3 2026 vs Q3 2025 - by how many percent did it change?')).toMatch(
      /^SELECT 100\.0 \* \(/,
    );
  });
});

describe("a participle right after the payments, before the share's own verb, describes the whole (unseen130)", () => {
  it.each([
    'What % of the contactless payments made in Astana last month went through Samsung Pay?',
    'What % of the contactless payments made in Astana last month were made with Samsung Pay?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("count(*) FILTER (WHERE wallet_type = 'Samsung Pay')");
    expect(sql).toContain("merchant_city = 'Astana'");
    expect(sql).not.toContain("FILTER (WHERE merchant_city = 'Astana')");
  });
  it('alone, the participle says the part', () => {
    expect(sqlLineOf('What % of ECOM payments were made in Astana last month?')).toContain(
      "FILTER (WHERE merchant_city = 'Astana')",
    );
  });
});

describe('«на каждое число» with the days of the month as rows is the day again, not a count (unseen129)', () => {
  it('one figure, the turnover', () => {
    const frame = frameOf(
      'Оборот по числам месяца за 2025 год — сколько приходится на каждое число, по порядку',
    );
    expect(frame.dimensions).toEqual(['day_of_month']);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
  });
  it('«число операций» is still a count', () => {
    expect(frameOf('Оборот и число операций по числам месяца за 2025').measures).toContainEqual({
      fn: 'count',
    });
  });
});

describe('a value left out of the groups («кроме», "other than", "outside") before their condition keeps it on the groups (unseen131)', () => {
  it.each([
    [
      'In 2025, which categories other than Unknown had an average POS ticket above 10,000 tenge? Show the category and its average',
      'HAVING avg(transaction_amount_kzt) > 10000',
    ],
    [
      'How many merchants outside Almaty had more than 500 thousand tenge in POS turnover last month?',
      'HAVING sum(transaction_amount_kzt) > 500000',
    ],
    [
      'За 2026 год какие города, кроме Алматы, имели оборот ECOM выше 20 млн? Город и оборот',
      'HAVING sum(transaction_amount_kzt) > 20000000',
    ],
  ])('%s', (question, having) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(having);
    expect(sql).not.toMatch(/WHERE transaction_amount_kzt >/);
  });
});

describe('a Kazakh turnover threshold with the payments restated in brackets is on the groups (unseen133)', () => {
  it.each([
    'Өткен жылы қай санаттарда ECOM айналым (онлайн) 5 млн теңгеден асты?',
    '2026 жылы қай банктерде айналым ECOM 30 млн теңгеден асты?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/HAVING sum\(transaction_amount_kzt\) > \d+/);
    expect(sql).not.toMatch(/WHERE transaction_amount_kzt >/);
  });
});

describe('«сколько всего <payments of a kind> … и на какую сумму» is the count and the amount (unseen135)', () => {
  it.each([
    'Сколько всего P2P-переводов было в октябре 2026 и на какую сумму?',
    'Сколько всего ATM-снятий было в 2026 году и на какую сумму?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }, { fn: 'sum' }]);
  });
  it('«…, в тенге» after it is still the amount alone', () => {
    expect(frameOf('Сколько всего входящих переводов получили за октябрь 2026, в тенге?').measures).toEqual([
      { fn: 'sum' },
    ]);
  });
});

describe('"from <year> to date" / "from <year> to <year>" is a period, not payments of that many tenge (unseen136)', () => {
  it.each([
    ['Average ticket by month from 2025 to date', "transaction_timestamp >= '2025-01-01'"],
    ['Count of ECOM payments from 2025 until now', "transaction_timestamp >= '2025-01-01'"],
    ['Number of payments by year from 2024 to 2026', "transaction_timestamp < '2027-01-01'"],
  ])('%s', (question, period) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(period);
    expect(sql).not.toMatch(/transaction_amount_kzt (>=|<=|BETWEEN)/);
  });
  it('an amount range from a number like a year, with tenge, stays an amount', () => {
    expect(sqlLineOf('payments from 2025 to 5000 tenge')).toContain(
      'transaction_amount_kzt BETWEEN 2025 AND 5000',
    );
  });
});

describe('"which three months of 2025" asks for months, not the first three months of the year (unseen136)', () => {
  it.each([
    'Which three months of 2025 had the highest turnover?',
    'Какие три месяца 2025 года были с самым большим оборотом?',
    'Which 2 months of 2026 had the most payments?',
  ])('%s: months as rows, or asked back', (question) => {
    const frame = frameOrNull(question);
    if (frame) expect(frame.dimensions).toContain('month');
  });
  it('"the first three months of 2025" is still the year\'s first quarter', () => {
    expect(sqlLineOf('turnover in the first three months of 2025')).toContain(
      "transaction_timestamp < '2025-04-01'",
    );
  });
});

describe('a month with no year set against a dated one is the one nearest it (unseen136)', () => {
  it.each([
    // (The tests' today is 20 May 2026: the latest past February, November and December are of 2026 and
    // 2025.)
    ['Payments in January 2025 compared with December', "'2024-12-01'"],
    ['turnover in March 2025 compared with February', "'2025-02-01'"],
    ['2025 жылғы наурыздағы айналым ақпанмен салыстырғанда', "'2025-02-01'"],
    ['оборот в декабре 2024 по сравнению с ноябрём', "'2024-11-01'"],
  ])('%s', (question, start) => {
    expect(sqlLineOf(question)).toContain(`transaction_timestamp >= ${start}`);
  });
  it('the two ends of one range keep their reading', () => {
    expect(sqlLineOf('количество операций по месяцам с января по ноябрь 2026')).toContain(
      "transaction_timestamp >= '2026-01-01'",
    );
  });
});

describe('a unit said between two different amounts is not put on both (unseen136)', () => {
  it.each([
    'Quarter by quarter in 2026: revenue in millions and the average ticket',
    'Revenue in thousands and the median payment by bank last month',
    'оборот в млн и средний чек по кварталам 2026',
  ])('%s: asked back', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });
  it('said after both, it is on both', () => {
    expect(frameOf('Median payment and revenue by bank last month, in thousands').amountScale).toBe(1_000);
  });
});

describe('"as separate rows" / «отдельными строками» is a row per value named (unseen136)', () => {
  it.each([
    'Kaspi and Halyk as separate rows: payments last month',
    'Halyk и Kaspi отдельными строками: оборот 2025',
    'POS turnover in 2025 for Halyk and Kaspi, each on its own row',
  ])('%s', (question) => {
    expect(frameOf(question).dimensions).toEqual(['issuer_bank_name']);
  });
});

describe('the groups that grew the most against the same period a year before are ranked by their change (unseen136)', () => {
  it.each([
    'Which city grew its turnover the most YTD compared with the same period last year?',
    'Какой город показал наибольший рост оборота в этом году по сравнению с тем же периодом прошлого года?',
  ])('%s', (question) => {
    expect(frameOf(question).rankByChange).toBe('change');
  });
});

describe('"by growth of payments in tenge": the tenge is not a currency filter on the payments counted (unseen136)', () => {
  it.each([
    'Top 3 banks by growth of payments in tenge, October 2026 vs October 2025',
    'Топ-3 города по приросту покупок в тенге: октябрь 2026 против октября 2025',
  ])('%s: asked back', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });
  it('"by turnover growth in tenge" is still the difference', () => {
    expect(
      frameOf('Топ-3 города по приросту оборота в тенге: октябрь 2026 против октября 2025').rankByChange,
    ).toBe('difference');
  });
});

describe('a condition restated in brackets is one condition, not one for the part and one for the base (unseen136)', () => {
  it('the share of cards that paid by phone (wallet) is taken of all the cards', () => {
    const sql = sqlLineOf(
      '2026 жылы әр қаланың белсенді карталарының қанша пайызы смартфонмен (әмиянмен) төледі?',
    );
    expect(sql).toContain('FILTER (WHERE wallet_type IS NOT NULL)');
    expect(sql).not.toMatch(/WHERE wallet_type IS NOT NULL AND/);
  });
  it('an hour range with its clock times is the part of the share', () => {
    const sql = sqlLineOf(
      'What share of POS payments in November 2026 were made between 7 and 10 am (07:00–09:59)?',
    );
    expect(sql).toContain('FILTER (WHERE extract(hour FROM transaction_timestamp) >= 7');
  });
});

describe('a share whose part lists every value of what its base is made of is asked back (100 % by construction)', () => {
  it.each([
    'What share of wallet payments last month went through Apple Pay, Google Pay and Samsung Pay?',
    'Как распределились платежи через кошельки (Apple Pay, Google Pay, Samsung Pay) в мае — в процентах от всех платежей через кошельки?',
  ])('%s', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });
  it('two of the three wallets among wallet payments is a share', () => {
    expect(
      frameOf('доля Apple Pay и Google Pay среди платежей через кошельки в прошлом месяце').share,
    ).toBeDefined();
  });
});

describe('"Rank the X (other than / outside Y) by …" ranks the X left (unseen136)', () => {
  it.each([
    ['Rank the banks other than Kaspi by turnover in 2026', 'issuer_bank_name'],
    ['Ранжируй города, кроме Алматы, по обороту за 2026', 'merchant_city'],
    ['Rank the foreign acquirer countries (outside Kazakhstan) by payments in 2025', 'acquirer_country_iso'],
  ])('%s', (question, dimension) => {
    expect(frameOf(question).dimensions).toEqual([dimension]);
  });
});

describe('a yes/no claim naming a day of the week and another value does not rank the other one (unseen134)', () => {
  it.each([
    'Правда ли, что в пятницу больше всего покупок в аптеках? Возьми 2025 год.',
    'Is it true that Saturday has the most grocery payments in 2026?',
  ])('%s: asked back', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });
  it('the column named says which value is checked', () => {
    expect(
      frameOf('Is Almaty the city with the most restaurant payments on Fridays in 2026?').dimensions,
    ).toEqual(['merchant_city']);
  });
});

describe('for each group, a share of the payments described whose amount is compared after them is the part (unseen134)', () => {
  it.each([
    ['по каждому городу доля покупок в аптеках дороже 10 тыс. тенге', 'merchant_city'],
    ['По каждому банку: какая доля оплат в ресторанах дороже 15 тыс. тенге, за 2025 год', 'issuer_bank_name'],
  ])('%s', (question, dimension) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([dimension]);
    expect(frame.share?.subset.map((f) => f.kind)).toEqual(['amount']);
    expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'mcc_category')).toBe(true);
  });
  it('the kind alone on the share word is still its part', () => {
    expect(frameOf('доля покупок в продуктовых по каждому банку').share?.subset.map((f) => f.kind)).toEqual([
      'values',
    ]);
  });
});

describe('"online" right before "entry mode ECOM" describes the entry mode, not a kind of payment too (unseen134)', () => {
  it.each([
    'Аптеки: какой процент платежей в 2025 году прошёл с онлайн способом ввода (ECOM)?',
    'Average utility payment in 2026, only those paid online (entry mode ECOM)',
  ])('%s', (question) => {
    const frame = frameOf(question);
    const online = [...frame.filters, ...(frame.share?.subset ?? [])].filter(
      (f) => f.kind === 'values' && f.values.includes('ECOM'),
    );
    expect(online.map((f) => (f.kind === 'values' ? f.column : ''))).toEqual(['pos_entry_mode']);
  });
});

describe('the groups that grew the most against the same period a year before keep a list of kinds as one filter (unseen136)', () => {
  it('«Какой город дал наибольший прирост покупок (POS и ECOM) …»', () => {
    const frame = frameOf(
      'Какой город дал наибольший прирост покупок (POS и ECOM) в этом году по сравнению с тем же периодом прошлого года?',
    );
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.filters).toContainEqual(values('transaction_type', false, 'POS', 'ECOM'));
  });
  it('two banks set against the same period a year before are still a row each', () => {
    expect(frameOf('Kaspi vs Halyk turnover YTD compared with the same period last year').dimensions).toEqual(
      ['issuer_bank_name'],
    );
  });
});

describe('a list restated in brackets under a share is the same list, not each value a part of its own (unseen138)', () => {
  it.each([
    'Of all POS and ECOM turnover in 2025, what share went to groceries, dining and fuel combined (Grocery & Food Markets, Dining & Restaurants, Fuel & Service Stations)?',
    'What share of last month’s purchases went to cafés and fuel (Dining & Restaurants, Fuel & Service Stations)?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    const parts = frame.share?.subset ?? [];
    expect(parts).toHaveLength(1);
    expect(parts[0]?.kind === 'values' && parts[0].values.length).toBeGreaterThanOrEqual(2);
    expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'mcc_category')).toBe(false);
  });
});

describe('"which hours … the most? show all hours" ranks every hour, the most first, in the plural too (unseen137, unseen138)', () => {
  it.each([
    'В какие часы люди чаще всего покупают онлайн? Покажите все часы, за ноябрь 2026 года.',
    'Which weekdays bring the highest fuel turnover in 2025? Show all days.',
    'На какие дни недели приходится самый большой оборот в кафе за 2026? Покажи все дни недели.',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/ORDER BY (transaction_count|total_amount) DESC$/);
  });
  it('"which hours are busiest" alone is still the day in its own order', () => {
    expect(sqlLineOf('Which hours are busiest for online purchases in November 2026?')).toMatch(
      /ORDER BY hour_of_day$/,
    );
  });
});

describe('a ranking with every group shown keeps its figure and is not cut, in Kazakh (unseen137)', () => {
  it.each([
    [
      '2026 жылғы қарашада қай банктің карталарымен ең көп онлайн сатып алу жасалды? Барлық банктерді көрсетіңіз.',
      'DESC',
    ],
    ['2026 жылы қай қалада карта төлемдері ең көп болды? Барлық қалаларды кемуімен көрсетіңіз.', 'DESC'],
    ['Биыл қай қалада Apple Pay төлемдері ең аз болды? барлық қалаларды көрсет', 'ASC'],
  ])('%s', (question, direction) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/SELECT merchant_city|SELECT issuer_bank_name/);
    expect(sql).toContain(`ORDER BY transaction_count ${direction}`);
    expect(sql).not.toContain('LIMIT');
  });
  it('the one group asked, without "all", is still cut to one', () => {
    expect(sqlLineOf('2026 жылы қай қалада карта төлемдері ең көп болды?')).toContain('LIMIT 1');
  });
});

describe('"how many people", «сколько человек», «қанша адам» count distinct cards; people elsewhere say nothing (unseen137)', () => {
  it.each([
    'How many people paid with Apple Pay in Almaty last month?',
    'Сколько человек платили через Apple Pay в Алматы в ноябре 2026?',
    'Сколько людей платили картой в аптеках Астаны в 2026 году?',
    'Өткен айда Алматыда Apple Pay арқылы қанша адам төледі?',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toMatch(/^SELECT count\(DISTINCT card_key\) AS card_count FROM/);
  });
  it('"how people pay" is still the payments', () => {
    expect(
      sqlLineOf(
        'I want to see how people pay in shops: the number of POS transactions by entry mode in 2026',
      ),
    ).toContain('count(*)');
  });
});

describe('«Сколько разных кафе …», "how many different pharmacies" count the places, distinct merchants (unseen137)', () => {
  it.each([
    'Сколько разных кафе и ресторанов принимали оплату картой в Астане в октябре 2026?',
    'How many different pharmacies took card payments in Almaty last month?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/^SELECT count\(DISTINCT merchant_id\) AS merchant_count FROM/);
    expect(sql).toContain('mcc_category');
  });
  it('the categories’ shoppers are still cards', () => {
    expect(sqlLineOf('How many unique grocery shoppers were there last month?')).toContain(
      'count(DISTINCT card_key)',
    );
  });
  it.each([
    'How many cafes took payments in November 2026?',
    'How many pharmacies in Almaty accepted card payments last month?',
    'How many pharmacies had sales in Almaty last month?',
    'Сколько кафе принимали оплату в ноябре 2026?',
    'Қанша кафе 2026 жылғы қарашада төлем қабылдады?',
  ])('a verb of taking payments after the places counts them too: %s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/^SELECT count\(DISTINCT merchant_id\) AS merchant_count FROM/);
    expect(sql).toContain('mcc_category');
  });
  it('"how many cafe payments" still counts the payments', () => {
    expect(sqlLineOf('How many cafe payments were there in November 2026?')).toMatch(/^SELECT count\(\*\)/);
  });
});

describe('a weekday filter beside a weekend-vs-weekday split would empty one side: asked back (unseen137)', () => {
  it('"Do people spend more per purchase at weekends? … weekends vs weekdays in one row."', () => {
    expect(
      frameOrNull(
        'Do people spend more per purchase at weekends? Average in-store (POS) payment in 2026, weekends vs weekdays in one row.',
      ),
    ).toBeNull();
  });
  it('the split alone is still answered', () => {
    expect(
      frameOf('Average in-store (POS) payment in 2026, weekends vs weekdays in one row.').dimensions,
    ).toEqual(['weekend']);
  });
});

describe('«торговых точек, получивших оплат на сумму больше X» is each merchant’s total, not single payments (unseen137)', () => {
  it.each([
    [
      'Сколько торговых точек в Караганде получили за 2025 год оплат по картам больше чем на 5 млн тенге?',
      'HAVING sum(transaction_amount_kzt) > 5000000',
    ],
    [
      'Сколько торговых точек в Алматы в 2026 году получили оплат по картам на сумму больше 10 млн тенге?',
      'HAVING sum(transaction_amount_kzt) > 10000000',
    ],
    [
      'Сколько мерчантов приняли платежей на сумму больше 3 млн тенге в ноябре 2026?',
      'HAVING sum(transaction_amount_kzt) > 3000000',
    ],
  ])('%s', (question, having) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(having);
    expect(sql).not.toMatch(/WHERE transaction_amount_kzt/);
  });
  it('payments of more than 50 000 counted per merchant are still single payments', () => {
    expect(
      sqlLineOf('Сколько мерчантов в Алматы приняли платежи больше 50 000 тенге в ноябре 2026?'),
    ).not.toContain('HAVING');
  });
});

describe('merchants named by their country ("went to shops abroad") are no breakdown by merchant (unseen137)', () => {
  it('"What percentage of online purchases (ECOM) in 2026 went to shops abroad?"', () => {
    const frame = frameOf('What percentage of online purchases (ECOM) in 2026 went to shops abroad?');
    expect(frame.dimensions).toEqual([]);
    expect(frame.share?.subset).toEqual([values('acquirer_country_iso', true, 'KAZ')]);
  });
  it('ranked merchants in a country are still a row each', () => {
    expect(frameOf('Топ-10 мерчантов в Турции по обороту в тенге').dimensions).toEqual(['merchant_id']);
  });
});

describe('every wallet listed in brackets after "by phone" restates it: one part, within each group (unseen137)', () => {
  it('«әр қаладағы POS төлемдерінің ішінде телефонмен (Apple Pay, Google Pay, Samsung Pay) жасалғандарының үлесі»', () => {
    const frame = frameOf(
      '2026 жылы әр қаладағы POS төлемдерінің ішінде телефонмен (Apple Pay, Google Pay, Samsung Pay) жасалғандарының үлесі.',
    );
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.share?.subset).toEqual([{ kind: 'presence', column: 'wallet_type', present: true }]);
    expect(
      frame.filters.some((f) => f.kind === 'presence' || (f.kind === 'values' && f.column === 'wallet_type')),
    ).toBe(false);
  });
});

describe('"Quick check: was the average … above X?" is a yes/no question about the figure, not a filter on payments (unseen138)', () => {
  it.each([
    'Quick check: was the average fuel ticket in October 2026 above 12 000 tenge?',
    'Hi, a quick check — is the average grocery payment over 5 000 tenge this year?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/^SELECT avg\(transaction_amount_kzt\)/);
    expect(sql).not.toContain('transaction_amount_kzt >');
  });
  it('a count after the lead-in is still the count', () => {
    expect(sqlLineOf('Quick check: how many ATM withdrawals were there yesterday?')).toMatch(
      /^SELECT count\(\*\)/,
    );
  });
});

describe('purchases defined in brackets (POS+ECOM, POS и ECOM) beside a weekend split "as two numbers": the split is the pair (unseen138)', () => {
  it.each([
    'Оборот покупок (POS+ECOM) в выходные и в будни за прошлый месяц, двумя числами.',
    'Оборот покупок (POS и ECOM) в выходные и в будни за прошлый месяц, двумя числами.',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['weekend']);
    expect(frame.sideBySide).toBe(true);
    expect(frame.filters).toContainEqual(values('transaction_type', false, 'POS', 'ECOM'));
  });
  it('two banks set side by side are still the pair', () => {
    expect(frameOf('Kaspi Bank и Halyk Bank: оборот за прошлый месяц, двумя числами.').dimensions).toEqual([
      'group_split',
    ]);
  });
});

describe('"What % of Kaspi cards\' grocery POS payments …" is a share of the payments, the cards only say whose (unseen138)', () => {
  it.each([
    "What % of Kaspi cards' grocery POS payments in October 2026 were made by QR?",
    'What share of Halyk card ECOM payments last month were abroad?',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toMatch(/^SELECT 100\.0 \* count\(\*\) FILTER/);
  });
  it('"what share of the cards that made a payment …" is still of the cards', () => {
    expect(
      sqlLineOf('What share of the cards that made any payment in November 2026 paid by phone?'),
    ).toContain('count(DISTINCT card_key)');
  });
});

describe('rows as said: weekday and hour in that order, the days of the month without a date per row (unseen139, unseen140)', () => {
  it('"Heatmap: transaction count by weekday and hour, last 28 days."', () => {
    expect(frameOf('Heatmap: transaction count by weekday and hour, last 28 days.').dimensions).toEqual([
      'weekday',
      'hour_of_day',
    ]);
  });
  it('"… by hour and weekday" keeps the hour first', () => {
    expect(frameOf('transaction count by hour and weekday, last 28 days').dimensions).toEqual([
      'hour_of_day',
      'weekday',
    ]);
  });
  it('"Bill payments by day of the month across 2026 — count per day, in day order."', () => {
    expect(
      frameOf('Bill payments by day of the month across 2026 — count per day, in day order.').dimensions,
    ).toEqual(['day_of_month']);
  });
});

describe('«… бойынша айналым және әр түрдің айналымдағы үлесі»: the amount and each group’s share in it (unseen140)', () => {
  it('the turnover is kept beside its share', () => {
    const sql = sqlLineOf(
      'Соңғы 30 күндегі операция түрлері бойынша айналым және әр түрдің айналымдағы үлесі.',
    );
    expect(sql).toMatch(/^SELECT transaction_type, sum\(transaction_amount_kzt\) AS total_amount, 100\.0/);
  });
});

describe('Russian sets the second thing against the first in the genitive: «Алматы тратит больше Астаны?» is one row, a column each (unseen137)', () => {
  it.each([
    '«Алматы тратит больше Астаны?» Сравните сумму покупок в магазинах и онлайн (POS и ECOM) за октябрь 2026.',
    'У Kaspi Bank в ноябре 2026 операций больше Halyk Bank?',
    'Оборот Шымкента за 2026 год больше Караганды?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['group_split']);
    expect(frame.sideBySide).toBe(true);
  });
  it('a number after "больше" is a threshold, no second city', () => {
    expect(frameOf('Оборот Шымкента в 2026 году больше 5 млн?').dimensions).toEqual([]);
  });
});

describe('«мерчантов, получивших оплат больше 100» counts each merchant’s payments; «больше 100 тыс.» is their money (attacker tries)', () => {
  it.each([
    ['Сколько мерчантов получили оплат больше 100 в ноябре 2026?', 'HAVING count(*) > 100'],
    [
      'Сколько мерчантов получили оплат больше 100 тыс. в ноябре 2026?',
      'HAVING sum(transaction_amount_kzt) > 100000',
    ],
  ])('%s', (question, having) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(having);
    expect(sql).not.toMatch(/WHERE transaction_amount_kzt/);
  });
  it('«Сколько человек в среднем тратят в кафе?» (how much a person spends) is asked back, not a count of cards', () => {
    expect(sqlLineOf('Сколько человек в среднем тратят в кафе?')).toBe('(clarify)');
  });
});

describe('«… на сумму больше 100 тыс.» is the payments’ amount, a filter; an English "how many" before a total still counts (unseen142)', () => {
  it.each([
    'Выручка по покупкам в Алматы на сумму больше 50 тыс. тенге за октябрь 2026',
    'Сумма переводов на общую сумму свыше 200 000 тенге в 2025 году',
    'Средний чек по операциям за рубежом на сумму больше 30 тыс.',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.threshold).toBeUndefined();
    expect(frame.filters).toContainEqual(expect.objectContaining({ kind: 'amount', op: '>' }));
  });
  it('«Средний чек у Halyk больше 5000 тенге?» stays a threshold on the figure', () => {
    expect(frameOf('Средний чек у Halyk больше 5000 тенге?').threshold).toMatchObject({
      op: '>',
      value: 5000,
    });
  });
  it.each([
    'Of the dollar payments last month, how many were over 500 dollars and what was their total in dollars?',
    'For ECOM purchases in 2026: how many exceeded 100,000 tenge, and what was their total?',
  ])('%s', (question) => {
    const fns = frameOf(question).measures.map((m) => m.fn);
    expect(fns).toContain('count');
    expect(fns).toContain('sum');
  });
});

describe('"which categories had the most (active) merchants": merchants counted, distinct, in each group asked (unseen141, unseen71)', () => {
  it.each([
    ['Which 2 banks had the most active merchants in Shymkent last month?', 'issuer_bank_name'],
    ['Which city has the fewest merchants with QR payments?', 'merchant_city'],
    ['В каких городах больше всего мерчантов за 2025 год?', 'merchant_city'],
  ])('%s', (question, group) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([group]);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
  });
  it('"the top 5 most active merchants in each city" still ranks merchants', () => {
    expect(frameOf('Top 5 most active merchants in each city').dimensions).toContain('merchant_id');
  });
});

describe('"Rank the cities by POS turnover growth" ranks by the change; "which cities accepted yuan payments" lists them (unseen141)', () => {
  it.each([
    'Sort the banks by ECOM turnover growth, Q2 2026 vs Q3 2026',
    'Rank categories by Kaspi POS count growth from October to November 2026',
  ])('%s', (question) => {
    expect(frameOf(question).rankByChange).toBe('change');
  });
  it.each([
    ['Which banks accepted dollar payments last month?', 'issuer_bank_name'],
    ['В каких городах принимали оплату в лирах в 2025 году?', 'merchant_city'],
    ['Қай қалаларда долларымен төлем қабылданды?', 'merchant_city'],
  ])('%s', (question, column) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([column]);
    expect(frame.listValues).toBe(true);
  });
});

describe('«против всего октября» is the whole month; «қанша түрлі дәріхана … төлем қабылдады» counts places; «… операцияларының әр қаладағы үлесі» is within each city (unseen141, unseen143)', () => {
  it('«всего» before a month’s name adds no total', () => {
    const fns = frameOf('Средний чек в кафе с 1 по 7 ноября 2026 против всего октября 2026').measures.map(
      (m) => m.fn,
    );
    expect(fns).toEqual(['avg']);
  });
  it.each([
    'Қазан айында қанша түрлі кафе төлем қабылдады?',
    '2026 жылы Алматыда қанша түрлі дәріхана төлем қабылдады?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
  });
  it('«QR операцияларының әр банктегі үлесі»: QR within each bank', () => {
    expect(sqlLineOf('QR операцияларының әр банктегі үлесі, 2026 жыл')).toContain(
      "count(*) FILTER (WHERE pos_entry_mode = 'QR_Code') / nullif(count(*), 0)",
    );
  });
  it('«Түнгі (00:00–05:59) ECOM операцияларының әр қаладағы үлесі»: the night within ECOM, as in Russian', () => {
    const sql = sqlLineOf('Түнгі (00:00–05:59) ECOM операцияларының әр қаладағы үлесі, 2026 жыл');
    expect(sql).toContain('FILTER (WHERE extract(hour FROM transaction_timestamp) >= 0');
    expect(sql).toContain("WHERE transaction_type = 'ECOM'");
  });
});

describe('"in each city, how many merchants made more than X": each merchant’s own total, the merchants that pass counted per group (unseen141, unseen136)', () => {
  it.each([
    'In each bank, how many merchants took more than 2 million tenge in 2025?',
    'How many merchants had ECOM turnover above 300,000 tenge last month, by category?',
    'Сколько мерчантов в каждом городе получили больше 3 млн тенге за октябрь 2026?',
    'Top 3 cities by number of merchants with turnover over 1 million',
    'In each bank, how many merchants had a 2025 turnover above 3 million?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.having).toMatchObject({ of: 'sum', op: '>', each: true });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
    const sql = sqlLineOf(question);
    expect(sql).toMatch(
      /GROUP BY \w+, merchant_id HAVING sum\(transaction_amount_kzt\) > \d+ \) AS passing GROUP BY \w+/,
    );
  });
  it('"which city has the fewest merchants with turnover over 1 million": the merchants’ condition, ranked', () => {
    const frame = frameOf('Which city has the fewest merchants with turnover over 1 million in 2025?');
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.having).toMatchObject({ each: true });
  });
  it('by month, the months in time order', () => {
    expect(sqlLineOf('How many merchants had turnover over 1 million each month of 2026?')).toMatch(
      /\) AS passing GROUP BY month ORDER BY month$/,
    );
  });
  it('"cities with turnover over 1 million: how many merchants" stays a condition on the cities', () => {
    expect(
      frameOrNull('Cities with turnover over 1 million tenge in 2025: number of merchants')?.having?.each,
    ).toBeUndefined();
  });
});

describe('a value said as what it is not ("foreign", "non-KZT") stands where a value may: extremes, counted nouns, group conditions (unseen147)', () => {
  it.each([
    ['Largest foreign payment in tenge for each country in 2025', 'max'],
    ['Smallest non-KZT payment per bank in 2025', 'min'],
    ['Largest payment abroad by bank in 2026', 'max'],
  ])('%s: the extreme of one payment in each group', (question, fn) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn }]);
    expect(frame.limit).toBeNull();
    expect(
      frame.filters.some((f) => f.kind === 'values' && f.column === 'transaction_currency' && !f.negated),
    ).toBe(false);
  });
  it.each([
    'Which banks had more than 400 foreign-currency payments in 2025, and how many did each have?',
    'Banks with more than 300 non-KZT payments in 2025',
  ])('%s: a number of payments, never an amount', (question) => {
    expect(frameOf(question).having).toMatchObject({ of: 'count', op: '>' });
  });
  it.each([
    'Банки, у которых зарубежный оборот в тенге за 2025 год превысил 20 млн',
    'Банки, у которых зарубежный оборот превысил 20 млн за 2025 год',
  ])('%s: the groups’ turnover, never one payment', (question) => {
    const frame = frameOf(question);
    expect(frame.having).toMatchObject({ of: 'sum', op: '>', value: 20_000_000 });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
    expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'transaction_currency')).toBe(false);
  });
});

describe('merchants named only to say where or what is sorted are no breakdown by merchant (unseen148)', () => {
  it.each([
    'could you please show the number of distinct merchants with transactions in each city for Q3 2026, sorted by the number of merchants from largest to smallest?',
    'cities sorted by the number of merchants in Q3 2026',
  ])('%s: "sorted by the number of merchants" is the order', (question) => {
    expect(frameOf(question).dimensions).toEqual(['merchant_city']);
  });
  it.each([
    '2025 жылы киім-кешек дүкендеріндегі орташа чекті қалалар бойынша кестемен көрсетіңіз.',
    '2025 жылы дәріхана дүкендеріндегі орташа чекті көрсетіңіз',
  ])('%s: «… дүкендеріндегі» (in the … stores) says where', (question) => {
    expect(frameOf(question).dimensions).not.toContain('merchant_id');
  });
});

describe('"which foreign country", «қай шет елде»; "its record turnover" — the groups asked for, ranked (unseen147, unseen145)', () => {
  it.each([
    '2026 жылы қай шет елде айналым теңгемен ең жоғары болды? Сомасымен көрсетіңіз.',
    'Which foreign country had the highest turnover in 2026?',
  ])('%s: the country with the largest turnover', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['acquirer_country_iso']);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.limit).toBe(1);
  });
  it.each([
    'On which day in November 2026 did Almaty have its record turnover?',
    'В какой день ноября 2026 был рекордный оборот в Алматы?',
    'Қай күні Алматыда рекордтық айналым болды 2026 жылғы қарашада?',
  ])('%s: the day with the largest turnover', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['day']);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.limit).toBe(1);
  });
  it('"record turnover" with no group asked for is asked back', () => {
    expect(frameOrNull('Record turnover in Almaty in 2026')).toBeNull();
  });
});

describe('an exclusion beside a column word says where when another column is asked with "which" (unseen145)', () => {
  it.each([
    'In the regions, all cities except Almaty and Astana, which spending category had the highest POS turnover in 2025?',
    'Which category had the highest POS turnover in 2025 in all cities except Almaty?',
    'Во всех городах, кроме Алматы, какая категория лидирует по обороту в 2025?',
  ])('%s: the categories ranked over the cities left', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['mcc_category']);
    expect(frame.filters).toContainEqual(expect.objectContaining({ column: 'merchant_city', negated: true }));
  });
  it('"Which cities except Almaty …" still ranks the cities', () => {
    expect(frameOf('Which cities except Almaty had the highest turnover in 2025?').dimensions).toEqual([
      'merchant_city',
    ]);
  });
});

describe('the whole country set beside a city is the whole’s figure beside the city’s, never dropped (unseen145)', () => {
  it.each([
    'How many distinct cards made transactions in Oskemen last month, and how many across the whole country?',
    'Turnover in Almaty and in the whole country last month',
    'Сколько карт было в Усть-Каменогорске в прошлом месяце и сколько по всей стране?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share).toMatchObject({ ofWhich: true });
    expect(frame.share?.subset).toContainEqual(expect.objectContaining({ column: 'merchant_city' }));
    expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'merchant_city')).toBe(false);
  });
  it('"Turnover in Almaty nationwide" contradicts itself: asked back', () => {
    expect(frameOrNull('Turnover in Almaty nationwide last month')).toBeNull();
  });
  it('a share of the whole country keeps its reading', () => {
    expect(
      frameOf('What share of turnover across the whole country came from Almaty in 2025?').share?.ofWhich,
    ).toBeUndefined();
  });
});

describe('"how many" again after "and", with no noun, asks the same count for the next value (unseen145, unseen147)', () => {
  it('"… in Almaty and how many in Astana? Side by side": the cards in each, no count of payments beside', () => {
    const frame = frameOf(
      'How many cardholders used Apple Pay in Almaty and how many in Astana during November 2026? Side by side, please.',
    );
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
  });
  it.each([
    'How many payments in Armenia and how many in Belarus in 2025?',
    'Сколько операций прошло в Армении и сколько в Беларуси за 2025–2026 годы?',
  ])('%s: a row for each value, not one count of both', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['acquirer_country_iso']);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it('"how many cards and how many transactions" still counts both', () => {
    expect(frameOf('How many cards and how many transactions in Almaty last month?').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'count' },
    ]);
  });
});

describe('«а также количество …» after a count is a figure of its own, not the count asked again (unseen41)', () => {
  it('go093', () => {
    expect(
      frameOf(
        'Сколько уникальных карт совершали операции в Шымкенте в октябре 2026 года, а также количество и общую сумму этих операций?',
      ).measures,
    ).toContainEqual({ fn: 'count' });
  });
});

describe('"what share of each city’s transactions were …": the part said after the groups’ own payments is within each (unseen145)', () => {
  it.each([
    ['What share of each city’s transactions in 2026 were in a foreign currency?', 'transaction_currency'],
    [
      'So far this year, what share of each city’s transactions happened at night, between 00:00 and 05:59?',
      'hour',
    ],
    ['What share of each bank’s payments were contactless in 2026?', 'pos_entry_mode'],
  ])('%s', (question, part) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('/ nullif(count(*), 0)');
    expect(sql).toContain(`FILTER (WHERE ${part === 'hour' ? 'extract(hour' : part}`);
  });
  it('"the share of each bank in contactless payments" is still their spread', () => {
    expect(sqlLineOf('What is the share of each bank in contactless payments in 2026?')).toContain(
      'sum(count(*)) OVER ()',
    );
  });
});

describe('a share whose part lists every value of the column in each group is 100 % by construction: asked back (unseen146)', () => {
  it.each([
    'For each bank: share of Apple Pay, Google Pay and Samsung Pay in its wallet payments in 2026',
    'Для каждого банка: доля Apple Pay, Google Pay и Samsung Pay в его платежах через кошельки за 2026 год',
  ])('%s', (question) => {
    expect(reasonOf(question)).not.toBe('sql');
  });
  it('one wallet’s share in each bank is still answered', () => {
    expect(sqlLineOf('For each bank: share of Apple Pay in its wallet payments in 2026')).toContain(
      "FILTER (WHERE wallet_type = 'Apple Pay')",
    );
  });
});

describe('the amount and each group’s share: the amount is never dropped for a word of the total or "in percent" (unseen148)', () => {
  it.each([
    'Соңғы 30 күнде банктер бойынша айналымды және әр банктің жалпы айналымдағы үлесін пайызбен, бір ондық таңбамен көрсетіп беріңізші, айналымның кемуі ретімен.',
    'Соңғы 30 күнде банктер бойынша айналым және әр банктің жалпы айналымдағы үлесі',
    'Оборот по банкам за последние 30 дней и доля каждого банка в процентах',
    'Turnover by bank in 2025 and each bank’s share in percent',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.share?.withMeasure).toBe(true);
  });
});

describe('"in descending order of growth", «по убыванию роста»: the groups ordered by their change (unseen148)', () => {
  it.each<[string, 'asc' | 'desc']>([
    ['Рост оборота по городам с 3 квартала 2025 на 3 квартал 2026, по убыванию роста', 'desc'],
    ['Turnover by city Q3 2025 vs Q3 2026, in descending order of growth', 'desc'],
    ['Turnover by city Q3 2025 vs Q3 2026, in ascending order of growth', 'asc'],
  ])('%s', (question, order) => {
    const frame = frameOf(question);
    expect(frame.rankByChange).toBe('change');
    expect(frame.order).toBe(order);
  });
});

describe('«на» and the merchants\' word in the accusative is "per merchant" («Средний оборот на торговую точку» was an average payment)', () => {
  it.each([
    'Средний оборот на торговую точку в Шымкенте за октябрь 2026',
    'Средний оборот на магазин одежды в Астане в этом году',
    'Оборот на одну торговую точку в Караганде за 2025 год',
  ])('%s: the turnover ÷ the distinct merchants', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'per_merchant', of: 'sum' }]);
  });
  it('«… в магазинах Алматы» still says where', () => {
    expect(frameOf('Средняя сумма покупки в магазинах Алматы за 2026').measures).toEqual([{ fn: 'avg' }]);
  });
});

describe('a bracket naming the amount of a condition just said is not a total beside it', () => {
  it.each([
    'Сколько карт платили в Грузии больше 300 лари за одну операцию (сумма в лари) в 2026?',
    'How many payments over 500 USD (amount in dollars) were there last month?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toHaveLength(1);
  });
});

describe('a number of per cent is never an amount of tenge ("Cities where the online share is above 20%" kept payments over 20 tenge)', () => {
  it.each([
    'Cities where the online share is above 20% in 2026',
    'В каких банках доля QR-платежей за 2026 год выше 15%?',
    'Payments above 35 percent of turnover last month',
  ])('%s is asked back', (question) => {
    const frame = frameOrNull(question);
    expect(frame?.filters.some((f) => f.kind === 'amount') ?? false).toBe(false);
    expect(frame).toBeNull();
  });
  it('a yes/no question keeps its share and its threshold', () => {
    expect(frameOf('Was the contactless share above 40% in October 2026?').threshold).toMatchObject({
      value: 40,
    });
  });
  it('"(%)" after an amount asks the answer in per cent', () => {
    const result = understandQuestion(
      'What share of transactions in Oct 2026 were over 50k? (%)',
      TEST_CONTEXT,
    );
    expect(result.kind === 'sql' && result.sql).toContain('transaction_amount_kzt > 50000');
  });
});

describe('"show all weekdays" beside a weekday breakdown is the whole week (it kept Monday to Friday)', () => {
  it.each([
    'Median payment by weekday in Q3 2026 — show all weekdays, highest first',
    'Which weekday had the most ECOM payments in 2026? Show all weekdays.',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.filters.some((f) => f.kind === 'weekday')).toBe(false);
    expect(frame.limit).toBeNull();
  });
  it('"on weekdays" is still Monday to Friday', () => {
    expect(frameOf('Average POS ticket on weekdays in 2025').filters).toContainEqual({
      kind: 'weekday',
      days: [1, 2, 3, 4, 5],
    });
  });
});

describe('"For each city, which weekday was the busiest?": the day or hour ranked within each group (it was the one busiest pair overall)', () => {
  it.each<[string, string]>([
    ['For each bank, which weekday had the most ECOM payments in 2026?', 'weekday'],
    ['the quietest hour of the day for each city in October 2026', 'hour_of_day'],
  ])('%s', (question, ranked) => {
    const frame = frameOf(question);
    expect(frame.rankedWithin).toBe(ranked);
    expect(frame.limit).toBe(1);
  });
});

describe('a part of the day with its hours may describe the payments counted ("more than 50 night-time (00:00–04:59) payments" was an amount of 50)', () => {
  it.each([
    'How many banks had more than 300 evening (18:00–23:59) payments in October 2026?',
    'Сколько городов, где было больше 20 ночных операций (с 01:00 до 04:59) за ноябрь 2026?',
  ])('%s', (question) => {
    const frame = frameOrNull(question);
    expect(frame?.filters.some((f) => f.kind === 'amount') ?? false).toBe(false);
  });
  it('"more than 40 night-time (00:00–04:59) payments" by merchant is a count kept per merchant', () => {
    const frame = frameOf('How many merchants took more than 40 night-time (00:00–04:59) payments in 2025?');
    expect(frame.having).toMatchObject({ of: 'count', op: '>', value: 40 });
  });
});

describe('"…, and how many across all banks?": every value of a column kept to one is the whole beside it (the bank\'s figure alone came back)', () => {
  it.each([
    'How many distinct cards did Kaspi Bank have in Shymkent in October 2026, and how many across all banks?',
    'Сколько операций по картам Халык Банка за ноябрь 2026 и сколько по всем банкам?',
  ])('%s: the whole and the part', (question) => {
    expect(frameOf(question).share?.ofWhich).toBe(true);
  });
  it.each([
    'What share of Jusan payments were contactless in 2026, and the same figure across all banks?',
    'Какая доля операций Каспи была через QR в 2026 году и какая доля всех банков?',
    'Turnover of Kaspi across all banks in 2026',
  ])('%s: asked back', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });
  it('"Halyk\'s share of turnover across all banks" is the share of the whole', () => {
    expect(frameOf("Halyk's share of turnover across all banks in 2026").share?.subset).toHaveLength(1);
  });
});

describe('a value said again after the share\'s verb is the whole\'s, not the part ("What % of money withdrawn from ATMs was withdrawn between 00:00 and 05:59?" made the ATM the part)', () => {
  it.each([
    'What percentage of all money withdrawn from ATMs in 2025 was withdrawn between 22:00 and 05:59?',
    'What percentage of ATM money in October 2026 was withdrawn between 01:00 and 04:59?',
  ])('%s: the hours are the part', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toEqual([expect.objectContaining({ kind: 'hours' })]);
    expect(frame.filters).toContainEqual(
      expect.objectContaining({ kind: 'values', values: ['ATM_WITHDRAWAL'] }),
    );
  });
});

describe('"sorted from highest share to lowest" is the order of every row (it was a ranking cut to the one highest)', () => {
  it.each<[string, string]>([
    ['Kaspi share of ECOM turnover in each city for 2026, sorted from highest share to lowest', 'desc'],
    ['Turnover and count by bank in 2026, from the lowest count to the highest', 'asc'],
  ])('%s', (question, order) => {
    const frame = frameOf(question);
    expect(frame.limit).toBeNull();
    expect(frame.order).toBe(order);
  });
});

describe('a condition on each group\'s turnover with the cards of a bank or a list of types between ("В каких категориях оборот покупок (POS+ECOM) … превысил 10 млн" filtered single payments)', () => {
  it.each([
    'В каких городах оборот покупок (POS+ECOM) за 2026 год превысил 50 млн тенге?',
    'В каких категориях оборот по картам Каспи Банка за 2025 год превысил 20 млн тенге?',
  ])("%s: each group's total", (question) => {
    const frame = frameOf(question);
    expect(frame.having).toMatchObject({ of: 'sum', op: '>' });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it("«Сколько мерчантов в каждом городе получили от карт Jusan больше 300 тыс. тенге?»: each merchant's total", () => {
    const frame = frameOf(
      'Сколько мерчантов в каждом городе получили от карт Jusan Bank больше 300 тыс. тенге за 2025 год?',
    );
    expect(frame.having).toMatchObject({ of: 'sum', each: true });
  });
});

describe('an English column phrase is plural by its last word ("Which transaction types grew the most" was cut to one row)', () => {
  it.each<[string, number]>([
    ['Which transaction types had the most payments in Q3 2026?', 10],
    ['Which entry modes grew the most in turnover from Q2 2026 to Q3 2026?', 10],
    ['Which transaction type had the most payments in Q3 2026?', 1],
  ])('%s', (question, limit) => {
    expect(frameOf(question).limit).toBe(limit);
  });
});

describe('"For Kaspi cards, what share of transactions …": the share of the payments it names, the cards say whose (it was a share of distinct cards)', () => {
  it.each([
    'For Halyk Bank cards, what share of transactions in October 2026 were ECOM?',
    'For Jusan cards, what share of payments last month were made between 18:00 and 23:59?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }]);
  });
  it('"What share of Kaspi cards paid contactless" is still a share of cards', () => {
    expect(frameOf('What share of Kaspi cards paid contactless in 2026?').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
});

describe('«доля операций по магнитной полосе в POS-операциях каждого банка»: «по» the means opens the part, within each bank (it was how Swipe payments spread over the banks)', () => {
  it.each([
    'Доля операций по QR в POS-операциях каждого города за 2026 год',
    'Доля операций по магнитной полосе в POS-операциях каждого банка за октябрь 2026',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toHaveLength(1);
    expect(frame.filters).toContainEqual(expect.objectContaining({ kind: 'values', values: ['POS'] }));
  });
});

describe("a condition restated in brackets before the part's noun («шетелдік эквайер (KAZ емес) арқылы өткен операциялардың үлесі» in each bank)", () => {
  it('is the part within each bank (it was how the foreign payments spread over the banks)', () => {
    const frame = frameOf(
      '2025 жылы әр қаладағы шетелдік эквайер (KAZ емес) арқылы өткен операциялардың үлесі қандай?',
    );
    expect(frame.share?.subset).toEqual([
      { kind: 'values', column: 'acquirer_country_iso', negated: true, values: ['KAZ'] },
    ]);
  });
});

describe('«у Jusan … доля в обороте POS» with groups: the value that has the share is the part within each group (it was how its payments spread over the groups)', () => {
  it.each([
    'В каких городах у Халыка самая большая доля в количестве ATM-снятий за 2026 год?',
    'Какая доля у Kaspi в обороте ECOM в каждом городе?',
    'По категориям: какая доля у Forte в POS-обороте',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toEqual([expect.objectContaining({ column: 'issuer_bank_name' })]);
    expect(frame.filters).not.toContainEqual(expect.objectContaining({ column: 'issuer_bank_name' }));
  });
  it('«у Kaspi в каждом городе доля онлайн-платежей» is the online part within Kaspi (the value after «у» is not taken when the part is said)', () => {
    expect(frameOf('У Kaspi в каждом городе доля онлайн-платежей').share?.subset).toEqual([
      expect.objectContaining({ column: 'transaction_type', values: ['ECOM'] }),
    ]);
  });
});

describe("«в каждом городе доля …»: each group after «в» is where the share is taken, not the groups' share (it was the spread)", () => {
  it.each(['В каждом городе доля онлайн-платежей у Kaspi', 'В каждом банке доля бесконтактных POS-платежей'])(
    '%s',
    (question) => {
      expect(frameOf(question).share?.subset).toHaveLength(1);
    },
  );
});

describe('"count + distinct cards": a plus with spaces lists two figures, as "and" does (the count was dropped)', () => {
  it.each([
    ['grocery txns in Taraz 2026 - count + distinct cards', 2],
    ['кол-во операций + уникальные карты по банкам', 2],
    ['ECOM in Almaty: number of transactions + unique cards', 2],
    ['unique cards + transactions by bank', 2],
  ])('%s', (question, n) => {
    const measures = frameOf(question).measures;
    expect(measures).toHaveLength(n);
    expect(measures).toContainEqual({ fn: 'count' });
    expect(measures).toContainEqual({ fn: 'count_distinct', column: 'card_key' });
  });
  it('distinct cards that no pass counts are asked back, not dropped', () => {
    expect(frameOrNull('in Almaty, what were transactions + distinct cards per bank')).toBeNull();
  });
});

describe('"top 3 … with the lowest turnover", «…просели сильнее всего? топ 3»: a superlative says which end a plain "top" counts from (it ranked the highest)', () => {
  it.each([
    ['top 3 categories with the lowest turnover in 2026', 'asc'],
    ['топ-5 городов с наименьшим количеством операций', 'asc'],
    ['Какие категории упали сильнее всего по количеству с августа на сентябрь 2026? топ 5', 'asc'],
    ['top 5 cities with the most transactions', 'desc'],
    ['bottom 3 banks by turnover', 'asc'],
  ])('%s', (question, direction) => {
    expect(sqlLineOf(question)).toMatch(
      new RegExp(`ORDER BY \\w+ ${direction.toUpperCase()}( NULLS LAST)? LIMIT \\d$`),
    );
  });
});

describe('"Quartiles …: the 25th percentile, the median and the 75th percentile": the median is the 50th percentile, one column (it was shown twice)', () => {
  it.each([
    'Quartiles of grocery payment amounts in 2026: the 25th percentile, the median and the 75th percentile',
    'Квартили суммы покупок в Астане: 25-й перцентиль, медиана и 75-й перцентиль',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([
      { fn: 'percentile', p: 0.25 },
      { fn: 'percentile', p: 0.5 },
      { fn: 'percentile', p: 0.75 },
    ]);
  });
});

describe('"transactions per card and turnover per card": each item with its own "per card" is a ratio of its own (the first was dropped)', () => {
  it.each([
    ['By bank in 2026: payments per card and spend per card', ['count', 'sum']],
    ['turnover per card and transactions per card by city', ['sum', 'count']],
  ])('%s', (question, ofs) => {
    expect(frameOf(question).measures).toEqual(ofs.map((of) => ({ fn: 'per_card', of })));
  });
});

describe('a yes/no question after a lead-in of when or where and a comma ("Over the last 90 days, was the average … above 10,000 tenge?"): the number is the figure\'s threshold (it filtered payments over 10 000)', () => {
  it.each([
    ['Over the last 30 days, was the average Google Pay payment above 8,000 tenge?', 8000],
    ['In the second half of 2025, was the median fuel payment below 12,000 tenge?', 12000],
    ['In Astana, did grocery turnover exceed 40 million in October 2026?', 40_000_000],
  ])('%s', (question, value) => {
    const frame = frameOf(question);
    expect(frame.threshold?.value).toBe(value);
    expect(frame.filters).not.toContainEqual(expect.objectContaining({ kind: 'amount' }));
  });
});

describe('«… 20 000 теңгеден жоғары болды ма?»: «болды» between the comparison and the particle (it filtered payments over 20 000)', () => {
  it.each([
    '2026 жылы Алматыдағы орташа чек 10 мың теңгеден төмен болды ма?',
    'Өткен айда POS төлемдерінің медианалық сомасы 7 000 теңгеден жоғары болды ма?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.threshold).toBeDefined();
    expect(frame.filters).not.toContainEqual(expect.objectContaining({ kind: 'amount' }));
  });
});

describe('a number with an ordinal ending is never the threshold of a comparison ("busier than the 15th", «90-й перцентиль … 80 000 ₸»)', () => {
  it('"was the 1st busier than the 15th" is not a threshold of 15', () => {
    expect(
      frameOrNull('In 2025, was the 1st of the month busier than the 15th? Give the counts.')?.threshold,
    ).toBeUndefined();
  });
  it('«Превышает ли 90-й перцентиль … 80 000 ₸» takes 80 000', () => {
    expect(
      frameOf('Превышает ли 90-й перцентиль суммы покупок Halyk 60 000 ₸ за 2026 год?').threshold?.value,
    ).toBe(60000);
  });
});

describe('a yes/no question\'s "more than 700 (active) merchants": the merchants are counted, the number their threshold (it filtered payments over 700 tenge)', () => {
  it.each([
    'Правда ли, что в сентябре 2026 года в Шымкенте было больше 400 активных мерчантов?',
    'Were there more than 300 active merchants in Taraz last month?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.threshold?.unit).toBe('count');
    expect(frame.filters).not.toContainEqual(expect.objectContaining({ kind: 'amount' }));
  });
});

describe('«Превысила ли сумма операций в долларах … 50 000 долларов?»: a verb-first threshold in a foreign currency is on the amount in that currency (it was the tenge amount)', () => {
  it.each([
    'Превысила ли сумма операций в долларах за 2026 год 40 000 долларов?',
    'Превысил ли оборот в юанях за октябрь 2026 года 100 000 юаней?',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain('sum(original_amount)');
  });
});

describe('a condition on each group\'s total with only a noun of payments named ("cities where ATM withdrawals … added up to more than 3 million"): the groups show that total (they showed a count of the withdrawals)', () => {
  it.each([
    'Are there any banks where ECOM purchases in October 2026 added up to more than 20 million tenge?',
    'Which cities had ATM withdrawals of more than 3 million tenge in total in November 2026?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'sum' }]);
  });
});

describe('«у которых оборот … за третий квартал 2026 года превысил 30 млн»: the ordinal of a period between the turnover and its condition (it filtered payments over 30 million each)', () => {
  it.each([
    'Есть ли банки, у которых оборот по онлайн-покупкам за третий квартал 2026 года превысил 30 млн тенге?',
    'Города, у которых оборот за второй квартал 2026 года превысил 50 млн',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.having).toEqual(expect.objectContaining({ of: 'sum', op: '>' }));
    expect(frame.filters).not.toContainEqual(expect.objectContaining({ kind: 'amount' }));
  });
});

describe('"Which cities grew …? Only the ones that grew": the sign\'s verb said again asks for no change column (both periods alone, as said once)', () => {
  it.each([
    'Which banks grew ECOM turnover from Q1 2026 to Q2 2026? Only the ones that grew.',
    'Какие города упали по обороту с августа на сентябрь 2026? Только те, что упали.',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('HAVING');
    expect(sql).not.toContain('change_pct');
  });
  it('"…, only those that grew, with the growth in %" still shows the change', () => {
    expect(
      sqlLineOf(
        'Which banks grew ECOM turnover from Q1 2026 to Q2 2026? Only those that grew, with the growth in %.',
      ),
    ).toContain('change_pct');
  });
});

describe('"For each city, the category with the highest turnover": the column word the superlative describes is ranked within each group (it was the one top pair overall)', () => {
  it.each([
    ['For each city, the category with the highest turnover in November 2026', 'mcc_category'],
    ['For each bank, the city with the most transactions in 2026', 'merchant_city'],
  ])('%s', (question, dimension) => {
    expect(frameOf(question).rankedWithin).toBe(dimension);
  });
});

describe('"X, Y and Z …: turnover for each", «… оборот по каждому»: "each" with nothing after it is a row for each listed value (it was one total over them)', () => {
  it.each([
    ['Kaspi, Halyk and Jusan in 2026: turnover for each', 'issuer_bank_name'],
    ['Такси, АЗС и аптеки за октябрь 2026: количество операций по каждому', 'mcc_category'],
    ['Almaty, Astana and Shymkent last month - count and average check for each.', 'merchant_city'],
  ])('%s', (question, dimension) => {
    expect(frameOf(question).dimensions).toEqual([dimension]);
  });
  it('"… vs …: total for each, side by side" stays a column each', () => {
    expect(frameOf('Kaspi vs Halyk in 2026: total for each, side by side').dimensions).not.toContain(
      'issuer_bank_name',
    );
  });
});

describe("«қай санаттарда 15-тен аз мерчант …»: a bare number before the merchants, the groups before it, is a condition on each group's count of merchants, shown (it filtered payments under 15 tenge)", () => {
  it.each([
    ['2026 жылы Астанада қай санаттарда 20-дан аз мерчант төлем қабылдады?', '<', 20],
    ['Қай қалаларда 100-ден көп мерчант болды?', '>', 100],
  ])('%s', (question, op, value) => {
    const frame = frameOf(question);
    expect(frame.having).toEqual(expect.objectContaining({ of: 'merchants', op, value }));
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
    expect(frame.filters).not.toContainEqual(expect.objectContaining({ kind: 'amount' }));
  });
});

describe('"turnover by bank and month", «по банкам и месяцам»: the rows go by the groups first, then by the period, as the breakdown is said (they always went by the period first)', () => {
  it.each([
    ['turnover by city and month for Q3 2026', /ORDER BY merchant_city, month$/],
    ['количество операций по банкам и кварталам за 2025 год', /ORDER BY issuer_bank_name, quarter$/],
    ['Distinct cards per category per month, 2026.', /ORDER BY mcc_category, month$/],
    ['turnover by month and city for Q3 2026', /ORDER BY month, merchant_city$/],
    ['daily turnover for each bank last week', /ORDER BY day, issuer_bank_name$/],
    [
      'Entry mode mix of POS payments by quarter in 2026: count per quarter and entry mode',
      /ORDER BY quarter, pos_entry_mode$/,
    ],
  ])('%s', (question, order) => {
    expect(sqlLineOf(question)).toMatch(order);
  });
});

describe('«Правда ли, что больше всего … приходится на 20 часов?»: a clock hour after «на» / «в» / "at" with its unit is the hour asked about, every hour shown (it was a top 20)', () => {
  it.each([
    'Правда ли, что больше всего платежей в Алматы приходится на 18 часов?',
    'Верно ли, что больше всего снятий наличных было в 12 часов за 2026 год?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['hour_of_day']);
    expect(frame.limit).toBeNull();
  });
});

describe('«жексенбідегі операциялар саны сенбідегіден аз болды ма?»: a weekday in the ablative before the comparator sets the two days against each other, a column each (it was a row per day)', () => {
  it.each([
    'Биыл жексенбідегі операциялар саны сенбідегіден аз болды ма?',
    '2026 жылы дүйсенбідегі айналым жұмадағыдан көп болды ма?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('FILTER (WHERE extract(isodow FROM transaction_timestamp) =');
    expect(sql).not.toContain('GROUP BY');
  });
});

describe('«… сағат бойынша бөлінісі: әр сағаттың үлесі» / "each day\'s share": each hour or day of the cycle owns its share of the whole (the payments became the part within each hour)', () => {
  it.each([
    '2026 жылы POS төлемдерінің сағат бойынша бөлінісі: әр сағаттың үлесі пайызбен',
    "Turnover by day of the month for 2026, with each day's share of the year's total.",
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toEqual([]);
  });
  it('"Turnover by day of the month …, with each day\'s share" shows the turnover beside it', () => {
    expect(
      frameOf("Turnover by day of the month for 2026, with each day's share of the year's total.").share
        ?.withMeasure,
    ).toBe(true);
  });
});

describe('"the percentage of payments in each band, bands as columns": bands asked as columns with a share spread over them are asked back (they came as rows, the request dropped)', () => {
  it('is asked back', () => {
    expect(
      reasonOf(
        'How did POS payments in 2026 split across amount bands (under 5,000, 5,000-20,000 and over 20,000 tenge)? The percentage in each band, bands as columns.',
      ),
    ).not.toBe('sql');
  });
  it('the counts of bands as columns are still laid out so', () => {
    expect(
      sqlLineOf(
        'Count of POS payments in 2026 in bands under 5,000, 5,000-20,000 and over 20,000 tenge, bands as columns',
      ),
    ).toContain('FILTER (WHERE transaction_amount_kzt < 5000)');
  });
});

describe('"Did ATM withdrawals drop …?", "Did turnover fall in November …?": after an auxiliary the verbs of a change are the change (drop was refused as the SQL action, fall read as autumn, a third period)', () => {
  it.each([
    'Did cash withdrawals drop yesterday compared with the day before?',
    'Did Halyk turnover fall in November 2026 compared with October 2026?',
    'Did the number of QR payments dip last month compared with the month before?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.compare).toBeTruthy();
    expect(sqlLineOf(question)).not.toContain("-09-01'");
  });
  it('"in the fall" after an auxiliary is still the season', () => {
    expect(sqlLineOf('Did Kaspi turnover in the fall of 2025 exceed 1 billion tenge?')).toContain(
      "'2025-09-01'",
    );
  });
  it('"decline more transactions" (an object after the verb) is a declined payment, not answered', () => {
    expect(frameOrNull('Did Halyk decline more transactions than Kaspi last month?')).toBeNull();
  });
});

describe('"yesterday vs the day before": "day before" ending its clause is the day before the other (it was not understood); "7 March, the day before the holiday" describes the day', () => {
  it('the day before yesterday is compared', () => {
    const sql = sqlLineOf('POS turnover yesterday vs the day before');
    expect(sql).toContain('(current_date - 2)::timestamptz');
    expect(sql).toContain('(current_date - 1)::timestamptz');
  });
  it('a day described so stays one day', () => {
    const frame = frameOf('How many payments were there on 7 March 2026, the day before the holiday?');
    expect(frame.compare).toBeFalsy();
    expect(frame.time).toBeTruthy();
  });
});

describe("«Медиана переводов за 2026 год больше 15 000 тенге?»: a question that opens with its figure and ends with a question mark is asked yes or no — the number is the figure's threshold, not a filter on payments (the payments named, a period between)", () => {
  it.each([
    'Медиана исходящих P2P-переводов за 2026 год больше 15 000 тенге?',
    'Средний чек покупок Kaspi в Алматы за ноябрь выше 9000 тенге?',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).not.toMatch(/transaction_amount_kzt [<>]/);
  });
  it('without the question mark it stays a filter on the payments', () => {
    expect(sqlLineOf('Средний чек покупок Kaspi в Алматы за ноябрь выше 9000 тенге')).toContain(
      'transaction_amount_kzt > 9000',
    );
  });
  it('«Сколько операций за ноябрь больше 10000 тенге?» still counts the payments over it', () => {
    expect(sqlLineOf('Сколько операций за ноябрь больше 10000 тенге?')).toContain(
      'transaction_amount_kzt > 10000',
    );
  });
});

describe('"Almaty, last month: was the average check above 5,000 tenge?": a yes/no question after a lead-in of where and when in a clause of its own (it was asked back)', () => {
  it('is the figure with its threshold', () => {
    const sql = sqlLineOf('Astana, last quarter: was the average check above 7000 tenge?');
    expect(sql).toContain('avg(transaction_amount_kzt)');
    expect(sql).not.toContain('transaction_amount_kzt > 7000');
  });
});

describe('"How many merchants processed more than 1 million tenge?", «50-ден көп операция қабылдаған қанша мерчант», «айналымы 500 мың теңгеден асқан мерчанттар саны» in each city: the condition is on each merchant\'s own total or count (it filtered single payments, or kept the cities whose total passed)', () => {
  it.each([
    ['How many merchants processed more than 2 million tenge in October 2026?', 'sum'],
    ['Сколько мерчантов провели больше 2 млн тенге в октябре 2026?', 'sum'],
    ['2026 жылғы қыркүйекте 80-нен көп операция қабылдаған қанша мерчант болды?', 'count'],
    ['2026 жылғы қыркүйекте 2 млн теңгеден көп айналым жасаған қанша мерчант болды?', 'sum'],
  ])('%s', (question, of) => {
    const frame = frameOf(question);
    expect(frame.having?.of).toBe(of);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('in each city, the merchants passing are counted within it', () => {
    const frame = frameOf('2026 жылғы қыркүйекте әр қалада айналымы 700 мың теңгеден асқан мерчанттар саны');
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.having?.each).toBe(true);
  });
  it('«… асқан банктер: банк және саны» — the column listed again after a colon is no restatement of the groups', () => {
    const frame = frameOf('2025 жылы ақша шешу саны 3000-нан асқан банктер: банк және саны');
    expect(frame.having).toMatchObject({ of: 'count', value: 3000 });
  });
});

describe('"List the distinct MCC codes under Travel", "distinct wallet_type values": listed, not counted (it gave their number)', () => {
  it.each([
    ['List the distinct MCC codes in the Pharmacies & Health category', 'merchant_mcc'],
    ['distinct pos_entry_mode values in 2026', 'pos_entry_mode'],
    ['Перечисли уникальные MCC в категории Pharmacies & Health', 'merchant_mcc'],
  ])('%s', (question, column) => {
    const frame = frameOf(question);
    expect(frame.listValues).toBe(true);
    expect(frame.dimensions).toEqual([column]);
  });
  it('"how many distinct MCC codes" still counts them', () => {
    expect(frameOf('How many distinct MCC codes are there in Pharmacies & Health?').measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_mcc' },
    ]);
  });
});

describe('"Number and total of transactions …": the noun after the last item is both items\' — the total beside the number is the amount (it was dropped as a second count)', () => {
  it.each([
    'Number and total of transactions between 10,000 and 50,000 tenge in October 2026',
    'number and total of payments over 1 million tenge last month',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }, { fn: 'sum' }]);
  });
});

describe('"the single biggest purchase in an electronics shop", «… дүкендеріндегі ең ірі сатып алу»: a superlative of one payment ranks payments — the shops of a kind say where (it ranked the merchants by their largest payment)', () => {
  it.each([
    'What was the largest payment in a pharmacy store in 2026?',
    'Жыл басынан бері электроника дүкендеріндегі ең ірі сатып алу қанша болды?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([]);
    expect(frame.measures).toEqual([{ fn: 'max' }]);
  });
  it('"Which electronics shop had the biggest purchase?" still ranks the shops', () => {
    expect(frameOf('Which electronics shop had the biggest purchase in 2026?').dimensions).toEqual([
      'merchant_id',
    ]);
  });
});

describe('"How many different people paid …", «сколько разных людей»: the people are the distinct cards (the count was of payments)', () => {
  it.each([
    'How many different people paid with Google Pay last month?',
    'Сколько разных людей платили через Samsung Pay в 2026?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
  });
});

describe('"Which bank had the most ATM withdrawals per card?": in a ranking with nothing measured yet, the payments named are divided by the cards (the ratio was dropped and the plain count ranked)', () => {
  it.each([
    'Which city had the most cash withdrawals per card in 2025?',
    'Which bank had the most ATM withdrawals per card last month?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'per_card', of: 'count' }]);
  });
});

describe('"… compared with November 2025? Give the change in %.": the change asked in a request of its own after the comparison comes with both periods (it was the change alone)', () => {
  it.each([
    'Online spend in October 2026 compared with October 2025. Give the change in %.',
    'How much did Halyk cards spend in Q3 2026 compared with Q3 2025? Show the change in %.',
  ])('%s', (question) => {
    expect(frameOf(question).compare?.output).toBeUndefined();
  });
  it('"… By how many percent did it change?" is still the change alone', () => {
    expect(
      frameOf('Online spend in October 2026 compared with October 2025. By how many percent did it change?')
        .compare?.output,
    ).toBe('change');
  });
});

describe('«теңгедегі операциялар мен валюталық операциялар», "tenge payments and foreign-currency payments": the noun of the payments after the tenge still sets the tenge against the foreign currencies (it kept the foreign side only)', () => {
  it.each([
    '2026 жылғы қыркүйек: теңгедегі операциялар мен валюталық операциялар саны',
    'tenge payments and foreign currency payments in Q3 2026: count of each',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.split?.column).toBe('transaction_currency');
    expect(frame.filters).toEqual([]);
  });
});

describe('«Только категории, где их больше четырёх»: a condition on "them", the things counted, is not each group\'s total (it was HAVING sum > 4) — asked back', () => {
  it.each([
    'Сколько разных MCC в каждой категории? Только категории, где их больше пяти',
    'Сколько операций в каждом городе? Только города, где их больше 2000',
  ])('%s', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });
});

describe('«Оборот покупок POS+ECOM … в сравнении с тем же периодом прошлого года»: values joined by a plus are one set of payments, never set against each other (they were a row per type)', () => {
  it('one row, both types in the filter', () => {
    const frame = frameOf('Оборот POS+ECOM с начала года в сравнении с тем же периодом прошлого года');
    expect(frame.dimensions).toEqual([]);
    expect(frame.filters).toContainEqual(
      expect.objectContaining({ column: 'transaction_type', values: ['POS', 'ECOM'] }),
    );
  });
  it('"POS vs ECOM …, YTD vs the same period last year" still sets them against each other', () => {
    expect(frameOf('POS vs ECOM turnover, year to date vs the same period last year').dimensions).toEqual([
      'transaction_type',
    ]);
  });
});

describe('"from Kazakhstani cards", «казахстанские карты»: the home country before a word of cards is where they were issued, not a filter on the acquirer (it split domestic from foreign, or added Kazakhstan to the countries)', () => {
  it('"Which foreign country took the most money from Kazakhstani cards?" ranks the foreign countries', () => {
    const frame = frameOf('Which foreign country received the most money from Kazakhstani cards in 2025?');
    expect(frame.split).toBeUndefined();
    expect(frame.dimensions).toEqual(['acquirer_country_iso']);
  });
  it('"How much did Kazakhstani cards spend in Georgia" is Georgia alone', () => {
    expect(frameOf('How much did Kazakhstani cards spend in Georgia in 2025?').filters).toEqual([
      expect.objectContaining({ column: 'acquirer_country_iso', values: ['GEO'] }),
    ]);
  });
});

describe('"Distinct values of transaction_type?", «… төлеген адамдар саны»: read, not asked back', () => {
  it('"distinct values of" a column lists them', () => {
    const frame = frameOf('Distinct values of pos_entry_mode?');
    expect(frame.listValues).toBe(true);
    expect(frame.dimensions).toEqual(['pos_entry_mode']);
  });
  it('«адамдар саны» counts the distinct cards', () => {
    expect(frameOf('2026 жылы Google Pay-мен төлеген адамдар саны').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
});

describe('"the 25th percentile, the median and the 75th", «25-й перцентиль, медиана и 75-й»: a later ordinal with its percentile word left out is a percentile too (it was not understood)', () => {
  it.each([
    'ATM withdrawal amounts in 2025, quartiles: the 25th percentile, the median and the 75th',
    'Квартили суммы P2P_OUT за 2026: 25-й перцентиль, медиана и 75-й',
  ])('%s', (question) => {
    const ps = frameOf(question)
      .measures.flatMap((m) => (m.fn === 'percentile' ? [m.p] : m.fn === 'median' ? [0.5] : []))
      .sort();
    expect(ps).toEqual([0.25, 0.5, 0.75]);
  });
});

describe('"active cards, number of transactions, and transactions per card": the payments counted before a per-card item are an ask of their own (the count was dropped)', () => {
  it.each([
    'For March 2026: distinct cards, number of payments and payments per card',
    'number of transactions and transactions per card in October 2026',
    'Число операций и число операций на одну карту за октябрь 2026',
  ])('%s', (question) => {
    const measures = frameOf(question).measures;
    expect(measures).toContainEqual({ fn: 'count' });
    expect(measures).toContainEqual({ fn: 'per_card', of: 'count' });
  });
  it('«бірегей карталар саны және бір картаға келетін орташа операция саны» counts the cards, not the payments', () => {
    expect(
      frameOf('Өткен айда бірегей карталар саны және бір картаға келетін орташа операция саны').measures,
    ).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'per_card', of: 'count' },
    ]);
  });
  it('«Сколько покупок (POS+ECOM) в среднем на одну карту» is the ratio alone', () => {
    expect(
      frameOf('Сколько покупок (POS+ECOM) в среднем приходится на одну карту в 2026 году?').measures,
    ).toEqual([{ fn: 'per_card', of: 'count' }]);
  });
});

describe('a number of payments said of each group with values between, or Kazakh "those" after the comparison, is a condition on the group (it filtered payments over that many tenge)', () => {
  it.each([
    'Банки, где покупок через Apple Pay в 2026 году было больше 800',
    'Банки, где покупок через Apple Pay больше 800 в 2026 году',
    'Қалалар бойынша ECOM операциялар саны, тек 800-ден көп болғандары, 2026 жыл',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.having).toEqual(expect.objectContaining({ of: 'count', value: 800 }));
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('«тек 5 млн теңгеден көп болғандары» after a turnover is each group’s total', () => {
    expect(frameOf('Банктер бойынша айналым, тек 5 млн теңгеден көп болғандары, 2026 жыл').having).toEqual(
      expect.objectContaining({ of: 'sum', value: 5_000_000 }),
    );
  });
});

describe('"how many …, and how many …" with conditions of its own: the same figure of other payments, never one figure under both clauses (yuan AND foreign, the cities added up, a sum for "in total")', () => {
  it.each([
    'How many payments were made in Shymkent in October 2026 and how many in Taraz?',
    'Сколько покупок было в Шымкенте в октябре 2026 и сколько в Таразе?',
  ])('values of one column in each clause are a row each: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it.each([
    ['How many distinct cards paid in euros in 2026, and how many in any foreign currency?', 'EUR'],
    ['How many cards paid with QR in November 2026, and how many in total?', 'QR_Code'],
    ['2026 жылғы қарашада QR арқылы қанша карта төледі және барлығы қанша карта белсенді болды?', 'QR_Code'],
    ['How many cards paid in foreign currency in 2026, and how many of them in euros?', 'EUR'],
    ['Сколько карт платили в валюте в 2026 году, и сколько из них в евро?', 'EUR'],
  ])('the whole beside the part: %s', (question, part) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    expect(frame.share?.ofWhich).toBe(true);
    expect(frame.share?.subset).toEqual([expect.objectContaining({ values: [part] })]);
  });
  it('conditions of another column are asked back', () => {
    expect(
      frameOrNull('How many cards paid with Apple Pay in 2026, and how many with Halyk cards?'),
    ).toBeNull();
    expect(reasonOf('How many cards paid with Apple Pay in 2026, and how many with Halyk cards?')).not.toBe(
      'sql',
    );
  });
  it('another noun counted after it is a second measure, as before', () => {
    expect(
      frameOf('How many cards paid by QR in November 2026, and how many QR payments were there?').measures,
    ).toEqual([{ fn: 'count_distinct', column: 'card_key' }, { fn: 'count' }]);
  });
});

describe('«… и сколько из них …», «в т.ч. … — двумя числами»: of which inside one question, not a follow-up of an earlier answer nor a comparison missing its side', () => {
  it.each([
    'Сколько операций было в ноябре 2026 и сколько из них онлайн (ECOM)? Двумя числами.',
    'Сколько операций было в ноябре 2026, из них ECOM?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.ofWhich).toBe(true);
    expect(frame.compare).toBeFalsy();
  });
  it('«Из них сколько в Алматы?» opening a question still points back', () => {
    expect(frameOrNull('Из них сколько в Алматы?')).toBeNull();
  });
});

describe('"of which" figures in the unit asked ("in millions of tenge" was dropped for the whole and the part)', () => {
  it('«Оборот за ноябрь 2026 и в т.ч. бесконтактные, в млн тенге»', () => {
    const sql = sqlLineOf('Оборот за ноябрь 2026 и в т.ч. бесконтактные, в млн тенге');
    expect(sql.match(/transaction_amount_kzt \/ 1000000\.0/g)?.length).toBe(2);
    expect(sql).toContain('_of_which');
  });
});

describe('«Сколько заправок … и на какую сумму?»: "how many" before an amount asked apart after "and" is a count, whatever its noun (it was the amount alone)', () => {
  it.each([
    'Сколько заправок было в Алматы в ноябре 2026 и на какую сумму?',
    'Сколько поездок на такси было в Астане в октябре 2026 и на какую сумму?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }, { fn: 'sum' }]);
  });
});

describe('"… + difference": a plus before the difference adds it to the two figures (it was the difference alone)', () => {
  it.each([
    'Количество операций Kaspi и Halyk за октябрь 2026 + разница',
    'ECOM turnover Shymkent and Taraz, October 2026, one row + difference',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('_difference');
    expect(sql.split(' AS ').length - 1).toBe(3);
  });
});

describe('"Total euros paid …": a total of money counted in a currency’s own word is that currency’s amount (it was summed in tenge)', () => {
  it.each(['Total euros paid at restaurants in 2026', 'total dollars by month in 2026'])('%s', (question) => {
    expect(frameOf(question).amountIn).toBe('original');
  });
  it.each(['Total EUR payments in 2026', 'Total euro transactions in 2026'])(
    '%s stays in tenge',
    (question) => {
      expect(frameOf(question).amountIn).toBeUndefined();
    },
  );
});

describe('"Rank foreign currencies by …", "Foreign acquirer countries …: … for each": the exclusion that names its column is the rows too (it was one figure over all of them)', () => {
  it.each([
    ['Rank foreign currencies by number of payments in 2026', 'transaction_currency'],
    ['Foreign currencies in November 2026: count and turnover for each', 'transaction_currency'],
    [
      'Foreign acquirer countries in 2026: number of payments and distinct cards for each',
      'acquirer_country_iso',
    ],
  ])('%s', (question, column) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([column]);
    expect(frame.filters).toEqual([expect.objectContaining({ column, negated: true })]);
  });
  it('"Foreign currencies in 2026: turnover" stays one figure', () => {
    expect(frameOf('Foreign currencies in 2026: turnover').dimensions).toEqual([]);
  });
});

describe('"by growth in tenge turnover", «өсімі бойынша кему ретімен»: ranked by the change in % (the tenge is the turnover’s unit; Kazakh says «бойынша» after)', () => {
  it('"Rank banks by growth in tenge turnover from Q2 2026 to Q3 2026, with both quarters and the change in %"', () => {
    const sql = sqlLineOf(
      'Rank banks by growth in tenge turnover from Q2 2026 to Q3 2026, with both quarters and the change in %',
    );
    expect(sql).toContain('ORDER BY change_pct DESC');
    expect(sql).not.toContain('_difference');
  });
  it.each([
    [
      'Банктер бойынша 2026 жылғы 2-тоқсан мен 3-тоқсандағы айналым, пайыздық өзгерісі, өсімі бойынша кему ретімен',
      'DESC',
    ],
    [
      'Банктер бойынша 2026 жылғы 2-тоқсан мен 3-тоқсандағы айналым, пайыздық өзгерісі, өсімі бойынша өсу ретімен',
      'ASC',
    ],
  ])('%s', (question, order) => {
    expect(sqlLineOf(question)).toContain(`ORDER BY change_pct ${order}`);
  });
});

describe('«позапрошлая неделя против прошлой»: a bare «прошлой» after a word of comparison and the unit before last is the last one (it was the one before that)', () => {
  it.each([
    'Количество операций: позапрошлая неделя против прошлой',
    'ECOM-оборот, позапрошлый месяц vs прошлый',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/_last_(week|month)/);
    expect(sql).not.toMatch(/_3_(weeks|months)_ago/);
  });
});

describe('"how many different ATMs", «сколько разных банкоматов», «қанша түрлі банкомат»: the machines are counted, as distinct merchants (it counted the withdrawals)', () => {
  it.each([
    'How many different ATMs were used in Shymkent in November 2026?',
    'Сколько разных банкоматов использовали в Таразе за 2026 год?',
    'Қарағандыда 2026 жылы қанша түрлі банкомат қолданылды?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
    expect(frame.filters).toContainEqual(expect.objectContaining({ values: ['ATM_WITHDRAWAL'] }));
  });
  it('"How many ATM withdrawals …" still counts the withdrawals', () => {
    expect(frameOf('How many ATM withdrawals in Shymkent in November 2026?').measures).toEqual([
      { fn: 'count' },
    ]);
  });
});

describe('"…, side by side, one row per city", "cities as rows": the column asked as the rows is not the pair set side by side (the rows and the columns were swapped)', () => {
  it.each([
    'ECOM turnover on weekdays vs weekends in Shymkent and Taraz, October 2026, side by side, one row per city',
    'POS payments in Shymkent and Taraz in October 2026: how many under 10,000 and 10,000 or more tenge, bands as columns, cities as rows',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/^SELECT merchant_city, /);
    expect(sql).toContain('GROUP BY merchant_city');
  });
});

describe('«сағат 22:00-ден кейін», «сағат 9-ға дейін»: Kazakh says the hour word before a clock time — a time of day, not a word left over nor an amount', () => {
  it.each<[string, number, number]>([
    ['Кеше Шымкентте сағат 21:00-ден кейін қанша операция болды?', 21, 24],
    ['Өткен аптада Таразда сағат 7-ге дейін жасалған төлемдер саны', 0, 7],
  ])('%s', (question, from, to) => {
    const frame = frameOf(question);
    expect(frame.filters).toContainEqual(expect.objectContaining({ kind: 'hours', from, to }));
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('«сағат бойынша» stays a breakdown by hour', () => {
    expect(frameOf('Алматыда сағат бойынша операциялар саны').dimensions).toEqual(['hour_of_day']);
  });
});

describe('days of the month listed with commas ("the 5th, 10th and 25th of the month", «5, 10 и 25 числа»), paydays named before them in brackets: read (they were asked back)', () => {
  it.each([
    'ECOM turnover on the 1st, 15th and 28th of the month in 2026',
    'Количество операций 1, 15 и 28 числа месяца за 2026 год',
    '2026 жылы айдың 1-і, 15-і және 28-і күндері операциялар саны',
  ])('%s', (question) => {
    expect(frameOf(question).filters).toContainEqual({ kind: 'month_days', days: [1, 15, 28] });
  });
  it.each([
    'Average ATM withdrawal on paydays (the 10th and the 25th of the month) in 2026',
    'Средний чек в дни зарплаты (10 и 25 число месяца) за 2026 год',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.filters).toContainEqual({ kind: 'month_days', days: [10, 25] });
    expect(frame.filters.some((f) => f.kind === 'values' && f.values.includes('SALARY'))).toBe(false);
  });
});

describe('"each bank’s share of all the cash withdrawn": the cash itself is money — its share is of the amount (it shared out the withdrawals counted)', () => {
  it('"Each city’s share of the cash withdrawn in November 2026"', () => {
    expect(frameOf("Each city's share of the cash withdrawn in November 2026").measures).toEqual([
      { fn: 'sum' },
    ]);
  });
  it('"Each city’s share of ATM withdrawals" stays a share of the count', () => {
    expect(frameOf("Each city's share of ATM withdrawals in November 2026").measures).toEqual([
      { fn: 'count' },
    ]);
  });
});

describe('a count by group "with each group’s share", the columns then listed ("Columns: bank, payments, share %"), or "each mode" one word: the count is shown beside the share (it was dropped)', () => {
  it.each([
    "Number of ECOM payments by bank in 2026, with each bank's share. Columns: bank, payments, share %",
    'Количество операций по городам за 2026 год с долей каждого города. Колонки: город, операции, доля %',
    "POS count by entry mode last quarter, with each mode's share %",
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.share?.withMeasure).toBe(true);
  });
  it('"… share of the total amount … One row per bank with its share" stays the share alone', () => {
    const q =
      "For Q3 2026, what was each issuing bank's share of the total amount, in percent? One row per bank with its share.";
    expect(frameOf(q).share?.withMeasure).toBeUndefined();
  });
});

describe('"by FY2025 turnover", "by year 2026 spend": the year named is the period of the ranking’s total, not a row per year', () => {
  it.each([
    ['Top 5 merchants in each category by FY2026 spend', ['mcc_category', 'merchant_id'], '2026'],
    ['Top 3 banks by year 2025 turnover', ['issuer_bank_name'], '2025'],
  ])('%s', (question, dimensions, year) => {
    const frame = frameOf(question);
    expect([...frame.dimensions].sort()).toEqual(dimensions);
    expect(frame.time).toEqual({ kind: 'dates', from: `${year}-01-01`, to: `${Number(year) + 1}-01-01` });
  });
  it('"turnover by year 2024 and 2025" is still a row per year', () => {
    expect(frameOf('turnover by year 2024 and 2025').dimensions).toEqual(['year']);
  });
});

describe('"salary transfers", «зарплатные переводы», «жалақы (SALARY) аударымдары»: the salary credits (they were salaries and every transfer besides)', () => {
  it.each([
    'Total salary transfers by month in 2026',
    'Сумма зарплатных переводов по месяцам за 2026 год',
    'Зарплатные (SALARY) переводы за прошлый месяц, количество',
    '2026 жылы жалақы (SALARY) аударымдарының саны',
    'Переводы зарплаты за прошлый месяц, сумма',
    'transfers of salaries in October, total',
  ])('%s', (question) => {
    expect(frameOf(question).filters).toEqual([
      { kind: 'values', column: 'transaction_type', negated: false, values: ['SALARY'] },
    ]);
  });
  it('"salary and transfers" stays both', () => {
    const values = frameOf('salary and transfers last month, total').filters.flatMap((f) =>
      f.kind === 'values' ? f.values : [],
    );
    expect(values).toEqual(expect.arrayContaining(['SALARY', 'P2P_IN', 'P2P_OUT']));
  });
});

describe('«доля ECOM с зарубежным эквайером по банкам», "share of POS with Google Pay per city": the condition after "with" is the part, of the value’s payments (it was the value’s share of the condition’s payments)', () => {
  it.each([
    ['Share of POS with Google Pay per city last month', 'wallet_type', 'transaction_type'],
    ['Доля POS-оплат с Apple Pay по каждому банку за прошлый месяц', 'wallet_type', 'transaction_type'],
    ['share of ECOM payments with a foreign acquirer per bank', 'acquirer_country_iso', 'transaction_type'],
  ])('%s', (question, part, base) => {
    const frame = frameOf(question);
    expect(frame.share?.subset.map((f) => ('column' in f ? f.column : f.kind))).toEqual([part]);
    expect(frame.filters.map((f) => ('column' in f ? f.column : f.kind))).toContain(base);
  });
});

describe('a range of hours on the 24-hour clock ("06:00–23:59") beside a part of the day: as written (it was read in the part, 18:00)', () => {
  it('"night (00:00–05:59) vs daytime (06:00–23:59)"', () => {
    const frame = frameOf(
      'Average ATM withdrawal at night (00:00–05:59) vs daytime (06:00–23:59) in 2025, one row',
    );
    expect(frame.hourSplit).toEqual([
      expect.objectContaining({ from: 0, to: 6 }),
      expect.objectContaining({ from: 6, to: 24 }),
    ]);
  });
  it.each(['evening (06:00-10:00) POS count last week', 'вечером (с 06:00 до 10:00) количество операций'])(
    '%s — one end on the 24-hour clock, the other not, outside the part: asked back (it was 06–22)',
    (question) => {
      expect(sqlLineOf(question)).toBe('(clarify)');
    },
  );
  it('"morning (06:00-11:59)"', () => {
    expect(frameOf('POS count in the morning (06:00-11:59) last week').filters).toContainEqual(
      expect.objectContaining({ kind: 'hours', from: 6, to: 12 }),
    );
  });
});

describe('a yes/no question after a lead-in of context ("Before tomorrow’s meeting with the branch heads: was the total … above 50 million?"): the figure, no filter on payments', () => {
  it.each([
    "Before tomorrow's meeting with the branch heads: was the total ECOM turnover in Taraz last month above 50 million tenge?",
    'Quick check for my notes before the regional call: was the average POS payment in Aktobe last month above 8,000 tenge?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
});

describe('"my three cities (Karaganda, Pavlodar, Oskemen)", «по моим двум городам (Алматы и Астана)»: a number that counts the values listed only counts them — no top N, and "each" / «по» still makes a row per value', () => {
  it('"For each of my three cities (…), which weekday was the busiest this year?" — the busiest in each city', () => {
    const frame = frameOf(
      'For each of my three cities (Karaganda, Pavlodar, Oskemen), which weekday was the busiest this year?',
    );
    expect(frame.limit).toBe(1);
    expect(frame.rankedWithin).toBe('weekday');
    expect(frame.dimensions).toContain('merchant_city');
  });
  it.each([
    'For each of my three cities (Karaganda, Pavlodar, Oskemen), total turnover this year',
    'По моим трём городам (Караганда, Павлодар, Усть-Каменогорск): оборот за прошлый месяц',
  ])('%s — a row per city', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.limit ?? null).toBeNull();
  });
  it('"… by city for my three cities (…)": no ranking', () => {
    const frame = frameOf(
      'Smallest and largest POS payment by city for my three cities (Karaganda, Pavlodar, Oskemen) last month',
    );
    expect(frame.limit ?? null).toBeNull();
  });
});

describe('"Which hour was the busiest last month for each bank?": the period asked with "which" is ranked within each group (it was one row overall, or the banks ranked within each hour)', () => {
  it.each([
    'Which hour was the busiest last month for each bank?',
    'For my two banks (Kaspi, Halyk), which hour was the busiest last month, per bank?',
    'Қай сағатта әр банкте ең көп операция болды өткен айда?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.rankedWithin).toBe('hour_of_day');
    expect(frame.limit).toBe(1);
  });
  it.each([
    'For each bank: which weekday had the most ECOM payments this year?',
    'For each of the 3 banks Kaspi, Halyk and BCC: which weekday had the most ECOM payments this year?',
  ])('%s (a colon between: it was every row in order)', (question) => {
    const frame = frameOf(question);
    expect(frame.rankedWithin).toBe('weekday');
    expect(frame.limit).toBe(1);
  });
  it('"POS turnover by city for 2025 — want to see which city is strongest" stays the rows in order', () => {
    const frame = frameOf('POS turnover by city for 2025 — want to see which city is strongest');
    expect(frame.limit ?? null).toBeNull();
  });
});

describe('a number that is a quantity ("Were there 5411 transactions yesterday?", «около 5411 операций») is never read as a bare MCC code', () => {
  it.each(['Were there 5411 transactions yesterday?', 'Было ли около 5411 операций вчера?'])(
    '%s',
    (question) => {
      const result = understandQuestion(question, context);
      const codes = result.kind === 'sql' ? result.frame.filters.filter((f) => f.kind === 'ids') : [];
      expect(codes).toEqual([]);
    },
  );
  it('"How many 5411 transactions yesterday?" is MCC 5411', () => {
    expect(frameOf('How many 5411 transactions yesterday?').filters).toContainEqual(
      expect.objectContaining({ kind: 'ids', column: 'merchant_mcc', values: [5411] }),
    );
  });
});

describe('the tenge listed with another currency ("payments in KZT and USD", «сколько в тенге и сколько в долларах») is one of the currencies, not the unit (it counted the dollar payments alone)', () => {
  const currencies = (question: string) =>
    frameOf(question).filters.find(
      (f): f is Extract<typeof f, { kind: 'values' }> =>
        f.kind === 'values' && f.column === 'transaction_currency',
    );
  it.each([
    'How many payments in KZT and USD last month?',
    'Сколько платежей в тенге и в долларах?',
    'Теңгемен және доллармен қанша төлем болды?',
    'Count payments in USD, EUR and KZT last month',
  ])('%s', (question) => {
    expect(currencies(question)).toEqual(
      expect.objectContaining({ negated: false, values: expect.arrayContaining(['KZT', 'USD']) }),
    );
  });
  it.each([
    'How many payments in tenge and how many in USD last month?',
    'How many payments in USD and how many in tenge last month?',
    'Сколько операций в тенге и сколько в долларах за прошлый месяц?',
    'How many payments in tenge vs USD last month?',
  ])('%s (a row for each)', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['transaction_currency']);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(currencies(question)?.values).toEqual(expect.arrayContaining(['KZT', 'USD']));
  });
  it.each([
    'How many payments in tenge, USD and EUR?',
    'total amount of KZT and USD payments',
    'KZT және USD валютасындағы операциялар сомасы',
  ])('%s (in a list with commas, or before the payments with amounts asked)', (question) => {
    expect(currencies(question)?.values).toEqual(expect.arrayContaining(['KZT', 'USD']));
  });
  it.each([
    'Сумма операций в тенге и долларах за прошлый месяц',
    'average payment in tenge and in dollars',
    'Total amount of payments in KZT and in USD last month',
  ])('%s: an amount with the tenge listed is asked back (payments in both, or two units?)', (question) => {
    expect(reasonOf(question)).toBe('tenge_or_currency');
  });
  it('"USD payments last month: total in tenge and in dollars" keeps the two as units of the amount', () => {
    const frame = frameOf('USD payments last month: total in tenge and in dollars');
    expect(currencies('USD payments last month: total in tenge and in dollars')?.values).toEqual(['USD']);
    expect(frame.amountIn).toBe('both');
  });
});

describe('a count asked with the amount apart after a comma («Сколько всего было снятий …, на какую сумму и какой средний чек?») keeps the count (it was dropped)', () => {
  it.each([
    'Сколько всего было снятий за прошлый месяц, на какую сумму и какой средний чек?',
    'Сколько всего было зарплатных зачислений за прошлый месяц, на какую сумму?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual(expect.arrayContaining([{ fn: 'count' }, { fn: 'sum' }]));
  });
  it.each([
    'Сколько всего входящих переводов получили вчера, в тенге?',
    'сколько поступило входящих переводов на карты Halyk Bank с 1 по 7 ноября, сумма',
  ])('%s stays the amount alone (the comma says what is asked, with no "which")', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'sum' }]);
  });
});

describe('both amounts by a column ("count, amount in the original currency and amount in KZT") are ordered by the tenge, as the conventions say (they were by the count)', () => {
  it.each([
    'FX payments by currency for 2026 — count, amount in the original currency and amount in KZT.',
    'По валютным операциям за прошлый месяц, по каждой валюте: количество, сумма в валюте и сумма в тенге',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toMatch(/ORDER BY total_amount DESC$/);
  });
});

describe('ATMs counted ("How many ATMs were used …", «Сколько банкоматов …», «банкомат санын», "Active ATMs") are the machines — distinct merchants (the withdrawals were counted)', () => {
  it.each([
    'How many ATMs were used in each city last month?',
    'Сколько банкоматов работало (были снятия) в каждом городе в ноябре 2026?',
    'Павлодарда қанша банкомат бар?',
    'Осы жылы Павлодарда қанша банкоматтан (мерчант) ақша шешілді? банкомат санын айтшы',
    'Павлодардағы банкоматтар саны',
    'Active ATMs by city this month.',
    'Сколько активных банкоматов в Алматы за ноябрь?',
    'Which city has the most ATMs?',
    'В каком городе больше всего банкоматов?',
    'Қай қалада банкоматтар ең көп?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
    expect(frame.filters).toContainEqual(values('transaction_type', false, 'ATM_WITHDRAWAL'));
  });
  it.each([
    'How many ATM withdrawals?',
    'How many ATM transactions in Almaty?',
    'Павлодардағы банкомат операцияларының саны',
    'Which city had the most ATM withdrawals?',
  ])('%s still counts the withdrawals', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }]);
  });
});

describe('Kazakh withdrawn money («шешілген ақша сомасы», «қанша ақша шешілді», «қанша ақша шешті») is the ATM withdrawals, and "how much money" their amount', () => {
  it.each([
    'Өткен айда шешілген ақша сомасы',
    '2026 жылғы қарашада Алматы, Астана және Шымкент бойынша шешілген ақша сомасы, бөлек жолмен',
    'Өткен айда қанша ақша шешілді?',
    'Өткен айда қанша ақша шешті?',
    'Өткен айда қанша қолма-қол ақша шешілді?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.filters).toContainEqual(values('transaction_type', false, 'ATM_WITHDRAWAL'));
  });
  it('«қанша ақша алу болды?» (how many withdrawals were there) counts them', () => {
    expect(frameOf('Өткен айда қанша ақша алу болды?').measures).toEqual([{ fn: 'count' }]);
  });
});

describe("the largest of a kind of payment in each group («әр қала бойынша ең ірі ақша шешу қанша болды?») is each group's largest payment (it was the top city by count)", () => {
  it('Осы жылы әр қала бойынша ең ірі ақша шешу қанша болды?', () => {
    const frame = frameOf('Осы жылы әр қала бойынша ең ірі ақша шешу қанша болды?');
    expect(frame.measures).toEqual([{ fn: 'max' }]);
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.limit).toBeNull();
  });
});

describe('"top 5 categories by wallet turnover": the wallet says whose turnover, not a second breakdown', () => {
  it.each([
    'top 5 categories by wallet turnover in 2026',
    'categories ranked by wallet turnover',
    'Which 5 cities lead by wallet turnover?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).not.toContain('wallet_type');
    expect(frame.filters).toContainEqual({ kind: 'presence', column: 'wallet_type', present: true });
  });
  it('"spend by city by wallet" still breaks down by both', () => {
    expect(frameOf('spend by city by wallet').dimensions).toEqual(['merchant_city', 'wallet_type']);
  });
});

describe('"% of ECOM transactions in a foreign currency": the currency after "in" is the part, the payments named the whole (it was ECOM\'s share of foreign payments)', () => {
  it.each([
    [
      'For each bank, % of ECOM transactions in a foreign currency, last quarter',
      "transaction_currency <> 'KZT'",
    ],
    ['Доля ECOM-операций в долларах по каждому банку', "transaction_currency = 'USD'"],
  ])('%s', (question, part) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`count(*) FILTER (WHERE ${part})`);
    expect(sql).toContain("WHERE transaction_type = 'ECOM'");
  });
});

describe('days counted with a condition on their turnover, the payments described between («Сколько дней … оборот через кошельки превышал 1 млн?», "did wallet turnover exceed") — each day\'s total against it (it filtered single payments)', () => {
  it.each([
    'Сколько дней в ноябре 2026 оборот через кошельки превышал 1 млн?',
    'How many days in November 2026 did wallet turnover exceed 1 million?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.having).toEqual(expect.objectContaining({ of: 'sum', op: '>', value: 1_000_000 }));
    expect(frame.filters).toEqual([{ kind: 'presence', column: 'wallet_type', present: true }]);
  });
});

describe('"contactless payments share of POS": the part with its own noun of payments before the share word (it was POS\'s share of the contactless payments)', () => {
  it.each([
    [
      'contactless payments share of POS last month',
      "pos_entry_mode = 'Contactless'",
      "transaction_type = 'POS'",
    ],
    ['Apple Pay payments share of POS', "wallet_type = 'Apple Pay'", "transaction_type = 'POS'"],
    ['Kaspi payments share of ECOM', "issuer_bank_name = 'Kaspi Bank'", "transaction_type = 'ECOM'"],
  ])('%s', (question, part, whole) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`FILTER (WHERE ${part})`);
    expect(sql).toContain(`WHERE ${whole}`);
  });
});

describe('«Алматы мен Астанадан басқа қалаларда …» (in the cities other than Almaty and Astana): the column word after the values it excludes says where, no row per city (it grouped by city, up to ten rows)', () => {
  it.each([
    'Алматы мен Астанадан басқа қалаларда 2026 жылы шетелдік эквайерлер (KAZ емес) арқылы айналымы ең жоғары болған санат қайсы?',
    'Алматы мен Астанадан басқа қалаларда ең көп операция болған санат қайсы?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['mcc_category']);
    expect(frame.limit).toBe(1);
  });
  it.each([
    ['Алматыдан басқа қалалар бойынша операциялар саны', 'merchant_city'],
    [
      '2026 жылы Қазақстаннан басқа қай елдердің эквайерлері арқылы операциялар болды?',
      'acquirer_country_iso',
    ],
  ])('%s keeps its rows («бойынша», or "which" between)', (question, column) => {
    expect(frameOf(question).dimensions).toEqual([column]);
  });
});

describe('"for X and for Y" with conditions of two columns ("sum … for merchant_mcc 6011 and for transaction_type = \'ATM_WITHDRAWAL\'", «сумма по Kaspi и по ECOM») is asked back — a figure each, or one for both? (it gave the payments meeting both)', () => {
  it.each([
    "for reconciliation: sum of transaction_amount_kzt for merchant_mcc 6011 and for transaction_type = 'ATM_WITHDRAWAL', 2025, in one row",
    'total for Kaspi and for ECOM last month',
    'сумма по Kaspi и по ECOM за прошлый месяц',
  ])('%s', (question) => {
    expect(reasonOf(question)).toBe('separate_conditions');
  });
  it.each(['count for Almaty and for Astana last month', 'сумма по Алматы и по Астане за прошлый месяц'])(
    '%s (one column) is a row each',
    (question) => {
      expect(frameOf(question).dimensions).toEqual(['merchant_city']);
    },
  );
});

describe('the values of a column asked with "which" ("Which foreign currencies (other than KZT) occurred …", «қандай шетел валюталарында … операциялар болды?») are the list alone (a count was added)', () => {
  it.each([
    'Which foreign currencies (other than KZT) occurred in ECOM transactions last month?',
    '2026 жылы Шымкентте қандай шетел валюталарында (KZT емес) операциялар болды?',
    'Which foreign currencies were there in Shymkent in 2026?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.listValues).toBe(true);
    expect(frame.dimensions).toEqual(['transaction_currency']);
  });
});

describe("an amount in a currency's own word with the place after it («Средняя сумма онлайн-покупки (ECOM) в долларах в Шымкенте за 2026») is in that currency (it was in tenge)", () => {
  it.each([
    'Средняя сумма онлайн-покупки (ECOM) в долларах в Шымкенте за 2026',
    'average ECOM amount in lira in Turkey last year',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain('avg(original_amount)');
  });
});

describe('groups heading a share question ("Taraz vs Aktobe, share of ECOM transactions", «Алматы и Астана: доля ECOM операций», «Тараз бен Ақтөбе: ECOM операцияларының үлесі») are compared on their own part (the cities were the part, or it was asked back)', () => {
  it.each([
    'For the regional call: Taraz vs Aktobe, share of ECOM transactions in 2026',
    'Almaty vs Astana: share of ECOM transactions',
    'Almaty and Astana: ECOM share, 2025',
    'Алматы и Астана: доля ECOM операций',
    'Тараз бен Ақтөбе: ECOM операцияларының үлесі, 2025',
    'Алматы мен Астана, онлайн төлемдер үлесі',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.share?.subset).toEqual([values('transaction_type', false, 'ECOM')]);
  });
  it('a value with the locative hyphenated to it stays the whole within each group («… әмиян арқылы төлемдердің POS-тағы үлесі»)', () => {
    const frame = frameOf('Алматы мен Астана: әмиян арқылы төлемдердің POS-тағы үлесі, 2026 жылғы қазан');
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.share?.subset).toEqual([{ kind: 'presence', column: 'wallet_type', present: true }]);
  });
});

describe('with a breakdown, a share\'s part named after its whole ("share of contactless payments with a wallet, per city", "for each bank, % of POS GMV in a foreign currency") or labelled by its column word before the share word ("Foreign-acquirer share of ECOM turnover for each bank") is the part (the whole was taken for it)', () => {
  it.each([
    ['share of contactless payments with a wallet, per city, last month', 'merchant_city'],
    ['доля бесконтактных платежей с кошельком по городам', 'merchant_city'],
  ])('%s', (question, dimension) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([dimension]);
    expect(frame.share?.subset).toEqual([{ kind: 'presence', column: 'wallet_type', present: true }]);
    expect(frame.filters).toContainEqual(values('pos_entry_mode', false, 'Contactless'));
  });
  it.each([
    'for each bank, % of POS GMV in a foreign currency, 2026',
    'by bank: share of ECOM turnover in foreign currencies',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toEqual([values('transaction_currency', true, 'KZT')]);
  });
  it.each([
    'Foreign-acquirer share of ECOM turnover for each bank, FY2025',
    'foreign acquirer share of POS payments per city',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toEqual([values('acquirer_country_iso', true, 'KAZ')]);
  });
});

describe('a closing sentence that only requests the number («…? Прошу указать число.», «…? Санын көрсетіңіз.», "…? Please give the number.") is the figure asked already (a count of payments was added)', () => {
  it.each([
    [
      'Сколько разных аптек (Pharmacies & Health) принимали оплату в Павлодаре в 2026 году? Прошу указать число.',
      'count_distinct',
    ],
    [
      '2026 жылы Тараздағы жанармай құю станцияларында қанша түрлі мерчант төлем қабылдады? Санын көрсетіңіз.',
      'count_distinct',
    ],
    ['How many distinct merchants in Taraz in 2026? Please give the number.', 'count_distinct'],
    ['Distinct cards in Taraz in 2026. The number, please.', 'count_distinct'],
    ['Total amount in Taraz in 2026? Please give the number.', 'sum'],
    ['Оборот в Таразе за 2026? Прошу указать число.', 'sum'],
  ])('%s', (question, fn) => {
    expect(frameOf(question).measures.map((m) => m.fn)).toEqual([fn]);
  });
  it('with nothing measured before it, the number is how many ("Payments in Taraz in 2026. The number, please.")', () => {
    expect(frameOf('Payments in Taraz in 2026. The number, please.').measures).toEqual([{ fn: 'count' }]);
  });
});

describe('a Kazakh currency in the instrumental before the kind of payment and the amount («юаньмен ECOM сомасы») is the unit of the amount (it was in tenge)', () => {
  it.each(['2026 жылы юаньмен ECOM сомасы қанша болды?', 'долларымен POS айналымы 2026'])(
    '%s',
    (question) => {
      expect(sqlLineOf(question)).toContain('sum(original_amount)');
    },
  );
  it('a count of those payments stays a count («юаньмен ECOM төлемдері саны»)', () => {
    expect(frameOf('юаньмен ECOM төлемдері саны').measures).toEqual([{ fn: 'count' }]);
  });
});

describe('"book" alone is no category ("FX book for FY2025: …" filtered Hobby, Books, Sporting Goods); "books" and "book shops" still are', () => {
  it('FX book for FY2025: foreign currencies only (KZT excluded), count and tenge turnover per currency', () => {
    expect(
      frameOrNull(
        'FX book for FY2025: foreign currencies only (KZT excluded), count and tenge turnover per currency',
      )?.filters ?? [],
    ).not.toContainEqual(values('mcc_category', false, 'Hobby, Books, Sporting Goods'));
  });
  it.each(['spend on books in 2025', 'book shop turnover in 2025'])('%s', (question) => {
    expect(frameOf(question).filters).toContainEqual(
      values('mcc_category', false, 'Hobby, Books, Sporting Goods'),
    );
  });
});

describe('"wallet reach per bank" counts the cards that paid with a wallet, per bank (it broke the cards down by wallet as well)', () => {
  it('wallet reach per bank, last month', () => {
    const frame = frameOf('wallet reach per bank, last month');
    expect(frame.dimensions).toEqual(['issuer_bank_name']);
    expect(frame.filters).toContainEqual({ kind: 'presence', column: 'wallet_type', present: true });
  });
  it('«Каким кошельком клиенты ForteBank расплачивались реже всего?» still ranks the wallets', () => {
    expect(frameOf('Каким кошельком клиенты ForteBank расплачивались реже всего?').dimensions).toEqual([
      'wallet_type',
    ]);
  });
});

describe('listed figures keep every item: "number of withdrawals and cash withdrawn" (the cash was dropped), "turnover by month with each month\'s share" (the turnover was dropped), «оборот на одну карту …, рейтинг по обороту на карту» (a plain total was added)', () => {
  it.each([
    'ATM network by city, Q3 2026: number of ATMs used, number of withdrawals and cash withdrawn.',
    'ATM withdrawals by city: number of withdrawals and cash withdrawn',
    'ATM withdrawals by city: count, cash withdrawn',
  ])('%s', (question) => {
    expect(frameOf(question).measures.at(-1)).toEqual({ fn: 'sum' });
  });
  it.each([
    "Seasonality for the annual report: FY2025 turnover by month with each month's share of the year's turnover, in month order.",
    "turnover by month in 2025 with each month's share",
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.share?.withMeasure).toBe(true);
  });
  it('Активные карты и оборот на одну карту по банкам за 2025 год, рейтинг по обороту на карту.', () => {
    const frame = frameOf(
      'Активные карты и оборот на одну карту по банкам за 2025 год, рейтинг по обороту на карту.',
    );
    expect(frame.measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'per_card', of: 'sum' },
    ]);
  });
});

describe('every group ranked by a measure named ("count and turnover by bank in 2025, ranked by turnover", «ранжируй банки по обороту: количество и оборот») is ordered by that measure (it was by the first column)', () => {
  it.each([
    ['count and turnover by bank in 2025, ranked by turnover', 'total_amount'],
    ['ранжируй банки по обороту: количество и оборот', 'total_amount'],
    ['Active cards and turnover per card by bank in 2025, ranked by turnover per card', 'amount_per_card'],
  ])('%s', (question, column) => {
    expect(sqlLineOf(question)).toContain(`ORDER BY ${column} DESC`);
  });
});

describe('a number of merchants or cards kept by a Kazakh condition («тек 10-нан аз мерчант болғандары») is a condition on each group (it filtered payments under 10 tenge); merchants as rows with a condition on their number are asked back (it grouped by merchant)', () => {
  it('өткен айда Өскемендегі санаттар бойынша мерчанттар саны, тек 10-нан аз мерчант болғандары', () => {
    const frame = frameOf(
      'өткен айда Өскемендегі санаттар бойынша мерчанттар саны, тек 10-нан аз мерчант болғандары',
    );
    expect(frame.having).toEqual({ of: 'merchants', op: '<', value: 10 });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('«5000-нан көп операциялар саны» is still an amount', () => {
    expect(frameOf('50 000-нан көп операциялар саны').filters).toContainEqual({
      kind: 'amount',
      op: '>',
      value: 50000,
    });
  });
  it('merchants by category in Oskemen last month, only categories with fewer than 10 merchants', () => {
    expect(
      reasonOf('merchants by category in Oskemen last month, only categories with fewer than 10 merchants'),
    ).toBe('group_total_condition');
  });
});

describe('a year set off by a comma before «млн теңгемен» («QR айналымы айлар бойынша, 2025, млн теңгемен») is the period, and the millions the unit of the answer (the year became 2 025 million and the unit was dropped)', () => {
  it.each([
    'QR айналымы айлар бойынша, 2025, млн теңгемен. Тоқсандық шолуға керек.',
    'QR айналымы айлар бойынша, 2025, млн теңгемен.',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.amountScale).toBe(1_000_000);
    expect(frame.time).toEqual({ kind: 'dates', from: '2025-01-01', to: '2026-01-01' });
  });
});

describe('«Екі кезеңнің айналымын …» after a ranking asks for the two periods\' turnover, not a top 2; "ranked by % change" ranks every group by its change, shown beside both periods (it was by the later period)', () => {
  it('Қай қалада айналым 2025 жылғы наурызбен салыстырғанда 2026 жылғы наурызда ең көп өсті? Екі кезеңнің айналымын және өзгерісті пайызбен көрсетіңіз.', () => {
    const sql = sqlLineOf(
      'Қай қалада айналым 2025 жылғы наурызбен салыстырғанда 2026 жылғы наурызда ең көп өсті? Екі кезеңнің айналымын және өзгерісті пайызбен көрсетіңіз.',
    );
    expect(sql).toContain('LIMIT 1');
    expect(sql).toContain('AS total_amount_2025_03');
  });
  it.each([
    'count by bank, H2 2025 vs H1 2026, ranked by % change',
    'Transaction count by bank, H2 2025 vs H1 2026, with the change in absolute terms and in %, ranked by % change.',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('ORDER BY change_pct DESC');
    expect(sql).toContain('AS transaction_count_2025_h2');
  });
});

describe("«г/г в %» after two periods set against each other is the change year on year (the «г»s were read as years and «в %» as each city's share)", () => {
  it.each([
    'Оборот АЗС (Fuel & Service Stations) в Караганде, Павлодаре и Усть-Каменогорске по отдельности: 1П 2025 против 1П 2026, г/г в %.',
    'Оборот по городам: 1П 2025 против 1П 2026, г/г в %.',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('AS change_pct');
    expect(sql).not.toContain('OVER ()');
  });
});

describe('the payments already named, said again before an amount condition left out ("Cash withdrawn at ATMs …, excluding withdrawals below 5 000 tenge") leave out the amount only; a kind of payment named there first ("turnover, excluding ATM withdrawals under 5 000") is asked back — it split ATM from the rest', () => {
  it.each([
    [
      'Cash withdrawn at ATMs in Pavlodar in 2025, excluding withdrawals below 5 000 tenge',
      'ATM_WITHDRAWAL',
      5000,
    ],
    ['Сумма снятий наличных за 2025 год, не считая снятий меньше 3000 тенге', 'ATM_WITHDRAWAL', 3000],
    ['Number of POS payments last month, ignoring POS payments under 1 000 tenge', 'POS', 1000],
  ])('%s', (question, type, value) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([]);
    expect(frame.filters).toContainEqual({ kind: 'amount', op: '>=', value });
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: false,
      values: [type],
    });
  });
  it.each([
    'turnover in 2025, excluding ATM withdrawals under 5000',
    'оборот за 2025 без снятий наличных меньше 5000 тенге',
  ])('%s: asked back', (question) => {
    expect(reasonOf(question)).toBe('ambiguous_negation');
  });
});

describe('restatements that added rows or columns: «(то есть только бесконтактные и по магнитной полосе)» ("by stripe" inside a list), "… i.e. only QR and Swipe payments count" (the verb), "tenge-currency payments only" (the unit naming its column), «(разные мерчанты …)»', () => {
  it('«по» before the last value of a list is its preposition, not a row per value', () => {
    const frame = frameOf(
      'Сколько операций в Актобе за октябрь 2026 без QR (то есть только бесконтактные и по магнитной полосе)?',
    );
    expect(frame.dimensions).toEqual([]);
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'pos_entry_mode',
      negated: false,
      values: ['Contactless', 'Swipe'],
    });
  });
  it('"only … payments count" closing the question is the verb: no count beside the measure asked', () => {
    expect(frameOf('Turnover in Almaty last month. Only POS payments count.').measures).toEqual([
      { fn: 'sum' },
    ]);
    expect(
      frameOf(
        'Distinct merchants in Taraz in 2026, excluding QR — only Contactless and Swipe payments count.',
      ).measures,
    ).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
  });
  it('"tenge-currency payments only": the currency, not a row per currency', () => {
    const frame = frameOf('ECOM count by month for 2026, tenge-currency payments only');
    expect(frame.dimensions).toEqual(['month']);
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'transaction_currency',
      negated: false,
      values: ['KZT'],
    });
  });
  it('«разные мерчанты» counts the merchants, as «разных мерчантов» does', () => {
    const frame = frameOf(
      'Сколько банкоматов использовалось в Таразе в 2025 году (разные мерчанты по снятиям наличных)?',
    );
    expect(frame.dimensions).toEqual([]);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
  });
});

describe('an average beside a figure per card ("average check and spend per card", "turnover per card and average ticket") is a column of its own, and no total besides; "cards sending" is no typo of "spending"', () => {
  it.each([
    'Average ticket and spend per card for Jusan Bank cards in 2025',
    'Средний чек и оборот на одну карту по картам Kaspi в Астане за прошлый месяц',
    'turnover per card and average ticket, ForteBank, 2026',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'avg' }, { fn: 'per_card', of: 'sum' }]);
  });
  it('how many cards sending P2P transfers in 2026: the cards that sent, counted', () => {
    const frame = frameOf('how many cards sending P2P transfers in 2026');
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: false,
      values: ['P2P_OUT'],
    });
  });
});

describe('figures listed as spoken, without commas: «сколько начислений общая сумма …» (credits counted), "the total the count and the average …" (an article before each figure)', () => {
  it('«сколько начислений, общая сумма и средняя сумма зарплат за 2025»: the count too', () => {
    expect(frameOf('сколько начислений общая сумма и средняя зарплат за 2025').measures).toContainEqual({
      fn: 'count',
    });
  });
  it.each([
    ['um the total the count for ECOM in Astana yesterday', 2],
    ['so the total the count and the median amount for Kaspi last week', 3],
  ])('%s', (question, n) => {
    const frame = frameOf(question);
    expect(frame.measures).toHaveLength(n);
    expect(frame.measures).toContainEqual({ fn: 'sum' });
    expect(frame.measures).toContainEqual({ fn: 'count' });
  });
  it('"the total count of …" is still one count', () => {
    expect(frameOf('the total count of ECOM payments yesterday').measures).toEqual([{ fn: 'count' }]);
  });
});

describe('a kind of payment named, then a wider word of its column beside a figure after "and" ("P2P_OUT transfers … and the transfer amount per card", «переводов P2P_OUT … и средняя сумма перевода») is the same payments — it added the incoming transfers; "all transfers" still widens', () => {
  it.each([
    'number of cards that made P2P_OUT transfers in 2024 and the transfer amount per card',
    'сколько переводов P2P_OUT в октябре 2026 и средняя сумма перевода',
    '2026 жылы P2P_OUT аударымдарының саны және орташа аударым сомасы',
  ])('%s', (question) => {
    expect(frameOf(question).filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: false,
      values: ['P2P_OUT'],
    });
  });
  it('count of P2P_OUT and total of all transfers in 2025: both kinds', () => {
    expect(frameOf('count of P2P_OUT and total of all transfers in 2025').filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: false,
      values: ['P2P_OUT', 'P2P_IN'],
    });
  });
});

describe("«қанша түрлі дәріхана (Pharmacies & Health санаты) төлем қабылдады»: the category's column word restated after its name keeps the places counted — it counted the payments", () => {
  it.each([
    '2025 жылы Ақтөбеде қанша түрлі кафе (Dining & Restaurants санаты) төлем қабылдады?',
    'how many cafes (Dining & Restaurants category) accepted payments in Taraz last month',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
  });
});

describe('"How many days … saw total turnover (all transaction types) above 7 million": every value of a column reminded in brackets stands between the money and its comparison — it filtered the payments over 7 million', () => {
  it.each([
    'How many days in 2024 had total turnover (all transaction types) above 5 million tenge?',
    'Сколько дней в 2025 году оборот (все типы операций) был больше 7 млн тенге?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count_periods', unit: 'day' }]);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
});

describe('a closing sentence naming the label and the share («Банк атауы мен оның үлесін көрсетіңіз», "Category name and its share.") lists the columns — it added the turnover beside the share', () => {
  it.each([
    '2026 жылы әр қаланың жалпы айналымдағы үлесі қандай? Қала атауы мен оның үлесін көрсетіңіз.',
    "Each category's share of 2025 turnover. Category name and its share.",
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.withMeasure).toBeUndefined();
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
  });
});

describe('cards heading the question, then "how many" after its clause mark ("Cards that paid in Georgia in 2026: how many, and …", «Карты, которые …: сколько их …»): the cards are counted — it counted the payments, or asked back as about single cards', () => {
  it.each([
    'Cards that paid in Armenia in 2025: how many?',
    'Cards that paid in Turkey last year: how many, and the average payment in lira',
    'Карты, которые платили в Армении в 2026: сколько их и средний платёж в драмах',
  ])('%s', (question) => {
    expect(frameOf(question).measures[0]).toEqual({ fn: 'count_distinct', column: 'card_key' });
  });
  it('"Cards of Kaspi in 2026: how many transactions?" still counts the payments', () => {
    expect(frameOf('Cards of Kaspi in 2026: how many transactions?').measures).toEqual([{ fn: 'count' }]);
  });
});

describe('"which currencies did … cards pay in", «в каких валютах платили …», «… қандай валюталарда төлем жасады»: the values the payments occur in, listed — it counted the payments per currency or asked for a measure', () => {
  it.each([
    'In which currencies did Halyk Bank cards pay in 2025?',
    'В каких валютах платили карты Kaspi в октябре 2026?',
    'ForteBank карталары 2025 жылы қандай валюталарда төлем жасады?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.listValues).toBe(true);
    expect(frame.dimensions).toEqual(['transaction_currency']);
  });
  it('…but "how many payments" beside it is a count per currency', () => {
    expect(
      frameOf('In which currencies did Halyk Bank cards pay in 2025, and how many payments in each?')
        .listValues,
    ).toBeUndefined();
  });
});

describe('«Оборот в тенге по валютам операций» (the unit of the amount beside a breakdown by currency) is still a row per currency — 122eb68 read the tenge as naming the column, and lost the breakdown (found by the follow-ups of unseen39)', () => {
  it.each(['Оборот в тенге по валютам операций за октябрь 2025', 'turnover in tenge by currency in 2025'])(
    '%s',
    (question) => {
      expect(frameOf(question).dimensions).toEqual(['transaction_currency']);
    },
  );
  it('…while "tenge-currency payments only" still names the tenge', () => {
    expect(frameOf('ECOM count by month for 2026, tenge-currency payments only').dimensions).toEqual([
      'month',
    ]);
  });
});

describe('"On average, how much was …", «В среднем, …»: an average said as an adverb is how the figure beside it is taken — the comma made it an item of a list, and the total was added', () => {
  it.each([
    'On average, how much was a single in-store card purchase this year?',
    'How much, on average, was an ECOM payment last month?',
    'Орта есеппен, бір ақша шешу қанша сома болды өткен айда?',
    'В среднем, на какую сумму была одна покупка в прошлом месяце?',
    'В среднем, какая сумма снятия наличных в прошлом месяце?',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'avg' }]);
  });
  it('"count, average amount and total" is still three figures', () => {
    expect(frameOf('count, average amount and total of ECOM payments last month').measures).toHaveLength(3);
  });
});

describe('pivot-table labels: «топтау: санат бойынша» is grouping, not «топ» (it kept the top category only); "value: avg amount" labels the figure (it added a total)', () => {
  it('Сүзгі: Астана, топтау: санат бойынша, мәні: айналым сомасы, кезең: өткен ай', () => {
    const frame = frameOf('Сүзгі: Астана, топтау: санат бойынша, мәні: айналым сомасы, кезең: өткен ай');
    expect(frame.limit).toBeNull();
    expect(frame.dimensions).toEqual(['mcc_category']);
  });
  it('filter: city Almaty; group: category; value: avg amount (KZT). Period = last month', () => {
    const frame = frameOf(
      'filter: city Almaty; group: category; value: avg amount (KZT). Period = last month',
    );
    expect(frame.measures).toEqual([{ fn: 'avg' }]);
  });
  it('«значения — сумма» likewise', () => {
    expect(
      frameOf('сводная: строки — банки, значения — количество, период — прошлый месяц').measures,
    ).toEqual([{ fn: 'count' }]);
  });
  it('"Value of ECOM payments last month" is still their amount', () => {
    expect(frameOf('Value of ECOM payments last month').measures).toEqual([{ fn: 'sum' }]);
  });
  it('«Бірегей карталар санын (count distinct) банк бойынша»: the cards, by bank (it counted the banks too)', () => {
    const frame = frameOf(
      '2026 жылғы қараша. Бірегей карталар санын (count distinct) банк бойынша топтастыр',
    );
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    expect(frame.dimensions).toEqual(['issuer_bank_name']);
  });
  it('«қанша түрлі банк бойынша» still counts the banks', () => {
    expect(frameOf('2025 жылы қанша түрлі банк бойынша төлем болды').measures).toEqual([
      { fn: 'count_distinct', column: 'issuer_bank_name' },
    ]);
  });
});

describe('wrong answers of unseen185–188, as classes', () => {
  it('"for each bank, which hour was the busiest? bank, hour, count": the columns listed after it do not say what is ranked (it ranked the banks within each hour)', () => {
    const frame = frameOf('for each bank, which hour of day was the busiest in 2026? bank, hour, trx count');
    expect(frame.rankedWithin).toBe('hour_of_day');
  });
  it.each([
    'which merchants in Almaty took more than 3 million in 2026? merchant id and turnover',
    'which banks in Almaty took more than 5 million last month?',
  ])("%s: millions taken in are each group's total (it was single payments above them)", (question) => {
    const frame = frameOf(question);
    expect(frame.having).toMatchObject({ of: 'sum', op: '>' });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('«Средняя сумма зарплаты, зачисленной на карту»: "to the card" after money coming in says where it went, not per card', () => {
    expect(frameOf('Средняя сумма зарплаты, зачисленной на карту, в 2025 году.').measures).toEqual([
      { fn: 'avg' },
    ]);
  });
  it('«Средняя сумма зарплаты на карту» is still per card', () => {
    expect(frameOf('Средняя сумма зарплаты на карту в 2025 году').measures).toEqual([
      { fn: 'per_card', of: 'sum' },
    ]);
  });
  it.each([
    ['2025 жылғы 7 наурыз бен 8 наурыздағы операциялар саны, қатар қойып.', '2025-03-08'],
    ['transactions on 7 March 2025 and 8 March, side by side', '2025-03-08'],
    ['количество операций 7 марта 2025 года и 8 марта, рядом', '2025-03-08'],
    ['turnover on 31 December 2025 and 1 January, side by side', '2026-01-01'],
  ])(
    '%s: the second day, with no year, is the one nearest the first (it was a year later)',
    (question, day) => {
      expect(sqlLineOf(question)).toContain(`>= '${day}'`);
    },
  );
  it.each([
    'Самая крупная покупка в магазинах мебели и товаров для дома за 2025 год — на какую сумму?',
    'the single biggest purchase in shops of electronics last month',
  ])(
    '%s: the shops of a category say where, not the in-store channel (online purchases there were left out)',
    (question) => {
      expect(sqlLineOf(question)).not.toContain("'POS'");
    },
  );
  it('«сколько покупок в магазинах» is still the in-store channel', () => {
    expect(sqlLineOf('сколько покупок в магазинах за 2025 год')).toContain("transaction_type = 'POS'");
  });
  it.each([
    'did Jusan Bank cards make more than 300 wallet payments last month?',
    'were there more than 300 wallet payments last month?',
  ])('%s: a number of wallet payments, not payments above 300 tenge', (question) => {
    const frame = frameOf(question);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it('"wallet payments over 5000 tenge" still filters their amount', () => {
    expect(frameOf('wallet payments over 5000 tenge last month').filters).toContainEqual({
      kind: 'amount',
      op: '>',
      value: 5000,
    });
  });
});

describe('groups ranked by a share of a kind of payment are ranked by their own part, however the groups are said', () => {
  const within = (question: string) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toContainEqual(values('acquirer_country_iso', true, 'KAZ'));
    expect(frame.filters).not.toContainEqual(values('acquirer_country_iso', true, 'KAZ'));
  };
  it("«В каком городе доля зарубежных операций была самой высокой?» (the city in the locative, not the city's share of them)", () => {
    within('В каком городе доля зарубежных операций была самой высокой в 2026?');
  });
  it('«У какого банка наименьшая доля зарубежных операций?»', () => {
    within('У какого банка наименьшая доля зарубежных операций в 2026?');
  });
  it('«қай қалада шетелдік (acquirer_country_iso <> KAZ) операциялардың үлесі ең жоғары» (the condition restated in brackets)', () => {
    within(
      '2026 жылы қай қалада шетелдік (acquirer_country_iso <> KAZ) операциялардың үлесі ең жоғары болды?',
    );
  });
  it("«доля каждого банка в зарубежных операциях» is still each bank's share of them", () => {
    expect(frameOf('Доля каждого банка в зарубежных операциях за 2026 год').filters).toContainEqual(
      values('acquirer_country_iso', true, 'KAZ'),
    );
  });
  it('«түнгі (00:00–05:59) банкоматтан ақша шешу операцияларының әр қаладағы үлесі»: the night hours within the withdrawals (the value said twice is one condition)', () => {
    const frame = frameOf(
      '2025 жылы түнгі уақытта (00:00–05:59) банкоматтан ақша шешу операцияларының әр қаладағы үлесі.',
    );
    expect(frame.filters).toContainEqual(values('transaction_type', false, 'ATM_WITHDRAWAL'));
    expect(frame.share?.subset.some((f) => f.kind === 'hours')).toBe(true);
  });
});

describe('"by bank: cards sending, total sent and sent per card": the cards, an item of a list beside a ratio per card, are counted (they were dropped as its denominator)', () => {
  it.each([
    'P2P_OUT last quarter by bank: cards sending, total sent and sent per card',
    'P2P_OUT last quarter by bank: total sent, cards and sent per card',
  ])('%s', (question) => {
    const measures = frameOf(question).measures;
    expect(measures).toContainEqual({ fn: 'count_distinct', column: 'card_key' });
    expect(measures).toContainEqual({ fn: 'per_card', of: 'sum' });
    expect(measures).toHaveLength(3);
  });
  it('"total credited and amount per card" has no count of cards', () => {
    expect(frameOf('Salary by bank in 2025: total credited and amount per card').measures).toHaveLength(2);
  });
});

describe('"What was the total and how many payments …": the total joined by "and" to another figure is a figure of its own (it was read as "in total" of the count, and dropped)', () => {
  it.each([
    'What was the total and how many payments were there in Almaty last month?',
    'the total and the number of payments in Shymkent in 2025',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'sum' }, { fn: 'count' }]);
  });
  it('"how many payments in total and what was the average amount" is still the count and the average', () => {
    expect(frameOf('how many payments in total and what was the average amount in Almaty').measures).toEqual([
      { fn: 'count' },
      { fn: 'avg' },
    ]);
  });
});

describe('a count asked before an average or a median comes first, as said (the aggregates were read before the counts)', () => {
  it.each([
    ['How many payments were there in Almaty in November 2025, and what was the average amount?', 'avg'],
    ['Сколько было снятий в Актобе вчера и какая средняя сумма?', 'avg'],
    ['Өткен айда Астанада қанша төлем болды және орташа сомасы қанша?', 'avg'],
    ['ATM withdrawals by city in 2025: the count and the median amount for each city', 'median'],
  ])('%s', (question, fn) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }, { fn }]);
  });
  it('an average said first stays first', () => {
    expect(frameOf('the average amount and how many payments in Almaty').measures).toEqual([
      { fn: 'avg' },
      { fn: 'count' },
    ]);
  });
});

describe('"what % of POS payments were contactless and made with a wallet": conditions joined after the share\'s predicate are the part together (the second was taken for the whole)', () => {
  const part = (question: string) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toContainEqual(values('pos_entry_mode', false, 'Contactless'));
    expect(
      frame.share?.subset.some(
        (f) => f.kind === 'presence' || (f.kind === 'values' && f.column === 'wallet_type'),
      ),
    ).toBe(true);
    expect(
      frame.filters.some((f) => f.kind === 'presence' || (f.kind === 'values' && f.column === 'wallet_type')),
    ).toBe(false);
  };
  it.each([
    "For each city, what % of last month's POS payments were contactless AND made with a wallet?",
    'by bank, what percent of POS payments in 2025 were contactless with a wallet?',
    'what % of POS payments in 2025 were contactless with a wallet?',
    'what % of POS payments in 2025 were contactless and made with Apple Pay?',
  ])('%s', part);
});

describe('«виджет: операции …»: a stem «вид~» (kind) took «виджет» (widget) for the transaction type, and broke the answer down by it', () => {
  it.each([
    'виджет: операции в тенге против валютных операций за прошлый месяц, количество',
    'Виджет: операции в Алматы за 2025, сумма',
  ])('%s', (question) => {
    expect(frameOf(question).dimensions).not.toContain('transaction_type');
  });
  it('«по видам операций» is still the transaction type', () => {
    expect(frameOf('Количество по видам операций за 2025').dimensions).toEqual(['transaction_type']);
  });
});

describe('"paid with a wallet (wallet_type)", «банктер бойынша әмиянмен төлеген карталар»: the wallet said as the means is a condition, not a second breakdown', () => {
  it.each([
    'кесте: 2026 жылы банктер бойынша әмиянмен (wallet) төлеген карталар саны',
    '2026 жылы банктер бойынша әмиянмен төлеген карталар саны',
    'cards that paid with a wallet (wallet_type) by bank in 2026',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['issuer_bank_name']);
    expect(frame.filters).toContainEqual({ kind: 'presence', column: 'wallet_type', present: true });
  });
  it('"by wallet type" is still a breakdown', () => {
    expect(frameOf('count of payments made with a wallet, by wallet type, in 2025').dimensions).toEqual([
      'wallet_type',
    ]);
  });
});

describe('«әр банкте ең көп операция болған сағат қайсы»: the noun counted and its participle stand between the superlative and what is ranked within each group (it was the one busiest pair overall)', () => {
  it.each([
    ['2026 жылы әр банкте ең көп операция болған сағат қайсы? Банк, сағат, операциялар саны.', 'hour_of_day'],
    ['2025 жылы әр қалада ең көп ақша жұмсалған санат қайсы?', 'mcc_category'],
    ['2026 жылы әр айда ең көп төлем жасалған күн қайсы?', 'day'],
  ])('%s', (question, ranked) => {
    expect(frameOf(question).rankedWithin).toBe(ranked);
  });
});

describe('"Is Friday the busiest day …? Show all weekdays.": every day of the week (after "show all" the weekdays were read as Monday to Friday)', () => {
  it.each([
    'Is Friday really the busiest day for ECOM purchases in 2026? Show all weekdays.',
    'Is Friday the busiest day for POS in 2025? show all days of the week',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['weekday']);
    expect(frame.filters.some((f) => f.kind === 'weekday')).toBe(false);
  });
});

describe('«долларда орташа сомасы» (the average amount in dollars): the currency in the locative before the amount is its unit (it was the average in tenge)', () => {
  it.each([
    'Доллармен жасалған ECOM төлемдерінің долларда орташа сомасы: 2025 және 2026 жылдар, пайызбен өзгерісі',
    'ECOM төлемдерінің долларда орташа сомасы 2025 жылы',
    'еуро төлемдерінің еурода жалпы сомасы 2026 жылы',
  ])('%s', (question) => {
    expect(frameOf(question).amountIn).toBe('original');
  });
  it('«USD-да жасалған төлемдер саны» counts them', () => {
    expect(frameOf('USD-да жасалған төлемдер саны 2025 жылы').amountIn ?? 'kzt').toBe('kzt');
  });
});

describe('«2025 және 2026 жылдары әр банктегі QR төлемдерінің POS операцияларындағы үлесі»: the "and" of two periods compared does not stop the part in the genitive being the part (POS was taken for it)', () => {
  it('QR within POS, each year', () => {
    const frame = frameOf(
      '2025 және 2026 жылдары әр банктегі QR төлемдерінің POS операцияларындағы үлесі, қатар қойып.',
    );
    expect(frame.share?.subset).toContainEqual(values('pos_entry_mode', false, 'QR_Code'));
    expect(frame.filters).toContainEqual(values('transaction_type', false, 'POS'));
  });
});

describe('"Number of payments and tenge total in Almaty": a total said in a currency is money (it was "in total" of the count, or "total transactions", and the amount was dropped)', () => {
  it.each([
    'Number of payments and tenge total in Almaty in 2026',
    'Number of entries and tenge total for transactions with a foreign acquirer, by acquirer country, for 2026',
    'Количество операций и KZT total по банкам за 2025',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }, { fn: 'sum' }]);
  });
});

describe('"the number of transactions and the total amount by bank": a count said before a total comes first, as said (the total was read first)', () => {
  it.each([
    'Please provide the number of transactions and the total amount by transaction type for last week.',
    'Прошу предоставить количество снятий наличных и их общую сумму в разрезе городов за прошлую неделю.',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }, { fn: 'sum' }]);
  });
  it('a total said first stays first', () => {
    expect(frameOf('the total amount and the number of transactions by bank in 2025').measures).toEqual([
      { fn: 'sum' },
      { fn: 'count' },
    ]);
  });
});

describe('"How did Apple Pay\'s share move from 2025 to 2026?": from one period to another is a change, not one figure over both', () => {
  it('not one share over 2025–2026', () => {
    const sql = sqlLineOf("How did Apple Pay's share of contactless payments move from 2025 to 2026?");
    expect(sql).not.toMatch(/transaction_timestamp >= '2025-01-01' AND transaction_timestamp < '2027-01-01'/);
  });
  it('"move month by month" stays a timeline', () => {
    expect(
      frameOf("How did Swipe's share of in-store payments move month by month in 2026?").dimensions,
    ).toEqual(['month']);
  });
});

describe('«тоқсан, саны, сомасы, бір картаға шаққандағы сома»: the total listed before the amount per card, set apart by a comma, is a figure of its own (it was dropped)', () => {
  it('count, total and amount per card', () => {
    expect(
      frameOf('2025 жылғы жалақы түсімдері тоқсан бойынша: тоқсан, саны, сомасы, бір картаға шаққандағы сома')
        .measures,
    ).toEqual([{ fn: 'count' }, { fn: 'sum' }, { fn: 'per_card', of: 'sum' }]);
  });
  it('«бір картаға шаққандағы сома» alone is the ratio alone', () => {
    expect(
      frameOf('2025 жылғы жалақы түсімдері тоқсан бойынша бір картаға шаққандағы сома').measures,
    ).toEqual([{ fn: 'per_card', of: 'sum' }]);
  });
});

describe('"turnover by city, only those above 1 million", "average check by category, only categories above 20 000": a bare condition on the groups is on their own figure (it filtered single payments, or took the total of an average)', () => {
  it.each([
    ['turnover by city in 2025, only those above 1 million', 'sum'],
    ['count by bank in 2025, only those over 1000', 'count'],
    ['оборот по городам за 2025, только те, что больше 1 млн', 'sum'],
    ['average check by category this year, only those above 20 000', 'avg'],
    ['average check by category this year, only categories above 20 000', 'avg'],
    ['median amount by bank in 2025, only banks above 15 000', 'median'],
  ])('%s', (question, of) => {
    const frame = frameOf(question);
    expect(frame.having?.of).toBe(of);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('with two figures, which one is not said: asked back', () => {
    expect(reasonOf('turnover and count by city in 2025, only those above 1 million')).toBe(
      'group_total_condition',
    );
  });
});

describe('"ECOM turnover in November: 2025 vs 2026", "Jan–Nov: 2025 vs 2026": the month or range said once is in each of the two years set against each other (the second was the whole year)', () => {
  it.each([
    ['ECOM turnover in November: 2025 vs 2026', ['2025-11-01', '2025-12-01', '2026-11-01', '2026-12-01']],
    [
      'ECOM turnover Jan–Nov: 2025 year vs 2026 year, and change in %',
      ['2025-01-01', '2025-12-01', '2026-01-01', '2026-12-01'],
    ],
    [
      'оборот ECOM за январь–ноябрь: 2025 против 2026',
      ['2025-01-01', '2025-12-01', '2026-01-01', '2026-12-01'],
    ],
  ])('%s', (question, bounds) => {
    const sql = sqlLineOf(question);
    for (const b of bounds) expect(sql).toContain(`'${b}'`);
    expect(sql).not.toContain("'2027-01-01'");
  });
});

describe('«ең ірі онлайн төлем лирада қанша болды» (the largest online payment, in lira, how much): the size of one payment in that currency', () => {
  it.each([
    '2026 жылы лирамен (TRY) жасалған ең ірі онлайн төлем лирада қанша болды?',
    '2026 жылы TRY орташа төлем лирада қанша?',
  ])('%s', (question) => {
    expect(frameOf(question).amountIn).toBe('original');
  });
});

describe('"How many days in October had ATM cash out above 700 000 tenge?", "cities where cash out was above 10 million": the cash withdrawn is money, each group\'s total (it was single withdrawals)', () => {
  it.each([
    'How many days in October 2026 had ATM cash out above 700 000 tenge?',
    'cities where cash out was above 10 million in 2025',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.having?.of).toBe('sum');
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
  it('"ATM cash outs above 100 000" are single withdrawals', () => {
    expect(frameOf('how many ATM cash outs above 100 000 in 2025').having).toBeUndefined();
  });
});

describe('«Доля бесконтактных платежей в POS по банкам», "share of contactless payments in POS by bank": the whole said with "in" after the noun makes the part within each group (it was how the contactless POS payments spread over the banks)', () => {
  it.each([
    'Доля бесконтактных платежей в POS по банкам за прошлый квартал',
    'share of contactless payments in POS by bank last quarter',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.share?.subset).toContainEqual(values('pos_entry_mode', false, 'Contactless'));
    expect(frame.filters).toContainEqual(values('transaction_type', false, 'POS'));
  });
  it('a place after "in" stays how the payments spread over the groups', () => {
    expect(
      frameOf('share of contactless payments in Almaty by bank last quarter').share?.subset ?? [],
    ).toEqual([]);
  });
});

describe('"Foreign acquirer countries last quarter: count and tenge turnover for each (all transaction types)": a reminder in brackets after "for each" does not hide it (one figure over all countries)', () => {
  it('a row per country', () => {
    expect(
      frameOf(
        'Foreign acquirer countries last quarter: count and tenge turnover for each (all transaction types)',
      ).dimensions,
    ).toEqual(['acquirer_country_iso']);
  });
});

describe('"Which cities had payments in CNY in 2026?", "in which cities was payments in CNY": the places such payments were in, listed (it was a count per city, mk147)', () => {
  it.each([
    ['Which cities had payments in CNY in 2026?', 'merchant_city'],
    ['in which cities was payments in CNY in 2026 year', 'merchant_city'],
    ['What banks had ATM withdrawals in Taraz last month?', 'issuer_bank_name'],
    ['Which categories were ECOM payments made in last week?', 'mcc_category'],
  ])('%s', (question, column) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([column]);
    expect(frame.listValues).toBe(true);
  });
  it.each([
    'Which banks had more than 100 payments last month?',
    'Which city had the most payments?',
    'Which cities had payments in CNY in 2026, and how many?',
  ])('%s is still counted', (question) => {
    expect(frameOf(question).listValues).toBeFalsy();
  });
});

describe('«Карты каких банков платили в юанях?», "Cards of which banks paid in yuan?": the banks the cards belong to, listed — the cards are not counted (it was distinct cards per bank, mn144)', () => {
  it.each([
    ['Карты каких банков платили в юанях в 2026 году?', 'issuer_bank_name'],
    ['Cards of which banks paid in yuan in 2026?', 'issuer_bank_name'],
  ])('%s', (question, column) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([column]);
    expect(frame.listValues).toBe(true);
    expect(frame.measures.some((m) => m.fn === 'count_distinct')).toBe(false);
  });
  it('«Карты каких банков снимали наличные в Таразе в прошлом месяце?» is asked back, not counted per card', () => {
    expect(reasonOf('Карты каких банков снимали наличные в Таразе в прошлом месяце?')).not.toBe('sql');
  });
  it('"How many cards of each bank paid in yuan?" still counts the cards', () => {
    expect(frameOf('How many cards of each bank paid in yuan?').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
});

describe('«сравнение объёма … с указанием изменения в процентах», "…, indicating the change in percent": both periods and the change (it was the change alone, mp020, mp140)', () => {
  it.each([
    'Прошу предоставить сравнение объёма операций за октябрь 2026 года с октябрём 2025 года с указанием изменения в процентах.',
    'Прошу предоставить объём операций за позапрошлую и прошлую неделю с указанием изменения в процентах.',
    'Please provide turnover for October 2026 compared with October 2025, indicating the change in percent.',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql.match(/AS total_amount_/g)?.length).toBe(2);
    expect(sql).toContain('AS change_pct');
  });
});

describe('"the list of currencies in which payments were made", «в каких валютах проводились операции», «төлемдер қабылданған қалаларды»: the values listed; «города, в которых не проводились операции в AMD»: the cities with none (they were counts per value, or the other payments counted, mp035, mp056, mp059, mp113)', () => {
  it.each([
    ['Прошу указать, в каких валютах проводились операции ECOM за прошлый месяц.', 'transaction_currency'],
    [
      'Please provide the list of currencies in which transactions were made in Shymkent in 2026.',
      'transaction_currency',
    ],
    ['Прошу перечислить банки, карты которых совершали операции в юанях в 2026 году.', 'issuer_bank_name'],
    ['2026 жылы юаньмен (CNY) төлемдер қабылданған қалаларды ұсынуыңызды сұраймын.', 'merchant_city'],
    ['Which wallets were used at merchants acquired in Georgia?', 'wallet_type'],
  ])('%s', (question, column) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([column]);
    expect(frame.listValues).toBe(true);
  });
  it.each([
    'Прошу указать города, в которых за 2026 год не проводились операции в армянских драмах (AMD).',
    'Please list the cities in which no payments in AMD were made in 2026.',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.absent).toBe(true);
    expect(frame.filters.some((f) => f.kind === 'values' && f.negated)).toBe(false);
  });
});

describe('«…, только те, где больше 200» is a condition on the count shown; "cities in which the transaction volume in 2025 exceeded 300 million" on each city\'s total (they were each payment\'s amount, mr133, mp145)', () => {
  it.each([
    ['За последние две недели — количество операций по категориям, только те, где больше 200', 'count'],
    ['transaction count by category, only those where more than 200', 'count'],
    ['Оборот по городам, только те, где больше 1 млн', 'sum'],
    [
      'the cities in which the transaction volume in 2025 exceeded 300 million tenge, together with the volume',
      'sum',
    ],
    ['cities whose transaction volume exceeded 300 million tenge', 'sum'],
    ['banks whose payment turnover in 2026 was above 1 billion', 'sum'],
  ])('%s', (question, of) => {
    const frame = frameOf(question);
    expect(frame.having?.of).toBe(of);
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });
});

describe('"Grocery transactions by entry mode, with each mode\'s share %", "number of transactions by entry mode, with share %", "turnover by city, with share": the figure beside its share (the figure was dropped, mq110)', () => {
  it.each([
    ["Grocery transactions by entry mode last month, with each mode's share %", 'count'],
    ['number of transactions by entry mode, with share %', 'count'],
    ['turnover by city, with share', 'sum'],
    ['оборот по городам, с долей каждого', 'sum'],
  ])('%s', (question, fn) => {
    const frame = frameOf(question);
    expect(frame.measures.map((m) => m.fn)).toEqual([fn]);
    expect(frame.share?.withMeasure).toBe(true);
  });
  it('a whole with values joined by "и" is not a figure beside the share («Покупки (POS и ECOM) …: доля каждого способа»)', () => {
    expect(
      frameOf('Покупки (POS и ECOM) за ноябрь 2026: доля каждого способа проведения карты в количестве.')
        .share?.withMeasure,
    ).toBeFalsy();
  });
});

describe('"Summer 2026 (June–August), Kaspi vs Halyk: …, side by side": the period said again in brackets is one period, and the values are compared (it was one figure for both banks, or asked which period to compare with, mo115, mo072)', () => {
  it.each([
    'Summer 2025 (June–August), Kaspi vs Halyk: payment count, side by side',
    '2025 жылғы жазда (маусым–тамыз) Kaspi Bank пен Halyk Bank: шетелдегі операциялар саны, қатар қойып',
    'Hotels (MCC 7011), summer 2025 (Jun–Aug): Almaty vs Astana turnover, side by side',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.compare).toBeNull();
    expect(frame.time).not.toBeNull();
    expect(sqlLineOf(question).match(/FILTER \(WHERE/g)).toHaveLength(2);
  });
  it.each([
    'Summer 2024 (Jun–Aug), Kaspi vs Halyk: payment count, side by side',
    'Almaty vs the other cities: number of foreign-currency transactions in summer 2024 (Jun–Aug)',
  ])(
    '%s: the months in brackets with no year are those of the period before (it compared the summer said with the last one, or asked back)',
    (question) => {
      const frame = frameOf(question);
      expect(frame.compare).toBeNull();
      expect(frame.time).toEqual({ kind: 'dates', from: '2024-06-01', to: '2024-09-01' });
    },
  );
  it('two different periods, one in brackets, are still two', () => {
    expect(frameOf('Payments in October 2025 (vs October 2024), side by side').compare).not.toBeNull();
  });
});

describe('«Сколько карт платили и в прошлом месяце, и в позапрошлом?», "… both last month and the month before", «…, но не платили в позапрошлом»: the second period said by its word alone is the one before, and the cards are those of both (or of one only) — they were two counts side by side (mr079)', () => {
  it.each([
    ['Сколько карт платили и в прошлом месяце, и в позапрошлом?', true],
    ['How many cards paid both last month and the month before?', true],
    ['Сколько карт платили в прошлом месяце, но не платили в позапрошлом?', false],
  ])('%s', (question, also) => {
    const frame = frameOf(question);
    expect(frame.overlap?.also).toBe(also);
  });
  it('"Turnover last month and the month before" still compares the two', () => {
    expect(frameOf('Turnover last month and the month before').compare).not.toBeNull();
  });
});

describe('"Median hotel payment (MCC 7011)", "largest single hotel payment (MCC 7011) in each city": the word naming the code, with the payments\' noun between, only describes it, and passes read past it (it was asked back over "hotel", or the largest payment became a ranking of cities by count)', () => {
  it.each([
    'Median hotel payment (MCC 7011) in tenge for the whole of 2025?',
    'How many hotel payments (MCC 7011) above 100,000 tenge were there in summer 2025 (June–August)?',
  ])('%s', (question) => {
    expect(reasonOf(question)).toBe('sql');
    expect(sqlLineOf(question)).toContain('merchant_mcc = 7011');
  });
  it('"largest single hotel payment (MCC 7011) in each city in 2025" is the largest payment of each city', () => {
    const frame = frameOf('largest single hotel payment (MCC 7011) in each city in 2025');
    expect(frame.measures).toEqual([{ fn: 'max' }]);
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.limit).toBeNull();
  });
  it('a word of a hotel with no code is still asked back', () => {
    expect(reasonOf('Median hotel payment in 2025')).not.toBe('sql');
  });
});

describe('"count and turnover by bank, by turnover descending", "… for each, sorted by turnover": "by" and the measure with an order word sort the rows by that measure, and an order after "for each" does not hide it (the rows were ordered by the count, "descending" was asked back, and "for each, sorted by …" was one figure over all countries, mr100)', () => {
  it.each([
    ['count and turnover by bank, by turnover descending', 'total_amount DESC'],
    ['count and turnover for each bank, by count ascending', 'transaction_count ASC'],
    [
      'Foreign acquirer countries over the last 90 days: count and turnover for each, by turnover descending',
      'total_amount DESC',
    ],
  ])('%s', (question, order) => {
    expect(sqlLineOf(question)).toContain(`ORDER BY ${order}`);
  });
  it('"Foreign acquirer countries …: count and turnover for each, sorted by turnover" keeps a row per country', () => {
    expect(
      frameOf(
        'Foreign acquirer countries over the last 90 days: count and turnover for each, sorted by turnover',
      ).dimensions,
    ).toEqual(['acquirer_country_iso']);
  });
});

describe('"Turnover for each, last month", "count for each": "each" naming nothing the plan breaks down by is asked back (it was one figure over everything, silently)', () => {
  it.each(['count for each', 'Turnover for each, last month'])('%s', (question) => {
    expect(reasonOf(question)).toBe('unknown_words');
  });
  it.each([
    'Categories last month: turnover for each, thanks',
    'Cash withdrawals in November 2025 vs November 2024: the count for each and the change in %.',
    'On average, how many transactions does each card make this month?',
  ])('%s is still answered', (question) => {
    expect(reasonOf(question)).toBe('sql');
  });
});

describe('a part of a month is read only when said with the month, not across a comma (found while reading "the first half of last month")', () => {
  it('"Last month, how did the first ten days compare with the last ten days" never makes "the last ten days" the rolling ones beside last month\'s first ten', () => {
    const r = understandQuestion(
      'Last month, how did the first ten days compare with the last ten days by turnover? One row.',
      TEST_CONTEXT,
    );
    if (r.kind === 'sql') expect(r.sql).not.toContain('current_date - 9');
    else expect(r.kind).toBe('clarify');
  });
});

describe('two ratios per card after a lead-in or a first item (mv121 kept the last ratio alone, silently)', () => {
  it('"POS only, 2025: transactions per card and amount per card by city" keeps both ratios', () => {
    const { measures } = frameOf('POS only, 2025: transactions per card and amount per card by city');
    expect(measures).toEqual([
      { fn: 'per_card', of: 'count' },
      { fn: 'per_card', of: 'sum' },
    ]);
  });
  it('"number of payments, payments per card and spend per card by bank" keeps the count and both ratios', () => {
    const { measures } = frameOf('number of payments, payments per card and spend per card by bank');
    expect(measures).toEqual([
      { fn: 'count' },
      { fn: 'per_card', of: 'count' },
      { fn: 'per_card', of: 'sum' },
    ]);
  });
});

describe('"count and KZT equivalent", «количество и эквивалент в тенге»: the equivalent listed among the figures is the amount in tenge (mt049 dropped it, silently)', () => {
  it.each([
    'Foreign-currency payments by Google Pay in 2025: count and tenge equivalent',
    'Валютные платежи Google Pay за 2025 год: количество и эквивалент в тенге',
  ])('"%s" counts and sums', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count' }, { fn: 'sum' }]);
  });
});

describe('a condition on each group\'s average or total said with the payments\' noun or the original currency between ("average transaction amount", «сумма в юанях (в валюте операции)») filtered single payments (mu062, mt024)', () => {
  it('"Banks whose average transaction amount in 2025 exceeded 15,000 tenge" keeps the banks whose average did', () => {
    const line = sqlLineOf('Banks whose average transaction amount in 2025 exceeded 15,000 tenge');
    expect(line).toContain('HAVING avg(transaction_amount_kzt) > 15000');
    expect(line).not.toContain('transaction_amount_kzt > 15000 AND');
  });
  it("«Города, у которых сумма в долларах (в валюте операции) за 2025 год превысила 10 000 долларов» is on each city's total in dollars", () => {
    const line = sqlLineOf(
      'Города, у которых сумма в долларах (в валюте операции) за 2025 год превысила 10 000 долларов',
    );
    expect(line).toContain('HAVING sum(original_amount) > 10000');
    expect(line).not.toContain('original_amount > 10000 AND');
  });
});

describe('«…, аударым түрлері бойынша» (by the types of transfer): a Kazakh breakdown over the values a word names, "by" after the column word, was one total (mu030)', () => {
  it('«кіріс және шығыс аударымдардың 2025 жылғы сомасы, аударым түрлері бойынша» is a row per type', () => {
    expect(
      frameOf('Кіріс және шығыс аударымдардың 2025 жылғы сомасы, аударым түрлері бойынша').dimensions,
    ).toEqual(['transaction_type']);
  });
});

describe("a Kazakh share within each group with the part's condition restated in brackets in SQL words («… операциялардың (transaction_currency <> KZT) үлесі») spread the part over the groups (mu075)", () => {
  it('«2025 жылы әр қаладағы валюталық операциялардың (transaction_currency <> KZT) үлесі» is the part within each city', () => {
    const frame = frameOf(
      '2025 жылы әр қаладағы валюталық операциялардың (transaction_currency <> KZT) үлесі',
    );
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.share?.subset).toEqual([
      { kind: 'values', column: 'transaction_currency', values: ['KZT'], negated: true },
    ]);
  });
});

describe('the measure said again right before an order word, in its own item ("…, turnover descending", «…, көлемнің кему ретімен») was ignored and the rows ordered by the first measure (mu094)', () => {
  it.each([
    'count and turnover by bank for 2025, turnover descending',
    '2025 жылы банктер бойынша операциялар саны мен айналымы, айналымның кему ретімен',
  ])('"%s" orders by the turnover', (question) => {
    expect(sqlLineOf(question)).toContain('ORDER BY total_amount DESC');
  });
  it('the first measure said again keeps its order: "turnover and count by bank, turnover descending"', () => {
    expect(sqlLineOf('turnover and count by bank for 2025, turnover descending')).toContain(
      'ORDER BY total_amount DESC',
    );
  });
});

describe("a season or a day in a campaign's name, with the campaign's dates said after it, is no period of its own (ms036 set autumn against the promo's dates; ms041 took \"11.11\" for the period and dropped Nov 1–11)", () => {
  it('"Turnover at MCC 5812 during the Summer Grill promo (1 Jun – 15 Jul 2026)" is the promo\'s dates alone', () => {
    expect(frameOf('Turnover at MCC 5812 during the Summer Grill promo (1 Jun – 15 Jul 2026)').time).toEqual({
      kind: 'dates',
      from: '2026-06-01',
      to: '2026-07-16',
    });
  });
  it('"ECOM count during the 12.12 sale window, Dec 5–12 2025" is the window\'s dates', () => {
    expect(frameOf('ECOM count during the 12.12 sale window, Dec 5–12 2025').time).toEqual({
      kind: 'dates',
      from: '2025-12-05',
      to: '2025-12-13',
    });
  });
});

describe('«2026 жылғы 1–15 қазан» is one period: the year written before the days left a whole year beside them, so «Kaspi мен Halyk …, қатар қойып» was a row per bank (ms039) and most Kazakh dated questions with a holiday were asked back', () => {
  it('«2025 жылғы 10–20 мамыр» is those days alone', () => {
    expect(frameOf('2025 жылғы 10–20 мамыр айналымы').time).toEqual({
      kind: 'dates',
      from: '2025-05-10',
      to: '2025-05-21',
    });
  });
  it('«Forte мен Jusan: 2025 жылғы 10–20 мамыр акциясы кезіндегі айналым, қатар қойып» is one row, a column per bank', () => {
    const frame = frameOf('Forte мен Jusan: 2025 жылғы 10–20 мамыр акциясы кезіндегі айналым, қатар қойып');
    expect(frame.dimensions).toEqual(['group_split']);
  });
  it("«8 наурыз науқаны: 2025 жылғы 5–8 наурыздағы айналым» is the campaign's dates, not the day in its name", () => {
    expect(frameOf('8 наурыз науқаны: 2025 жылғы 5–8 наурыздағы айналым банктер бойынша').time).toEqual({
      kind: 'dates',
      from: '2025-03-05',
      to: '2025-03-09',
    });
  });
});

describe("«Сколько дней … оборот по валютным операциям превышал 500 тыс.?»: the turnover of the payments said as what they are not is each day's — it filtered single payments over 500 000 and counted their days", () => {
  it('counts the days whose turnover passed', () => {
    const line = sqlLineOf('Сколько дней в 2025 году оборот по валютным операциям превышал 300 тыс. тенге?');
    expect(line).toContain('HAVING sum(transaction_amount_kzt) > 300000');
    expect(line).not.toContain('transaction_amount_kzt > 300000 AND');
  });
});

describe('cards named first as the whole, "Of Kaspi cards active in 2025, what % paid by QR?", «Из карт …, какая доля платила …»: the share is of the cards — it counted their payments (ha048), or asked back', () => {
  const cardShare = 'count(DISTINCT card_key) FILTER';
  it('"of" and "among" opening the question', () => {
    expect(
      sqlLineOf('Of the Halyk cards active in March 2025, what percent paid with Samsung Pay?'),
    ).toContain(`${cardShare} (WHERE wallet_type = 'Samsung Pay')`);
    const among = sqlLineOf('Among Jusan cards used in 2025 what % paid by QR?');
    expect(among).toContain(`${cardShare} (WHERE pos_entry_mode = 'QR_Code')`);
    expect(among).toContain("issuer_bank_name = 'Jusan Bank'");
  });
  it('a relative clause in the whole, "there" and "at least once" in the part', () => {
    const line = sqlLineOf(
      'Of the cards that paid in pharmacies in April 2025, what % used Google Pay there at least once?',
    );
    expect(line).toContain(`${cardShare} (WHERE wallet_type = 'Google Pay')`);
    expect(line).toContain("mcc_category = 'Pharmacies & Health'");
  });
  it('in Russian, with a verb of paying after the share word', () => {
    const line = sqlLineOf(
      'Из карт Forte, активных в 2025 году, какая доля хоть раз платила через Apple Pay?',
    );
    expect(line).toContain(`${cardShare} (WHERE wallet_type = 'Apple Pay')`);
    expect(line).toContain("issuer_bank_name = 'ForteBank'");
  });
  it('payments named for the share are still what it is of', () => {
    expect(sqlLineOf('Of Kaspi cards, what share of transactions were QR in 2025?')).toContain(
      "count(*) FILTER (WHERE pos_entry_mode = 'QR_Code')",
    );
  });
});

describe('"how many distinct cards used a wallet", "Wallet penetration in groceries: % of … paid with a wallet": a wallet, any one, is a condition — it was a row per wallet (my143, my083)', () => {
  it('"used a wallet" is the payments with one', () => {
    const line = sqlLineOf('how many distinct cards used a wallet in March 2025?');
    expect(line).toContain('wallet_type IS NOT NULL');
    expect(line).not.toContain('GROUP BY');
  });
  it('a heading\'s "wallet penetration" with "paid with a wallet" after it is one share', () => {
    const line = sqlLineOf(
      'Wallet penetration at pharmacies: % of POS payments paid with a wallet, May 2025',
    );
    expect(line).toContain('count(*) FILTER (WHERE wallet_type IS NOT NULL)');
    expect(line).not.toContain('GROUP BY');
  });
  it('"each wallet\'s share of all wallet payments" is still a row per wallet', () => {
    expect(sqlLineOf("each wallet's share of all wallet payments in 2025")).toContain('GROUP BY wallet_type');
  });
});

describe('«В каких городах снятий наличных в октябре 2026 было больше 50?»: the payments in the genitive, «было» and a bare number count them — it filtered payments over 50 tenge (mx008)', () => {
  it("a condition on each group's count", () => {
    const line = sqlLineOf('В каких банках переводов в марте 2025 было больше 300?');
    expect(line).toContain('HAVING count(*) > 300');
    expect(line).not.toContain('transaction_amount_kzt > 300');
  });
  it('with money after the number it stays the amounts', () => {
    expect(
      sqlLineOf('В каких городах снятий наличных в марте 2025 было больше 50 тысяч тенге?'),
    ).not.toContain('HAVING count(*)');
  });
});

describe('"H1 2024 vs H2", «2024 жылғы 1-тоқсан мен 2-тоқсан»: the second point with no year is in the first one\'s year — it was the latest such half or quarter, another year (my144)', () => {
  it('a half and a quarter after the one with the year', () => {
    expect(frameOf('number of Apple Pay cards: H1 2024 vs H2, change in %').compare?.later).toEqual({
      kind: 'dates',
      from: '2024-07-01',
      to: '2025-01-01',
    });
    expect(sqlLineOf('2024 жылғы 1-тоқсан мен 2-тоқсандағы операциялар саны')).toContain(
      "transaction_timestamp >= '2024-04-01' AND transaction_timestamp < '2024-07-01'",
    );
  });
});

describe('"August and September 2025 side by side: the count for each month": two adjoining periods set side by side are compared — they were one timeline, a row per month', () => {
  it.each([
    'August and September 2025 side by side: the count for each month',
    '2025 жылғы тамыз бен қыркүйекті қатар қойып: әр айдың саны',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.compare).not.toBeNull();
    expect(frame.dimensions).toEqual([]);
  });
});

describe('"per bank: % of ECOM txns with non-KAZ acquirer": a negated value after "with" is the part, the payments before it the whole — they were the other way round (mw009)', () => {
  it('within each group', () => {
    const line = sqlLineOf('per city: % of POS txns with non-Kaspi cards, 2025');
    expect(line).toContain("count(*) FILTER (WHERE issuer_bank_name <> 'Kaspi Bank')");
    expect(line).toContain("WHERE transaction_type = 'POS'");
  });
});

describe('"Txn mix by type for Kaspi cards: count + share %": "+" joins the count to the share as "and" does — the count was dropped (my115)', () => {
  it('both columns', () => {
    const line = sqlLineOf('payments by wallet, 2025: count + share %');
    expect(line).toContain('count(*) AS transaction_count');
    expect(line).toContain('AS share_pct');
  });
});

describe('«зарплата түсімдерінің саны» (the number of salary receipts): a noun of money in the genitive before «саны» names what is counted — an amount was added beside the count (mx067)', () => {
  it('the count alone', () => {
    expect(sqlLineOf('Шымкентте зарплата түсімдерінің саны 2025 жылы')).toMatch(
      /^SELECT count\(\*\) AS transaction_count FROM/,
    );
  });
  it('the amount and the count when both are asked', () => {
    expect(sqlLineOf('Шымкентте зарплата түсімдерінің сомасы мен саны 2025 жылы')).toContain(
      'sum(transaction_amount_kzt) AS total_amount, count(*) AS transaction_count',
    );
  });
});

describe('"cnt per city, amt bands as columns: …": a word of money right before the band word names what is banded — a total was added beside the count (mw045)', () => {
  it('the count in each band alone', () => {
    const line = sqlLineOf('POS 2025, cnt per bank, amt bands as columns: under 5k, 5k-20k, over 20k');
    expect(line).toContain('count(*) FILTER (WHERE transaction_amount_kzt < 5000)');
    expect(line).not.toContain('sum(');
  });
});

describe('"Wallet payments per wallet-using card, by bank", "number of wallet-using cards": the hyphenated wallet describes the cards — it was a row per wallet, or the wallets counted (my040)', () => {
  it('per card of the cards the words say', () => {
    const line = sqlLineOf('Wallet payments per wallet-using card, by city, 2025');
    expect(line).toContain('count(*)::numeric / nullif(count(DISTINCT card_key), 0)');
    expect(line).toContain('wallet_type IS NOT NULL');
    expect(line).not.toContain('GROUP BY wallet_type');
    expect(sqlLineOf('spend per Halyk card in 2025')).toContain("WHERE issuer_bank_name = 'Halyk Bank'");
  });
  it('the cards counted', () => {
    expect(sqlLineOf('number of wallet-using cards by bank in 2025')).toContain('count(DISTINCT card_key)');
  });
  it('"payments per QR-paying card" (all the payments of cards that ever paid by QR) is still asked back', () => {
    expect(sqlLineOf('payments per QR-paying card in 2025')).toBe('(clarify)');
  });
});

describe('«Структура POS-платежей … по категориям: количество и доля каждой категории»: the payments whose structure is asked are the whole — POS was taken for the part within each category', () => {
  it("each group's count and share of the whole", () => {
    const line = sqlLineOf(
      'Структура POS-платежей в Таразе по категориям за 2025 год: количество и доля каждой категории',
    );
    expect(line).toContain('100.0 * count(*) / sum(count(*)) OVER ()');
    expect(line).toContain("transaction_type = 'POS'");
    expect(line).not.toContain("FILTER (WHERE transaction_type = 'POS')");
  });
});

describe('«Оборот Каспи … по категориям и доля Каспи в обороте каждой категории»: the part\'s figure said before "and" was dropped, the share shown alone — asked back (ku108)', () => {
  it('asked back', () => {
    expect(
      sqlLineOf('Оборот Халыка в POS за 2025 год по категориям и доля Халыка в обороте каждой категории'),
    ).toBe('(clarify)');
  });
});

describe('conditions on each group read as filters on single payments, or on another figure (nc069, nd024, nd042, na078, nb055)', () => {
  it('«только категории, в которых мерчантов больше 200»: a preposition before «которых», merchants counted', () => {
    const line = sqlLineOf(
      'Число уникальных мерчантов по категориям за 2024 год, только категории, в которых мерчантов больше 150.',
    );
    expect(line).toContain('HAVING count(DISTINCT merchant_id) > 150');
    expect(line).not.toContain('transaction_amount_kzt > 150');
  });
  it('"…, only where count > 5000": the figure named before the comparison', () => {
    const line = sqlLineOf('cities + ecom txn count 2024, only where count > 3000');
    expect(line).toContain('HAVING count(*) > 3000');
    expect(line).not.toContain('transaction_amount_kzt > 3000');
  });
  it('"cities where avg p2p_out amount > 22k": the average, the payments\' kind between', () => {
    expect(sqlLineOf('banks where avg ecom amount > 15k in 2024, show the avg')).toContain(
      'HAVING avg(transaction_amount_kzt) > 15000',
    );
  });
  it('«… медианасы 6 850 теңгеден жоғары болған қалалар», "cities whose median … is above": the median named alone', () => {
    expect(
      sqlLineOf(
        '2024 жылы ECOM төлемдерінің медианасы 9 000 теңгеден жоғары болған банктер: банк және медиана',
      ),
    ).toContain('HAVING percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt) > 9000');
    expect(sqlLineOf('cities whose median POS payment in 2024 is above 7000')).toContain(
      'HAVING percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt) > 7000',
    );
  });
  it('«Сколько дней … оборот по MCC 5411 превышал 250 тыс.?»: a code with its column word between', () => {
    const line = sqlLineOf('Сколько дней в марте 2025 оборот по MCC 5812 превышал 300 тыс.?');
    expect(line).toContain('HAVING sum(transaction_amount_kzt) > 300000');
    expect(line).not.toContain('transaction_amount_kzt > 300000 AND');
  });
});

describe('figures added or dropped beside the one asked (nc140, na055, nd017) and a Kazakh verb of payments happening (nc054)', () => {
  it('«орташа чек … қанша теңгені құрады?»: "how many tenge" asks the average in tenge, no total beside it', () => {
    expect(
      sqlLineOf(
        '2025 жылғы екінші тоқсанда дәріханалардағы орташа чек әр банк бойынша қанша теңгені құрады?',
      ),
    ).toMatch(/^SELECT issuer_bank_name, avg\(transaction_amount_kzt\) AS avg_amount FROM/);
    // (…but "and how many tenge were spent" asks both.)
    expect(sqlLineOf('average check in pharmacies in 2025 by bank and how many tenge were spent')).toContain(
      'sum(transaction_amount_kzt) AS total_amount',
    );
  });
  it('«Сколько в среднем тратит одна карта …, по городам? Оборот на одну карту.»: the ratio said again in a sentence of its own', () => {
    expect(
      sqlLineOf(
        'Сколько в среднем тратит одна карта в аптеках за 2024 год, по банкам? Оборот на одну карту.',
      ),
    ).toMatch(
      /^SELECT issuer_bank_name, sum\(transaction_amount_kzt\) \/ nullif\(count\(DISTINCT card_key\), 0\) AS amount_per_card FROM/,
    );
  });
  it('"…, w % change": the shorthand "w" adds the change beside both periods', () => {
    const line = sqlLineOf('mar 2025 vs mar 2024 total amt, w % change');
    expect(line).toMatch(/^SELECT sum\(transaction_amount_kzt\) FILTER/);
    expect(line).toContain('AS change_pct');
  });
  it('«қандай валюталарда операциялар жүргізілді?»: the values that occur, listed', () => {
    expect(sqlLineOf('2025 жылы Шымкент қаласында қандай валюталарда операциялар жүргізілді?')).toMatch(
      /^SELECT transaction_currency FROM/,
    );
  });
});

describe('"ATM withdrawals as a % of … ATM withdrawals, POS and ECOM", "share of P2P_OUT in transfers": a share\'s part, then after "in" or "% of" values of its column again — the whole (na043; asked back: ix056, kc010, kc149, mm051)', () => {
  it('the whole a list that names the part again', () => {
    const line = sqlLineOf(
      'ATM withdrawals as a % of the total of ATM withdrawals, POS and ECOM payments in 2024',
    );
    expect(line).toContain("FILTER (WHERE transaction_type = 'ATM_WITHDRAWAL')");
    expect(line).toContain("WHERE transaction_type IN ('ATM_WITHDRAWAL', 'POS', 'ECOM')");
  });
  it('the whole a wider word of the column, after "in" (it was the share of all payments)', () => {
    for (const q of [
      'share of P2P_OUT in transfers in 2024',
      'доля исходящих переводов в переводах за 2024',
    ]) {
      const line = sqlLineOf(q);
      expect(line).toContain("FILTER (WHERE transaction_type = 'P2P_OUT')");
      expect(line).toContain("WHERE transaction_type IN ('P2P_IN', 'P2P_OUT')");
    }
  });
  it('«доля ECOM в обороте POS и ECOM»: the list after «в» (it was asked back)', () => {
    expect(sqlLineOf('доля ECOM в обороте POS и ECOM за 2024')).toContain(
      "WHERE transaction_type IN ('POS', 'ECOM')",
    );
  });
  it('the part said again is the same filter, and "what % of X were Y" keeps X the whole', () => {
    expect(
      sqlLineOf(
        'Late-night dining: what share of cafe and restaurant payments in 2024 were made at 22:00 or later?',
      ),
    ).toContain('FILTER (WHERE extract(hour FROM transaction_timestamp) >= 22)');
    expect(
      sqlLineOf('Afternoon taps: what % of contactless payments in 2024 fell between 13:00 and 15:59?'),
    ).toContain("WHERE pos_entry_mode = 'Contactless'");
  });
});

describe('column names written with underscores are one unit (nh032, nh062: "with wallet_type" grew a row per transaction type)', () => {
  it.each([
    "count distinct card_key with wallet_type = 'Apple Pay', by month for 2024",
    "number of rows with wallet_type = 'Google Pay' by merchant_city in 2024",
  ])('%s', (q) => {
    expect(sqlLineOf(q)).not.toContain('transaction_type');
  });
  it('a word before a name that has no reading of its own still joins it: "outgoing (P2P_OUT)"', () => {
    expect(
      sqlLineOf('average transfer size in 2024, outgoing (P2P_OUT) vs incoming (P2P_IN), in one row'),
    ).toContain("transaction_type = 'P2P_IN'");
  });
});

describe('"count distinct merchant_id" after another count is the merchants, not a count of payments too (nh074)', () => {
  it.each([
    'count distinct card_key and count distinct merchant_id for Aktobe, May 2024',
    'count distinct card_key, count distinct merchant_id in Aktobe in May 2024',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('count(DISTINCT merchant_id)');
    expect(line).not.toContain('count(*)');
  });
});

describe('the number of merchants or cards compared is a condition on each group, of them (nh075: filtered payments over 300 tenge)', () => {
  it.each([
    [
      'merchant_city with count(distinct merchant_id) > 250 in 2024',
      'HAVING count(DISTINCT merchant_id) > 250',
    ],
    ['cities where the number of merchants is above 250 in 2024', 'HAVING count(DISTINCT merchant_id) > 250'],
    ['города, где количество мерчантов больше 250 в 2024 году', 'HAVING count(DISTINCT merchant_id) > 250'],
    ['banks where the number of cards is above 4000 in 2024', 'HAVING count(DISTINCT card_key) > 4000'],
  ])('%s', (q, having) => {
    const line = sqlLineOf(q);
    expect(line).toContain(having);
    expect(line).not.toContain('transaction_amount_kzt >');
  });
});

describe('«уникальные значения <column>» lists the values, as "distinct values of" does (nh124: a count per value)', () => {
  it('no count shown', () => {
    const line = sqlLineOf('Уникальные значения wallet_type по операциям в Алматы за 2024');
    expect(line).toMatch(/^SELECT wallet_type FROM/);
  });
});

describe('a superlative, then every group it asks about (nf035, ng055: cut to the top one)', () => {
  it.each([
    'Which bank had the most grocery payments in 2024? Count them for every bank, most first.',
    '2024 жылы қай қалада ең көп төлем болды? Барлық қалаларды көптен азға қарай көрсет',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).not.toContain('LIMIT');
  });
  it('another column after "each" still ranks within its groups', () => {
    expect(
      sqlLineOf('Which bank leads in QR payments in each city? The top bank per city, for 2024.'),
    ).toContain('PARTITION BY merchant_city');
  });
});

describe('«екеуін де, айырмасын да» after "how many more … than": both figures and the difference (ng071: the difference alone)', () => {
  it('three columns', () => {
    const line = sqlLineOf(
      '2024 жылы Ақтөбеде Таразға қарағанда қанша операция көп болды? Екеуін де, айырмасын да көрсет',
    );
    expect(line).toContain('AS transaction_count_aktobe');
    expect(line).toContain('difference');
  });
});

describe('a per-card ratio asked, then named again as a column in a sentence after (nf097: a total added and ranked by it)', () => {
  it.each([
    'Клиенты какого банка тратят больше всего в расчёте на одну карту за 2024 год? Покажи банк и сумму на карту.',
    "Which bank's cardholders spend the most per card in 2024? Show the bank and the spend per card.",
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).not.toContain('AS total_amount');
    expect(line).toContain('ORDER BY amount_per_card DESC');
  });
});

describe('«қанша дәріхана карта арқылы төлем қабылдады»: the places counted, the card only how they were paid (nf146: the cards counted)', () => {
  it('the merchants', () => {
    const line = sqlLineOf('2024 жылы Ақтөбеде қанша кафе карта арқылы төлем қабылдады?');
    expect(line).toContain('count(DISTINCT merchant_id)');
    expect(line).not.toContain('card_key');
  });
  it('"through how many cards" still counts the cards', () => {
    expect(sqlLineOf('2024 жылы қанша карта арқылы төлем жасалды?')).toContain('count(DISTINCT card_key)');
  });
});

describe("conditions said before a share's inner period are the whole's (na131: POS was the part)", () => {
  it.each([
    ['What share of 2024 ECOM spend was made in November?', "transaction_type = 'ECOM'"],
    ['What share of POS turnover in 2024 came in Q4?', "transaction_type = 'POS'"],
    ['What share of Kaspi Bank payments in 2024 fell in December 2024?', "issuer_bank_name = 'Kaspi Bank'"],
    ['Какая доля оборота в Алматы за 2024 год пришлась на декабрь?', "merchant_city = 'Almaty'"],
    ['2024 жылғы Алматыдағы айналымның қанша пайызы желтоқсанға тиесілі?', "merchant_city = 'Almaty'"],
  ])('%s', (q, condition) => {
    const line = sqlLineOf(q);
    expect(line).toContain("FILTER (WHERE transaction_timestamp >= '2024-");
    expect(line).toContain(`WHERE ${condition} AND transaction_timestamp >= '2024-01-01'`);
    expect(line).not.toContain(`FILTER (WHERE ${condition}`);
  });
  it('a condition after the inner period stays the part', () => {
    const line = sqlLineOf('What share of 2024 turnover in December was POS?');
    expect(line).toContain("FILTER (WHERE transaction_type = 'POS')");
  });
});

describe('a verb the part falls by keeps a year and a later month apart (one month, the share asked back)', () => {
  it.each([
    ['Какая доля оборота 2024 года пришлась на декабрь?', 'amount_share_pct'],
    ['Какая доля POS-оборота 2024 года пришлась на ноябрь?', 'amount_share_pct'],
  ])('%s', (q, column) => {
    const line = sqlLineOf(q);
    expect(line).toContain(column);
    expect(line).toContain("FILTER (WHERE transaction_timestamp >= '2024-1");
    expect(line).toContain("transaction_timestamp >= '2024-01-01' AND transaction_timestamp < '2025-01-01'");
  });
  it("a count of the year's payments that fell in a month is that month's", () => {
    const line = sqlLineOf('Сколько платежей 2024 года пришлось на декабрь?');
    expect(line).toContain("transaction_timestamp >= '2024-12-01' AND transaction_timestamp < '2025-01-01'");
  });
});

describe("the groups' average compared, with values or the payments' noun between (nk124: the sum; ni142: each payment)", () => {
  it.each([
    ['Categories whose average POS transaction amount in 2024 was not less than 20,000 KZT', '>= 20000'],
    ['Which banks had an average foreign payment above 30,000 tenge in 2024?', '> 30000'],
    ['Cities where the average ECOM transaction amount in 2024 exceeded 25 000 tenge', '> 25000'],
  ])('%s', (q, condition) => {
    const line = sqlLineOf(q);
    expect(line).toContain(`HAVING avg(transaction_amount_kzt) ${condition}`);
    expect(line).not.toContain('transaction_amount_kzt >');
  });
});

describe('a change in % listed after a period and the other one said by itself shows both (nl071: the change alone)', () => {
  it.each([
    'Кол-во транзакций за прошлый месяц к позапрошлому, изм. в %',
    'Оборот за прошлую неделю к позапрошлой - изменение в %',
    'Turnover last month, change in % vs the month before',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toMatch(/_2_(months|weeks)_ago, .*_last_(month|week), .*AS change_pct/);
  });
  it('asked as a question of its own, the change alone', () => {
    const line = sqlLineOf('На сколько процентов изменился оборот за прошлый месяц к позапрошлому?');
    expect(line).toMatch(/^SELECT 100\.0 \*/);
  });
});

describe('«по итогам» a period says the period, no total (nj070: a total beside the average)', () => {
  it.each([
    [
      'Ср. чек на АЗС (Fuel & Service Stations) по итогам 2024 года',
      'SELECT avg(transaction_amount_kzt) AS avg_amount FROM',
    ],
    ['2024 жыл қорытындысы бойынша орташа чек', 'SELECT avg(transaction_amount_kzt) AS avg_amount FROM'],
    [
      'Средний чек по итогам октября 2024 по банкам',
      'SELECT issuer_bank_name, avg(transaction_amount_kzt) AS avg_amount FROM',
    ],
  ])('%s', (q, start) => {
    const line = sqlLineOf(q);
    expect(line.startsWith(start)).toBe(true);
    expect(line).not.toContain('sum(');
  });
});

describe('places named by a code in brackets, counted as places (ni023: their payments counted)', () => {
  it.each([
    'Сколько разных гостиниц (MCC 7011) принимали оплату в Алматы в 2024 году?',
    'How many hotels (MCC 7011) accepted card payments in 2024?',
    '2024 жылы Алматыда қанша қонақүй (MCC 7011) төлем қабылдады?',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('SELECT count(DISTINCT merchant_id)');
    expect(line).toContain('merchant_mcc = 7011');
  });
  it("the places' payments stay payments", () => {
    expect(sqlLineOf('How many hotel payments (MCC 7011) were there in 2024?')).toContain('SELECT count(*)');
  });
});

describe('"list the X that …" lists the values (nk120: a count per value)', () => {
  it.each([
    [
      'List the acquirer countries that processed transactions of Bank CenterCredit cards in Q4 2024.',
      'SELECT acquirer_country_iso FROM',
    ],
    ['List the cities that had Kaspi Bank payments in 2024', 'SELECT merchant_city FROM'],
  ])('%s', (q, start) => {
    expect(sqlLineOf(q).startsWith(start)).toBe(true);
  });
  it('with a figure, still a breakdown', () => {
    expect(sqlLineOf('Show the cities that had more than 1000 payments in 2024')).toContain('count(*)');
  });
});

describe("a range's end day said as left out is not in it (it was counted in, or 'exclusive' read as 'only')", () => {
  it.each([
    ['ECOM count from 1 to 15 November 2024, end date exclusive', "< '2024-11-15'"],
    [
      'Количество ECOM-операций с 1 ноября 2024 г. включительно по 15 ноября 2024 г. не включая',
      "< '2024-11-15'",
    ],
    ['Количество ECOM-операций с 1 ноября 2024 по 15 ноября 2024, не включая 15 ноября', "< '2024-11-15'"],
    ['ECOM count from 2024-11-01 to 2024-11-15 exclusive', "< '2024-11-15'"],
  ])('%s', (q, end) => {
    const line = sqlLineOf(q);
    expect(line).toContain("transaction_timestamp >= '2024-11-01'");
    expect(line).toContain(`transaction_timestamp ${end}`);
  });
  it('said of no range, it is asked back', () => {
    expect(sqlLineOf('Количество ECOM-операций в ноябре 2024, не включая Kaspi')).toContain('clarify');
  });
});

describe("a range's start said as included before its joiner (only the end day was the period)", () => {
  it.each([
    'Количество ECOM-операций с 1 ноября 2024 г. включительно по 15 ноября 2024 г.',
    'Сумма операций с 1 ноября 2024 включительно по 15 ноября 2024 включительно',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain("transaction_timestamp >= '2024-11-01' AND transaction_timestamp < '2024-11-16'");
  });
});

describe('"where the average is above …" after the groups: a condition on each group\'s average (np045 filtered single payments)', () => {
  it.each([
    [
      'Average transaction amount by mcc_category for H2 2024, only categories where the average is above 20 000 tenge',
      'HAVING avg(transaction_amount_kzt) > 20000',
    ],
    [
      'Average amount by category in 2024, only categories with an average above 20000',
      'HAVING avg(transaction_amount_kzt) > 20000',
    ],
    [
      'Median amount by city in 2024, only cities where the median amount is over 9000',
      'HAVING percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt) > 9000',
    ],
  ])('%s', (q, having) => {
    const line = sqlLineOf(q);
    expect(line).toContain(having);
    expect(line).not.toContain('WHERE transaction_amount_kzt');
  });
});

describe('a spelled ratio with the total\'s currency, "(total tenge / distinct cards)" (np030 added a count of cards)', () => {
  it.each([
    'Halyk Bank, Q1 2024: amount per card (total tenge / distinct cards).',
    'Сумма на карту по банкам за 2024 (оборот в тенге / уникальные карты)',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain(
      'sum(transaction_amount_kzt) / nullif(count(DISTINCT card_key), 0) AS amount_per_card',
    );
    expect(line).not.toContain('AS card_count');
  });
});

describe('"card swipes" are swipe payments (nn034 counted the cards)', () => {
  it.each([
    ['How many card swipes were there in Pavlodar in September 2024?', 'SELECT count(*)'],
    ['Swipes by city in 2024', 'SELECT merchant_city, count(*)'],
  ])('%s', (q, start) => {
    const line = sqlLineOf(q);
    expect(line.startsWith(start)).toBe(true);
    expect(line).toContain("pos_entry_mode = 'Swipe'");
  });
});

describe('the question word said again in a clause a comma opens, «…, а сколько в Астане?», «…, Таразда қанша?» (nm031 added the cities up)', () => {
  it.each([
    'Сколько операций было в Алматы в 2024 году, а сколько в Астане?',
    '2024 жылы Алматыда қанша транзакция болды, Астанада қанша?',
    '2024 жылы Алматыда қанша транзакция болды, ал Астанада қанша?',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toContain('GROUP BY merchant_city');
  });
});

describe('«апта күндерінің қайсысында … ең көп», on which one of the weekdays (nm064 showed all seven)', () => {
  it.each([
    ['2024 жылы Шымкентте апта күндерінің қайсысында транзакция ең көп болды?', 'GROUP BY extract(isodow'],
    ['2024 жылы банктердің қайсысы ең көп операция жасады?', 'GROUP BY issuer_bank_name'],
  ])('%s', (q, group) => {
    const line = sqlLineOf(q);
    expect(line).toContain(group);
    expect(line).toContain('LIMIT 1');
  });
});

describe('«8 мыңнан көп операция болды»: more than 8 thousand payments in each group (nm131 filtered payments above 8 000 tenge)', () => {
  it('counts the payments of each group', () => {
    const line = sqlLineOf('2024 жылы қай қалаларда 8 мыңнан көп операция болды? саны қанша?');
    expect(line).toContain('HAVING count(*) > 8000');
    expect(line).not.toContain('transaction_amount_kzt > 8000');
  });
  it.each([
    '2024 жылы қай қалаларда 100 мыңнан жоғары операциялар болды?',
    '2024 жылы қай қалаларда 8 мың теңгеден көп операция болды?',
  ])('payments above an amount stay so: %s', (q) => {
    expect(sqlLineOf(q)).toContain('transaction_amount_kzt >');
  });
});

describe('a wallet word asked which or ranked ("Which digital wallet was used most?" was the largest payment; "the most popular mobile wallet" asked back)', () => {
  it.each([
    'Which digital wallet was used most in 2024?',
    'What was the most popular mobile wallet in 2024?',
    'Самый популярный мобильный кошелёк в 2024?',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('GROUP BY wallet_type');
    expect(line).toContain('LIMIT 1');
  });
  it.each(['Largest mobile wallet payment in 2024', 'The biggest digital wallet transaction in 2024'])(
    'the largest payment with one stays so: %s',
    (q) => {
      expect(sqlLineOf(q).startsWith('SELECT max(transaction_amount_kzt)')).toBe(true);
    },
  );
});

describe('the groups\' own cards right after them: "Which banks\' cards made more than 1,000 ATM withdrawals" (asked back)', () => {
  it('is a condition on each bank', () => {
    expect(
      sqlLineOf("Which banks' cards made more than 1,000 ATM withdrawals in the first half of 2024?"),
    ).toContain('HAVING count(*) > 1000');
  });
});

describe('a median that names the check, with values between: "the median grocery ticket above 4,700" (nq123 kept the groups by their average)', () => {
  it.each([
    'Cities where the median grocery ticket in 2024 was above 4,700 tenge',
    'Banks where the median online check in 2024 was above 9000',
    'Города, где медианный продуктовый чек в 2024 был выше 4700 тенге',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('HAVING percentile_cont(0.5)');
    expect(line).not.toContain('HAVING avg(');
  });
  it('an average check stays the average', () => {
    expect(sqlLineOf('Cities where the average grocery ticket in 2024 was above 4,700 tenge')).toContain(
      'HAVING avg(transaction_amount_kzt) > 4700',
    );
  });
});

describe('"(the original currency amount)" said after an average says which amount (nr063 added a sum)', () => {
  it.each([
    'The average amount of CNY transactions in 2024 in yuan itself (the original currency amount, not converted to tenge)',
    'Median USD payment in 2024, original currency amount',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('original_amount');
    expect(line).not.toContain('sum(');
  });
  it('alone it is the total in the original currency', () => {
    expect(sqlLineOf('CNY transactions in 2024: the original currency amount')).toContain(
      'sum(original_amount)',
    );
  });
});

describe('which days a week runs, said as a sentence of its own: «Неделя с понедельника по воскресенье.» (nr121 kept Sundays only)', () => {
  it.each([
    'Средний чек онлайн-покупок за прошлую неделю? Неделя с понедельника по воскресенье.',
    'ECOM count last week (the week runs Monday to Sunday)',
    'Weekly USD count from 5 Oct 2024 to 29 Nov 2024, weeks Mon-Sun',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).not.toContain('isodow');
  });
  it('«с понедельника по пятницу» still keeps the weekdays', () => {
    expect(sqlLineOf('Средний чек онлайн-покупок за прошлую неделю с понедельника по пятницу')).toContain(
      'extract(isodow FROM transaction_timestamp) IN (1, 2, 3, 4, 5)',
    );
  });
});

describe('school and summer holidays said by their dates are a label, not the weekend: «Жазғы демалыс кезінде (1 маусым – 31 тамыз)» (ns069 kept Saturdays and Sundays)', () => {
  it.each([
    'Жазғы демалыс кезінде (2024 жылғы 1 маусым – 31 тамыз) POS төлемдерінің саны',
    'Сколько ECOM-операций было в летние каникулы 2024 (1 июня – 31 августа)?',
    'avg ECOM ticket over the summer holidays 2024 (1 Jun – 31 Aug)?',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).not.toContain('isodow');
    expect(line).toContain("transaction_timestamp >= '2024-06-01'");
  });
  it('«демалыс күндері» is still the weekend', () => {
    expect(sqlLineOf('2024 жылғы маусымда демалыс күндері POS төлемдерінің саны')).toContain('IN (6, 7)');
  });
  it('alone, the holidays are asked back', () => {
    expect(reasonOf('ECOM ticket in the summer holidays')).toBe('unknown_words');
  });
});

describe('"count for each mode", "count per mode": the payments in each, not how many modes (nt087 counted the distinct modes)', () => {
  it.each(['Cross-border POS by entry mode, 2024: count for each mode', 'POS 2024: count per mode'])(
    '%s',
    (q) => {
      const line = sqlLineOf(q);
      expect(line).toContain('count(*)');
      expect(line).not.toContain('count(DISTINCT pos_entry_mode)');
    },
  );
});

describe('"top 2 foreign currencies by turnover in each city": ranked within each city (nt138 showed the top 2 pairs overall)', () => {
  it('ranks within the groups', () => {
    const line = sqlLineOf('Top 2 foreign currencies by KZT turnover in each city, 2024');
    expect(line).toContain('PARTITION BY merchant_city');
    expect(line).toContain("transaction_currency <> 'KZT'");
  });
});

describe('"compare A with B, and also show the change in %": both periods and the change (nr012 showed the change alone)', () => {
  it.each([
    'Compare the total amount of ECOM transactions in Q3 2023 with Q3 2024, and also show the change in %',
    'Compare ECOM turnover in Q3 2023 with Q3 2024 and show the change in % too',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('AS total_amount_2023');
    expect(line).toContain('AS change_pct');
  });
});

describe('"top 10 merchants (just the merchant id) by total amount": how the rows are named, the figure still shown (nr050 dropped it)', () => {
  it('shows the total', () => {
    expect(sqlLineOf('Top 10 merchants (just the merchant id) by total amount in 2024')).toContain(
      'SELECT merchant_id, sum(transaction_amount_kzt)',
    );
  });
  it('"…, just the merchant id" at the end still asks for the labels alone', () => {
    expect(sqlLineOf('Top 10 merchants by total amount in 2024, just the merchant id')).toContain(
      'SELECT merchant_id FROM',
    );
  });
});

describe('"— sorry, October 2024" takes back what was said; it is never set aside as an apology (the November was answered)', () => {
  it.each([
    'How many cards got at least one salary credit in November 2024 — sorry, October 2024?',
    'Turnover in Almaty in 2024? Sorry, Astana.',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).not.toContain('2024-11-01');
    expect(sqlLineOf(q)).not.toContain("'Almaty'");
  });
});

describe('"TRY volume in KZT": the tenge said after the amount is its unit (nt112 showed both amounts, or was asked back)', () => {
  it.each(['TRY volume in KZT in Oct 2024', 'USD amount in tenge in 2024'])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('sum(transaction_amount_kzt)');
    expect(line).not.toContain('original_amount');
  });
  it('"TRY volume" alone stays the lira amount', () => {
    expect(sqlLineOf('TRY volume in Oct 2024')).toContain('sum(original_amount)');
  });
});

describe('the last day of a range said again as included, with its month: «(30 қыркүйекті қоса алғанда)», "(including 30 September)" (il004 was that day alone)', () => {
  it.each([
    '2024 жылғы 1 қаңтардан 30 қыркүйекке дейін (30 қыркүйекті қоса алғанда) операциялар саны',
    'Количество операций с 1 января по 30 сентября 2024 (включая 30 сентября)',
    'Count from 1 Jan to 30 Sep 2024 (including 30 September)',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain("transaction_timestamp >= '2024-01-01'");
    expect(line).toContain("transaction_timestamp < '2024-10-01'");
  });
});

describe('"Top 5 categories by merchant count": the merchants counted in each category (it was a row per category and merchant)', () => {
  it.each([
    'Top 5 categories by merchant count in 2024',
    'Categories ranked by merchant count in 2024',
    'Which categories had the most merchants accepting QR in 2024? top 5 with the merchant count',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('SELECT mcc_category, count(DISTINCT merchant_id)');
    expect(line).not.toContain('GROUP BY mcc_category, merchant_id');
  });
  it('"transactions by merchant, count" stays a row per merchant', () => {
    expect(sqlLineOf('Transactions by merchant count 2024')).toContain('GROUP BY merchant_id');
  });
});

describe('"online bill payments as a share of all bill payments": the value said again as the whole is the whole (the bill payments were the part within online payments)', () => {
  it.each([
    'Online bill payments as a share of all bill payments in 2024',
    'Bill payments made online: share of all bill payments, 2024',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain("FILTER (WHERE pos_entry_mode = 'ECOM')");
    expect(line).toContain("WHERE transaction_type = 'BILL_PAYMENT'");
  });
  it('a gloss in brackets is not the whole: "Cross-border share of all transactions (acquirer outside KAZ)"', () => {
    expect(
      sqlLineOf('Cross-border share of all card transactions in 2024, by count, in % (acquirer outside KAZ)'),
    ).toContain("FILTER (WHERE acquirer_country_iso <> 'KAZ')");
  });
});

describe("«Өскеменнің елдің жалпы айналымындағы үлесі», its share of the country's total turnover: the whole country, no row per acquirer country (nu063)", () => {
  it('is one share', () => {
    const line = sqlLineOf('2024 жылы Өскеменнің елдің жалпы айналымындағы үлесі қанша пайыз?');
    expect(line).toContain("FILTER (WHERE merchant_city = 'Oskemen')");
    expect(line).not.toContain('GROUP BY');
  });
  it('«қай елдің айналымы ең көп» still ranks the countries', () => {
    expect(sqlLineOf('2024 жылы қай елдің айналымы ең көп?')).toContain('GROUP BY acquirer_country_iso');
  });
});

describe('"ECOM share of each city\'s own txn count": the part within each city (nv086 spread ECOM over the cities)', () => {
  it('is within each city', () => {
    expect(sqlLineOf("ECOM share of each city's own txn count, 2024")).toContain(
      "100.0 * count(*) FILTER (WHERE transaction_type = 'ECOM') / nullif(count(*), 0)",
    );
  });
});

describe('"how many had fewer than 5 that month?": "fewer" with a bare number counts things, never payments under 5 tenge (hs022)', () => {
  it.each([
    'Among merchants that had any transactions in October 2024, how many had fewer than 5 that month?',
    'Among merchants active in October 2024, how many had fewer than 5 in 2024?',
  ])('is asked back: %s', (q) => {
    expect(reasonOf(q)).not.toBe('sql');
    expect(sqlLineOf(q)).not.toContain('transaction_amount_kzt < 5');
  });
  it('"fewer than 300 transactions" per group stays a condition on each group', () => {
    expect(sqlLineOf('Banks with fewer than 300 transactions in 2024')).toContain('HAVING count(*)');
  });
});

describe('wrong readings behind the formal requests of unseen231 (asked back before, answered wrongly once the courtesies were read)', () => {
  it('"… and what did they come to in som?" asks for their amount too (it was the count alone)', () => {
    expect(sqlLineOf('How many KGS payments in 2024, and what did they come to in som?')).toContain(
      'count(*) AS transaction_count, sum(original_amount)',
    );
  });
  it('"Kaspi minus Halyk: … of each bank, together with the difference" shows both figures with it (nw022)', () => {
    const line = sqlLineOf(
      "Kaspi minus Halyk: the total ECOM turnover of each bank's cards in November 2024, together with the difference between them, all in one row.",
    );
    expect(line).toContain('AS total_amount_kaspi_bank');
    expect(line).toContain('AS total_amount_difference');
  });
  it('"… each month of that year? The months in calendar order, each with its share" lists no total beside the share (nw048)', () => {
    const line = sqlLineOf(
      "What percentage of 2024's turnover fell in each month of that year? The months in calendar order, each with its share of the year.",
    );
    expect(line).not.toContain('AS total_amount');
    expect(line).toContain('amount_share_pct');
  });
  it('"the most recent Samsung Pay transaction at a merchant in Oskemen" is one time, no row per merchant (nw091)', () => {
    expect(sqlLineOf('When was the most recent Samsung Pay transaction at a merchant in Oskemen?')).toContain(
      'SELECT max(transaction_timestamp) AS last_transaction_at FROM',
    );
  });
});

describe('a closing sentence that only requests "the value" ("…? Give the value.") asks for the figure named before it (a total was added beside it, ob041)', () => {
  it.each([
    ['Is the 95th percentile ATM withdrawal in 2024 above 100,000 tenge? Give the value.', 'percentile'],
    ['Was the average POS ticket in Astana in Q3 2024 over 9,000 tenge? What is the value?', 'avg'],
    ['How many ECOM payments were made in Almaty in 2024? Show the value.', 'count'],
  ])('%s', (question, fn) => {
    expect(frameOf(question).measures.map((m) => m.fn)).toEqual([fn]);
  });
  it('with nothing measured before it, or "the value of …" asked in its own words, the value is the amount', () => {
    expect(frameOf('ECOM payments in 2024. The value, please.').measures).toEqual([{ fn: 'sum' }]);
    expect(frameOf('What is the value of ECOM payments in 2024?').measures).toEqual([{ fn: 'sum' }]);
  });
});

describe('wrong readings from the first runs of unseen241–248', () => {
  it.each([
    'Средняя сумма оплаты услуг (BILL_PAYMENT) за 2024 год.',
    'Помесячно за 2024 год: оборот по оплате услуг (BILL_PAYMENT).',
    '2024 жылы қызметтерге төлемдердің (BILL_PAYMENT) сомасы.',
    'Average service payment (BILL_PAYMENT) in 2024',
  ])(
    'a category word glossed by a type of transaction in brackets is that type, no category besides (oj013): %s',
    (q) => {
      const line = sqlLineOf(q);
      expect(line).toContain("transaction_type = 'BILL_PAYMENT'");
      expect(line).not.toContain('mcc_category');
    },
  );
  it('without the gloss, «оплата услуг» stays the services category', () => {
    expect(sqlLineOf('Средняя сумма оплаты услуг за 2024 год.')).toContain(
      "mcc_category = 'Services (Other)'",
    );
  });
  it.each([
    [
      'Which cities had more than 100 hotel (MCC 7011) payments in 2024? Show the count.',
      'HAVING count(*) > 100',
    ],
    ['Banks with more than 40 taxi (MCC 4121) payments in Almaty in 2024', 'HAVING count(*) > 40'],
  ])(
    'the code in brackets between a number and the payments counted keeps the count condition (oh141): %s',
    (q, having) => {
      const line = sqlLineOf(q);
      expect(line).toContain(having);
      expect(line).not.toContain('transaction_amount_kzt >');
    },
  );
  it.each([
    ['2024 жылы қай қалаларда қонақүй (MCC 7011) төлемдері 50-ден көп болды?', 'HAVING count(*) > 50'],
    ['2024 жылы қай банктерде ақша шешу 100-ден асты?', 'HAVING count(*) > 100'],
    ['2024 жылы қай банктерде карталар 2000-нан көп болды?', 'HAVING count(DISTINCT card_key) > 2000'],
  ])(
    'Kazakh «қай X-да … төлемдер N-ден көп» is a condition on each group’s count, not payments over N tenge (oh086): %s',
    (q, having) => {
      const line = sqlLineOf(q);
      expect(line).toContain(having);
      expect(line).not.toContain('transaction_amount_kzt >');
    },
  );
  it('with money after the number it stays a filter on each payment («… 100 000 теңгеден асты»)', () => {
    expect(sqlLineOf('2024 жылы қай банктерде ақша шешу 100 000 теңгеден асты?')).toContain(
      'transaction_amount_kzt > 100000',
    );
  });
  it.each([
    'Categories other than Unknown whose average ECOM ticket in 2024 was above 30,000 tenge.',
    'Категории, кроме Unknown, у которых средний чек ECOM за 2024 год выше 30 000 тенге.',
  ])(
    'a relative clause after "categories other than X" describes each category left: rows of them, a condition on each (ok050): %s',
    (q) => {
      const line = sqlLineOf(q);
      expect(line).toMatch(/^SELECT mcc_category, avg/);
      expect(line).toContain('HAVING avg(transaction_amount_kzt) > 30000');
      expect(line).toContain("mcc_category <> 'Unknown'");
    },
  );
  it.each([
    [
      'Города, где оборот турагентств (MCC 4722) за 2024 год превысил 10 млн тенге.',
      'HAVING sum(transaction_amount_kzt) > 10000000',
    ],
    [
      'How many beauty salons (MCC 7230) took card payments in Almaty in 2024?',
      'count(DISTINCT merchant_id)',
    ],
    ['Сколько разных турагентств (MCC 4722) принимали оплату в 2024 году?', 'count(DISTINCT merchant_id)'],
  ])(
    'words the vocabulary lacks right before "(MCC nnnn)" name the code, and are stepped over as a gloss (ol085, om086): %s',
    (q, part) => {
      const line = sqlLineOf(q);
      expect(line).toContain(part);
      expect(line).not.toContain('transaction_amount_kzt >');
    },
  );
  it('for each bank, a part said as what it is not after its column word is the part within each bank (ok018)', () => {
    const line = sqlLineOf(
      'For each bank, what percentage of its 2024 POS payments used an entry mode other than contactless?',
    );
    expect(line).toContain(
      "count(*) FILTER (WHERE (pos_entry_mode IS NULL OR pos_entry_mode <> 'Contactless'))",
    );
    expect(line).not.toContain('OVER ()');
  });
});

describe('more wrong readings from the first runs of unseen241–248', () => {
  it('«числа по порядку» beside the days of the month is their order, not a count (om144)', () => {
    const line = sqlLineOf('Оборот в Алматы по числам месяца за 2024 год, числа по порядку.');
    expect(line).not.toContain('count(*)');
    expect(line).toContain('ORDER BY day_of_month');
  });
  it('"how many dollars were paid in USD transactions" is the dollars paid, no count of the payments (ol023)', () => {
    const line = sqlLineOf('How many dollars were paid in USD transactions in October 2024?');
    expect(line).toMatch(/^SELECT sum\(original_amount\) AS total_amount FROM/);
    expect(line).not.toContain('count(*)');
    expect(sqlLineOf('How many CNY and USD transactions in 2024?')).toMatch(/^SELECT count\(\*\)/);
  });
  it('"In Georgian lari, what was …": the currency set apart at the start is the unit of the money asked (ol052)', () => {
    expect(
      sqlLineOf('In Georgian lari, what was the biggest single payment made in Georgia in 2024?'),
    ).toContain('max(original_amount)');
  });
  it.each([
    [
      'Какие валюты, кроме тенге, встречались в POS-операциях в 2024 году?',
      'SELECT transaction_currency FROM',
    ],
    ['Какие категории, кроме Unknown, были у Kaspi в 2024?', 'SELECT mcc_category FROM'],
  ])('«Какие X, кроме Y, …» asks for the values left, a row each (ok094): %s', (q, start) => {
    const line = sqlLineOf(q);
    expect(line).toContain(start);
    expect(line).toContain('GROUP BY');
  });
});

describe('wrong readings from unseen241–248, third group', () => {
  it('"across all transaction types" between the figure and its comparison says nothing is left out (og047)', () => {
    const line = sqlLineOf(
      'On how many days in October 2024 did total turnover across all transaction types exceed 6 million tenge?',
    );
    expect(line).toContain('HAVING sum(transaction_amount_kzt) > 6000000');
    expect(line).not.toContain('transaction_amount_kzt > 6000000 AND');
  });
  it.each([
    '2024 жылы әр қаладағы ең ірі қонақүй (MCC 7011) төлемі қанша болды?',
    '2024 жылы әр қалада ең ірі төлем қанша болды?',
  ])('«қанша» after a payment a size superlative describes asks for that size, no count (oh087): %s', (q) => {
    expect(sqlLineOf(q)).toMatch(/^SELECT merchant_city, max\(transaction_amount_kzt\)/);
  });
  it('«ең көп төлем қанша» stays how many payments', () => {
    expect(sqlLineOf('2024 жылы әр қалада ең көп төлем қанша болды?')).toContain('count(*)');
  });
});

describe('wrong readings from unseen241–248, fourth group', () => {
  it('a slash list heading the figures is a row each beside "(MCC 5814)", which names no breakdown (oi107)', () => {
    expect(
      sqlLineOf('Средний чек в фастфуде (MCC 5814) за 2024 год: Apple Pay / Google Pay / Samsung Pay'),
    ).toMatch(/^SELECT wallet_type, avg/);
  });
  it('a list in brackets glossing the payments is not the pair set side by side; the cities are (oh099)', () => {
    const line = sqlLineOf(
      'Оборот покупок (POS и ECOM) в Караганде и в Павлодаре за 3 квартал 2024 года — в одну строку.',
    );
    expect(line).toContain("FILTER (WHERE merchant_city = 'Karaganda')");
    expect(line).toContain("transaction_type IN ('POS', 'ECOM')");
  });
});

describe('a lead-in of exclusion before a yes/no about a figure ("Excluding foreign acquirers, was the average … above 10,000 tenge?") keeps the threshold a check, not a filter (ok027)', () => {
  it.each([
    'Excluding foreign acquirers, was the average Samsung Pay payment in 2024 above 10,000 tenge?',
    'Ignoring payments at foreign acquirers, was the average Samsung Pay payment in 2024 above 10,000 tenge?',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain("acquirer_country_iso = 'KAZ'");
    expect(line).not.toContain('transaction_amount_kzt > 10000');
  });
});

describe('first runs of unseen249–256: years before an average, "were there", currencies as units, single payments, ends of an order, "(all payments)"', () => {
  it.each([
    'How many POS payments in 2024 were above the 2024 average POS amount?',
    'Count the transfers in 2024 that exceeded the 2024 median transfer.',
  ])('a year before an average is no amount of tenge: %s', (q) => {
    const frame = frameOrNull(q);
    expect(frame?.filters.some((f) => f.kind === 'amount' && f.value === 2024) ?? false).toBe(false);
  });

  it.each([
    'Были ли операции на сумму больше 3 млн тенге в 2024 году?',
    'Были ли платежи свыше 2 млн тенге в Таразе в октябре 2024? Сколько?',
  ])('«были ли операции … больше X» counts the single payments over X: %s', (q) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.filters.some((f) => f.kind === 'amount' && f.op === '>')).toBe(true);
    expect(frame.threshold).toBeUndefined();
  });

  it.each([
    ['2024 жылы еуромен жасалған төлемдердің орташа сомасы 50 еуродан жоғары болды ма?', 'avg', 50],
    ['2024 жылы доллармен төлемдердің жалпы сомасы 2000 доллардан асты ма?', 'sum', 2000],
  ])('a Kazakh yes/no with the currency as the unit checks the figure: %s', (q, fn, value) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn }]);
    expect(frame.amountIn).toBe('original');
    expect(frame.threshold).toMatchObject({ op: '>', value });
    expect(frame.filters.some((f) => f.kind === 'amount')).toBe(false);
  });

  it.each([
    'Какая была наибольшая сумма одной операции в каждом городе за 2024 год?',
    'Какая самая маленькая сумма одной покупки в каждом банке в 2024 году?',
    '2024 жылы әр қалада ең үлкен бір төлемнің сомасы',
  ])('the amount of one payment in each group is its extreme: %s', (q) => {
    const frame = frameOf(q);
    expect(frame.limit).toBeNull();
    expect(frame.measures.map((m) => m.fn)).toEqual([expect.stringMatching(/^(max|min)$/)]);
  });

  it.each([
    ['Number of contactless payments in 2024 by city, sorted from the most payments to the fewest.', 'desc'],
    ['Transactions by bank in 2024, from the fewest transactions to the most.', 'asc'],
  ])('"from the most … to the fewest" orders every row: %s', (q, order) => {
    expect(frameOf(q).limit).toBeNull();
    expect(sqlLineOf(q)).toMatch(new RegExp(`ORDER BY transaction_count ${order.toUpperCase()}$`));
  });

  it.each([
    'Превысил ли оборот у шымкентских мерчантов за октябрь 2024 года 2 млн тенге? Покажите, пожалуйста, саму сумму.',
    'Did turnover at Taraz merchants in 2024 exceed 5 million tenge? Show the total.',
  ])('a verb of showing before a figure lists no merchants: %s', (q) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual([]);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
  });

  it.each([
    ['2024 жылғы Google Pay төлемдерінің әр қалаға тиесілі үлесі қандай?', 'merchant_city'],
    ['2024 жылғы POS айналымының әр банкке тиесілі үлесі', 'issuer_bank_name'],
  ])('«X-тің әр топқа тиесілі үлесі» is each group’s share of X: %s', (q, column) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual([column]);
    expect(frame.share?.subset ?? []).toEqual([]);
    expect(sqlLineOf(q)).toContain('OVER ()');
  });

  it.each([
    'Card turnover (POS, ECOM and ATM withdrawals) this year against the same period last year',
    'Оборот (POS и ECOM) с начала года в сравнении с тем же периодом прошлого года',
  ])(
    'values in brackets after the figure, periods a year apart compared: one row, no row per value: %s',
    (q) => {
      const frame = frameOf(q);
      expect(frame.dimensions).toEqual([]);
      expect(frame.compare).not.toBeNull();
      expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'transaction_type')).toBe(true);
    },
  );

  it('"with each type\'s change in %" shows both periods beside the change', () => {
    const q =
      "Turnover by bank, first 6 months of 2023 vs first 6 months of 2024, with each bank's change in %.";
    const line = sqlLineOf(q);
    expect(line).toContain('AS total_amount_2023_h1');
    expect(line).toContain('AS total_amount_2024_h1');
    expect(line).toContain('AS change_pct');
  });

  it('"the first 6 months of 2023 and of 2024": the same months of each year', () => {
    const frame = frameOf('Total turnover in the first 6 months of 2023 and of 2024');
    expect(frame.compare?.earlier).toEqual({ kind: 'dates', from: '2023-01-01', to: '2023-07-01' });
    expect(frame.compare?.later).toEqual({ kind: 'dates', from: '2024-01-01', to: '2024-07-01' });
  });

  it.each([
    ['2024 жылы қандай шет елдердің эквайерлері арқылы операциялар өтті?', 'acquirer_country_iso'],
    ['Өткен айда қай қалаларда юаньмен операциялар өтті?', 'merchant_city'],
  ])('«… операциялар өтті?» after a which-word lists the values: %s', (q, column) => {
    expect(sqlLineOf(q)).toMatch(new RegExp(`^SELECT ${column} FROM transactions WHERE`));
  });

  it.each([
    '2024 жылғы қараша айындағы күндік айналым (барлық операциялар)',
    '2024 жылғы айналым қала бойынша (барлық транзакциялар)',
  ])('"(all payments)" in brackets after a figure adds no count: %s', (q) => {
    expect(frameOf(q).measures).toEqual([{ fn: 'sum' }]);
  });
});

describe('the rest named as a stop phrase is never dropped: "the rest of the country", "the rest of the market"', () => {
  it.each([
    // beside two periods no split is built: asked back (it was the value's own figure, the rest dropped)
    'Taraz vs the rest of the country: turnover in May 2023 and May 2024',
    'Kaspi Bank vs the rest of the market: ECOM turnover in May 2023 and May 2024, with the change in %',
    // and with no value to set it against
    'How many transactions were there in the rest of the country in May 2024?',
  ])('%s', (q) => {
    expect(frameOrNull(q)).toBeNull();
  });

  it('a value against it is split from it', () => {
    const line = sqlLineOf('Kaspi Bank vs the rest of the market: ECOM turnover in May 2024');
    expect(line).toContain("CASE WHEN issuer_bank_name = 'Kaspi Bank' THEN 'Kaspi Bank' ELSE 'other' END");
  });
});

describe('«очень» is no «осень», «с понедельника по воскресенье» alone is no period', () => {
  it('asks back for the week said by its days with no breakdown by weekday', () => {
    expect(frameOrNull('Сколько операций было с понедельника по воскресенье?')).toBeNull();
  });
});

describe('first runs of unseen257–264: conditions on each merchant within groups, counts said with «с количеством», things counted', () => {
  it.each([
    [
      'Сколько мерчантов в каждом городе имели оборот по POS строго больше 3 млн тенге за май 2024 года?',
      'HAVING sum(transaction_amount_kzt) > 3000000',
    ],
    [
      'For each category, how many merchants had more than 100 POS transactions in 2024?',
      'HAVING count(*) > 100',
    ],
  ])('%s: each merchant of a group is held to it', (q, having) => {
    const line = sqlLineOf(q);
    expect(line).toMatch(/GROUP BY (merchant_city|mcc_category), merchant_id/);
    expect(line).toContain(having);
    expect(line).not.toContain('transaction_amount_kzt >');
  });

  it('«Банки с количеством снятий больше 1000» is a number of withdrawals per bank', () => {
    const line = sqlLineOf('Банки с количеством снятий наличных больше 1000 за 2024 год');
    expect(line).toContain('HAVING count(*) > 1000');
    expect(line).not.toContain('sum(');
  });

  it.each([
    'How many days in May 2024 had more than 250 active merchants?',
    '2024 жылы 200-ден көп POS операция қабылдаған мерчанттар саны қанша?',
  ])('%s: a number of things counted is never an amount', (q) => {
    const frame = frameOrNull(q);
    expect(frame?.filters.some((f) => f.kind === 'amount') ?? false).toBe(false);
  });
});

describe('first runs of unseen257–264: all seven weekdays, a code named in brackets, every type, "$100k", «были ли в <period> операции»', () => {
  it('"Show all seven weekdays" keeps the weekend (it filtered Monday to Friday)', () => {
    const line = sqlLineOf(
      'Which weekday had the highest turnover in 2024? Show all seven weekdays, highest first.',
    );
    expect(line).not.toContain('IN (1, 2, 3, 4, 5)');
  });

  it('«по порядку с понедельника по воскресенье» orders the weekdays (it filtered Sundays)', () => {
    const line = sqlLineOf(
      'Количество операций по дням недели за май 2024 года, по порядку с понедельника по воскресенье.',
    );
    expect(line).not.toContain('= 7');
  });

  it('«MCC 4111 (городской транспорт)» names the code: no city in it', () => {
    const line = sqlLineOf('Оборот по MCC 4111 (городской транспорт) по месяцам за 2024 год');
    expect(line).not.toContain('merchant_city');
    expect(line).not.toContain('mcc_category');
  });

  it('"counting transactions of every type" is no row per type', () => {
    const line = sqlLineOf(
      'In May 2024, how many transactions per distinct card were there, counting transactions of every type?',
    );
    expect(line).not.toContain('transaction_type');
  });

  it.each([
    ['USD payments over $100k in 2024', 'original_amount > 100000'],
    ['EUR payments over €2.5m in 2024', 'original_amount > 2500000'],
    ['USD payments over $5 million in 2024', 'original_amount > 5000000'],
  ])('%s: the multiplier stays with its number (it was dollars)', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });

  it('«Были ли в мае 2024 года операции на сумму больше 2 млн тенге?» counts the single payments over it', () => {
    const line = sqlLineOf(
      'Были ли в мае 2024 года операции на сумму больше 2 млн тенге? Если были — сколько их?',
    );
    expect(line).toContain('transaction_amount_kzt > 2000000');
    expect(line).toContain('count(*)');
  });
});

describe('a number of quarters spelled as a word is no quarter\'s name: «екі тоқсанның», "two quarters"', () => {
  it.each([
    '2023 жылғы 3-тоқсаннан 2024 жылғы 3-тоқсанға дейін POS айналымы ең көп өскен 3 қала: екі тоқсанның айналымы және пайыздық өзгеріс.',
    'POS turnover in two quarters of 2024',
  ])('%s', (q) => {
    const frame = frameOrNull(q);
    // never the second quarter of a year
    expect(JSON.stringify(frame ?? {})).not.toContain('-04-01');
  });

  it('«2 квартал 2024» written in digits is still the second quarter', () => {
    expect(sqlLineOf('оборот за 2 квартал 2024')).toContain("'2024-04-01'");
  });
});

describe('«екі тоқсанның айналымы» after two named quarters refers back to them', () => {
  it('in a ranking by growth, the two quarters compared', () => {
    const line = sqlLineOf(
      '2023 жылғы 3-тоқсаннан 2024 жылғы 3-тоқсанға дейін айналымы ең көп өскен санат қайсы? Екі тоқсанның айналымын да көрсетіңіз.',
    );
    expect(line).toContain("transaction_timestamp >= '2023-07-01' AND transaction_timestamp < '2023-10-01'");
    expect(line).toContain("transaction_timestamp >= '2024-07-01' AND transaction_timestamp < '2024-10-01'");
  });

  it('with no ranking and no change asked, which columns are meant is asked back', () => {
    expect(
      frameOrNull(
        '2023 жылғы 3-тоқсаннан 2024 жылғы 3-тоқсанға қай қалаларда айналым өсті? өсім болған қалаларды ғана көрсет, екі тоқсанның айналымымен',
      ),
    ).toBeNull();
  });
});

describe('every transaction type summed: "across all transaction types", "counting every type"', () => {
  it.each([
    [
      'Which month of 2024 had the highest total turnover across all transaction types? Just that month and its amount.',
      "date_trunc('month', transaction_timestamp)",
    ],
    ['How many transactions took place in the first ten days of May 2024, counting every type?', 'count(*)'],
    [
      'What was the average transaction amount in each city in 2024, counting every type of transaction?',
      'merchant_city',
    ],
    ['What share of 2024 turnover, across all transaction types, was made in December?', 'FILTER'],
  ])('%s: no row per type', (q, part) => {
    const line = sqlLineOf(q);
    expect(line).toContain(part);
    expect(line).not.toContain('transaction_type');
  });

  it('a figure spread across all the types is not summed into one', () => {
    const frame = frameOrNull('How is turnover distributed across all transaction types in 2024?');
    expect(frame === null || frame.dimensions.includes('transaction_type')).toBe(true);
  });
});

describe('a part within each group, the whole said with the group', () => {
  it.each([
    [
      "In May 2024, what share of each city's POS payments were swipe?",
      'merchant_city',
      "count(*) FILTER (WHERE pos_entry_mode = 'Swipe')",
    ],
    [
      'По каждому банку: какой процент его POS-платежей в мае 2024 прошёл по QR-коду?',
      'issuer_bank_name',
      "count(*) FILTER (WHERE pos_entry_mode = 'QR_Code')",
    ],
    [
      'For each wallet, what % of its 2024 payments were made at merchants in Astana?',
      'wallet_type IS NOT NULL',
      "count(*) FILTER (WHERE merchant_city = 'Astana')",
    ],
  ])('%s', (q, group, part) => {
    const line = sqlLineOf(q);
    expect(line).toContain(group);
    expect(line).toContain(part);
    expect(line).not.toContain('OVER ()');
  });
});

describe('"each wallet" is each of the wallets: the payments with none left out', () => {
  it.each([
    'How many unique cards used each wallet in 2024?',
    'Сколько оплат было в мае 2024 по каждому кошельку?',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toContain('wallet_type IS NOT NULL');
  });

  it('kept as a row when asked, and a plain breakdown keeps them', () => {
    expect(sqlLineOf('Payments in May 2024 by wallet')).not.toContain('IS NOT NULL');
    expect(
      sqlLineOf(
        'Сколько оплат было в мае 2024 по каждому кошельку? Оплаты без кошелька — отдельной строкой.',
      ),
    ).not.toContain('IS NOT NULL');
  });
});

describe('a wallet said either way or any of them: no split, no row per wallet', () => {
  it('"with or without a wallet" is no condition', () => {
    const line = sqlLineOf('What % of POS payments in May 2024 were contactless, with or without a wallet?');
    expect(line).toContain("count(*) FILTER (WHERE pos_entry_mode = 'Contactless')");
    expect(line).not.toContain('wallet_type');
  });

  it('"with any of the wallets" is any one of them', () => {
    const line = sqlLineOf('How many different cards paid by phone, with any of the wallets, in 2024?');
    expect(line).toContain('wallet_type IS NOT NULL');
    expect(line).not.toContain('GROUP BY');
  });
});

describe('the turnover of the most, and «у кого» of groups', () => {
  it.each(['Самый большой оборот POS за 2024', 'У Kaspi самый большой ТО POS за 2024?'])(
    '%s: a total ranks groups, none named — asked back, not the largest payment',
    (q) => {
      expect(frameOrNull(q)).toBeNull();
    },
  );

  it('«Банки, у кого ТО … ниже, чем …» keeps the banks whose figure fell', () => {
    expect(sqlLineOf('Банки, у кого ТО ECOM в мае 2024 ниже, чем в апреле 2024')).toContain('HAVING');
  });
});

describe('nothing added beside the figure asked', () => {
  it('"per sending card" is per card', () => {
    expect(sqlLineOf('P2P_OUT transfers per sending card, by bank, 2024')).toContain(
      'count(DISTINCT card_key)',
    );
  });

  it('"How many US dollars in total were paid in transactions …" is the dollars alone', () => {
    const line = sqlLineOf(
      'How many US dollars in total were paid in transactions made in dollars during 2024?',
    );
    expect(line).toContain('sum(original_amount)');
    expect(line).not.toContain('count(*)');
  });

  it('"What would the average purchase … come to" is the average alone', () => {
    // ("grocery and food markets": an "and" between two values joins no question.)
    const line = sqlLineOf(
      'What would the average purchase in the grocery and food markets category come to in 2024?',
    );
    expect(line).toContain('avg(transaction_amount_kzt)');
    expect(line).not.toContain('sum(');
    // (An "and" that adds a question keeps the total.)
    expect(sqlLineOf('The average check in Almaty in 2024 and what did they come to?')).toContain('sum(');
  });
});

describe('the last payment of a kind named by its kind', () => {
  it.each([
    ['When was the last ATM withdrawal today?', 'max(transaction_timestamp)'],
    ['When was the last ATM withdrawal in Almaty on 5 May 2024?', 'max(transaction_timestamp)'],
    ['the first and last ATM withdrawal of 2024', 'min(transaction_timestamp)'],
  ])('%s: the time of that payment, not today against yesterday', (q, fn) => {
    const line = sqlLineOf(q);
    expect(line).toContain(fn);
    expect(line).not.toContain('count(');
  });

  it('"the week before last: bill payment count" stays two weeks counted', () => {
    expect(sqlLineOf('Last week vs the week before last: bill payment count')).toContain('count(*)');
  });
});

describe('"any txn type" sets no type apart', () => {
  it.each([
    'weekly active cards (distinct cards, any txn type) for the last 8 weeks',
    'turnover all txn types excl. Almaty, Oct 2024',
    'cards of any type paid in May 2024',
  ])('%s: no row per type', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('FROM transactions');
    expect(line).not.toContain('transaction_type');
  });
});

describe('the most of different places ranks the places', () => {
  it.each([
    'В каком городе больше всего разных ресторанов (MCC 5812) принимали оплату в 2024 году?',
    '2024 жылы төлем қабылдаған қонақүйлер (MCC 7011) саны ең көп қала қайсы?',
    'Which city had the most different restaurants taking payments in 2024?',
  ])('%s: the cities ranked by distinct merchants, not payments', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('count(DISTINCT merchant_id)');
    expect(line).toContain('GROUP BY merchant_city');
  });

  it('the most payments at restaurants stays the payments', () => {
    expect(sqlLineOf('В каком городе больше всего ресторанных платежей в 2024?')).toContain('count(*)');
  });
});

describe('«ең көп ақша шешілді» is the money withdrawn', () => {
  it('the city where the most money was withdrawn is ranked by the sum', () => {
    expect(sqlLineOf('2024 жылы қай қалада банкоматтардан ең көп ақша шешілді?')).toContain(
      'sum(transaction_amount_kzt)',
    );
  });

  it.each(['2024 жылы қанша рет ақша шешілді?', '2024 жылы Алматыда ақша шешілген операциялар саны'])(
    '%s: the times counted stay counted',
    (q) => {
      const line = sqlLineOf(q);
      expect(line).toContain('count(*)');
      expect(line).not.toContain('sum(');
    },
  );
});

describe('"in dollars", the currency restated after it', () => {
  it.each([
    'Average fast-food (MCC 5814) payment in dollars in 2024, USD payments only.',
    'Average payment in dollars in 2024, only USD payments',
  ])('%s: the amount in dollars', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('avg(original_amount)');
    expect(line).toContain("transaction_currency = 'USD'");
  });
});

describe('a second "how many" of the same values', () => {
  it.each([
    ['USD payments in May 2024: how many, and how many dollars?', 'sum(original_amount)'],
    ['Валютные ECOM в TRY за май 2024 — сколько операций и сколько лир?', 'sum(original_amount)'],
    [
      'How many different cards withdrew cash in May 2024, and how many ATMs were used?',
      'count(DISTINCT merchant_id)',
    ],
  ])('%s: both figures of those payments, no row per value', (q, fn) => {
    const line = sqlLineOf(q);
    expect(line).toContain(fn);
    expect(line).not.toContain('GROUP BY');
  });

  it('other values after the second "how many" are a row each', () => {
    expect(sqlLineOf('How many payments in Almaty in May 2024 and how many in Astana?')).toContain(
      'GROUP BY merchant_city',
    );
  });

  it('«сколько в евро» after the payments counted stays which payments', () => {
    const line = sqlLineOf('Сколько операций в долларах и сколько в евро за май 2024?');
    expect(line).toContain('count(*)');
    expect(line).not.toContain('original_amount');
  });
});

describe('«в торговых точках» of a city says where', () => {
  it('the share is of the city’s payments, not each merchant’s', () => {
    const line = sqlLineOf(
      'Какой процент POS-операций в торговых точках Алматы за октябрь 2024 прошёл бесконтактно?',
    );
    expect(line).toContain("merchant_city = 'Almaty'");
    expect(line).not.toContain('merchant_id');
  });

  it('«по торговым точкам» stays a row per merchant', () => {
    expect(sqlLineOf('Доля бесконтактных операций по торговым точкам Алматы за октябрь 2024')).toContain(
      'merchant_id',
    );
  });
});

describe('a check of the figure said with its own word again', () => {
  it.each([
    'Metric: median ECOM amount, KZT | Period: 2024 | Check: is the median above 15,000 tenge?',
    'Average check in Almaty in 2024. Is the average above 7000?',
  ])('%s: a threshold on the figure, not a filter on payments', (q) => {
    const line = sqlLineOf(q);
    expect(line).not.toContain('transaction_amount_kzt >');
    expect(line).toContain('FROM transactions');
  });
});

describe('a bracketed list glossing the payments noun before «бойынша»', () => {
  it.each([
    '2024 жылы сатып алулар (POS және ECOM) бойынша бір төлемнің орташа сомасы ең жоғары болған MCC коды қайсы?',
    '2024 жылы Шымкентте сатып алулар (POS, ECOM және BILL_PAYMENT) бойынша ең көп ақша жұмсалған санат қайсы?',
  ])('%s: those payments, no row per type', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain("transaction_type IN ('POS', 'ECOM'");
    expect(line).not.toContain('GROUP BY transaction_type');
  });

  it('a list «бойынша» with no noun glossed stays a row each', () => {
    expect(sqlLineOf('2024 жылы POS және ECOM бойынша бір төлемнің орташа сомасы қандай?')).toContain(
      'GROUP BY transaction_type',
    );
  });
});

describe('«были ли … POS-операции на сумму больше …» asks whether any single payment was', () => {
  it('the values naming the payments may stand between the verb and them', () => {
    const line = sqlLineOf(
      'Были ли в 2024 году POS-операции на сумму больше 100 тыс. тенге в продуктовых магазинах (MCC 5411)?',
    );
    expect(line).toContain('transaction_amount_kzt > 100000');
    expect(line).toContain('count(*)');
  });

  it('a total said to pass it stays a threshold on the total', () => {
    const line = sqlLineOf('Превысил ли оборот POS-операций в 2024 году 100 млн тенге?');
    expect(line).not.toContain('transaction_amount_kzt > 100000000');
  });
});

describe('the unit said after the currency, as headings of figures put it', () => {
  it.each([
    ['FY2024 turnover, KZT m?', ''],
    ['POS turnover Oct 2024, KZT m, one decimal.', 'round('],
    ["Last year's turnover by bank, KZT m.", 'GROUP BY issuer_bank_name'],
    ['Monthly turnover 2024, KZT mn.', "date_trunc('month'"],
  ])('%s: the amounts in millions', (q, part) => {
    const line = sqlLineOf(q);
    expect(line).toContain('transaction_amount_kzt / 1000000.0');
    expect(line).toContain(part);
  });

  it('the currency alone keeps tenge', () => {
    expect(sqlLineOf('FY2024 turnover, KZT?')).not.toContain('1000000');
  });
});

describe('a superlative asked, then the breakdown asked in an order', () => {
  it.each([
    "Which bank's customers use Apple Pay the most? Apple Pay payments by bank in 2024, most first.",
    'Apple Pay, Google Pay or Samsung Pay — which is most popular? Number of payments with each wallet in 2024, most used first.',
  ])('%s: every row, in that order', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('count(*)');
    expect(line).toContain('DESC');
    expect(line).not.toContain('LIMIT');
  });

  it('«от самой высокой доли к самой низкой» is the order of every city', () => {
    const line = sqlLineOf(
      'Какая доля POS-операций каждого города за 2024 год прошла по магнитной полосе (Swipe), от самой высокой доли к самой низкой.',
    );
    expect(line).toContain('ORDER BY share_pct DESC');
    expect(line).not.toContain('LIMIT');
  });

  it('a number of them stays a top N', () => {
    expect(
      sqlLineOf(
        'Which five cities had the highest ECOM turnover in 2024? List each city with its turnover, highest first.',
      ),
    ).toContain('LIMIT 5');
  });

  it('a claim asked yes or no keeps the value named as the one checked', () => {
    expect(
      sqlLineOf(
        'Is Kaspi Bank the biggest bank by turnover in Q3 2024? Show every bank’s total, biggest first.',
      ),
    ).not.toContain("issuer_bank_name = 'Kaspi Bank'");
  });
});

describe('a value with its column’s word before the payments counted', () => {
  it('"more than 700 foreign-acquirer transactions" of each bank is a number of them', () => {
    const line = sqlLineOf(
      'Which issuing banks had more than 700 foreign-acquirer transactions in 2024? Show each with its count.',
    );
    expect(line).toContain('HAVING count(*) > 700');
    expect(line).not.toContain('sum(');
  });

  it('with no groups it is no amount of tenge', () => {
    const line = sqlLineOf(
      'Categories other than Unknown with more than 500 foreign-acquirer transactions in 2024, with their counts.',
    );
    expect(line).not.toContain('transaction_amount_kzt > 500');
  });
});

describe('"the average bill" is the average check', () => {
  it.each([
    'Fast food (MCC 5814) vs restaurants (MCC 5812): average bill in 2024, side by side.',
    'Average bill in Almaty in 2024',
  ])('%s: every kind of payment', (q) => {
    expect(sqlLineOf(q)).not.toContain('BILL_PAYMENT');
  });

  it.each(['Average bill amount in 2024', 'Average bill payment in 2024'])('%s stays bill payments', (q) => {
    expect(sqlLineOf(q)).toContain("transaction_type = 'BILL_PAYMENT'");
  });
});

describe('a Kazakh share of a way of paying within each group', () => {
  it.each([
    [
      '2024 жылы әр банктегі контактсыз төлемдердің қанша пайызы әмиян арқылы жасалды?',
      'wallet_type IS NOT NULL',
    ],
    ['2024 жылы контактсыз төлемдердегі Apple Pay үлесі қалалар бойынша', "wallet_type = 'Apple Pay'"],
    [
      '2024 жылы контактсыз төлемдердегі әмиян үлесі қалалар бойынша, ең жоғарысынан бастап',
      'wallet_type IS NOT NULL',
    ],
  ])('%s: the part within each group', (q, part) => {
    const line = sqlLineOf(q);
    expect(line).toContain(`count(*) FILTER (WHERE ${part})`);
    expect(line).not.toContain('OVER ()');
  });

  it('each group’s own share stays its share of the whole', () => {
    expect(sqlLineOf('2024 жылы Apple Pay төлемдеріндегі әр банктің үлесі')).toContain('OVER ()');
  });
});

describe('a bracketed list inside the item of a ratio per card', () => {
  it('"card spending (POS, ECOM and bill payments) divided by the number of distinct cards" is money per card', () => {
    const line = sqlLineOf(
      'Spend per card tile for Pavlodar, 2024: card spending (POS, ECOM and bill payments) divided by the number of distinct cards making those payments.',
    );
    expect(line).toContain('sum(transaction_amount_kzt) / nullif(count(DISTINCT card_key), 0)');
    expect(line).not.toContain('count(*)');
  });

  it('items set apart outside brackets stay items', () => {
    expect(
      sqlLineOf('By bank in 2024: number of transactions, distinct cards and transactions per card'),
    ).toContain('count(DISTINCT card_key) AS card_count');
  });
});

describe('Kazakh "all types" is no condition and no row per type', () => {
  it.each([
    [
      '2024 жылы обороты 200 млн теңгеден асқан қалалар қайсы? (барлық операция типтері)',
      'GROUP BY merchant_city',
    ],
    ['2024 жылғы қазанда оборот 6 млн теңгеден асқан күндер саны қанша? Барлық типтер', 'HAVING'],
  ])('%s', (q, part) => {
    const line = sqlLineOf(q);
    expect(line).toContain(part);
    expect(line).not.toContain('transaction_type');
  });

  it('«барлық операция типтері бойынша», by all types, is a row per type', () => {
    expect(sqlLineOf('Барлық операция типтері бойынша 2024 жылғы айналым')).toContain(
      'GROUP BY transaction_type',
    );
  });
});

describe('Kazakhstanis are people, not Kazakh acquirers', () => {
  it('"do Kazakhstanis shop online" sets no acquirer', () => {
    const line = sqlLineOf(
      'In which categories do Kazakhstanis shop online the most? Top 5 categories by ECOM turnover in 2024.',
    );
    expect(line).not.toContain('acquirer_country_iso');
    expect(line).toContain('LIMIT 5');
  });

  it('counted, they are the cards', () => {
    expect(sqlLineOf('How many Kazakhstanis paid with Apple Pay in 2024?')).toContain(
      'count(DISTINCT card_key)',
    );
  });

  it('"Kazakhstani acquirers" stay the acquirers', () => {
    expect(sqlLineOf('Turnover at Kazakhstani acquirers in 2024')).toContain("acquirer_country_iso = 'KAZ'");
  });
});

describe('the tenge said before the number of a yes/no threshold', () => {
  it('"Was the FY2024 avg POS ticket above KZT 10k?" checks the average, every payment averaged', () => {
    const line = sqlLineOf('Was the FY2024 avg POS ticket above KZT 10k?');
    expect(line).toContain('avg(transaction_amount_kzt)');
    expect(line).not.toContain('transaction_amount_kzt > 10000');
  });

  it('payments above KZT 10k, counted, stay a filter on them', () => {
    expect(sqlLineOf('POS payments above KZT 10k in 2024: how many?')).toContain(
      'transaction_amount_kzt > 10000',
    );
  });
});
