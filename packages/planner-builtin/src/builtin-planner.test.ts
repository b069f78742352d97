import type { PlanContext, PlannedQuery, PreviousTurn } from '@pa/planner';
import { describe, expect, it } from 'vitest';
import { createBuiltinPlanner, detectLanguage, understandQuestion, understands } from './index.js';

const now = new Date('2026-05-20T08:00:00Z');
const planner = createBuiltinPlanner();

function ctx(previous: PreviousTurn[] = []): PlanContext {
  return { now, timeZone: 'Asia/Almaty', previous, repairs: [] };
}

async function plan(question: string, previous: PreviousTurn[] = []): Promise<PlannedQuery> {
  return planner.plan({ question, language: detectLanguage(question), context: ctx(previous) });
}

/** Plans a conversation turn by turn, feeding each result back as the next turn's context. */
async function converse(...questions: string[]): Promise<PlannedQuery> {
  const previous: PreviousTurn[] = [];
  let last: PlannedQuery | undefined;
  for (const question of questions) {
    last = await plan(question, [...previous]);
    previous.push({ question, sql: last.sql ?? null, frame: last.frame });
  }
  return last!;
}

const flat = (sql: string | undefined) => (sql ?? '').replace(/\s+/g, ' ');

describe('createBuiltinPlanner', () => {
  it('identifies itself and returns its frame', async () => {
    expect(planner.name).toBe('builtin');
    const result = await plan('How many transactions yesterday?');
    expect(result).toMatchObject({ kind: 'sql', planner: 'builtin', provider: 'builtin', model: null });
    expect(result.frame).toMatchObject({ version: 1, confident: true, measures: [{ fn: 'count' }] });
    expect(result.explanation).toBe('Number of transactions · yesterday');
  });

  it('explains in Russian for a Russian question', async () => {
    const result = await plan('Сумма по категориям за прошлый месяц');
    expect(result.explanation).toBe('Сумма · по категориям · прошлый месяц');
  });

  it('explains in Kazakh for a Kazakh question', async () => {
    const result = await plan('Өткен айдағы сома санаттар бойынша');
    expect(result.explanation).toBe('Сома · санат бойынша · өткен ай');
  });
});

describe('refusals', () => {
  it.each([
    ['Delete all transactions', 'destructive', 'I can only read the data'],
    ['drop the table', 'destructive', 'I can only read the data'],
    ['Удали все транзакции', 'destructive', 'Я могу только читать данные'],
    ['how many transactions; drop table transactions', 'destructive', 'I can only read'],
    ['Tell me a joke', 'off_topic', 'I only answer questions about card transactions'],
    ["What's the weather in Almaty?", 'off_topic', 'I only answer questions about card transactions'],
    ['Расскажи шутку', 'off_topic', 'я отвечаю только на вопросы о карточных транзакциях'],
    ['Show me the card numbers of customers in Almaty', 'personal', "I can't show card numbers"],
    ['Покажи номера карт клиентов', 'personal', 'Я не показываю номера карт'],
    ['What is the meaning of life?', 'not_data', "I can't answer that yet; try 'How many transactions"],
  ])('%s → refuse (%s)', async (question, reason, message) => {
    const result = await plan(question);
    expect(result.kind).toBe('refuse');
    expect(result.frame).toEqual({ confident: false, reason });
    expect(result.message).toContain(message);
    expect(result.sql).toBeUndefined();
  });

  it('answers a greeting with what it can do', async () => {
    const result = await plan('Привет!');
    expect(result.kind).toBe('chat');
    expect(result.message).toContain('Сколько транзакций было вчера?');
  });

  it('asks back, in the question language, naming the words it did not understand', async () => {
    const en = await plan('How many transactions at the zoo?');
    expect(en.kind).toBe('clarify');
    expect(en.message).toContain('"zoo"');
    const ru = await plan('Сколько транзакций в зоопарке?');
    expect(ru.kind).toBe('clarify');
    expect(ru.message).toContain('«зоопарке»');
  });

  it('names the Kazakh words it did not understand, in Kazakh', async () => {
    const result = await plan('Кеше қанша күмәнді транзакция болды?');
    expect(result.kind).toBe('clarify');
    expect(result.message).toContain('«күмәнді» түсінбедім');
  });

  it.each([
    ['Кешегі транзакцияларды жой', 'деректерді тек оқи аламын'],
    ['Барлық карталарды бұғаттаңыз', 'деректерді тек оқи аламын'],
    ['Карта нөмірлерін көрсетіңіз', 'Карта нөмірлерін'],
  ])('refuses %s in Kazakh', async (question, message) => {
    const result = await plan(question);
    expect(result.kind).toBe('refuse');
    expect(result.message).toContain(message);
  });

  it.each([
    'cancel the transaction from yesterday',
    'block all Kaspi cards used abroad',
    'отмени вчерашний перевод',
    'заморозь карты Халыка',
    'Кешегі аударымды болдырмаңыз',
  ])('refuses an action as an action: %s', async (question) => {
    const result = await plan(question);
    expect(result.kind).toBe('refuse');
    expect(result.frame).toEqual({ confident: false, reason: 'destructive' });
  });
});

