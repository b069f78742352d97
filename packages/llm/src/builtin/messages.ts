import type { DetectedLanguage } from './detect-language.js';
import type { Dimension, Filter, Frame, Measure, TimeRange } from './frame.js';
import type { Issue } from './interpret.js';

/** User-facing texts of the builtin planner, in the question's language. */

export type RefusalReason = 'destructive' | 'personal' | 'off_topic' | 'not_data';

const EXAMPLES: Record<DetectedLanguage, string> = {
  en: "try 'How many transactions were there yesterday?' or 'Top 5 categories by amount in the last 30 days'",
  ru: 'попробуйте «Сколько транзакций было вчера?» или «Топ-5 категорий по сумме за последние 30 дней»',
  kk: 'орысша немесе ағылшынша сұраңыз, мысалы: «Сколько транзакций было вчера?» немесе «Top 5 categories by amount in the last 30 days»',
};

export function refusalMessage(reason: RefusalReason, lang: DetectedLanguage): string {
  const texts: Record<RefusalReason, Record<DetectedLanguage, string>> = {
    destructive: {
      en: `I can only read the data, not change or delete it, and I don't perform actions. Ask a question instead: ${EXAMPLES.en}.`,
      ru: `Я могу только читать данные — не изменять и не удалять их, и не выполняю действия. Задайте вопрос: ${EXAMPLES.ru}.`,
      kk: `Мен деректерді тек оқи аламын, өзгерте немесе жоя алмаймын. ${EXAMPLES.kk}.`,
    },
    personal: {
      en: "I can't show card numbers, expiry dates or other personal data. I can count distinct cards, e.g. 'How many unique cards were used this month?'",
      ru: 'Я не показываю номера карт, сроки действия и другие персональные данные. Могу посчитать уникальные карты, например: «Сколько уникальных карт было использовано в этом месяце?»',
      kk: 'Карта нөмірлерін және басқа жеке деректерді көрсете алмаймын. Бірегей карталарды санай аламын.',
    },
    off_topic: {
      en: `I can't answer that: I only answer questions about card transactions — ${EXAMPLES.en}.`,
      ru: `На это я ответить не могу: я отвечаю только на вопросы о карточных транзакциях — ${EXAMPLES.ru}.`,
      kk: `Мен тек карта транзакциялары туралы сұрақтарға жауап беремін — ${EXAMPLES.kk}.`,
    },
    not_data: {
      en: `I can't answer that yet; ${EXAMPLES.en}.`,
      ru: `Пока не могу ответить на этот вопрос; ${EXAMPLES.ru}.`,
      kk: `Бұл сұраққа әзірге жауап бере алмаймын; ${EXAMPLES.kk}.`,
    },
  };
  return texts[reason][lang];
}

export function greetingMessage(lang: DetectedLanguage): string {
  return {
    en: `Hi! Ask me about card transactions — counts, amounts, averages, top lists, trends, shares and comparisons; ${EXAMPLES.en}.`,
    ru: `Здравствуйте! Спросите меня о карточных транзакциях — количество, суммы, средний чек, топы, динамика, доли и сравнения; ${EXAMPLES.ru}.`,
    kk: `Сәлеметсіз бе! ${EXAMPLES.kk}.`,
  }[lang];
}

