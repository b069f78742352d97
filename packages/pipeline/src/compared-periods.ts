import type { Column, Language } from '@pa/contracts';
import { formatPercent } from './format-numbers.js';
import { formatQuantity, measureOf } from './measure-words.js';

/**
 * Two periods side by side in one row (`total_amount_last_month`, `total_amount_this_month`;
 * `transaction_count_2026_08`, `transaction_count_2026_09`): each named by its period, and the change
 * from the earlier to the later when the names tell which is earlier.
 */

type Texts = Record<Language, string>;

const UNITS: Record<string, Texts> = {
  week: { en: 'week', ru: 'неделя', kk: 'апта' },
  month: { en: 'month', ru: 'месяц', kk: 'ай' },
  quarter: { en: 'quarter', ru: 'квартал', kk: 'тоқсан' },
  year: { en: 'year', ru: 'год', kk: 'жыл' },
};

const RELATIVE: Record<string, Texts> = {
  today: { en: 'today', ru: 'сегодня', kk: 'бүгін' },
  yesterday: { en: 'yesterday', ru: 'вчера', kk: 'кеше' },
  day_before_yesterday: { en: 'the day before yesterday', ru: 'позавчера', kk: 'алдыңғы күні' },
};

interface PeriodName {
  text: Texts;
  /** Orders periods: a start date (ISO) or a rank among relative periods (older is smaller). */
  order: string | number | null;
}

/** What a column-name suffix says of its period, or null when it is not one. */
export function readPeriodSuffix(suffix: string): PeriodName | null {
  const rel = RELATIVE[suffix];
  if (rel) return { text: rel, order: suffix === 'today' ? 3 : suffix === 'yesterday' ? 2 : 1 };
  const thisOrLast = /^(this|last)_(week|month|quarter|year)(_to_date)?$/.exec(suffix);
  if (thisOrLast) {
    const unit = UNITS[thisOrLast[2]!]!;
    const current = thisOrLast[1] === 'this';
    const toDate = thisOrLast[3]
      ? { en: ', to the same day', ru: ', по тот же день', kk: ', сол күнге дейін' }
      : { en: '', ru: '', kk: '' };
    return {
      text: {
        en: `${current ? 'this' : 'last'} ${unit.en}${toDate.en}`,
        ru: `${current ? 'текущий' : 'прошлый'} ${unit.ru}${toDate.ru}`,
        kk: `${current ? 'осы' : 'өткен'} ${unit.kk}${toDate.kk}`,
      },
      order: current ? 2 : 1,
    };
  }
  const ago = /^(\d{1,3})_(week|month|quarter|year)s_ago(_to_date)?$/.exec(suffix);
  if (ago) {
    const unit = UNITS[ago[2]!]!;
    const n = ago[1]!;
    return {
      text: ago[3]
        ? {
            en: `${n} ${unit.en}s ago, to the same day`,
            ru: `${n} (${unit.ru}) назад, по тот же день`,
            kk: `${n} (${unit.kk}) бұрын, сол күнге дейін`,
          }
        : { en: `${n} ${unit.en}s ago`, ru: `${n} (${unit.ru}) назад`, kk: `${n} (${unit.kk}) бұрын` },
      order: 2 - Number(n),
    };
  }
  const year = /^(\d{4})$/.exec(suffix);
  if (year) return { text: same(year[1]!), order: `${year[1]}-01-01` };
  const month = /^(\d{4})_(\d{2})$/.exec(suffix);
  if (month) return { text: same(`${month[1]}-${month[2]}`), order: `${month[1]}-${month[2]}-01` };
  const quarter = /^(\d{4})_q([1-4])$/.exec(suffix);
  if (quarter) {
    const m = String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0');
    return { text: same(`${quarter[1]} Q${quarter[2]}`), order: `${quarter[1]}-${m}-01` };
  }
  const half = /^(\d{4})_h([12])$/.exec(suffix);
  if (half)
    return { text: same(`${half[1]} H${half[2]}`), order: `${half[1]}-${half[2] === '1' ? '01' : '07'}-01` };
  const range = /^(\d{4})_(\d{2})_(\d{2})_to_(\d{4})_(\d{2})_(\d{2})$/.exec(suffix);
  if (range) {
    const [, y1, m1, d1, y2, m2, d2] = range;
    return { text: same(`${y1}-${m1}-${d1} … ${y2}-${m2}-${d2}`), order: `${y1}-${m1}-${d1}` };
  }
  return null;
}

function same(text: string): Texts {
  return { en: text, ru: text, kk: text };
}

export interface ComparedPeriods {
  /** Each of the two columns as "<measure> (<period>): <value>". */
  parts: [string, string];
  /** "+12.5 %" from the earlier to the later, or null when their order is not known. */
  change: string | null;
}

/**
 * Reads a one-row result of exactly two numeric columns that measure the same thing over two
 * periods named at the end of their names; null otherwise.
 */
export function readComparedPeriods(
  columns: readonly Column[],
  row: readonly unknown[],
  numeric: readonly number[],
  language: Language,
): ComparedPeriods | null {
  if (numeric.length !== 2) return null;
  const [i, j] = numeric as [number, number];
  const a = columns[i]!.name.toLowerCase();
  const b = columns[j]!.name.toLowerCase();
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  // The measure's name is a common prefix ending at an underscore; the rest of each name its period
  // (`transaction_count_` + `2026_08`, not `transaction_count_2026_` + `08`).
  let prefix = '';
  let pa: PeriodName | null = null;
  let pb: PeriodName | null = null;
  for (let cut = a.lastIndexOf('_', common); cut > 0 && !(pa && pb); cut = a.lastIndexOf('_', cut - 1)) {
    prefix = a.slice(0, cut + 1);
    pa = readPeriodSuffix(a.slice(prefix.length));
    pb = readPeriodSuffix(b.slice(prefix.length));
  }
  const va = row[i];
  const vb = row[j];
  if (!pa || !pb || typeof va !== 'number' || typeof vb !== 'number') return null;
  const measure = measureOf(prefix.slice(0, -1));
  const part = (p: PeriodName, v: number) =>
    `${measure.subject[language]} (${p.text[language]}): ${formatQuantity(measure, v, language)}`;
  const ordered = pa.order !== null && pb.order !== null && typeof pa.order === typeof pb.order;
  let change: string | null = null;
  if (ordered && pa.order !== pb.order) {
    const [from, to] = pa.order! < pb.order! ? [va, vb] : [vb, va];
    if (from !== 0) {
      change = formatPercent(((to - from) / Math.abs(from)) * 100, language, { signed: true });
    }
  }
  return { parts: [part(pa, va), part(pb, vb)], change };
}
