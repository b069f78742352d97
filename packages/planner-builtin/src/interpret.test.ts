import { describe, expect, it } from 'vitest';
import { understandQuestion } from './builtin-planner.js';
import type { Frame } from './frame.js';
import { frameOf, TEST_CONTEXT } from './passes/testing.js';

const context = TEST_CONTEXT;

type Expected = Partial<Omit<Frame, 'version' | 'language' | 'confident'>>;

const FRAMES: [string, Expected][] = [
  // measures
  [
    'How many transactions were there yesterday?',
    { measures: [{ fn: 'count' }], time: { kind: 'yesterday' }, shape: 'single' },
  ],
  ['Сколько операций сегодня?', { measures: [{ fn: 'count' }], time: { kind: 'today' } }],
  [
    'Сколько потратили на продукты в Алматы в прошлом месяце?',
    {
      measures: [{ fn: 'sum' }],
      filters: [
        { kind: 'values', column: 'mcc_category', negated: false, values: ['Grocery & Food Markets'] },
        { kind: 'values', column: 'merchant_city', negated: false, values: ['Almaty'] },
      ],
      time: { kind: 'previous', unit: 'month' },
    },
  ],
  [
    'Средний чек в аптеках',
    {
      measures: [{ fn: 'avg' }],
      filters: [{ kind: 'values', column: 'mcc_category', negated: false, values: ['Pharmacies & Health'] }],
    },
  ],
  ['What is the median transaction amount?', { measures: [{ fn: 'median' }] }],
  ['What was the largest transaction yesterday?', { measures: [{ fn: 'max' }] }],
  ['Минимальная сумма платежа', { measures: [{ fn: 'min' }] }],
  [
    'How many unique cards were used this month?',
    {
      measures: [{ fn: 'count_distinct', column: 'card_key' }],
      time: { kind: 'this', unit: 'month' },
    },
  ],
  ['Сколько мерчантов в Алматы?', { measures: [{ fn: 'count_distinct', column: 'merchant_id' }] }],
  [
    'Количество и сумма транзакций по категориям',
    {
      measures: [{ fn: 'count' }, { fn: 'sum' }],
      dimensions: ['mcc_category'],
      shape: 'breakdown',
    },
  ],
  // dimensions and shapes
  [
    'Оборот по банкам за 2025 год',
    {
      dimensions: ['issuer_bank_name'],
      time: { kind: 'dates', from: '2025-01-01', to: '2026-01-01' },
    },
  ],
  [
    'Top 5 categories by amount in the last 30 days',
    {
      measures: [{ fn: 'sum' }],
      dimensions: ['mcc_category'],
      time: { kind: 'last_days', n: 30 },
      shape: 'topn',
      limit: 5,
      order: 'desc',
    },
  ],
  [
    'Какая категория самая популярная?',
    { measures: [{ fn: 'count' }], shape: 'topn', limit: 1, order: 'desc' },
  ],
  ['Bottom 3 cities by average check', { measures: [{ fn: 'avg' }], limit: 3, order: 'asc' }],
  ['Top categories by amount', { limit: 10 }],
  [
    'Количество транзакций по дням за последние 7 дней',
    {
      dimensions: ['day'],
      shape: 'timeseries',
      time: { kind: 'last_days', n: 7 },
    },
  ],
  [
    'Сумма по неделям за последние 8 недель',
    { dimensions: ['week'], time: { kind: 'last_units', unit: 'week', n: 8 } },
  ],
  ['Number of transactions by weekday', { dimensions: ['weekday'], shape: 'timeseries' }],
  ['Transactions by hour of day', { dimensions: ['hour_of_day'] }],
  ['Number of transactions by MCC', { dimensions: ['merchant_mcc'] }],
  // share
  [
    'What share of transactions are online?',
    {
      shape: 'share',
      share: { subset: [{ kind: 'values', column: 'transaction_type', negated: false, values: ['ECOM'] }] },
      filters: [],
    },
  ],
  [
    'Доля категорий в обороте за прошлый месяц',
    { shape: 'share', share: { subset: [] }, measures: [{ fn: 'sum' }] },
  ],
  [
    'Доля онлайн среди транзакций в Алматы',
    {
      share: { subset: [{ kind: 'values', column: 'transaction_type', negated: false, values: ['ECOM'] }] },
      filters: [{ kind: 'values', column: 'merchant_city', negated: false, values: ['Almaty'] }],
    },
  ],
  // compare
  [
    'Compare the number of transactions this month vs last month',
    {
      shape: 'compare',
      time: null,
      compare: { earlier: { kind: 'previous', unit: 'month' }, later: { kind: 'this', unit: 'month' } },
    },
  ],
  [
    'Количество онлайн-платежей на этой неделе по сравнению с прошлой',
    {
      compare: { earlier: { kind: 'previous', unit: 'week' }, later: { kind: 'this', unit: 'week' } },
    },
  ],
  [
    'Сравни оборот за 2025 год и 2024 год',
    {
      compare: {
        earlier: { kind: 'dates', from: '2024-01-01', to: '2025-01-01' },
        later: { kind: 'dates', from: '2025-01-01', to: '2026-01-01' },
      },
    },
  ],
  [
    'Almaty vs Astana by amount',
    {
      shape: 'breakdown',
      dimensions: ['merchant_city'],
      filters: [{ kind: 'values', column: 'merchant_city', negated: false, values: ['Almaty', 'Astana'] }],
    },
  ],
  // filters
  [
    'How many transactions over 50,000 tenge yesterday?',
    { filters: [{ kind: 'amount', op: '>', value: 50000 }] },
  ],
  ['Сколько транзакций больше 10 тысяч тенге?', { filters: [{ kind: 'amount', op: '>', value: 10000 }] }],
  [
    'Количество платежей от 5000 до 10000 тенге',
    { filters: [{ kind: 'amount_between', min: 5000, max: 10000 }] },
  ],
  [
    'Number of transactions between 1000 and 5000 tenge',
    { filters: [{ kind: 'amount_between', min: 1000, max: 5000 }] },
  ],
  [
    'How many transactions of at least 1.5 million tenge?',
    { filters: [{ kind: 'amount', op: '>=', value: 1500000 }] },
  ],
  [
    'Сколько операций за границей?',
    {
      filters: [{ kind: 'values', column: 'acquirer_country_iso', negated: true, values: ['KAZ'] }],
    },
  ],
  [
    'Сумма операций внутри страны',
    {
      filters: [{ kind: 'values', column: 'acquirer_country_iso', negated: false, values: ['KAZ'] }],
    },
  ],
  [
    'Сколько платежей без кошелька?',
    { filters: [{ kind: 'presence', column: 'wallet_type', present: false }] },
  ],
  [
    'How many transactions with a mobile wallet?',
    { filters: [{ kind: 'presence', column: 'wallet_type', present: true }] },
  ],
  [
    'Количество транзакций кроме Алматы и Астаны',
    {
      filters: [{ kind: 'values', column: 'merchant_city', negated: true, values: ['Almaty', 'Astana'] }],
    },
  ],
  [
    'Сумма снятия наличных',
    {
      filters: [{ kind: 'values', column: 'transaction_type', negated: false, values: ['ATM_WITHDRAWAL'] }],
    },
  ],
  [
    'Количество бесконтактных платежей',
    {
      filters: [{ kind: 'values', column: 'pos_entry_mode', negated: false, values: ['Contactless'] }],
    },
  ],
  [
    'How many transactions with MCC 5411?',
    { filters: [{ kind: 'ids', column: 'merchant_mcc', negated: false, values: [5411] }] },
  ],
  ['How many transactions on weekends?', { filters: [{ kind: 'weekday', days: [6, 7] }] }],
  // time phrases
  ['Сколько транзакций позавчера?', { time: { kind: 'day_before_yesterday' } }],
  ['Сколько операций за неделю?', { time: { kind: 'last_days', n: 7 } }],
  ['Transactions in the past month', { time: { kind: 'last_days', n: 30 } }],
  ['How many transactions in March 2026?', { time: { kind: 'dates', from: '2026-03-01', to: '2026-04-01' } }],
  ['How many transactions in March?', { time: { kind: 'dates', from: '2026-03-01', to: '2026-04-01' } }],
  ['How many transactions in June?', { time: { kind: 'dates', from: '2025-06-01', to: '2025-07-01' } }],
  [
    'Сумма транзакций за первый квартал 2026 года',
    { time: { kind: 'dates', from: '2026-01-01', to: '2026-04-01' } },
  ],
  ['How many transactions in Q4 2025?', { time: { kind: 'dates', from: '2025-10-01', to: '2026-01-01' } }],
  ['Сумма операций с 1 по 15 марта 2026', { time: { kind: 'dates', from: '2026-03-01', to: '2026-03-16' } }],
  [
    'Transactions from 2026-03-01 to 2026-03-15',
    { time: { kind: 'dates', from: '2026-03-01', to: '2026-03-16' } },
  ],
  ['How many transactions since March 2026?', { time: { kind: 'dates', from: '2026-03-01', to: null } }],
  ['Оборот с начала года', { time: { kind: 'this', unit: 'year' } }],
];