export function clarifyMessage(issue: Issue | undefined, lang: DetectedLanguage): string {
  const en = (text: string) => `${text} For example, ${EXAMPLES.en}.`;
  const ru = (text: string) => `${text} Например, ${EXAMPLES.ru}.`;
  if (lang === 'kk') return `Сұрақты толық түсінбедім. ${EXAMPLES.kk}.`;
  const t = (a: string, b: string) => (lang === 'ru' ? ru(b) : en(a));
  switch (issue?.kind) {
    case 'unknown_words': {
      const words = issue.words.join(', ');
      return lang === 'ru'
        ? `Пока не могу ответить: не понял «${words}». Например, ${EXAMPLES.ru}.`
        : `I can't answer that yet: I didn't understand "${words}". For example, ${EXAMPLES.en}.`;
    }
    case 'missing_measure':
      return t(
        'What should I calculate — the number of transactions, the amount, the average check, distinct cards?',
        'Что посчитать — количество транзакций, сумму, средний чек, число уникальных карт?',
      );
    case 'avg_of_counts':
      return t(
        "I can't average counts yet (like transactions per day on average); ask for the daily numbers instead: 'Number of transactions by day in the last 30 days'.",
        'Пока не умею усреднять количества (например, «в среднем транзакций в день»); спросите по дням: «Количество транзакций по дням за последние 30 дней».',
      );
    case 'listing':
      return t(
        "I answer with totals, not lists of single transactions; e.g. 'What was the largest transaction yesterday?' or 'Top 5 merchants by amount'.",
        'Я отвечаю итогами, а не списком отдельных транзакций; например, «Максимальная сумма транзакции за вчера» или «Топ-5 мерчантов по сумме».',
      );
    case 'per_card':
      return t(
        "Results per card are personal data; I can count distinct cards, e.g. 'Number of unique cards by bank'.",
        'Результаты по отдельным картам — персональные данные; могу посчитать уникальные карты, например: «Количество уникальных карт по банкам».',
      );
    case 'count_condition':
      return t(
        "I can't filter by a number of transactions yet, only by amount, e.g. 'transactions over 50,000 tenge'.",
        'Пока не умею фильтровать по количеству транзакций — только по сумме, например «транзакции больше 50 000 тенге».',
      );
    case 'share_of_what':
      return t(
        "A share of what? e.g. 'What share of transactions are online?' or 'Share of each category in total amount'.",
        'Доля чего? Например, «Какая доля платежей онлайн?» или «Доля каждой категории в обороте».',
      );
    case 'ambiguous_share':
      return t(
        "Which part should the share be of? Say the base with 'among', e.g. 'Share of online among transactions in Almaty'.",
        'Долю чего и среди чего посчитать? Укажите базу словом «среди», например «Доля онлайн среди транзакций в Алматы».',
      );
    case 'share_measure':
      return t(
        'I can compute shares of the number of transactions or of the amount.',
        'Я считаю доли по количеству транзакций или по сумме.',
      );
    case 'compare_missing':
      return t(
        "Compare with which period? e.g. 'Number of transactions this month vs last month'.",
        'С каким периодом сравнить? Например, «Количество транзакций в этом месяце по сравнению с прошлым».',
      );
    case 'too_many_periods':
      return t('I can compare two periods at a time.', 'Я сравниваю не больше двух периодов за раз.');
    default:
      return t("I can't answer that yet.", 'Пока не могу ответить на этот вопрос.');
  }
}

// ── explanation of a frame ─────────────────────────────────────────────────────────────────────

const MEASURE_NAMES: Record<string, [string, string]> = {
  count: ['number of transactions', 'количество транзакций'],
  sum: ['total amount', 'сумма'],
  avg: ['average amount', 'средний чек'],
  median: ['median amount', 'медианная сумма'],
  min: ['minimum amount', 'минимальная сумма'],
  max: ['maximum amount', 'максимальная сумма'],
  'count_distinct:card_key': ['distinct cards', 'уникальные карты'],
  'count_distinct:merchant_id': ['distinct merchants', 'уникальные мерчанты'],
};

const DIMENSION_NAMES: Record<Dimension, [string, string]> = {
  mcc_category: ['category', 'категория'],
  merchant_city: ['city', 'город'],
  issuer_bank_name: ['bank', 'банк'],
  transaction_type: ['transaction type', 'тип операции'],
  transaction_currency: ['currency', 'валюта'],
  acquirer_country_iso: ['country', 'страна'],
  pos_entry_mode: ['entry mode', 'способ оплаты'],
  wallet_type: ['wallet', 'кошелёк'],
  merchant_id: ['merchant', 'мерчант'],
  merchant_mcc: ['MCC', 'MCC'],
  hour: ['hour', 'час'],
  day: ['day', 'день'],
  week: ['week', 'неделя'],
  month: ['month', 'месяц'],
  quarter: ['quarter', 'квартал'],
  year: ['year', 'год'],
  weekday: ['weekday (1 = Monday)', 'день недели (1 = понедельник)'],
  hour_of_day: ['hour of day', 'час суток'],
};

