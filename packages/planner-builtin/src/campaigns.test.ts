import { describe, expect, it } from 'vitest';
import { understandQuestion } from './builtin-planner.js';
import { lexItems } from './lexicon.js';
import { frameOf, sqlLineOf, TEST_CONTEXT } from './passes/testing.js';
import { quoteSpans, tokenize } from './tokenize.js';

const context = TEST_CONTEXT;

describe('quoted spans', () => {
  it('finds «…», "…" and \'…\' but not a plural possessive', () => {
    const text = `во время акции «снова в школу» и "tap & win" or 'autumn dining' for cardholders' spend`;
    const spans = quoteSpans(text).map((s) => text.slice(s.from + 1, s.to));
    expect(spans).toEqual(['снова в школу', 'tap & win', 'autumn dining']);
  });
  it('marks the tokens inside them', () => {
    const tokens = tokenize('акция «Путешествуй с Halyk», июль');
    expect(tokens.filter((t) => t.quote !== undefined).map((t) => t.text)).toEqual([
      'путешествуй',
      'с',
      'halyk',
    ]);
  });
});

describe('a campaign and its name are a label of the dates beside them (unseen65)', () => {
  it.each([
    // the name in quotes holds words that would filter: a bank, a month, a wallet, a weekend
    'Сколько карт Halyk хотя бы раз расплачивались за рубежом во время акции «Путешествуй с Halyk», 1 июня – 31 августа 2025?',
    'Количество транзакций по типам операций за акцию «Цифровой декабрь», 1–31 декабря 2025, и доля каждого типа.',
    "What was total restaurant spend in Almaty during the 'Autumn Dining' promo, 15 September – 15 October 2025?",
    '2026 жылғы 1–14 қарашадағы кешбэк науқаны кезінде Halyk Bank карталарымен дәріханаларда қанша операция жасалды?',
    'What was the median grocery purchase in Astana during the back-to-school campaign, 20 August – 5 September 2025?',
    'What was the average pharmacy spend per active card during the flu-season promo, November 2025?',
  ])('%s', (q) => {
    expect(understandQuestion(q, context).kind).toBe('sql');
  });
  it('the name filters nothing: «Путешествуй с Halyk» adds no bank, «Цифровой декабрь» no month', () => {
    const frame = frameOf('Количество транзакций по типам за акцию «Цифровой декабрь», 1–31 октября 2025');
    expect(frame.time).toEqual({ kind: 'dates', from: '2025-10-01', to: '2025-11-01' });
    expect(frame.filters).toEqual([]);
  });
  it('a value right before the campaign word names it: "during the QR promo" keeps every entry mode', () => {
    const frame = frameOf('Number of POS payments by entry mode during the QR promo, 1–15 October 2026');
    expect(frame.dimensions).toEqual(['pos_entry_mode']);
    expect(frame.filters).toEqual([
      { kind: 'values', column: 'transaction_type', negated: false, values: ['POS'] },
    ]);
  });
  it('a day of no year before it is its name, not the period ("the 11.11 campaign, 1–11 November")', () => {
    const frame = frameOf(
      'During the 11.11 campaign, 1–11 November 2026, how many ECOM payments were there?',
    );
    expect(frame.time).toEqual({ kind: 'dates', from: '2026-11-01', to: '2026-11-12' });
  });
  it.each([
    'Сколько потратили клиенты во время акции?',
    'How much was spent during the promo?',
    'Turnover during the 2026 campaign',
    'Науқан кезінде қанша транзакция болды?',
  ])('with no period (or only a year) it is asked back: %s', (q) => {
    expect(understandQuestion(q, context).kind).toBe('clarify');
  });
  it('shares of stock stay off topic; cashback alone is not a campaign', () => {
    expect(understandQuestion('Курс акций Kaspi', context).kind).toBe('refuse');
    expect(understandQuestion('number of cashbacks in May', context).kind).not.toBe('sql');
  });
  it('"uplift" is the change in %', () => {
    const frame = frameOf('Samsung Pay payments in October 2026 vs September 2026 and the uplift in %');
    expect(frame.compare).not.toBeNull();
    expect(frame.compare?.output).toBeUndefined();
  });
  it('lexes a quoted name next to a campaign word as the campaign', () => {
    const items = lexItems(tokenize('за акцию «Сезон распродаж», июль'));
    const kinds = items.map((i) => (i.kind === 'meaning' ? i.meaning.kind : i.kind));
    expect(kinds.filter((k) => k === 'occasion').length).toBe(3);
  });
});