describe('interpret: question → frame', () => {
  it.each(FRAMES)('%s', (question, expected) => {
    const frame = frameOf(question);
    expect(frame.confident).toBe(true);
    expect(frame).toMatchObject(expected);
  });

  it('keeps the language of the question in the frame', () => {
    expect(frameOf('Сколько транзакций было вчера?').language).toBe('ru');
    expect(frameOf('How many transactions yesterday?').language).toBe('en');
  });
});

const NOT_UNDERSTOOD: [string, string][] = [
  ['Almaty yesterday', 'missing_measure'],
  ['How many transactions on average last month?', 'avg_of_counts'],
  ['Среднее количество транзакций по дням', 'avg_of_counts'],
  ['Top 5 transactions by amount', 'listing'],
  ['Show all transactions from yesterday', 'listing'],
  ['How many transactions more than 5 times?', 'unknown_words'],
  ['Which city has more transactions than Astana?', 'unknown_words'],
  ['How many transactions of unicorns?', 'unknown_words'],
  ['Distribution of transactions by amount', 'unsupported'],
  ['Average amount by card', 'per_card'],
  ['Доля бесконтактных платежей в Алматы', 'ambiguous_share'],
  ['Compare the amount this month', 'compare_missing'],
  ['Сколько транзакций больше 10 раз?', 'unknown_words'],
];

