import type { Language } from '@pa/contracts';
import { formatMoney, formatNumber, formatPercent, russianPlural, UNIT_SPACE } from './format-numbers.js';

/** What a numeric column measures, read from its name (`total_amount`, `transaction_count`, `share_pct` …). */
export type MeasureKind =
  | 'transactions'
  | 'cards'
  | 'merchants'
  | 'customers'
  | 'spending'
  | 'average'
  | 'median'
  | 'percentile'
  | 'smallest'
  | 'largest'
  | 'share'
  | 'change'
  | 'value';

/** Russian grammatical gender of the subject, for the verb that agrees with it (`вырос` / `выросла` / `выросло`). */
type Gender = 'm' | 'f' | 'n';

interface KindWords {
  money: boolean;
  /** Whether values add up to a meaningful total (and so have shares of it). */
  additive: boolean;
  subject: Record<Language, string>;
  ruGender: Gender;
  /** The counted thing after a number, for counts: `1,234 transactions` / `1 234 операции` / `1 234 операция`. */
  noun?: { en: string; ru: readonly [string, string, string]; kk: string };
}

const WORDS: Record<MeasureKind, KindWords> = {
  transactions: {
    money: false,
    additive: true,
    subject: { en: 'Transactions', ru: 'Число операций', kk: 'Операциялар саны' },
    ruGender: 'n',
    noun: { en: 'transactions', ru: ['операция', 'операции', 'операций'], kk: 'операция' },
  },
  cards: {
    money: false,
    additive: true,
    subject: { en: 'Cards', ru: 'Число карт', kk: 'Карталар саны' },
    ruGender: 'n',
    noun: { en: 'cards', ru: ['карта', 'карты', 'карт'], kk: 'карта' },
  },
  merchants: {
    money: false,
    additive: true,
    subject: { en: 'Merchants', ru: 'Число продавцов', kk: 'Сатушылар саны' },
    ruGender: 'n',
    noun: { en: 'merchants', ru: ['продавец', 'продавца', 'продавцов'], kk: 'сатушы' },
  },
  customers: {
    money: false,
    additive: true,
    subject: { en: 'Customers', ru: 'Число клиентов', kk: 'Клиенттер саны' },
    ruGender: 'n',
    noun: { en: 'customers', ru: ['клиент', 'клиента', 'клиентов'], kk: 'клиент' },
  },
  spending: {
    money: true,
    additive: true,
    subject: { en: 'Spending', ru: 'Оборот', kk: 'Сома' },
    ruGender: 'm',
  },
  average: {
    money: true,
    additive: false,
    subject: { en: 'The average check', ru: 'Средний чек', kk: 'Орташа чек' },
    ruGender: 'm',
  },
  median: {
    money: true,
    additive: false,
    subject: { en: 'The median payment', ru: 'Медианный платёж', kk: 'Медиана төлем' },
    ruGender: 'm',
  },
  percentile: {
    money: true,
    additive: false,
    subject: { en: 'The percentile payment', ru: 'Перцентиль платежа', kk: 'Төлем перцентилі' },
    ruGender: 'm',
  },
  smallest: {
    money: true,
    additive: false,
    subject: { en: 'The smallest payment', ru: 'Минимальный платёж', kk: 'Ең аз төлем' },
    ruGender: 'm',
  },
  largest: {
    money: true,
    additive: false,
    subject: { en: 'The largest payment', ru: 'Максимальный платёж', kk: 'Ең үлкен төлем' },
    ruGender: 'm',
  },
  share: {
    money: false,
    additive: false,
    subject: { en: 'The share', ru: 'Доля', kk: 'Үлес' },
    ruGender: 'f',
  },
  change: {
    money: false,
    additive: false,
    subject: { en: 'The change', ru: 'Изменение', kk: 'Өзгеріс' },
    ruGender: 'n',
  },
  value: {
    money: false,
    additive: false,
    subject: { en: 'The value', ru: 'Значение', kk: 'Мән' },
    ruGender: 'n',
  },
};

const RULES: ReadonlyArray<[RegExp, MeasureKind]> = [
  [/change|growth|delta|diff|изменен|рост/, 'change'],
  [/share|percent|pct|ratio|доля|үлес/, 'share'],
  [/avg|average|mean|средн|орташа/, 'average'],
  [/median|медиан/, 'median'],
  [/(^|_)min(_|$)|minimum|smallest/, 'smallest'],
  [/(^|_)max(_|$)|maximum|largest/, 'largest'],
  [/card/, 'cards'],
  [/merchant|mcc_count|store|shop/, 'merchants'],
  [/client|customer|user|holder/, 'customers'],
  [/count|cnt|(^|_)n(_|$)|num|number|qty|transactions|txn|операц/, 'transactions'],
  [/amount|sum|total|spend|turnover|revenue|volume|kzt|оборот|сумм|сома/, 'spending'],
];

