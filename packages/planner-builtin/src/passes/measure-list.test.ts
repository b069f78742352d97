import { describe, expect, it } from 'vitest';
import { readMeasureList } from './measure-list.js';
import { frameOf, runPass, sqlLineOf, usedBy } from './testing.js';

const listed = (q: string) => runPass(readMeasureList, q).after.draft.measures;

describe('measure list pass', () => {
  it('reads each item of a list of figures as a measure of its own, in the order said', () => {
    expect(listed('Quick one: total, count and average payment for October 2026?')).toEqual([
      { fn: 'sum' },
      { fn: 'count' },
      { fn: 'avg' },
    ]);
    expect(listed('categories in almaty last week: count, amount, avg')).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
      { fn: 'avg' },
    ]);
    expect(listed('ECOM by bank last month: count, sum, largest payment')).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
      { fn: 'max' },
    ]);
    expect(listed('Karaganda 2025 in one line: cards, merchants, payments')).toEqual([
      { fn: 'count_distinct', column: 'card_key' },
      { fn: 'count_distinct', column: 'merchant_id' },
      { fn: 'count' },
    ]);
    expect(listed('txns, amount, avg ticket by city for Nov 2026')).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
      { fn: 'avg' },
    ]);
  });

  it('in Russian and Kazakh, abbreviations included', () => {
    expect(listed('Павлодар за прошлый месяц одной строкой: операций, оборот, средний чек, карт')).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
      { fn: 'avg' },
      { fn: 'count_distinct', column: 'card_key' },
    ]);
    expect(listed('Одежда по банкам за лето 2025: кол-во, сумма, ср. чек')).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
      { fn: 'avg' },
    ]);
    expect(listed('Тараз по месяцам за 2026 год — операций и оборот')).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
    ]);
    expect(listed('Жанармай құю станциялары, қалалар бойынша, 2025 жыл: саны, сомасы, ең ірі төлем')).toEqual(
      [{ fn: 'count' }, { fn: 'sum' }, { fn: 'max' }],
    );
  });

  it('takes a value in an item only when the question names it before the list', () => {
    const run = runPass(
      readMeasureList,
      'ATM withdrawals by city, last 30 days: number of withdrawals, total cash out and the biggest single withdrawal',
    );
    expect(run.after.draft.measures).toEqual([{ fn: 'count' }, { fn: 'sum' }, { fn: 'max' }]);
    expect(usedBy(run)).toContain('cash out');
    expect(listed('ECOM count and POS count for 2025')).toEqual([]);
  });

  it('leaves what is no plain list of figures to the other passes', () => {
    // aggregates that share the noun after them
    expect(listed('min, avg and max P2P_OUT amount in Karaganda for last month')).toEqual([]);
    expect(listed('p95 and p99 of online purchase amounts this year')).toEqual([]);
    // a participle's clause after a comma, «совершавших операции», is no item
    expect(
      listed('Число уникальных карт, совершавших операции за границей в 2025 году, в разбивке по банкам'),
    ).toEqual([]);
    // one item is no list; "or" joins no list; a ratio or a share is read elsewhere
    expect(listed('ECOM turnover by bank last month')).toEqual([]);
    expect(listed('by city: count or amount')).toEqual([]);
    expect(listed('by bank: count and amount per card')).toEqual([]);
    expect(listed('by city: count, amount and share of ECOM')).toEqual([]);
    // a clause mark after a figure ends the list: «медианасы — сомасы бойынша» is the order
    expect(
      listed(
        'Eurasian Bank, 2025 жыл: транзакция түрі, саны, сомасы, медианасы — сомасы бойынша кему ретімен.',
      ),
    ).toEqual([{ fn: 'count' }, { fn: 'sum' }, { fn: 'median' }]);
  });

  it('after a time grain that opens the question, and with "how many" and its payments as an item', () => {
    expect(listed('Weekly txns and turnover for the last 8 weeks, current week included')).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
    ]);
    expect(
      listed('For each issuing bank, how many transactions, total turnover and distinct cards in 2025?'),
    ).toEqual([{ fn: 'count' }, { fn: 'sum' }, { fn: 'count_distinct', column: 'card_key' }]);
    // a bare "how many" with the list's comma after it is an item; «на какую сумму» is one too
    expect(listed('Входящие переводы по банкам за 2026: сколько, на какую сумму, сколько карт')).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
      { fn: 'count_distinct', column: 'card_key' },
    ]);
    expect(listed('Покупки по городам за октябрь: сколько, на какую сумму и какой средний чек')).toEqual([
      { fn: 'count' },
      { fn: 'sum' },
      { fn: 'avg' },
    ]);
  });

  it('«сколько начислений» counts the payments named before the list when they are credits, and only then', () => {
    expect(listed('Зарплаты по месяцам за 2026: сколько начислений, общая сумма и средняя зарплата')).toEqual(
      [{ fn: 'count' }, { fn: 'sum' }, { fn: 'avg' }],
    );
    // no type named: the direction word would narrow the payments, which is not the list's to decide
    expect(listed('По месяцам за 2026: сколько начислений, общая сумма')).toEqual([]);
    // a type that goes the other way
    expect(listed('Снятия наличных по месяцам: сколько начислений, общая сумма')).toEqual([]);
  });

  it('a list that does not open the clause is read whole: "showing avg ticket, count and turnover"', () => {
    expect(
      listed('Rank the banks by average ticket for Q3 2026, showing avg ticket, count and turnover'),
    ).toEqual([{ fn: 'avg' }, { fn: 'count' }, { fn: 'sum' }]);
  });
});

describe('a ranking keeps its own measure among the listed figures', () => {
  it('named after the superlative, with no "by"', () => {
    expect(
      sqlLineOf(
        'Which 5 MCC codes had the highest POS total in Q1 2026? Show MCC, category, count and total.',
      ),
    ).toContain('ORDER BY total_amount DESC');
    expect(
      sqlLineOf('Which 3 cities had the most transactions last week? Give turnover, count and avg'),
    ).toContain('ORDER BY transaction_count DESC');
  });
  it('named with "by"', () => {
    expect(sqlLineOf('Top 5 cities by turnover in 2025: count, amount')).toContain(
      'ORDER BY total_amount DESC',
    );
    expect(
      sqlLineOf('Rank the banks by average ticket for Q3 2026, showing avg ticket, count and turnover'),
    ).toContain('ORDER BY avg_amount DESC');
  });
  it('the whole question keeps every figure', () => {
    expect(frameOf('Kaspi Bank for November 2026 - total, count and avg check in one row').measures).toEqual([
      { fn: 'sum' },
      { fn: 'count' },
      { fn: 'avg' },
    ]);
  });
});