describe('interpret: questions it must not guess', () => {
  it.each(NOT_UNDERSTOOD)('%s → clarify (%s)', (question, reason) => {
    const result = understandQuestion(question, context);
    expect(result.kind).toBe('clarify');
    if (result.kind === 'clarify') expect(result.reason).toBe(reason);
  });
});

function sqlOf(question: string): string {
  const result = understandQuestion(question, context);
  if (result.kind !== 'sql') throw new Error(`${question}: ${result.kind} ${result.message}`);
  return result.sql.replace(/\s+/g, ' ');
}

function reasonOf(question: string): string {
  const result = understandQuestion(question, context);
  return result.kind === 'sql' ? 'sql' : result.reason;
}

describe('classes of wrong answers that must not come back', () => {
  it.each([
    ['Card spend over the past three weeks', 21],
    ['turnover for the last 4 weeks in Shymkent', 28],
    ['оборот за последние три недели', 21],
    ['число операций за последние 2 недели по дням', 14],
  ])('"last N weeks" without a weekly breakdown is 7N days: %s', (question, days) => {
    expect(frameOf(question).time).toEqual({ kind: 'last_days', n: days });
  });

  it.each(['Weekly amount over the last 6 weeks', 'Сумма по неделям за последние пять недель'])(
    '"last N weeks" by week stays calendar weeks: %s',
    (question) => {
      expect(frameOf(question).time).toMatchObject({ kind: 'last_units', unit: 'week' });
    },
  );

  it.each([
    'total spend over the last 3 months',
    'оборот за последние два года',
    'сумма за последние 2 квартала',
  ])('months / quarters / years without that breakdown are asked back: %s', (question) => {
    expect(reasonOf(question)).toBe('ambiguous_period');
  });

  it.each([
    'spend by bank last quarter',
    'оборот в прошлом квартале по городам',
    'amount by quarter for the last 2 quarters',
  ])('a quarter is three months in SQL: %s', (question) => {
    const sql = sqlOf(question);
    expect(sql).not.toContain("'1 quarter'");
    expect(sql).toMatch(/interval '(3|6) months'/);
  });

  it.each([
    [
      'median purchase amount in USD in the USA',
      'percentile_cont(0.5) WITHIN GROUP (ORDER BY original_amount)',
      'USD',
    ],
    ['average amount in euro last month', 'avg(original_amount)', 'EUR'],
    ['средний чек в долларах за прошлую неделю', 'avg(original_amount)', 'USD'],
    ['сумма в лирах по операциям в Турции', 'sum(original_amount)', 'TRY'],
    ['how many payments over 200 EUR', 'original_amount > 200', 'EUR'],
    ['Долларлық транзакциялардың доллармен орташа сомасы', 'avg(original_amount)', 'USD'],
  ])(
    'an amount in a named currency reads original_amount of that currency: %s',
    (question, measure, currency) => {
      const sql = sqlOf(question);
      expect(sql).toContain(measure);
      expect(sql).toContain(`transaction_currency = '${currency}'`);
      expect(sql).not.toContain('transaction_amount_kzt');
    },
  );

  // (The currency's unit word — "in dollars", «в евро» — ending a money question is the unit: unseen31,
  // unseen37 and unseen61 agree; the code or the tenge named keep it a filter.)
  it.each([
    'Total amount of payments in USD',
    'Сумма транзакций в EUR за год',
    'Сумма в тенге по операциям в евро',
  ])('transactions in a currency still sum tenge: %s', (question) => {
    expect(sqlOf(question)).toContain('sum(transaction_amount_kzt)');
  });

  it('original-currency amounts are not added across currencies', () => {
    expect(reasonOf('average amount in the original currency')).toBe('mixed_currencies');
    expect(sqlOf('average amount in the original currency by currency')).toContain('avg(original_amount)');
  });

  it.each([
    ['оборот по городам Алматы, Тараз и Павлодар', 'merchant_city'],
    ['количество операций по банкам Халык и Каспи', 'issuer_bank_name'],
    ['spend for groceries, fuel and pharmacies separately', 'mcc_category'],
    ['сумма по Apple Pay и Samsung Pay по отдельности', 'wallet_type'],
  ])('an explicit list "by X: a, b, c" is an IN filter and one row per value: %s', (question, column) => {
    const sql = sqlOf(question);
    expect(sql).toMatch(new RegExp(`WHERE ${column} IN \\(`));
    expect(sql).toContain(`GROUP BY ${column}`);
  });

  it.each(['spend in Almaty and Astana combined', 'сколько операций в Астане и Таразе вместе'])(
    'a list "combined" is one total: %s',
    (question) => {
      expect(sqlOf(question)).not.toContain('GROUP BY');
    },
  );

  it.each([
    ['покупки от 2 до 8 тыс', 2000, 8000],
    ['transactions from 3 to 7k', 3000, 7000],
    ['платежи от 500 до 2 тысяч', 500, 2000],
    ['количество переводов от 1 до 3 млн', 1_000_000, 3_000_000],
  ])('a multiplier after a range applies to both ends when that fits: %s', (question, min, max) => {
    expect(frameOf(question).filters).toContainEqual({ kind: 'amount_between', min, max });
  });

  it.each([
    'сколько клиенты Каспи потратили на одежду',
    'сколько покупатели Халыка потратили в прошлом месяце',
  ])('"clients … spent" is a sum, not a count of clients: %s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'sum' }]);
  });

  it.each(['сколько клиентов Каспи платили в кафе', 'how many customers of Halyk paid online'])(
    '"how many clients" is a count of distinct cards: %s',
    (question) => {
      expect(frameOf(question).measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    },
  );

  it.each([
    'which customers spent the most this month?',
    'the card with the largest payment last week',
    'show the client who bought the most yesterday',
    'какой клиент потратил больше всего в этом месяце',
    'покажи карту с самым крупным платежом',
    'Ең көп жұмсаған клиенттер',
  ])('a ranking or a listing of cards or people is refused: %s', (question) => {
    expect(reasonOf(question)).toBe('per_card');
  });

  it.each([
    'average per week this year',
    'в среднем по дням в прошлом месяце',
    'what is the average in Astana?',
  ])('an average of nothing named asks back: %s', (question) => {
    expect(reasonOf(question)).toBe('ambiguous_measure');
  });

  it.each([
    ['how many transactions in this category', 'this'],
    ['сколько операций за этот', 'этот'],
  ])('a period modifier with no period is not silently dropped: %s', (question, word) => {
    const result = understandQuestion(question, context);
    expect(result.kind).toBe('clarify');
    if (result.kind === 'clarify') expect(result.message).toContain(word);
  });
});