export interface Measure extends KindWords {
  kind: MeasureKind;
}

/** The measure a column holds, in words, from its name; `value` when the name says nothing we know. */
/** What a `…_per_<unit>` ratio is per, in words. */
const PER_WORDS: Record<string, Record<Language, string>> = {
  card: { en: 'card', ru: 'на одну карту', kk: 'Бір картаға шаққанда' },
  merchant: { en: 'merchant', ru: 'на одного мерчанта', kk: 'Бір мерчантқа шаққанда' },
  hour: { en: 'hour', ru: 'в среднем за час', kk: 'Сағатына орта есеппен' },
  day: { en: 'day', ru: 'в среднем за день', kk: 'Күніне орта есеппен' },
  week: { en: 'week', ru: 'в среднем за неделю', kk: 'Аптасына орта есеппен' },
  month: { en: 'month', ru: 'в среднем за месяц', kk: 'Айына орта есеппен' },
};

/** `p90_amount`, `p99_5`: a percentile, and which. */
const PERCENTILE_NAME = /(?:^|_)p(\d{1,2})(?:_(\d+))?(?:_|$)/;

export function measureOf(columnName: string): Measure {
  const name = columnName.toLowerCase();
  // `total_amount_difference`: the difference of two periods is in the unit of what is compared
  // (tenge, transactions), not a percentage.
  const difference = /^(.+)_difference$/.exec(name);
  if (difference) {
    const base = measureOf(difference[1]!);
    return {
      ...base,
      additive: false,
      subject: {
        en: `The difference in ${base.subject.en.replace(/^The /, '').toLowerCase()}`,
        ru: `Разница: ${base.subject.ru.toLowerCase()}`,
        kk: `Айырма: ${base.subject.kk.toLowerCase()}`,
      },
    };
  }
  // `amount_per_card`, `transactions_per_day`: a ratio over distinct cards or over the periods with
  // transactions (an average per day), in the unit of what is divided.
  const per = /^(.+)_per_(card|merchant|hour|day|week|month)$/.exec(name);
  if (per) {
    const base = measureOf(per[1]!);
    const unit = PER_WORDS[per[2]!]!;
    return {
      ...base,
      additive: false,
      subject: {
        en: `${base.subject.en.replace(/^The /, '')} per ${unit.en}`,
        ru: `${base.subject.ru} ${unit.ru}`,
        kk: `${unit.kk}: ${base.subject.kk.toLowerCase()}`,
      },
    };
  }
  const percentile = PERCENTILE_NAME.exec(name);
  if (percentile) {
    const n = percentile[2] ? `${percentile[1]}.${percentile[2]}` : percentile[1]!;
    return {
      kind: 'percentile',
      ...WORDS.percentile,
      subject: {
        en: `The ${n}th percentile payment`,
        ru: `${n}-й перцентиль платежа`,
        kk: `Төлемнің ${n}-перцентилі`,
      },
    };
  }
  const kind = RULES.find(([pattern]) => pattern.test(name))?.[1] ?? 'value';
  return { kind, ...WORDS[kind] };
}

/** A value of the measure as a person reads it: `12.3 M ₸`, `1,234 transactions`, `31.0 %`. */
export function formatQuantity(measure: Measure, value: number, language: Language): string {
  if (measure.money) return formatMoney(value, language);
  // (A change keeps its sign: a fall of 6.2 % was printed "6.2 %".)
  if (measure.kind === 'change') return formatPercent(value, language, { signed: true });
  if (measure.kind === 'share') return formatPercent(value, language);
  const digits = Number.isInteger(value) ? 0 : 1;
  const number = formatNumber(value, language, digits);
  if (!measure.noun) return number;
  const noun =
    language === 'en'
      ? measure.noun.en
      : language === 'ru'
        ? russianPlural(value, measure.noun.ru)
        : measure.noun.kk;
  return `${number}${UNIT_SPACE}${noun}`;
}

/** The Russian past-tense verb agreeing with the measure: `вырос` / `выросла` / `выросло`. */
export function russianVerb(measure: Measure, forms: Record<Gender, string>): string {
  return forms[measure.ruGender];
}
