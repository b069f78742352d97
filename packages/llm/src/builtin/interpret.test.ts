import { describe, expect, it } from 'vitest';
import { type UnderstandContext, understandQuestion } from './builtin-planner.js';
import type { Frame } from './frame.js';

const context: UnderstandContext = {
  now: new Date('2026-05-20T08:00:00Z'),
  timeZone: 'Asia/Almaty',
  previous: [],
};

function frameOf(question: string): Frame {
  const result = understandQuestion(question, context);
  if (result.kind !== 'sql') throw new Error(`${question}: ${result.kind} ${result.message}`);
  return result.frame;
}

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
  ['How many transactions per day on average last month?', 'avg_of_counts'],
  ['Среднее количество транзакций по дням', 'avg_of_counts'],
  ['Top 5 transactions by amount', 'listing'],
  ['Show all transactions from yesterday', 'listing'],
  ['How many transactions more than 5 times?', 'unknown_words'],
  ['Which city has more transactions than Astana?', 'unknown_words'],
  ['How many transactions of unicorns?', 'unknown_words'],
  ['Distribution of transactions by amount', 'unsupported'],
  ['Average amount per card', 'per_card'],
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