describe('Kazakh', () => {
  it.each<[string, Expected]>([
    ['Кеше неше транзакция болды?', { measures: [{ fn: 'count' }], time: { kind: 'yesterday' } }],
    ['Бүгінгі операциялар саны', { measures: [{ fn: 'count' }], time: { kind: 'today' } }],
    [
      'Өткен аптадағы сома қалалар бойынша',
      { measures: [{ fn: 'sum' }], dimensions: ['merchant_city'], time: { kind: 'previous', unit: 'week' } },
    ],
    [
      'Осы айда Шымкенттегі орташа чек қанша?',
      {
        measures: [{ fn: 'avg' }],
        filters: [{ kind: 'values', column: 'merchant_city', negated: false, values: ['Shymkent'] }],
        time: { kind: 'this', unit: 'month' },
      },
    ],
    [
      'Биыл айлар бойынша транзакциялар саны',
      { dimensions: ['month'], time: { kind: 'this', unit: 'year' } },
    ],
    ['Соңғы 10 күндегі жалпы сома', { measures: [{ fn: 'sum' }], time: { kind: 'last_days', n: 10 } }],
    [
      'Ақтөбе мен Таразда қанша бірегей карта қолданылды?',
      {
        measures: [{ fn: 'count_distinct', column: 'card_key' }],
        filters: [{ kind: 'values', column: 'merchant_city', negated: false, values: ['Aktobe', 'Taraz'] }],
      },
    ],
    [
      'Қарағандыдан басқа қалалардағы онлайн төлемдер саны',
      {
        filters: [
          { kind: 'values', column: 'merchant_city', negated: true, values: ['Karaganda'] },
          { kind: 'values', column: 'transaction_type', negated: false, values: ['ECOM'] },
        ],
      },
    ],
    [
      'Өскемендегі 20 мың теңгеден асатын сатып алулар саны',
      {
        filters: [
          { kind: 'amount', op: '>', value: 20_000 },
          { kind: 'values', column: 'merchant_city', negated: false, values: ['Oskemen'] },
        ],
      },
    ],
    [
      '2025 жылғы екінші тоқсандағы айналым',
      { measures: [{ fn: 'sum' }], time: { kind: 'dates', from: '2025-04-01', to: '2025-07-01' } },
    ],
    ['Павлодардағы ең үлкен төлем қанша?', { measures: [{ fn: 'max' }] }],
    ['Санаттар бойынша сома, топ 3', { dimensions: ['mcc_category'], limit: 3, order: 'desc' }],
  ])('%s', (question, expected) => {
    const frame = frameOf(question);
    expect(frame.language).toBe('kk');
    expect(frame).toMatchObject(expected);
  });

  it('explains and asks back in Kazakh', () => {
    const unknown = understandQuestion('Кеше қанша қабылданбаған транзакция болды?', context);
    expect(unknown.kind).toBe('clarify');
    if (unknown.kind === 'clarify')
      expect(unknown.message).toMatch(/^Әзірге жауап бере алмаймын: «қабылданбаған»/);
  });
});
