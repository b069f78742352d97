import { describe, expect, it } from 'vitest';
import { buildSql } from './build-sql.js';
import { understandQuestion } from './builtin-planner.js';
import { type EnumColumn, type Filter, type Frame, frameSchema, readFrame } from './frame.js';
import { frameOf, sqlLineOf, TEST_CONTEXT } from './passes/testing.js';

/**
 * Classes of questions the planner learned to read after the fresh set showed it refusing them. Each
 * class is tested with phrasings of our own (not the lines of any eval set), in the languages it
 * concerns, and with the near misses that must still be asked back.
 */

const context = TEST_CONTEXT;

/** The whole understanding when it is SQL (frame, SQL, explanation); throws otherwise. */
function sqlOf(question: string): Extract<ReturnType<typeof understandQuestion>, { kind: 'sql' }> {
  const result = understandQuestion(question, context);
  if (result.kind !== 'sql') throw new Error(`${question}: ${result.kind} ${result.message}`);
  return result;
}

/** Whether the question is answered ('sql') or not. */
function kindOf(question: string): string {
  return understandQuestion(question, context).kind;
}

function reasonOf(question: string): string {
  const result = understandQuestion(question, context);
  return result.kind === 'sql' ? 'sql' : result.reason;
}

const values = (column: EnumColumn, ...v: string[]): Filter => ({
  kind: 'values',
  column,
  negated: false,
  values: v,
});

describe('ranges written with a dash', () => {
  it.each<[string, Frame['time']]>([
    ['spend Feb 3-9, 2026', { kind: 'dates', from: '2026-02-03', to: '2026-02-10' }],
    ['оборот 10–20 апреля 2026', { kind: 'dates', from: '2026-04-10', to: '2026-04-21' }],
    ['payments Q3-Q4 2025', { kind: 'dates', from: '2025-07-01', to: '2026-01-01' }],
    ['сумма за 2024–2025 годы', { kind: 'dates', from: '2024-01-01', to: '2026-01-01' }],
    ['count 2026-01-05 – 2026-01-11', { kind: 'dates', from: '2026-01-05', to: '2026-01-12' }],
    ['payments Feb-Apr 2026', { kind: 'dates', from: '2026-02-01', to: '2026-05-01' }],
  ])('%s is one period, not two compared', (question, time) => {
    const frame = frameOf(question);
    expect(frame.time).toEqual(time);
    expect(frame.compare).toBeNull();
  });

  it('reads two amounts joined by a dash as a range when they are money', () => {
    expect(frameOf('purchases 2 000-8 000 tenge').filters).toEqual([
      { kind: 'amount_between', min: 2000, max: 8000 },
    ]);
    expect(frameOf('покупки 3-7 тыс').filters).toEqual([{ kind: 'amount_between', min: 3000, max: 7000 }]);
  });

  it('asks back about a dash between ids rather than read it as a list', () => {
    expect(reasonOf('spend at MCC 5811-5814')).toBe('unknown_words');
  });
});

describe('ordinals written with digits', () => {
  it.each([
    'spend in the 3rd quarter of 2025',
    'сумма за 3-й квартал 2025',
    '2025 жылғы 3-ші тоқсандағы сома',
  ])('%s', (question) => {
    expect(frameOf(question).time).toEqual({ kind: 'dates', from: '2025-07-01', to: '2025-10-01' });
  });
});

describe('negation ends where a preposition opens another column', () => {
  it.each(['spend except taxis in Shymkent', 'сумма кроме такси в Шымкенте'])('%s', (question) => {
    expect(frameOf(question).filters).toEqual([
      { kind: 'values', column: 'mcc_category', negated: true, values: ['Travel & Transportation'] },
      values('merchant_city', 'Shymkent'),
    ]);
  });

  it.each(['spend except Jusan contactless payments', 'count not online QR payments'])(
    '%s is asked back: each excluded, or the combination?',
    (question) => {
      expect(reasonOf(question)).toBe('ambiguous_negation');
    },
  );

  it('keeps both under the negation when "and" / "or" joins them', () => {
    expect(frameOf('spend excluding taxis or Shymkent').filters).toEqual([
      { kind: 'values', column: 'mcc_category', negated: true, values: ['Travel & Transportation'] },
      { kind: 'values', column: 'merchant_city', negated: true, values: ['Shymkent'] },
    ]);
  });
});

describe('an exclusion that names the transactions, then the column, then the value', () => {
  it.each([
    'Сумма за исключением покупок в категории Такси',
    'сумма без платежей в категории такси',
    'total excluding purchases in the category Taxi',
    'Такси категориясындағы төлемдерден басқа сома',
  ])('%s', (question) => {
    expect(frameOf(question).filters).toEqual([
      { kind: 'values', column: 'mcc_category', negated: true, values: ['Travel & Transportation'] },
    ]);
  });

  it('leaves a value after a preposition of its own out of the exclusion', () => {
    expect(frameOf('count excluding payments in category Taxi in Almaty').filters).toEqual([
      { kind: 'values', column: 'mcc_category', negated: true, values: ['Travel & Transportation'] },
      values('merchant_city', 'Almaty'),
    ]);
  });
});

describe('a breakdown over what an exclusion leaves', () => {
  it.each<[string, Frame['dimensions'][number]]>([
    ['count by country outside Kazakhstan', 'acquirer_country_iso'],
    ['сумма по валютам кроме тенге', 'transaction_currency'],
  ])('%s', (question, dimension) => {
    expect(frameOf(question).dimensions).toEqual([dimension]);
  });

  it('still reads a column word next to one value as naming it', () => {
    expect(frameOf('spend in the city of Taraz').dimensions).toEqual([]);
  });
});

describe('nouns for transactions of a kind are counted', () => {
  it.each([
    ['transfers by weekday', ['weekday']],
    ['зачисления зарплаты по банкам', ['issuer_bank_name']],
    ['аударымдар ай бойынша', ['month']],
  ])('%s', (question, dimensions) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.dimensions).toEqual(dimensions);
  });

  it('keeps the measure of the question a follow-up continues', () => {
    const first = understandQuestion('Total spend by city last month', context);
    if (first.kind !== 'sql') throw new Error(first.message);
    const ctx = {
      ...context,
      previous: [{ question: 'Total spend by city last month', sql: first.sql, frame: first.frame }],
    };
    const frame = frameOf('and for withdrawals?', ctx);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.filters).toEqual([values('transaction_type', 'ATM_WITHDRAWAL')]);
  });

  it('asks back instead of listing them', () => {
    expect(reasonOf('list all transfers yesterday')).toBe('listing');
  });
});

describe('aggregates bind through describing words and kinds of transactions', () => {
  it.each(['average contactless payment amount', 'средний онлайн чек', 'average outgoing transfer'])(
    '%s',
    (q) => {
      expect(frameOf(q).measures).toEqual([{ fn: 'avg' }]);
    },
  );

  it.each<[string, 'week' | 'day']>([
    ['average transfers per week', 'week'],
    ['average transactions per day', 'day'],
  ])('%s: an average of counts, per period', (question, unit) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'per_period', of: 'count', unit }]);
  });
  it('«средние платежи по месяцам» (average payment by month, or payments per month?) asks back', () => {
    expect(reasonOf('средние платежи по месяцам')).toBe('avg_of_counts');
  });
});

describe('superlatives of activity and the unit they rank', () => {
  it.each<[string, Frame['dimensions'][number], 'asc' | 'desc' | null]>([
    ['least busy weekday', 'weekday', 'asc'],
    ['самый загруженный день', 'day', 'desc'],
    ['the most active month for travel', 'month', 'desc'],
  ])('%s', (question, dimension, order) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([dimension]);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.order).toBe(order);
  });
});

describe('shares whose base the sentence names without "among"', () => {
  it.each<[string, object, object]>([
    [
      'online share of Halyk payments',
      values('transaction_type', 'ECOM'),
      values('issuer_bank_name', 'Halyk Bank'),
    ],
    [
      'доля такси в расходах Форте',
      values('mcc_category', 'Travel & Transportation'),
      values('issuer_bank_name', 'ForteBank'),
    ],
    [
      'what % of payments abroad were contactless',
      values('pos_entry_mode', 'Contactless'),
      { kind: 'values', column: 'acquirer_country_iso', negated: true, values: ['KAZ'] },
    ],
    [
      'какую долю оборота в Астане занимают рестораны',
      values('mcc_category', 'Dining & Restaurants'),
      values('merchant_city', 'Astana'),
    ],
    [
      'Каспи төлемдеріндегі онлайн үлесі',
      values('transaction_type', 'ECOM'),
      values('issuer_bank_name', 'Kaspi Bank'),
    ],
  ])('%s', (question, subset, base) => {
    const frame = frameOf(question);
    expect(frame.share).toEqual({ subset: [subset] });
    expect(frame.filters).toEqual([base]);
  });

  it.each([
    'share of Kaspi online payments',
    'share of contactless payments in Almaty',
    'what % of spend in Almaty groceries',
  ])('%s stays asked back: the base is not clear', (question) => {
    expect(reasonOf(question)).toBe('ambiguous_share');
  });
});

describe('money coming in or going out', () => {
  it.each(['how much came in as salaries in March 2026', 'сколько поступило зарплат в марте 2026'])(
    '%s: the type named says the direction',
    (question) => {
      expect(frameOf(question).filters).toEqual([values('transaction_type', 'SALARY')]);
    },
  );

  it.each([
    'how much money came in last week',
    'сколько денег поступило на карты Каспи',
    'өткен аптада қанша ақша түсті',
  ])('%s is asked back: no column says which way money went', (question) => {
    expect(reasonOf(question)).toBe('unknown_words');
  });
});

describe('vocabulary groups completed', () => {
  it.each<[string, Partial<Frame>]>([
    // abbreviated time units
    ['payments this qtr', { time: { kind: 'this', unit: 'quarter' } }],
    ['spend by wk', { dimensions: ['week'] }],
    // spellings and colloquial forms
    ['avg cheque size in cafes', { measures: [{ fn: 'avg' }] }],
    ['скоко платежей вчера', { measures: [{ fn: 'count' }], time: { kind: 'yesterday' } }],
    // units of counting, «кол-во» in every case
    ['QR payments by bank in pcs', { measures: [{ fn: 'count' }] }],
    ['платежи по городам, шт', { measures: [{ fn: 'count' }] }],
    ['доля банков в кол-ве операций', { shape: 'share', measures: [{ fn: 'count' }] }],
    // composition words are shares of each group
    ['структура оборота по категориям', { shape: 'share', dimensions: ['mcc_category'] }],
    ['spend composition by bank', { shape: 'share', dimensions: ['issuer_bank_name'] }],
    // revenue verbs and filler verbs
    ['which category earned the most', { measures: [{ fn: 'sum' }], limit: 1 }],
    ['transactions processed abroad yesterday', { measures: [{ fn: 'count' }] }],
    ['какой оборот прошел через Халык вчера', { measures: [{ fn: 'sum' }] }],
    // entry modes, salary, fuel, distribution in Kazakh
    ['payments with a magnetic strip', { filters: [values('pos_entry_mode', 'Swipe')] }],
    ['paywave payments', { filters: [values('pos_entry_mode', 'Contactless')] }],
    ['payroll deposits by bank', { filters: [values('transaction_type', 'SALARY')] }],
    ['жанармай бекеттеріндегі сома', { filters: [values('mcc_category', 'Fuel & Service Stations')] }],
    ['Төлемдердің апта күндері бойынша таралуы', { dimensions: ['weekday'], measures: [{ fn: 'count' }] }],
    // a pronoun of totality carries no meaning
    ['everything in Almaty except taxis, total', { measures: [{ fn: 'sum' }] }],
  ])('%s', (question, expected) => {
    expect(frameOf(question)).toMatchObject(expected);
  });
});

describe('chat filler, acquirer countries by adjective and code, output-shape words', () => {
  it.each([
    ['count of pos payments yesterday plz', 'pos payments yesterday'],
    ['сколько операций вчера, срочно', 'сколько операций вчера'],
    ['плиз оборот по городам за май', 'оборот по городам за май'],
    ['кешегі транзакциялар санын көрсетші', 'кешегі транзакциялар саны'],
  ])('%s reads as %s', (withFiller, plain) => {
    expect(frameOf(withFiller).filters).toEqual(frameOf(plain).filters);
    expect(frameOf(withFiller).measures).toEqual(frameOf(plain).measures);
  });

  it.each<[string, string[], boolean]>([
    ['count of payments through Georgian acquirers this year', ['GEO'], false],
    ['spend with Italian or Uzbek acquirers', ['ITA', 'UZB'], false],
    ['transactions where the acquirer is outside KAZ', ['KAZ'], true],
    ['оборот через турецких эквайеров', ['TUR'], false],
    ['эквайері Қытайда болған операциялар саны', ['CHN'], false],
  ])('%s', (question, codes, negated) => {
    expect(frameOf(question).filters).toEqual([
      { kind: 'values', column: 'acquirer_country_iso', negated, values: codes },
    ]);
  });

  it('a currency adjective stays a currency', () => {
    expect(frameOf('сколько операций в китайских юанях').filters).toEqual([
      { kind: 'values', column: 'transaction_currency', negated: false, values: ['CNY'] },
    ]);
  });

  it.each(['acquirer fees by month', 'how much cash in Almaty', 'spend by city, one number'])(
    '%s: the word is asked about, not dropped',
    (question) => {
      expect(kindOf(question)).not.toBe('sql');
    },
  );

  it.each(['top 3 banks by amount in May, with the totals', 'оборот по городам за май с суммами'])(
    '%s: asking to see the measure of a ranking changes nothing',
    (question) => {
      expect(frameOf(question).dimensions.length).toBe(1);
    },
  );

  it('"inclusive" is understood after a closed range only', () => {
    expect(frameOf('payments from 3 to 9 May 2026 inclusive').time).toEqual({
      kind: 'dates',
      from: '2026-05-03',
      to: '2026-05-10',
    });
  });
});

describe('percentiles other than the median', () => {
  it.each<[string, number[]]>([
    ['95th percentile of payment amounts in May', [0.95]],
    ['p99 amount of ATM withdrawals last month', [0.99]],
    ['10th and 90th percentiles of the amount by city', [0.1, 0.9]],
    ['80-й перцентиль суммы платежей за май', [0.8]],
    ['соманың 75-перцентилі осы айда', [0.75]],
  ])('%s', (question, ps) => {
    const u = sqlOf(question);
    expect(u.frame.measures.filter((m) => m.fn === 'percentile').map((m) => (m as { p: number }).p)).toEqual(
      ps,
    );
    for (const p of ps) expect(u.sql).toContain(`percentile_cont(${p}) WITHIN GROUP`);
  });

  it('the median and a percentile together', () => {
    expect(sqlOf('median and 95th percentile of the amount').frame.measures).toEqual([
      { fn: 'median' },
      { fn: 'percentile', p: 0.95 },
    ]);
  });

  it.each(['percentile of amounts in May', '150th percentile of the amount'])(
    '%s: asked back',
    (question) => {
      expect(kindOf(question)).not.toBe('sql');
    },
  );
});

describe('"all time" and "largest first" where the plan already does that', () => {
  it.each([
    'average check in Almaty, all time',
    'средний чек в Алматы за всё время',
    'amount by bank, largest first',
    'оборот по банкам по убыванию',
    'барлық уақыттағы Алматыдағы операциялар саны',
  ])('%s: answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it.each(['count last month, all time', 'bottom 3 cities by amount, most first'])(
    '%s: the words would not be honoured, so asked back',
    (q) => {
      expect(kindOf(q)).not.toBe('sql');
    },
  );
});

describe('output instructions: rounding, one row, one row per group, time order', () => {
  it.each<[string, number]>([
    ['average amount by city in May, rounded to 2 decimals', 2],
    ['share of contactless among POS payments in May, 1 dp', 1],
    ['средний чек по банкам за май, округли до 1 знака', 1],
    ['средний чек за май с 2 знаками после запятой', 2],
    ['мамырдағы қалалар бойынша орташа чек, 1 таңбаға дейін дөңгелекте', 1],
  ])('%s', (question, decimals) => {
    const u = sqlOf(question);
    expect(u.frame.decimals).toBe(decimals);
    expect(u.sql).toContain(`::numeric, ${decimals})`);
    expect(u.frame.filters.filter((f) => f.kind === 'amount' || f.kind === 'amount_between')).toEqual([]);
  });

  it.each(['average amount, round it', 'сумма за май, округли'])('%s: rounding to what? asked back', (q) => {
    expect(kindOf(q)).not.toBe('sql');
  });

  it.each([
    'count and amount of ATM withdrawals in May, in one row',
    'количество и сумма снятий за май одной строкой',
    'мамырдағы транзакциялар саны мен сомасы, бір жолда',
  ])('%s: one row', (q) => {
    expect(sqlOf(q).frame.dimensions).toEqual([]);
  });
  it.each(['amount by city in May, in one row', 'сумма по банкам одной строкой'])('%s: asked back', (q) => {
    expect(kindOf(q)).not.toBe('sql');
  });

  it.each([
    ['Kaspi vs Halyk average check in May, one row per bank', 'issuer_bank_name'],
    ['Алматы и Астана: оборот за май, строка на город', 'merchant_city'],
  ])('%s: one row per group', (q, d) => {
    expect(sqlOf(q).frame.dimensions).toEqual([d]);
  });

  it.each([
    'monthly amount in 2025, chronological',
    'оборот по кварталам за 2025 год, хронологически',
    '2025 жылғы ай сайынғы сома, айлар ретімен',
  ])('%s: a timeline', (q) => {
    expect(sqlOf(q).frame.shape).toBe('timeseries');
  });
  it('a ranking in time order is asked back', () => {
    expect(kindOf('top 3 cities by amount, chronological')).not.toBe('sql');
  });

  it.each([
    ['amount for Travel & Transportation in May', 'Travel & Transportation'],
    ['сумма по Home Furnishings & Supplies за май', 'Home Furnishings & Supplies'],
  ])('%s: the category by its own name', (q, v) => {
    expect(JSON.stringify(sqlOf(q).frame.filters)).toContain(v);
  });
  it.each([
    ['transactions by merchant_id in May', 'merchant_id'],
    ['top 5 merchants (merchant id) by amount in May', 'merchant_id'],
    ['amount by country code in May', 'acquirer_country_iso'],
  ])('%s: the column by its name', (q, d) => {
    expect(sqlOf(q).frame.dimensions).toEqual([d]);
  });
});

describe('what a comparison of two periods shows', () => {
  it.each<[string, 'both' | 'difference' | 'change' | undefined]>([
    ['amount in March 2026 vs April 2026', 'both'],
    ['amount in March 2026 vs April 2026, both numbers', 'both'],
    ['how did the amount grow from March 2026 to April 2026', undefined],
    ['рост оборота с марта на апрель 2026', undefined],
    ['by how much did April 2026 amount exceed March 2026', 'difference'],
    ['count in April 2026 minus March 2026', 'difference'],
    ['разница в сумме за март и апрель 2026', 'difference'],
    ['percent change in count, April 2026 vs March 2026', 'change'],
    ['на сколько процентов вырос оборот в апреле 2026 по сравнению с мартом 2026', 'change'],
  ])('%s → %s', (question, output) => {
    const u = sqlOf(question);
    expect(u.frame.compare?.output).toBe(output);
    const columns = u.sql.split('\nFROM')[0]!;
    expect(columns.includes('change_pct')).toBe(output === undefined || output === 'change');
    expect(columns.includes('_difference')).toBe(output === 'difference');
  });

  it.each([
    'count in March 2026 minus April 2026',
    'the difference in amount by city',
    'amount in May, both numbers',
  ])('%s: asked back', (question) => {
    expect(kindOf(question)).not.toBe('sql');
  });
});

describe('notes on numbering that the answer already follows, and words that change nothing', () => {
  it.each([
    'payments by weekday in April 2026 (1 = Monday ... 7 = Sunday)',
    'count by ISO day of week in 2025',
    'платежи по дням недели за апрель 2026 (пн=1 … вс=7)',
    '2025 жылы апта күндері бойынша операциялар саны (дүйсенбі=1 ... жексенбі=7)',
  ])('%s: a weekday breakdown and no weekday filter', (q) => {
    const f = frameOf(q);
    expect(f.dimensions).toEqual(['weekday']);
    expect(f.filters.filter((x) => x.kind === 'weekday')).toEqual([]);
  });
  it('"(0-23)" after a breakdown by hour of the day', () => {
    expect(frameOf('ATM withdrawals by hour of the day (0-23) in April 2026').dimensions).toEqual([
      'hour_of_day',
    ]);
  });
  it.each(['payments by weekday (0 = Sunday)', 'платежи за понедельник (1 = понедельник)'])(
    '%s: another numbering, or no breakdown to number: asked back',
    (q) => {
      expect(kindOf(q)).not.toBe('sql');
    },
  );
  it.each([
    'how many distinct cards had at least one transaction in Astana in April 2026',
    'сколько уникальных карт совершили хотя бы одну операцию в апреле 2026',
  ])('%s: a distinct count', (q) => {
    expect(frameOf(q).measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
  });
  it('"at least one transaction" without a distinct count is asked back', () => {
    expect(kindOf('total amount with at least one transaction')).not.toBe('sql');
  });
  it('Kazakh «әмиянсыз» is without a wallet', () => {
    expect(frameOf('сәуірдегі әмиянсыз операциялар саны').filters).toEqual([
      { kind: 'presence', column: 'wallet_type', present: false },
    ]);
  });
});

describe('ratios per card', () => {
  const spend = { fn: 'per_card', of: 'sum' } as const;
  const count = { fn: 'per_card', of: 'count' } as const;
  it.each<[string, Frame['measures'], Frame['dimensions']]>([
    ['what is the average spend per cardholder in Shymkent this year', [spend], []],
    ['turnover per active card, by issuing bank, for March 2026', [spend], ['issuer_bank_name']],
    ['mean number of payments per customer in April 2026', [count], []],
    ['how many operations per card do we see each month in 2026', [count], ['month']],
    ['в среднем сколько операций приходится на одного клиента за апрель 2026', [count], []],
    ['сумма покупок в расчёте на одну карту по категориям за 2025 год', [spend], ['mcc_category']],
    ['2026 жылы банктер бойынша бір картаға шаққандағы транзакциялар саны', [count], ['issuer_bank_name']],
  ])('%s: the measure over distinct cards', (q, measures, dimensions) => {
    const f = frameOf(q);
    expect(f.measures).toEqual(measures);
    expect(f.dimensions).toEqual(dimensions);
  });
  it('the SQL divides by the distinct cards, each period over its own rows when compared', () => {
    const { sql } = sqlOf('spend per card this month compared with last month');
    expect(sql).toContain(
      "count(DISTINCT card_key) FILTER (WHERE transaction_timestamp >= date_trunc('month'",
    );
    expect(sql).toContain('AS amount_per_card_this_month');
  });
  it.each([
    'list the spend per card for April 2026',
    'top 10 amount per card',
    'median purchase amount per card in 2026',
    'max spend per customer last month',
    'оборот по каждой карте за апрель',
    'spending by card last month',
  ])('%s: rows about single cards or no per-card ratio: refused as personal data', (q) => {
    expect(reasonOf(q)).toBe('per_card');
  });
});

describe('half-years', () => {
  it.each<[string, Frame['time']]>([
    ['card spend H2 2025', { kind: 'dates', from: '2025-07-01', to: '2026-01-01' }],
    ['how many payments in the first half of 2026', { kind: 'dates', from: '2026-01-01', to: '2026-07-01' }],
    ['оборот за 2-е полугодие 2025 года', { kind: 'dates', from: '2025-07-01', to: '2026-01-01' }],
    ['число операций в первом полугодии 2026', { kind: 'dates', from: '2026-01-01', to: '2026-07-01' }],
    ['2025 жылдың екінші жартыжылдығындағы айналым', { kind: 'dates', from: '2025-07-01', to: '2026-01-01' }],
  ])('%s is a calendar half', (q, time) => {
    expect(frameOf(q).time).toEqual(time);
  });
  it('two halves are compared', () => {
    expect(frameOf('transactions H1 2026 vs H1 2025').compare).toMatchObject({
      earlier: { kind: 'dates', from: '2025-01-01', to: '2025-07-01' },
      later: { kind: 'dates', from: '2026-01-01', to: '2026-07-01' },
    });
  });
  it('«за полугодие» without an ordinal is the last six months, as before', () => {
    expect(frameOf('оборот за полугодие по месяцам').time).toEqual({
      kind: 'last_units',
      unit: 'month',
      n: 6,
    });
  });
  it('"half" alone is not a period', () => {
    expect(kindOf('more than half of the payments')).not.toBe('sql');
  });
});

describe('growth from one period to another', () => {
  it.each<[string, string, string]>([
    ['spend growth from Q1 to Q2 2026', '2026-01-01', '2026-04-01'],
    ['how did the number of payments change from March to April 2026', '2026-03-01', '2026-04-01'],
    ['рост оборота с марта на апрель 2026', '2026-03-01', '2026-04-01'],
    ['прирост числа операций с 1 кв. 2025 к 2 кв. 2025', '2025-01-01', '2025-04-01'],
    ['YoY growth in spend, Apr 2025 -> Apr 2026', '2025-04-01', '2026-04-01'],
    ['как изменился средний чек с 2024 к 2025 году', '2024-01-01', '2025-01-01'],
    ['рост оборота в 2025 году с марта на апрель', '2025-03-01', '2025-04-01'],
    [
      '2025 жылы онлайн төлемдер саны наурыздан сәуірге қарай қанша пайызға өзгерді',
      '2025-03-01',
      '2025-04-01',
    ],
  ])('%s: two periods compared', (q, earlier, later) => {
    const frame = frameOf(q);
    expect(frame.compare?.earlier).toMatchObject({ kind: 'dates', from: earlier });
    expect(frame.compare?.later).toMatchObject({ kind: 'dates', from: later });
  });
  it('"from December to January" is the December before', () => {
    expect(frameOf('spend growth from December to January 2026').compare?.earlier).toMatchObject({
      from: '2025-12-01',
    });
  });
  it.each(['spend from Q1 to Q2 2026', 'оборот с марта по апрель 2026'])(
    '%s: without a word for growth, one range',
    (q) => {
      const frame = frameOf(q);
      expect(frame.compare).toBeNull();
      expect(frame.time?.kind).toBe('dates');
    },
  );
});

describe('unseen4 refusals, each as a class (our own phrasings)', () => {
  it.each([
    'spend at petrol stations in Taraz in April 2026',
    'топ 3 торговых точек по числу операций за апрель',
    'quick q - how many payments in April 2026?',
    'Осы аптадағы айналым қанша? тез керек',
    'which 2 cities brought the most spend in 2025',
    'Коллеги, нужен средний чек по банкам за март 2026',
    'count of txns with acquirers outside KZ in April 2026',
    'average ticket by city in 2025, sorted high to low',
    'Сколько разных карт получили зарплату в апреле 2026?',
    'hourly count of ATM cash-outs in April 2026',
    'Сколько уникальных MCC встречается в категории Pharmacies за 2025?',
    'Астанада осы айда неше түрлі мерчант операция қабылдады?',
    'Кеше қанша бірегей карта белсенді болды?',
    '2025 жыл бойынша ай сайынғы айналым динамикасын көрсетіңіз',
    'Оборот по онлайн-покупкам за апрель, плз',
    'Өткен айдағы операциялар санын апта күндері бойынша бөліп көрсетіңізші',
    'Как менялась сумма снятий по месяцам в 2025 году',
    'salary credits between 1 and 10 April 2026, both days inclusive',
    'Өткен жылы шоттарды төлеуге қанша сома кетті?',
    'сумма снятий за прошлую неделю (пн–вс)',
    'spend in Turkish lira in summer 2025 in the original currency',
    'Apr vs Mar 2026 turnover — just the two totals',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('a season is its three months; winter (across a new year) is asked back', () => {
    expect(frameOf('оборот осенью 2025').time).toEqual({
      kind: 'dates',
      from: '2025-09-01',
      to: '2025-12-01',
    });
    expect(kindOf('spend in winter 2025')).not.toBe('sql');
  });
  it('"last month vs the month before" compares with the month before last', () => {
    expect(frameOf('spend last month vs the month before').compare?.earlier).toEqual({
      kind: 'previous',
      unit: 'month',
      back: 2,
    });
  });
  it('"in %" in a growth question is the change, not a share', () => {
    const frame = frameOf('Рост оборота по Таразу с марта на апрель 2026, в %');
    expect(frame.share).toBeNull();
    expect(frame.compare?.output).toBeUndefined();
  });
  it('"(Mon–Sun)" without a week to describe is asked back', () => {
    expect(kindOf('spend in April (Mon-Sun)')).not.toBe('sql');
  });
});

describe('growth questions, details', () => {
  it('"Oct vs Sep 2026 — just the two totals": both in 2026 ("vs" says nothing of order)', () => {
    const frame = frameOf('Apr vs Mar 2026 spend — just the two totals pls');
    expect(frame.compare?.earlier).toMatchObject({ from: '2026-03-01' });
    expect(frame.compare?.later).toMatchObject({ from: '2026-04-01' });
  });
  it('"how much did the number of cards grow" measures the cards only', () => {
    expect(frameOf('how much did the number of unique cards grow from Q1 to Q2 2025').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
  it('"the day before yesterday" is still one day', () => {
    expect(frameOf('how many payments the day before yesterday').time).toEqual({
      kind: 'day_before_yesterday',
    });
  });
});

describe('averages per period', () => {
  const perDay = (of: 'sum' | 'count') => ({ fn: 'per_period', of, unit: 'day' }) as const;
  it.each<[string, Frame['measures'], Frame['dimensions']]>([
    ['what was our average spend per day in April 2026', [perDay('sum')], []],
    ['avg daily turnover in Almaty, April 2026', [perDay('sum')], []],
    ['on average how many payments a day did we process in April 2026', [perDay('count')], []],
    ['сколько в среднем операций в день было в апреле 2026', [perDay('count')], []],
    ['средний дневной оборот по городам за апрель 2026', [perDay('sum')], ['merchant_city']],
    ['2026 жылғы сәуірде күніне орташа айналым қанша', [perDay('sum')], []],
    ['average daily spend by month in 2025', [perDay('sum')], ['month']],
    ['average monthly turnover in 2025', [{ fn: 'per_period', of: 'sum', unit: 'month' }], []],
  ])('%s: the total or count over the days with transactions', (q, measures, dimensions) => {
    const f = frameOf(q);
    expect(f.measures).toEqual(measures);
    expect(f.dimensions).toEqual(dimensions);
  });
  it('the SQL divides by the distinct days', () => {
    expect(sqlOf('average daily spend in April 2026').sql).toContain(
      "sum(transaction_amount_kzt) / nullif(count(DISTINCT date_trunc('day', transaction_timestamp)), 0)",
    );
  });
  it.each([
    ['average transaction amount per day in April 2026', 'day'],
    ['average check by day in April 2026', 'day'],
  ])('%s: the average payment, per day (a timeline)', (q, d) => {
    const f = frameOf(q);
    expect(f.measures).toEqual([{ fn: 'avg' }]);
    expect(f.dimensions).toEqual([d]);
  });
  it('"average per day" with nothing named is still asked back', () => {
    expect(kindOf('average per day in April 2026')).not.toBe('sql');
  });
});

describe('averages per period, near misses', () => {
  it.each(['сколько в среднем в день?', 'how many per day on average'])(
    '%s names nothing to count: asked back',
    (q) => {
      expect(kindOf(q)).not.toBe('sql');
    },
  );
});

describe('unseen5 refusals, each as a class (our own phrasings)', () => {
  it.each([
    'сумма платежей без кошелька (т.е. просто картой) за прошлую неделю',
    'Макс. и мин. сумма покупки в категории Travel & Transportation за Q1 2026',
    'Рост оборота в Караганде: март 2026 к февралю 2026, в тенге и в %',
    'Операции меньше 2000 тг — сколько их набралось за прошлую неделю?',
    'Ақтөбедегі шығыс P2P аударымдар сомасы, 2025 жыл',
    'what portion of YTD volume was paid in a foreign currency (anything but KZT)?',
    'ATM total in Mar 2026 vs the same month last year, side by side',
    'ср. сумма по банкам за III кв. 2025',
    'Динамика оборота по кварталам за 2024–2025 гг.',
    '2026 жылдың бірінші жартысындағы жалақы түсімдерінің сомасы',
    'total value of ecom orders under 5,000 tg this month so far',
    'Өткен айдағы дәріханалардағы төлемдердің медианасы қанша?',
    'Өткен айда P2P аударымдар арқылы келіп түскен жалпы сома қанша?',
    'smallest and largest POS purchase in Taraz in March 2026',
    'Мейрамханалардагы орташа чек откен аптада кандай болды?',
    'distinct MCC codes seen in Pavlodar this year?',
    'Средняя сумма оплаты по QR-коду и бесконтактной оплаты в 2025 г., сравнить между собой',
    'Максимальная сумма одного исходящего перевода P2P за март 2026',
    'avg grocery spend per card in March 2026 (total / unique cards)',
    'Как распределяется сумма входящих P2P-переводов по дням недели за последние 60 дней?',
    'txn qty on Kaspi Bank cards MTD',
    'How much did ecom turnover grow in Q2 2026 vs Q1 2026? Give both numbers and the % change',
    'Общий оборот по всем категориям, кроме Unknown и Utilities & Bill Payments, за март',
    'сумма по аптекам за период с 1 по 7 марта 2026 (обе даты включительно)',
    'Биыл бир картага орта есеппен неше транзакция келеди?',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('"vs the same month last year" is that month a year earlier', () => {
    expect(frameOf('ATM total in Mar 2026 vs the same month last year').compare).toMatchObject({
      earlier: { kind: 'dates', from: '2025-03-01', to: '2025-04-01' },
      later: { kind: 'dates', from: '2026-03-01', to: '2026-04-01' },
    });
    // This month is not over: its twin a year back ends on the same day.
    expect(frameOf('spend this month vs the same month last year').compare?.earlier).toEqual({
      kind: 'previous',
      unit: 'month',
      back: 12,
      toDate: true,
    });
    expect(frameOf('YTD spend vs the same period last year').compare?.earlier).toEqual({
      kind: 'previous',
      unit: 'year',
      toDate: true,
    });
  });
  it('"both numbers and the % change" is both periods and the change', () => {
    expect(
      frameOf('spend Q2 2026 vs Q1 2026, both numbers and the % change').compare?.output,
    ).toBeUndefined();
  });
  it('"smallest and largest" is the minimum and the maximum', () => {
    expect(frameOf('smallest and largest purchase in March 2026').measures).toEqual([
      { fn: 'min' },
      { fn: 'max' },
    ]);
  });
  it('"how many transactions on average" (over what?) is asked back', () => {
    expect(kindOf('How many transactions on average last month?')).not.toBe('sql');
  });
});

describe('unseen5 follow-ups', () => {
  it('"txn qty on Kaspi Bank cards" counts the transactions, not the cards', () => {
    expect(frameOf('txn qty on Kaspi Bank cards in April 2026').measures).toEqual([{ fn: 'count' }]);
  });
  it('"distinct MCC codes" counts them; "unique merchants by city" per city', () => {
    expect(frameOf('distinct MCC codes seen in Pavlodar in 2025').measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_mcc' },
    ]);
    expect(frameOf('unique merchants by city in April 2026').dimensions).toEqual(['merchant_city']);
  });
  it('«екі соманы және өсу пайызын» is both amounts and the change', () => {
    const frame = frameOf(
      '2025 жылдың бірінші жартысында жалақы түсімдері 2024 жылдың бірінші жартысымен салыстырғанда қаншаға өсті? Екі соманы және өсу пайызын көрсетіңіз',
    );
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.compare?.output).toBeUndefined();
  });
  it('"P2P transfers that came in" are the incoming ones', () => {
    const frame = frameOf('how much came in via P2P transfers in April 2026');
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: false,
      values: ['P2P_IN'],
    });
  });
});

describe('unseen6 refusals, each as a class (our own phrasings)', () => {
  it.each([
    'Средний чек в выходные vs будни по аптекам за 2025',
    'grocery spend in Q1 2026: weekdays vs weekends?',
    'POS бойынша жұмыс күндері мен демалыс күндерінің айналымын салыстыр, 2025',
  ])('%s: one row for weekends, one for weekdays', (q) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual(['weekend']);
    expect(frame.filters.some((f) => f.kind === 'weekday')).toBe(false);
  });
  it('"spend on weekends" alone is still a filter', () => {
    expect(frameOf('spend on weekends in April 2026').filters).toContainEqual({
      kind: 'weekday',
      days: [6, 7],
    });
  });
  it.each([
    'Демалыс кундериндеги айналым, сауир 2026',
    'Ен коп айналым жасаган 3 MCC, 2025 жыл',
    'Разбивка оборота по валюте операции за 2025 (в тенге)',
    'How many transactions between 50k and 100k tenge in April 2026 (both ends inclusive)?',
    'daily transaction count for the past fortnight',
    'Транзакционная активность в Таразе по месяцам за 2025',
    'Осы жылғы ЖҚС төлемдерінің 90-процентилі',
    'Теңгеден басқа валютадағы операциялардың түпнұсқа валютадағы сомасы, әр валюта бойынша, 2025 жыл',
    'Кросс-бордер: шетелдік эквайер елдері бойынша транзакция саны, 2025',
    'Өткен тоқсанда түсімі ең көп 3 қала қайсы?',
    'Сколько уникальных торговых точек в Таразе принимали оплату в апреле 2026?',
    'Sum of USD-denominated online transactions in dollars (original amount), 2025',
    'Осы жылы әр мобильді әмиян бойынша транзакция саны',
    '2025 жылғы ең ірі жалғыз транзакцияның сомасы қанша?',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('«по валюте операции» is a breakdown by currency, amounts in tenge', () => {
    const frame = frameOf('Разбивка оборота по валюте операции за 2025 (в тенге)');
    expect(frame.dimensions).toEqual(['transaction_currency']);
    expect(frame.amountIn).toBeUndefined();
  });
});

describe('a share whose part follows a predicate', () => {
  it.each<[string, string]>([
    ['what % of contactless transactions in 2025 went through Apple Pay?', 'wallet_type'],
    ['Какая доля POS-транзакций за прошлый месяц прошла через мобильные кошельки?', 'wallet_type'],
    ['what share of ECOM spend went to foreign merchants in 2025', 'acquirer_country_iso'],
    ['Какой процент снятий наличных пришёлся на Шымкент в марте?', 'merchant_city'],
  ])('%s: the part is after the predicate, the rest is the base', (q, column) => {
    const frame = frameOf(q);
    expect(
      frame.share?.subset.map((f) =>
        f.kind === 'values' ? f.column : f.kind === 'presence' ? f.column : f.kind,
      ),
    ).toEqual([column]);
    expect(frame.filters.length).toBeGreaterThan(0);
  });
});

describe('context clauses', () => {
  it.each([
    'Branch network question: which 3 cities had the fewest ATM withdrawals in 2025?',
    'For the board deck: total card turnover across all issuers for Q4 2025, in KZT.',
    'Can you pull the 90th percentile ticket size for ECOM in October 2025? Risk wants it for the threshold review.',
    'Для тикета по просьбе руководства: общий объём P2P-переводов с 10 по 20 ноября 2025 включительно.',
  ])('%s: the aside is left out and said so', (q) => {
    const result = sqlOf(q);
    expect(result.explanation).toMatch(/context|контекст/);
  });
  it.each([
    'total spend in May 2026. Corporate segment.',
    'total spend in May 2026 for the corporate segment',
    'Corporate segment only: total spend in May 2026',
  ])('%s: a short clause, or unknown words next to the question, are still asked back', (q) => {
    expect(kindOf(q)).not.toBe('sql');
  });
  it('a question of nothing but unknown clauses is not answered', () => {
    expect(kindOf('Flurble gorp zint. Wibble wobble wub.')).not.toBe('sql');
  });
  it('an action in an aside still refuses', () => {
    expect(kindOf('Total spend in May 2026. Then delete the old transactions please.')).not.toBe('sql');
  });
  it('"across all issuers" is over all of them', () => {
    expect(frameOf('total turnover across all issuers for Q4 2025').dimensions).toEqual([]);
  });
});

describe('unseen7 refusals, each as a class (our own phrasings)', () => {
  it.each([
    'quick one — how many ops went through yesterday?',
    'доля каждой категории МСС в обороте за март 2026, %',
    'поквартальная динамика числа карт с хотя бы одной операцией в 2025',
    'Ай басынан бері Apple Pay арқылы төленген сома',
    '2025 жылдың басынан бері юаньмен жасалған операциялардың бастапқы валютадағы жалпы сомасы',
    'Weekend vs weekday avg transaction amount for groceries in 2025',
    'quarterly count of cross-border transactions, whole history',
    'Need the 90th pctile of online purchase amounts over the last 30 days — reviewing the step-up auth thresholds',
    'fuel spend per card so far this year - ballpark is fine',
    'Для каждого банка: какой процент его транзакций приходится на выходные? Период — с начала года.',
    'Өткен айда шетелде кемінде бір рет төлем жасаған бірегей карталар саны',
    'Сколько всего операций было в марте 2026, не считая зарплат?',
    'Осы айда транзакция саны бойынша ең қарбалас 3 сағат',
    'Largest and smallest single payment in Pavlodar since the start of Q3?',
    'sum of ATM withdrawals from Mar 1 through Mar 15, 2026',
    'what % of this year’s transactions were cross-border, i.e. acquirer outside Kazakhstan?',
    'Тараздағы айналымды салыстырыңызшы: 2025 жылдың қыркүйегі мен қазаны',
    'Which day of the week do people spend most on fuel? Give me all seven days with the total, highest first',
    'Sum of USD transactions last month in dollars, not converted to tenge',
    '2025 жылдың соңғы тоқсанында жалақы түсімдерінің медианасы қанша болды?',
    'Топ-5 стран эквайринга (кроме Казахстана) по сумме операций за 2025 год',
    'average original-currency amount for CNY transactions in 2025',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('"all seven days, highest first" is the whole week by its measure, over all time', () => {
    const frame = frameOf(
      'Which day of the week do people spend most on fuel? All seven days, highest first',
    );
    expect(frame.dimensions).toEqual(['weekday']);
    expect(frame.time).toBeNull();
    expect(frame.order).toBe('desc');
  });
  it('"the last quarter of 2025" is Q4 2025; "last quarter" alone the previous one', () => {
    expect(frameOf('spend in the last quarter of 2025').time).toEqual({
      kind: 'dates',
      from: '2025-10-01',
      to: '2026-01-01',
    });
    expect(frameOf('spend last quarter').time).toEqual({ kind: 'previous', unit: 'quarter' });
  });
});

describe('unseen8 refusals, each as a class (our own phrasings)', () => {
  it.each([
    'monthly e-com volume for 2025, as a time series',
    'how many transactions did we process in the same month last year?',
    'Дәріханалар айналымы: 2025 жылғы қазан және өткен жылдың дәл сол айы',
    'Өткен айдағы айналымды қала және санат бойынша бөліп беріңіз',
    '2025 жылғы қазандағы дүйсенбі күндері операциялар саны сағат бойынша',
    'How many contactless POS payments in 2025 were made without any mobile wallet, i.e. a plain card tap?',
    'Биыл айналым бойынша ен жаксы 3 кала кайсы?',
    'Number of distinct merchants that accepted at least one QR payment in 2025?',
    'назови три самых загруженных часа по оплате счетов (по числу операций, за всё время)',
    '3 города с наименьшим числом QR-платежей за прошлый квартал',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('"the same month last year" alone is this month a year ago', () => {
    expect(frameOf('how many payments in the same month last year?').time).toEqual({
      kind: 'previous',
      unit: 'month',
      back: 12,
    });
  });
});

describe('unseen9 refusals, each as a class (our own phrasings)', () => {
  it.each([
    'өткен айдағы контактісіз төлемдердің саны мен сомасы',
    'the number of unique cardholders who paid with a phone wallet in Taraz in April 2026',
    'сравни оборот прошлой недели с позапрошлой',
    '2025 жылы айлар бойынша трансшекаралық операциялар сомасы',
    'active cards in April 2026 per issuer',
    '2025 жылы онлайн сатып алу көлемі бойынша ең үздік 3 қала',
    'P2P in and P2P out totals separately for last week',
    'бүгін қазірге дейін қанша онлайн сатып алу болды?',
    'Таразда осы айда күніне орта есеппен қанша транзакция болады?',
    'в какой день недели больше всего покупок (POS)? смотрим последние 90 дней',
    'пж покажи кол-во транзакций по часам за вчера',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('«прошлой недели с позапрошлой» compares last week with the week before it', () => {
    expect(frameOf('сравни оборот прошлой недели с позапрошлой').compare?.earlier).toEqual({
      kind: 'previous',
      unit: 'week',
      back: 2,
    });
  });
});

describe('unseen10 refusals, each as a class (our own phrasings)', () => {
  it.each([
    ['count of card payments by amount range this year: under 10k, 10–50k, 50k+', [10_000, 50_000]],
    ['распределение операций по суммам за май: до 5000, 5000–20000, свыше 20000 тенге', [5_000, 20_000]],
    ['онлайн төлемдердің сомасы бойынша бөлінуі: 5 мыңға дейін, 5-20 мың, 20 мыңнан жоғары', [5_000, 20_000]],
    ['number of purchases in buckets: below 1,000 tenge, 1,000-5,000, 5,000 tenge+', [1_000, 5_000]],
  ] as const)('%s: amount bands from zero up', (q, bands) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual(['amount_band']);
    expect(frame.bands).toEqual(bands);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it('"under 5k, 5–20k" with no top band leaves amounts over 20k out: asked back', () => {
    expect(kindOf('count of payments: under 5k, 5-20k')).toBe('clarify');
  });
  it.each([
    ['how are card payments distributed by city this month', 'merchant_city'],
    ['how were transactions distributed across hours of the day yesterday', 'hour_of_day'],
    ['Рейтинг городов по обороту за май', 'merchant_city'],
    ['Соңғы апта ішінде операциялар тәуліктің қай сағаттарына бөлінеді?', 'hour_of_day'],
  ])('%s: a breakdown', (q, d) => {
    expect(frameOf(q).dimensions).toEqual([d]);
  });
  it.each([
    'no. of contactless txns in May',
    '75th percentile of the bill size at pharmacies',
    'quartiles of purchase amounts in Almaty in May',
    'квартили суммы онлайн-покупок за май',
    'how many customers paid by card in Turkey this year',
    'сколько клиентов расплачивались картой в Узбекистане в мае',
    'Шілдеден бері Түркиядағы эквайерлер арқылы өткен төлемдер саны',
    'Apple Pay арқылы өткен айда неше төлем болды',
    'Бұл жылы Unknown санатынан басқа барлық санаттардағы операциялар саны',
    'Өткен айда онлайн төлемдердің неше пайызы Kaspi Bank карталарымен болды?',
    'мамыр мен маусымдағы P2P аударымдар сомасын салыстыр (кіріс пен шығыс бірге)',
    'сколько зарплаты пришло на карты Halyk Bank в мае',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('quartiles are the 25th, 50th and 75th percentiles', () => {
    expect(frameOf('quartiles of purchase amounts in Almaty in May').measures).toEqual([
      { fn: 'percentile', p: 0.25 },
      { fn: 'percentile', p: 0.5 },
      { fn: 'percentile', p: 0.75 },
    ]);
  });
  it('«Unknown санатынан басқа» excludes the Unknown category; «барлық санаттардағы» is one total', () => {
    const frame = frameOf('Бұл жылы Unknown санатынан басқа барлық санаттардағы операциялар саны');
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'mcc_category',
      negated: true,
      values: ['Unknown'],
    });
    expect(frame.dimensions).toEqual([]);
  });
  it('«неше пайызы … болды» (what percent of them were) is a share, not a change', () => {
    const frame = frameOf('Өткен айда онлайн төлемдердің неше пайызы Kaspi Bank карталарымен болды?');
    expect(frame.shape).toBe('share');
  });
});

describe('shares whose part or base the earlier sets left unplaced', () => {
  it.each([
    ['what percent of Halyk POS payments were paid by contactless in May', 'pos_entry_mode'],
    ['of all ECOM transactions this year, what share had an Apple Pay wallet', 'wallet_type'],
    ['Мамырда барлық төлемдердің ішінде QR арқылы жасалғандарының үлесі', 'pos_entry_mode'],
    ['мамырдағы әмиян төлемдерінің ішіндегі Apple Pay үлесі', 'wallet_type'],
    [
      'Мамырдағы барлық операциялардың неше пайызы шетелдік эквайерлер арқылы (KAZ емес) өтті?',
      'acquirer_country_iso',
    ],
  ])('%s: the part is the %s filter', (q, column) => {
    const frame = frameOf(q);
    expect(frame.shape).toBe('share');
    expect(frame.share?.subset.map((f) => ('column' in f ? f.column : f.kind))).toEqual([column]);
  });
  it('a value restated in brackets is one filter', () => {
    const frame = frameOf(
      'Мамырдағы барлық операциялардың неше пайызы шетелдік эквайерлер арқылы (KAZ емес) өтті?',
    );
    expect(frame.filters.filter((f) => f.kind === 'values' && f.column === 'acquirer_country_iso')).toEqual(
      [],
    );
  });
});

describe('the last N full weeks / months', () => {
  it.each([
    ['weekly payment counts over the last 6 full weeks', 'week', 6],
    ['сумма по месяцам за последние 3 полных месяца', 'month', 3],
    ['соңғы 2 толық айдағы ай сайынғы операциялар саны', 'month', 2],
    ['total spend for the last 2 complete quarters', 'quarter', 2],
  ] as const)('%s: whole units before the current one', (q, unit, n) => {
    expect(frameOf(q).time).toEqual({ kind: 'full_units', unit, n });
  });
  it('"the last full month" is the previous month', () => {
    expect(frameOf('spend in the last full month').time).toEqual({ kind: 'previous', unit: 'month' });
  });
});

describe('unseen11 and unseen12 refusals, each as a class (our own phrasings)', () => {
  it.each([
    'top 5 cities by txn amt last 14d',
    'avg amt per category last 60 дн',
    'hw many txns in May w/o wallet',
    'how many txns in May excl atm and p2p',
    'cny original amts summed by month, 2026',
    'сколко операций было в мае',
    'Прошу предоставить оборот по аптекам за май',
    'Просьба подготовить помесячную динамику количества QR-платежей с начала года',
    'Мамырда Halyk Bank карталарымен қанша онлайн төлем жасалғанын айтып беріңізші',
    'Мамырдағы QR-төлемдер санының күн сайынғы серпінін көрсетіңізші',
    'Мамырда онлайн сатып алулар саны бойынша алғашқы 3 қаланы атаңызшы',
    'Сколько торговых точек приняли оплату через Apple Pay в мае?',
    'Мамырда Алматыда төлем қабылдаған бірегей сауда нүктелерінің саны',
    'средняя сумма на одну активную карту Kaspi за май',
    'Мамырда бір белсенді картаға шаққандағы орташа шығын',
    'сколько в среднем операций приходилось на одного уникального клиента за май',
    'сколько активных карт расплачивавшихся через Google Pay в мае',
    'мамырда Астанада қанша бірегей карта ұстаушы төлем жасады',
    'month-by-month evolution of contactless payments in 2026, both count and amount',
    'доля QR в общем количестве покупок POS за май',
    'мамырдағы Kaspi Bank-тің жалпы айналымындағы Алматының үлесі',
    'share of Apple Pay in all mobile-wallet payments in May',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('"the last 14d" is 14 days', () => {
    expect(frameOf('top 5 cities by txn amt last 14d').time).toEqual({ kind: 'last_days', n: 14 });
  });
  it('«в общем количестве покупок POS»: POS is the base, QR the part', () => {
    const frame = frameOf('доля QR в общем количестве покупок POS за май');
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: false,
      values: ['POS'],
    });
    expect(frame.share?.subset).toEqual([
      { kind: 'values', column: 'pos_entry_mode', negated: false, values: ['QR_Code'] },
    ]);
  });
  it('«алғашқы тоқсан» stays the first quarter', () => {
    expect(frameOf('2026 жылдың алғашқы тоқсанындағы айналым').time).toEqual({
      kind: 'dates',
      from: '2026-01-01',
      to: '2026-04-01',
    });
  });
  it('two spellings of one word one letter away: the typo is still read («сколко»)', () => {
    expect(frameOf('сколко операций было в мае').measures).toEqual([{ fn: 'count' }]);
  });
});

describe('hours of the day', () => {
  it.each([
    ['payments between midnight and 6am in May', 0, 6],
    ['ATM withdrawals from 10pm to 6am last week', 22, 6],
    ['сколько операций ночью (с 00 до 06) в мае', 0, 6],
    ['операции с 9 до 18 часов в мае', 9, 18],
    ['мамырда түнгі уақытта (00:00-06:00) қанша төлем болды', 0, 6],
    ['% of payments made between noon and 2pm in May', 12, 14],
  ])('%s: hours %i to %i', (q, from, to) => {
    const frame = frameOf(q);
    const all = [...frame.filters, ...(frame.share?.subset ?? [])];
    expect(all).toContainEqual({ kind: 'hours', from, to });
  });
  it.each(['transactions at night in May', 'сколько операций ночью в мае'])(
    '%s: which hours are night is asked back',
    (q) => {
      expect(kindOf(q)).toBe('clarify');
    },
  );
  it.each(['transactions from 5000 to 10000 tenge', 'top 5 categories by amount from 1 to 15 May'])(
    '%s: amounts and days are not hours',
    (q) => {
      expect(frameOf(q).filters.some((f) => f.kind === 'hours')).toBe(false);
    },
  );
});

describe('the original currency said twice', () => {
  it.each([
    'total in lira (original currency, not tenge) for TRY payments in May',
    'total in dollars, not tenge, for USD payments in May',
  ])('%s: "not tenge" is the unit, not a filter that would leave nothing', (q) => {
    const frame = frameOf(q);
    expect(frame.amountIn).toBe('original');
    expect(
      frame.filters.filter((f) => f.kind === 'values' && f.column === 'transaction_currency'),
    ).toHaveLength(1);
  });
  it('«без тенге» still filters the tenge out', () => {
    expect(frameOf('сумма в исходной валюте по валютам за май, без тенге').filters).toContainEqual({
      kind: 'values',
      column: 'transaction_currency',
      negated: true,
      values: ['KZT'],
    });
  });
  it('"TRY" in capitals is the lira', () => {
    expect(frameOf('average original amount for TRY payments in May').filters).toContainEqual({
      kind: 'values',
      column: 'transaction_currency',
      negated: false,
      values: ['TRY'],
    });
  });
});

describe('unseen13 and unseen14 refusals, each as a class (our own phrasings)', () => {
  it.each([
    'count by amount band in May: under 5k, 5-20k, 20k+',
    'Распредели покупки за май по суммам: до 5 тыс., 5–20 тыс. и свыше 20 тыс. тенге',
    'Мамырдағы онлайн покупкалар саны',
    'мамырда шет елдердегі операциялар саны',
    'мамырда банкоматтан қанша ақша шешеді',
    'мамырда банкоматтан шешу саны',
    'мамырдағы POS төлемдерінің магниттік жолақ бойынша саны',
    'мамырда электроника мен бағдарламалық жасақтамаға қанша ақша жұмсалды',
    'түрік лирасы (TRY) бойынша оригинал валютадағы жалпы сома, мамыр',
    'сколько зп пришло в мае',
    'What share of ATM withdrawal volume happened on weekends in May?',
    'How big was the grocery share of all spending in May?',
    'contactless penetration among POS purchases in May',
    'top three destinations by card spending abroad in May',
    'night-time activity between 10pm and 6am in May',
    'Сколько операций с полуночи до 5 утра было в мае?',
    'количество операций с начала месяца против такого же периода прошлого года',
    'Мамырда бесконтактілі төлемдер барлық транзакциялардың неше пайызын құрады?',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('"by day of week … which days carry the most": the weekdays, not calendar days', () => {
    expect(frameOf('grocery spending by day of week in May — which days carry the most?').dimensions).toEqual(
      ['weekday'],
    );
  });
});

describe('unseen17 and later classes (our own phrasings)', () => {
  it.each([
    ['how are wallet payments split between Apple Pay and Google Pay in May', 'wallet_type'],
    ['apple pay / google pay split in May, number of payments', 'wallet_type'],
  ])('%s: the list split is a row each', (q, d) => {
    expect(frameOf(q).dimensions).toEqual([d]);
  });
  it.each([
    'разбивка бесконтактных платежей по кошелькам за май (включая без кошелька)',
    'contactless payments in May by wallet (including no wallet)',
    'hourly pattern of online purchases in May',
    'which hour of the day brings cafes the most money in May',
    'what fraction of May payments were contactless',
    'доля apple pay в бесконтакте за май',
    'Распределение переводов по суммам: до 10 тыс, 10–50 тыс, свыше 50 тыс — за май',
    'Какие 3 банка лидировали по сумме операций в мае?',
    'txn count by wallet type in May, skip the ones w/o wallet',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('"skip the ones without a wallet": only payments with one', () => {
    expect(frameOf('txn count by wallet type in May, skip the ones w/o wallet').filters).toContainEqual({
      kind: 'presence',
      column: 'wallet_type',
      present: true,
    });
  });
});

describe('plural shares of a list', () => {
  it("«доли Apple Pay и Google Pay среди бесконтактных»: each one's share of all contactless payments", () => {
    const frame = frameOf('доли Apple Pay и Google Pay среди бесконтактных платежей за май');
    expect(frame.dimensions).toEqual(['wallet_type']);
    expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'wallet_type')).toBe(false);
  });
});

describe('unseen17 refusals, as classes (our own phrasings)', () => {
  it.each([
    'Какую долю от всех операций за май составляют операции в выходные?',
    'Мамырда P2P аударымдармен қанша ақша жіберілді?',
    'Өткен ай мен оның алдындағы айдағы айналымды салыстыр',
    'Мамырда орташа жалақы қанша болды?',
  ])('%s is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('«P2P аударымдармен … жіберілді» (sent): outgoing transfers', () => {
    expect(frameOf('Мамырда P2P аударымдармен қанша ақша жіберілді?').filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: false,
      values: ['P2P_OUT'],
    });
  });
});

describe('"the first and second half / quarter" compared', () => {
  it.each<[string, string, string]>([
    ['Сравните оборот за первое и второе полугодие 2025 года', '2025-01-01', '2025-07-01'],
    ['compare spend in the first and second quarters of 2026', '2026-01-01', '2026-04-01'],
    ['2025 жылдың бірінші және екінші жартыжылдығындағы айналымды салыстыр', '2025-01-01', '2025-07-01'],
  ])('%s: both of the same year', (q, earlier, later) => {
    const frame = frameOf(q);
    expect(frame.compare?.earlier).toMatchObject({ from: earlier });
    expect(frame.compare?.later).toMatchObject({ from: later });
  });
});

describe('who asks and what for (a lead-in of known words)', () => {
  it.each([
    'Finance: total card turnover in April 2026',
    'Payments PM: how many Google Pay payments in April 2026?',
    'Для совещания: количество снятий наличных в апреле 2026',
    'Для отдела маркетинга: средний чек в ресторанах за апрель 2026',
    'Басшылық үшін: сәуірдегі QR төлемдер саны',
  ])('%s: answered without it, and said so', (q) => {
    expect(sqlOf(q).explanation).toMatch(/context|контекст|мәтінмән/i);
  });
  it.each([
    'how many transactions for the board in April 2026',
    'сумма для отдела в апреле 2026',
    'Premium segment: how many transactions in April 2026',
  ])('%s: the same words inside the question, or a lead-in that may be a condition, are asked back', (q) => {
    expect(kindOf(q)).not.toBe('sql');
  });
});

describe('spoken hesitations', () => {
  it.each([
    ['um so what was the total spend in April 2026', 'sum'],
    ['erm count the ATM withdrawals in April 2026', 'count'],
    ['ммм слушай сколько операций было в апреле 2026', 'count'],
    ['значит так, сумма оплат по QR в апреле 2026', 'sum'],
    ['қане айтшы сәуірдегі транзакциялар саны', 'count'],
  ])('%s: the hesitation carries nothing', (q, fn) => {
    expect(frameOf(q).measures.map((m) => m.fn)).toEqual([fn]);
  });
});

describe('an hour range whose end says pm', () => {
  it.each<[string, number, number]>([
    ['transactions from 7 to 10 pm in April 2026', 19, 22],
    ['операции с семи до девяти вечера в апреле 2026', 19, 21],
    ['transactions from 10 to 4 pm in April 2026', 10, 16],
  ])('%s: hours %i to %i', (q, from, to) => {
    expect(frameOf(q).filters).toContainEqual({ kind: 'hours', from, to });
  });
});

describe('an open range of hours', () => {
  it.each<[string, number, number]>([
    ['after 6 pm: how many transactions in April 2026', 18, 24],
    ['average check since 9pm in April 2026', 21, 24],
    ['сумма операций после 22:00 в апреле 2026', 22, 24],
    ['средний чек по вечерам, начиная с 19:00, в апреле 2026', 19, 24],
    ['операции до 7 утра в апреле 2026', 0, 7],
    ['сәуірде 20:00-ден кейінгі транзакциялар саны', 20, 24],
  ])('%s: hours %i to %i', (q, from, to) => {
    expect(frameOf(q).filters).toContainEqual({ kind: 'hours', from, to });
  });
  it.each(['transactions after 18 in April 2026', 'transactions in the evening in April 2026'])(
    '%s: a bare number or a part of the day without hours is not an hour range',
    (q) => {
      expect(kindOf(q)).not.toBe('sql');
    },
  );
});

describe('rankings by a time bucket', () => {
  it.each<[string, string, string]>([
    ['which hour sees the most payments overall', 'hour_of_day', 'count'],
    ['Сәуірде қай күні ең көп операция болды?', 'day', 'count'],
    ['2025 жылы аптаның қай күні айналым ең жоғары болды?', 'weekday', 'sum'],
  ])('%s: by %s, the %s', (q, dimension, fn) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual([dimension]);
    expect(frame.measures.map((m) => m.fn)).toEqual([fn]);
    expect(frame.limit).toBe(1);
  });
  it.each([
    'transactions by weekday in April 2026 (1 — Monday)',
    'апта күндері бойынша сәуірдегі операциялар (дүйсенбі = 1)',
  ])('%s: a note that Monday is 1 is how the answer numbers days anyway', (q) => {
    expect(frameOf(q).dimensions).toEqual(['weekday']);
  });
});

describe('a share of what an exclusion leaves', () => {
  it('"what share came from a currency other than KZT": one share, not a row per currency', () => {
    const frame = frameOf('what share of April 2026 volume came from payments in a currency other than KZT');
    expect(frame.dimensions).toEqual([]);
    expect(frame.share).not.toBeNull();
  });
});

describe('the share of cards that did something', () => {
  it.each<[string, Filter]>([
    ['what share of cards paid with Samsung Pay in April 2026', values('wallet_type', 'Samsung Pay')],
    [
      'what percentage of active cards withdrew cash at least once in April 2026',
      values('transaction_type', 'ATM_WITHDRAWAL'),
    ],
    ['Какая доля карт в апреле 2026 платила по QR?', values('pos_entry_mode', 'QR_Code')],
    ['Сәуірде белсенді карталардың неше пайызы Apple Pay пайдаланды?', values('wallet_type', 'Apple Pay')],
  ])('%s: distinct cards with it among distinct cards', (q, part) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    expect(frame.share?.subset).toEqual([part]);
  });
  it("each group's share of the cards would count a card in every group it used: asked back", () => {
    expect(reasonOf('share of cards by bank in April 2026')).toBe('share_measure');
  });
});

describe('one card, any card, under an average', () => {
  it.each<[string, string]>([
    ['on average, how many payments does each card make in April 2026', 'count'],
    ['how much does a Halyk card spend on average in April 2026', 'sum'],
    ['average amount of every card in April 2026', 'sum'],
  ])('%s: per card (of the %s)', (q, of) => {
    expect(frameOf(q).measures).toEqual([{ fn: 'per_card', of }]);
  });
  it.each([
    "show each card's spend in April 2026",
    'spend of each card in April 2026',
    'spend by card in April 2026',
  ])('%s: a row per card is personal data, refused', (q) => {
    expect(reasonOf(q)).toBe('per_card');
  });
});

describe('the day of the month', () => {
  it.each([
    'salary total by day of the month, April 2026',
    'сумма зарплат по числам месяца за 2025',
    '2025 жылы айдың күндері бойынша жалақы сомасы',
  ])('%s: 1..31 over the period, not calendar days', (q) => {
    const u = sqlOf(q);
    expect(u.frame.dimensions).toEqual(['day_of_month']);
    expect(u.sql).toContain('extract(day FROM transaction_timestamp)');
  });
  it('«күн сайын» after a month is still daily', () => {
    expect(frameOf('өткен ай күн сайын транзакция саны').dimensions).toEqual(['day']);
  });
});

describe('the first months or quarters of a year', () => {
  it.each<[string, Frame['time']]>([
    ['card spend in the first 8 months of 2025', { kind: 'dates', from: '2025-01-01', to: '2025-09-01' }],
    ['оборот за 7 месяцев 2025 года', { kind: 'dates', from: '2025-01-01', to: '2025-08-01' }],
    [
      'количество операций за первые 3 квартала 2025 года',
      { kind: 'dates', from: '2025-01-01', to: '2025-10-01' },
    ],
    ['2025 жылдың 5 айындағы айналым', { kind: 'dates', from: '2025-01-01', to: '2025-06-01' }],
    ['turnover in the first 4 months of this year', { kind: 'dates', from: '2026-01-01', to: '2026-05-01' }],
  ])('%s: from the start of the year', (q, time) => {
    expect(frameOf(q).time).toEqual(time);
  });
  it.each(['transactions in the last 3 months of 2025', 'top 3 months of 2025 by turnover'])(
    '%s: not the first months',
    (q) => {
      const u = understandQuestion(q, context);
      if (u.kind === 'sql')
        expect(u.frame.time).not.toEqual({ kind: 'dates', from: '2025-01-01', to: '2025-04-01' });
    },
  );
});

describe('an average per day in other words', () => {
  it.each<[string, string, string]>([
    ['среднедневной оборот в апреле 2026', 'sum', 'day'],
    ['среднемесячное количество снятий за 2025 год', 'count', 'month'],
    ['on an average day in April 2026, how many QR payments were there', 'count', 'day'],
  ])('%s: the %s per %s', (q, of, unit) => {
    expect(frameOf(q).measures).toEqual([{ fn: 'per_period', of, unit }]);
  });
});

describe('a transaction noun between a negation and its value', () => {
  it.each<[string, Filter]>([
    [
      'count by wallet in April 2026, leave out payments without a wallet',
      { kind: 'presence', column: 'wallet_type', present: true },
    ],
    [
      'сумма за апрель 2026 кроме операций в Астане',
      { kind: 'values', column: 'merchant_city', negated: true, values: ['Astana'] },
    ],
  ])('%s: the value is what is left out', (q, filter) => {
    expect(frameOf(q).filters).toContainEqual(filter);
  });
  it('"excluding payments" with nothing after is still asked back', () => {
    expect(kindOf('total in April 2026 excluding payments')).not.toBe('sql');
  });
});

describe('a ranking that asks for its labels only', () => {
  it.each([
    'which hour has the most ATM withdrawals in April 2026? just the hour',
    'в какой день недели больше всего оплат по QR в апреле 2026? нужен только номер дня',
    'Сәуірде қай сағатта ең көп төлем болды? Тек сағатын айтыңыз',
    'top 3 cities by turnover in April 2026, only the city names',
  ])('%s: the label column alone, ordered by the measure', (q) => {
    const u = sqlOf(q);
    expect(u.frame.labelsOnly).toBe(true);
    expect(u.sql.split('\n')[0]).not.toMatch(/count|sum/);
    expect(u.sql).toMatch(/ORDER BY (count|sum)\(/);
  });
  it('without a ranking, the measure stays', () => {
    expect(sqlOf('total by city in April 2026, just the city').frame.labelsOnly).toBeUndefined();
  });
  it('«айтыңыз» (say) is not a month', () => {
    expect(kindOf('Сәуірдегі транзакциялар санын айтыңыз')).toBe('sql');
  });
});

describe('"which had more" between two named periods or values', () => {
  it.each([
    'Kaspi vs Halyk — which had more QR payments in April 2026?',
    'were there more ATM withdrawals in March 2026 or in April 2026?',
    'где больше средний чек в апреле 2026 — в Алматы или в Астане?',
    'weekends vs weekdays — which saw more grocery spend in April 2026?',
  ])('%s: both, compared', (q) => {
    const frame = frameOf(q);
    expect(frame.compare !== null || frame.dimensions.length > 0).toBe(true);
  });
  it('"more" with nothing compared is still asked back', () => {
    expect(kindOf('how many transactions of more in April 2026')).not.toBe('sql');
  });
  it.each([
    'осы ай мен өткен айдағы айналымды салыстыршы',
    'демалыс күндері және жұмыс күндері бөлек, сәуірдегі сома',
  ])('%s: Kazakh comparison words', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
});

describe('a Kazakh date range', () => {
  it('«1 сәуірден 10 сәуірге дейін»: from the first day to the last, inclusive', () => {
    expect(frameOf('2026 жылғы 1 сәуірден 10 сәуірге дейін транзакциялар саны').time).toEqual({
      kind: 'dates',
      from: '2026-04-01',
      to: '2026-04-11',
    });
  });
});

describe('messenger abbreviations', () => {
  it.each<[string, Frame['time']]>([
    ['оборот за прош мес', { kind: 'previous', unit: 'month' }],
    ['кол-во операций за прош нед', { kind: 'previous', unit: 'week' }],
    ['сумма за посл 10 дней', { kind: 'last_days', n: 10 }],
  ])('%s', (q, time) => {
    expect(frameOf(q).time).toEqual(time);
  });
  it('«кол-во уник мерчантов», «уник карт»: distinct counts', () => {
    expect(frameOf('кол-во уник мерчантов в апреле 2026').measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
    expect(frameOf('кол-во уник карт в апреле 2026').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
  it('«p95 по сумме»: the percentile of the amount, not a breakdown', () => {
    expect(frameOf('p95 по сумме покупок за апрель 2026').measures).toEqual([{ fn: 'percentile', p: 0.95 }]);
  });
});

describe('unseen20 classes (our own phrasings)', () => {
  it.each<[string, Filter]>([
    ['count of payments of 20k tenge or more in April 2026', { kind: 'amount', op: '>=', value: 20_000 }],
    ['payments of 5000 tenge or less in April 2026', { kind: 'amount', op: '<=', value: 5_000 }],
  ])('%s: an amount bounded after it', (q, filter) => {
    expect(frameOf(q).filters).toContainEqual(filter);
  });
  it('"3 or more withdrawals" counts things, not an amount: asked back', () => {
    expect(kindOf('how many cards made 3 or more withdrawals in April 2026')).not.toBe('sql');
  });
  it.each([
    'what share of QR payments in April 2026 were 10k or more',
    'какая доля снятий в апреле 2026 была больше 50 тысяч',
  ])('%s: the amount after the predicate is the part', (q) => {
    const frame = frameOf(q);
    expect(frame.share?.subset).toHaveLength(1);
    expect(frame.share?.subset[0]?.kind).toBe('amount');
  });
  it.each([
    'сәуірдегі аптекалардағы орташа чек',
    'Астананың сәуірдегі оборотындағы үлесі қанша пайыз',
    'средний чек без кошелька (wallet пустой) в апреле 2026',
  ])('%s: understood', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
});

describe('exclusions that name their column, lead-ins that ask (our own phrasings)', () => {
  it.each([
    'spend by foreign currency in April 2026',
    'how many payments in each foreign currency in April 2026',
    'сумма по каждой иностранной валюте за апрель 2026',
    'платежи по иностранным валютам за апрель 2026',
    'сәуірдегі шетел валюталары бойынша төлемдер саны',
  ])('%s: a row per currency other than KZT', (q) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual(['transaction_currency']);
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'transaction_currency',
      values: ['KZT'],
      negated: true,
    });
  });
  it.each(['spend in foreign currency in April 2026', 'платежи в иностранной валюте за апрель 2026'])(
    '%s: one total (no "by" or "each")',
    (q) => {
      expect(frameOf(q).dimensions).toEqual([]);
    },
  );
  it.each([
    ['audit asks: how many ATM withdrawals in April 2026?', 'audit asks'],
    ['сколько снятий в апреле 2026, директор просит к вечеру', 'директор просит к вечеру'],
    ['риск-менеджмент спрашивает про долю: доля Kaspi в обороте за апрель 2026', 'спрашивает'],
    ['сәуірдегі банкомат операцияларының саны, басшылық сұрап отыр', 'басшылық сұрап отыр'],
  ])('%s: the lead-in is set aside and named', (q, aside) => {
    expect(sqlOf(q).explanation).toContain(aside);
  });
  // ("Monday meeting:" names an occasion, set aside as "for the monday review" is.)
  it.each(['Premium segment: total for April 2026', 'Corporate segment: total for April 2026'])(
    '%s: a clause that may be a condition is still asked back',
    (q) => {
      expect(kindOf(q)).not.toBe('sql');
    },
  );
  it.each([
    ['total for April 2026, all banks together', 'sql'],
    ['оборот за апрель 2026 по всем банкам вместе', 'sql'],
    ['total for April 2026 for all banks', 'clarify'],
  ])('%s: "all banks" with "together" is one total; alone it is asked back', (q, kind) => {
    expect(kindOf(q)).toBe(kind);
    if (kind === 'sql') expect(frameOf(q).dimensions).toEqual([]);
  });
  it.each([
    'соңғы 3 күндегі транзакциялар саны, әр күн бөлек',
    'payments over the last 3 days, each day separately',
  ])('%s: "separately" after a daily breakdown repeats it', (q) => {
    expect(frameOf(q).dimensions).toEqual(['day']);
  });
});

describe('unseen21–22 classes (our own phrasings)', () => {
  const values = (column: string, ...v: string[]) => ({ kind: 'values', column, negated: false, values: v });
  it('«доля QR среди покупок в магазинах по банкам»: within each bank, the QR part of in-store payments', () => {
    const frame = frameOf('доля QR-платежей среди покупок в магазинах по банкам за апрель 2026');
    expect(frame.dimensions).toEqual(['issuer_bank_name']);
    expect(frame.share?.subset).toEqual([values('pos_entry_mode', 'QR_Code')]);
    expect(frame.filters).toContainEqual(values('transaction_type', 'POS'));
  });
  it('"by city, what % of QR POS payments were made with a wallet": the part is what the predicate names', () => {
    const frame = frameOf(
      'by city, what percent of QR POS payments in April 2026 were made with a mobile wallet?',
    );
    expect(frame.share?.subset).toEqual([{ kind: 'presence', column: 'wallet_type', present: true }]);
    expect(frame.filters).toContainEqual(values('pos_entry_mode', 'QR_Code'));
  });
  it('«общий оборот по Алматы и Шымкенту»: one overall figure, not a row each', () => {
    expect(frameOf('общий оборот по Алматы и Шымкенту за апрель 2026').dimensions).toEqual([]);
    expect(frameOf('оборот по Алматы и Шымкенту за апрель 2026').dimensions).toEqual(['merchant_city']);
  });
  it('"on 3 April and 9 April combined": two periods side by side are not one figure — asked back', () => {
    expect(kindOf('salary credits on 3 April and 9 April 2026 combined')).not.toBe('sql');
    expect(kindOf('by what percent did spend change in April 2026 vs April 2025, single number')).toBe('sql');
  });
  it.each([
    ['сәуірдегі айналым банкоматсыз', 'ATM_WITHDRAWAL'],
    ['сәуірдегі айналым, жалақысыз', 'SALARY'],
  ])('%s: the privative ending -сыз/-сіз excludes (it was the filter itself)', (q, type) => {
    expect(frameOf(q).filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: true,
      values: [type],
    });
  });
  it('«контактісіз» (contactless) stays a word of its own', () => {
    expect(frameOf('сәуірдегі контактісіз төлемдер саны').filters).toContainEqual(
      values('pos_entry_mode', 'Contactless'),
    );
  });
  it.each(['какой оборот по картам за апрель 2026', 'сколько операций по картам за апрель 2026'])(
    '%s: the turnover on cards, all of it',
    (q) => {
      expect(frameOf(q).dimensions).toEqual([]);
    },
  );
  it('«топ по картам» is still rows about single cards', () => {
    expect(kindOf('топ-10 оборот по картам за апрель 2026')).not.toBe('sql');
  });
  it('«сколько зарплат … и на какую сумму»: the plural salaries are counted, and summed', () => {
    expect(frameOf('сколько зарплат выплатили в апреле 2026 и на какую сумму').measures).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
    ]);
  });
  it.each([
    ['how much was sent out by P2P in April 2026', 'P2P_OUT'],
    ['сколько денег отправлено переводами в апреле 2026', 'P2P_OUT'],
    ['сколько зарплат начислено в апреле 2026', 'SALARY'],
  ])('%s: a verb of direction', (q, type) => {
    expect(frameOf(q).filters).toContainEqual(values('transaction_type', type));
  });
  it.each([
    'payments per mobile wallet in April 2026',
    'how many payments went through each mobile wallet in April 2026',
  ])('%s: a row per wallet, payments with one', (q) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual(['wallet_type']);
    expect(frame.filters).toContainEqual({ kind: 'presence', column: 'wallet_type', present: true });
  });
  it.each([
    ['сәуірде 5812 MCC бойынша сома', [5812]],
    ['spend at 5411 and 5812 MCCs in April 2026', [5411, 5812]],
  ])('%s: MCC codes before the word', (q, codes) => {
    expect(frameOf(q).filters).toContainEqual({
      kind: 'ids',
      column: 'merchant_mcc',
      negated: false,
      values: codes,
    });
  });
  it.each<[string, Filter]>([
    [
      'сәуірде 5 мыңнан 20 мың теңгеге дейінгі сатып алулар саны',
      { kind: 'amount_between', min: 5_000, max: 20_000 },
    ],
    ['сәуірде 500 мың теңге және одан жоғары аударымдар саны', { kind: 'amount', op: '>=', value: 500_000 }],
  ])('%s: Kazakh amount ranges and "and above that"', (q, filter) => {
    expect(frameOf(q).filters).toContainEqual(filter);
  });
  it.each([
    [
      'сәуірдегі операциялардың неше пайызы 50 мың теңгеден асады',
      { kind: 'amount', op: '>', value: 50_000 },
    ],
    ['сәуірдегі POS төлемдерінің қанша пайызы QR болды', values('pos_entry_mode', 'QR_Code')],
    ['what share of all payments in April 2026 happen on weekends', { kind: 'weekday', days: [6, 7] }],
    [
      'share of contactless payments in total POS volume in April 2026',
      values('pos_entry_mode', 'Contactless'),
    ],
  ])('%s: the part of the share', (q, part) => {
    expect(frameOf(q).share?.subset).toEqual([part]);
  });
  it.each([
    'максимальная сумма одной онлайн-покупки в апреле 2026',
    'сәуірдегі ең үлкен бір шығыс аударым сомасы',
  ])('%s: "one" before the described noun is "a single"', (q) => {
    expect(frameOf(q).measures).toEqual([{ fn: 'max' }]);
  });
  it('«банкоматтан ақша алған карталар саны»: cards that withdrew cash', () => {
    const frame = frameOf('сәуірде банкоматтан ақша алған карталар саны');
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    expect(frame.filters).toContainEqual(values('transaction_type', 'ATM_WITHDRAWAL'));
  });
});

describe('"in" after transfers: a preposition before a period or a place (our own phrasings)', () => {
  it.each([
    ['P2P in April 2026, total', ['P2P_IN', 'P2P_OUT']],
    ['transfers in Almaty in April 2026, count', ['P2P_IN', 'P2P_OUT']],
    ['total P2P_IN in April 2026', ['P2P_IN']],
    ['P2P in and out counts in April 2026', ['P2P_IN', 'P2P_OUT']],
    ['средняя сумма P2P_IN в Алматы за апрель 2026', ['P2P_IN']],
  ])('%s', (q, types) => {
    expect(frameOf(q).filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: false,
      values: types,
    });
  });
});

describe('a value against the rest: "domestic vs abroad" (our own phrasings)', () => {
  it.each([
    'domestic vs abroad spend in April 2026',
    'сравни оборот в Казахстане и за границей за апрель 2026',
    'сәуірдегі ел ішіндегі және шетелдегі төлемдер сомасын салыстыр',
  ])('%s: two rows, the country and the rest', (q) => {
    const { frame, sql } = sqlOf(q);
    expect(frame.dimensions).toEqual(['group_split']);
    expect(frame.split).toMatchObject({ column: 'acquirer_country_iso', values: ['KAZ'] });
    expect(frame.split?.labels[0]).toBe('KAZ');
    expect(frame.filters.filter((f) => 'column' in f && f.column === 'acquirer_country_iso')).toEqual([]);
    expect(sql).toContain(
      `CASE WHEN acquirer_country_iso = 'KAZ' THEN 'KAZ' ELSE '${frame.split?.labels[1]}' END`,
    );
    expect(frame.split?.labels[1]).not.toBe('other');
  });
  it('a frame read back with the split dimension but no values is not trusted', () => {
    const { frame } = sqlOf('domestic vs abroad spend in April 2026');
    expect(readFrame(frame)).not.toBeNull();
    const { split: _split, ...withoutValues } = frame;
    expect(readFrame(withoutValues)).toBeNull();
  });
});

describe('"and above" after an amount; a comparator before a period (our own phrasings)', () => {
  it.each<[string, Filter]>([
    ['сколько покупок от 200 тыс. тенге и выше за апрель 2026', { kind: 'amount', op: '>=', value: 200_000 }],
    ['сколько снятий на 1 млн тенге и более в 2026', { kind: 'amount', op: '>=', value: 1_000_000 }],
  ])('%s', (q, filter) => {
    expect(frameOf(q).filters).toEqual(expect.arrayContaining([filter]));
    expect(frameOf(q).filters.filter((f) => f.kind === 'amount')).toHaveLength(1);
  });
  it.each(['сколько карт сделали 3 и более операций в апреле 2026', 'сколько операций выше за 2026 год'])(
    '%s: no amount is read from a count or a year',
    (q) => {
      expect(kindOf(q)).not.toBe('sql');
    },
  );
});

describe('small words from unseen22 (our own phrasings)', () => {
  it('«свыше 1 млн сумов»: the amount in Uzbek sums, the original currency', () => {
    const frame = frameOf('сколько операций в сумах свыше 500 тыс. сумов за апрель 2026');
    expect(frame.amountIn).toBe('original');
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'transaction_currency',
      negated: false,
      values: ['UZS'],
    });
  });
  it('«сколько точек работало»: the merchants seen, counted', () => {
    expect(frameOf('сколько разных торговых точек работало в Таразе в апреле 2026').measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
  });
});

describe('currency signs (our own phrasings)', () => {
  it.each([
    ['how many USD payments under $100 in April 2026', 'USD', '<', 100],
    ['payments over €50 in April 2026', 'EUR', '>', 50],
    ['USD payments above 1 000$ in April 2026', 'USD', '>', 1000],
  ])('%s: an amount in the original currency, never tenge', (q, currency, op, value) => {
    const frame = frameOf(q);
    expect(frame.amountIn).toBe('original');
    expect(frame.filters).toContainEqual({ kind: 'amount', op, value });
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'transaction_currency',
      negated: false,
      values: [currency],
    });
  });
  it('a currency the data does not have (₽) is asked back, not read as tenge', () => {
    expect(kindOf('сколько операций дороже 1000 ₽ в апреле 2026')).not.toBe('sql');
  });
});

describe('unseen23 classes (our own phrasings)', () => {
  it('«неше бөлек картасы» (how many separate cards): distinct cards', () => {
    expect(frameOf('Алматыда сәуірде Halyk-тің неше бөлек картасы қолданылды').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
  it.each([['Шымкенттегі ЖҚС-тарда сәуірдегі төлем сомасы', 'Fuel & Service Stations']])(
    '%s: an abbreviation with its endings hyphenated',
    (q, category) => {
      expect(frameOf(q).filters).toContainEqual({
        kind: 'values',
        column: 'mcc_category',
        negated: false,
        values: [category],
      });
    },
  );
  it('«100 мың теңгеден қымбат» (dearer than): over the amount', () => {
    expect(frameOf('сәуірде 100 мың теңгеден қымбат сатып алулар саны').filters).toContainEqual({
      kind: 'amount',
      op: '>',
      value: 100_000,
    });
  });
  it('«Unknown-сыз» (without Unknown): the privative written apart excludes', () => {
    expect(frameOf('сәуірдегі айналым категориялар бойынша, Unknown-сыз').filters).toContainEqual({
      kind: 'values',
      column: 'mcc_category',
      negated: true,
      values: ['Unknown'],
    });
  });
  it('«в рабочее время (с 9 до 18)»: the hours named, the day part says they are daytime', () => {
    expect(frameOf('количество операций в рабочее время (с 9 до 18) в апреле 2026').filters).toContainEqual({
      kind: 'hours',
      from: 9,
      to: 18,
    });
  });
  it.each([
    ['Шымкентте сәуірде ең көп транзакция болған 5 сағат', 5],
    ['top 10 hours by purchase volume in April 2026', 10],
  ])('%s: a ranking of hours of the day, not the last hours', (q, limit) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual(['hour_of_day']);
    expect(frame.limit).toBe(limit);
  });
  it('«какая доля … проходит через QR»: the part after the predicate', () => {
    expect(frameOf('какая доля покупок в магазинах в апреле 2026 проходит через QR').share?.subset).toEqual([
      { kind: 'values', column: 'pos_entry_mode', negated: false, values: ['QR_Code'] },
    ]);
  });
  it('«сколько X … и какая это доля»: a count and a share of it are asked back, not half answered', () => {
    expect(
      kindOf('сколько покупок дороже 50 000 тг было в Алматы в апреле 2026 и какая это доля от всех покупок'),
    ).not.toBe('sql');
  });
  it('«биылғы жыл бойынша» (for this year): the period, not a breakdown by year', () => {
    expect(frameOf('Алматыдағы орташа чек қанша? Биылғы жыл бойынша').dimensions).toEqual([]);
  });
});

describe('«приходится на карты X» (our own phrasings)', () => {
  it('the bank whose cards the predicate names is the part', () => {
    expect(
      frameOf('какой процент оборота в Алматы за апрель 2026 приходится на карты Jusan').share?.subset,
    ).toEqual([{ kind: 'values', column: 'issuer_bank_name', negated: false, values: ['Jusan Bank'] }]);
  });
});

describe('understood since unseen24–26 (our own phrasings)', () => {
  const hours = (from: number, to: number): Filter => ({ kind: 'hours', from, to });
  it.each<[string, Filter]>([
    ['transactions between 01:00 and 03:59 in April 2026', hours(1, 4)],
    ['операции с 23:00 до 04:59 за апрель 2026', hours(23, 5)],
    ['сумма переводов ночью (с 0 до 3:59) в апреле 2026', hours(0, 4)],
    ['2026 жылғы сәуірде 21:00 мен 23:59 аралығындағы операциялар саны', hours(21, 24)],
  ])('%s: an end at :59 takes its hour in', (q, filter) => {
    expect(frameOf(q).filters).toContainEqual(filter);
  });
  it('"hourly (0–23)" restates the breakdown: no filter', () => {
    const frame = frameOf('hourly profile (0–23) of ATM withdrawals in April 2026');
    expect(frame.dimensions).toEqual(['hour_of_day']);
    expect(frame.filters.some((f) => f.kind === 'hours')).toBe(false);
  });
  it.each<[string, Filter, Filter[]]>([
    [
      'доля оплат Apple Pay в Астане за апрель 2026, от всех бесконтактных операций',
      values('wallet_type', 'Apple Pay'),
      [values('merchant_city', 'Astana'), values('pos_entry_mode', 'Contactless')],
    ],
    [
      'Астанада 2026 жылғы сәуірде барлық операциялардың неше пайызы QR төлемдер?',
      values('pos_entry_mode', 'QR_Code'),
      [values('merchant_city', 'Astana')],
    ],
    [
      'сәуірдегі онлайн сатып алуларындағы Apple Pay үлесі',
      values('wallet_type', 'Apple Pay'),
      [values('transaction_type', 'ECOM')],
    ],
  ])('%s: the part and the whole', (q, part, whole) => {
    const frame = frameOf(q);
    expect(frame.share?.subset).toEqual([part]);
    expect(frame.filters).toEqual(expect.arrayContaining(whole));
    expect(frame.filters).toHaveLength(whole.length);
  });
  it.each(['сравните март и апрель 2026 по сумме', 'compare March and April 2026 by number of transactions'])(
    '%s: "by amount" names what a comparison compares',
    (q) => {
      expect(frameOf(q).compare).not.toBeNull();
    },
  );
  it.each([
    ['Алматыда 5411 және 5812 MCC бөлек-бөлек орташа сома', ['merchant_mcc']],
    ['spend at MCC 5411 and 5812 separately in April 2026', ['merchant_mcc']],
    ['MCC 5411 vs MCC 5812 turnover in April 2026', ['merchant_mcc']],
  ])('%s: a row per code', (q, dimensions) => {
    expect(frameOf(q).dimensions).toEqual(dimensions);
  });
  it.each([
    'Астанадағы POS операциялардың сомасын сәуірге шығарып берсеңіз, өтінемін',
    'Алматыда өткен аптада күн сайын қанша операция болғанын көрсетіп жіберіңізші',
    'Осы айда қай қалада ең көп айналым болды? Алғашқы үшеуін жазып беріңізші',
    'Сегодня по Астане сколько уже прошло операций?',
    'Сколько раз расплатились через Google Pay в Таразе за последние 7 дней?',
    'Топ категорий по обороту в Алматы за апрель 2026, отсортируйте по убыванию',
    'Количество карт, по которым были онлайн-покупки в апреле 2026',
    'Сколько клиентов Халыка были активны в апреле 2026?',
    'Сколько клиентов Forte сделали хотя бы одну покупку в Астане в апреле 2026?',
    'сумма в самих долларах за апрель 2026',
    'POS-операции за рубежом: какой процент прошёл по магнитной полосе в апреле 2026?',
    'Халықтың 2026 жылғы теңгелік айналымы',
    'Алматыдағы POS операциялардың ішінде QR төлемдер неше пайызды құрайды?',
    'ATM withdrawals WoW: last week vs the week before',
    'На сколько процентов вырос оборот в апреле 2026 относительно марта 2026?',
    'weekend (Sat/Sun) spend in April 2026',
    'turnover since the start of this month',
    'median ECOM amount, calendar year 2025',
    'transactions in the year 2025',
    'Kaspi and Forte in April 2026 — one combined count',
    'сумма по Алматы и Астане за апрель 2026, одной общей цифрой',
    'count of Swipe entry POS payments in April 2026',
    'How many unique cards paid with Google Pay in April 2026? need it for the weekly sync',
    '2026 жылғы ай сайынғы операциялар саны, апталық жиналысқа',
  ])('%s', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it.each([
    ['Алматыда өткен ай мен одан алдыңғы айдағы операциялар санын салыстыр', 2],
    ['Астанада өткен апта мен оның алдындағы аптадағы сома', 2],
  ])('%s: the period before the other one', (q, back) => {
    expect(frameOf(q).compare?.earlier).toMatchObject({ kind: 'previous', back });
  });
});

describe('Kazakh shapes understood since unseen25 (our own phrasings)', () => {
  it.each([
    ['Осы айдағы жалпы айналымның неше пайызы Астанаға тиесілі?', values('merchant_city', 'Astana')],
    [
      'Биыл Алматыдағы айналымның неше пайызы онлайн операцияларға тиесілі?',
      values('transaction_type', 'ECOM'),
    ],
  ])('%s: «тиесілі» (belongs to) names the part', (q, part) => {
    expect(frameOf(q).share?.subset).toEqual([part]);
  });
  it.each([
    ['Өткен айда Астанада ең көп ақша жұмсалған күн қай күн болды?', 'day'],
    ['2025 жылы Таразда ең көп ақша жұмсалған ай қайсы?', 'month'],
    ['Соңғы 30 күнде дәріханаларда ең көп төлем жасалған сағат қай сағат?', 'hour_of_day'],
  ])('%s: the top one of that unit', (q, dimension) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual([dimension]);
    expect(frame.limit).toBe(1);
  });
  it('«ең көп … Алғашқы 3 сағатты көрсет»: the first three hours of the ranking, not 3 hours', () => {
    const frame = frameOf(
      'Осы айда Халық карталарымен қай сағаттарда ең көп операция жасалды? Алғашқы 3 сағатты көрсет',
    );
    expect(frame.dimensions).toEqual(['hour_of_day']);
    expect(frame.limit).toBe(3);
  });
  it.each([
    'Биыл теңгеден (KZT) басқа валютадағы операциялар саны',
    '2026 жылы шетел валютасындағы (KZT емес) операциялар саны',
  ])('%s: the code said again in brackets', (q) => {
    expect(frameOf(q).filters).toContainEqual({
      kind: 'values',
      column: 'transaction_currency',
      negated: true,
      values: ['KZT'],
    });
  });
});

describe('understood since unseen27–29 (our own phrasings)', () => {
  it.each([
    'Top 5 merchant_mcc by turnover in April 2026 — desc, limit 5',
    'BILL_PAYMENT sum per issuer_bank_name for April 2026',
    'Weekday profile (isodow 1–7) of ECOM count in April 2026',
    'number of transactions by day of the week for April 2026, Monday to Sunday',
    'what percent of POS volume in 2025 went through a wallet, i.e. wallet_type is not null',
    'сумма по pos_entry_mode за апрель 2026, только где pos_entry_mode не null',
    'Кеше қанша бірегей карта (distinct card_key) қолданылды?',
    'Биыл ең ірі бір реттік транзакцияның сомасы қанша болды?',
    'Каким был самый крупный разовый платёж в аптеках в апреле 2026?',
    'санаттар бойынша сәуірдегі айналым, кемуі бойынша',
    'Өткен айдағы айналымды қалалар бойынша бөліп көрсетіңізші, ең үлкенінен бастап',
    'Сумма снятий в Алматы и Астане за апрель 2026 — раздельно по городам',
    'Оборот за март 2026 и апрель 2026, двумя столбцами',
    'In percentage terms, how much did POS spend grow from Q1 2026 to Q2 2026?',
    'Бүгін таңнан бері Алматыда қанша операция өтті?',
    'Хотелось бы увидеть оборот по городам за апрель 2026',
    'Какая сумма переводов набежала с начала месяца?',
    'total fuel spend across the network in April 2026',
    'bottom three cities by active cards this year to date',
  ])('%s', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('"limit" with no number is no ranking: asked back', () => {
    expect(kindOf('transactions above the 500k limit in April 2026')).not.toBe('sql');
  });
  it('«бір реттік» keeps «бір» from being a number', () => {
    expect(frameOf('Биыл ең ірі бір реттік транзакцияның сомасы қанша болды?').measures).toEqual([
      { fn: 'max' },
    ]);
  });
});

describe('more shapes understood from unseen24–29 (our own phrasings)', () => {
  it.each([
    'шетелдік операциялардың үлесі сәуірде неше пайыз',
    'Покажи оборот за март и апрель 2026 и изменение в процентах между ними',
    '2026 жылғы сәуірде ATM сомасының p90 мәні',
    'Распределение карточных операций по городам за апрель 2026',
    'Which issuer_bank_name led POS turnover in April 2026?',
    'Какие пять категорий замыкают рейтинг по обороту за апрель 2026?',
    'Соңғы 7 күнде қанша операция болды? Апталық шолуға керек.',
    'For the limits discussion: the median ATM withdrawal in April 2026',
  ])('%s', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('«замыкают рейтинг» is the bottom of the ranking', () => {
    const frame = frameOf('Какие пять категорий замыкают рейтинг по обороту за апрель 2026?');
    expect(frame.order).toBe('asc');
    expect(frame.limit).toBe(5);
  });
});

describe('understood since unseen32 (our own phrasings)', () => {
  it('«Контактсыз төлемдер үлесі, POS ішінде»: the whole is only what «ішінде» follows', () => {
    const frame = frameOf('QR төлемдер үлесі, POS ішінде, сәуір 2026');
    expect(frame.share?.subset).toEqual([values('pos_entry_mode', 'QR_Code')]);
    expect(frame.filters).toContainEqual(values('transaction_type', 'POS'));
  });
  it.each([
    'Swipe (магн. полоса), кол-во за апрель 2026',
    'Карта ұсыну тәсілі бойынша POS айналымы, сәуір 2026',
  ])('%s', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
});

describe('Russian report language understood since unseen30 (our own phrasings)', () => {
  it.each([
    ['Топ-3 категории по обороту за апрель 2026, Алматы не учитываем', 'merchant_city'],
    ['Количество онлайн-покупок по городам за апрель 2026, Астану исключить', 'merchant_city'],
  ])('%s: a negation after what it leaves out', (q, column) => {
    expect(frameOf(q).filters).toContainEqual({
      kind: 'values',
      column,
      negated: true,
      values: expect.any(Array),
    });
  });
  it.each([
    'Чему равен 90-й перцентиль суммы переводов за апрель 2026?',
    'Сопоставьте число уникальных карт в марте и апреле 2026',
    'Год к году: оборот за апрель 2025 и апрель 2026',
    'Сравните оборот в марте и апреле 2026 — по столбцу на месяц',
    'Какой совокупный оборот по картам Халыка за апрель 2026?',
    'Количество платежей в валюте за апрель 2026 с разбивкой по валютам',
  ])('%s', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
});

describe('lists written with a slash', () => {
  it.each([
    ['POS/ECOM count in October', 'transaction_type', ['POS', 'ECOM']],
    ['оборот Халык / Каспи за октябрь', 'issuer_bank_name', ['Halyk Bank', 'Kaspi Bank']],
    ['spend via Apple/Google/Samsung Pay', 'wallet_type', ['Apple Pay', 'Google Pay', 'Samsung Pay']],
    ['spend via Apple and Google Pay', 'wallet_type', ['Apple Pay', 'Google Pay']],
  ] as const)('%s is one list of its values', (question, column, list) => {
    expect(frameOf(question).filters).toEqual([values(column, ...list)]);
  });

  it.each([
    ['turnover in Q3 2026 excl. ATM/salary/transfers', ['ATM_WITHDRAWAL', 'SALARY', 'P2P_IN', 'P2P_OUT']],
    ['turnover in Q3 2026 excl. ATM/P2P/salary', ['ATM_WITHDRAWAL', 'P2P_IN', 'P2P_OUT', 'SALARY']],
  ])(
    '%s: every slash of a chain lists (the second was dropped, "salary transfers" read as one)',
    (question, list) => {
      const types = frameOf(question).filters.find(
        (f) => f.kind === 'values' && f.column === 'transaction_type',
      );
      expect(types).toEqual({ kind: 'values', column: 'transaction_type', negated: true, values: list });
    },
  );

  it('reads "city/bank" after "by" as two breakdowns', () => {
    expect(frameOf('count by city/bank in October').dimensions).toEqual([
      'merchant_city',
      'issuer_bank_name',
    ]);
  });

  it.each(['Доля POS/ECOM за октябрь', 'Apple/Google Pay share of contactless payments'])(
    '%s is asked back: each one share, or both together?',
    (question) => {
      expect(reasonOf(question)).toBe('ambiguous_share');
    },
  );

  it('leaves "w/o" and dates with slashes as they were', () => {
    expect(frameOf('spend w/o wallet').filters).toEqual([
      { kind: 'presence', column: 'wallet_type', present: false },
    ]);
    expect(frameOf('count on 15/09/2026').time).toEqual({
      kind: 'dates',
      from: '2026-09-15',
      to: '2026-09-16',
    });
  });
});

describe('strongest and weakest rank by the measure named', () => {
  it.each([
    ['Which weekday is strongest for POS volume?', 'desc'],
    ['самый слабый месяц по обороту в 2025', 'asc'],
  ] as const)('%s', (question, direction) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame).toMatchObject({ limit: 1, order: direction });
  });
});

describe('understood since unseen33–35 (our own phrasings)', () => {
  it.each([
    'Сумма по месяцам за 2025, месяцы по возрастанию',
    'Количество по часам за 2025, по возрастанию часа',
    'daily count for the last 10 days, oldest day first',
    'monthly amount in 2025, sorted by month',
    '2025 жылғы айлар бойынша сома, айлар өсу ретімен',
  ])('%s: the timeline in its own order', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions.length).toBe(1);
    expect(frame.limit).toBeNull();
  });

  it.each([
    ['2025 жылдың II тоқсанындағы айналым', '2025-04-01'],
    ['2025 жылдың IV тоқсанында операциялар саны', '2025-10-01'],
  ])('%s: a quarter in Roman numerals', (question, from) => {
    expect(frameOf(question).time).toMatchObject({ kind: 'dates', from });
  });

  it.each([
    ['POS volume in 2025, leaving out anything below 5,000 KZT', { kind: 'amount', op: '>=', value: 5000 }],
    ['оборот за 2025 год без операций дороже 100 тысяч', { kind: 'amount', op: '<=', value: 100000 }],
    ['оборот за 2025, исключив суммы менее 500 тенге', { kind: 'amount', op: '>=', value: 500 }],
  ] as const)('%s: the amount condition left out, its opposite kept', (question, filter) => {
    expect(frameOf(question).filters).toContainEqual(filter);
  });

  it.each([
    'spend by bank in 2025 — I want to see which bank is the biggest',
    'Оборот по городам за 2025. Какой город самый крупный?',
  ])('%s: the breakdown asked first is shown whole, largest first', (question) => {
    const frame = frameOf(question);
    expect(frame.limit).toBeNull();
    expect(frame.order).toBe('desc');
  });

  it('a weekday breakdown with such a remark keeps the days in order, as a plural ranking of a cycle does', () => {
    const frame = frameOf('spend by weekday in 2025 — which day is the strongest?');
    expect(frame.dimensions).toEqual(['weekday']);
    expect(frame.limit).toBeNull();
    expect(frame.order).toBeNull();
  });

  it('"which bank is the biggest by spend" in one clause is still the top one', () => {
    expect(frameOf('which bank is the biggest by spend in 2025').limit).toBe(1);
  });
});

describe('formal requests and Kazakh day ranges (unseen34, our own phrasings)', () => {
  it.each([
    '2025 жылғы наурызда жүргізілген транзакциялардың жалпы санын анықтаңыз.',
    'Өткен тоқсан бойынша транзакциялардың жалпы сомасы туралы мәліметтер ұсынуыңызды сұраймын.',
    'өткен айдағы транзакцияларды банктер бойынша санап берші',
    'Прошу указать медиану суммы переводов P2P_OUT за прошлый месяц.',
    'Прошу представить количество операций по странам за 2025 год.',
    'скинь топ-3 города по обороту за прошлый месяц, с суммами',
    '2025 жылы сома бойынша алғашқы 5 санатты сомаларымен қоса көрсетіңіз.',
  ])('%s', (question) => {
    expect(kindOf(question)).toBe('sql');
  });

  it.each([
    ['2025 жылғы 3-тен 9 қазанға дейінгі операциялар саны', '2025-10-03', '2025-10-10'],
    ['2025 жылғы 5-тен 25 наурызға дейін сома', '2025-03-05', '2025-03-26'],
  ])('%s: from a day to a day of a month', (question, from, to) => {
    expect(frameOf(question).time).toEqual({ kind: 'dates', from, to });
  });
});

describe("analysts' shorthand (unseen33, our own phrasings)", () => {
  it.each([
    'кол-во тр-ций по городам за прошлый месяц',
    'сумма тр-ций свыше 1 млн за 2025',
    'доля ECOM в тр-циях Каспи за 2025',
    'кол-во тр-ций в шыме за 2025',
    'кол-во снятий в атм за 2025',
    'средняя зп (SALARY) по банкам за 2025',
    'медиана P2P_OUT по каждому банку за 2025',
  ])('%s', (question) => {
    expect(kindOf(question)).toBe('sql');
  });
  it.each([
    'the 90th percentile of online (ECOM) purchase amounts last month',
    'медиана P2P_OUT платежей по сумме за 2025',
  ])('%s: one measure (the amount word after the type is the same amount, not a sum)', (question) => {
    expect(frameOf(question).measures.length).toBe(1);
  });
  it('"average POS per day" (of a payment or of the daily totals?) is still asked back', () => {
    expect(kindOf('average POS per day last month')).toBe('clarify');
  });
});

describe('output shapes and "first N" said with the order (unseen35, our own phrasings)', () => {
  it.each([
    'POS count in March 2025 vs March 2026, one column per period',
    'сравните оборот за май и июнь 2025 — два столбца, по одному на месяц',
    '2025 жылғы мамыр мен маусымдағы айналымды салыстырыңыз — әр айға бір баған',
  ])('%s: both periods, a column each', (question) => {
    expect(frameOf(question).compare).not.toBeNull();
  });
  it.each([
    'Kaspi vs Halyk count in 2025, one row each',
    'Kaspi Bank пен Halyk Bank бойынша 2025 жылғы операциялар саны, әр банкке бір жол',
  ])('%s: a row per bank', (question) => {
    expect(frameOf(question).dimensions).toEqual(['issuer_bank_name']);
  });
  it.each([
    ['количество операций по городам за 2025 — первые 3 по убыванию', 'desc'],
    ['сумма по банкам за 2025, первые 2 по возрастанию', 'asc'],
  ] as const)('%s: a top N', (question, order) => {
    expect(frameOf(question)).toMatchObject({ limit: expect.any(Number), order });
  });
  it('«за первые 5 дней ноября» (the start of a period) is not a ranking: it is the first five days', () => {
    const { sql } = sqlOf('количество операций за первые 5 дней ноября 2025');
    expect(sql).not.toContain('LIMIT');
    expect(sql).toContain("transaction_timestamp >= '2025-11-01' AND transaction_timestamp < '2025-11-06'");
  });
});

describe('"highest median first" and "with the count" after a ranking of periods (unseen35, our own phrasings)', () => {
  it.each([
    ['median amount per bank in 2025, highest median first', 'desc'],
    ['average amount per city in 2025, lowest average first', 'asc'],
  ] as const)('%s', (question, order) => {
    const frame = frameOf(question);
    expect(frame.order).toBe(order);
    expect(frame.measures.length).toBe(1);
  });
  it('"the least money in the first half of 2026": "first" of a period is no order', () => {
    expect(
      frameOf('Which five categories brought in the least money in the first half of 2025?'),
    ).toMatchObject({
      limit: 5,
      order: 'asc',
    });
  });
  it('"amount by city, highest count first" (by another measure) is asked back', () => {
    expect(kindOf('amount by city in 2025, highest count first')).toBe('clarify');
  });
});

describe('restatements of the report specifications of unseen35 (our own phrasings)', () => {
  it.each([
    ['average spend per card - total divided by distinct cards - by bank in 2025', 'per_card'],
    ['transactions per card at Kaspi in 2025 (transactions divided by distinct cards)', 'per_card'],
  ])('%s', (question, fn) => {
    expect(frameOf(question).measures.map((m) => m.fn)).toEqual([fn]);
  });
  it.each([
    ['ежедневное количество операций за ноябрь 2025, по дате', 'day'],
    ['transactions by date in November 2025', 'day'],
    ['monthly amount for the whole of 2025', 'month'],
  ])('%s', (question, dimension) => {
    expect(frameOf(question).dimensions).toEqual([dimension]);
  });
  it('«кафе мен ресторандарда» (in cafés and restaurants): the dining category', () => {
    expect(frameOf('өткен айда кафе мен ресторандарда қанша транзакция болды').filters).toEqual([
      values('mcc_category', 'Dining & Restaurants'),
    ]);
  });
  it('"Which 3 hours … had the most …? Show hour and count.": the hour said again', () => {
    expect(
      frameOf('Which 3 hours of the day had the most online transactions in 2025? Show hour and count.'),
    ).toMatchObject({
      dimensions: ['hour_of_day'],
      limit: 3,
    });
  });
});

describe('named days, date ranges and output words of unseen37–38 (our own phrasings)', () => {
  it.each([
    ['How many transactions in Almaty on Nauryz, 21–23 March 2025?', '2025-03-21', '2025-03-24'],
    ['Средний чек в канун Нового года, 31 декабря 2025', '2025-12-31', '2026-01-01'],
    ['Наурыз мерекесінде (2025 жылғы 21–23 наурыз) айналым қанша?', '2025-03-21', '2025-03-24'],
    ['Online purchases on Black Friday 2025 (28 November)', '2025-11-28', '2025-11-29'],
    ['POS amount for 2026-03-02..2026-03-08 (both ends inclusive)', '2026-03-02', '2026-03-09'],
    ['2026 жылғы сәуірдің 5-нен 12-не дейін (12-сі қоса) транзакциялар саны', '2026-04-05', '2026-04-13'],
    ['How many ATM withdrawals on 10 April 2026 from 20:00 onwards?', '2026-04-10', '2026-04-11'],
  ])('%s', (question, from, to) => {
    expect(frameOf(question).time).toEqual({ kind: 'dates', from, to });
  });
  it.each(['How many transactions during Nauryz 2026?', 'сколько операций на праздниках?'])(
    '%s: a named day with no dates that say which days is asked back',
    (question) => {
      expect(kindOf(question)).toBe('clarify');
    },
  );
  it('«во II и III квартале 2025»: two quarters in Roman numerals', () => {
    expect(frameOf('оборот во II и III квартале 2025').compare).toMatchObject({
      earlier: { kind: 'dates', from: '2025-04-01', to: '2025-07-01' },
      later: { kind: 'dates', from: '2025-07-01', to: '2025-10-01' },
    });
  });
  it.each([
    ['Какая неделя ноября 2026 была самой тихой по числу операций?', 'asc'],
    ['2026 жылғы қазанда ең қызу күн қайсы?', 'desc'],
  ])('%s: a ranking of one', (question, order) => {
    expect(frameOf(question)).toMatchObject({ limit: 1, order });
  });
  it.each([
    ['Late-evening (22:00–23:59) ECOM count in October 2026', { kind: 'hours', from: 22, to: 24 }],
    ['Online transactions in October 2026 with a card not present (CNP)', values('transaction_type', 'ECOM')],
    ['Отандық эквайер арқылы өткен онлайн төлемдер саны, қазан 2026', values('acquirer_country_iso', 'KAZ')],
  ])('%s', (question, filter) => {
    expect(frameOf(question).filters).toContainEqual(filter);
  });
  it('«сумдағы сомасы» (the amount in sums): the Uzbek sum, in the original currency', () => {
    const frame = frameOf('2025 жылы сумдағы жалпы сома');
    expect(frame.amountIn).toBe('original');
    expect(frame.filters).toContainEqual(values('transaction_currency', 'UZS'));
  });
  it.each([
    'Оборот по кафе в сентябре 2026: будни и выходные, двумя колонками',
    'Средний чек на АЗС в октябре 2026: в будни и в выходные, рядом',
    'Шымкент, 2026 жылғы қыркүйек: жұмыс күндері мен демалыс күндеріндегі айналым, қатар қойып көрсет',
  ])('%s: the two groups side by side are the two rows', (question) => {
    expect(frameOf(question).dimensions).toEqual(['weekend']);
  });
  it.each([
    ['өткен жылғы қарашада транзакциялар саны', '2025-11-01', '2025-12-01'],
    ['былтырғы наурызда онлайн төлемдер саны', '2025-03-01', '2025-04-01'],
    ['2025 жылғы Наурыз мерекесіндегі (21–23 наурыз) айналым', '2025-03-21', '2025-03-24'],
  ])('%s: the year said before the month (or the named days) is theirs', (question, from, to) => {
    expect(frameOf(question).time).toEqual({ kind: 'dates', from, to });
  });
  it('«қараша айы бойынша» is "for the month of November", not a monthly breakdown', () => {
    expect(frameOf('2025 жылғы қараша айы бойынша банктер бөлінісінде сома').dimensions).toEqual([
      'issuer_bank_name',
    ]);
  });
  it.each([
    ['в какой час пик по количеству операций в октябре 2026', 'hour_of_day'],
    [
      'Breakdown of POS transactions by entry mode for Q3 2026, count and volume for each mode',
      'pos_entry_mode',
    ],
  ])('%s', (question, dimension) => {
    expect(frameOf(question).dimensions).toEqual([dimension]);
  });
  it('«медианасы қанша?» (what is its median): the median, not a count', () => {
    expect(frameOf('2026 жылғы қазанда жалақы түсімдерінің медианасы қанша?').measures).toEqual([
      { fn: 'median' },
    ]);
  });
  it.each([
    ['75-й перцентиль чека в отелях (MCC 7011) за 2025 год', [7011]],
    ['Қонақүйлер (MCC 7011) мен әуекомпаниялар (MCC 4511) айналымы, 2025 жыл', [7011, 4511]],
  ])(
    '%s: the word before an MCC code describes it; the code is the filter (and the word is named as set aside)',
    (question, codes) => {
      const result = sqlOf(question);
      expect(result.frame.filters).toContainEqual({
        kind: 'ids',
        column: 'merchant_mcc',
        negated: false,
        values: codes,
      });
      expect(result.explanation).toMatch(/context|контекст/i);
    },
  );
  it.each(['hotel spending in 2025', 'оборот гостиниц за 2025 год'])(
    '%s: a kind of merchant no column names, with no code, is asked back',
    (question) => {
      expect(kindOf(question)).toBe('clarify');
    },
  );
  it.each([
    '2026 жылғы қазанда Алматыдағы POS операцияларының санын хабарлауыңызды сұраймыз',
    'Просим сообщить количество POS-операций в Алматы за октябрь 2026 года',
    'On behalf of the Chairman, please give the number of POS transactions in Almaty in October 2026',
    'Басқарма төрағасының тапсырмасы бойынша 2026 жылғы қазандағы Алматыдағы POS операцияларының санын хабарлаңыз',
  ])('%s: formal requests and who asks', (question) => {
    expect(frameOf(question)).toMatchObject({ measures: [{ fn: 'count' }], dimensions: [] });
  });
  it.each([
    'The Chairman would like the number of outgoing P2P transfers last week and their total amount',
    'Руководство интересует количество исходящих переводов за прошлую неделю и их сумма',
    'Kindly provide the number of outgoing P2P transfers last week together with the total amount',
  ])('%s: who asks, and "together with"', (question) => {
    expect(
      frameOf(question)
        .measures.map((m) => m.fn)
        .sort(),
    ).toEqual(['count', 'sum']);
  });
});

describe('a threshold verb before its number or its subject, and asks for a table or a chart (unseen42–43 left them asked back)', () => {
  it.each<[string, Frame['measures']]>([
    ['Did card spending at Halyk exceed 40 million tenge in October 2026?', [{ fn: 'sum' }]],
    ['Has the median fuel purchase surpassed 9000 tenge this year?', [{ fn: 'median' }]],
    ['Превысило ли количество QR-платежей в Караганде 3000 за ноябрь 2026?', [{ fn: 'count' }]],
    ['Превышает ли средний чек в кафе Актобе 4 тысячи тенге?', [{ fn: 'avg' }]],
  ])('%s: the verb sets the figure’s threshold, no payment is filtered', (question, measures) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual(measures);
    expect(frame.threshold?.op).toBe('>');
    expect(frame.filters.some((f) => f.kind === 'amount' || f.kind === 'amount_between')).toBe(false);
  });
  it('"exceed" with no number after it still asks for the difference of two values', () => {
    expect(frameOf('How much did spending in November exceed October?').compare?.output).toBe('difference');
  });
  it('"did any payment exceed …" is about single payments: a filter, no threshold', () => {
    const frame = frameOf('Did any payment exceed 3 million tenge in Astana yesterday?');
    expect(frame.threshold).toBeUndefined();
    expect(frame.filters).toContainEqual({ kind: 'amount', op: '>', value: 3_000_000 });
  });
  it.each([
    ['Spend by bank for October 2026 as a table', 'Show fuel spend by month as a line chart'],
    ['Оборот по категориям за ноябрь 2026 таблицей', 'Количество операций по дням недели в виде диаграммы'],
    [
      '2026 жылғы қарашадағы қалалар бойынша сома кестемен',
      'Айлар бойынша транзакциялар саны график түрінде',
    ],
  ])('%s / %s: every answer is a table and a chart already', (...questions) => {
    for (const question of questions) expect(frameOf(question).dimensions).toHaveLength(1);
  });
});

describe('auditors’ questions (unseen46 and unseen47 left them asked back; our own phrasings)', () => {
  it.each([
    ['Which currencies appear in ForteBank transactions in 2026?', 'transaction_currency'],
    ['Which mobile wallets appear in Halyk transactions last month?', 'wallet_type'],
    ['Какие способы ввода встречаются в операциях Jusan за октябрь?', 'pos_entry_mode'],
    ['Қарағандыдағы операцияларда қандай валюталар кездеседі?', 'transaction_currency'],
  ])('%s: the values that occur, listed without a measure or the blank', (question, column) => {
    const { frame, sql } = sqlOf(question);
    expect(frame.listValues).toBe(true);
    expect(frame.dimensions).toEqual([column]);
    expect(sql).toMatch(new RegExp(`^SELECT ${column}\\n`));
    expect(sql).toContain(`${column} IS NOT NULL`);
  });
  it('"which wallets appear … and how many transactions each" keeps the count beside each', () => {
    const { frame } = sqlOf('Which wallets appear in October 2026 and how many transactions each?');
    expect(frame.listValues).toBeUndefined();
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it.each([
    'Control total for yesterday: number of transactions and amount',
    'Контрольные итоги за ноябрь 2026 по банкам: количество и сумма',
    'Сверка за 3 ноября 2026: количество операций и сумма',
    'Тексеру үшін: 2026 жылғы қазандағы операциялар саны мен сомасы',
  ])('%s: a control total or a reconciliation says what the figures are for', (question) => {
    expect(
      frameOf(question)
        .measures.map((m) => m.fn)
        .sort(),
    ).toEqual(['count', 'sum']);
  });
  it('"at or above 200,000 tenge" is ≥', () => {
    expect(frameOf('Number of payments at or above 200,000 tenge in October 2026').filters).toContainEqual({
      kind: 'amount',
      op: '>=',
      value: 200_000,
    });
  });
  it('"absolute and %": both periods, the difference and the change', () => {
    expect(frameOf('Spend in Almaty, Q2 vs Q3 2026 — absolute and %').compare?.output).toBe('full');
  });
});

describe('amounts written as halves of a multiplier (unseen49 asked them back)', () => {
  it.each<[string, number]>([
    ['How many payments over half a million tenge in 2025?', 500_000],
    ['Сколько платежей свыше пол-миллиона за 2025 год?', 500_000],
    ['Сколько платежей свыше полмиллиона за 2025 год?', 500_000],
    ['Сколько платежей больше полутора миллионов за 2025 год?', 1_500_000],
    ['How many payments above one and a half million in 2025?', 1_500_000],
    ['2025 жылы жарты миллион теңгеден асатын операциялар саны', 500_000],
    ['2025 жылы бір жарым миллион теңгеден асатын операциялар саны', 1_500_000],
  ])('%s', (question, value) => {
    expect(sqlOf(question).frame.filters).toContainEqual({ kind: 'amount', op: '>', value });
  });
  it('"between half a million and a million": "a million" is one million', () => {
    expect(sqlOf('Payments between half a million and a million tenge in 2025').frame.filters).toContainEqual(
      {
        kind: 'amount_between',
        min: 500_000,
        max: 1_000_000,
      },
    );
  });
  it('"the first half of 2026" stays a period', () => {
    expect(sqlOf('Turnover in the first half of 2026').frame.time).toEqual({
      kind: 'dates',
      from: '2026-01-01',
      to: '2026-07-01',
    });
  });
});

describe('a threshold in a foreign currency, Kazakh (unseen49 asked them back)', () => {
  it.each<[string, string, '<' | '>', number]>([
    ['2026 жылы 50 доллардан аз USD операциялары қанша?', 'USD', '<', 50],
    ['2025 жылы 500 юаньнан асатын CNY операцияларының саны', 'CNY', '>', 500],
    ['Биыл қырғыз сомымен 5000 сомнан кем операциялар саны', 'KGS', '<', 5_000],
    ['2025 жылы түрік лирасымен 100 лирадан кем операциялар саны', 'TRY', '<', 100],
  ])('%s: the amount in that currency', (question, currency, op, value) => {
    const { frame } = sqlOf(question);
    expect(frame.amountIn).toBe('original');
    expect(frame.filters).toContainEqual({ kind: 'amount', op, value });
    expect(frame.filters).toContainEqual(values('transaction_currency', currency));
    // («түрік лирасы» is the Turkish lira, not payments in Turkey.)
    expect(frame.filters.some((f) => 'column' in f && f.column === 'acquirer_country_iso')).toBe(false);
  });
});

describe('Kazakh percentiles of payments named first (unseen49 asked them back as an average of what)', () => {
  it.each([
    '2026 жылғы төлемдердің 25-, 50- және 75-процентилі',
    '2025 жылғы коммуналдық төлемдердің (BILL_PAYMENT) 10- және 90-процентилі',
  ])('%s', (question) => {
    const { frame } = sqlOf(question);
    expect(frame.measures.every((m) => m.fn === 'percentile')).toBe(true);
    expect(frame.measures.length).toBeGreaterThanOrEqual(2);
  });
});

describe('words unseen48 asked back, read now', () => {
  it.each([
    'Какие банки за 2025 год дали оборот больше 500 млн тенге?',
    'Какие города в октябре имели оборот больше 50 млн?',
  ])('%s: a condition on each group’s total, the period between', (question) => {
    expect(sqlOf(question).frame.having).toMatchObject({ of: 'sum', op: '>' });
  });
  it('"which bank dropped the most in spend from A to B": ranked by the change', () => {
    const { frame } = sqlOf('Which bank dropped the most in spend from August to September 2026?');
    expect(frame.rankByChange).toBe('change');
    expect(frame.order).toBe('asc');
  });
  it.each([
    'Total in euros in October 2026 — the amount in EUR itself, not tenge',
    '2026 жылғы қазанда еуромен (EUR) сома қанша, валютаның өзінде?',
  ])('%s: the original amount', (question) => {
    expect(sqlOf(question).frame.amountIn).toBe('original');
  });
});

describe('a time unit joined to a breakdown by a column is a breakdown by both (unseen50: the unit was not understood)', () => {
  it.each<[string, string, string]>([
    ['ATM withdrawals by city and month, 2025', 'month', 'merchant_city'],
    ['оборот по категориям и кварталам за 2026 год', 'quarter', 'mcc_category'],
    ['2025 жылы апта және банк бойынша транзакция саны', 'week', 'issuer_bank_name'],
    ['POS payments, city x quarter, 2026', 'quarter', 'merchant_city'],
    ['Количество операций: банк × месяц, 2026 год', 'month', 'issuer_bank_name'],
  ])('%s', (question, unit, column) => {
    expect(frameOf(question).dimensions.sort()).toEqual([unit, column].sort());
  });
  it.each([
    ['ECOM volume, month by month, 2026', 'month'],
    ['Distinct cards, week by week, October 2026', 'week'],
  ])('"%s": a row for each', (question, unit) => {
    expect(frameOf(question).dimensions).toEqual([unit]);
  });
});

describe('the units of a period put in order are its rows (unseen50: "the months of 2025 … highest first" was asked back)', () => {
  it.each<[string, string, 'asc' | 'desc']>([
    ['Sort the quarters of 2025 by transaction count, lowest first', 'quarter', 'asc'],
    ['Кварталы 2026 года по убыванию оборота', 'quarter', 'desc'],
    ['2026 жылғы айларды сома бойынша кему ретімен көрсетіңіз', 'month', 'desc'],
  ])('%s', (question, unit, order) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([unit]);
    expect(frame.order).toBe(order);
  });
  it('"in month order" is the timeline\'s own order', () => {
    expect(frameOf('Monthly ECOM count in 2025, in month order').order).toBeNull();
  });
});

describe('Kazakh: the measure before «бойынша» and the order after it sorts the rows (unseen50)', () => {
  it('«…, сомасы бойынша кему ретімен»', () => {
    const frame = frameOf('Қалалар бойынша транзакция саны мен сомасы, сомасы бойынша кему ретімен, 2025');
    expect(frame.measures.map((m) => m.fn)).toEqual(['count', 'sum']);
    expect(frame.sortMeasure).toBe(1);
  });
  it('«ең төменнен бастап»: from the lowest', () => {
    expect(frameOf('Банктер бойынша орташа чек, ең төменнен бастап, 2026').order).toBe('asc');
  });
});

describe('exclusions said after the value (unseen51: "QR excluded", «Алматы не считаем», «Алматыдан тыс жерлерде», «Apple Pay-сіз»)', () => {
  const not = (column: EnumColumn, ...v: string[]): Filter => ({
    kind: 'values',
    column,
    negated: true,
    values: v,
  });
  it.each<[string, Filter]>([
    ['ECOM payments by bank in October, Kaspi excluded', not('issuer_bank_name', 'Kaspi Bank')],
    ['Оборот по категориям за ноябрь, Unknown не считаем', not('mcc_category', 'Unknown')],
    ['Distinct cards that paid anywhere but Astana this month', not('merchant_city', 'Astana')],
    ['Шымкенттен тыс жерлерде жасалған QR төлемдері саны', not('merchant_city', 'Shymkent')],
    ['Google Pay-сіз жасалған контактісіз төлемдер саны', not('wallet_type', 'Google Pay')],
  ])('%s', (question, filter) => {
    expect(frameOf(question).filters).toContainEqual(filter);
  });
});

describe('two columns asked for by name lay a split side by side (unseen50: «в двух колонках» was not understood)', () => {
  it.each([
    'Оборот Halyk и Jusan по кварталам 2026 года, в двух колонках',
    'P2P in and P2P out counts per month in 2025, as two columns',
  ])('%s', (question) => {
    expect(frameOf(question).sideBySide).toBe(true);
  });
});

describe('Kazakh: one value set against another with «қарағанда» or the ablative (unseen52: «көп», «асты» not understood)', () => {
  it.each([
    'Шымкентте Таразға қарағанда көп транзакция болды ма?',
    '2026 жылы Jusan айналымы Halyk-тан асты ма?',
    '2025 жылы Ақтөбедегі QR төлемдері Павлодардан көп болды ма?',
  ])('%s: one row, a column each', (question) => {
    const frame = frameOf(question);
    expect(frame.sideBySide).toBe(true);
    expect(frame.dimensions).toEqual(['group_split']);
  });
  it('a number before the comparator keeps it a condition on the payments', () => {
    expect(frameOf('50 мыңнан көп төлемдер саны').filters).toContainEqual({
      kind: 'amount',
      op: '>',
      value: 50_000,
    });
  });
});

describe('"what part of" is a share (unseen53: «часть», "part" not understood)', () => {
  it.each([
    'What part of ATM withdrawals by amount happened in Almaty in 2025?',
    'Какая часть оборота аптек в 2026 году пришлась на Kaspi?',
    '2025 жылы онлайн төлемдердің қанша бөлігі шетел валютасында болды?',
  ])('%s', (question) => {
    expect(frameOf(question).share?.subset.length).toBe(1);
  });
});

describe('a count and then its share (unseen53)', () => {
  it.each([
    'How many Google Pay payments were there in October 2026, and what share of all wallet payments is that?',
    'Сколько было переводов P2P_OUT за 2025 год и какую долю они составили от всех операций?',
    '2026 жылы Apple Pay арқылы қанша төлем жасалды және бұл барлық төлемдердің қанша пайызы?',
  ])('%s: the count of the part and its share', (q) => {
    const frame = frameOf(q);
    expect(frame.share?.withMeasure).toBe(true);
    expect(frame.share?.subset).toHaveLength(1);
    expect(buildSql(frame)).toMatch(
      /^SELECT count\(\*\) FILTER \(WHERE [^)]+\) AS transaction_count, 100\.0/,
    );
  });
  it('the explanation says both are shown', () => {
    const result = understandQuestion(
      'How many QR payments in 2025, and what share of all POS payments is that?',
      TEST_CONTEXT,
    );
    expect(result.kind === 'sql' && result.explanation).toMatch(
      /^Number of transactions and its share \(%\)/,
    );
  });
  it.each([
    "Halyk, 2026: number of payments by entry mode and each mode's share",
    'Платежи в Шымкенте за октябрь 2026 по кошелькам: количество и доля каждого кошелька',
    '2025 жылғы шетелдік операциялар елдер бойынша: әр елдің саны мен үлесі',
  ])("%s: each group's count and its share of the whole", (q) => {
    const frame = frameOf(q);
    expect(frame.share).toEqual({ subset: [], withMeasure: true });
    expect(frame.dimensions).toHaveLength(1);
  });
  it.each([
    // two conditions in the first clause, the whole naming neither: which is the part?
    'сколько онлайн-покупок было в Таразе за 2026 и какая это доля от всех покупок',
    // the share's clause names a part of its own
    'How many payments in Almaty last month and what share were contactless?',
    // the whole is an amount where a count was asked
    'How many payments over 1 million in 2026 and what share of the total amount is that?',
  ])('%s: asked back', (q) => {
    expect(understandQuestion(q, TEST_CONTEXT).kind).not.toBe('sql');
  });
});

describe('Kazakh shares of cards (unseen53)', () => {
  it.each([
    ['2026 жылы карталардың қанша пайызы кемінде бір рет Samsung Pay арқылы төледі?', 'wallet_type'],
    ['Биыл QR арқылы төлеген карталар барлық белсенді карталардың қанша пайызы?', 'pos_entry_mode'],
  ])('%s: distinct cards, the part as the condition', (q, column) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    expect(frame.share?.subset.map((f) => ('column' in f ? f.column : f.kind))).toEqual([column]);
  });
});

describe('two aggregates set side by side with "vs" are both asked (unseen56)', () => {
  it('"Average vs median amount of …"', () => {
    expect(frameOf('Average vs median amount of Halyk ATM withdrawals in 2025').measures).toEqual([
      { fn: 'avg' },
      { fn: 'median' },
    ]);
  });
});

describe('a last clause naming the columns shown asks for nothing more (unseen56)', () => {
  it.each([
    'Busiest day of October 2026 by number of payments. The date and the count.',
    'Самый загруженный день октября 2026 по количеству операций. Дата и количество.',
    '2026 жылғы қазанда ең көп операция болған күн қайсы? Күні мен операциялар саны.',
  ])('%s', (q) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual(['day']);
    expect(frame.limit).toBe(1);
  });
  it('a word the plan does not show is still not understood', () => {
    expect(
      understandQuestion('Busiest day of October 2026. The date and the weather.', TEST_CONTEXT).kind,
    ).not.toBe('sql');
  });
});

describe('the number of a weekday is its label, not personal data (unseen56)', () => {
  it.each([
    'Quietest weekday of 2025 for Halyk: show the weekday number and the count',
    'Биыл ең аз операция болған апта күні қайсы? Тек апта күнінің нөмірі.',
  ])('%s', (q) => {
    const frame = frameOf(q);
    expect(frame.dimensions).toEqual(['weekday']);
    expect(frame.order).toBe('asc');
    expect(frame.limit).toBe(1);
  });
  it('a card number is still refused', () => {
    expect(understandQuestion('карта нөмірі бойынша сома', TEST_CONTEXT).kind).toBe('refuse');
  });
});

describe('understood since unseen54–57 (our own phrasings)', () => {
  it('"the biggest drop in …" is a fall, never the SQL action', () => {
    const frame = frameOf('Which city saw the biggest drop in ECOM turnover from Q1 to Q2 2026?');
    expect(frame.rankByChange).toBe('change');
    expect(frame.order).toBe('asc');
    expect(understandQuestion('drop the transactions table', TEST_CONTEXT).kind).toBe('refuse');
  });
  it('"fell the most in tenge": the money, by the difference', () => {
    const frame = frameOf('Which banks fell the most in tenge from August to September 2026?');
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.rankByChange).toBe('difference');
  });
  it('Kazakh number words typed without Kazakh letters', () => {
    expect(frameOf('2026 жылы уш жуз мын тенгеден жогары транзакция саны').filters).toContainEqual({
      kind: 'amount',
      op: '>',
      value: 300_000,
    });
  });
  it.each([
    ['Биыл банкоматтан ақша шешкен карталар саны', [{ fn: 'count_distinct', column: 'card_key' }]],
    [
      'Количество уникальных карт по банкам за 2026, по убыванию количества',
      [{ fn: 'count_distinct', column: 'card_key' }],
    ],
  ])('%s', (q, measures) => {
    expect(frameOf(q).measures).toEqual(measures);
  });
  it("«дүйсенбі мен сейсенбі күндерінің … қатар қойып»: the weekdays' own noun", () => {
    expect(
      frameOf('2026 жылғы қазанда дүйсенбі мен сейсенбі күндерінің транзакция саны, қатар қойып').sideBySide,
    ).toBe(true);
  });
  it.each([
    ['Сравни сумму покупок в сентябре и октябре 2026, с ростом в процентах', 'compare'],
    ['Доля карт, которые хоть раз платили через QR в 2026 году', 'share'],
    ["Apple Pay share of contactless count per city (each city's own share), 2026", 'share'],
  ])('%s', (q, shape) => {
    expect(frameOf(q).shape).toBe(shape);
  });
  it('"monthly turnover, largest first": the months by their turnover; "descending" alone is asked back', () => {
    expect(frameOf('Halyk Bank 2026 monthly turnover, largest first').order).toBe('desc');
    expect(understandQuestion('turnover by month in 2026, descending', TEST_CONTEXT).kind).not.toBe('sql');
  });
  it('"the smallest and largest foreign-currency payment by currency": both extremes', () => {
    expect(
      frameOf('Smallest and largest foreign-currency payment in tenge by currency in 2026').measures,
    ).toEqual([{ fn: 'min' }, { fn: 'max' }]);
  });
});

describe('understood since unseen56 (our own phrasings), continued', () => {
  it('"what percent of … took place between 18:00 and 20:59": the hours are the part', () => {
    const frame = frameOf(
      'What percent of grocery transactions in Astana in 2026 took place between 18:00 and 20:59?',
    );
    expect(frame.share?.subset).toEqual([{ kind: 'hours', from: 18, to: 21 }]);
  });
  it('"weekends vs weekdays … in one row": the two sides side by side', () => {
    const frame = frameOf('Total fuel spend on weekends vs weekdays in 2025, in one row');
    expect(frame.sideBySide).toBe(true);
  });
  it('"lunchtime (12:00-13:59)": the hours said with it', () => {
    expect(frameOf('Restaurant payments at lunchtime (12:00-13:59) in October 2026').filters).toContainEqual({
      kind: 'hours',
      from: 12,
      to: 14,
    });
  });
  it('"Amount distribution for …: min, median and max": the amount named before the list', () => {
    expect(
      frameOf('Amount distribution for pharmacies in 2026: minimum, median and maximum').measures,
    ).toEqual([{ fn: 'min' }, { fn: 'median' }, { fn: 'max' }]);
  });
  it('"Quartiles (25th, 50th and 75th percentile) of …": the quartiles once', () => {
    expect(
      frameOf('Quartiles (25th, 50th and 75th percentile) of taxi payment amounts in 2025').measures,
    ).toEqual([
      { fn: 'percentile', p: 0.25 },
      { fn: 'percentile', p: 0.5 },
      { fn: 'percentile', p: 0.75 },
    ]);
  });
});

describe('report requests that list their columns (unseen60)', () => {
  it('"… by month: month, count, total and median, in month order"', () => {
    const frame = frameOf(
      'Monthly table for Q1 2026: month, transaction count, total amount and median amount, in month order.',
    );
    expect(frame.dimensions).toEqual(['month']);
    expect(frame.measures.map((m) => m.fn).sort()).toEqual(['count', 'median', 'sum']);
  });
  it('"bank x city …: bank, city, count, total": both columns', () => {
    expect(frameOf('Bank x city matrix for September 2026: bank, city, count, total.').dimensions).toEqual([
      'issuer_bank_name',
      'merchant_city',
    ]);
  });
  it('"Top 5 days of … by total: date, count, total": the days ranked by the total', () => {
    const frame = frameOf('Top 5 days of October 2026 by total amount: date, count, total.');
    expect(frame.dimensions).toEqual(['day']);
    expect(frame.limit).toBe(5);
    expect(buildSql(frame)).toMatch(/ORDER BY total_amount DESC\nLIMIT 5$/);
  });
  it('"city, count, average check and median": the median of the amount too', () => {
    expect(
      frameOf('QR payments in 2026: city, count, average check and median.').measures.map((m) => m.fn),
    ).toContain('median');
  });
});

describe('payments-industry words (unseen64)', () => {
  it.each([
    ['ECOM gross volume last month', [{ fn: 'sum' }]],
    ['ATM throughput in Shymkent last quarter', [{ fn: 'sum' }]],
    ['30-day run-rate on bill payments', [{ fn: 'sum' }]],
    ['Средний тикет по POS за октябрь 2026', [{ fn: 'avg' }]],
    ['ECOM сатып алуларының орташа тикеті 2026 жылы', [{ fn: 'avg' }]],
  ])('%s', (q, measures) => {
    expect(frameOf(q).measures).toEqual(measures);
  });
  it.each([
    'What share of contactless payments went through a digital wallet in 2026?',
    'Доля цифровых кошельков в бесконтактных платежах за 2025 год',
  ])('a digital wallet is any wallet: %s', (q) => {
    expect(frameOf(q).share?.subset).toContainEqual({
      kind: 'presence',
      column: 'wallet_type',
      present: true,
    });
  });
  it('«Для тикета: …» is still a ticket of work, set aside', () => {
    expect(frameOf('Для тикета: сколько операций было вчера?').measures).toEqual([{ fn: 'count' }]);
  });
  it.each(["Kaspi's monthly market share by turnover in 2026", 'Доля рынка Халыка по обороту в 2025 году'])(
    'market share is a share: %s',
    (q) => {
      expect(frameOf(q).share).not.toBeNull();
    },
  );
  it('«месяц к месяцу» between two named months is their change', () => {
    expect(
      frameOf('Количество ECOM месяц к месяцу: октябрь 2026 против сентября 2026').compare,
    ).not.toBeNull();
  });
  it.each(['count of POS, ECOM, ATM transactions', 'turnover of POS, ATM, ECOM and bill payments'])(
    'a list of types with commas keeps every type: %s',
    (q) => {
      const types = frameOf(q).filters.find((f) => f.kind === 'values' && f.column === 'transaction_type');
      expect(types?.kind === 'values' && types.values).toContain('ECOM');
    },
  );
});

describe('"fewer than", "both quarters", «в порядке месяцев», a long-tail lead-in, «рос быстрее всего» (unseen63–64)', () => {
  it('"fewer than" compares', () => {
    expect(frameOf('How many merchants had fewer than 5 transactions in October 2026?').having).toEqual({
      of: 'count',
      op: '<',
      value: 5,
    });
  });
  it.each([
    'Which city grew its turnover the most from Q1 2026 to Q2 2026? Show both quarters and the change in %.',
    'Какой банк рос быстрее всего по количеству операций с сентября на октябрь 2026? Покажи оба месяца и рост в процентах.',
  ])('both periods and the change: %s', (q) => {
    const sql = buildSql(frameOf(q));
    expect(sql).toContain('change_pct');
    expect(sql.match(/\) AS [a-z_]*_2026_/g)?.length).toBe(2);
  });
  it('«в порядке месяцев» orders the months', () => {
    expect(buildSql(frameOf('Оборот ECOM по месяцам 2026 года, в порядке месяцев'))).toMatch(
      /ORDER BY month$/,
    );
  });
  it('"Long-tail check:" is a lead-in', () => {
    expect(
      understandQuestion(
        'Long-tail check: how many merchants had fewer than 3 transactions in 2025?',
        TEST_CONTEXT,
      ).kind,
    ).toBe('sql');
  });
});

describe('polite requests, «биылғы жыл», "themselves", and Kazakh «X-тен Y-ге дейін» set against each other (unseen61–62)', () => {
  it.each([
    'Хочу посмотреть количество операций по банкам за 2026 год',
    'Оборот по городам за октябрь 2026 не подскажете?',
    'Өткен айдағы қалалар бойынша транзакция санын айтып бересіз бе?',
    'Биылғы жылы такси төлемдерінің саны қанша?',
    'Count by hour in Astana? Looking at 2025 only.',
  ])('%s', (q) => {
    expect(understandQuestion(q, TEST_CONTEXT).kind).toBe('sql');
  });
  it('"the amounts themselves" are the currency\'s own', () => {
    expect(frameOf('Total spent in euros in 2026 (the euro amounts themselves)').amountIn).toBe('original');
  });
  it('«2026 жылғы тамыздан қыркүйекке дейін қай қалада … ең көп өсті?» compares the two months', () => {
    const frame = frameOf('2026 жылғы тамыздан қыркүйекке дейін қай қалада транзакция саны ең көп өсті?');
    expect(frame.compare).not.toBeNull();
    expect(frame.dimensions).toEqual(['merchant_city']);
  });
});

describe('more words of unseen61–64: ranking wallets, "clear", "meaning", "keeping only those whose …", «сомның өзімен»', () => {
  it.each([
    'Rank the mobile wallets by number of payments in 2025',
    'Составьте рейтинг мобильных кошельков по обороту за 2026 год',
  ])('the wallets ranked are rows: %s', (q) => {
    expect(frameOf(q).dimensions).toEqual(['wallet_type']);
  });
  it('"clear" is "exceed"', () => {
    expect(buildSql(frameOf('Did ECOM turnover in October 2026 clear 20 million tenge?'))).not.toContain(
      'transaction_amount_kzt >',
    );
  });
  it('"…, meaning the acquirer was not KAZ" restates the condition', () => {
    expect(
      understandQuestion(
        'What share of transactions in 2025 were cross-border, meaning the acquirer country was not KAZ?',
        TEST_CONTEXT,
      ).kind,
    ).toBe('sql');
  });
  it('"keeping only those whose average check is above …" keeps the groups', () => {
    expect(
      frameOf('Cities with their average check, keeping only those whose average check is above 15,000')
        .having,
    ).toEqual({
      of: 'avg',
      op: '>',
      value: 15000,
    });
  });
  it('«сомның өзімен» is the som itself', () => {
    expect(frameOf('Қырғызстанда сомға (KGS) қанша жұмсалды, сомның өзімен?').amountIn).toBe('original');
  });
});

describe('questions pasted from chats and e-mails (unseen70)', () => {
  it.each([
    ['Good afternoon! How many QR payments were there in Aktobe last week? Many thanks', 'count(*)'],
    ['Hi all, total ECOM turnover in 2025 pls. Kind regards', 'sum(transaction_amount_kzt)'],
    ['Коллеги, доброго дня! Средний чек в Караганде за октябрь 2026? Заранее благодарю', 'avg('],
    ['Қайырлы таң! Өткен аптадағы QR төлемдер саны қанша? Алдын ала рахмет', 'count(*)'],
  ])('%s: greetings and thanks around the question are read as such', (question, sql) => {
    expect(sqlOf(question).sql).toContain(sql);
  });

  it.each([
    ['How many ATM withdrawals were there in Taraz last month? — Bolat, Treasury', 'ATM_WITHDRAWAL'],
    ['Сколько операций по Apple Pay было вчера? Спасибо! — Мадина', 'Apple Pay'],
    ['Кеше Астанада қанша ECOM транзакция болды? Рахмет! — Дәурен, Маркетинг', 'ECOM'],
    ['Number of contactless payments in Almaty yesterday. Thanks — Aruzhan', 'Contactless'],
  ])('%s: a signature after a dash is set aside, and the answer says so', (question, value) => {
    const result = sqlOf(question);
    expect(result.sql).toContain(value);
    expect(result.explanation).toMatch(/Bolat|Мадина|Дәурен|Aruzhan/);
  });

  it('a word after a dash with no sentence or thanks before it is no signature: asked back', () => {
    expect(understandQuestion('Turnover by city last month — corporate', context).kind).not.toBe('sql');
  });
});

describe('orders and periods of unseen69 and unseen72', () => {
  it.each([
    ['Top 3 weeks of 2025 by ATM withdrawals, largest first', /DESC\s+LIMIT 3/],
    ['Топ-5 часов по онлайн-покупкам за 2026 год, по убыванию', /DESC\s+LIMIT 5/],
  ])('%s: a ranking of the largest is in that order already', (question, order) => {
    expect(sqlOf(question).sql).toMatch(order);
  });
  it.each([
    ['Тоқсан басынан бері қалалар бойынша транзакциялар саны', "date_trunc('quarter', current_date)"],
    ['Apple Pay payments over the trailing 90 days', 'current_date - 89'],
  ])('%s', (question, period) => {
    expect(sqlOf(question).sql).toContain(period);
  });
});

describe('which single day (unseen72)', () => {
  it('"Which single day had the most ATM withdrawals?" ranks the days, cut to one', () => {
    expect(sqlOf('Which single day had the most ATM withdrawals in 2025?').sql).toMatch(/DESC\s+LIMIT 1/);
  });
});

describe('the same period a year earlier, said every way (unseen73, unseen75)', () => {
  it.each([
    ['Q2 2026 vs the same quarter a year earlier: number of ATM withdrawals', "'2025-04-01'"],
    ['Сравни оборот за 3 квартал 2026 и за тот же квартал годом ранее', "'2025-07-01'"],
    ['QR төлемдер саны: 2026 жылғы 2-тоқсан және өткен жылдың сол тоқсаны', "'2025-04-01'"],
  ])('%s', (question, earlier) => {
    expect(sqlLineOf(question)).toContain(earlier);
  });

  it('"up to the same date" beside a period to date and its twin says what it is', () => {
    const sql = sqlLineOf('QTD turnover vs the same quarter last year up to the same date');
    expect(sql).toContain("(current_date + 1)::timestamptz - interval '12 months'");
    expect(understandQuestion('turnover in October up to the same date', TEST_CONTEXT).kind).toBe('clarify');
  });

  it('«…, плюс изменение в %» and "with the YoY change in %" add the change to both periods', () => {
    const ru = sqlLineOf('сравни оборот за 1-е полугодие 2025 и 1-е полугодие 2026, плюс изменение в %');
    expect(ru).toContain('total_amount_2025_h1');
    expect(ru).toContain('change_pct');
    const en = sqlLineOf('Average ticket last month vs the same month last year, with the YoY change in %');
    expect(en).toMatch(/^SELECT avg\(transaction_amount_kzt\) FILTER/);
    expect(en).toContain('change_pct');
  });

  it('«за послед. 30 дней»: the abbreviation of «последние»', () => {
    expect(sqlLineOf('оборот за послед. 30 дней')).toContain('(current_date - 29)');
  });

  it('«с 1 января по сегодня» is one range, never set against today', () => {
    const sql = sqlLineOf('сколько операций с 1 марта по сегодня');
    expect(sql).not.toContain('FILTER');
    expect(sql).toContain("transaction_timestamp >= '2026-03-01'");
  });
});

describe('bills and cardholders said plainly (unseen74)', () => {
  it.each([
    ['Сколько карт оплачивали счета в октябре?', "transaction_type = 'BILL_PAYMENT'"],
    ['how many cards paid at least one bill last month?', "transaction_type = 'BILL_PAYMENT'"],
  ])('%s', (question, condition) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain('count(DISTINCT card_key)');
    expect(sql).toContain(condition);
  });

  it('«держателей» alone are the cardholders', () => {
    expect(sqlLineOf('доля держателей, плативших через Google Pay, по каждому городу за 2025 год')).toContain(
      "count(DISTINCT card_key) FILTER (WHERE wallet_type = 'Google Pay')",
    );
  });
});

describe('verbs of shopping and "without repeats" (unseen74)', () => {
  it('«совершала», «посетили» are verbs of the payments', () => {
    expect(sqlLineOf('какая доля активных карт в октябре совершала покупки в аптеках?')).toContain(
      'count(DISTINCT card_key) FILTER',
    );
    expect(sqlLineOf('сколько разных мерчантов посетили клиенты Kaspi в октябре?')).toContain(
      'count(DISTINCT merchant_id)',
    );
  });

  it('«(без повторов)» beside a distinct count says what it counts; alone it is not understood', () => {
    expect(sqlLineOf('число магазинов Электроники в октябре (без повторов)')).toContain(
      'count(DISTINCT merchant_id)',
    );
    expect(sqlLineOf('оборот в октябре (без повторов)')).toBe('(clarify)');
  });
});

describe('a size word labels the amount condition beside it (unseen73, unseen76)', () => {
  it('«сумма крупных операций (больше 1 млн)»: the condition, the word its label', () => {
    expect(sqlLineOf('по городам: сумма крупных операций (больше 1 млн) за октябрь 2026')).toContain(
      'transaction_amount_kzt > 1000000',
    );
  });

  it('«доля крупных операций (от 200 тыс.) в каждом банке»: the condition is the part within each group', () => {
    expect(sqlLineOf('Доля крупных операций (от 200 тыс. и выше) в каждом банке, 2025 г.')).toContain(
      'count(*) FILTER (WHERE transaction_amount_kzt >= 200000) / nullif(count(*), 0)',
    );
  });

  it('"large payments" with no number is asked back', () => {
    expect(sqlLineOf('large payments last month')).toBe('(clarify)');
  });
});

describe('quartiles restated by their numbers, and percentiles joined by "and" (unseen76)', () => {
  const quartiles =
    /percentile_cont\(0\.25\).*percentile_cont\(0\.5\).*percentile_cont\(0\.75\) WITHIN GROUP \(ORDER BY transaction_amount_kzt\) AS p75_amount FROM/;
  it.each([
    'Quartiles (25th / 50th / 75th) of fuel payment amounts in 2025',
    'Квартили (25, 50, 75) сумм покупок в аптеках за 2025 год',
    'Квартили сумм снятий наличных за прошлый месяц (25/50/75)',
    'Жанармай төлемдерінің квартильдері, 2025 жыл',
  ])('%s', (question) => {
    expect(sqlOf(question).sql.replace(/\s+/g, ' ')).toMatch(quartiles);
  });

  it('other numbers after the quartiles are not theirs', () => {
    expect(kindOf('Квартили сумм покупок за прошлый месяц (25, 50, 90)')).toBe('clarify');
  });

  it('a percentile joined to one of the amount is of the amount too', () => {
    const { sql } = sqlOf('2025 жылғы шот төлемдері сомасының 90-перцентилі мен 10-перцентилі');
    expect(sql).toContain('percentile_cont(0.9)');
    expect(sql).toContain('percentile_cont(0.1)');
  });
});

describe('two MCC codes or merchant numbers side by side are a column each (unseen78: they came back as rows)', () => {
  it.each([
    [
      'Average check at restaurants (MCC 5812) vs fast food (MCC 5814) in Almaty this year - side by side pls',
      'merchant_mcc = 5812',
    ],
    ['MCC 5812 vs MCC 5814: payments by month this year, side by side', 'merchant_mcc = 5812'],
    ['count of payments at merchant 1005 vs merchant 1010 last month, side by side', 'merchant_id = 1005'],
  ])('%s', (question, named) => {
    const frame = frameOf(question);
    expect(frame.sideBySide).toBe(true);
    expect(frame.dimensions[0]).toBe('group_split');
    const sql = sqlOf(question).sql.replace(/\s+/g, ' ');
    expect(sql).toContain(`FILTER (WHERE ${named})`);
    expect(sql).toContain(`FILTER (WHERE (${named}) IS NOT TRUE)`);
  });

  it.each([
    ['MCC 5732 и 5045 за 2026: средний чек онлайн и в магазинах, рядом', "transaction_type = 'ECOM'"],
    [
      'weekday vs weekend avg ticket at restaurants and bars (MCC 5812, 5813), side by side, 2026',
      'extract(isodow',
    ],
  ])('%s: the codes are the payments, another pair the columns', (question, column) => {
    const sql = sqlOf(question).sql.replace(/\s+/g, ' ');
    expect(sql).toContain(`FILTER (WHERE ${column}`);
    expect(sql).not.toMatch(/FILTER \(WHERE merchant_mcc/);
  });

  it('a split of numbers keeps numbers: words in an id split are not a frame', () => {
    const frame = frameOf('Average check at MCC 5812 vs MCC 5814 in Almaty this year side by side');
    expect(frameSchema.safeParse({ ...frame, split: { ...frame.split, values: ['5812'] } }).success).toBe(
      false,
    );
  });
});

describe('a share within each side of a two-way split, side by side, is a column each (unseen80)', () => {
  it.each([
    'Weekdays vs weekends in 2026: share of contactless payments made with a phone wallet, side by side',
    'Будни и выходные за 2026: доля платежей через кошелёк среди бесконтактных, рядом',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.sideBySide).toBe(true);
    const sql = sqlOf(question).sql.replace(/\s+/g, ' ');
    expect(sql).not.toContain('GROUP BY');
    expect(sql).toContain(
      '100.0 * count(*) FILTER (WHERE wallet_type IS NOT NULL AND extract(isodow FROM transaction_timestamp) IN (6, 7)) / nullif(count(*) FILTER (WHERE extract(isodow FROM transaction_timestamp) IN (6, 7)), 0)',
    );
  });

  it('without "side by side" the two sides stay a row each', () => {
    expect(
      frameOf('Weekdays vs weekends in 2026: share of contactless payments made with a phone wallet')
        .sideBySide,
    ).toBeUndefined();
  });
});

describe('chat shorthand (unseen81)', () => {
  it.each([
    ['montly txn cnt for 2025', 'count(*)'],
    ['avg ecom tkt for usd txns, in dollars, last 90d', 'avg(original_amount)'],
    ['MCC 5812 бойынша орт. чек, өткен ай', 'avg(transaction_amount_kzt)'],
    ['сумма опл. в аптеках за прошлый мес', 'sum(transaction_amount_kzt)'],
    ['оборот окт vs ноя 2026, изм. в %', 'AS change_pct'],
    ['ytd amt vs same period ly, plus yoy %', "- interval '1 year'"],
    ['продукты: оборот с начала мес vs тот же период прошлого года + изм %', 'AS change_pct'],
    ['ECOM count from the start of the year', "date_trunc('year', current_date)"],
  ])('%s', (question, part) => {
    expect(sqlOf(question).sql).toContain(part);
  });
});

describe('blanks kept "too" / "included" beside a breakdown of their column (unseen81)', () => {
  it.each([
    'кол-во тр-ций по способу ввода за сегодня, пустые тоже, по убыванию кол-ва',
    'count by wallet last month including blanks',
    'count by wallet last month, blanks included',
  ])('%s', (question) => {
    const sql = sqlOf(question).sql;
    expect(sql).toMatch(/GROUP BY (pos_entry_mode|wallet_type)/);
    expect(sql).not.toContain('IS NOT NULL');
    expect(sql).not.toContain('IS NULL');
  });
});

describe('since a date against the same period last year, up to the same day (unseen82, unseen83)', () => {
  it.each([
    'turnover since 1 March 2026 vs the same period last year',
    'Оборот по городам с 1 января 2026 по сегодня и за те же даты прошлого года',
  ])('%s', (question) => {
    const sql = sqlOf(question).sql.replace(/\s+/g, ' ');
    expect(sql).toMatch(
      />= '2025-0[13]-01' AND transaction_timestamp < \(current_date \+ 1\)::timestamptz - interval '1 year'/,
    );
    expect(sql).toMatch(/FILTER \(WHERE transaction_timestamp >= '2026-0[13]-01'\)/);
  });

  it('a start more than a year back would overlap its twin: asked back', () => {
    expect(kindOf('turnover since 1 March 2025 vs the same period last year')).toBe('clarify');
  });
});

describe('blanks left out beside a breakdown of their column (unseen63, unseen74, unseen83)', () => {
  it.each([
    'count by wallet last month excluding blanks',
    'count by wallet last month, no nulls',
    'количество по кошелькам без пустых за ноябрь 2026',
  ])('%s', (question) => {
    expect(sqlOf(question).sql).toContain('wallet_type IS NOT NULL');
  });

  it('with no breakdown of a column that can be blank, "excluding blanks" is asked back', () => {
    expect(kindOf('count excluding blanks last month')).toBe('clarify');
  });
});

describe("a column's values asked by name (unseen67, unseen83)", () => {
  it.each([
    ['What distinct values does pos_entry_mode hold?', 'pos_entry_mode'],
    ['Какие значения встречаются в поле wallet_type?', 'wallet_type'],
    ['what values does the wallet column hold in Almaty?', 'wallet_type'],
  ])('%s', (question, column) => {
    const frame = frameOf(question);
    expect(frame.listValues).toBe(true);
    expect(frame.dimensions).toEqual([column]);
  });
});

describe('named weeks and sales beside their dates are labels (unseen84)', () => {
  it.each([
    ["New Year's week (25–31 Dec 2025): POS turnover", "'2025-12-25'"],
    ['Количество бесконтактных операций за новогоднюю неделю 25–31 декабря 2025', "'2025-12-25'"],
    ['median ticket in Clothing & Apparel during the winter sale, 5–20 Jan 2026', "'2026-01-05'"],
    ['Chinese New Year week, 17–23 Feb 2026: total spend in yuan (CNY)?', "'2026-02-17'"],
    ['Жаңа жыл аптасы, 2025 жылғы 25–31 желтоқсан: операциялар саны', "'2025-12-25'"],
    ['Сколько было онлайн-покупок в Киберпонедельник, 1 декабря 2025?', "'2025-12-01'"],
  ])('%s', (question, start) => {
    expect(sqlOf(question).sql).toContain(start);
  });

  it('with no dates the named week is asked back', () => {
    expect(kindOf("New Year's week: POS turnover")).toBe('clarify');
  });
});

describe('values set against the rest of their column, and "the regions" beside the cities excepted (unseen9, unseen82)', () => {
  it.each([
    ['Average amount this year: Almaty vs other cities', "merchant_city = 'Almaty'"],
    ['объём QR-платежей: Каспи против всех остальных банков, 2026 год', "issuer_bank_name = 'Kaspi Bank'"],
    ['Kaspi vs the rest: ECOM count in 2026', "issuer_bank_name = 'Kaspi Bank'"],
    ['Алматы мен қалған қалалар: 2026 жылғы орташа чек', "merchant_city = 'Almaty'"],
  ])('%s', (question, named) => {
    const sql = sqlOf(question).sql;
    expect(sql).toContain(`CASE WHEN ${named} THEN`);
    expect(sql).toContain("ELSE 'other' END");
  });

  it('"in one row" lays the two side by side', () => {
    expect(
      frameOf('Average transaction amount this year: Almaty vs all other cities combined, in one row')
        .sideBySide,
    ).toBe(true);
  });

  it('"other" before a noun of payments is no rest of a column', () => {
    expect(kindOf('other payments in Almaty')).toBe('clarify');
  });

  it.each([
    'Оборот регионов (все города кроме Алматы и Астаны) за этот год — одной цифрой',
    'Combined turnover of the regions (all cities other than Almaty and Astana) in 2025',
    'Алматы, Астана, Шымкенттен басқа өңірлердегі операциялар саны 2026 жылғы қарашада, барлығы бір санмен',
  ])('%s: the cities excepted, one figure', (question) => {
    const sql = sqlOf(question).sql;
    expect(sql).toMatch(/merchant_city NOT IN \('Almaty', 'Astana'/);
    expect(sql).not.toContain('GROUP BY');
    expect(sql.match(/ AS /g)).toHaveLength(1);
  });

  it('"the regions" with no cities excepted is asked back', () => {
    expect(kindOf('turnover of the regions in 2025')).toBe('clarify');
  });
});

describe('words of data checks and of the current unit said later (unseen69, unseen81, unseen83)', () => {
  it.each([
    [
      'Which acquirer countries actually show up in the data? just list them',
      'GROUP BY acquirer_country_iso',
    ],
    ['Деректерде неше эмитент банк бар?', 'count(DISTINCT issuer_bank_name)'],
    ['When was the very first Samsung Pay transaction recorded?', 'min(transaction_timestamp)'],
    ['Шымкентте QR арқылы ең бірінші және ең соңғы төлем қашан болды?', 'max(transaction_timestamp)'],
    ['Сколько Swipe-операций было в Караганде за ноябрь 2026? цифру одну', "pos_entry_mode = 'Swipe'"],
    ['Как делится оборот Усть-Каменогорска за 2025 год между банками, в процентах?', 'OVER ()'],
  ])('%s', (question, part) => {
    expect(sqlOf(question).sql).toContain(part);
  });

  it.each([
    'количество операций по месяцам за последние 6 месяцев, текущий месяц тоже считаем',
    'Соңғы 4 аптада апта сайынғы жолдар саны, осы апта да кірсін',
    'соңғы 8 апта, апта бойынша айналым (осы аптаны қосқанда)',
  ])('%s: the current unit among the last N, said later', (question) => {
    expect(sqlOf(question).sql).toMatch(/>= date_trunc\('(month|week)', current_date\) - interval/);
  });
});

describe('"on which day was the first payment" asks its time, not a row per day (unseen83)', () => {
  it.each([
    'on which day was the first ECOM payment, per currency',
    'в какой день была первая операция по каждой валюте',
    'Әр валюта бойынша ең алғашқы транзакция қай күні болған?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['transaction_currency']);
    expect(frame.measures).toEqual([{ fn: 'first_at' }]);
  });
});

describe('«сколько наличных» is how much cash, whoever withdrew it (unseen27, unseen45)', () => {
  it.each([
    'Сколько наличных сняли в банкоматах в декабре 2025 года в разрезе городов?',
    'Сколько наличных сняли клиенты Евразийского банка в Актобе в прошлом месяце?',
  ])('%s', (question) => {
    const sql = sqlOf(question).sql;
    expect(sql).toContain('sum(transaction_amount_kzt)');
    expect(sql).toContain("transaction_type = 'ATM_WITHDRAWAL'");
    expect(sql).not.toContain('card_key');
  });

  it('«сколько клиентов сняли наличные» still counts the cards', () => {
    expect(sqlOf('сколько клиентов сняли наличные в Актобе в прошлом месяце').sql).toContain(
      'count(DISTINCT card_key)',
    );
  });
});

describe('"X beat Y?" sets the two values side by side, as "more than" does (unseen42, unseen82)', () => {
  it.each([
    'Правда ли, что ForteBank обогнал Jusan Bank по обороту в третьем квартале 2026 года?',
    'За последние 7 дней Алмата обогнала Астану по числу операций?',
    'did Kaspi beat Halyk on ECOM count in 2026?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.sideBySide).toBe(true);
    expect(frame.dimensions).toEqual(['group_split']);
  });
});

describe('a time of day with "or later" / «и позже» / «және одан кейін» is from that hour on', () => {
  it.each([
    'payments at 21:00 or later in November',
    'платежи в 21:00 и позже за ноябрь',
    'платежи с 21:00 и позже за ноябрь',
    'қарашада 21:00 және одан кейін төлемдер саны',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain('extract(hour FROM transaction_timestamp) >= 21');
  });
  it('after an amount it is not understood', () => {
    expect(understandQuestion('payments of 5000 or later', TEST_CONTEXT).kind).toBe('clarify');
  });
});

describe("the cities' old names, declined", () => {
  it.each(['оборот в Алма-Ате за ноябрь', 'сколько операций из Алма-Аты', 'turnover in Almaata'])(
    '%s',
    (q) => {
      expect(sqlLineOf(q)).toContain("merchant_city = 'Almaty'");
    },
  );
  it.each(['turnover in Nursultan', 'оборот в Нурсултане'])('%s', (q) => {
    expect(sqlLineOf(q)).toContain("merchant_city = 'Astana'");
  });
});

describe('"…, % change" after a comparison lists the change with both periods', () => {
  it('YTD amount vs the same period last year, % change', () => {
    const sql = sqlLineOf('YTD ECOM amount vs same period last year, % change');
    expect(sql).toContain('AS total_amount_last_year_to_date');
    expect(sql).toContain('100.0 * (');
  });
});

describe('unseen86–88: lists of figures, lists counted together, periods sharing a year, finance shorthand', () => {
  it.each([
    ['October 2025: smallest payment, largest payment and average ticket', ['min(', 'max(', 'avg(']],
    [
      'ECOM in Astana, October 2025: largest, smallest and median amount',
      ['min(', 'max(', 'percentile_cont(0.5)'],
    ],
  ])('%s: each figure a column', (question, parts) => {
    const sql = sqlLineOf(question);
    for (const p of parts) expect(sql).toContain(p);
  });
  it('"the largest average ticket" is still asked back', () => {
    expect(understandQuestion('largest average ticket in October 2025', TEST_CONTEXT).kind).toBe('clarify');
  });
  it.each([
    'Сколько QR-оплат было в Шымкенте и Таразе (всего по двум городам) за 2025?',
    'Оборот Halyk в Шымкенте и Таразе (оба города вместе) за 2025',
    'QR payments in Shymkent and Taraz (both cities together), 2025 - count',
    '2025 жылы Шымкент пен Таразда (екі қала бірге) QR төлемдер саны',
  ])('%s: the list counted and named is one total', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("merchant_city IN ('Shymkent', 'Taraz')");
    expect(sql).not.toContain('GROUP BY');
  });
  it.each([
    ["each quarter's share of 2025 turnover", "date_trunc('quarter'"],
    ['Доля каждого месяца в годовом обороте 2025 года', "date_trunc('month'"],
    ['2025 жылғы әр айдың жылдық айналымдағы үлесі', "date_trunc('month'"],
  ])('%s: each period its share of the year', (question, bucket) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(bucket);
    expect(sql).toContain('OVER ()');
    expect(sql).not.toContain("date_trunc('year'");
  });
  it('"for each month, the share of online payments" is still online within each month', () => {
    expect(sqlLineOf('for each month of 2025, the share of online payments')).toContain('FILTER (WHERE');
  });
  it.each([
    ['ECOM turnover FY2025', "'2025-01-01'"],
    ['ECOM turnover FY25', "'2025-01-01'"],
    ["ECOM turnover Q2'25", "'2025-04-01'"],
  ])('%s', (question, start) => {
    expect(sqlLineOf(question)).toContain(start);
  });
  it.each([
    'payments by wallet in 2025, blanks left out',
    'платежи по кошелькам за 2025, пустые не учитываем',
  ])('%s: the blanks are left out', (question) => {
    expect(sqlLineOf(question)).toContain('wallet_type IS NOT NULL');
  });
  it("('Unknown' left out) leaves the category out", () => {
    expect(sqlLineOf("Top 3 categories by count in 2025 ('Unknown' left out)")).toContain(
      "mcc_category <> 'Unknown'",
    );
  });
});

describe('the best period: periods ranked (unseen88)', () => {
  it.each([
    ['best month by turnover in 2025', "date_trunc('month'"],
    ['лучший квартал по обороту за 2025', "date_trunc('quarter'"],
    ["Halyk's best quarter by turnover between Q1 2025 and Q2 2026", "date_trunc('quarter'"],
  ])('%s', (question, bucket) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(bucket);
    expect(sql).toContain('DESC LIMIT 1');
  });
});

describe('second-language English and bilingual phrasing (unseen86)', () => {
  it.each([
    ['average check for ECOM in dollars (only USD operations), for whole period', 'avg(original_amount)'],
    ['what was the most big operation in Taraz for all time?', 'max(transaction_amount_kzt)'],
    ['YTD turnover vs the same period of last year, and change in %', 'total_amount_last_year_to_date'],
    ['What percent of Halyk cards paid by QR minimum one time in 2025?', 'count(DISTINCT card_key) FILTER'],
    ['сколько уникальных мерчантов и карт было в Таразе за 2025', 'count(DISTINCT card_key)'],
  ])('%s', (question, part) => {
    expect(sqlLineOf(question)).toContain(part);
  });
});

describe('both amount units in one answer: each amount measure in tenge and in the original currency (unseen88)', () => {
  it.each([
    'Q3 2026 payments in foreign currency by currency: count, amount in the original currency, amount in KZT',
    'Валютные операции за 2025 год по валютам: кол-во, сумма в валюте и сумма в тенге',
    '2025 жылғы валюталық төлемдер валюта бойынша: саны, өз валютасындағы сомасы және теңгедегі сомасы',
    'EUR payments in March 2026 - number, total in euros and total in tenge',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.amountIn).toBe('both');
    const sql = buildSql(frame);
    expect(sql).toContain('sum(original_amount)');
    expect(sql).toContain('sum(transaction_amount_kzt)');
    expect(sql).toContain('count(*)');
  });
  it('"number, amount …": the tenge orders the rows, as the conventions say, the count said first or not', () => {
    expect(
      sqlLineOf('Q2 2026 payments by currency: number, amount in the original currency, amount in KZT'),
    ).toContain('ORDER BY total_amount DESC');
  });
  it('the tenge orders the rows: amounts in different currencies do not compare', () => {
    expect(
      sqlLineOf('top 3 currencies by amount in tenge in 2025, with the amount in the original currency too'),
    ).toContain('ORDER BY total_amount DESC');
  });
  it.each([
    // a share, a comparison or an amount condition reads one amount column: asked back
    'EUR payments: total in euros and in tenge, 2025 vs 2024',
    'EUR payments over 100 euros in 2025: total in euros and total in tenge',
  ])('asked back where one amount column is read: %s', (question) => {
    expect(kindOf(question)).not.toBe('sql');
  });
});

describe('"number" beside a breakdown is how many unless it labels its column (unseen88, unseen90)', () => {
  it.each([
    'Foreign-currency payments in 2025 by currency: number and amount in KZT',
    'USD payments by month in 2026: number and amount in tenge',
    'Salary credits in 2025 by bank: number, total',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toContainEqual({ fn: 'count' });
    expect(frame.measures).toContainEqual({ fn: 'sum' });
  });
  it('"weekday number" still labels the weekday', () => {
    expect(frameOf('Busiest weekday of 2025 by count — weekday number and the count.').measures).toEqual([
      { fn: 'count' },
    ]);
  });
  it('a count said apart from a currency is never read as its label', () => {
    const result = understandQuestion('payments by currency, number and amount', context);
    if (result.kind === 'sql') expect(result.frame.measures).toContainEqual({ fn: 'count' });
    else expect(result.reason).toBe('unknown_words');
  });
});

describe('the last days "including today", and the document the figures are for (unseen86, unseen88)', () => {
  it.each([
    'daily count of operations for last 7 days including today',
    'count of operations for the last 7 days, today included',
    'количество операций за последние 7 дней включая сегодня',
    'количество операций за 7 дней, сегодня включительно',
    'Соңғы 7 күндегі операциялар саны, бүгінді қосқанда',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.time).toEqual({ kind: 'last_days', n: 7 });
    expect(frame.compare).toBeNull();
  });
  it.each([
    'Нужен помесячный оборот за 2026 год в разрезе банков для отчёта',
    'USD payments in Q3 2026 - count and total in tenge, for the ledger',
    '2026 жылғы айналым банктер бойынша есеп үшін',
  ])('%s', (question) => {
    expect(kindOf(question)).toBe('sql');
  });
});

describe('a purpose ends what is asked; before more words it may name a condition (asked back)', () => {
  it('«Для отчёта по трансграничным операциям: …» is asked back, never a filter it did not ask for', () => {
    expect(kindOf('Для отчёта по трансграничным операциям: сколько транзакций в евро за 2025?')).not.toBe(
      'sql',
    );
  });
});

describe('weekday ranges and weekday order (unseen89)', () => {
  it.each([
    ['payments from Monday to Friday in 2026', [1, 2, 3, 4, 5]],
    ['платежи с понедельника по пятницу за 2026', [1, 2, 3, 4, 5]],
    ['payments Mon-Fri in 2026', [1, 2, 3, 4, 5]],
    ['payments Friday to Monday in 2026', [5, 6, 7, 1]],
  ])('%s', (question, days) => {
    const filter = frameOf(question).filters.find((f) => f.kind === 'weekday');
    expect(filter).toEqual({ kind: 'weekday', days });
  });
  it.each(['оборот с понедельника', 'turnover from Monday'])(
    'a day that only starts a period is asked back: %s',
    (q) => {
      expect(kindOf(q)).not.toBe('sql');
    },
  );
  it.each([
    'оборот по дням недели за 2026, по порядку с понедельника',
    'оборот по дням недели за 2026, с понедельника по воскресенье',
    'turnover by weekday in 2026, Monday first',
  ])('the order of a weekday breakdown filters nothing: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['weekday']);
    expect(frame.filters.some((f) => f.kind === 'weekday')).toBe(false);
  });
});

describe('SQL written into the question (unseen89)', () => {
  it.each([
    [
      'categories where avg(transaction_amount_kzt) > 30000 in 2025',
      'HAVING avg(transaction_amount_kzt) > 30000',
    ],
    [
      'merchant_city где sum(transaction_amount_kzt) > 50 млн за 2025',
      'HAVING sum(transaction_amount_kzt) > 50000000',
    ],
    [
      'how many merchant_ids had sum(transaction_amount_kzt) > 10 mln in 2025?',
      'HAVING sum(transaction_amount_kzt) > 10000000',
    ],
  ])('%s', (question, part) => {
    expect(sqlLineOf(question)).toContain(part);
  });
  it("«по transaction_currency = 'CNY'» filters the currency, no row per currency", () => {
    const frame = frameOf(
      "сумма в юанях, т.е. sum(original_amount) по transaction_currency = 'CNY', за 2026",
    );
    expect(frame.dimensions).toEqual([]);
    expect(frame.amountIn).toBe('original');
  });
});

describe('"of which" / «в том числе» / «оның ішінде»: the whole and its part as figures (unseen90)', () => {
  it.each([
    [
      'POS payments in Q1 2026: total amount in tenge, of which contactless',
      "sum(transaction_amount_kzt) FILTER (WHERE pos_entry_mode = 'Contactless')",
    ],
    [
      'Количество операций в евро за 2025 год, в т.ч. бесконтактных',
      "count(*) FILTER (WHERE pos_entry_mode = 'Contactless')",
    ],
    [
      'Количество операций за 2025 год, в том числе в Алматы',
      "count(*) FILTER (WHERE merchant_city = 'Almaty')",
    ],
    ['2025 жылғы операциялар саны, оның ішінде Астанада', "count(*) FILTER (WHERE merchant_city = 'Astana')"],
  ])('%s', (question, part) => {
    const frame = frameOf(question);
    expect(frame.share?.ofWhich).toBe(true);
    const sql = buildSql(frame);
    expect(sql).toContain(part);
    expect(sql).not.toContain('100.0 *');
  });
  it("by groups too: each city's total and its ECOM part", () => {
    const sql = sqlLineOf(
      '2025 жылы қалалар бойынша операциялар көлемі теңгемен, оның ішінде ECOM операциялары.',
    );
    expect(sql).toContain('GROUP BY merchant_city');
    expect(sql).toContain("FILTER (WHERE transaction_type = 'ECOM')");
  });
  it('"of which" with no part named after it is asked back', () => {
    expect(kindOf('Total turnover in 2025, of which how much?')).not.toBe('sql');
  });
});

describe('ranking by growth with the measure between ("top 5 MCC codes by turnover growth") (unseen91)', () => {
  it('ranks by the change, not by the later period', () => {
    expect(sqlLineOf('top 3 cities by turnover growth, October 2026 vs October 2025')).toContain(
      'ORDER BY change_pct DESC',
    );
  });
  it('"top 3 cities by turnover … vs …" still ranks by the later period', () => {
    expect(sqlLineOf('top 3 cities by turnover in October 2026 vs October 2025')).not.toContain(
      'ORDER BY change_pct',
    );
  });
});

describe('«Қай банктердің … төлем болған?» lists the values, like "which banks\' cards were used" (unseen92)', () => {
  it('lists the banks', () => {
    expect(frameOf('Қай банктердің карталарымен Грузия (GEO) бойынша төлем болған?').listValues).toBe(true);
  });
  it('a count asked keeps the count', () => {
    expect(frameOf('Қай банктерде қанша төлем болған?').measures).toEqual([{ fn: 'count' }]);
  });
});

describe('"this" of a period never reaches across a sentence (unseen91)', () => {
  it('«… за этот период? Месяц и количество» is asked back, never "this month"', () => {
    expect(
      kindOf(
        'Какие месяцы 2026 года были ниже среднемесячного количества операций за этот период? Месяц и количество',
      ),
    ).not.toBe('sql');
  });
  it("«(страна эквайера — не KAZ)»: the value after a dash is the column's, no breakdown", () => {
    expect(frameOf('Количество операций (страна эквайера — не KAZ) за 2025 год').dimensions).toEqual([]);
  });
});

describe('regulatory and yes/no wording (unseen90, unseen92)', () => {
  it.each([
    'how many payments over 5 million tenge in Taraz in 2025, if any?',
    'Өткен айда Таразда 500 мыңнан асатын төлем болды ма? бар болса, саны',
    'сколько уникальных карт расплачивались в юанях в 2025, если такие вообще были',
    'GEL payments in 2025 — give the count, even if it is zero',
    'Did Samsung Pay get used in Aktobe in 2025? Number of payments, 0 if nobody did',
  ])('a hedge on a count asks nothing more: %s', (question) => {
    expect(kindOf(question)).toBe('sql');
  });
  it.each([
    [
      'Total number of card transactions for the reporting year 2025',
      { kind: 'dates', from: '2025-01-01', to: '2026-01-01' },
    ],
    [
      'Количество операций за отчётный период с 1 января по 30 сентября 2026 года',
      { kind: 'dates', from: '2026-01-01', to: '2026-10-01' },
    ],
  ])('"the reporting year" names the period after it: %s', (question, time) => {
    expect(frameOf(question).time).toEqual(time);
  });
  it('«үлес салмағы» is a share', () => {
    expect(
      frameOf('2025 жылы POS операцияларының жалпы санындағы контактісіз төлемдердің үлес салмағы').share,
    ).not.toBeNull();
  });
  it('"aggregate value" is the total', () => {
    expect(frameOf('Aggregate value of transactions in tenge for Q3 2026').measures).toEqual([{ fn: 'sum' }]);
  });
  it.each([
    'Cities where the total value of ECOM transactions in 2025 exceeded 30 million tenge, with the total.',
    '2025 жылы операциялар сомасы 200 миллион теңгеден асқан қалалар, сомасымен бірге.',
  ])('"with the total" after a condition on the groups shows it: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.having?.of).toBe('sum');
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
  });
  it.each([
    [
      'Cross-border transactions in 2025: number and value in tenge, broken down by acquirer country',
      'acquirer_country_iso',
    ],
    ['Salary credits in 2025: number and total value in tenge, broken down by quarter', 'quarter'],
  ])('"number and value" lists a count and an amount: %s', (question, dimension) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([dimension]);
    expect(frame.measures).toContainEqual({ fn: 'count' });
    expect(frame.measures).toContainEqual({ fn: 'sum' });
  });
  it.each([
    ['сколько раз сняли в банкомате ровно 200 000 тенге за ноябрь 2026?', 200000],
    ['2026 жылғы қарашада банкоматтан тура 50 000 теңге неше рет шешілді?', 50000],
    ['how many payments of exactly 5000 tenge in 2025', 5000],
  ])('an exact amount is that amount alone: %s', (question, value) => {
    expect(frameOf(question).filters).toContainEqual({ kind: 'amount_between', min: value, max: value });
  });
  it('a list of exact amounts is asked back', () => {
    expect(kindOf('Сколько снятий ровно на 5 000 или 10 000 тенге было в 2026 году?')).not.toBe('sql');
  });
  it('year to date "(today included)" is the period to date, no second period', () => {
    const frame = frameOf('Жыл басынан бергі (бүгінді қосқанда) ECOM операцияларының саны');
    expect(frame.compare).toBeNull();
    expect(frame.time).toEqual({ kind: 'this', unit: 'year' });
  });
  it('"which currencies showed up" lists them', () => {
    expect(frameOf('which currencies showed up in Karaganda in November 2026?').listValues).toBe(true);
  });
});

describe('a share in each of two periods compared (unseen85, unseen91)', () => {
  it("each group's share of the whole, a column per period", () => {
    const frame = frameOf("Each bank's share of total turnover, Q3 2025 vs Q3 2026, side by side");
    expect(frame.compare).not.toBeNull();
    const sql = buildSql(frame);
    expect(sql).toContain('OVER (), 0) AS amount_share_pct_2025_q3');
    expect(sql).toContain('AS amount_share_pct_2026_q3');
  });
  it("a part's share of its whole in each period: both taken within that period", () => {
    const sql = sqlLineOf('Доля бесконтактных в POS-оплатах: ноябрь 2026 против ноября 2025, в одной строке');
    expect(sql).toContain(
      "count(*) FILTER (WHERE pos_entry_mode = 'Contactless' AND transaction_timestamp >= '2025-11-01' AND transaction_timestamp < '2025-12-01') / nullif(count(*) FILTER (WHERE transaction_timestamp >= '2025-11-01' AND transaction_timestamp < '2025-12-01'), 0)",
    );
  });
  it.each([
    'Доля Apple Pay среди всех платежей через кошельки: ноябрь 2025 и ноябрь 2026, плюс изменение в п.п.',
    'Which banks gained share of turnover between Q3 2025 and Q3 2026?',
    'Contactless share of POS payments, 2025 vs 2026, and the change',
  ])('its change (points or per cent?) is asked back: %s', (question) => {
    expect(kindOf(question)).not.toBe('sql');
  });
});

describe('ranking and chronological words (unseen89, unseen90)', () => {
  it.each([
    ['банктер рейтингі 2026 жылғы ECOM сомасы бойынша, көбінен азына', ['issuer_bank_name']],
    ['Проранжировать банки по сумме операций ECOM за 2025', ['issuer_bank_name']],
    ['Monthly number of distinct active cards during 2025, months in chronological order.', ['month']],
    ['2026 жылғы айлар бойынша бірегей карталар саны, айлардың хронологиялық ретімен', ['month']],
  ])('%s', (question, dimensions) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(dimensions);
    expect(frame.limit).toBeNull();
  });
});

describe('the picture asked for changes no rows (unseen95: charts and tables for slides)', () => {
  it.each<[string, string]>([
    ['pie of turnover by wallet in 2026', 'turnover by wallet in 2026'],
    ['line graph: daily count of payments in November 2026', 'daily count of payments in November 2026'],
    ['bar chart of payments by city, last month, for the board slide', 'payments by city, last month'],
    ['Построй график: оборот по месяцам 2026 года', 'оборот по месяцам 2026 года'],
    ['Круговая диаграмма: количество операций по банкам за 2026', 'количество операций по банкам за 2026'],
    [
      'Покажи списком города с количеством операций за октябрь 2026',
      'количество операций по городам за октябрь 2026',
    ],
    ['Санаттар бойынша айналым диаграммасын сал, 2026 жыл', 'Санаттар бойынша айналым, 2026 жыл'],
    [
      '2026 жылғы айлар бойынша операциялар санының графигін құр',
      '2026 жылғы айлар бойынша операциялар саны',
    ],
  ])('%s', (withPicture, plain) => {
    expect(sqlLineOf(withPicture)).toBe(sqlLineOf(plain));
  });
});

describe('numbers and dates written every way (unseen96)', () => {
  it.each<[string, string]>([
    [
      'Оборот в продуктовых за 09.2026',
      "transaction_timestamp >= '2026-09-01' AND transaction_timestamp < '2026-10-01'",
    ],
    [
      'count of ECOM payments in 03.2026',
      "transaction_timestamp >= '2026-03-01' AND transaction_timestamp < '2026-04-01'",
    ],
    [
      '2026 жылғы қыркүйек айының 5-і мен 20-сы аралығында операциялар саны',
      "transaction_timestamp >= '2026-09-05' AND transaction_timestamp < '2026-09-21'",
    ],
    [
      '2026 жылғы қыркүйектің 1 мен 10 аралығында айналым',
      "transaction_timestamp >= '2026-09-01' AND transaction_timestamp < '2026-09-11'",
    ],
    ['number of payments of 20 000+ tenge in Almaty in 2026', 'transaction_amount_kzt >= 20000'],
    ['turnover for payments 10 000+ in Astana in 2026', 'transaction_amount_kzt >= 10000'],
    ['payments above KZT 25,000 in Taraz in 2026, count', 'transaction_amount_kzt > 25000'],
    ['Сколько покупок на сумму ровно 10 000 тенге было в Алматы в 2026?', 'BETWEEN 10000 AND 10000'],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
  it.each<[string, number]>([
    ['Тройка лидеров среди банков по обороту за 2026', 3],
    ['Пятёрка городов по количеству операций в 2026 году', 5],
    ['Десятка категорий по обороту за 2025 год', 10],
    ['Үздік бестік қала 2026 жылғы айналым бойынша', 5],
  ])('%s: the top %i', (question, limit) => {
    expect(frameOf(question).limit).toBe(limit);
  });
  it('"2026 - I mean …" keeps its "I"', () => {
    expect(
      sqlLineOf('How much did people spend in USD in September 2026 - I mean in dollars themselves?'),
    ).not.toContain('avg(');
  });
  it('«сумма 1 мен 15 аралығындағы» after a month with tenge stays an amount', () => {
    expect(sqlLineOf('2026 жылғы қазанда 1000 мен 5000 теңге аралығындағы операциялар саны')).toContain(
      'BETWEEN 1000 AND 5000',
    );
  });
  it('"5 000+ payments" counts payments, no amount filter', () => {
    expect(reasonOf('how many cities had 5 000+ payments in 2026')).not.toBe('sql');
  });
});

describe('two named things and the words that pick one (unseen94)', () => {
  it.each<[string, string]>([
    ['Almaty or Astana — у кого больше операций в 2026?', 'merchant_city'],
    ['Kaspi or Halyk, which one had more payments in 2026?', 'issuer_bank_name'],
    ['Taraz v Aktobe: number of payments in 2026', 'merchant_city'],
  ])('%s: a row each', (question, column) => {
    expect(frameOf(question).dimensions).toEqual([column]);
  });
  it('"… per MCC code inside Travel & Transportation" is a filter on the category', () => {
    expect(sqlLineOf('count of payments per MCC code inside Travel & Transportation in 2026')).toContain(
      "mcc_category = 'Travel & Transportation'",
    );
  });
  it('"how much did … withdraw at ATMs" is the amount withdrawn', () => {
    expect(sqlLineOf('How much did Halyk cardholders withdraw at ATMs in October 2026?')).toContain(
      'sum(transaction_amount_kzt)',
    );
  });
  it('«В какой день … ? нужна только дата» shows the day alone', () => {
    expect(
      frameOf('В какой день сентября 2026 было больше всего операций? нужна только дата').labelsOnly,
    ).toBe(true);
  });
  it('«…: сумма, дата и город» of the largest payment stays asked back (a row of one payment)', () => {
    expect(reasonOf('Самая крупная покупка в аптеках за 2026 год: сумма, дата и город.')).not.toBe('sql');
  });
});

describe('codes and the rest set against each other, a day «күнгі» (unseen94, unseen96)', () => {
  it.each(['MCC 5411 против 5499 — количество операций за 2026', 'MCC 5732 vs 5045: total in 2026'])(
    '%s: both codes, a row each',
    (question) => {
      const frame = frameOf(question);
      expect(frame.dimensions).toEqual(['merchant_mcc']);
      expect(frame.filters).toContainEqual({
        kind: 'ids',
        column: 'merchant_mcc',
        negated: false,
        values: expect.any(Array),
      });
    },
  );
  it('"MCC 5411 vs 2025" sets no year against a code', () => {
    expect(reasonOf('MCC 5411 vs 2025 turnover')).not.toBe('sql');
  });
  it('«Halyk мен қалған банктер: … үлесі» is Halyk against the rest, the part within each', () => {
    const sql = sqlLineOf('Halyk мен қалған банктер: 2026 жылы онлайн төлемдердің үлесі');
    expect(sql).toContain("THEN 'Halyk Bank' ELSE 'other'");
    expect(sql).not.toContain('OVER ()');
  });
  it('«2026 ж. 7 қарашасы күнгі сома» is that day', () => {
    expect(sqlLineOf('2026 ж. 7 қарашасы күнгі операциялар сомасы')).toContain(
      "transaction_timestamp >= '2026-11-07' AND transaction_timestamp < '2026-11-08'",
    );
  });
});

describe('orders of a timeline, blanks and exact amounts said another way (unseen95, unseen96)', () => {
  it.each<[string, string]>([
    ['Оборот по месяцам 2026 года, по убыванию оборота', 'ORDER BY total_amount DESC'],
    ['Количество операций по месяцам 2025 года, по возрастанию количества', 'ORDER BY transaction_count ASC'],
  ])('%s', (question, order) => {
    expect(sqlLineOf(question)).toContain(order);
  });
  it('«по месяцам, по убыванию» alone (by the months or the measure?) stays asked back', () => {
    expect(reasonOf('Оборот по месяцам 2025 года, по убыванию')).not.toBe('sql');
  });
  it('«бос мәндерсіз» leaves the blank of the column broken down out', () => {
    expect(sqlLineOf('Енгізу тәсілдері бойынша операциялар саны, 2025 жыл, бос мәндерсіз')).toContain(
      'pos_entry_mode IS NOT NULL',
    );
  });
  it('«ровно на 10 000 тенге» is that amount alone', () => {
    expect(sqlLineOf('Сколько операций ровно на 10 000 тенге было в 2025 году?')).toContain(
      'BETWEEN 10000 AND 10000',
    );
  });
});

describe('clock times with their minutes and marker, slash dates read day first (unseen96)', () => {
  it.each<[string, string]>([
    [
      'Count of payments from 8pm to 11:59pm in 2026',
      'extract(hour FROM transaction_timestamp) >= 20 AND transaction_timestamp',
    ],
    [
      'Count of payments 7:00 am – 10:59 am in 2026',
      'extract(hour FROM transaction_timestamp) >= 7 AND extract(hour FROM transaction_timestamp) < 11',
    ],
    [
      'Daily count of payments from 28/11/2026 to 02/12/2026',
      "transaction_timestamp >= '2026-11-28' AND transaction_timestamp < '2026-12-03'",
    ],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
  it('a slash date that reads both ways, alone, stays asked back', () => {
    expect(reasonOf('count of payments on 01/12/2026')).not.toBe('sql');
  });
});

describe("a part said to fall to each period is that period's own share of the whole (unseen93)", () => {
  it.each([
    "For 2025, what % of the year's turnover fell in each month?",
    'what share of 2026 payments went to each quarter',
    'какой процент годового оборота 2025 пришелся на каждый месяц',
    'какая доля платежей 2026 года приходится на каждый квартал',
    '2025 жылғы айналымның қанша пайызы әр айға тиесілі',
  ])('%s', (question) => {
    const frame = frameOf(question);
    // (Each period's share of all the rows: no subset, one row per period.)
    expect(frame.share).toEqual({ subset: [] });
    expect(frame.dimensions).toHaveLength(1);
    expect(['month', 'quarter']).toContain(frame.dimensions[0]);
    expect(buildSql(frame)).toContain('OVER ()');
  });
});

describe('hours and days said the way behavioural analysts say them (unseen99)', () => {
  it.each([
    'Average check by hour for Dining & Restaurants in 2026, in hour order',
    'Сумма операций в Шымкенте по часам, с 1 по 15 ноября 2026, по порядку часов',
    'Средний чек оплаты счетов (BILL_PAYMENT) по часам, в порядке часов, 2026',
    'Сағат бойынша орташа чек, дәріханалар, 2025, сағат ретімен',
  ])('the hours in their own order: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['hour_of_day']);
    expect(sqlLineOf(question)).toMatch(/ORDER BY hour_of_day$/);
  });
  it.each([
    ['Morning rush 07:00-09:59: count of transactions in Almaty this year', 7, 10],
    ['What % of all transactions in Aktobe this month happened in the morning rush, 07:00–09:59?', 7, 10],
    ['Количество операций в час пик, т.е. с 13:00 до 15:59, по банкам за прошлую неделю', 13, 16],
    ['night owls: how many ECOM purchases between 23:00 and 02:59 in Almaty this year?', 23, 3],
    ['Пятничные вечера (18:00–23:59) — оборот по городам за 2025 год', 18, 24],
    ['Жұма кештерінде (18:00–23:59) Астанадағы айналым, 2026 жыл', 18, 24],
    ['Түскі уақытта (12:00–14:59) қалалар бойынша айналым, 2026 жыл', 12, 15],
    ['Сравни Алматы и Астану по числу операций в вечерние часы (18:00–23:59) за 2025 год, рядом', 18, 24],
  ])('the clock hours said with the part of the day: %s', (question, from, to) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`extract(hour FROM transaction_timestamp) >= ${from}`);
    if (to !== 24) expect(sql).toContain(`extract(hour FROM transaction_timestamp) < ${to}`);
  });
  it('«пятничные» is Fridays', () => {
    expect(sqlLineOf('Пятничные вечера (18:00–23:59) — оборот по городам за 2025 год')).toContain(
      'extract(isodow FROM transaction_timestamp) = 5',
    );
  });
  it.each([
    'hour with the most Google Pay transactions in Almaty over the last 30 days',
    'Час с наименьшим количеством операций у ForteBank за 2026',
    'Which hour of the day has the lowest average check for Travel & Transportation? all time, hour only',
  ])('the hour ranked: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['hour_of_day']);
    expect(frame.limit).toBe(1);
  });
  it.each([
    'Какой день недели даёт самый высокий средний чек в продуктовых? Покажи все дни, по убыванию среднего чека',
    'Which weekday has the highest average ticket in groceries? show all days, highest first',
  ])("every day shown, in the ranking's order: %s", (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['weekday']);
    expect(frame.limit).toBeNull();
    expect(sqlLineOf(question)).toMatch(/ORDER BY avg_amount DESC$/);
  });
  it('«сб+вс» restates the weekend', () => {
    expect(
      sqlLineOf('Доля выходных (сб+вс) в онлайн-обороте по одежде (Clothing & Apparel) в Алматы за 2025 год'),
    ).toContain('IN (6, 7)');
  });
});

describe('amounts shown in the unit asked, rounded as asked (unseen98)', () => {
  it.each<[string, number, number | undefined]>([
    ['Оборот за ноябрь 2026 в млн тенге, округлить до одного знака. Только число', 1_000_000, 1],
    ['P2P_OUT transfers last month — total in millions of tenge, 2 decimals. Just the figure.', 1_000_000, 2],
    [
      'Топ-5 категорий по обороту за 2026 год (Unknown не берём), сумма в тыс. тенге, округлить до целых. Колонки: категория, сумма.',
      1_000,
      0,
    ],
    [
      '2026 жылғы бірінші жарты жылдықтағы жалпы айналым, млрд теңгемен, 2 таңбаға дейін дөңгелектеп. Тек сан керек.',
      1_000_000_000,
      2,
    ],
    ['Total turnover for 2025 in millions of tenge, rounded to 1 decimal. Just the number pls', 1_000_000, 1],
  ])('%s', (question, scale, decimals) => {
    const frame = frameOf(question);
    expect(frame.amountScale).toBe(scale);
    expect(frame.decimals).toBe(decimals);
    expect(frame.dimensions.filter((d) => d === 'year')).toEqual([]);
    expect(sqlLineOf(question)).toContain(`transaction_amount_kzt / ${scale}.0`);
  });
  it('a count is no amount: the unit is asked back', () => {
    expect(reasonOf('number of payments in November 2026 in thousands')).not.toBe('sql');
  });
  it.each([
    'Банки с суммой операций за ноябрь 2026 в млн тенге',
    'banks with the sum of transactions in November 2026, in millions of tenge',
  ])('the sum the rows are "with" is an amount shown in the unit: %s', (question) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.amountScale).toBe(1_000_000);
  });
  it('the unit divides the figures shown, never a condition', () => {
    const sql = sqlLineOf(
      'Города, где оборот за ноябрь 2026 превысил 15 млн тенге: город и сумма в млн (1 знак), по убыванию суммы.',
    );
    expect(sql).toContain('HAVING sum(transaction_amount_kzt) > 15000000');
    expect(sql).toContain('round((sum((transaction_amount_kzt / 1000000.0)))::numeric, 1)');
  });
  it('a number before the multiplier is an amount, as before', () => {
    expect(sqlLineOf('payments over 1 million tenge in 2026, count')).toContain(
      'transaction_amount_kzt > 1000000',
    );
  });
});

describe('the column asked to come first: kept when the plan puts it first, else asked back (unseen98)', () => {
  it.each([
    'Halyk vs Kaspi turnover in November 2026 side by side in one row, in millions of tenge with 2 decimals — Halyk column first, then Kaspi.',
    'Taraz, November 2026: number of unique cards and unique merchants — cards column first, then merchants. One row.',
    'Weekdays vs weekends in Nov 2026, number of transactions — two columns in one row, weekdays first.',
    'Будни против выходных за ноябрь 2026: средний чек, две колонки в одну строку (сначала будни), округлить до целых.',
    'YTD turnover vs the same period last year, both in billions of tenge with 3 decimals, plus the % change. Last year first.',
    '2025 жылғы қыркүйек пен 2026 жылғы қыркүйек айналымы: екі сома млн теңгемен 1 таңба (алдымен 2025), айырмасы млн теңгемен 1 таңба және өзгеріс пайызбен 1 таңба.',
  ])('already first: %s', (question) => {
    expect(reasonOf(question)).toBe('sql');
  });
  it.each([
    'Weekdays vs weekends in Nov 2026, number of transactions — two columns in one row, weekends first.',
    'Оборот Алматы и Астаны за октябрь 2026 — две колонки в одну строку, млн тенге, 2 знака, первой Астана.',
    'EUR transactions in 2026: total in euros and total in tenge, both to 2 decimals, euro column first.',
  ])("another order than the plan's is asked back: %s", (question) => {
    expect(reasonOf(question)).not.toBe('sql');
  });
});

describe("a share's whole said again after it («база — …», '(base = …)') (unseen100)", () => {
  it.each([
    'какая доля оборота Павлодара за 2026 год приходится на продукты (Grocery & Food Markets)? база - весь оборот Павлодара за год',
    "each bank's share of total ECOM turnover in October 2026 (base = all banks' ECOM turnover that month)",
    'әр банктің 2026 жылғы жалпы айналымдағы үлесі, пайызбен (база — барлық банктердің айналымы)',
    'какая доля суммы снятий наличных в банкоматах за 2026 приходится на Халык? база — все снятия всех банков',
  ])("restating the plan's whole: %s", (question) => {
    expect(reasonOf(question)).toBe('sql');
    expect(frameOf(question).share).not.toBeNull();
  });
  it("a whole of each group's own beside a spread over the groups is asked back", () => {
    expect(
      reasonOf(
        'доля операций от 100 000 тг и выше по категориям за 2026 (по количеству, база — все операции этой категории)',
      ),
    ).not.toBe('sql');
  });
  it('…and beside the part within each group («в каждой категории»), the same whole: answered', () => {
    const question =
      'доля операций от 100 000 тг и выше в каждой категории за 2026 (по количеству, база — все операции этой категории)';
    expect(reasonOf(question)).toBe('sql');
    expect(sqlOf(question).sql).toContain(
      'count(*) FILTER (WHERE transaction_amount_kzt >= 100000) / nullif(count(*), 0)',
    );
  });
  it('a whole naming another period or value than the question is asked back', () => {
    expect(
      reasonOf('какая доля оборота Павлодара за 2026 год приходится на продукты? база — весь оборот Астаны'),
    ).not.toBe('sql');
    expect(reasonOf('доля Kaspi в обороте за 2026 год, база — оборот 2025')).not.toBe('sql');
  });
  it('no share, no whole to say again', () => {
    expect(reasonOf('оборот Павлодара за 2026 год, база — весь оборот Павлодара')).not.toBe('sql');
  });
});

describe('chat words, Kazakh courtesies and the rest as rows (unseen101–104)', () => {
  it.each([
    'Алматыда кеше қанша операция болды? айтып жіберші',
    'Астанада өткен айда айналым қанша болды, айтып жібересің бе?',
    'Таразда 2026 жылы орташа чек қанша болды, қарап берші',
  ])('a Kazakh courtesy around the question is no condition: %s', (question) => {
    expect(reasonOf(question)).toBe('sql');
  });
  it.each([
    ['atm cnt yday', 'current_date - 1'],
    ['bill pmt cnt by city last month', "transaction_type = 'BILL_PAYMENT'"],
    ['2026 ж контактлес төлемдер саны', "pos_entry_mode = 'Contactless'"],
    ['сколько операций в зелёных за 2026', "transaction_currency = 'USD'"],
  ])('chat shorthand and slang: %s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
  it.each([
    'Shymkent vs the rest of the country: turnover in November 2026, a row each',
    'Алматы против остальных городов: количество операций за 2026, по строке на каждую сторону',
    'Ақтөбе және басқа қалалардың барлығы: 2026 жылғы айналым, әрқайсысы бөлек жолда',
  ])('one city against the rest, a row each as said: %s', (question) => {
    expect(frameOf(question).dimensions).toEqual(['group_split']);
  });
  it('«коммуналдық және басқа шоттар» are other bills, no split', () => {
    expect(sqlLineOf('Өткен айда коммуналдық және басқа шоттарды төлеу операциялар саны')).not.toContain(
      'group_split',
    );
  });
  it('"were paid by QR code" is the part, beside a split too', () => {
    expect(
      sqlLineOf('What percentage of POS transactions in 2026 were paid by QR code: Halyk vs all other banks'),
    ).toContain("FILTER (WHERE pos_entry_mode = 'QR_Code')");
  });
});

describe('both halves shown, and "which foreign countries grew" (unseen101, unseen104)', () => {
  it.each([
    'Which cities grew in turnover from H1 2025 to H1 2026? show both halves',
    'H1 2025 vs H1 2026 count by bank, only banks that went up, with both half-years shown',
  ])('"both halves" names the two periods compared: %s', (question) => {
    expect(sqlLineOf(question)).toMatch(/_2025_h1, .*_2026_h1/);
  });
  it('"which foreign acquirer countries grew" keeps the countries that grew', () => {
    expect(sqlLineOf('Which foreign acquirer countries grew in turnover from Q3 2025 to Q3 2026?')).toContain(
      ') > coalesce(',
    );
  });
});

describe('product and chat words (unseen102, unseen103, unseen104)', () => {
  it.each([
    ['Средний чек по QR по банкам за 2026, по убыванию чека', 'ORDER BY avg_amount DESC'],
    [
      'Пенетрация Apple Pay в бесконтактных оплатах за ноябрь 2026',
      "FILTER (WHERE wallet_type = 'Apple Pay')",
    ],
    ['доля QR среди операций с заполненным способом ввода за 2026', 'pos_entry_mode IS NOT NULL'],
    [
      'Недельная динамика ECOM: количество по неделям за последние 4 недели',
      "date_trunc('week', transaction_timestamp)",
    ],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
  it('"just that gap" is the difference alone', () => {
    expect(
      frameOf("Nov 2026: by how many tenge did Shymkent's turnover exceed Taraz's? Just that gap.")
        .sideDifference,
    ).toBeDefined();
  });
});

describe('the rest and the spread, said in other words (unseen101, unseen104)', () => {
  it('«пришёлся на каждую валюту» spreads the share over the currencies', () => {
    expect(sqlLineOf('Какой процент онлайн-операций в 2026 году пришёлся на каждый банк?')).toContain(
      'OVER ()',
    );
  });
  it.each([
    ['Сколько операций в 2026 прошло за пределами Алматы и Астаны (все остальные города вместе)?', 'NOT IN'],
    ['turnover outside Almaty (all other cities together) in 2026', "<> 'Almaty'"],
    ['Топ-3 страны по обороту за пределами Казахстана за 2026', "<> 'KAZ'"],
  ])('«за пределами» is an exclusion, the rest together its one total: %s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
});

describe('one of two offered, asked in other words', () => {
  it.each([
    ['Чего больше в октябре 2026: онлайн или POS покупок?', "transaction_type IN ('ECOM', 'POS')"],
    ['Қазан 2026-да онлайн төлемдер көп пе, әлде POS төлемдер ме?', "transaction_type IN ('ECOM', 'POS')"],
    [
      '2026 жылғы қарашада Samsung Pay төлемдерінің сомасы қай қалада көп болды: Шымкентте ме, Ақтөбеде ме?',
      "merchant_city IN ('Shymkent', 'Aktobe')",
    ],
    [
      'which city had less turnover in October 2026, Almaty or Astana?',
      "merchant_city IN ('Almaty', 'Astana')",
    ],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
  it('"less than" before a number is still the amount filter', () => {
    expect(sqlLineOf('less than 5000 tenge payments yesterday')).toContain('transaction_amount_kzt < 5000');
  });
});

describe('hedges, and what the asker does not want (unseen107)', () => {
  it.each([
    ['Мүмкін болса, 2026 жылы Алматыдағы азық-түлік дүкендеріндегі орташа сома қанша?', 'avg('],
    ['Какая доля транзакций в тенге за 2025 год, если можно?', 'FILTER'],
    [
      "What's the median grocery transaction amount in Almaty this year, if possible?",
      'percentile_cont(0.5)',
    ],
    ['Если не сложно, сколько операций было вчера?', 'count(*)'],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
  it('"sorry, I mean …" still corrects: not a hedge', () => {
    expect(sqlLineOf('active cards in Karaganda last month, sorry I mean Pavlodar')).toBe('(clarify)');
  });
  it.each([
    [
      "How many transactions were there yesterday in total? Only the count please, I don't need the amounts.",
      'count(*)',
    ],
    ["ECOM transactions in November 2025 by hour, counts only, the amounts aren't needed", 'extract(hour'],
    [
      'Сколько было онлайн-покупок (ECOM) с 1 по 15 ноября 2025 года включительно? Только количество, без разбивки по дням.',
      'count(*)',
    ],
    ['Кеше Шымкентте қанша операция болды? Тек саны керек, сомасы қажет емес.', 'count(*)'],
    [
      'Which transaction currencies appeared in Aktobe during November 2025? Just the list of currencies, no counts needed.',
      'GROUP BY transaction_currency',
    ],
  ])('declined and not shown: %s', (question, sql) => {
    const got = sqlLineOf(question);
    expect(got).toContain(sql);
    expect(got).not.toContain('sum(');
    expect(got).not.toContain("date_trunc('day'");
  });
  it.each([
    'turnover by city in 2025, no split by city needed',
    "ECOM count and amount in November 2025, the amounts aren't needed",
  ])('declined but in the plan anyway: asked back — %s', (question) => {
    expect(sqlLineOf(question)).toBe('(clarify)');
  });
});

describe('a newcomer saying who they are, set aside (unseen107)', () => {
  it.each([
    [
      'Коллеги, добрый день. Я новенькая, разбираюсь с продуктовым сегментом. Подскажите, пожалуйста, средний чек по категории Grocery & Food Markets в Алматы с начала 2025 года?',
      'avg(',
    ],
    [
      'Қайырлы күн! Өскемендегі үй тауарлары дүкендерін қарап жүрмін. 2025 жылы Өскеменде Home Furnishings & Supplies санатында қанша операция болды?',
      'count(*)',
    ],
    [
      "We're putting together the Q3 board pack. What was the total online purchase volume in tenge for the third quarter of 2025?",
      'sum(',
    ],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
  it('a lead-in naming a condition the answer does not keep is not set aside', () => {
    expect(
      sqlLineOf(
        'Изучаю продуктовые магазины в Алматы. Какой средний чек по ресторанам в Астане за 2025 год?',
      ),
    ).toBe('(clarify)');
  });
});

describe('a measure asked to come first (unseen107)', () => {
  it('"count first" puts the count first', () => {
    expect(
      sqlLineOf(
        'Dining & Restaurants transactions in Astana in summer 2025: count and total amount, count first',
      ),
    ).toMatch(/^SELECT count\(\*\) AS transaction_count, sum\(/);
  });
  it('"total amount first, then the card count"', () => {
    expect(
      sqlLineOf(
        'How much was credited as salary in total in October 2025, and to how many distinct cards? Total amount first, then the card count.',
      ),
    ).toMatch(
      /^SELECT sum\(transaction_amount_kzt\) AS total_amount, count\(DISTINCT card_key\) AS card_count FROM/,
    );
  });
  it('a measure the plan does not have is asked back', () => {
    expect(
      sqlLineOf('Dining transactions in Astana in summer 2025: count and total amount, average check first'),
    ).toBe('(clarify)');
  });
});

describe('report words (unseen105, unseen108)', () => {
  it.each([
    ['avg ticket for ECOM purchases by month, Jan–Nov 2025, rounded to the tenge', 'numeric, 0)'],
    ['Средняя сумма операции в Алматы за 2 полугодие 2025, округлить до тенге', 'numeric, 0)'],
    ['Поквартальный оборот за 2025 год в млн тенге, с одним знаком после запятой', 'numeric, 1)'],
    ['оборот с начала текущего квартала', "date_trunc('quarter', current_date)"],
    ['АЗС: рейтинг банков по обороту за 2025 год', 'GROUP BY issuer_bank_name'],
    [
      'Банктерді 2025 жылғы айналымы бойынша ранжирлеп берші, ең үлкенінен бастап',
      'ORDER BY total_amount DESC',
    ],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
});

describe('category words and what is kept (unseen106)', () => {
  it.each([
    [
      'В каких категориях упало количество операций с сентября на октябрь 2025? только упавшие, с обеими цифрами',
      'HAVING coalesce(',
    ],
    [
      'Қызметтер санатындағы (Services) операциялар санын қала бойынша көрсетші, 2025 жыл',
      "mcc_category = 'Services (Other)'",
    ],
    [
      'В каких категориях средний чек онлайн-покупок выше 30 000 тенге за 2025? покажи и сам средний чек',
      'HAVING avg(transaction_amount_kzt) > 30000',
    ],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
  it("the average check of the payments named is each group's, not a condition on payments", () => {
    expect(
      sqlLineOf('В каких категориях средний чек онлайн-покупок выше 30 000 тенге за 2025?'),
    ).not.toContain('WHERE transaction_amount_kzt >');
  });
});

describe('what the asker does not mind, and "nothing else" (unseen107)', () => {
  it.each([
    ["average ECOM amount by bank in 2025, the order doesn't matter", 'GROUP BY issuer_bank_name'],
    ['avg ECOM ticket Oct 2025, rounded to two decimals is perfect', 'numeric, 2)'],
    ['количество по банкам за 2025, сортировка не важна', 'GROUP BY issuer_bank_name'],
    ['2025 жылы банктер бойынша айналым, реті маңызды емес', 'GROUP BY issuer_bank_name'],
    [
      'Which weekday had the highest turnover in Q3 2025? I just want the weekday number (1 = Monday), nothing else.',
      'LIMIT 1',
    ],
  ])('%s', (question, sql) => {
    expect(sqlLineOf(question)).toContain(sql);
  });
});

describe('the whole of a share named after "in" with its own noun', () => {
  it.each([
    [
      'Доля QR-платежей в POS-операциях Halyk за сентябрь 2026',
      "pos_entry_mode = 'QR_Code'",
      "transaction_type = 'POS' AND issuer_bank_name = 'Halyk Bank'",
    ],
    [
      'Доля зарубежных операций в ECOM за 2025 год',
      "acquirer_country_iso <> 'KAZ'",
      "transaction_type = 'ECOM'",
    ],
    [
      'доля бесконтактных платежей в количестве POS-операций в Таразе за 2025',
      "pos_entry_mode = 'Contactless'",
      "transaction_type = 'POS' AND merchant_city = 'Taraz'",
    ],
    [
      'share of contactless payments in Halyk POS transactions in 2025',
      "pos_entry_mode = 'Contactless'",
      "issuer_bank_name = 'Halyk Bank' AND transaction_type = 'POS'",
    ],
  ])('%s', (question, part, whole) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`FILTER (WHERE ${part})`);
    expect(sql).toContain(`WHERE ${whole}`);
  });
  it('a city right after "in" stays asked back: where both are counted, or the whole?', () => {
    expect(sqlLineOf('доля бесконтактных платежей в Таразе за 2025')).toBe('(clarify)');
  });
});

describe('the part of a share said by its verb', () => {
  it.each([
    [
      'Did Google Pay account for more than 30% of wallet payments in 2025?',
      "wallet_type = 'Google Pay'",
      'wallet_type IS NOT NULL',
    ],
    [
      'Did Samsung Pay make up over 10% of contactless payments in 2025?',
      "wallet_type = 'Samsung Pay'",
      "pos_entry_mode = 'Contactless'",
    ],
    [
      'What percentage of Halyk POS transactions in 2025 used contactless?',
      "pos_entry_mode = 'Contactless'",
      "issuer_bank_name = 'Halyk Bank'",
    ],
    [
      'what share of fuel spend in 2025 came from MCC 5541?',
      'merchant_mcc = 5541',
      "mcc_category = 'Fuel & Service Stations'",
    ],
  ])('%s', (question, part, whole) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`FILTER (WHERE ${part})`);
    expect(sql).toContain(`WHERE ${whole}`);
  });
});

describe('a change listed after a comparison shows both periods with it', () => {
  it.each([
    'Kaspi turnover, Sep 2026 vs Sep 2025 — change in %',
    'Sep 2026 vs Sep 2025 turnover in Shymkent, YoY change in %',
    'Оборот в Таразе за январь–сентябрь 2026 и за тот же период 2025, изменение в %',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/^SELECT sum\(transaction_amount_kzt\) FILTER/);
    expect(sql).toContain('AS change_pct');
  });
  it('a question of its own after the dash asks the change alone', () => {
    expect(
      sqlLineOf(
        'grocery spend this year to date vs the same period last year - by how many percent did it change?',
      ),
    ).toMatch(/^SELECT 100\.0 \*/);
  });
});

describe('a measure by group "with" or "+" each group\'s share shows both', () => {
  it.each([
    [
      "Turnover by bank for 2025, with each bank's share of the total",
      'sum(transaction_amount_kzt) AS total_amount',
    ],
    ["txn count by city + each city's share, last 7 days", 'count(*) AS transaction_count'],
  ])('%s', (question, measure) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(measure);
    expect(sql).toContain('OVER ()');
  });
});

describe("the monitoring desk's words", () => {
  it.each([
    ['Нагрузка по дням недели за октябрь 2026', 'count(*)'],
    ['поток операций по часам за вчера', 'count(*)'],
    ['2026 жылғы қазандағы жүктеме апта күндері бойынша', 'count(*)'],
    ['flow by city yesterday', 'count(*)'],
  ])('%s', (question, measure) => {
    expect(sqlLineOf(question)).toContain(measure);
  });
  it.each([
    ['Which hour is heaviest for QR payments in 2025?', 'ORDER BY transaction_count DESC LIMIT 1'],
    ['2025 жылғы қазанда ең жүктемелі 5 күн', 'ORDER BY transaction_count DESC LIMIT 5'],
  ])('%s', (question, order) => {
    expect(sqlLineOf(question)).toContain(order);
  });
  it('"transactions came in" before when they happened says when, not which way', () => {
    expect(sqlLineOf('How many payments came in between 01:00 and 03:59 yesterday?')).toContain(
      'extract(hour FROM transaction_timestamp) >= 1',
    );
    expect(sqlLineOf('how much money came in yesterday')).toBe('(clarify)');
  });
});

describe('one asked for, then every one shown: ranked by the measure', () => {
  it.each([
    'Which weekday had the most ECOM payments in 2025? show all days',
    'Қай сағатта ECOM төлемдері ең көп болды, 2025 жыл? барлық сағаттарды көрсет',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/ORDER BY \w+ DESC$/);
    expect(sql).not.toContain('LIMIT');
  });
});

describe('«… бүгінге дейінгі» runs up to today', () => {
  it('тоқсан басынан бүгінге дейінгі айналым', () => {
    expect(sqlLineOf('тоқсан басынан бүгінге дейінгі айналым')).toContain(
      "transaction_timestamp >= date_trunc('quarter', current_date)",
    );
  });
});

describe('dates as reports write them: ISO year-month, «1П/2П», a weekday beside its date', () => {
  it.each([
    ['ATM withdrawals by bank for 2026-08', "'2026-08-01'", "'2026-09-01'"],
    ['оборот Halyk за 2025-12', "'2025-12-01'", "'2026-01-01'"],
    ['средний чек за 2П 2025', "'2025-07-01'", "'2026-01-01'"],
    ['количество операций за 1п. 2026 по банкам', "'2026-01-01'", "'2026-07-01'"],
    ['ECOM count from Mon 9 Nov to Sun 15 Nov 2026', "'2026-11-09'", "'2026-11-16'"],
    ['оборот 20 ноября 2026 (пятница)', "'2026-11-20'", "'2026-11-21'"],
    ['turnover on Thursday, 2026-10-15', "'2026-10-15'", "'2026-10-16'"],
  ])('%s', (question, from, to) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(`transaction_timestamp >= ${from}`);
    expect(sql).toContain(`transaction_timestamp < ${to}`);
    expect(sql).not.toContain('isodow');
  });
  it('a full ISO date is still the day', () => {
    expect(sqlLineOf('count on 2026-09-15')).toContain("transaction_timestamp < '2026-09-16'");
  });
  it("a weekday that is not the date's own is asked back (the question contradicts itself)", () => {
    expect(sqlLineOf('turnover on Tuesday 2 Nov 2026')).toBe('(clarify)');
  });
  it('"busier" between two dates counts the payments of each', () => {
    expect(sqlLineOf('Was 10 Nov 2026 busier than 3 Nov 2026?')).toMatch(/^SELECT count\(\*\) FILTER/);
  });
});

describe('a request written like an e-mail: what it is for, set aside', () => {
  it.each([
    [
      'ATM withdrawals count in Oct 2026 by bank. It is for the monthly call with the regions.',
      'GROUP BY issuer_bank_name',
    ],
    ['Сумма ECOM за ноябрь 2026. Это для еженедельного дайджеста.', "transaction_type = 'ECOM'"],
    ['Средний чек по городам за октябрь 2026. Нужно для ежедневного мониторинга.', 'GROUP BY merchant_city'],
    [
      'POS count after 18:00 in Nov 2026? Checking the evening traffic for the acquiring team.',
      'extract(hour',
    ],
    ['2026 ж. қазандағы айналым банктер бойынша. Тоқсандық шолуға керек.', 'GROUP BY issuer_bank_name'],
  ])('%s', (question, part) => {
    expect(sqlLineOf(question)).toContain(part);
  });
  it('a value before the word of who asks is still a condition ("Halyk team wants …" is not set aside)', () => {
    expect(
      sqlLineOf('Jusan asked about its reach: how many cities had its card payments in Oct 2026?'),
    ).not.toContain(
      'SELECT count(DISTINCT merchant_city) AS city_count FROM transactions WHERE transaction_timestamp',
    );
  });
});

describe("«сол қаладағы» (in that city) after an owner's share: the whole is each group's own", () => {
  it('2025 жылы әр банктегі ECOM операцияларының сол банктегі барлық операциялар санындағы үлесі', () => {
    const sql = sqlLineOf(
      '2025 жылы әр банктегі ECOM операцияларының сол банктегі барлық операциялар санындағы үлесі',
    );
    expect(sql).toContain("100.0 * count(*) FILTER (WHERE transaction_type = 'ECOM') / nullif(count(*), 0)");
    expect(sql).toContain('GROUP BY issuer_bank_name');
  });
});

describe('the marketers\' "reach" («охват», «қамту») is the distinct cards that paid', () => {
  it.each([
    'Apple Pay reach in October 2026',
    'охват по банкам в категории Pharmacies & Health, ноябрь 2026',
    '2026 жылғы қазанда Шымкенттегі қамту қанша?',
  ])('%s', (question) => {
    expect(sqlLineOf(question)).toContain('count(DISTINCT card_key)');
  });
  it('"phone payments" are payments with a wallet', () => {
    expect(sqlLineOf('phone payments count in Nov 2026')).toContain('wallet_type IS NOT NULL');
  });
});

describe('«единичный платёж» is a single payment, as "single"', () => {
  it('самый крупный единичный платёж Kaspi за ноябрь 2026', () => {
    expect(sqlLineOf('самый крупный единичный платёж Kaspi за ноябрь 2026')).toContain(
      'max(transaction_amount_kzt)',
    );
  });
});

describe('a figure quoted from someone else is context, number and all (our own phrasings)', () => {
  it.each([
    ['How many ECOM payments were there in Almaty in October 2026? Someone said over 500.', 'count(*)'],
    ['Средний чек по ECOM за октябрь 2026 — говорят, около 35 тыс. Какой на самом деле?', 'avg('],
    ['Кеше Алматыда қанша транзакция болды? 100-ге жуық деп естідім.', 'count(*)'],
    ['Оборот аптек за октябрь 2026 — в отчёте 10 млн, так ли?', 'sum('],
  ])('%s', (question, measure) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(measure);
    expect(sql).not.toMatch(/transaction_amount_kzt [<>]/);
  });
  it('a number in a clause that quotes no one is not set aside', () => {
    expect(reasonOf('ECOM payments in Almaty in October 2026 for the report: 500')).not.toBe('sql');
  });
});

describe('"Of the POS payments made in Karaganda, what % were contactless?": the participle is of the whole said first', () => {
  it.each([
    'Of the POS payments made in Almaty in 2025, what % were contactless?',
    'Из POS-платежей, сделанных в Алматы в 2025 году, какой процент был бесконтактным?',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain("count(*) FILTER (WHERE pos_entry_mode = 'Contactless')");
    expect(sql).toContain("merchant_city = 'Almaty'");
  });
});

describe('dictated speech: letters, fillers and a Kazakh order (our own phrasings)', () => {
  it.each([
    ['сколько кью ар платежей в пос операциях за октябрь 2026', "pos_entry_mode = 'QR_Code'"],
    ['turnover by bank for q two twenty twenty six', "transaction_timestamp >= '2026-04-01'"],
    ['э-э оборот по городам за октябрь 2026', 'GROUP BY merchant_city'],
    ['ну давай количество операций за ноябрь 2026', 'count(*)'],
    ['2025 жылы банктерді айналым бойынша кемуімен көрсет', 'ORDER BY total_amount DESC'],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('the bare «ар» is still Kazakh «әр» typed without its letter', () => {
    expect(sqlLineOf('откен айда ар банк бойынша операциялар саны')).toContain('GROUP BY issuer_bank_name');
  });
});

describe('checking a quoted figure: "Is that right?", «Правда, что …», both figures (our own phrasings)', () => {
  it.each([
    [
      'The report shows about 50m for Halyk in October 2026. Is that right? Total amount of Halyk Bank, October 2026.',
      'sum(',
    ],
    ['Правда, что в октябре 2026 оборот Kaspi был больше 100 млн?', 'sum('],
    ['Средний чек в аптеках выше, чем в ресторанах, за октябрь 2026? Оба средних в одну строку.', 'avg('],
    ['2025 жылғы қазан мен 2026 жылғы қазан айналымы: екеуі де және пайызбен өзгерісі', '100.0 * ('],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('«оба города» in a follow-up is not dropped as "both"', () => {
    expect(reasonOf('оба города по типам операций')).not.toBe('sql');
  });
});

describe('orders, labels and wallet tokens as analysts say them (our own phrasings)', () => {
  it.each([
    ['Покажи все города по обороту за октябрь 2026, начиная с самого большого', 'ORDER BY total_amount DESC'],
    ['Покажи все банки по обороту за октябрь 2026, начиная с наименьшего', 'ORDER BY total_amount ASC'],
    ['Share of each wallet among all wallet-token payments in October 2026', 'GROUP BY wallet_type'],
    ['contactless volume with no wallet token in October 2026', 'wallet_type IS NULL'],
    [
      '2025 жылы қай күні ең көп операция болды? Тек күнін жазшы',
      "SELECT date_trunc('day', transaction_timestamp) AS day FROM",
    ],
    [
      'which day of 2025 had the most transactions? date only',
      "SELECT date_trunc('day', transaction_timestamp) AS day FROM",
    ],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
});

describe('"number" as how many, and still a label or unknown elsewhere (our own phrasings)', () => {
  it.each([
    ['Share of contactless among POS payments in Almaty, October 2026, by number', 'count(*) FILTER'],
    ['ECOM payments by city in 2026: number and KZT amount', 'count(*) AS transaction_count, sum('],
    ['Sum in euros of EUR payments in October 2026, and their number too', 'count(*) AS transaction_count'],
    [
      'Wallet payments by wallet in Nov 2026 — number and each wallet share',
      'count(*) AS transaction_count, 100.0',
    ],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('a label "weekday number" beside a count stays the label', () => {
    expect(sqlLineOf('weekday number and count of ECOM payments in 2026')).toContain(
      'extract(isodow FROM transaction_timestamp) AS weekday, count(*)',
    );
  });
  it('"card number" is never read as a count', () => {
    expect(kindOf('card number of the largest ECOM payment in October 2026')).not.toBe('sql');
  });
});

describe('the question\'s own period named again: "that month", "during the month", "the month\'s total" (our own phrasings)', () => {
  it.each([
    ['What % of cards active in October 2026 paid by QR at least once that month?', "'2026-10-01'"],
    ["Each bank's share of the month's ECOM turnover, September 2026", 'GROUP BY issuer_bank_name'],
    ['ATM withdrawals in Q2 2026 as a % of all transactions that quarter', "'2026-04-01'"],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('"that month" beside a year is not the year', () => {
    expect(kindOf('cards active in 2026 that paid by QR at least once that month')).not.toBe('sql');
  });
  it('"annual turnover" of one year is the year\'s figure, no row per year', () => {
    expect(sqlLineOf('annual turnover in 2025 by bank')).not.toContain("date_trunc('year'");
    expect(sqlLineOf('annual turnover 2024-2026')).toContain("date_trunc('year'");
  });
});

describe('groups named with a city before «с оборотом», and how much bigger (our own phrasings)', () => {
  it('«Мерчанты в Таразе с оборотом больше 2 млн …» are the rows with the condition', () => {
    expect(sqlLineOf('Мерчанты в Таразе с оборотом больше 2 млн за 2026 год — id и оборот')).toContain(
      'GROUP BY merchant_id HAVING sum(transaction_amount_kzt) > 2000000',
    );
  });
  it.each([
    ['how much larger was Halyk ECOM turnover than Kaspi in Sept 2026?', 'AS total_amount_difference'],
    ['how many more QR payments did Astana have than Shymkent in 2026?', 'AS transaction_count_difference'],
    ['2026 жылы Астанада Таразға қарағанда қанша QR төлем көп болды?', 'AS transaction_count_difference'],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('home against foreign is labelled "foreign", in any language', () => {
    expect(sqlLineOf('Операции в тенге и валютные за октябрь 2026: количество')).toContain(
      "ELSE 'foreign' END",
    );
  });
});

describe('terse comparisons, a participle of money, and the ids of the merchants asked (our own phrasings)', () => {
  it.each([
    ['ecom turnover q1 2025 vs q1 2024 chg%', 'AS change_pct'],
    ['оборот 1кв 2025 vs 1кв 2024 изм%', 'AS total_amount_2024_q1'],
    [
      '2025 жылы Шымкентте дәріханаларға жұмсалған орташа сома қанша?',
      'SELECT avg(transaction_amount_kzt) AS avg_amount FROM',
    ],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('"which merchants … ? just the merchant ids" lists the ids', () => {
    expect(
      sqlLineOf('Which merchants took Apple Pay payments in Aktobe in May 2025? just the merchant ids'),
    ).toMatch(/^SELECT merchant_id FROM/);
  });
});

describe("search-box shorthand and the merchant team's words (our own phrasings)", () => {
  it.each([
    ['qr share of pos almaty may 2025', "count(*) FILTER (WHERE pos_entry_mode = 'QR_Code')"],
    ['top5 cities ecom amt may 2025', 'LIMIT 5'],
    ['txns by entry mode may 2025 excl blanks', 'pos_entry_mode IS NOT NULL'],
    ['pos avg chk almaty may 2025', 'avg(transaction_amount_kzt)'],
    ['google pay орт. чек 2025', 'avg(transaction_amount_kzt)'],
    ['Active merchants by category for Q1 2025', 'count(DISTINCT merchant_id)'],
    ['активные мерчанты по банкам за май 2025', 'count(DISTINCT merchant_id)'],
    ['Кеше әзірге қанша ECOM операция болды?', 'count(*)'],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('a city and a kind of payment before "share" stays asked back (whose share?)', () => {
    expect(kindOf('astana qr share may 2025')).not.toBe('sql');
  });
});

describe('rides and records are payments; «минимумы» is the minimum (unseen125–128)', () => {
  it.each([
    ['taxi (MCC 4121) rides by city in October 2026', [{ fn: 'count' }]],
    ['Сколько поездок на такси (MCC 4121) было в Алматы в ноябре 2026?', [{ fn: 'count' }]],
  ])('%s', (q, measures) => {
    expect(frameOf(q).measures).toEqual(measures);
  });
  it('the Kazakh possessive of the minimum and the maximum', () => {
    expect(frameOf('2025 жылы дәріханалардағы төлемдердің минимумы және максимумы').measures).toEqual([
      { fn: 'min' },
      { fn: 'max' },
    ]);
  });
});

describe('«суточный», «күндік», «тәуліктік» are "daily" (unseen129)', () => {
  it.each([
    ['суточный оборот Halyk за прошлую неделю', ['day']],
    ['Шымкент бойынша күндік айналым, қараша 2026', ['day']],
  ])('%s: a row per day', (q, dimensions) => {
    expect(frameOf(q).dimensions).toEqual(dimensions);
  });
  it.each([
    'средний суточный оборот за октябрь 2026',
    'орташа күндік айналым, қазан 2026',
    '2026 жылғы қазандағы орташа тәуліктік айналым',
  ])('%s: the average day', (q) => {
    expect(frameOf(q).measures).toEqual([{ fn: 'per_period', of: 'sum', unit: 'day' }]);
  });
  it("the average daily turnover of each weekday is that weekday's turnover per day of it", () => {
    const frame = frameOf('average daily turnover by weekday in 2026');
    expect(frame.dimensions).toEqual(['weekday']);
    expect(frame.measures).toEqual([{ fn: 'per_period', of: 'sum', unit: 'day' }]);
  });
  it('a weekday breakdown with a daily series besides is asked back, naming the word said', () => {
    const result = understandQuestion('daily turnover by weekday in 2026', TEST_CONTEXT);
    expect(result.kind).not.toBe('sql');
    if (result.kind !== 'sql') expect(result.message).toContain('daily');
  });
});

describe('how many days (weeks, months): the days with payments counted, or those passing a condition (unseen129, unseen132)', () => {
  it.each([
    ['How many days in October 2026 had turnover above 6 million?', { of: 'sum', op: '>', value: 6_000_000 }],
    [
      'Сколько было дней в 2025 году с оборотом больше 15 млн тенге?',
      { of: 'sum', op: '>', value: 15_000_000 },
    ],
    ['сколько дней в 2026 году было больше 300 операций', { of: 'count', op: '>', value: 300 }],
    ['2025 жылы айналымы 8 млн теңгеден асқан күндер саны қанша?', { of: 'sum', op: '>', value: 8_000_000 }],
    [
      'On how many days in 2026 did the daily number of ECOM payments go over 40?',
      { of: 'count', op: '>', value: 40 },
    ],
  ])('%s', (q, having) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'count_periods', unit: 'day' }]);
    expect(frame.dimensions).toEqual([]);
    expect(frame.having).toEqual(having);
    const sql = sqlLineOf(q);
    expect(sql).toContain("GROUP BY date_trunc('day', transaction_timestamp)");
    expect(sql).toMatch(/^SELECT count\(\*\) AS day_count FROM \(/);
  });
  it('with no condition, the days with payments', () => {
    expect(sqlLineOf('How many days in February 2026 have any data at all?')).toContain(
      "SELECT count(DISTINCT date_trunc('day', transaction_timestamp)) AS day_count",
    );
  });
  it.each([
    'How many transactions per day in October 2026?',
    '2026 ж. қазан–қараша, ай бойынша P2P_IN саны. Ай және саны.',
  ])('%s: no days counted', (q) => {
    const result = understandQuestion(q, TEST_CONTEXT);
    if (result.kind === 'sql')
      expect(result.frame.measures).not.toContainEqual(expect.objectContaining({ fn: 'count_periods' }));
  });
  it('for each group, the days passing a condition are asked back', () => {
    expect(kindOf('For each bank, how many days in 2025 had turnover above 1 million?')).not.toBe('sql');
  });
});

describe('"POS + ECOM": values added up with a plus are one set, one total (unseen133, unseen136)', () => {
  it.each(['POS + ECOM turnover in 2025', 'оборот покупок (POS+ECOM) за 2025 год'])('%s', (q) => {
    const frame = frameOf(q);
    expect(frame.filters).toContainEqual({
      kind: 'values',
      column: 'transaction_type',
      negated: false,
      values: ['POS', 'ECOM'],
    });
    expect(frame.dimensions).toEqual([]);
  });
  it('"by POS+ECOM turnover in every city" ranks within each city, no row per type', () => {
    expect(
      frameOf('top 3 categories by POS+ECOM turnover in every city, this year').dimensions,
    ).not.toContain('transaction_type');
  });
  it('"ATM withdrawals vs purchases (POS + ECOM)" is two sides', () => {
    const sql = sqlLineOf(
      'ATM withdrawals vs purchases (POS + ECOM) in October 2026: total tenge for each, side by side',
    );
    expect(sql).not.toContain('GROUP BY transaction_type');
    expect(sql).toContain("FILTER (WHERE transaction_type = 'ATM_WITHDRAWAL')");
  });
  it('"5 000+" after a number is still "or more"', () => {
    expect(sqlLineOf('payments of 5000+ tenge in October 2026')).toContain('transaction_amount_kzt >= 5000');
  });
});

describe('"full year 2025", «за полный 2025 год»: a named period is whole already (unseen133, unseen136)', () => {
  it.each([
    ['turnover for the full year 2025', "transaction_timestamp < '2026-01-01'"],
    ['за полный 2025 год количество операций', "transaction_timestamp < '2026-01-01'"],
    ['Halyk, whole of 2025: number of payments', "transaction_timestamp >= '2025-01-01'"],
  ])('%s', (q, bound) => {
    expect(sqlLineOf(q)).toContain(bound);
  });
  it('"the last 2 full weeks" still leaves the current week out', () => {
    expect(sqlLineOf('turnover in the last 2 full weeks')).toContain("< date_trunc('week', current_date)");
  });
});

describe('"came in" said of payments or turnover before when they happened (unseen134, unseen136)', () => {
  it.each([
    'How many ATM withdrawals came in during the first 5 days of October 2026?',
    'What % of grocery turnover this year came in at 20:00 or later?',
    'how many payments have come in today so far',
  ])('%s', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('"how much money came in" names no kind of payment and is still asked back', () => {
    expect(kindOf('How much money came in last month?')).not.toBe('sql');
  });
  it('"came in through P2P transfers" is still the incoming ones', () => {
    expect(sqlLineOf('How much came in through P2P transfers last month?')).toContain(
      "transaction_type = 'P2P_IN'",
    );
  });
});

describe('a customer asking at a branch or on the phone is who asks, set aside as a lead-in (unseen135)', () => {
  it.each([
    'A client is asking: how many ATM withdrawals were there in Almaty yesterday?',
    'Клиент жалуется: сколько было снятий в банкоматах Караганды вчера?',
    'Бөлімшеге клиент келіп сұрады: кеше Алматыда қанша қолма-қол ақша шешу болды?',
  ])('%s', (q) => {
    const result = understandQuestion(q, TEST_CONTEXT);
    expect(result.kind).toBe('sql');
  });
  it('what the customer himself spent is still not answered', () => {
    expect(kindOf('A customer is asking how much he spent yesterday')).not.toBe('sql');
  });
});

describe('"… in 2025, and how many in 2026", «… в 2025 году и сколько в 2026»: the same question of two periods (unseen136)', () => {
  it.each([
    'How many distinct merchants were active in 2025, and how many so far in 2026?',
    'Сколько операций было в марте 2025 и сколько в марте 2026?',
  ])('%s', (q) => {
    expect(frameOf(q).compare).not.toBeNull();
  });
  it('"how many …, and how many cards …" is a second figure of the one period', () => {
    const frame = frameOf('How many payments were there in 2025, and how many cards made them?');
    expect(frame.compare).toBeNull();
    expect(frame.measures).toContainEqual({ fn: 'count_distinct', column: 'card_key' });
  });
});

describe('Kazakh «ең күшті» / «ең әлсіз» (the strongest, the weakest), as "strongest" / "weakest" (unseen136)', () => {
  it.each([
    ['2026 жылы айналым бойынша ең күшті ай қайсы?', 'desc'],
    ['2025 жылы операция саны бойынша ең әлсіз апта күні қайсы?', 'asc'],
  ])('%s', (q, order) => {
    expect(frameOf(q).order).toBe(order);
  });
});

describe('a dashboard’s parts named by whoever checks it say nothing the answer depends on (unseen140)', () => {
  it.each([
    [
      'KPI tile "Turnover", period = November 2026. What value should the tile show?',
      'sum(transaction_amount_kzt)',
    ],
    ['Плитка KPI «Количество операций», период — октябрь 2026.', 'count(*)'],
    ['Фильтр: банк — Kaspi; период — октябрь 2026. Плитка «Оборот».', "issuer_bank_name = 'Kaspi Bank'"],
    [
      'Сүзгі: банк — Halyk; кезең — 2026 жылғы қыркүйек. «Айналым» плиткасында қандай сан шығуы керек?',
      "issuer_bank_name = 'Halyk Bank'",
    ],
    [
      'Slicers: bank=Halyk Bank, entry mode=QR_Code, period=last 30 days. What does the transaction count tile show?',
      "pos_entry_mode = 'QR_Code'",
    ],
    [
      'Drill-down, level 3: Kaspi Bank, type = POS, 2025 — turnover by MCC category.',
      'GROUP BY mcc_category',
    ],
    ['Детализация, уровень 2: оборот за 2025 год в разрезе банков-эмитентов.', 'GROUP BY issuer_bank_name'],
  ])('%s', (question, expected) => {
    const sql = sqlLineOf(question);
    expect(sql).toContain(expected);
    // («қандай сан», what number: the figure asked, no count beside it)
    if (question.includes('қандай сан')) expect(sql).not.toContain('count(*)');
  });
  it('a level without drilling is still not understood', () => {
    expect(sqlLineOf('Turnover at level 3 in 2025')).toBe('(clarify)');
  });
});

describe('everyday words of the press office and the cashback team (unseen137, unseen138)', () => {
  it.each([
    ["Last quarter's restaurant and café spending by city", "mcc_category = 'Dining & Restaurants'"],
    ['Monthly spending on clothing and shoes in 2026', "mcc_category = 'Clothing & Apparel'"],
    ['Average purchase at furniture and home stores in 2025', "mcc_category = 'Home Furnishings & Supplies'"],
    ['What is the typical (median) ATM cash withdrawal in 2026?', 'percentile_cont(0.5)'],
    [
      'What percentage of in-store card payments in 2026 still used the magnetic stripe (swipe)?',
      "pos_entry_mode = 'Swipe'",
    ],
    ['Which foreign currencies did people pay in most often in 2026?', 'ORDER BY transaction_count DESC'],
    ['Did anyone use Apple Pay in Georgia last month? number of payments', "wallet_type = 'Apple Pay'"],
  ])('%s', (question, expected) => {
    expect(sqlLineOf(question)).toContain(expected);
  });
  it('"typical" alone is not read as the median', () => {
    expect(sqlLineOf('What is the typical ATM cash withdrawal in 2026?')).not.toContain('percentile_cont');
  });
});

describe('campaign windows named by their dates: «кампания», "window", "the same dates in 2025", «за эти даты» (unseen143)', () => {
  it.each([
    ['Кампания кешбэка в Таразе, 1–14 июня 2026: оборот по категориям', 'merchant_city'],
    ['Во время кампании 3–9 августа 2026: количество операций по банкам', null],
    ['Back-to-school window, Aug 10 – Sep 10, 2026: clothing turnover by city', 'mcc_category'],
    ['Окно 1–7 декабря 2025: средний чек по городам', null],
  ])('%s', (question, filtered) => {
    const frame = frameOf(question);
    expect(frame.time).not.toBeNull();
    if (filtered) expect(frame.filters.map((f) => ('column' in f ? f.column : f.kind))).toContain(filtered);
  });
  it('Russian says what the campaign is about after the word: a name, no filter', () => {
    const frame = frameOf('Акция по оплате QR 2–15 марта 2026: количество POS-операций по способам ввода');
    expect(frame.dimensions).toEqual(['pos_entry_mode']);
    expect(frame.filters.some((f) => f.kind === 'values' && f.column === 'pos_entry_mode')).toBe(false);
  });
  it('Kazakh names it before the word, and what follows is asked', () => {
    const frame = frameOf(
      '2026 жылғы 1–14 маусымдағы кешбэк науқанында Travel & Transportation санатындағы айналым',
    );
    expect(frame.filters).toContainEqual(expect.objectContaining({ column: 'mcc_category' }));
  });
  it.each([
    'Fuel turnover Jun 1–14, 2026 vs the same dates in 2025',
    'Оборот АЗС с 1 по 14 июня 2026 и за те же даты 2025 года, с изменением в %',
  ])('%s: the same days a year before', (question) => {
    const frame = frameOf(question);
    expect(frame.compare?.earlier).toEqual({ kind: 'dates', from: '2025-06-01', to: '2025-06-15' });
  });
  it('«за эти даты» with no dates said is asked back', () => {
    expect(sqlLineOf('Доля QR-платежей за эти даты')).toBe('(clarify)');
  });
  it('«Доля категорий (A и B вместе)»: the two together, never a row each', () => {
    const result = understandQuestion(
      'Доля категорий (Clothing & Apparel и Electronics & Software вместе) в POS-обороте за 2026',
      TEST_CONTEXT,
    );
    if (result.kind === 'sql') expect(result.frame.dimensions).toEqual([]);
    else expect(result.kind).toBe('clarify');
  });
});

describe('a Kazakh purpose that opens the message with no comma («… бағалау үшін», «… мақсатында») is set aside (unseen148)', () => {
  it.each([
    'Онлайн-арнаның жүктемесін бағалау үшін соңғы 30 күндегі онлайн-сатып алулар (ECOM) санын сағат бойынша көрсетіп беріңізші.',
    'Лимиттерді қайта қарау үшін 2025 жылы әр банк бойынша ең ірі операция сомасы қанша болғанын көрсетіңіз.',
    'процессингте жүктеме қалай болғанын көру үшін қараша айындағы апта сайынғы txn саны',
  ])('%s', (question) => {
    expect(understandQuestion(question, TEST_CONTEXT).kind).toBe('sql');
  });
  it('a purpose that names customers is not set aside', () => {
    expect(
      understandQuestion(
        'Белсенді клиенттер базасын бағалау мақсатында өткен айда әр банк бойынша бірегей карталар санын көрсетіп беріңізші.',
        TEST_CONTEXT,
      ).kind,
    ).not.toBe('sql');
  });
});

describe('ways of saying how to show it: «от большей к меньшей», "put … side by side", «рекордным по обороту» (unseen145, unseen146)', () => {
  it.each<[string, string]>([
    ['Доля бесконтактных платежей в POS-операциях в каждом городе за 2026 год, от большей к меньшей', 'DESC'],
    ['Оборот по городам за 2025, от меньших к большим', 'ASC'],
  ])('%s', (question, order) => {
    const result = understandQuestion(question, TEST_CONTEXT);
    expect(result.kind === 'sql' && result.sql.trim().split('\n').at(-1)).toMatch(
      new RegExp(`^ORDER BY \\w+ ${order}`),
    );
  });
  it('"Put Almaty and Nur-Sultan side by side: turnover in Q3 2026."', () => {
    const result = understandQuestion(
      'Put Almaty and Nur-Sultan side by side: turnover in Q3 2026.',
      TEST_CONTEXT,
    );
    expect(result.kind).toBe('sql');
  });
  it.each([
    'Какой день был рекордным по обороту в Астане в 2026 году?',
    'Какой месяц был рекордным по количеству операций в 2025?',
  ])('%s: the largest, one row', (question) => {
    const result = understandQuestion(question, TEST_CONTEXT);
    expect(result.kind === 'sql' && result.frame.limit).toBe(1);
  });
});

describe('"…, most frequent first", "highest month first", "busiest day first", "biggest growth first": the order of the rows', () => {
  it.each<[string, RegExp]>([
    ['Payments per bank this year, most frequent first', /^ORDER BY transaction_count DESC/],
    ['Tenge turnover per month in 2026, largest month first', /^ORDER BY total_amount DESC/],
    [
      'How many payments in Aktobe by day of the week last quarter, quietest day first',
      /^ORDER BY transaction_count ASC/,
    ],
    [
      'Categories by change in the number of payments from October to November 2026, highest growth first',
      /^ORDER BY change_pct DESC/,
    ],
  ])('%s', (question, order) => {
    const result = understandQuestion(question, TEST_CONTEXT);
    expect(result.kind === 'sql' && result.sql.trim().split('\n').at(-1)).toMatch(order);
  });
  it.each([
    // a count's order under a question of money
    'Turnover by currency in 2026, most frequent first',
    // a group the question does not break down by
    'Turnover by city in 2026, biggest category first',
  ])('%s is asked back', (question) => {
    expect(understandQuestion(question, TEST_CONTEXT).kind).not.toBe('sql');
  });
});

describe('"one" after a preposition before the payments\' word is "a single one" («за одну покупку», "of one withdrawal")', () => {
  it.each([
    ['Сколько в среднем тратят за одну покупку на АЗС в этом году?', 'avg'],
    ['Average amount of one cash withdrawal in Almaty in 2026', 'avg'],
    ['бір операцияға орташа сома Шымкентте 2026 жылы', 'avg'],
  ])('%s', (question, fn) => {
    expect(frameOf(question).measures).toEqual([{ fn }]);
  });
  it.each([
    'Сколько карт снимали наличные больше 150 тыс за одну операцию в октябре 2026?',
    'How many cards paid more than 80k per transaction in November 2026?',
  ])('%s: an amount of each payment, not a number of payments', (question) => {
    expect(frameOf(question).filters).toContainEqual(expect.objectContaining({ kind: 'amount', op: '>' }));
  });
  it.each(['How many cards made one payment last month?', 'Сколько карт сделали одну операцию в октябре?'])(
    '%s: a number of payments is not read as "a single"',
    (question) => {
      expect(understandQuestion(question, TEST_CONTEXT).kind).not.toBe('sql');
    },
  );
});

describe('chat shorthand: «еком» typed in Cyrillic, «эта неделя», «Виджет:», "hw much", a terse «изм в %» after relative periods', () => {
  it('«кол-во еком по дням на прошлой неделе»', () => {
    expect(frameOf('кол-во еком по дням на прошлой неделе').filters).toContainEqual(
      expect.objectContaining({ column: 'transaction_type', values: ['ECOM'] }),
    );
  });
  it('«оборот эта неделя» is this week', () => {
    expect(frameOf('оборот эта неделя').time).toEqual({ kind: 'this', unit: 'week' });
  });
  it('«Виджет: оборот за вчера» reads past the widget', () => {
    expect(frameOf('Виджет: оборот за вчера').measures).toEqual([{ fn: 'sum' }]);
  });
  it('"hw much was spent at restaurants yday"', () => {
    expect(frameOf('hw much was spent at restaurants yday').measures).toEqual([{ fn: 'sum' }]);
  });
  it('«оборот пос эта неделя vs прошлая изм в %» shows both weeks and the change', () => {
    const sql = sqlLineOf('оборот пос эта неделя vs прошлая изм в %');
    expect(sql).toContain('_this_week');
    expect(sql).toContain('_last_week');
    expect(sql).toContain('change_pct');
  });
});

describe('«айдың 20-сы күні» (on the 20th day of the month): the day word after the day of the month (it was asked back)', () => {
  it('«2026 жылы айдың 15-і күні Таразда операциялар саны»', () => {
    expect(frameOf('2026 жылы айдың 15-і күні Таразда операциялар саны').filters).toContainEqual({
      kind: 'month_days',
      days: [15],
    });
  });
});

describe('"contactless share of POS payments … in Taraz", "…, Shymkent vs Almaty, side by side": a city or a bank beside a share whose part and whole are named says where both are counted (asked back before)', () => {
  it('"QR share of POS payments last month in Aktobe"', () => {
    const frame = frameOf('QR share of POS payments last month in Aktobe');
    expect(frame.share?.subset).toEqual([expect.objectContaining({ values: ['QR_Code'] })]);
    expect(frame.filters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ values: ['POS'] }),
        expect.objectContaining({ values: ['Aktobe'] }),
      ]),
    );
  });
  it.each([
    'Swipe share of POS payments, Aktobe vs Taraz, October 2026, side by side',
    'Доля Apple Pay среди платежей через кошельки: Kaspi vs Halyk, рядом, 2026',
  ])('%s: a share within each, a column each', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).not.toContain('GROUP BY');
    expect(sql.match(/ AS share_pct_/g)?.length).toBe(2);
  });
  it.each([
    "Kaspi's share of QR payments vs Halyk's share, side by side, for October 2026",
    'Kaspi vs Halyk: market share, side by side',
  ])('%s: the pair is the part, still asked back', (question) => {
    expect(understandQuestion(question, TEST_CONTEXT).kind).not.toBe('sql');
  });
});

describe('«Сколько операций в лари и сколько в лирах?»: "how many" said again after "and" counts the payments of the next currency (it was read as their amount in it, and asked back)', () => {
  it.each([
    'Сколько операций в лари и сколько в лирах было за 2026 год?',
    'How many payments in lari and how many in lira in 2026?',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['transaction_currency']);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.amountIn).toBeUndefined();
  });
});

describe('«әмиян төлемдеріндегі Samsung Pay үлесі»: the whole’s word in the locative attribute, then the part, then the share word (asked back)', () => {
  it('«2026 жылы Алматыдағы әмиян төлемдеріндегі Apple Pay үлесі»', () => {
    const frame = frameOf('2026 жылы Алматыдағы әмиян төлемдеріндегі Apple Pay үлесі');
    expect(frame.share?.subset).toEqual([expect.objectContaining({ values: ['Apple Pay'] })]);
    expect(frame.filters).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'presence', column: 'wallet_type' })]),
    );
  });
});

describe('chat spellings: "thru" is "through" (a range of days, a payment through a wallet), «снимали нал»', () => {
  it('"ATM withdrawals Monday thru Friday last week" is the five weekdays, not the two named', () => {
    expect(frameOf('ATM withdrawals Monday thru Friday last week').filters).toContainEqual(
      expect.objectContaining({ kind: 'weekday', days: [1, 2, 3, 4, 5] }),
    );
  });
  it('"what % of contactless payments went thru a wallet in October 2026?"', () => {
    expect(
      frameOf('what % of contactless payments went thru a wallet in October 2026?').share?.subset,
    ).toEqual([expect.objectContaining({ kind: 'presence', column: 'wallet_type' })]);
  });
  it('«сколько раз снимали нал в Актобе вчера»', () => {
    expect(frameOf('сколько раз снимали нал в Актобе вчера').filters).toContainEqual(
      expect.objectContaining({ values: ['ATM_WITHDRAWAL'] }),
    );
  });
});

describe('«Доля ECOM среди покупок (POS+ECOM)», "ECOM share among POS and ECOM payments": values of the part’s column after the word of the whole are the whole (they were left not understood)', () => {
  it.each(['Доля ECOM среди POS и ECOM за 2026 год', 'ECOM share among POS and ECOM payments in 2026'])(
    '%s',
    (question) => {
      const frame = frameOf(question);
      expect(frame.share?.subset).toEqual([expect.objectContaining({ values: ['ECOM'] })]);
      expect(frame.filters).toContainEqual(expect.objectContaining({ values: ['POS', 'ECOM'] }));
    },
  );
  it('«доля карт Халыка … среди всех карт Халыка» restates one filter', () => {
    expect(
      frameOf('Доля карт Халыка, которые платили через Google Pay в 2026, среди всех карт Халыка за 2026')
        .share?.subset,
    ).toEqual([expect.objectContaining({ values: ['Google Pay'] })]);
  });
});

describe('"which bank had the most ECOM", «где больше всего QR»: a kind of payment right after "the most" counts those payments (asked back before)', () => {
  it.each(['which city had the most contactless last month', 'В каком городе больше всего QR за 2026 год?'])(
    '%s',
    (question) => {
      expect(frameOf(question).measures).toEqual([{ fn: 'count' }]);
    },
  );
  it('"which city had the most ECOM turnover" is the turnover', () => {
    expect(frameOf('which city had the most ECOM turnover last month').measures).toEqual([{ fn: 'sum' }]);
  });
});

describe('merchant category codes written bare ("5411 last month", «по 5812 и 5814», «5541 бойынша»): read as MCC codes (they were asked back)', () => {
  it.each([
    ['7011 last quarter: payments and turnover?', [7011]],
    ['Средний чек по 5812 и 5814 отдельно за прошлый месяц', [5812, 5814]],
    ['Өткен айда 5541 бойынша операциялар саны', [5541]],
    ['Аптеки (5912): количество операций по дням недели за этот год', [5912]],
  ])('%s', (question, codes) => {
    expect(frameOf(question).filters).toContainEqual({
      kind: 'ids',
      column: 'merchant_mcc',
      negated: false,
      values: codes,
    });
  });
  it.each([
    'payments over 5411 tenge last month',
    'count of transactions between 5812 and 5999 tenge',
    'Top 5 MCCs by count this year, leaving out ATM 6011',
    'merchant_mcc != 6011 and merchant_city = Taraz, count for 2026',
  ])('%s — money, or a code the question already reads, is no MCC of its own', (question) => {
    const result = understandQuestion(question, TEST_CONTEXT);
    const codes =
      result.kind === 'sql' ? result.frame.filters.filter((f) => f.kind === 'ids' && !f.negated) : [];
    expect(codes).toEqual([]);
  });
  it('"payments over 5411 tenge" is an amount', () => {
    expect(frameOf('payments over 5411 tenge last month').filters).toContainEqual(
      expect.objectContaining({ kind: 'amount', value: 5411 }),
    );
  });
});

describe('a word right after an MCC code describes it ("7011 hotels", «5541 бойынша» after a breakdown word): set aside, the code the filter', () => {
  it.each([
    ['7011 hotels last quarter - distinct cards', 7011],
    ['Биыл әр қалада 5541 бойынша орташа чек', 5541],
    ['Средний чек по MCC 4722 турагентствам за 2026 год', 4722],
  ])('%s', (question, code) => {
    expect(frameOf(question).filters).toContainEqual({
      kind: 'ids',
      column: 'merchant_mcc',
      negated: false,
      values: [code],
    });
  });
});

describe('every number of a cycle after its breakdown ("hours 0-23 in order", "days 1-31", «дни 1-31 по порядку»): a note, used', () => {
  it.each([
    ['POS count by hour of day last week, hours 0-23 in order', 'hour_of_day'],
    ['Bill payment turnover by day of the month in 2025, days 1-31 in order', 'day_of_month'],
    ['Количество операций по числам месяца за 2025 год, дни 1-31 по порядку', 'day_of_month'],
  ])('%s', (question, dimension) => {
    expect(frameOf(question).dimensions).toEqual([dimension]);
  });
});

describe('"on paydays (the 5th and the 20th)" with or without "of the month", a period after the brackets: those days of the month', () => {
  it.each([
    'How many transactions happened in Taraz on paydays (the 5th and the 20th) this year?',
    'ATM withdrawals on paydays (the 10th and the 25th of the month) last quarter, total',
  ])('%s', (question) => {
    expect(frameOf(question).filters.find((f) => f.kind === 'month_days')).toBeDefined();
  });
});

describe('"one total" after an exclusion of values ("all cities except Almaty and Astana …, one total per month"): the one total the exclusion gives', () => {
  it.each([
    'POS turnover by month for 2026 for all cities except Almaty and Astana, one total per month',
    'Количество операций по месяцам за 2026 год по всем городам кроме Алматы, одной суммой',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['month']);
    expect(frame.filters).toContainEqual(expect.objectContaining({ column: 'merchant_city', negated: true }));
  });
  it('"turnover in Q1 and Q2 2026 combined, except Almaty" is still asked back (the periods are what is combined)', () => {
    expect(sqlLineOf('turnover in Q1 and Q2 2026 combined, except Almaty')).toBe('(clarify)');
  });
});

describe('a lead-in that names the breakdown the answer makes, or a team or document after several modifiers ("the monthly picture", "the annual merchant review", "the weekly note for the Aktobe branch", "Fraud desk check:"): set aside', () => {
  it.each([
    [
      'For the board deck I need the monthly picture for Taraz. Could you please pull the ECOM turnover in Taraz month by month for 2025?',
      ['month'],
    ],
    [
      'Hi! For the annual merchant review, could you please tell me how many merchants in Taraz took more than 2 million tenge in 2025?',
      [],
    ],
    [
      "Good morning! I'm putting together the weekly note for the Aktobe branch. How many ATM withdrawals were there in Aktobe last week?",
      [],
    ],
    ['Fraud desk check: how many ECOM payments over 500,000 tenge yesterday?', []],
  ])('%s', (question, dimensions) => {
    expect(frameOf(question).dimensions).toEqual(dimensions);
  });
  it('"… the monthly picture …" before an answer with no month breakdown is still asked back', () => {
    expect(
      sqlLineOf(
        'For the board deck I need the monthly picture for Taraz. Could you please pull the ECOM turnover in Taraz for 2025?',
      ),
    ).toBe('(clarify)');
  });
});

describe('periods named again in a list of the columns of a growth question ("grew the most from Q3 2025 to Q3 2026? Show category, Q3 2025 turnover, Q3 2026 turnover"), and "half-year view" beside named halves: the same two periods', () => {
  it.each([
    'Which banks grew the most from Q2 2025 to Q2 2026? Show bank, Q2 2025 turnover, Q2 2026 turnover, change %.',
    'Какие категории выросли сильнее всего с октября на ноябрь 2026? Категория, оборот за октябрь, оборот за ноябрь, рост в %',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.compare?.earlier).toBeDefined();
    expect(frame.compare?.later).toBeDefined();
  });
  it('"Half-year view: POS turnover H1 2025 vs H1 2026" compares the two halves', () => {
    const { compare } = frameOf('Half-year view: POS turnover H1 2025 vs H1 2026, change in %.');
    expect(compare).toMatchObject({
      earlier: { kind: 'dates', from: '2025-01-01', to: '2025-07-01' },
      later: { kind: 'dates', from: '2026-01-01', to: '2026-07-01' },
    });
  });
  it('«… с октября по ноябрь 2026? …, оборот за октябрь, оборот за ноябрь» (a range, then its months) is still asked back', () => {
    expect(
      sqlLineOf(
        'Какие банки выросли сильнее всего с октября по ноябрь 2026? Банк, оборот за октябрь, оборот за ноябрь, рост в %',
      ),
    ).toBe('(clarify)');
  });
});

describe('«самый загруженный час дня», «по часам дня», «по порядку дней недели»: the hour of the day and the weekdays’ own order', () => {
  it.each([
    ['Самый загруженный час дня в Таразе за прошлый месяц', 'hour_of_day'],
    ['Количество операций по часам дня за прошлую неделю', 'hour_of_day'],
    ['Оборот по дням недели за этот год, по порядку дней недели', 'weekday'],
  ])('%s', (question, dimension) => {
    expect(frameOf(question).dimensions).toEqual([dimension]);
  });
  it('«в час дня» (at 1 pm) is still asked back', () => {
    expect(sqlLineOf('сколько операций было вчера в час дня')).toBe('(clarify)');
  });
});

describe('"smallest, largest and avg ticket by city", «минимальный, максимальный и средний чек по банкам»: the three figures of each group (a ranking both ways was asked back)', () => {
  it.each([
    'fuel last quarter: smallest, largest and avg ticket by city',
    'Минимальный, максимальный и средний чек по банкам за прошлый месяц',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'min' }, { fn: 'max' }, { fn: 'avg' }]);
  });
});

describe('chat shorthand "trx" and "ppl" (transactions, people)', () => {
  it.each([
    ['how many trx did we have yesterday', 'count'],
    ['сколько trx по алматы вчера', 'count'],
    ['trx count by city this week', 'count'],
  ])('%s', (question, fn) => {
    expect(sqlOf(question).frame.measures).toEqual([{ fn }]);
  });
  it('"how much did ppl spend in usd last quarter, in dollars not tenge" is the amount in dollars', () => {
    expect(sqlOf('how much did ppl spend in usd last quarter, in dollars not tenge').sql).toContain(
      'sum(original_amount)',
    );
  });
});

describe('«Сколько заплатили в Грузии в лари …»: "how much was paid", in a currency, is the amount in it', () => {
  it.each([
    'Сколько заплатили в Грузии в лари за прошлый месяц?',
    'Сколько платили в долларах в прошлом месяце?',
  ])('%s', (question) => {
    expect(sqlOf(question).sql).toContain('sum(original_amount)');
  });
});

describe('"tenge equivalent" is the amount in tenge', () => {
  it('"Tenge equivalent of EUR transactions by month" sums the tenge', () => {
    const { frame } = sqlOf('Tenge equivalent of EUR transactions by month for 2026, in month order.');
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
    expect(frame.amountIn ?? 'kzt').not.toBe('original');
  });
  it.each([
    'Foreign-currency payments between 50,000 and 200,000 tenge equivalent: how many in 2025?',
    'Largest foreign payment for each acquirer country, tenge equivalent, 2025.',
    'Оборот по операциям в долларах в тенговом эквиваленте за 2026 год',
  ])('%s', (question) => {
    expect(sqlOf(question).sql).not.toContain('original_amount');
  });
  it('"… sum of the original USD amounts, not the tenge equivalent" is the dollars, no filter on tenge', () => {
    const sql = sqlOf(
      'Total paid in US dollars in 2025 — sum of the original USD amounts, not the tenge equivalent.',
    ).sql;
    expect(sql).toContain('sum(original_amount)');
    expect(sql).not.toContain("<> 'KZT'");
  });
});

describe('Kazakh orders said of the cycle: «апта күндерінің ретімен», «1–31 ретімен»', () => {
  it.each([
    [
      '2026 жылы Google Pay төлемдерінің орташа сомасы апта күндері бойынша, апта күндерінің ретімен',
      'weekday',
    ],
    ['Ақша шешудің орташа сомасы апта күндері бойынша, 2025 жыл, апта күндерінің ретімен', 'weekday'],
    ['2026 жылы айдың күндері бойынша трансшекаралық айналым теңгемен, 1–31 ретімен', 'day_of_month'],
  ])('%s', (question, column) => {
    expect(sqlOf(question).sql).toMatch(new RegExp(`ORDER BY ${column}$`));
  });
});

describe('cash withdrawn, with nothing else asked ("Cash withdrawn in December …", "ATM cash out by city"), is the money', () => {
  it.each([
    'Cash withdrawn in December 2025 in Almaty, Astana and Shymkent separately.',
    'ATM cash out by city last week, largest first',
    'ATM cash withdrawn in Almaty, October vs November 2026, with the change in %.',
  ])('%s', (question) => {
    expect(sqlOf(question).sql).toContain('sum(transaction_amount_kzt)');
  });
  it('"How many cash outs last month?" counts them', () => {
    expect(sqlOf('How many cash outs last month?').frame.measures).toEqual([{ fn: 'count' }]);
  });
});

describe('a note that a per-day average is over the days with payments restates how it is taken', () => {
  it.each([
    'On average how many ATM withdrawals per day did Karaganda have last month? (days with withdrawals only)',
    'Среднее количество снятий в день по Алматы за ноябрь 2026 (считаем только дни, когда были снятия)',
  ])('%s', (question) => {
    expect(sqlOf(question).frame.measures).toEqual([{ fn: 'per_period', of: 'count', unit: 'day' }]);
  });
  it('a note naming other payments ("(days with ECOM payments only)") is asked back', () => {
    expect(
      kindOf('Average ATM withdrawals per day in Almaty last month (days with ECOM payments only)'),
    ).toBe('clarify');
  });
});

describe('orders said after a breakdown: "(Mon first)", «самый загруженный день первым», «по убыванию количества» with no other measure', () => {
  it('"… by weekday, in weekday order (Mon first)" is Monday to Sunday', () => {
    expect(
      sqlOf('number of ATM withdrawals in Almaty last week by weekday, in weekday order (Mon first)').sql,
    ).toMatch(/ORDER BY weekday$/);
  });
  it('«… по дням недели …, самый загруженный день первым» is the busiest first', () => {
    expect(
      sqlOf('Количество операций в долларах по дням недели за 2026 год, самый загруженный день первым').sql,
    ).toMatch(/ORDER BY transaction_count DESC$/);
  });
  it.each([
    ['Трансграничные операции по месяцам за прошлый год, по убыванию количества', 'DESC'],
    ['операции в Караганде по месяцам за 2026, по возрастанию количества', 'ASC'],
    ['transactions by month in 2026, by descending count', 'DESC'],
  ])('%s', (question, direction) => {
    const { frame, sql } = sqlOf(question);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(sql).toMatch(
      new RegExp(`ORDER BY transaction_count${direction === 'ASC' ? '( ASC)?' : ' DESC'}$`),
    );
  });
});

describe('a share with the part before the share word and a whole of several words ("Contactless share of foreign-currency POS payments", "Foreign-acquirer share of ECOM turnover")', () => {
  it.each([
    [
      'Contactless share of foreign-currency POS payments in 2026, %.',
      "transaction_currency <> 'KZT' AND transaction_type = 'POS'",
    ],
    ['Contactless share of grocery POS payments in Q2 2026', "transaction_type = 'POS'"],
    ['Foreign-acquirer share of ECOM turnover in tenge last quarter, %.', "transaction_type = 'ECOM'"],
  ])('%s', (question, whole) => {
    const { sql } = sqlOf(question);
    expect(sql).toMatch(/FILTER \(WHERE (pos_entry_mode = 'Contactless'|acquirer_country_iso <> 'KAZ')\)/);
    expect(sql).toContain(whole);
  });
  it('"share of contactless POS payments" (the part an adjective of the whole) is still asked back', () => {
    expect(kindOf('share of contactless POS payments')).toBe('clarify');
  });
});

describe('a percentile\'s number joined after a median, its word elided ("25th percentile, median and 75th of …")', () => {
  // (In the order said, and of the noun after them: "… 75th of POS amounts" added a total of the amounts,
  // and the 75th came before the median.)
  it.each([
    '25-й перцентиль, медиана и 75-й для снятий наличных в Алматы за прошлый месяц',
    '25th percentile, median and 75th of ATM withdrawals last month',
    'Сумма POS: 25-й перцентиль, медиана и 75-й, прошлый месяц',
    '25th percentile, median and 75th of POS amounts in Shymkent, last quarter',
    '10th percentile, median and 90th of the amounts of ECOM payments in 2025',
  ])('%s', (question) => {
    const measures = sqlOf(question).frame.measures;
    expect(measures).toHaveLength(3);
    expect(measures[1]).toEqual({ fn: 'median' });
    expect(measures[0]).toMatchObject({ fn: 'percentile' });
    expect(measures[2]).toMatchObject({ fn: 'percentile' });
  });
});

describe('more words: a kind of payment "per card", «айдың қай күні», «токенизированные платежи»', () => {
  it('"ATM withdrawals per card for each bank" is the withdrawals ÷ the distinct cards of each bank', () => {
    expect(sqlOf('ATM withdrawals per card for each bank last month').frame.measures).toEqual([
      { fn: 'per_card', of: 'count' },
    ]);
  });
  it('«2026 жылы айдың қай күні ақша шешу ең көп болды?» ranks the days of the month', () => {
    const { frame } = sqlOf('2026 жылы айдың қай күні ақша шешу ең көп болды?');
    expect(frame.dimensions).toEqual(['day_of_month']);
    expect(frame.limit).toBe(1);
  });
  it('«Сколько было токенизированных платежей (через кошелёк) вчера?» counts the wallet payments', () => {
    expect(sqlOf('Сколько было токенизированных платежей (через кошелёк) вчера?').sql).toContain(
      'wallet_type IS NOT NULL',
    );
  });
});

describe('Kazakh requests to show: «(саны көрсетілсін)» (let the count be shown) beside a ranking, and «ғана» after the label it limits («сағатты ғана көрсетіңіз», show only the hour)', () => {
  it.each([
    '2026 жылы кіріс P2P аударымдарының саны бойынша үздік үш қала (саны көрсетілсін).',
    '2026 жылы ең көп операция болған үш қала (саны көрсетілсін)',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it('«Қалалар (саны) 2026» still counts the cities', () => {
    expect(frameOf('Қалалар (саны) 2026').measures).toEqual([
      { fn: 'count_distinct', column: 'merchant_city' },
    ]);
  });
  it.each([
    ['2026 жылғы маусымда операциялар ең көп болған сағатты ғана көрсетіңіз.', 'hour_of_day'],
    ['Ең көп айналым болған қаланы ғана жазыңыз', 'merchant_city'],
  ])('%s', (question, dimension) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([dimension]);
    expect(frame.labelsOnly).toBe(true);
  });
});

describe('an AML or compliance team or review leading the question ("For the quarterly AML review: …") is an aside', () => {
  it.each([
    'For the quarterly AML review: total amount of cash withdrawn at ATMs in Q3 2026.',
    'For the compliance team: total amount of cash withdrawn at ATMs in Q3 2026.',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'sum' }]);
  });
});

describe('a way of paying spread over the hours or the weekdays with nothing measured («бесконтактные по часам», "QR by weekday, 2026", «Apple Pay сағат бойынша») counts those payments (it asked what to measure); a bank by hour or a kind of payment by month still asks', () => {
  it.each([
    ['бесконтактные по часам, прошлый месяц, по порядку часов', 'hour_of_day'],
    ['QR по дням недели, 2026, по порядку дней недели', 'weekday'],
    ['Apple Pay сағат бойынша, өткен ай, сағат ретімен', 'hour_of_day'],
    ['QR by weekday, 2026', 'weekday'],
    ['Google Pay ең көп болған апта күні, 2026', 'weekday'],
  ])('%s', (question, dimension) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual([dimension]);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it.each(['Kaspi by hour', 'ECOM by month 2026'])('%s', (question) => {
    expect(reasonOf(question)).toBe('missing_measure');
  });
});

describe('measures said the way analysts say them: «… айналымымен бірге көрсетіңіз» (together with their turnover), "…? Please provide the number of days." after the days counted, "ticket size by hour" (the average), "avg ECOM vs POS ticket", "ticket-size bands"', () => {
  it.each([
    '2025 жылы айналымы ең жоғары үш санатты айналымымен бірге көрсетіңіз.',
    '2026 жылы айналымы жүз елу миллион теңгеден асқан санаттарды айналымымен бірге көрсетіңіз.',
  ])('%s', (question) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(['mcc_category']);
    expect(frame.measures).toEqual([{ fn: 'sum' }]);
  });
  it.each([
    'How many days in November 2026 had more than three hundred transactions? Please provide the number of days.',
    'Сколько дней в ноябре 2026 года оборот через кошельки превышал один миллион тенге? Прошу указать число дней.',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'count_periods', unit: 'day' }]);
  });
  it.each([
    ['ticket size by hour of day for Dining & Restaurants in 2026, hours 0-23 in order', ['hour_of_day']],
    ['check size by city', ['merchant_city']],
    ['avg ECOM vs POS ticket in Taraz', ['transaction_type']],
    ['Taraz, last 90 days: avg ECOM vs POS ticket', ['transaction_type']],
  ])('%s', (question, dimensions) => {
    const frame = frameOf(question);
    expect(frame.dimensions).toEqual(dimensions);
    expect(frame.measures).toEqual([{ fn: 'avg' }]);
  });
  it('POS ticket-size bands … counts the payments in each band', () => {
    const frame = frameOf(
      'POS ticket-size bands for Q3 2026 per city, bands as columns: number of payments under 5,000, 5,000-20,000 and over 20,000 tenge.',
    );
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it('a bare "check" is still asked back', () => {
    expect(reasonOf('check by city')).toBe('unknown_words');
  });
});

describe('a breakdown said with the column\'s own name ("row count by isodow") and "hours 0–23 in order" after «по часам» are read; clock times ("18:00–23:59 … by hour") and «по часам (0–23)» stay as they were', () => {
  it.each([
    ['row count by isodow over the last 8 weeks, Mon first', 'weekday'],
    ['распределение строк по часам за прошлую неделю, часы 0–23 по порядку', 'hour_of_day'],
    ['Число операций по часам (0–23), только выходные (сб+вс), ноябрь 2026', 'hour_of_day'],
    [
      'Friday evenings (18:00–23:59) over the last 8 weeks, Almaty and Shymkent together: number of transactions by hour.',
      'hour_of_day',
    ],
  ])('%s', (question, dimension) => {
    expect(frameOf(question).dimensions).toEqual([dimension]);
  });
});

describe('the columns\' own names: «уникальных card_key», "count, sum of original_amount, sum of transaction_amount_kzt" (both amounts)', () => {
  it.each(['сколько уникальных card_key за последние 7 дней', 'unique card_key by bank'])(
    '%s',
    (question) => {
      expect(frameOf(question).measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    },
  );
  it("transaction_currency = 'GEL' in 2026: count, sum of original_amount, sum of transaction_amount_kzt", () => {
    const frame = frameOf(
      "transaction_currency = 'GEL' in 2026: count, sum of original_amount, sum of transaction_amount_kzt",
    );
    expect(frame.amountIn).toBe('both');
    expect(frame.measures).toEqual([{ fn: 'count' }, { fn: 'sum' }]);
  });
});

describe('several figures beside each group\'s share ("count, turnover and average ticket by bank, with each bank\'s share of turnover"): every figure is shown and the share is of the one its own clause names; with none named, which one is asked back', () => {
  it.each([
    [
      "Transactions count, turnover and average ticket per city for October 2026, plus each city's share of turnover",
      'sum',
      3,
    ],
    ['По банкам за октябрь 2026: количество, сумма, средний чек и доля банка в общей сумме', 'sum', 3],
    [
      'Количество операций и сумма по кошелькам за 2025 год и доля каждого кошелька в общем количестве операций',
      'count',
      2,
    ],
    ['Қалалар бойынша 2026 жылғы қазандағы операциялар саны мен сомасы, әр қаланың сомадағы үлесі', 'sum', 2],
    ['Top 3 categories by count in 2025 with their turnover and share of all transactions', 'count', 2],
  ])('%s', (question, of, shown) => {
    const frame = frameOf(question);
    expect(frame.measures).toHaveLength(shown);
    expect(frame.share?.withMeasure).toBe(true);
    expect(frame.measures[frame.share!.measure!]!.fn).toBe(of);
    const sql = sqlLineOf(question);
    // Each figure is a column, and the share's window is over the figure named.
    expect(sql).toContain(
      of === 'sum' ? 'sum(sum(transaction_amount_kzt)) OVER ()' : 'sum(count(*)) OVER ()',
    );
    for (const m of frame.measures)
      expect(sql).toContain(m.fn === 'count' ? 'count(*) AS' : `${m.fn}(transaction_amount_kzt) AS`);
  });
  it('ranked by the figure said, not the first one shown', () => {
    expect(
      sqlLineOf(
        "Q3 2026 turnover, number of payments and average ticket by bank, with each bank's share of total turnover, ranked by turnover",
      ),
    ).toMatch(/ORDER BY total_amount DESC$/);
  });
  it.each([
    'count, amount and share by bank last month',
    'число операций, сумма и доля каждого банка за прошлый месяц',
  ])('%s: the share of which figure is asked back', (question) => {
    expect(reasonOf(question)).toBe('share_which_measure');
  });
  it('over periods only, "its share of each hour\'s count" (whose?) is still asked back', () => {
    expect(
      reasonOf(
        "Eurasian Bank by hour of day in November 2026: number of POS payments, POS turnover, and its share of each hour's POS count.",
      ),
    ).toBe('share_measure');
  });
});

describe('with groups, a condition of the heading said again after the share word names the whole ("… by bank: count, amount and each bank\'s share of the bill-payment amount"); before it ("Halyk\'s share of …") it is still the part', () => {
  it("Bill payments (BILL_PAYMENT) in Q3 2026 by bank: count, amount and each bank's share of the bill-payment amount", () => {
    const frame = frameOf(
      "Bill payments (BILL_PAYMENT) in Q3 2026 by bank: count, amount and each bank's share of the bill-payment amount",
    );
    expect(frame.share?.subset).toEqual([]);
    expect(frame.filters).toEqual([
      { kind: 'values', column: 'transaction_type', negated: false, values: ['BILL_PAYMENT'] },
    ]);
  });
  it("Halyk Bank's ECOM turnover in 2026 by currency, with Halyk's share of each currency's ECOM turnover: not each currency's share of Halyk's", () => {
    expect(() =>
      frameOf(
        "Halyk Bank's ECOM turnover in 2026 by currency, with Halyk's share of each currency's ECOM turnover",
      ),
    ).toThrow();
  });
});

describe('cards over two periods ("paid in both October and November", "… in November but not in October", «и в сентябре, и в октябре», «…да, …де», «… жасап, … бірде-бір төлем жасамаған»): the cards of the first period said that also, or never, paid in the other — counted by inclusion–exclusion, the card key only ever inside count(DISTINCT …)', () => {
  it.each([
    ['How many cards paid in both August and September 2025?', true],
    ['Сколько карт Halyk платили и в июле, и в августе 2026?', true],
    ['2025 жылдың қазанында да, қарашасында да төлем жасаған карталар саны', true],
    ['How many cards paid in June 2026 but not in July 2026?', false],
    ['Сколько карт платили в марте 2026, но не платили в апреле 2026?', false],
    ['2026 жылдың наурызында төлем жасап, сәуірінде бірде-бір төлем жасамаған карталар саны', false],
  ])('%s', (question, also) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    expect(frame.compare).toBeNull();
    expect(frame.overlap?.also).toBe(also);
    const sql = sqlLineOf(question);
    // The card key appears only inside count(DISTINCT …).
    expect(sql.replace(/count\(DISTINCT card_key\)/g, '')).not.toContain('card_key');
  });
  it('the first period said is the one counted: "in June but not in July" keeps June\'s cards', () => {
    const frame = frameOf('How many cards paid in June 2026 but not in July 2026?');
    expect(frame.time).toEqual({ kind: 'dates', from: '2026-06-01', to: '2026-07-01' });
    expect(frame.overlap?.other).toEqual({ kind: 'dates', from: '2026-07-01', to: '2026-08-01' });
  });
  it('by bank: a row per bank', () => {
    expect(
      frameOf('Карты, которые платили в мае 2026, но не платили в июне 2026: сколько их по банкам?')
        .dimensions,
    ).toEqual(['issuer_bank_name']);
  });
  it('cards and their turnover over both periods is not one count: asked back', () => {
    expect(reasonOf('How many cards paid in both August and September 2025, and their turnover?')).not.toBe(
      'ok',
    );
  });
  it('two periods of payments (no cards) stay a comparison', () => {
    expect(frameOf('Number of payments in both August and September 2025').overlap).toBeUndefined();
  });
});

describe('bounds said precisely: "strictly above 100 000", «строго больше миллиона», "(both ends included)", «(обе границы включительно)», «(екі шегі де қоса)», and the Kazakh range with its unit after each end («5 000 теңгеден 20 000 теңгеге дейін»)', () => {
  it.each([
    [
      'How many ECOM payments in 2025 were strictly above 200 000 tenge?',
      { kind: 'amount', op: '>', value: 200000 },
    ],
    [
      'Сколько переводов P2P_IN на сумму строго меньше 2 000 тенге за 2026 год?',
      { kind: 'amount', op: '<', value: 2000 },
    ],
  ])('%s', (question, filter) => {
    const frame = frameOf(question);
    expect(frame.filters).toContainEqual(filter);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
  });
  it.each([
    [
      'How many ATM withdrawals of between 2,000 and 20,000 tenge (both ends included) were made in Taraz in 2026?',
      2000,
      20000,
    ],
    [
      'Количество покупок от 1 000 до 5 000 тенге (обе границы включительно) в Шымкенте за 2025 год',
      1000,
      5000,
    ],
    [
      '2025 жылы сомасы 3 000 теңгеден 9 000 теңгеге дейінгі (екі шегі де қоса) ECOM төлемдерінің саны',
      3000,
      9000,
    ],
    ['2026 жылы 10 000 теңгеден 50 000 теңгеге дейінгі POS операцияларының саны', 10000, 50000],
  ])('%s', (question, min, max) => {
    expect(frameOf(question).filters).toContainEqual({ kind: 'amount_between', min, max });
  });
  it('a date range with "(both ends included)": the days as said', () => {
    expect(frameOf('Count of transactions for 10–20 May 2026 (both ends included)').time).toEqual({
      kind: 'dates',
      from: '2026-05-10',
      to: '2026-05-21',
    });
  });
});

describe('merchants over two periods, as cards are («Сколько мерчантов имели операции в ноябре, но ни одной операции в октябре?», "merchants that took payments in both September and October")', () => {
  it.each([
    ['Сколько мерчантов имели операции в мае 2026, но ни одной операции в июне 2026?', false],
    ['How many merchants took payments in both April and May 2026?', true],
  ])('%s', (question, also) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'merchant_id' }]);
    expect(frame.overlap?.also).toBe(also);
    expect(sqlLineOf(question)).toContain('count(DISTINCT merchant_id) FILTER (WHERE');
  });
});

describe('clock times said aloud: "four fifty nine am", «до пяти пятидесяти девяти», «с двадцати двух ноль ноль» — the hour\'s last (or first) minute in words', () => {
  it.each([
    ['how many ECOM payments between midnight and three fifty nine am last month', 0, 4],
    ['сколько снятий было с двадцати трёх ноль ноль до шести пятидесяти девяти за прошлый месяц', 23, 7],
  ])('%s', (question, from, to) => {
    expect(frameOf(question).filters).toContainEqual({ kind: 'hours', from, to });
  });
});

describe('"…? Cards, not payments.", "Count the cards, not the transfers.": what is counted said again against the payments — no condition (it was asked back, or "not the transfers" left out every transfer)', () => {
  it.each([
    ['How many distinct cards paid in Shymkent last week? Cards, not transactions.', 'card_key'],
    [
      'How many unique Kaspi cards made P2P_OUT transfers in October 2026? Count the cards, not the transfers.',
      'card_key',
    ],
  ])('%s', (question, column) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column }]);
    expect(frame.filters.some((f) => f.kind === 'values' && f.negated)).toBe(false);
  });
});

describe('«айдың 1–10 күндеріндегі …», «айдың 5-і мен 20-сы күндеріндегі …»: the days of the month in the attributive locative', () => {
  it.each([
    ['2025 жылы айдың 1–10 күндеріндегі ECOM операцияларының саны', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ['2025 жылы айдың 10-ы мен 25-і күндеріндегі POS айналымы', [10, 25]],
  ])('%s', (question, days) => {
    expect(frameOf(question).filters).toContainEqual({ kind: 'month_days', days });
  });
});

describe('"weeks start on Monday", «(неделя начинается с понедельника)», «(апталар дүйсенбіден басталады)» beside a breakdown by week or a calendar week: how the weeks run, no condition', () => {
  it.each([
    ['Weekly count of ECOM payments in September 2026, weeks starting Monday', ['week']],
    ['Оборот по неделям за ноябрь 2026 года (недели начинаются с понедельника)', ['week']],
    ['2026 жылғы қыркүйектегі айналым апта бойынша (апталар дүйсенбіден басталады)', ['week']],
    ['Сколько операций было на прошлой неделе (неделя начинается с понедельника)?', []],
  ])('%s', (question, dimensions) => {
    expect(frameOf(question).dimensions).toEqual(dimensions);
  });
});

describe('«(wallet_type не заполнен)» is the blank column, as «пустой»; «стал рекордным» is "was the record"', () => {
  it('Сколько ECOM-операций за октябрь 2026, где wallet_type не заполнен?', () => {
    expect(
      frameOf('Сколько ECOM-операций за октябрь 2026, где wallet_type не заполнен?').filters,
    ).toContainEqual({
      kind: 'presence',
      column: 'wallet_type',
      present: false,
    });
  });
  it('…and «заполнен» alone is filled', () => {
    expect(
      frameOf('Сколько ECOM-операций за октябрь 2026, где wallet_type заполнен?').filters,
    ).toContainEqual({
      kind: 'presence',
      column: 'wallet_type',
      present: true,
    });
  });
  it('Какой месяц 2025 года стал рекордным по обороту?', () => {
    const frame = frameOf('Какой месяц 2025 года стал рекордным по обороту?');
    expect(frame.dimensions).toEqual(['month']);
    expect(frame.limit).toBe(1);
  });
});

describe('cards heading a question that measures nothing else ("Cards with at least one payment abroad this year, per bank", "Cards paying by phone, by bank") are counted, distinct — it counted the payments, or asked back', () => {
  it.each([
    ['Cards with a payment in Turkey in 2025, per bank', ['issuer_bank_name']],
    ['Cards with at least one QR payment last month, by city', ['merchant_city']],
    ['Cards paying by phone (any wallet) in 2025', []],
  ])('%s', (question, dimensions) => {
    const frame = frameOf(question);
    expect(frame.measures).toEqual([{ fn: 'count_distinct', column: 'card_key' }]);
    expect(frame.dimensions).toEqual(dimensions);
  });
  it('"Cards with the most payments abroad" (single cards ranked) is still asked back', () => {
    expect(reasonOf('Cards with the most payments abroad this year')).not.toBe('sql');
  });
});

describe('"by city, most cards first", "most transactions first", "fewest cards first": the noun of what is counted between the superlative and "first" names the order only', () => {
  it.each([
    ['Apple Pay active cards by bank in 2025, most cards first', 'desc'],
    ['ECOM transactions by city last month, fewest transactions first', 'asc'],
  ])('%s', (question, direction) => {
    expect(sqlLineOf(question)).toMatch(new RegExp(`ORDER BY \\w+ ${direction.toUpperCase()}$`));
  });
  it('"biggest sum first" still says which of two measures orders the rows', () => {
    expect(sqlLineOf('ECOM by bank for October 2026: count and tenge sum, biggest sum first')).toMatch(
      /ORDER BY total_amount DESC$/,
    );
  });
});

describe('"daily series of …", «помесячный ряд …», "the trend of …": a timeline — read with its unit of time, asked back without one (the trend was a stop word, so "the trend of the count in November" was one total)', () => {
  it.each([
    ['Daily series of transaction counts for November 2026', ['day']],
    ['weekly time series of QR payments at Halyk Bank over the last 6 weeks', ['week']],
    ['Помесячный ряд оборота аптек за 2025 год', ['month']],
    ['Квартальный временной ряд количества переводов P2P за 2025 год', ['quarter']],
    ['The monthly trend of ECOM turnover in 2026', ['month']],
  ])('%s', (question, dimensions) => {
    expect(frameOf(question).dimensions).toEqual(dimensions);
  });
  it.each([
    'The trend of ECOM turnover in November 2026',
    'Ряд количества операций в Алматы за октябрь 2026',
    'dynamics of Kaspi card payments last month',
  ])('%s is asked back', (question) => {
    expect(reasonOf(question)).toBe('unknown_words');
  });
  it('…and a lead-in that names the timeline the answer is anyway is set aside', () => {
    expect(
      frameOf("I'm making a trend chart for the branch: payments by week in Shymkent over the last 4 weeks")
        .dimensions,
    ).toEqual(['week']);
  });
});

describe('"Seasonality for the annual report: …", «— интересует сезонность …»: seasonality says why it is asked', () => {
  it.each([
    ['Seasonality check for the branch: turnover by month in 2025', ['month']],
    ['Оборот ресторанов по месяцам за 2025 год — интересует сезонность', ['month']],
  ])('%s', (question, dimensions) => {
    expect(frameOf(question).dimensions).toEqual(dimensions);
  });
  it('"seasonality" alone says nothing to compute: asked back', () => {
    expect(reasonOf('Seasonality of turnover in 2025')).not.toBe('sql');
  });
});

describe('a complaint looked into, before the question ("Several complaints about QR payments in Shymkent —", «Клиенты Jusan жалуются на Google Pay —», «ForteBank клиенттері банкоматқа шағымданды —»): why it is asked, set aside', () => {
  it.each([
    ['Kaspi clients complain about QR — how many QR payments did Kaspi Bank cards make last month?', []],
    [
      'Клиенты Jusan жалуются на Google Pay — сколько платежей Google Pay было у Jusan Bank в прошлом месяце?',
      [],
    ],
    [
      'ForteBank клиенттері банкоматқа шағымданды — өткен айда ForteBank карталарымен шешілген ақша сомасы қала бойынша',
      ['merchant_city'],
    ],
    ['Жалобы на АЗС — оборот АЗС за прошлый месяц по банкам', ['issuer_bank_name']],
  ])('%s', (question, dimensions) => {
    expect(frameOf(question).dimensions).toEqual(dimensions);
  });
  it('a condition said only in the complaint is not dropped: asked back', () => {
    expect(
      reasonOf('Clients complain about payments over 300 000 — how many POS payments were there last month?'),
    ).not.toBe('sql');
  });
  it('«жалақы түскен карталар» (cards a salary came in to) is still read: «түскен» is no complaint word', () => {
    expect(frameOf('2026 жылы жалақы түскен бірегей карталар саны').measures).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
    ]);
  });
});

describe('more words of the new sets: the order of a weekday breakdown, of weeks and quarters; «трансфер»; person-to-person transfers; public days; a press release', () => {
  it.each([
    ['оборот по дням недели за прошлый квартал, начиная с понедельника', ['weekday']],
    ['2025 жылы онлайн сатып алулар саны апта күндері бойынша, дүйсенбіден бастап', ['weekday']],
    ['weekly count of QR payments for the last 8 weeks, weeks start Monday', ['week']],
    ['оборот Halyk Bank по неделям за последние 6 недель, по порядку недель', ['week']],
    ['оборот по кварталам за 2025 год, по порядку кварталов', ['quarter']],
    ['Monthly number of card transactions in 2025, for a line chart in the release', ['month']],
  ])('%s', (question, dimensions) => {
    expect(frameOf(question).dimensions).toEqual(dimensions);
  });
  it('«начиная с понедельника» with no breakdown by weekday (it may be "since Monday") is asked back', () => {
    expect(reasonOf('оборот начиная с понедельника')).toBe('unknown_words');
  });
  it('«с понедельника по пятницу» is still the weekdays kept', () => {
    expect(
      sqlLineOf('количество снятий наличных по часам, с понедельника по пятницу, за 2026 год'),
    ).toContain('isodow');
  });
  it.each([
    ['сумма исходящих трансферов за последние 30 дней', ['P2P_OUT']],
    ['средняя сумма входящего трансфера за прошлый квартал', ['P2P_IN']],
    ['How many outgoing person-to-person transfers were made last month?', ['P2P_OUT']],
    ['Сколько исходящих переводов между частными лицами было в декабре 2025 года?', ['P2P_OUT']],
  ])('%s', (question, types) => {
    expect(frameOf(question).filters).toContainEqual(values('transaction_type', ...types));
  });
  it.each([
    'Independence Day, 16 December 2025: how much was spent in restaurants that day?',
    'День Независимости: количество операций 16 декабря 2025 года',
    'Оборот в Международный женский день, 8 марта 2026 года',
  ])('%s: the public day beside its date names it', (question) => {
    expect(kindOf(question)).toBe('sql');
  });
  it('"turnover on Independence Day" with no date is asked back', () => {
    expect(kindOf('turnover on Independence Day')).not.toBe('sql');
  });
});

describe('"(cols: …)", «… и какой он?», "average amount per ATM withdrawal", "average transactions per card"', () => {
  it('unique cards and unique merchants by bank last month (cols: bank, cards, merchants)', () => {
    expect(
      frameOf('unique cards and unique merchants by bank last month (cols: bank, cards, merchants)').measures,
    ).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'count_distinct', column: 'merchant_id' },
    ]);
  });
  it('«В каком городе самый высокий средний чек в аптеках за 2025 год и какой он?»', () => {
    const frame = frameOf('В каком городе самый высокий средний чек в аптеках за 2025 год и какой он?');
    expect(frame.dimensions).toEqual(['merchant_city']);
    expect(frame.limit).toBe(1);
  });
  it.each([
    'average amount per ATM withdrawal in 2025',
    'On average, how much cash did people take out per ATM withdrawal in 2025?',
  ])("%s: each withdrawal's amount, averaged", (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'avg' }]);
  });
  it('"average transactions per card" is their number per card (it was the amount per card)', () => {
    expect(frameOf('average transactions per card in 2025').measures).toEqual([
      { fn: 'per_card', of: 'count' },
    ]);
  });
});

describe('«в сумме снятой налички», «кэшбэк науқаны» (spelled with э)', () => {
  it('доля каждого банка в сумме снятой налички за 2026 год', () => {
    expect(frameOf('доля каждого банка в сумме снятой налички за 2026 год').filters).toContainEqual(
      values('transaction_type', 'ATM_WITHDRAWAL'),
    );
  });
  it('кэшбэк науқаны кезінде (2026 жылғы 1–15 қараша) QR-пен қанша төлем болды?', () => {
    expect(kindOf('кэшбэк науқаны кезінде (2026 жылғы 1–15 қараша) QR-пен қанша төлем болды?')).toBe('sql');
  });
});

describe('an auditor\'s words for the rows: "the number of entries", "records dated 1 to 31 October"', () => {
  it.each([
    'Number of entries and total amount yesterday, per transaction type.',
    'Incoming P2P transfers (P2P_IN) by bank for last quarter: number of entries and total amount.',
    'How many records dated 1 to 31 October 2026 inclusive have no pos_entry_mode, broken down by transaction type?',
  ])('%s', (question) => {
    expect(kindOf(question)).toBe('sql');
    expect(frameOf(question).measures[0]).toEqual({ fn: 'count' });
  });
});

describe('a widget named before what it feeds, and its axes: "table widget: …", "donut: …", "stacked bar: …", «кольцевая диаграмма: …», "x = month, y = amount"', () => {
  it.each([
    ['table widget: ATM withdrawals Oct 1–15, 2026 by city — count and amount', ['merchant_city']],
    ['donut: share of turnover by transaction type, Q1 2026', ['transaction_type']],
    [
      'stacked bar: transaction count by bank and transaction type, last month',
      ['issuer_bank_name', 'transaction_type'],
    ],
    [
      'кольцевая диаграмма: доля каждого типа операций в общем количестве операций за 2025 год',
      ['transaction_type'],
    ],
    ['bar chart of average ticket by city, last month; x = city, y = avg amount', ['merchant_city']],
    ['сызықтық график: 2026 жылғы айлар бойынша айналым, x = ай, y = сома', ['month']],
    [
      'график по дням: количество платежей через Apple Pay за последние 30 дней, x = день, y = количество',
      ['day'],
    ],
  ])('%s', (question, dimensions) => {
    expect(frameOf(question).dimensions).toEqual(dimensions);
  });
  it('"y = avg amount" restates the average, no second figure', () => {
    expect(
      frameOf('bar chart of average ticket by city, last month; x = city, y = avg amount').measures,
    ).toEqual([{ fn: 'avg' }]);
  });
});

describe('the first and the last payments: "the first and the last Samsung Pay payments", «төлемдерінің алғашқы және соңғы уақыты»', () => {
  it.each([
    'When were the first and the last Samsung Pay payments recorded in Pavlodar during 2026?',
    'KPI: 2026 жылы Шымкенттегі Samsung Pay төлемдерінің алғашқы және соңғы уақыты',
    '2026 жылғы 27 қарашада ECOM сатып алулардың алғашқы және соңғы уақыты',
  ])('%s', (question) => {
    expect(frameOf(question).measures).toEqual([{ fn: 'first_at' }, { fn: 'last_at' }]);
  });
  it('«… төлемдерінің соңғы уақыты» alone', () => {
    expect(frameOf('2026 жылы Шымкенттегі Samsung Pay төлемдерінің соңғы уақыты').measures).toEqual([
      { fn: 'last_at' },
    ]);
  });
  it('"last payments" alone is not the time of one', () => {
    expect(kindOf('last payments in 2026')).not.toBe('sql');
  });
});

describe('a hedge on the figure: «шамамен қанша», «грубо, для сравнения», "just a rough comparison"', () => {
  it.each([
    'ECOM операцияларының орташа сомасы шамамен қанша 2026 жылы?',
    'Average check per bank, November 2025 vs November 2026 - just a rough comparison, both months for each bank.',
    'Сколько POS-операций было в Алматы за 2025 год? Грубо.',
  ])('%s', (question) => {
    expect(kindOf(question)).toBe('sql');
  });
});

describe('a ratio asked, then both figures asked for side by side: «Во сколько раз … больше, чем …? Посчитаю сам — дай обе суммы рядом», "twice as many …? Show both counts in one row"', () => {
  it.each([
    'Примерно во сколько раз оборот POS в Алматы больше, чем в Таразе, за 2026 год? Посчитаю сам — дай обе суммы рядом.',
    '2026 жылы Алматыдағы POS айналымы Астанадағыдан қанша есе көп? Өзім есептеймін — екі соманы қатар қойып көрсетіңіз.',
    'Were there roughly twice as many contactless payments as QR payments in 2025? Show both counts in one row.',
    'How many times higher was ECOM turnover in Almaty than in Astana in 2026? Just give me both figures side by side.',
  ])('%s', (question) => {
    const sql = sqlOf(question).sql;
    expect(sql).toMatch(/FILTER \(WHERE .*FILTER \(WHERE/s);
  });
  it.each([
    'Во сколько раз оборот POS в Алматы больше, чем в Таразе, за 2026 год?',
    'Were there twice as many contactless payments as QR payments in 2025?',
  ])('without the two figures asked for, the ratio is still asked back: %s', (question) => {
    expect(kindOf(question)).not.toBe('sql');
  });
});

describe("more of the auditors', BI developers' and sales teams' words", () => {
  it.each([
    'What was the average transaction amount in tenge in the Pharmacies & Health category for the period 1 March 2026 to 31 May 2026, both dates inclusive?',
    '2025 жылғы Kaspi Bank айналымы тоқсан бойынша, тоқсан ретімен.',
    'Өткен айдағы операциялар саны сағат бойынша, сағат ретімен шығаршы',
    'line chart, monthly, 2026: number of distinct merchants accepting Apple Pay; x = month',
  ])('%s', (question) => {
    expect(kindOf(question)).toBe('sql');
  });
});

describe('«не считая / кроме операций по магнитной полосе»: the payments left out named with the "by" of their means', () => {
  it.each([
    'Число POS-операций в Шымкенте за сентябрь 2026 года, не считая операций по магнитной полосе (Swipe).',
    'Число операций за сентябрь 2026 года, кроме оплат по QR-коду.',
  ])('%s', (question) => {
    expect(
      frameOf(question).filters.some(
        (f) => f.kind === 'values' && f.column === 'pos_entry_mode' && f.negated,
      ),
    ).toBe(true);
  });
});

describe('«обналичка», «выдача наличных», «интернет-эквайринг», "payment instrument", «проводились», «использовавших»', () => {
  it.each([
    ['Обналичка по банкам и месяцам за второе полугодие 2026 — сумма снятий', 'ATM_WITHDRAWAL'],
    ['Сумма выдачи наличных по банкам за октябрь 2026', 'ATM_WITHDRAWAL'],
    ['Оборот интернет-эквайринга за октябрь 2026 по банкам, по убыванию суммы', 'ECOM'],
  ])('%s', (question, type) => {
    expect(frameOf(question).filters).toContainEqual(values('transaction_type', type));
  });
  it("«Сколько дней в 2025 году обналичка превышала 1 млн тенге в сутки?» is each day's total", () => {
    expect(frameOf('Сколько дней в 2025 году обналичка превышала 1 млн тенге в сутки?').having?.of).toBe(
      'sum',
    );
  });
  it.each([
    'Number of transactions by payment instrument (transaction type) for Q3 2026',
    'Количество уникальных карт, по которым проводились операции в Алматы в ноябре 2026 года.',
    'Количество уникальных карт, использовавших Samsung Pay, в разрезе банков-эмитентов за 2026 год.',
  ])('%s', (question) => {
    expect(kindOf(question)).toBe('sql');
  });
});

describe('a ratio with only a layout word ("side by side") is still asked back: the figures were not asked for', () => {
  it('ratio of turnover in Almaty to Astana in 2026, side by side', () => {
    expect(kindOf('ratio of turnover in Almaty to Astana in 2026, side by side')).not.toBe('sql');
  });
});

describe('"the specific weight of …" (officialese «удельный вес» translated) is a share (unseen198)', () => {
  it.each([
    "Please provide, for each city, the specific weight of ECOM transactions in that city's total number of transactions for November 2025.",
    'For the annual report, please provide the specific weight of each transaction type in the total number of transactions for 2025.',
  ])('%s', (question) => {
    expect(frameOf(question).share).not.toBeNull();
  });
});

describe('«… против того же месяца прошлого года», «в том же квартале прошлого года»: the same period a year back in the genitive and the locative (asked back over «того, месяца»: lt005, gs119, mr150)', () => {
  it.each([
    'Количество снятий наличных в прошлом месяце против того же месяца прошлого года, изменение в %',
    'Оборот в прошлом квартале против того же квартала прошлого года',
  ])('%s', (question) => {
    expect(frameOf(question).compare).not.toBeNull();
  });
});

describe('«…, ең жоғары айдан бастап», «ең төмен айдан бастап», «ең жоғарғысынан бастап»: the Kazakh "highest (lowest) month first" orders the rows by the measure (asked back over «бастап»: mr137, lb107)', () => {
  it.each([
    ['Осы жылдың басынан бері ай бойынша айналым, ең жоғары айдан бастап', 'DESC'],
    ['2025 жылы ай бойынша айналым, ең төмен айдан бастап', 'ASC'],
    ['2025 жылғы айлық айналым, ең жоғарғысынан бастап.', 'DESC'],
  ])('%s', (question, direction) => {
    expect(sqlLineOf(question)).toContain(`ORDER BY total_amount ${direction}`);
  });
});

describe("«…, бос мәндерді қоса» (the blank values included): the blanks kept as a row of the breakdown, the values' noun between (asked back over «бос, мәндерді, қоса»: mp124, kp093, lc145, hr027)", () => {
  it.each([
    'BILL_PAYMENT операциялары енгізу тәсілі бойынша, бос мәндерді қоса',
    'Соңғы 7 күндегі контактісіз төлемдер санын әмиян түрлері бөлінісінде, бос мәндерді қоса ұсынуыңызды сұраймын.',
  ])('%s', (question) => {
    const sql = sqlLineOf(question);
    expect(sql).toMatch(/GROUP BY (pos_entry_mode|wallet_type)/);
    expect(sql).not.toContain('IS NOT NULL');
  });
});

describe('«…, по которым осуществлялось снятие наличных», «в каких валютах осуществлялись операции» (officialese "was carried out") is a verb of payments happening (asked back over «осуществлялось»: mp009, mp133)', () => {
  it('the cards counted by city', () => {
    expect(
      sqlLineOf(
        'Прошу предоставить количество уникальных карт, по которым осуществлялось снятие наличных в банкоматах, в разрезе городов за III квартал 2025 года.',
      ),
    ).toContain('count(DISTINCT card_key)');
  });
  it('the currencies listed', () => {
    expect(
      frameOf('Прошу указать, в каких валютах осуществлялись операции ECOM за прошлый месяц.').listValues,
    ).toBe(true);
  });
});

describe('«Прошу предоставить перечень …», «Только перечень валют» (the list of): a word of listing (asked back over «перечень»: mp103, ml092)', () => {
  it('«перечень категорий, средний чек по которым … превышает 20 000 тенге» keeps the categories whose average passes', () => {
    expect(
      sqlLineOf(
        'Прошу предоставить перечень категорий, средний чек по которым за 2025 год превышает 20 000 тенге, с указанием среднего чека.',
      ),
    ).toContain('HAVING avg(transaction_amount_kzt) > 20000');
  });
  it('«… Только перечень валют.» lists the currencies', () => {
    expect(
      frameOf('В каких валютах проводились операции в Шымкенте за 2025 год? Только перечень валют.')
        .listValues,
    ).toBe(true);
  });
});

describe('parts of a month counted from this one — its halves, first or last N days, days said as numbers, "since the Nth" (asked back: mr012, mr015, mr041, mr066, mr124, mr141, mr149, kv006)', () => {
  const lastMonth = "date_trunc('month', current_date) - interval '1 month'";
  it.each([
    ['number of payments in Astana on days 1 to 10 of last month', 'en'],
    ['Сколько было платежей в Астане с 1-го по 10-е число прошлого месяца?', 'ru'],
    ['Өткен айдың 1-і мен 10-ы аралығында Астанадағы төлемдер саны', 'kk'],
    ['payments in Astana between the 1st and the 10th of last month', 'en'],
  ])('"%s" (%s): the 1st to the 10th of last month', (question) => {
    const line = sqlLineOf(question);
    expect(line).toContain(`transaction_timestamp >= ${lastMonth} AND`);
    expect(line).toContain(`transaction_timestamp < ${lastMonth} + interval '10 days'`);
    expect(line).not.toContain('extract(day');
  });
  it.each([
    'turnover in Aktobe for the second half of last month',
    'Оборот в Актобе за вторую половину прошлого месяца',
    'Өткен айдың екінші жартысындағы Ақтөбедегі айналым',
  ])('"%s": the 16th to the month\'s end', (question) => {
    expect(frameOf(question).time).toEqual({ kind: 'month_span', back: 1, from: 16, to: null });
    expect(sqlLineOf(question)).toContain(
      `transaction_timestamp >= ${lastMonth} + interval '15 days' AND transaction_timestamp < date_trunc('month', current_date)`,
    );
  });
  it('"the first half of this month" is the 1st–15th of the current month', () => {
    expect(frameOf('payments count by day for the first half of this month').time).toEqual({
      kind: 'month_span',
      back: 0,
      from: 1,
      to: 15,
    });
  });
  it('"the last 5 days of last month", «өткен айдың соңғы 5 күні»: the days before this month began', () => {
    for (const q of [
      'ECOM count in the last 5 days of last month',
      'Өткен айдың соңғы 5 күніндегі ECOM саны',
    ]) {
      expect(frameOf(q).time).toEqual({ kind: 'month_last_days', back: 1, n: 5 });
      expect(sqlLineOf(q)).toContain(
        "transaction_timestamp >= date_trunc('month', current_date) - interval '5 days' AND transaction_timestamp < date_trunc('month', current_date)",
      );
    }
  });
  it('"since the 20th of last month", «с 20-го числа прошлого месяца», «өткен айдың 20-нан бастап»: from that day on', () => {
    for (const q of [
      'QR turnover since the 20th of last month',
      'Оборот по QR с 20-го числа прошлого месяца',
      'Өткен айдың 20-нан бастап QR айналымы',
    ])
      expect(frameOf(q).time).toEqual({ kind: 'month_span', back: 1, from: 20, to: null, open: true });
  });
  it('the 5th of last month alone is that one day, never the 5th of every month', () => {
    expect(frameOf('оборот 5-го числа прошлого месяца').time).toEqual({
      kind: 'month_span',
      back: 1,
      from: 5,
      to: 5,
    });
  });
  it('"the first half of last month vs the second half" sets the two halves side by side', () => {
    const frame = frameOf('turnover, the first half of last month vs the second half');
    expect(frame.compare?.earlier).toEqual({ kind: 'month_span', back: 1, from: 1, to: 15 });
    expect(frame.compare?.later).toEqual({ kind: 'month_span', back: 1, from: 16, to: null });
  });
  it('days no month is sure to have (the 29th, the 30th) are asked back', () => {
    expect(kindOf('turnover from the 1st to the 30th of last month')).toBe('clarify');
  });
});

describe('treasury words: «в эквиваленте» alone (the tenge equivalent), «нерезидентский эквайер» / "non-resident acquirers", «тенговые операции», and "the current year to date" / «ағымдағы жылдың басынан бері» (asked back: mt014, mt030, mt043, mt053, mt054, mt085, mt098, mt099, mt103, mt109, mt111, mt133, mt147, mu059)', () => {
  it('«Валютный оборот в эквиваленте по банкам за 2025 год» is the tenge amount of foreign-currency payments by bank', () => {
    const line = sqlLineOf('Валютный оборот в эквиваленте по банкам за 2025 год');
    expect(line).toContain('sum(transaction_amount_kzt)');
    expect(line).toContain("transaction_currency <> 'KZT'");
  });
  it('«Количество операций через нерезидентских эквайеров за 2025» and "payments through non-resident acquirers" are foreign acquirers', () => {
    for (const q of [
      'Количество операций через нерезидентских эквайеров за 2025',
      'payments count through non-resident acquirers in 2025',
    ])
      expect(sqlLineOf(q)).toContain("acquirer_country_iso <> 'KAZ'");
  });
  it('«тенговые операции против валютных» sets tenge payments against the rest', () => {
    expect(sqlLineOf('Количество: тенговые операции против валютных за 2025, в одну строку')).toContain(
      "FILTER (WHERE transaction_currency = 'KZT')",
    );
  });
  it.each(['ECOM count for the current year to date', 'Ағымдағы жылдың басынан бері ECOM операциялар саны'])(
    '"%s" is this year so far',
    (q) => {
      expect(frameOf(q).time).toEqual({ kind: 'this', unit: 'year' });
    },
  );
});

describe('headings of loyalty and data-science analysts set apart before the question ("Repeat behaviour:", «Новые карты:», «Қайталама клиенттер:», "Acquisition check:", «для EDA:», «для фичей») are context (asked back: ms005, ms016, ms052, ms076, ms110, ms116, mv002, mv016, mt063)', () => {
  it.each([
    'Repeat behaviour: how many cards paid at pharmacies in both May and June 2025?',
    'Повторные клиенты: сколько карт платили в аптеках и в мае, и в июне 2025?',
    'для EDA: медиана суммы по городам, 2025',
  ])('"%s" is answered', (q) => {
    expect(kindOf(q)).toBe('sql');
  });
  it('«сколько новых карт было в мае 2025» — "new" inside the question — is still asked back', () => {
    expect(kindOf('сколько новых карт было в мае 2025')).toBe('clarify');
  });
});

describe('«выросли с сентября по октябрь» (grew from September to October): with a word of change, «с A по B» sets A against B, as "from A to B" does (asked back: ms101, kc073, lq108)', () => {
  it('«Какие банки выросли по обороту с мая по июнь 2025?» compares May with June', () => {
    const frame = frameOf('Какие банки выросли по обороту с мая по июнь 2025?');
    expect(frame.compare?.earlier).toEqual({ kind: 'dates', from: '2025-05-01', to: '2025-06-01' });
    expect(frame.compare?.later).toEqual({ kind: 'dates', from: '2025-06-01', to: '2025-07-01' });
  });
  it('«больше, чем …? Период — с июня по ноябрь» — "more than" alone — keeps the range', () => {
    expect(
      frameOf('Тратят ли в Астане на путешествия больше, чем на одежду? Период — с июня по ноябрь 2025 года.')
        .time,
    ).toEqual({ kind: 'dates', from: '2025-06-01', to: '2025-12-01' });
  });
  it('«как рос оборот по месяцам с января по май 2025» — a timeline — is asked back as before, not two months', () => {
    const r = understandQuestion('как рос оборот по месяцам с января по май 2025', context);
    if (r.kind === 'sql') expect(r.frame.compare ?? null).toBeNull();
  });
});

describe('blanks and exclusions said the Kazakh way: «бос мәндер де» (the blanks too), «бос мәндерді де қосып (бөлек жол)», «пустые тоже отдельной строкой», «(Unknown санатын есепке алмай)», «есепке алынбайды» (asked back: mv148, it086, iq035, ms134, kj009)', () => {
  it.each([
    'Төлемдер саны, енгізу тәсілі бойынша, бос мәндер де, 2025',
    'Количество операций по способам ввода за 2025 год, пустые тоже отдельной строкой',
    'count by pos_entry_mode incl nulls as their own row, 2025',
  ])('"%s" keeps the blank as a row of the breakdown', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('GROUP BY pos_entry_mode');
    expect(line).not.toContain('IS NOT NULL');
  });
  it('«(Unknown санатын есепке алмай)» leaves Unknown out', () => {
    expect(sqlLineOf('2025 жылы айналымы ең жоғары 3 санат (Unknown санатын есепке алмай)')).toContain(
      "mcc_category <> 'Unknown'",
    );
  });
});

describe('«2026 жылдың алғашқы 9 айында» (in the first 9 months of 2026), "year-on-year comparison", «сопоставление», "in descending order of tenge volume" (asked back: mu080, mu093, mu109, jf074, jk115, ka091, ka143, ks095, gt146, hn149, hr078, il126)', () => {
  it('«2025 жылдың алғашқы 6 айында» is January–June 2025', () => {
    expect(frameOf('2025 жылдың алғашқы 6 айындағы айналым').time).toEqual({
      kind: 'dates',
      from: '2025-01-01',
      to: '2025-07-01',
    });
  });
  it('"Year-on-year comparison: Q1 2024 versus Q1 2025" and «Сопоставление … за I квартал 2025 и I квартал 2024» compare the two', () => {
    for (const q of [
      'Year-on-year comparison of turnover: Q1 2024 versus Q1 2025',
      'Сопоставление оборота за I квартал 2025 года и I квартал 2024 года',
    ])
      expect(frameOf(q).compare).not.toBeNull();
  });
  it('"count and volume in tenge by currency, 2025, in descending order of tenge volume" orders by the volume', () => {
    expect(
      sqlLineOf('count and volume in tenge by currency, 2025, in descending order of tenge volume'),
    ).toContain('ORDER BY total_amount DESC');
  });
});

describe('"average tenge-equivalent ticket", "Average tenge ticket" (the unit before the check), «на одну аптеку (торговую точку)» (per merchant of a kind, the merchants\' word in brackets) (asked back: mt078, lo053, ms104)', () => {
  it('"Average tenge ticket of ECOM payments abroad, 2025" is the average amount', () => {
    expect(frameOf('Average tenge ticket of ECOM payments abroad, 2025').measures).toEqual([{ fn: 'avg' }]);
  });
  it('«Средний оборот на одну АЗС (торговую точку) за 2025» is the turnover per fuel merchant', () => {
    const line = sqlLineOf('Средний оборот на одну АЗС (торговую точку) за 2025');
    expect(line).toContain('count(DISTINCT merchant_id)');
    expect(line).toContain("mcc_category = 'Fuel & Service Stations'");
  });
});

describe('«Будни против выходных: доля ECOM …, двумя числами», "…? Two columns please.": with one period, "as two numbers" sets weekdays and weekends side by side, a share within each (asked back: mu055, mj058, jz079)', () => {
  it('«Будни против выходных: доля QR-платежей за 2025 год, двумя числами» is a column per side', () => {
    const line = sqlLineOf('Будни против выходных: доля QR-платежей за 2025 год, двумя числами.');
    expect(line).toContain('AS share_pct_weekday');
    expect(line).toContain('AS share_pct_weekend');
  });
  it("«Доли бесконтактных и QR-платежей среди оплат в магазинах за 2025 год, двумя числами» is not split by the part's own values", () => {
    const r = understandQuestion(
      'Доли бесконтактных и QR-платежей среди оплат в магазинах за 2025 год, двумя числами.',
      context,
    );
    if (r.kind === 'sql') expect(r.sql).not.toContain("FILTER (WHERE pos_entry_mode = 'Contactless'), 0)");
  });
});

describe('"turnover 1–14 Sep 2026 (before) vs 15–28 Sep 2026 (promo)": in a question about a campaign, one word alone in brackets after a period\'s dates labels it (asked back: ms017)', () => {
  it('"Promo uplift: fuel turnover 1–10 May 2025 (before) vs 11–20 May 2025 (promo)" compares the two', () => {
    const frame = frameOf(
      'Promo uplift: fuel turnover 1–10 May 2025 (before) vs 11–20 May 2025 (promo), change in %',
    );
    expect(frame.compare?.earlier).toEqual({ kind: 'dates', from: '2025-05-01', to: '2025-05-11' });
  });
  it('with no campaign word the lone word is still asked back', () => {
    expect(kindOf('fuel turnover 1–10 May 2025 (before) vs 11–20 May 2025 (after), change in %')).toBe(
      'clarify',
    );
  });
});

describe('"…, foreign currencies only (no KZT)", "…, no \'Unknown\' category", "— no Kaspi": "no" opening a clause or a bracket before values excepts them, as "without" does (asked back: mv037, lm134, ii010, il067)', () => {
  it('in brackets and after a comma', () => {
    expect(sqlLineOf('count by currency in 2025 (no KZT)')).toContain("transaction_currency <> 'KZT'");
    expect(sqlLineOf('withdrawals by city, March 2025, no Shymkent')).toContain(
      "merchant_city <> 'Shymkent'",
    );
  });
  it('after a dash, with two values', () => {
    expect(sqlLineOf('turnover by bank in 2025 — no Kaspi or Halyk')).toContain(
      "issuer_bank_name NOT IN ('Kaspi Bank', 'Halyk Bank')",
    );
  });
  it('not when more follows in its clause, nor "with no wallet"', () => {
    expect(sqlLineOf('payments with no wallet by bank in 2025')).toContain('wallet_type IS NULL');
    expect(sqlLineOf('turnover by bank in 2025, no Kaspi payments at night')).toBe('(clarify)');
  });
});

describe('board-pack requests: an aside between commas ("provide, for the purposes of the board pack, the total …"), a purpose after the question with no comma («… для ежемесячной справки финансовому директору», "… for the regional slide"), "Could you please confirm …", «Будем признательны, если вы укажете …» (asked back: mz001, mz005, mz089, mz091 …)', () => {
  it('an aside between two commas saying why is set aside', () => {
    expect(
      sqlLineOf('Could you please provide, for the purposes of the board pack, the total turnover for 2025?'),
    ).toContain('SELECT sum(transaction_amount_kzt) AS total_amount');
  });
  it('but not a clause between commas that names a condition or a measure', () => {
    expect(sqlLineOf('median e-com ticket, acq country CN, Jan-Nov 2025')).toBe('(clarify)');
    expect(
      sqlLineOf(
        'Халық банк карталарымен жасалған шетелдік операциялар саны 2024 және 2025 жылдары, сондай-ақ нарықтағы шетелдік операциялар саны, бір жолға.',
      ),
    ).toBe('(clarify)');
  });
  it('a purpose after the question with no comma before it', () => {
    expect(
      sqlLineOf(
        'Прошу предоставить оборот за 2025 год в разрезе городов для ежемесячной справки финансовому директору.',
      ),
    ).toContain('GROUP BY merchant_city');
    expect(
      sqlLineOf(
        'Could you kindly provide the total turnover for all cities except Almaty for 2025, as a single figure for the regional slide?',
      ),
    ).toContain("merchant_city <> 'Almaty'");
  });
  it('"Could you please confirm the number of …" is the request; a figure quoted to confirm is still context', () => {
    expect(sqlLineOf('Could you please confirm the number of ATM withdrawals in Q4 2025?')).toContain(
      "transaction_type = 'ATM_WITHDRAWAL'",
    );
  });
  it('«Будем признательны, если вы укажете …», «… учитывая только операции POS и ECOM»', () => {
    expect(sqlLineOf('Будем признательны, если вы укажете оборот за 2025 год в разрезе банков.')).toContain(
      'GROUP BY issuer_bank_name',
    );
    expect(
      sqlLineOf(
        'Прошу предоставить оборот по банкам за 2025 год, учитывая только операции POS и ECOM вместе.',
      ),
    ).toContain("transaction_type IN ('POS', 'ECOM')");
  });
  it('«Для слайда с годовой динамикой прошу …»: the dynamics of a lead-in are the two periods compared', () => {
    expect(
      sqlLineOf(
        'Для слайда с годовой динамикой прошу предоставить оборот за ноябрь 2025 года в сравнении с ноябрём 2024 года.',
      ),
    ).toContain('AS total_amount_2024_11');
  });
});

describe("a manager's and a fraud analyst's shorthand (asked back: mx012, mx016, mw040, mw106, my018, my085, my017, my028)", () => {
  it('«глянь» (have a look) is a request', () => {
    expect(sqlLineOf('Глянь, сколько аптек в Таразе принимали оплату в мае 2025?')).toContain(
      'count(DISTINCT merchant_id)',
    );
  });
  it('"weeks start Mon", «(неделя с понедельника)» say how the weeks run', () => {
    expect(sqlLineOf('weekly cnt of txns > 100k, 1 Mar - 31 May 2025, weeks start Mon')).toContain(
      "date_trunc('week', transaction_timestamp)",
    );
    expect(sqlLineOf('понедельно кол-во операций в EUR, март–май 2025 (неделя с понедельника)')).toContain(
      "date_trunc('week', transaction_timestamp)",
    );
  });
  it('"MCC 5411 and MCC 5499 - count for each": a row per code', () => {
    expect(sqlLineOf('POS payments at MCC 5411 and MCC 5812 - count for each, May 2025')).toContain(
      'GROUP BY merchant_mcc',
    );
  });
  it('«… по способу ввода …: доля каждого способа», «енгізу тәсілі бойынша … әр тәсілдің үлесі»: the column said short after "each"', () => {
    expect(
      sqlLineOf('POS-платежи в Таразе по способу ввода за 2025 год: количество и доля каждого способа'),
    ).toContain(
      'SELECT pos_entry_mode, count(*) AS transaction_count, 100.0 * count(*) / sum(count(*)) OVER ()',
    );
    expect(
      sqlLineOf(
        'Halyk Bank карталарының POS төлемдері енгізу тәсілі бойынша, 2025 жылғы мамыр: саны және әр тәсілдің үлесі',
      ),
    ).toContain('GROUP BY pos_entry_mode');
  });
});

describe("«Директорлар кеңесіне арналған материалдар үшін …», «… көрсететін слайд үшін …»: a Kazakh lead-in ending in a noun and «үшін» (for …) is set aside as a verbal noun's is (asked back: mz126, mz133, mz146, mz150)", () => {
  it('a noun before «үшін»', () => {
    expect(
      sqlLineOf(
        'Директорлар кеңесіне арналған материалдар үшін 2025 жылғы жалпы айналымды теңгемен ұсынуыңызды сұраймын.',
      ),
    ).toContain('SELECT sum(transaction_amount_kzt) AS total_amount');
  });
  it('the slide "showing" something, a verb of showing before the document\'s word', () => {
    expect(
      sqlLineOf(
        'Банктердің нарықтағы орнын көрсететін слайд үшін 2025 жылғы әр банктің айналымын көрсетуіңізді өтінемін.',
      ),
    ).toContain('GROUP BY issuer_bank_name');
  });
});

describe('"cities with more than 20 txns over 500k": a number of payments, then the amount of each payment said right after them — a condition on each group\'s count and a filter on the payments (asked back: mw015, mw016, mw055, kl102, hk144)', () => {
  it('the groups with a number of payments above an amount', () => {
    const line = sqlLineOf('banks with more than 100 ATM withdrawals above 200 000 tenge in 2025');
    expect(line).toContain("WHERE transaction_amount_kzt > 200000 AND transaction_type = 'ATM_WITHDRAWAL'");
    expect(line).toContain('GROUP BY issuer_bank_name HAVING count(*) > 100');
  });
  it("in Russian, with the payments' values between", () => {
    const line = sqlLineOf('Города, где больше 40 операций свыше 300 тысяч тенге в 2024 году');
    expect(line).toContain('WHERE transaction_amount_kzt > 300000');
    expect(line).toContain('GROUP BY merchant_city HAVING count(*) > 40');
  });
  it('the days counted that had them', () => {
    const line = sqlLineOf('how many days in 2025 had more than 6 txns above 200k');
    expect(line).toContain('WHERE transaction_amount_kzt > 200000');
    expect(line).toContain('HAVING count(*) > 6');
  });
  it('a comma between keeps the two conditions apart, asked back', () => {
    expect(
      understandQuestion('cities with more than 20 txns, over 500k in 2025', TEST_CONTEXT).kind,
    ).not.toBe('sql');
  });
});

describe('«…, поскольку председатель просил привести именно медиану», "…, because the board reviews the totals": why it is asked, after the question, set aside when the figure it names is the one the answer computes anyway (asked back: mz071, mz102, mz124, kb071, gm082, gm114)', () => {
  it('a reason naming the median the answer is', () => {
    expect(
      sqlLineOf(
        'Прошу предоставить медианную сумму POS-операций за 2025 год, поскольку руководство просило привести именно медиану.',
      ),
    ).toContain(
      'SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt) AS median_amount',
    );
  });
  it('a reason naming the totals the answer is', () => {
    expect(
      sqlLineOf(
        'Please provide the turnover by bank for 2025, because the board reviews the year totals at its meeting.',
      ),
    ).toContain('SELECT issuer_bank_name, sum(transaction_amount_kzt) AS total_amount');
  });
  it('a reason naming another figure than the answer is asked back', () => {
    for (const q of [
      'Прошу предоставить количество операций за 2025 год, поскольку председатель просил именно медиану.',
      'Please provide the number of transactions in 2025, because the board wants the average.',
    ])
      expect(understandQuestion(q, TEST_CONTEXT).kind).not.toBe('sql');
  });
});

describe('"cashless payments (POS and ECOM)", «безналичных платежей (POS и ECOM)»: a word with no one set of values, read by the values in brackets after it (asked back: nc146)', () => {
  it('the types in brackets are the filter', () => {
    expect(
      sqlLineOf('Прошу предоставить объём безналичных платежей (POS и ECOM) в разрезе банков за 2024 год.'),
    ).toContain("WHERE transaction_type IN ('POS', 'ECOM')");
    expect(sqlLineOf('cashless payments (POS, ECOM and BILL_PAYMENT) count by city in 2024')).toContain(
      "WHERE transaction_type IN ('POS', 'ECOM', 'BILL_PAYMENT')",
    );
  });
  it('alone, or set against something (not yet read as one side), it is asked back', () => {
    for (const q of [
      'cashless turnover in 2024',
      'Сравнение оборота безналичных платежей (POS и ECOM) за март 2024 с февралём 2024',
      'Aktobe, 2024: number of cash withdrawals vs number of cashless payments (POS, ECOM and BILL_PAYMENT), side by side.',
    ])
      expect(understandQuestion(q, TEST_CONTEXT).kind).not.toBe('sql');
  });
});

describe('«…, отдельно по каждому коду», "…, show the code and turnover", «әр код бөлек»: after MCC is named, "code" alone is the MCC code (asked back: nb003, nb019, na087, kh026, kh027, kh099, gi128, gy052, gy103, hj045, ji144, ma052, mz117)', () => {
  it('a row per code of the codes listed', () => {
    for (const q of [
      'Оборот по MCC 5812 и 5814 за 2024 год, отдельно по каждому коду',
      'Turnover for MCC 5411 and 5499 in 2024, separately for each code',
      '2024 жылғы MCC 5812 және 5814 бойынша орташа чек, әр код бөлек',
    ])
      expect(sqlLineOf(q)).toContain('GROUP BY merchant_mcc');
  });
  it('the code as the label of a ranking by MCC', () => {
    expect(sqlLineOf('топ-5 MCC по POS-обороту за 2024 год, покажи код и оборот')).toMatch(
      /^SELECT merchant_mcc, sum\(transaction_amount_kzt\) AS total_amount FROM/,
    );
  });
  it('not the code of another column, nor the one code said again', () => {
    expect(understandQuestion('MCC 5411: оборот по коду валюты за 2024', TEST_CONTEXT).kind).not.toBe('sql');
    expect(sqlLineOf('2024 жылы MCC 5411 коды бойынша бірегей мерчанттар саны қалалар бойынша')).toContain(
      'GROUP BY merchant_city ',
    );
  });
});

describe('words of a formal Kazakh and Russian analyst (asked back: na027, na029, na111, nb079, nc006, nc022, nc063, nc099, kj121)', () => {
  it.each([
    ['Халықаралық әйелдер күні, 2024 жылғы 8 наурыз: POS төлемдерінің саны', "transaction_type = 'POS'"],
    ['Новогодние дни: количество всех операций 1–2 января 2025', "transaction_timestamp >= '2025-01-01'"],
    ['Превысило ли количество QR-платежей в Таразе за май 2024 отметку в 500?', "merchant_city = 'Taraz'"],
    [
      '2024 жылы карталарға есептелген жалақы аударымдарының (SALARY) жалпы сомасы',
      "transaction_type = 'SALARY'",
    ],
    [
      '2024 жылы Тараз қаласындағы операциялардың республика бойынша жалпы санындағы үлесі',
      "FILTER (WHERE merchant_city = 'Taraz')",
    ],
    ['2024 жылы ECOM операциялары сомасының 90-перцентилі қандай мәнді құрады?', 'percentile_cont(0.9)'],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
  it('«облыс орталықтары (Қарағанды, Ақтөбе, …)», "regional centres (…)": the cities in brackets; alone, asked back', () => {
    expect(
      sqlLineOf(
        '2024 жылы облыс орталықтары (Қарағанды, Ақтөбе, Тараз) бойынша операциялар санын қала бойынша',
      ),
    ).toContain("WHERE merchant_city IN ('Karaganda', 'Aktobe', 'Taraz')");
    expect(understandQuestion('turnover in the regional centres in 2024', TEST_CONTEXT).kind).not.toBe('sql');
  });
});

describe('«150-ден аз мерчант төлем қабылдаған санаттар»: the merchants counted before the payments they took, then the participle and the groups (asked back: nc105)', () => {
  it("a condition on each group's merchants", () => {
    const line = sqlLineOf('2024 жылы 100-ден көп мерчант төлем қабылдаған қалалар');
    expect(line).toContain('HAVING count(DISTINCT merchant_id) > 100');
    expect(line).not.toContain('merchant_id,');
  });
});

describe("a period inside the whole's period as a share's part (asked back: gl090, kf034)", () => {
  it.each([
    [
      'What share of 2024 card spend was made in November 2024?',
      "FILTER (WHERE transaction_timestamp >= '2024-11-01' AND transaction_timestamp < '2024-12-01')",
      "WHERE transaction_timestamp >= '2024-01-01' AND transaction_timestamp < '2025-01-01'",
    ],
    [
      'what % of 2024 turnover came in Q3?',
      "FILTER (WHERE transaction_timestamp >= '2024-07-01' AND transaction_timestamp < '2024-10-01')",
      "WHERE transaction_timestamp >= '2024-01-01' AND transaction_timestamp < '2025-01-01'",
    ],
    [
      'Какая доля платежей октября 2024 пришлась на 1–15 октября?',
      "count(*) FILTER (WHERE transaction_timestamp >= '2024-10-01' AND transaction_timestamp < '2024-10-16')",
      "WHERE transaction_timestamp >= '2024-10-01' AND transaction_timestamp < '2024-11-01'",
    ],
    [
      '2024 жылғы айналымның қанша пайызы желтоқсанға тиесілі?',
      "FILTER (WHERE transaction_timestamp >= '2024-12-01' AND transaction_timestamp < '2025-01-01')",
      "WHERE transaction_timestamp >= '2024-01-01' AND transaction_timestamp < '2025-01-01'",
    ],
  ])('%s', (q, part, whole) => {
    const line = sqlLineOf(q);
    expect(line).toContain(part);
    expect(line).toContain(whole);
  });
  it('a value beside the periods stays the part, within the narrower period', () => {
    const line = sqlLineOf('share of online payments this year since March');
    expect(line).toContain("FILTER (WHERE transaction_type = 'ECOM')");
    expect(line).toContain("WHERE transaction_timestamp >= '2026-03-01'");
  });
});

describe('«заправка» in Kazakh endings (asked back: ng035, ng066, ng127)', () => {
  it.each([
    '2024 жылы Ақтөбеде заправкаларға қанша ақша кетті?',
    '2024 жылы заправкадағы ең үлкен төлем қанша болды?',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toContain("mcc_category = 'Fuel & Service Stations'");
  });
});

describe('places that "received at least one card payment", «получили хотя бы одну оплату» (asked back: nf017, nf077)', () => {
  it.each([
    'How many pharmacies received at least one card payment in 2024?',
    'Сколько аптек в Актобе получили хотя бы одну оплату картой в 2024 году?',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toContain('count(DISTINCT merchant_id)');
  });
});

describe('SQL\'s own "having …" after a breakdown is the condition on each group (asked back: nh023, nh048, nh093)', () => {
  it.each([
    ['row count by merchant_city for 2024, having count(*) > 5000', 'HAVING count(*) > 5000'],
    [
      'total amount by issuer_bank_name in 2024 having sum > 1000000',
      'HAVING sum(transaction_amount_kzt) > 1000000',
    ],
    ['Банки, где кол-во строк за 2024 больше 5 000 (having count(*) > 5000)', 'HAVING count(*) > 5000'],
  ])('%s', (q, having) => {
    const line = sqlLineOf(q);
    expect(line).toContain(having);
    expect(line).not.toContain('transaction_amount_kzt >');
  });
});

describe("«этого банка», «этого города», «сол қаладағы»: each group's own rows as the whole of a share (asked back: nf099, ng047)", () => {
  it.each([
    'По каждому банку: доля ECOM среди всех операций этого банка за 2024 год, в %',
    'По каждому городу: доля онлайн-покупок (ECOM) в общем количестве операций этого города за 2024 год',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toContain(
      "100.0 * count(*) FILTER (WHERE transaction_type = 'ECOM') / nullif(count(*), 0)",
    );
  });
  it("«сол қаладағы …» with the part not read: not each city's share of all cities (mp012, nh136 gave it)", () => {
    expect(
      understandQuestion(
        '2024 жылы әр қала бойынша QR-код арқылы төлемдердің сол қаладағы POS операциялары санындағы үлесі',
        TEST_CONTEXT,
      ).kind,
    ).not.toBe('sql');
  });
  it("with the withdrawals said again as the whole, the night hours are the part within each city's (not each city's share of all cities)", () => {
    const line = sqlLineOf(
      'снятия наличных ночью (00:00–05:59) в каждом городе за 2024: кол-во и доля среди снятий этого города',
    );
    expect(line).toContain("WHERE transaction_type = 'ATM_WITHDRAWAL'");
    expect(line).toContain('100.0 * count(*) FILTER (WHERE extract(hour FROM transaction_timestamp) >= 0');
    expect(line).not.toContain('OVER ()');
  });
});

describe('"…, and how many payments was that?" after a figure the question asks itself (asked back as a follow-up: nf054, jf067, kx052)', () => {
  it.each([
    'Fuel spending so far this year, and how many fill-ups was that?',
    'How much was spent in clothing stores in May 2024 and how many purchases was that?',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('sum(transaction_amount_kzt) AS total_amount, count(*) AS transaction_count');
  });
  it('alone, it still points at an earlier answer', () => {
    expect(understandQuestion('and how many payments was that?', TEST_CONTEXT).kind).not.toBe('sql');
  });
});

describe('SQL\'s "extract(hour from transaction_timestamp)", "extract day", "sorted by hour asc", «сұрыптап» (asked back: nh016, nh073, nh087, nh134)', () => {
  it.each([
    [
      'ECOM row count per extract(hour from transaction_timestamp), 2024, sorted by hour asc',
      'ORDER BY hour_of_day',
    ],
    ['кол-во строк ATM_WITHDRAWAL по extract(hour) за 2024, сортировка по часу', 'ORDER BY hour_of_day'],
    [
      'BILL_PAYMENT row count by day of month (extract day) in 2024, sorted by day number',
      'ORDER BY day_of_month',
    ],
    ['2024 жылғы QR_Code төлемдері сағат бойынша, сағаттар өсу ретімен сұрыптап', 'ORDER BY hour_of_day'],
  ])('%s', (q, order) => {
    expect(sqlLineOf(q)).toContain(order);
  });
});

describe('"Public transport (MCC 4111)", "Airline tickets (MCC 4511)": names beside their code; "ticket price"; "transact with" (asked back: nf058, nf059, ne012)', () => {
  it.each([
    [
      'Public transport (MCC 4111): how many rides were paid by card in each city in 2024?',
      'merchant_mcc = 4111',
    ],
    ['Airline tickets (MCC 4511): average ticket price in 2024', 'avg(transaction_amount_kzt)'],
    [
      'How many distinct merchants did Kaspi cardholders transact with in May 2024?',
      'count(DISTINCT merchant_id)',
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
  it('"tickets" alone is still the average ticket', () => {
    expect(sqlLineOf('95th percentile of USD tickets in dollars, 2024')).toContain('percentile_cont(0.95)');
  });
});

describe('people or cards beside groups ranked are whoever pays, not a ranking of people (asked back as personal data: nf034, le054, u099, gn057)', () => {
  it.each([
    [
      'At what hour of the day do online shoppers (ECOM) buy the most? 2024, just the hour please.',
      'extract(hour FROM',
    ],
    ['Карты какого банка чаще всего снимали наличные в Актобе за 2024 год?', 'GROUP BY issuer_bank_name'],
    [
      'топ-3 категории по числу уникальных карт в Актобе в 2024 году, с количеством карт',
      'count(DISTINCT card_key)',
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
  it('with no groups, still refused', () => {
    expect(understandQuestion('Which cardholders spent the most in 2024?', TEST_CONTEXT).kind).not.toBe(
      'sql',
    );
  });
});

describe('"distinct values of transaction_currency", «acquirer_country_iso бірегей мәндері»: the column\'s values listed (asked back: nh003, nh127, ik038)', () => {
  it.each([
    ['distinct values of transaction_currency seen in 2024', 'SELECT transaction_currency FROM'],
    ['2024 жылы кездесетін acquirer_country_iso бірегей мәндері', 'SELECT acquirer_country_iso FROM'],
  ])('%s', (q, start) => {
    expect(sqlLineOf(q)).toMatch(new RegExp(`^${start}`));
  });
});

describe('places of a kind right after a top N are the merchants of that kind (asked back: ni115, ni122, ni105)', () => {
  it.each([
    ['Top 10 hotels (MCC 7011) by turnover in 2024', 'merchant_mcc = 7011'],
    ['Топ-5 ресторанов Астаны по количеству оплат за 2024 год', "mcc_category = 'Dining & Restaurants'"],
    ['2024 жылы айналымы бойынша топ-10 қонақүй (MCC 7011)', 'merchant_mcc = 7011'],
    ['Top 5 pharmacies by turnover in 2024', "mcc_category = 'Pharmacies & Health'"],
  ])('%s', (q, filter) => {
    const line = sqlLineOf(q);
    expect(line).toContain('SELECT merchant_id,');
    expect(line).toContain(filter);
    expect(line).toContain('GROUP BY merchant_id');
  });
  it('the payments of those places stay a listing, asked back', () => {
    expect(sqlLineOf('Top 5 restaurant payments in 2024')).toContain('clarify');
  });
});

describe("a code's words with the money's word between ('Hotel turnover (MCC 7011)', 'topped'; asked back: ni031, ni109, ni112)", () => {
  it.each([
    ['Hotel turnover (MCC 7011) month by month across 2024', 'merchant_mcc = 7011'],
    ['Air ticket spend (MCC 4511): Q1 2024 vs Q2 2024, change in %', 'merchant_mcc = 4511'],
  ])('%s', (q, filter) => {
    const line = sqlLineOf(q);
    expect(line).toContain('sum(transaction_amount_kzt)');
    expect(line).toContain(filter);
  });
  it('"topped" a threshold is above it', () => {
    const line = sqlLineOf('Cities where restaurant turnover in 2024 topped 10 million tenge');
    expect(line).toContain('HAVING sum(transaction_amount_kzt) > 10000000');
  });
});

describe('words of a compliance memo and of shorthand (asked back: nk001, nk019, nk026, nk050, nk109, nl025)', () => {
  it.each([
    [
      'Total value of POS transactions at merchants located in Karaganda in 2024',
      "merchant_city = 'Karaganda'",
    ],
    ['For the audit memo: state the 95th percentile of P2P_OUT amounts in H1 2024', 'percentile_cont(0.95)'],
    ['Количество снятий наличных по дням недели за 2024 год (понедельник первым)', 'extract(isodow FROM'],
    ['Сколько операций в валюте, отличной от тенге, за 2024 год?', "transaction_currency <> 'KZT'"],
    ['How many ECOM payments between 00:00 and 04:59 local time in September 2024?', 'extract(hour FROM'],
    ['POS turnover Q2 2024 vs Q1 2024, % chg', 'AS change_pct'],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe("more ways a share's part and a change's groups are said (asked back: ni046, nl115, nj083, nl015)", () => {
  it.each([
    [
      'What percent of 2024 restaurant turnover was spent at foreign merchants?',
      "FILTER (WHERE acquirer_country_iso <> 'KAZ')",
    ],
    [
      'Какой процент оборота ушёл зарубежным эквайерам в 2024?',
      "FILTER (WHERE acquirer_country_iso <> 'KAZ')",
    ],
    ['Выручка аптек по городам, Q3 2024 против Q3 2023, только выросшие', 'HAVING coalesce('],
    [
      'Weekly Apple Pay count, Mon 7 Oct – Sun 24 Nov 2024',
      "transaction_timestamp >= '2024-10-07' AND transaction_timestamp < '2024-11-25'",
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('ISO weeks with "ISO" before them or their days in brackets, and «средняя дневная выручка» (asked back: nj112, nk100, nj062)', () => {
  it.each([
    [
      'ISO week 45 of 2024: revenue by category, highest first',
      "transaction_timestamp >= '2024-11-04' AND transaction_timestamp < '2024-11-11'",
    ],
    [
      '2024 жылғы 47-аптада (18–24 қараша) банктер бойынша операциялар саны.',
      "transaction_timestamp >= '2024-11-18' AND transaction_timestamp < '2024-11-25'",
    ],
    [
      'Средняя дневная выручка ресторанов в октябре 2024',
      "count(DISTINCT date_trunc('day', transaction_timestamp))",
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('values an exclusion leaves right after a top N, and a fare (asked back: nk112, ni010)', () => {
  it.each([
    ['Top 3 foreign currencies (excl. KZT) by number of POS txns in 2024.', 'SELECT transaction_currency,'],
    ['Top 5 foreign countries by turnover in 2024', 'SELECT acquirer_country_iso,'],
    [
      "What's the average taxi fare (MCC 4121) in Almaty for October 2024?",
      'SELECT avg(transaction_amount_kzt)',
    ],
  ])('%s', (q, start) => {
    expect(sqlLineOf(q).startsWith(start)).toBe(true);
  });
});

describe('«без пустых значений», "without empty values": the blank left out with its values word (asked back: nk140)', () => {
  it.each([
    [
      'Количество транзакций за 2024 год по способам ввода, без пустых значений.',
      'pos_entry_mode IS NOT NULL',
    ],
    ['Count by wallet_type in 2024, without empty values', 'wallet_type IS NOT NULL'],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('«первая декада ноября», «қазанның екінші онкүндігі»: a third of a month, ten days (the last to its end)', () => {
  it.each([
    [
      'Оборот за первую декаду ноября 2024',
      "transaction_timestamp >= '2024-11-01' AND transaction_timestamp < '2024-11-11'",
    ],
    [
      'Сколько транзакций во второй декаде октября 2024?',
      "transaction_timestamp >= '2024-10-11' AND transaction_timestamp < '2024-10-21'",
    ],
    [
      'Средний чек в третьей декаде февраля 2024',
      "transaction_timestamp >= '2024-02-21' AND transaction_timestamp < '2024-03-01'",
    ],
    [
      '2024 жылғы қазанның екінші онкүндігінде қанша транзакция болды?',
      "transaction_timestamp >= '2024-10-11' AND transaction_timestamp < '2024-10-21'",
    ],
    [
      'Оборот за третью декаду прошлого месяца',
      "transaction_timestamp >= date_trunc('month', current_date) - interval '1 month' + interval '20 days' AND transaction_timestamp < date_trunc('month', current_date)",
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });

  it('asks back a decade with no month («первая декада 2024»)', () => {
    expect(kindOf('Оборот за первую декаду 2024')).toBe('clarify');
  });
});

describe('words of the new sets: «наличка», «переводтар», «физической картой», «везде, кроме», «смартфон төлем», «загруженый», "logged"', () => {
  it.each([
    [
      '2024 жылы Шымкентте әр банктің картасымен банкоматтан неше рет наличка алынды?',
      "transaction_type = 'ATM_WITHDRAWAL'",
    ],
    ['2024 жылы Шымкентте P2P_OUT переводтардың орташа сомасы қанша болды?', "transaction_type = 'P2P_OUT'"],
    ['2024 жылы переводтар саны қанша?', "transaction_type IN ('P2P_IN', 'P2P_OUT')"],
    [
      'Медиана бесконтактных платежей без кошелька (физической картой) за октябрь 2024',
      'wallet_type IS NULL',
    ],
    ['Contactless payments with a physical card in 2024', 'wallet_type IS NULL'],
    [
      'Оплаты через кошельки за 2024 год везде, кроме Алматы и Астаны',
      "merchant_city NOT IN ('Almaty', 'Astana')",
    ],
    [
      '2024 жылы Samsung Pay-дің барлық смартфон төлемдеріндегі үлесі қанша?',
      'WHERE wallet_type IS NOT NULL',
    ],
    ['Самый загруженый день недели у продуктовых магазинов в 2024 году?', 'LIMIT 1'],
    ['Which cities logged more than 3,000 grocery payments in 2024?', 'HAVING count(*) > 3000'],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('days, or merchants, that a condition on their own count or total keeps, each a row ("which days … had more than 320 rows", «Дни ноября, где строк больше 330», «… көп болған күндер»)', () => {
  it.each([
    ['Which days in March 2024 had more than 320 rows?', 'HAVING count(*) > 320'],
    ['Days in October 2024 with fewer than 240 transactions', 'HAVING count(*) < 240'],
    ['Дни ноября 2024, где строк больше 330: дата и количество', 'HAVING count(*) > 330'],
    ['2024 жылғы қазанда жолдар саны 300-ден көп болған күндер: күні және саны', 'HAVING count(*) > 300'],
    ['2024 жылы айналымы 50 млн-нан асқан күндер', 'HAVING sum(transaction_amount_kzt) > 50000000'],
  ])('%s', (q, having) => {
    const line = sqlLineOf(q);
    expect(line.startsWith("SELECT date_trunc('day', transaction_timestamp) AS day")).toBe(true);
    expect(line).toContain(having);
  });
  it.each([
    'Merchants with more than 300 transactions in 2024',
    'Shymkent merchants with more than 300 rows in 2024: merchant_id and row count.',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('GROUP BY merchant_id');
    expect(line).toContain('HAVING count(*) > 300');
  });
  it('the days counted stay a count: «… асқан күндер саны»', () => {
    expect(sqlLineOf('2024 жылы операциялар саны 350-ден асқан күндер саны')).toContain('AS day_count');
  });
});

describe('days with data: "at least one transaction" beside the days counted, «дней с данными», «деректер бар күндер»', () => {
  it.each([
    'How many days in 2024 had at least one transaction?',
    'Сколько дней с данными было в первом полугодии 2024?',
    '2024 жылғы 4-тоқсанда деректер бар күндер саны',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toContain(
      "SELECT count(DISTINCT date_trunc('day', transaction_timestamp)) AS day_count",
    );
  });
  it('«бүкіл деректер бойынша» is every period, «биылғы деректер бойынша» this year', () => {
    expect(
      sqlLineOf('Еуромен төлемдердің 90-перцентилі еуроның өзімен, бүкіл деректер бойынша'),
    ).not.toContain('transaction_timestamp');
    expect(
      sqlLineOf('Өскеменде банкоматтан ақша шешу орташа сомасы қандай, биылғы деректер бойынша?'),
    ).toContain("date_trunc('year', current_date)");
  });
});

describe('paydays with their days set off by dashes or commas, as in brackets', () => {
  it.each([
    'How many transactions fell on paydays - the 5th and the 20th of the month - during 2024?',
    'How many transactions fell on paydays, the 5th and the 20th of the month, during 2024?',
    'Сколько операций в дни зарплаты — 5 и 20 число месяца — в 2024?',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('extract(day FROM transaction_timestamp) IN (5, 20)');
    expect(line).not.toContain('SALARY');
  });
});

describe('Kazakh aggregates listed with a comma after one that found its noun share it («сомасының 25-перцентилі, медианасы және 75-перцентилі»)', () => {
  it('reads the three of the amount', () => {
    const line = sqlLineOf(
      '2024 жылы Шымкентте төлем сомасының 25-перцентилі, медианасы және 75-перцентилі қанша?',
    );
    expect(line).toContain('percentile_cont(0.25)');
    expect(line).toContain('percentile_cont(0.5)');
    expect(line).toContain('percentile_cont(0.75)');
  });
});

describe('«…, с понедельника» as the last words beside a breakdown by weekday: its order', () => {
  it.each([
    'По дням недели: средний чек по Шымкенту за 2024 год, с понедельника',
    'Количество QR-платежей по дням недели за 2024 год, с понедельника',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toContain('ORDER BY weekday');
  });
  it('alone it may start a period, and is asked back', () => {
    expect(sqlLineOf('Оборот с понедельника')).toContain('clarify');
  });
});

describe('the FX desk\'s shorthand: "ccy", "foreign-ccy", "XB" (cross-border), "KZT equiv"', () => {
  it.each([
    ['95th percentile of the KZT amount on foreign-ccy txns, 2024', "transaction_currency <> 'KZT'"],
    ['median KZT ticket by ccy in 2024, FX only', 'GROUP BY transaction_currency'],
    ['XB turnover in tenge in 2024', "acquirer_country_iso <> 'KAZ'"],
    ['cross-border (XB) txn count for October 2024', "acquirer_country_iso <> 'KAZ'"],
    ['monthly FX volume (KZT equiv) through 2024, month by month', 'sum(transaction_amount_kzt)'],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('named days and seasons beside their dates: «Валентин күні қарсаңында», «мектепке дайындық», "summer holidays"', () => {
  it.each([
    '2024 жылғы 10–14 ақпан аралығында (Валентин күні қарсаңында) Hobby, Books, Sporting Goods санатындағы ең үлкен төлем',
    '2024 жылғы 15 тамыз – 5 қыркүйек аралығында (мектепке дайындық) Clothing & Apparel санатындағы айналым',
    'ECOM count over the school holidays 2024 (1 Jun – 31 Aug)',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toContain("transaction_timestamp >= '2024-");
  });
  it('«Валентин күні» alone is asked back', () => {
    expect(sqlLineOf('Валентин күні Hobby, Books, Sporting Goods санатындағы айналым')).toContain('clarify');
  });
});

describe('hedges and apologies around a question: "Could you maybe …", "I was wondering if …", "Sorry, quick one -", «Извините, …», «… көрсете аласыз ба?»', () => {
  it.each([
    ['Could you maybe tell me how many ECOM transactions there were in March 2024?', 'count(*)'],
    [
      'Could you possibly break down the number of transactions by issuing bank for November 2024?',
      'GROUP BY issuer_bank_name',
    ],
    [
      'I was wondering how many ATM withdrawals there were in Karaganda in 2024',
      "transaction_type = 'ATM_WITHDRAWAL'",
    ],
    [
      'Hi, sorry if this is a basic one - what was the total amount in Shymkent in March 2024?',
      'sum(transaction_amount_kzt)',
    ],
    ['Sorry, quick one - how many QR payments were there in 2024?', "pos_entry_mode = 'QR_Code'"],
    [
      'Not sure if this makes sense, but could you check the median ATM withdrawal in October 2024?',
      'percentile_cont(0.5)',
    ],
    [
      'How many POS payments were there in Taraz in 2024? Sorry if the wording is a bit off.',
      "merchant_city = 'Taraz'",
    ],
    [
      'The average check per bank in 2024, one row for each bank and type combination would be great',
      'avg(transaction_amount_kzt)',
    ],
    ['Извините, сколько операций было в Алматы в мае 2024?', "merchant_city = 'Almaty'"],
    ['Подскажите пожалуста оборот по банкам за 2024', 'GROUP BY issuer_bank_name'],
    ['2024 жылғы айналымды ай бойынша көрсете аласыз ба?', "date_trunc('month'"],
    ['Кешіріңіз, 2024 жылы айналымы бойынша топ-3 санатты көрсетіп бере аласыз ба?', 'LIMIT 3'],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
  it('a doubt in the question itself is still asked back', () => {
    expect(sqlLineOf('Turnover in 2024 for banks I am not sure about')).toContain('clarify');
  });
});

describe('more everyday words of the loyalty, marketing and FX desks', () => {
  it.each([
    [
      'Август 2024: какой оборот пришёлся на будни (пн–пт) и какой на выходные (сб–вс)? В одну строку',
      'isodow',
    ],
    [
      '2024 жылғы 1 қаңтардан 11 ақпанға дейінгі POS айналымы апта бойынша',
      "transaction_timestamp < '2024-02-12'",
    ],
    [
      'Какая доля карт, плативших в декабре 2024, хоть раз расплачивалась через Apple Pay?',
      'count(DISTINCT card_key)',
    ],
    ['2024 жылғы қарашадағы ECOM айналымы бойынша банктерді ранжирле', 'GROUP BY issuer_bank_name'],
    [
      'Which cities had more than 200 distinct merchants taking POS payments in 2024?',
      'HAVING count(DISTINCT merchant_id) > 200',
    ],
    ['Which cities had fewer than 2,500 wallet payments in H1 2024? City and count', '< 2500'],
    [
      'Структура оборота за 2024 год по категориям кэшбэка: доля каждой категории в %',
      'GROUP BY mcc_category',
    ],
    ['Top 5 MCC codes by turnover in 2024 (code and turnover)', 'SELECT merchant_mcc, sum('],
    ['Engagement: number of transactions per active card, by bank, Q2 2024', 'GROUP BY issuer_bank_name'],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('a share\'s part said with other verbs and shapes: "landed on", "have entry mode QR", "Swipe payments make up", «дал каждый месяц»', () => {
  it.each([
    ['What % of Apple Pay volume in Nov 2024 landed on MCC 5411?', 'FILTER (WHERE merchant_mcc = 5411)'],
    ['What % of POS rows in 2024 have entry mode QR?', "FILTER (WHERE pos_entry_mode = 'QR_Code')"],
    [
      'Did Swipe payments make up less than 10% of POS transactions in 2024?',
      "FILTER (WHERE pos_entry_mode = 'Swipe')",
    ],
    ['Сколько процентов от оборота за 2024 год дал каждый месяц?', "date_trunc('month'"],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('the period the question names, said again: "each month of that year", "at least once that month", «в том же месяце»', () => {
  it.each([
    ["What percentage of 2024's turnover fell in each month of that year?", "date_trunc('month'"],
    [
      'Of the cards active in October 2024, what percentage used Apple Pay at least once that month?',
      'count(DISTINCT card_key)',
    ],
    [
      'Какой процент карт, плативших в ноябре 2024, хотя бы раз снимал наличные в том же месяце?',
      'count(DISTINCT card_key)',
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
  it('with no period named it points at an earlier answer and is asked back', () => {
    expect(sqlLineOf('Turnover by bank of that month')).toContain('clarify');
  });
});

describe('an old-fashioned formal request: "I should be grateful if you would …", "if you please", "… will suffice", «будьте добры»', () => {
  it.each([
    [
      'I should be grateful if you would let me have the total turnover of card transactions in Almaty during 2024.',
      "merchant_city = 'Almaty'",
    ],
    [
      'Which five merchants took the largest turnover in Pavlodar during 2024? The merchant id and the turnover will suffice.',
      'LIMIT 5',
    ],
    [
      'Turnover last month against the month before it, with the change in per cent, if you please.',
      'change_pct',
    ],
    [
      'Pray let me have the smallest and the largest single transaction amount in each merchant category for 2024.',
      'min(transaction_amount_kzt)',
    ],
    [
      'What proportion of the turnover in 2024 was made at weekends, that is to say on Saturdays and Sundays?',
      'IN (6, 7)',
    ],
    ['Медиана входящих переводов (P2P_IN) за 2024 год, будьте добры.', 'percentile_cont(0.5)'],
    [
      'How many KGS payments in 2024, and what did they come to in som, rather than in tenge?',
      'sum(original_amount)',
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('the quartiles named one by one: "the first (lower) quartile", «третий квартиль», «бірінші және үшінші квартильдері»', () => {
  it.each([
    [
      'The lower quartile and the upper quartile of POS payment amounts in 2024',
      ['percentile_cont(0.25)', 'percentile_cont(0.75)'],
    ],
    [
      'first and third quartiles of grocery payments in 2024, by bank',
      ['percentile_cont(0.25)', 'percentile_cont(0.75)', 'issuer_bank_name'],
    ],
    ['Первый квартиль суммы онлайн-платежей за 2024 год', ['percentile_cont(0.25)']],
    [
      'Нижний и верхний квартили суммы операций в Алматы за 2024 год',
      ['percentile_cont(0.25)', 'percentile_cont(0.75)'],
    ],
    ['2024 жылғы POS төлемдері сомасының үшінші квартилі', ['percentile_cont(0.75)']],
    [
      '2024 жылғы ECOM операциялары сомасының бірінші және үшінші квартильдері',
      ['percentile_cont(0.25)', 'percentile_cont(0.75)'],
    ],
  ])('%s', (q, parts) => {
    const line = sqlLineOf(q);
    for (const part of parts) expect(line).toContain(part);
    expect(line).not.toContain('percentile_cont(0.5)');
  });
  it('«ең жоғарғысынан бастап» (from the highest) orders a timeline by its size', () => {
    expect(sqlLineOf('2024 жылғы айлық айналым, ең жоғарғысынан бастап.')).toContain(
      'ORDER BY total_amount DESC',
    );
  });
});

describe('a claim checked in a sentence of its own, then the figure asked: «… больше 20 млн? Дай сумму.», "…, right? Give the total.", «Я уверен, что …»', () => {
  it.each([
    ['Алматы, март 2024: оборот по ECOM больше 50 млн? Дай сумму.', 'sum(transaction_amount_kzt)'],
    [
      'ECOM turnover in Almaty in March 2024 came to more than 50 million tenge, right? Give the total.',
      'sum(transaction_amount_kzt)',
    ],
    ['Средний чек в Астане за 2024 больше 10 000 тенге? Покажи среднее.', 'avg(transaction_amount_kzt)'],
    [
      'Я уверен, что уникальных карт у Halyk Bank в 2024 было больше 2000. Сколько карт?',
      'count(DISTINCT card_key)',
    ],
    ['Карт, плативших в ресторанах в мае 2024, больше 1000? Дай число.', 'count(DISTINCT card_key)'],
  ])('%s', (q, measure) => {
    const line = sqlLineOf(q);
    expect(line).toContain(measure);
    expect(line).not.toContain('transaction_amount_kzt >');
  });
  it('the payments counted after the number are what is compared, not the cards before it', () => {
    const line = sqlLineOf('Did Halyk Bank cards make more than 300 wallet payments in March 2024?');
    expect(line).toContain('count(*)');
    expect(line).not.toContain('DISTINCT');
  });
});

describe('two months joined by a dash are one range when "than" or "both" sets other things against each other', () => {
  it.each([
    [
      'Is the average ticket higher on weekends than on weekdays? Mar-Oct 2024, both averages please.',
      "'2024-03-01'",
      "'2024-11-01'",
    ],
    ['Is POS turnover higher in Almaty than in Astana in Feb–Sep 2024?', "'2024-02-01'", "'2024-10-01'"],
    [
      '2024 жылдың наурыз–қазанында Алматыда айналым Астанадан көп пе? Екі соманы қатар қойып көрсет.',
      "'2024-03-01'",
      "'2024-11-01'",
    ],
  ])('%s', (q, from, to) => {
    const line = sqlLineOf(q);
    expect(line).toContain(`transaction_timestamp >= ${from} AND transaction_timestamp < ${to}`);
  });
  it('a word of change still makes them the two ends', () => {
    expect(sqlLineOf('turnover change Mar-Oct 2024')).toContain(
      "FILTER (WHERE transaction_timestamp >= '2024-10-01'",
    );
  });
});

describe('places of a kind counted: «сколько разных аптек приняли оплату», «төлем қабылдаған мейрамханалар саны», "fast food places (MCC 5814)"', () => {
  it.each([
    ['Сколько разных ресторанов приняли оплату в Астане за 2024?'],
    ['Сколько аптек (Pharmacies & Health) приняли оплату в Таразе в мае 2024?'],
    ['2024 жылы Шымкентте төлем қабылдаған дәріханалар саны'],
    ['2024 жылы Алматыда мейрамханалар саны (бірегей мерчанттар)'],
    ['How many different fast food places (MCC 5814) took payments in Almaty in 2024?'],
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toContain('count(DISTINCT merchant_id)');
  });
  it('the payments at them are still counted when the count is of payments', () => {
    expect(sqlLineOf('2024 жылы Алматыда мейрамхана төлемдерінің саны')).toContain('count(*)');
  });
  it('"places" alone is not understood', () => {
    expect(sqlLineOf('how many places in Almaty in 2024')).toContain('clarify');
  });
});

describe("a condition on each group's figure with hours between the figure and the comparison", () => {
  it.each([
    'cities where the average POS payment between 18:00 and 20:59 in 2024 was above 12,000 tenge',
    'Категории, у которых средний чек в утренние часы (7:00–9:59) за 2024 год выше 8 000 тенге',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('HAVING avg(transaction_amount_kzt) >');
    expect(line).not.toContain('transaction_amount_kzt > ');
  });
});

describe('a breakdown word beside the codes it is kept to, and «…, а сколько в …» asked again', () => {
  it('"Average ticket by MCC for 5411, 5499 and 5812" is a row per code', () => {
    const line = sqlLineOf('Average ticket by MCC for 5411, 5499 and 5812 in 2024');
    expect(line).toContain('GROUP BY merchant_mcc');
    expect(line).toContain('merchant_mcc IN (5411, 5499, 5812)');
  });
  it('«по всем MCC, кроме 5411, одной суммой» stays one sum', () => {
    expect(sqlLineOf('оборот за 2024 по всем MCC, кроме 5411, одной суммой')).not.toContain('GROUP BY');
  });
  it('«Сколько операций было в Павлодаре, а сколько в Шымкенте» is a row per city', () => {
    expect(sqlLineOf('Сколько операций было в Павлодаре, а сколько в Шымкенте, май 2024?')).toContain(
      'GROUP BY merchant_city',
    );
  });
});

describe('the column name transaction_currency written as in SQL is the column, not "in the transaction currency"', () => {
  it.each([
    ['2024 turnover, transaction_currency != KZT, by currency', 'sum(transaction_amount_kzt)'],
    [
      'count and turnover by currency where transaction_currency <> KZT in 2024',
      'sum(transaction_amount_kzt)',
    ],
  ])('%s', (q, measure) => {
    const line = sqlLineOf(q);
    expect(line).toContain(measure);
    expect(line).toContain("transaction_currency <> 'KZT'");
    expect(line).not.toContain('original_amount');
  });
  it('"in transaction currency" in words is still the original amount', () => {
    expect(sqlLineOf('USD payments amount in transaction currency in 2024')).toContain(
      'sum(original_amount)',
    );
  });
});

describe('a kind of place glossed by its code before the payment a superlative sizes', () => {
  it.each([
    '2024 жылы әр қаладағы ең ірі қонақүй (MCC 7011) төлемі',
    'the largest hotel (MCC 7011) payment in each city in 2024',
  ])('%s', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('max(transaction_amount_kzt)');
    expect(line).toContain('GROUP BY merchant_city');
    expect(line).not.toContain('LIMIT');
  });
});

describe("Russian analysts' English jargon in Cyrillic: «каунт», «тотал», «сплит по», «мерчи»", () => {
  it.each([
    ['каунт транзакций в Шымкенте за 2 кв. 2024', 'count(*)'],
    ['тотал оборота по Астане за май 2024', 'sum(transaction_amount_kzt)'],
    ['сплит по городам: каунт за июнь 2024', 'GROUP BY merchant_city'],
    ['топ-3 мерчей по каунту в Алматы за 2024', 'GROUP BY merchant_id'],
    ['каунт и тотал по банкам за март 2024, по убыванию тотала', 'ORDER BY total_amount DESC'],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('more claims to check: ", correct?", "- true?", «Проверь: …», a number of distinct things compared', () => {
  it.each([
    ['Our count of ECOM purchases in 2024 is above 20,000, correct? Give the number.', 'count(*)'],
    [
      'Over 400 merchants were active in Astana in May 2024 - true? Count the distinct merchants.',
      'count(DISTINCT merchant_id)',
    ],
    ['Проверь: оборот по аптекам за 2024 больше 30 млн? Покажи сумму.', 'sum(transaction_amount_kzt)'],
    [
      'Проверь: уникальных мерчантов с операциями в мае 2024 больше 2000? Дай число.',
      'count(DISTINCT merchant_id)',
    ],
  ])('%s', (q, measure) => {
    const line = sqlLineOf(q);
    expect(line).toContain(measure);
    expect(line).not.toContain('transaction_amount_kzt >');
  });
  it('"lunch" with its hours is those hours', () => {
    expect(sqlLineOf('Total POS spend in Almaty during lunch (12:00–13:59) in May 2024')).toContain(
      'extract(hour FROM transaction_timestamp) >= 12',
    );
  });
});

describe('a claim opened by "My sense is", «Мне кажется», «Менің ойымша», "I heard", then the figures asked', () => {
  it.each([
    [
      'Мне кажется, в выходные средний чек в аптеках выше, чем в будни. Покажи оба средних за 2 квартал 2024.',
      'avg(transaction_amount_kzt) FILTER',
    ],
    [
      'Менің ойымша, 2024 жылы Jusan Bank айналымы Halyk Bank-тен аз болды. Екі соманы қатар көрсетіңіз.',
      "FILTER (WHERE issuer_bank_name = 'Jusan Bank')",
    ],
    [
      'I heard the largest single payment in Taraz in 2024 was above 2 million. What was the largest?',
      'max(transaction_amount_kzt)',
    ],
    [
      "Halyk has the highest contactless share of POS payments of any bank in 2024, is that right? Show each bank's contactless share of its own POS count, highest first.",
      'GROUP BY issuer_bank_name',
    ],
  ])('%s', (q, part) => {
    const line = sqlLineOf(q);
    expect(line).toContain(part);
    expect(line).not.toContain('transaction_amount_kzt >');
  });
});

describe('who asks, at the contact centre and the branches: "Quick one for the morning huddle:", "Customers keep asking …"', () => {
  it.each([
    ['Quick one for the morning huddle: how many transactions were there in May 2024?', 'count(*)'],
    [
      'Customers keep asking if salaries came through. How many SALARY credits were there in May 2024?',
      "transaction_type = 'SALARY'",
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('«жұмыс уақытында (09:00–17:59)», in working hours with their hours', () => {
  it('is those hours', () => {
    expect(
      sqlLineOf('2024 жылы жұмыс уақытында (09:00–17:59) Halyk Bank карталарының айналымы қанша болды?'),
    ).toContain('extract(hour FROM transaction_timestamp) >= 9');
  });
});

describe('a value against the rest: "the cards of all the other banks", «с остальными банками», a row for each side', () => {
  it.each([
    'Compare ECOM turnover in May 2024 for Kaspi Bank cards versus the cards of all the other banks combined, one row for Kaspi and one row for the rest',
    'Almaty versus all the other cities: turnover in May 2024, one row for Almaty and one for the rest',
    'Прошу сравнить оборот Halyk Bank с остальными банками за май 2024 года.',
    'Шымкент против всех остальных городов вместе: количество ECOM-операций за май 2024, строка для Шымкента и строка для остальных',
    "Row count for May 2024, merchant_city = 'Almaty' against the rest of the cities lumped together",
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toMatch(/CASE WHEN \w+ = '[^']+' THEN '[^']+' ELSE 'other' END/);
  });

  it('"with" a rest in a question that compares nothing is no split', () => {
    expect(kindOf('Kaspi Bank payments with the other banks in May 2024')).not.toBe('sql');
  });
});

describe('notes beside a breakdown: "(1 to 31)", «(с 1 по 31)», "listed in hour order", "(both included)", «от понедельника к воскресенью»', () => {
  it.each([
    [
      'Bill payments in May 2024 by day of the month (1 to 31), in day order',
      'extract(day FROM transaction_timestamp)',
    ],
    [
      'Сумма снятий наличных за май 2024 года по числам месяца (с 1 по 31)',
      'extract(day FROM transaction_timestamp)',
    ],
    [
      'ATM withdrawals in May 2024 by hour of the day, listed in hour order (from 0 to 23)',
      'extract(hour FROM transaction_timestamp)',
    ],
    [
      'How many POS payments between 5,000 and 10,000 tenge (both included) were made in May 2024?',
      'BETWEEN 5000 AND 10000',
    ],
    [
      'Средний чек по POS за май 2024 года по дням недели, по порядку от понедельника к воскресенью',
      'extract(isodow FROM transaction_timestamp)',
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });

  it('a range that is not the whole cycle stays a question', () => {
    expect(kindOf('Bill payments in May 2024 by day of the month (1 to 15)')).not.toBe('sql');
  });
});

describe('a range of ISO weeks: "ISO weeks 40–48 of 2024", «ISO-недели с 1-й по 10-ю 2024 года»', () => {
  it.each([
    ['Weekly ECOM transaction count for ISO weeks 40–48 of 2024.', "'2024-09-30'", "'2024-12-02'"],
    ['Weekly active cards for ISO weeks 40 through 44 of 2024.', "'2024-09-30'", "'2024-11-04'"],
    [
      'Недельный оборот по POS-платежам за ISO-недели с 1-й по 10-ю 2024 года.',
      "'2024-01-01'",
      "'2024-03-11'",
    ],
  ])('%s: Monday of the first week to Sunday of the last', (q, from, to) => {
    const line = sqlLineOf(q);
    expect(line).toContain(`transaction_timestamp >= ${from}`);
    expect(line).toContain(`transaction_timestamp < ${to}`);
  });

  it("a week number past the year's last week is asked back", () => {
    expect(kindOf('Weekly turnover for ISO weeks 40–54 of 2024')).not.toBe('sql');
  });
});

describe('the part and the whole of a share said in more words', () => {
  it.each([
    // A condition said only after the whole's noun narrows the whole.
    [
      'Contactless share of POS payments at hotels (MCC 7011) in 2024',
      "count(*) FILTER (WHERE pos_entry_mode = 'Contactless')",
      'merchant_mcc = 7011',
    ],
    [
      'QR share of POS payments for city transport (MCC 4111) in May 2024',
      "count(*) FILTER (WHERE pos_entry_mode = 'QR_Code')",
      'merchant_mcc = 4111',
    ],
    // The wallet said as the means, by its column's word.
    [
      'Алматыда 2024 жылы контактісіз төлемдердің қанша пайызы әмиян арқылы жасалды?',
      'count(*) FILTER (WHERE wallet_type IS NOT NULL)',
      "pos_entry_mode = 'Contactless'",
    ],
    [
      'Какой процент бесконтактных платежей в Астане за 2024 год оплачен кошельком?',
      'count(*) FILTER (WHERE wallet_type IS NOT NULL)',
      "merchant_city = 'Astana'",
    ],
    // Russian verbs of making a payment before the part.
    [
      'Какой процент оплат в ресторанах за 2024 год сделан через Apple Pay?',
      "count(*) FILTER (WHERE wallet_type = 'Apple Pay')",
      "mcc_category = 'Dining & Restaurants'",
    ],
    [
      'Какая доля платежей в Шымкенте за май 2024 совершена бесконтактно?',
      "count(*) FILTER (WHERE pos_entry_mode = 'Contactless')",
      "merchant_city = 'Shymkent'",
    ],
  ])('%s', (q, part, whole) => {
    const line = sqlLineOf(q);
    expect(line).toContain(part);
    expect(line.split('FROM transactions')[1]).toContain(whole);
  });

  it('a condition said before the share word with no whole named stays a question', () => {
    expect(kindOf('Share of contactless payments in Almaty at hotels in 2024')).not.toBe('sql');
  });
});

describe("a risk analyst's Russian shorthand: «ТО» (turnover), «м/м», «к/к»", () => {
  it.each([
    ['ТО по POS за май 2024?', 'sum(transaction_amount_kzt)'],
    ['Доля каждого банка в ТО ECOM за 2024, %', 'sum(sum(transaction_amount_kzt)) OVER ()'],
    ['ТО POS май 2024 к апр. 2024, м/м %', "'2024-04-01'"],
    ['Кол-во тр-ций 2 кв. 2024 к 1 кв. 2024, к/к %', "'2024-01-01'"],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });

  it('«то» in lower case stays the pronoun', () => {
    expect(kindOf('то по POS за май 2024?')).not.toBe('sql');
  });
});

describe('bands said as a number of groups', () => {
  it.each([
    '2024 жылғы POS төлемдерін сомасы бойынша үш топқа бөліңіз: 5 000 теңгеден төмен, 5 000 мен 20 000 теңге аралығы және 20 000 теңгеден жоғары. Әр топтағы төлемдер санын көрсетіңіз.',
    'Split 2024 POS payments into three groups: under 5000, 5000-20000 and over 20000 tenge; the count in each band',
    '2024 жылғы мамырда әр қала бойынша операциялар санын сомасына қарай үш топқа бөліп, бағандарда көрсетіңіз: 5 000 теңгеден төмен, 5 000–20 000 теңге және 20 000 теңгеден жоғары.',
  ])('%s: counted in each band, no top and no sum', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('transaction_amount_kzt < 5000');
    expect(line).not.toContain('LIMIT');
    expect(line).not.toContain('sum(');
  });

  it('a number that is not the bands’ count is not theirs', () => {
    expect(
      kindOf('Split 2024 POS payments into four groups: under 5000, 5000-20000 and over 20000 tenge'),
    ).not.toBe('sql');
  });
});

describe('a Russian report form: «Показатель: …; Период: …; Разрез: …; Фильтр: …»', () => {
  it.each([
    [
      'Показатель: средний чек, тенге; Период: 2024 год; Разрез: город; Фильтр: тип операции — POS',
      'GROUP BY merchant_city',
    ],
    [
      'Показатель: количество уникальных карт; Период: 2024 год; Разрез: банк-эмитент; Фильтр: снятие наличных (ATM_WITHDRAWAL)',
      'GROUP BY issuer_bank_name',
    ],
    [
      'Показатель: оборот POS; Период: октябрь 2024 против октября 2023; Вывод: обе суммы и изменение в %',
      'FILTER',
    ],
    [
      'Көрсеткіш: айналым, теңге; Кезең: 2024 жылғы 3-тоқсан; Топтау: қала; Шектеу: ең жоғары топ-3 қала',
      'LIMIT 3',
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });
});

describe('merchants opening the question with a turnover they passed', () => {
  it.each([
    'Merchants with turnover over 3 million tenge in 2024',
    'Мерчанты с оборотом более 3 млн тенге за 2024 год',
    'Мерчанты Шымкента с POS-оборотом более 3 млн тенге за 2024 год — ID и оборот.',
  ])('%s: each merchant whose turnover passed it', (q) => {
    const line = sqlLineOf(q);
    expect(line).toContain('GROUP BY merchant_id');
    expect(line).toContain('HAVING sum(transaction_amount_kzt) > 3000000');
  });

  it('the payments named between stay a filter on them', () => {
    expect(
      sqlLineOf('Мерчанты Шымкента с POS-оборотом более 3 млн тенге за 2024 год — ID и оборот.'),
    ).toContain("merchant_city = 'Shymkent' AND transaction_type = 'POS'");
  });

  it('turnover at merchants, asked yes or no, stays one figure', () => {
    expect(sqlLineOf('Был ли оборот у мерчантов Шымкента за 2024 год больше 3 млн тенге?')).not.toContain(
      'GROUP BY',
    );
  });
});

describe('chat shorthand and a lead-in one figure short', () => {
  it.each([
    ['кол-во операций с иностр эквайером за 2024 по типам операций', "acquirer_country_iso <> 'KAZ'"],
    ['по каждой иностр валюте когда была последняя операция', "transaction_currency <> 'KZT'"],
    ['доля ночных опер (с 00:00 до 05:59) от всех операций за 2024 г в %', 'extract(hour'],
    [
      'Сколько операций было проведено через эквайеров-нерезидентов (страна эквайера — не Казахстан) в октябре 2024 года?',
      "acquirer_country_iso <> 'KAZ'",
    ],
    [
      'Коллеги, здравствуйте! Готовлю презентацию по онлайн-каналу, и мне не хватает одной цифры. Подскажите, пожалуйста, каким был средний чек онлайн-покупок (ECOM) за весь 2024 год, в тенге? Буду очень признательна.',
      'avg(transaction_amount_kzt)',
    ],
  ])('%s', (q, part) => {
    expect(sqlLineOf(q)).toContain(part);
  });

  it('a lead-in that says no to something stays asked back', () => {
    expect(kindOf('Коллеги, без учета Алматы не надо. Каким был средний чек за 2024 год?')).not.toBe('sql');
  });
});

describe('Kazakh: the night said with its clock hours, and a city’s merchants over a turnover', () => {
  it('«… қанша пайызы түнде, 00:00–05:59 аралығында болды?» is the night’s part', () => {
    const line = sqlLineOf('2024 жылы банкомат шешулердің қанша пайызы түнде, 00:00–05:59 аралығында болды?');
    expect(line).toContain('count(*) FILTER (WHERE extract(hour');
    expect(line).toContain("transaction_type = 'ATM_WITHDRAWAL'");
  });

  it.each([
    [
      '2024 жылы айналымы 5 млн теңгеден асқан Шымкент мерчанттарының саны қанша?',
      'HAVING sum(transaction_amount_kzt) > 5000000',
    ],
    [
      '2024 жылғы қазанда обороты 1 млн теңгеден асқан Шымкент мерчанттары: merchant_id және обороты',
      'GROUP BY merchant_id HAVING sum(transaction_amount_kzt) > 1000000',
    ],
  ])('%s: each merchant’s turnover, in that city', (q, part) => {
    const line = sqlLineOf(q);
    expect(line).toContain(part);
    expect(line).toContain("merchant_city = 'Shymkent'");
  });
});