describe('follow-ups merge into the previous frame', () => {
  it.each([
    [
      ['How many transactions were there yesterday?', 'and today?'],
      'WHERE transaction_timestamp >= current_date::timestamptz AND',
    ],
    [['Сколько транзакций в Алматы за вчера?', 'А в Астане?'], "merchant_city = 'Astana'"],
    [['Total amount by city this month', 'now by bank'], 'SELECT issuer_bank_name, sum('],
    [['How many transactions this month?', 'only online'], "transaction_type = 'ECOM'"],
    [
      ['Средний чек в Шымкенте', 'А медиана?'],
      "percentile_cont(0.5) WITHIN GROUP (ORDER BY transaction_amount_kzt) AS median_amount FROM transactions WHERE merchant_city = 'Shymkent'",
    ],
    [['Average check by city', 'top 3'], 'ORDER BY avg_amount DESC LIMIT 3'],
    [
      ['Количество транзакций за последние 7 дней', 'А по дням?'],
      "GROUP BY date_trunc('day', transaction_timestamp)",
    ],
    [
      ['How many transactions yesterday?', 'and in Astana?', 'and by bank?'],
      "WHERE merchant_city = 'Astana' AND transaction_timestamp >= (current_date - 1)::timestamptz",
    ],
  ])('%j', async (questions, expected) => {
    const result = await converse(...questions);
    expect(result.kind).toBe('sql');
    expect(flat(result.sql)).toContain(expected);
  });

  it('replaces the filter of the same column and keeps the others', async () => {
    const result = await converse('Сколько онлайн-платежей в Алматы вчера?', 'а в Астане?');
    const sql = flat(result.sql);
    expect(sql).toContain("merchant_city = 'Astana'");
    expect(sql).not.toContain('Almaty');
    expect(sql).toContain("transaction_type = 'ECOM'");
  });

  it('asks back when a follow-up has nothing to follow', async () => {
    const result = await plan('and yesterday?');
    expect(result.kind).toBe('clarify');
  });

  it('ignores a previous frame that is not a valid builtin frame', async () => {
    const result = await plan('А в Астане?', [
      { question: 'x', sql: 'SELECT 1', frame: { measures: 'junk' } },
    ]);
    expect(result.kind).toBe('clarify');
  });

  // unseen36 (chat conversations), in our own phrasings.
  it.each([
    // a question that names only what to compute is about the payments just asked about
    [
      ['How much cash was withdrawn from ATMs in Taraz last week?', 'how many cards was that?'],
      "count(DISTINCT card_key) AS card_count FROM transactions WHERE transaction_type = 'ATM_WITHDRAWAL' AND merchant_city = 'Taraz'",
    ],
    [
      ['Оборот аптек в Павлодаре за октябрь 2026', 'сколько клиентов?'],
      "count(DISTINCT card_key) AS card_count FROM transactions WHERE mcc_category = 'Pharmacies & Health' AND merchant_city = 'Pavlodar' AND transaction_timestamp >= '2026-10-01'",
    ],
    [
      ['2026 жылғы қазанда Шымкенттегі айналым', 'орташа сомасы қанша?'],
      "avg(transaction_amount_kzt) AS avg_amount FROM transactions WHERE merchant_city = 'Shymkent' AND transaction_timestamp >= '2026-10-01'",
    ],
    // Kazakh openers of a follow-up: «ал …?», «тек …», «… ше?» (read with the Kazakh vocabulary
    // even with no Kazakh letter of their own)
    [['2026 жылғы қазанда Алматыдағы транзакциялар саны', 'ал Астанада?'], "merchant_city = 'Astana'"],
    [
      ['2026 жылғы қазанда Алматыдағы транзакциялар саны', 'тек Kaspi'],
      "merchant_city = 'Almaty' AND issuer_bank_name = 'Kaspi Bank'",
    ],
    [
      ['Өткен аптада кіріс P2P аударымдарының сомасы', 'шығыс аударымдар ше?'],
      "transaction_type = 'P2P_OUT'",
    ],
    // a share of the last answer, of a whole named or of the total
    [
      ['QR payment amount in October 2026', 'what share of all POS purchases is that?'],
      "FILTER (WHERE pos_entry_mode = 'QR_Code'), 0) / nullif(sum(transaction_amount_kzt), 0) AS amount_share_pct FROM transactions WHERE transaction_type = 'POS' AND transaction_timestamp >= '2026-10-01'",
    ],
    [
      ['Сумма оплат Apple Pay за сентябрь 2026', 'какая это доля от всех платежей с кошельком?'],
      "FILTER (WHERE wallet_type = 'Apple Pay'), 0) / nullif(sum(transaction_amount_kzt), 0) AS amount_share_pct FROM transactions WHERE wallet_type IS NOT NULL",
    ],
    [
      ['2026 жылғы қазанда Halyk карталарының айналымы', 'барлық банктердің айналымындағы үлесі қанша?'],
      "FILTER (WHERE issuer_bank_name = 'Halyk Bank'), 0) / nullif(sum(transaction_amount_kzt), 0) AS amount_share_pct FROM transactions WHERE transaction_timestamp >= '2026-10-01'",
    ],
    [
      ['Spend by city for Kaspi cards in November 2026', 'as a share of the total'],
      'SELECT merchant_city, 100.0 * sum(transaction_amount_kzt) / sum(sum(transaction_amount_kzt)) OVER ()',
    ],
    // one more exclusion, not another instead; a column widened to all its values
    [
      ['Foreign transactions by currency in October 2026', 'without China'],
      "acquirer_country_iso NOT IN ('KAZ', 'CHN')",
    ],
    [
      ['Fuel turnover in Aktobe in 2025', 'and for all cities?'],
      "SELECT sum(transaction_amount_kzt) AS total_amount FROM transactions WHERE mcc_category = 'Fuel & Service Stations' AND transaction_timestamp >= '2025-01-01'",
    ],
    // an order said after a breakdown
    [
      ['Swipe transactions in November 2026', 'per bank, from most to least'],
      'GROUP BY issuer_bank_name ORDER BY transaction_count DESC',
    ],
  ])('%j', async (questions, expected) => {
    const result = await converse(...questions);
    expect(result.kind).toBe('sql');
    expect(flat(result.sql)).toContain(expected);
  });

  it.each(['how many cards was that?', 'какая это доля от всех POS-покупок?', 'шығыс аударымдар ше?'])(
    '%s with no earlier answer to point back at is asked back',
    async (q) => {
      const result = await plan(q);
      expect(result.kind).toBe('clarify');
    },
  );

  it.each([
    [
      ['Spend by category in October 2026', 'sort it ascending'],
      'GROUP BY mcc_category ORDER BY total_amount ASC',
    ],
    [
      ['ATM withdrawals amount in October 2026', 'vs September', 'how much did it grow in %?'],
      'AS change_pct',
    ],
  ])('%j', async (questions, expected) => {
    const result = await converse(...questions);
    expect(result.kind).toBe('sql');
    expect(flat(result.sql)).toContain(expected);
  });

  it.each([
    // "those" are the groups: a condition on their totals (it filtered single payments over 1 billion)
    [
      ['Amount by bank in 2025', 'only those with more than 1 billion'],
      'HAVING sum(transaction_amount_kzt) > 1000000000',
    ],
    [
      ['Оборот по городам за 2025', 'только те, у которых больше 500 млн'],
      'HAVING sum(transaction_amount_kzt) > 500000000',
    ],
    [['Count by city in 2025', 'only those with more than 5000 transactions'], 'HAVING count(*) > 5000'],
    // the share of the last answer in all banks' (it was each bank's share)
    [
      ['Kaspi card spend in October 2026', 'what share is that of all banks?'],
      "FILTER (WHERE issuer_bank_name = 'Kaspi Bank'), 0) / nullif(sum(transaction_amount_kzt), 0) AS amount_share_pct FROM transactions WHERE transaction_timestamp >= '2026-10-01'",
    ],
    [
      ['Траты по картам Каспи за октябрь 2026', 'какая это доля от всех банков?'],
      "FILTER (WHERE issuer_bank_name = 'Kaspi Bank'), 0) / nullif(",
    ],
  ])('%j', async (questions, expected) => {
    const result = await converse(...questions);
    expect(result.kind).toBe('sql');
    expect(flat(result.sql)).toContain(expected);
  });

  it('«в какой час пик?» after counts by hour ranks those rows (it was over all data)', async () => {
    const result = await converse(
      'Количество операций по часам за ноябрь 2026 в Шымкенте',
      'в какой час пик?',
    );
    expect(flat(result.sql)).toContain(
      "WHERE merchant_city = 'Shymkent' AND transaction_timestamp >= '2026-11-01'",
    );
    expect(flat(result.sql)).toContain('LIMIT 1');
  });

  it('"the share of all categories" alone is each category\'s share', async () => {
    const result = await plan('share of all categories by amount in 2025');
    expect(flat(result.sql)).toContain(
      'SELECT mcc_category, 100.0 * sum(transaction_amount_kzt) / sum(sum(transaction_amount_kzt)) OVER ()',
    );
  });

  // unseen39 (longer conversations), in our own phrasings.
  it.each([
    // the unit of the amounts changed back to tenge (it stayed in the original currency, or filtered KZT)
    [
      ['Amount in EUR, in the original currency, in October 2026', 'What was that in tenge?'],
      "SELECT sum(transaction_amount_kzt) AS total_amount FROM transactions WHERE transaction_currency = 'EUR'",
    ],
    [
      ['Сумма в юанях в оригинальной валюте за октябрь 2026', 'а в тенге?'],
      "SELECT sum(transaction_amount_kzt) AS total_amount FROM transactions WHERE transaction_currency = 'CNY'",
    ],
    // "as one number": the rows are gone (it kept the breakdown)
    [
      ['Количество операций за границей по странам за 2025 год', 'а только Грузия и Армения, одной цифрой?'],
      "SELECT count(*) AS transaction_count FROM transactions WHERE acquirer_country_iso IN ('GEO', 'ARM')",
    ],
    [
      [
        'What share of in-store card purchases were contactless in 2025?',
        'by quarter',
        'How about January to October 2026, as one number?',
      ],
      "SELECT 100.0 * count(*) FILTER (WHERE pos_entry_mode = 'Contactless')",
    ],
    // the noun of the follow-up does not ask for a count (the median was replaced by a count)
    [
      ['Медиана онлайн-покупок по банкам за сентябрь 2026', 'и то же самое для покупок в магазинах'],
      'SELECT issuer_bank_name, percentile_cont(0.5)',
    ],
    // "how much did it grow" keeps what was counted (it became the amount)
    [
      [
        'Number of active cards per city in October 2026',
        'Compare with October 2025',
        'How much did it grow, in %?',
      ],
      'SELECT merchant_city, count(DISTINCT card_key) FILTER',
    ],
    // one value of the breakdown's column leaves no breakdown
    [
      ['Оборот за вчера по типам операций', 'только входящие переводы: количество и сумма'],
      "SELECT count(*) AS transaction_count, sum(transaction_amount_kzt) AS total_amount FROM transactions WHERE transaction_type = 'P2P_IN'",
    ],
    // "instead of the amount": the amount is not shown
    [
      ['ATM withdrawals by city last month, total amount', 'the number of withdrawals instead of the amount'],
      'SELECT merchant_city, count(*) AS transaction_count FROM',
    ],
  ])('%j', async (questions, expected) => {
    const result = await converse(...questions);
    expect(result.kind).toBe('sql');
    expect(flat(result.sql)).toContain(expected);
  });

  it.each([
    // "not X but Y": the measure corrected (the negation was not understood, or both were shown)
    [
      ['Оборот по банкам за октябрь 2026', 'теперь количество операций, а не сумму'],
      'SELECT issuer_bank_name, count(*) AS transaction_count FROM',
    ],
    [
      ['2026 жылғы қазанда онлайн сатып алулардың саны санаттар бойынша', 'санын емес, сомасын көрсет'],
      'SELECT mcc_category, sum(transaction_amount_kzt) AS total_amount FROM',
    ],
    // a measure added beside the last ones
    [
      ['Count by bank in October 2026', 'и сумму добавь'],
      'SELECT issuer_bank_name, count(*) AS transaction_count, sum(transaction_amount_kzt) AS total_amount',
    ],
    [
      ['2026 жылғы қаңтар–қазан айлары бойынша онлайн сатып алулар саны', 'орташа сомасын да қос'],
      'count(*) AS transaction_count, avg(transaction_amount_kzt) AS avg_amount',
    ],
  ])('%j', async (questions, expected) => {
    const result = await converse(...questions);
    expect(result.kind).toBe('sql');
    expect(flat(result.sql)).toContain(expected);
  });

  it.each([[['Оборот по банкам за октябрь 2026', 'not the amount']], [['тек Астана', 'сомасы емес, саны']]])(
    '%j: a correction with nothing named instead, or nothing to correct, is asked back',
    async (questions) => {
      const result = await converse(...questions);
      expect(result.kind).toBe('clarify');
    },
  );

  it('"all cities" after a top 3 of the cities is every city (the top 3 stayed)', async () => {
    const result = await converse(
      'ATM amount by city last month',
      'top 3 only',
      'and the count instead of the amount, all cities',
    );
    expect(flat(result.sql)).not.toContain('LIMIT');
  });

  it('«по всем городам, без разбивки по категориям» (a row per city, or one figure?) is asked back', async () => {
    const result = await converse(
      'Оборот по категориям в Алматы за сентябрь 2026',
      'теперь по всем городам, без разбивки по категориям',
    );
    expect(result.kind).toBe('clarify');
  });

  it('"excluding amounts under 500" still leaves out single payments (the amount labels the condition)', async () => {
    const result = await plan('оборот за 2025, исключив суммы менее 500 тенге');
    expect(flat(result.sql)).toContain('transaction_amount_kzt >= 500');
  });

  it('"sort it descending" after a timeline is asked back (a timeline stays in time order)', async () => {
    const result = await converse('Monthly spend in 2025', 'sort it descending');
    expect(result.kind).toBe('clarify');
  });

  it('"per bank, from most to least" is the whole breakdown, not a top 1', async () => {
    const result = await converse('Swipe transactions in November 2026', 'per bank, from most to least');
    expect(flat(result.sql)).not.toContain('LIMIT');
  });

  it('a share of the last answer that leaves two things for the part is asked back', async () => {
    const result = await converse(
      'Number of contactless payments in Karaganda in August 2026',
      'as a share of all POS transactions',
    );
    expect(result.kind).toBe('clarify');
  });

  it('treats a complete question after another as a new question', async () => {
    const result = await converse(
      'Сколько транзакций в Алматы за вчера?',
      'How many transactions in Astana?',
    );
    expect(flat(result.sql)).toBe(
      "SELECT count(*) AS transaction_count FROM transactions WHERE merchant_city = 'Astana'",
    );
  });
});

describe('understands', () => {
  it('is true only for fully understood questions', () => {
    expect(understands('Top 5 categories by amount in the last 30 days')).toBe(true);
    expect(understands('Топ-5 категорий по сумме за неделю')).toBe(true);
    expect(understands('Top 5 categories by vibes')).toBe(false);
    expect(understands('Delete all transactions')).toBe(false);
  });
});

describe('detectLanguage', () => {
  it.each([
    ['How many transactions yesterday?', 'en'],
    ['Сколько транзакций было вчера?', 'ru'],
    ['Оборот Kaspi Bank за вчера', 'ru'],
    ['Кеше неше транзакция болды?', 'kk'],
    ['Бүгін қанша транзакция болды?', 'kk'],
    ['Top 5 MCC', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('the greeting says what can be asked, in each language', () => {
  it.each([
    ['Hello!', /card transactions/],
    ['Привет!', /карточных транзакциях/],
    ['Сәлеметсіз бе!', /Карта транзакциялары туралы сұраңыз/],
  ])('%s', (question, capability) => {
    const u = understandQuestion(question);
    expect(u.kind).toBe('chat');
    if (u.kind === 'chat') expect(u.message).toMatch(capability);
  });
});