describe('rows of the table are transactions; checks of the feed are what the figures are for (unseen67)', () => {
  it.each([
    ['Row count by month for 2025, in month order.', 'month'],
    ['Количество строк по городам за прошлую неделю.', 'merchant_city'],
    ['2026 жылғы қыркүйектегі күн бойынша жолдар саны.', 'day'],
    ['Кешегі жүктеме: банк бойынша жолдар саны.', 'issuer_bank_name'],
    ['Проверка выгрузки: количество строк по банкам за ноябрь 2026.', 'issuer_bank_name'],
  ])('%s', (q, dimension) => {
    const frame = frameOf(q);
    expect(frame.measures).toEqual([{ fn: 'count' }]);
    expect(frame.dimensions).toEqual([dimension]);
  });
  it('"in one row" is still the shape of the answer', () => {
    expect(frameOf('Weekends vs weekdays turnover in October 2026, in one row').measures).toEqual([
      { fn: 'sum' },
    ]);
  });
});

describe('found while reading unseen65–68', () => {
  it('a clause opened by "where" / «где» is a condition, never context set aside', () => {
    expect(
      understandQuestion('Сколько строк, где пусты одновременно и кошелёк, и способ ввода?', context).kind,
    ).toBe('clarify');
  });
  it('«маусым–тамыздағы» is June to August, the locative on the second month', () => {
    const frame = frameOf('2026 жылғы маусым–тамыздағы транзакциялар саны');
    expect(frame.time).toEqual({ kind: 'dates', from: '2026-06-01', to: '2026-09-01' });
  });
  it('"which wallet types occur in …" lists the values', () => {
    const result = understandQuestion("Which wallet types occur in Kaspi Bank's transactions?", context);
    expect(result.kind === 'sql' ? result.sql.replace(/\s+/g, ' ') : '').toMatch(
      /^SELECT wallet_type FROM transactions WHERE .*wallet_type IS NOT NULL GROUP BY wallet_type/,
    );
  });
});

describe('a campaign in the middle of a question', () => {
  it('a value with a stop word before the campaign word is no part of its name («по одежде за акцию»)', () => {
    const sql = sqlLineOf(
      'В каких банках оборот по одежде (Clothing & Apparel) за акцию «Back to school», 15 августа – 15 сентября 2025, превысил 5 млн тенге?',
    );
    expect(sql).toContain("mcc_category = 'Clothing & Apparel'");
    expect(sql).toContain('HAVING sum(transaction_amount_kzt) > 5000000');
  });
  it('«доля операций на АЗС в Павлодаре пришлась на выходные»: the part follows the verb; a city after «в» is where', () => {
    expect(sqlLineOf('Какая доля операций на АЗС в Павлодаре пришлась на выходные в июле 2026?')).toContain(
      'count(*) FILTER (WHERE extract(isodow FROM transaction_timestamp) IN (6, 7))',
    );
    expect(sqlLineOf('доля Apple Pay в бесконтакте за 2026')).toContain(
      "count(*) FILTER (WHERE wallet_type = 'Apple Pay')",
    );
  });
});

describe('named days and campaign words of marketing (unseen65)', () => {
  it.each([
    "International Women's Day promo, 6–8 March 2026: turnover in Pharmacies & Health",
    'Сколько раз клиенты снимали наличные за длинные выходные на Наурыз, 21–25 марта 2025?',
    'Оборот по QR-платежам у Kaspi в ноябре 2026 (месяц акции)',
  ])('%s', (q) => {
    expect(sqlLineOf(q)).toMatch(/^SELECT/);
  });
  it('the days off of a named day before its dates filter no weekend («Республика күні демалысында»)', () => {
    expect(
      sqlLineOf('Республика күні демалысында, 2026 жылғы 24–26 қазанда, Алматыдағы айналым қанша болды?'),
    ).not.toContain('isodow');
  });
  it('«Насколько выросло … ? Покажи оба месяца и прирост в процентах» compares with the change', () => {
    const sql = sqlLineOf(
      'Насколько выросло число QR-платежей в ноябре 2026 по сравнению с ноябрём 2025? Покажи оба месяца и прирост в процентах.',
    );
    expect(sql).toContain('transaction_count_2025_11');
    expect(sql).toContain('change_pct');
  });
  it('«Какую долю … заняли продукты?»: the part after the verb', () => {
    expect(sqlLineOf('Какую долю POS-оборота ForteBank в ноябре 2026 заняли продукты?')).toContain(
      "FILTER (WHERE mcc_category = 'Grocery & Food Markets')",
    );
  });
});

describe('a campaign said in a sentence of its own with a period', () => {
  it('is not read as a third period of a comparison', () => {
    const result = understandQuestion(
      'November 2026 was our campaign month. Which categories grew the most in turnover from October 2026 to November 2026?',
      context,
    );
    expect(result.kind).not.toBe('sql');
  });
});