function measureName(m: Measure, ru: boolean): string {
  const key = m.fn === 'count_distinct' ? `${m.fn}:${m.column}` : m.fn;
  const names = MEASURE_NAMES[key];
  if (names) return names[ru ? 1 : 0];
  return ru
    ? `число уникальных: ${m.fn === 'count_distinct' ? m.column : ''}`
    : `distinct ${m.fn === 'count_distinct' ? m.column : ''}`;
}

function rangeName(r: TimeRange, ru: boolean): string {
  const unitRu: Record<string, [string, string]> = {
    week: ['эта неделя', 'прошлая неделя'],
    month: ['этот месяц', 'прошлый месяц'],
    quarter: ['этот квартал', 'прошлый квартал'],
    year: ['этот год', 'прошлый год'],
  };
  switch (r.kind) {
    case 'today':
      return ru ? 'сегодня' : 'today';
    case 'yesterday':
      return ru ? 'вчера' : 'yesterday';
    case 'day_before_yesterday':
      return ru ? 'позавчера' : 'the day before yesterday';
    case 'last_days':
      return ru ? `последние ${r.n} дн.` : `the last ${r.n} days`;
    case 'last_hours':
      return ru ? `последние ${r.n} ч.` : `the last ${r.n} hours`;
    case 'last_units':
      return ru ? `последние ${r.n} (${r.unit})` : `the last ${r.n} ${r.unit}s`;
    case 'this':
      return ru ? unitRu[r.unit]![0] : `this ${r.unit}`;
    case 'previous':
      return ru ? unitRu[r.unit]![1] : `last ${r.unit}`;
    case 'dates':
      return r.to === null
        ? ru
          ? `с ${r.from}`
          : `since ${r.from}`
        : `${r.from} … ${r.to} (${ru ? 'не включая' : 'exclusive'})`;
  }
}

function filterName(f: Filter, ru: boolean): string {
  switch (f.kind) {
    case 'values':
    case 'ids':
      return `${DIMENSION_NAMES[f.column][ru ? 1 : 0]} ${f.negated ? '≠' : '='} ${f.values.join(', ')}`;
    case 'amount':
      return `${ru ? 'сумма' : 'amount'} ${f.op} ${f.value}`;
    case 'amount_between':
      return `${ru ? 'сумма' : 'amount'} ${f.min}–${f.max}`;
    case 'presence':
      return `${DIMENSION_NAMES[f.column][ru ? 1 : 0]} ${f.present ? (ru ? 'указан' : 'present') : ru ? 'не указан' : 'none'}`;
    case 'weekday':
      return `${ru ? 'дни недели' : 'weekdays'} ${f.days.join(', ')}`;
  }
}

/** A one-line description of what the SQL computes, e.g. "total amount by category · last month". */
export function describeFrame(frame: Frame): string {
  const ru = frame.language === 'ru';
  const parts: string[] = [];
  const measures = frame.measures.map((m) => measureName(m, ru)).join(', ');
  if (frame.share) {
    parts.push(ru ? `доля (%) — ${measures}` : `share (%) of ${measures}`);
    if (frame.share.subset.length > 0) {
      parts.push(`${ru ? 'часть' : 'part'}: ${frame.share.subset.map((f) => filterName(f, ru)).join(', ')}`);
    }
  } else {
    parts.push(measures);
  }
  if (frame.dimensions.length > 0) {
    parts.push(
      `${ru ? 'по' : 'by'} ${frame.dimensions.map((d) => DIMENSION_NAMES[d][ru ? 1 : 0]).join(', ')}`,
    );
  }
  if (frame.limit !== null) {
    parts.push(
      `${frame.order === 'asc' ? (ru ? 'наименьшие' : 'bottom') : ru ? 'топ' : 'top'} ${frame.limit}`,
    );
  }
  for (const f of frame.filters) parts.push(filterName(f, ru));
  if (frame.time) parts.push(rangeName(frame.time, ru));
  if (frame.compare) {
    parts.push(
      `${rangeName(frame.compare.later, ru)} ${ru ? 'против' : 'vs'} ${rangeName(frame.compare.earlier, ru)}, ${ru ? 'изменение в %' : 'change in %'}`,
    );
  }
  const text = parts.join(' · ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
