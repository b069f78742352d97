import type { Dimension, EnumColumn, PeriodUnit, TimeRange, TimeUnit } from './frame.js';

/**
 * What a word or phrase of the vocabulary means. The vocabulary (vocabulary.ts) maps phrases to
 * these; the interpreter (interpret.ts) combines them into a frame.
 */
export type Meaning =
  /**
   * An enum value: "groceries" → mcc_category = 'Grocery & Food Markets'. `counts`: the phrase is a
   * noun for transactions of that kind ("withdrawals", «переводы», «аударымдар»), so a question that
   * names no measure counts them, as it counts "transactions".
   */
  | {
      kind: 'value';
      column: EnumColumn;
      values: readonly string[];
      counts?: true;
      /**
       * A word with no one set of values ("cashless": with or without bill payments?): read only through
       * the values said in brackets right after it, "cashless (POS and ECOM)"; alone it is asked back.
       * Its own `values` are never read.
       */
      glossed?: true;
    }
  /**
   * Everything but these values: "abroad" → acquirer_country_iso <> 'KAZ'. `namesColumn`: the phrase
   * names the column itself ("foreign currency", «шетел валютасы»), so "by" or "each" before it asks
   * for a row per value left, as "by currency" would.
   */
  | { kind: 'notValue'; column: EnumColumn; values: readonly string[]; namesColumn?: true }
  /** "with a wallet" / "without a wallet". */
  | {
      kind: 'presence';
      column: 'wallet_type' | 'pos_entry_mode';
      present: boolean;
      /** The payments themselves: "wallet payments" (counted as a noun of payments is). */
      counts?: true;
    }
  /** "on weekends" → isodow in (6, 7). */
  | { kind: 'weekdayFilter'; days: readonly number[] }
  /** The thing counted: transactions (flavor says whether "total <noun>" means count or amount), cards. */
  | { kind: 'entity'; entity: 'transactions' | 'cards'; flavor: 'count' | 'money'; distinct?: boolean }
  | { kind: 'dimension'; dimension: Dimension }
  | { kind: 'timeUnit'; unit: TimeUnit }
  /** "daily", "monthly", «помесячно»: a time bucket by itself. */
  | { kind: 'bucket'; dimension: Dimension }
  | { kind: 'relativeDay'; range: 'today' | 'yesterday' | 'day_before_yesterday' }
  /** A complete range phrase: "year to date", «с начала месяца», «за неделю». */
  | { kind: 'period'; range: TimeRange }
  /**
   * Modifies the following time unit: this = current unit; previous = the one before (calendar);
   * past = rolling (past week = last 7 days); last = previous without a number, rolling with one.
   * `back` 2: the one before the previous («позапрошлая неделя», the week before last).
   */
  | { kind: 'periodModifier'; modifier: 'this' | 'previous' | 'past' | 'last'; back?: 2 }
  | { kind: 'monthName'; month: number }
  | { kind: 'quarterName'; quarter: number }
  /** "H1", «первое полугодие» (a whole phrase), or the word after an ordinal ("first half", «1 полугодие»). */
  | { kind: 'halfName'; half: 1 | 2 }
  /** `alone`: without an ordinal the word is the last six months («за полугодие», "half-year"). */
  | { kind: 'halfWord'; alone?: true }
  /** "summer 2026", «осенью»: three months from `month` (winter, across a new year, is not one). */
  | { kind: 'seasonName'; month: 3 | 6 | 9 }
  | { kind: 'ordinal'; value: number }
  | { kind: 'number'; value: number }
  | { kind: 'multiplier'; factor: number }
  /** "in the original currency", «в валюте операции»: amounts are original_amount, not tenge. */
  | { kind: 'originalAmount' }
  /** tenge, KZT, ₸: the unit of amounts (not a currency filter). */
  | { kind: 'currencyUnit' }
  /** Amount comparisons; weak ones (over, from, to, от, до) are plain words unless a number follows. */
  /** `busy`: "busier", «загруженнее» — more transactions (a count when nothing else is measured). */
  | {
      kind: 'comparator';
      op: '>' | '>=' | '<' | '<=' | 'between';
      weak: boolean;
      after?: boolean;
      busy?: true;
    }
  /** how many / сколько (weak) vs number of / количество (strong). */
  /** `after`: follows the counted noun (Kazakh «мерчанттар саны» = number of merchants). */
  | { kind: 'count'; strength: 'weak' | 'strong'; after?: boolean; times?: true }
  /** total, overall, общий: sum unless a count noun follows. */
  | { kind: 'total' }
  /** amount, spent, volume, revenue, сумма, оборот, how much. */
  | { kind: 'amount' }
  /** check / чек / ticket: only meaningful after "average". */
  | { kind: 'check' }
  /** `ps`: several percentiles named by one word ("quartiles" = the 25th, 50th and 75th). */
  | {
      kind: 'aggregate';
      fn: 'avg' | 'median' | 'min' | 'max' | 'percentile';
      p?: number;
      ps?: readonly number[];
    }
  /** "per card", «на одну карту»: a measure divided by the number of distinct cards (not rows per card). */
  | { kind: 'perCard' }
  /** "per merchant", «на одного мерчанта», «бір мерчантқа»: a ratio to the distinct merchants. */
  | { kind: 'perMerchant' }
  /** "divided by", «делённая на», "÷": a ratio spelled out as its division (ratio-definitions.ts). */
  | { kind: 'divide' }
  /** "to whole numbers", «до целых», «с одним знаком»: the figures rounded to this many decimals. */
  | { kind: 'decimalsSaid'; decimals: number }
  | { kind: 'superlative'; direction: 'asc' | 'desc'; impliesCount: boolean }
  | {
      kind: 'top';
      direction: 'asc' | 'desc' /** «пятёрка лидеров», «үздік үштік»: how many, said in the word. */;
      n?: number;
    }
  | { kind: 'share' }
  /** among, среди, of all: the filters after it are the base of a share. */
  /** `after`: a Kazakh postposition that follows the base («барлық операциялардың ішінде»). */
  | { kind: 'shareBase'; after?: boolean }
  /** `change`: a word for growth or change ("grew", «рост», «өсім»): the comparison shows the change too. */
  | { kind: 'compare'; change?: true }
  /** by, per, по; `after`: a postposition that follows its noun (Kazakh «ай бойынша» = by month). */
  | { kind: 'groupBy'; after?: boolean }
  /** not, except, кроме; `after`: a postposition (Kazakh «Алматыдан басқа» = except Almaty). */
  | { kind: 'negation'; after?: boolean }
  | { kind: 'conjunction' }
  /**
   * and?, what about, now, теперь, same: continues the previous question when it opens it;
   * `anywhere`: a word that points back at the previous answer wherever it stands ("is that", «это»,
   * Kazakh «… ше?»).
   */
  | { kind: 'followUp'; anywhere?: true }
  | { kind: 'only' }
  /** After a list of values: one row each ("separately", «отдельно») or one total ("combined", «вместе»). */
  | { kind: 'listMode'; mode: 'each' | 'together' }
  /** since, начиная с; `after`: a postposition (Kazakh «1 қарашадан бері»). */
  | { kind: 'since'; after?: boolean }
  /** Grammatical number of an interrogative (какой / какие): top 1 or top N. */
  | { kind: 'grammaticalNumber'; plural: boolean }
  /** list, show, покажи: harmless, but with no measure it asks for rows. */
  | { kind: 'listVerb' }
  /**
   * Money coming in or going out ("came in", «поступило», «түсті»): not a column of its own (incoming
   * is incoming transfers and salaries, outgoing the rest), so asked back — unless the kinds of
   * transaction named already go that way ("came in as salary").
   */
  | { kind: 'direction'; incoming: boolean }
  | { kind: 'destructive' }
  | { kind: 'offTopic' }
  /** A question about the future ("Will turnover exceed …?", «прогноз»): the data holds the past only. */
  | { kind: 'forecast' }
  /** Facts the table does not hold: fees, chargebacks, fraud labels, declines, balances, who the customers are. */
  | { kind: 'notHeld' }
  | { kind: 'personal' }
  | { kind: 'greeting' }
  /** Who asks or what for ("Treasury:", «для отчёта»): harmless in a clause of context set aside, nowhere else. */
  /** `claim`: a figure someone else gave ("someone said", «говорят», «деп естідім»): its number too is context. */
  | {
      kind: 'aside';
      claim?: true;
      /** A complaint looked into ("clients complain …"): the people in its clause are the ones complaining. */
      complaint?: true;
    }
  /**
   * A named day or holiday ("Nauryz", "New Year's Eve", «канун Нового года», «Наурыз мерекесі»,
   * "Black Friday", "payday"): a label only, beside the dates that say when it is; alone (which
   * days are the holiday?) it is asked back.
   */
  /** A named day ("Nauryz") or, `campaign`, a promotion and its name (campaigns.ts): labels of dates. */
  | { kind: 'occasion'; campaign?: true }
  /**
   * "side by side", «рядом», «қатар қойып»: how to lay out what is set against each other — for periods
   * compared they are columns anyway; a two-way split (weekdays and weekends, with and without a
   * wallet) becomes two columns instead of two rows.
   */
  | { kind: 'sideBySide' }
  /**
   * A kind of merchant no column value names ("hotels", «отели», «қонақүй»): understood only right
   * before the MCC code that says which ("hotels (MCC 7011)"), as a description of it.
   */
  | { kind: 'gloss' }
  /** "add the sum", «и сумму добавь», «орташа сомасын да қос»: a measure beside the ones shown. */
  | { kind: 'addMeasure' }
  /** "without the breakdown", «без разбивки»: the rows of the last answer folded into one. */
  | { kind: 'noBreakdown' }
  /**
   * A word naming a column whose value or breakdown the sentence gives elsewhere ("Turkish
   * *acquirers*", «эквайер из Грузии»): understood only when the plan filters or groups by it.
   */
  | { kind: 'columnWord'; column: EnumColumn }
  /** "with the totals", «с суммами», «санымен»: asks to see the measure of a ranking or breakdown. */
  | { kind: 'showMeasure' }
  /** What a comparison of two periods should show: "both numbers", "difference", "by what percent". */
  | { kind: 'compareOutput'; output: 'both' | 'difference' | 'change' }
  /** "had at least one transaction", «хотя бы одну операцию»: what a distinct count counts anyway. */
  | { kind: 'atLeastOne' }
  /**
   * "never", «ни разу», «ни одной», «бірде-бір», «ешқашан»: none at all — with "which" and a column,
   * the values that had none of the payments described (passes/absent.ts).
   */
  | { kind: 'noneAtAll' }
  /** "in one row", «одной строкой», «бір жолда»: what a plan with no breakdown gives. */
  | { kind: 'oneRow' }
  /**
   * "for the ledger", «для отчёта», «есеп үшін»: the document the figures go into, ending what is asked
   * (before more words, «для отчёта по трансграничным операциям», it may name a condition: asked back).
   */
  | { kind: 'purpose' }
  /** "of which", «в том числе», «в т.ч.», «оның ішінде»: a total, and then the part of it named after. */
  | { kind: 'ofWhich' }
  /** "in chronological order", «хронологически», «айлар ретімен»: the order a timeline is shown in. */
  | { kind: 'timeOrder' }
  /** "rounded", «округли», «дөңгелекте»: rounding, whose number of decimals a decimals word gives. */
  | { kind: 'roundWord' }
  /** "decimals", "dp", «знака», «знаков после запятой», «таңба»: the unit of a rounding. */
  | { kind: 'decimalsWord' }
  /** "all time", «за всё время»: no period, which is what a question without one gets. */
  | { kind: 'allTime' }
  /** "all seven days", «все 7 дней»: every weekday (hour) of a ranking by weekday (hour), not the top one. */
  | { kind: 'wholeCycle' }
  /** "the 7 days before that", «3 дня до этого»: the span said before this one, moved back by its length. */
  | { kind: 'priorSpan' }
  /** "vs the same month last year", «с аналогичным периодом прошлого года»: the named period a year earlier. */
  | { kind: 'yearAgo'; unit?: 'month' | 'quarter' }
  /** "the same period of 2025", «тем же периодом 2025 года», «2025 жылдың сол кезеңі»: the other period, in that year. */
  | { kind: 'samePeriod' }
  /**
   * "up to the same date", «по ту же дату», «сол күнге дейін» beside a period to date and its twin a
   * year back: says the earlier one stops on the same day, which it does.
   */
  | { kind: 'sameDate' }
  /**
   * "each month of that year", «в том же месяце», «сол айда»: the one period the question names, of that
   * length, said again — not an earlier answer; with no such period (or two periods) it is asked back.
   */
  | { kind: 'periodSaid'; unit: TimeUnit }
  /**
   * "large payments (over 500k)", «крупных операций (больше полумиллиона)»: a size word that only labels
   * the amount condition said with it; alone ("large payments") it says no number and is asked back.
   */
  | { kind: 'sizeWord' }
  /** "(Mon–Sun)", «(пн–вс)» after a week: says the week is a calendar week, which it is. */
  | { kind: 'calendarWeek' }
  /** "most first", «по убыванию»: the order a breakdown is shown in anyway (largest first). */
  | { kind: 'largestFirst' }
  /** "alphabetically", «по алфавиту», «әліпби бойынша»: a breakdown's rows by their labels. */
  | { kind: 'alphabetical' }
  /** "distribution", «распределение»: with a share, each group's share of the whole. */
  | { kind: 'distribution' }
  /** "sorted by", «отсортируйте по»: the measure the rows are ordered by follows (not a breakdown). */
  | { kind: 'sortBy' }
  /** "ascending", «по возрастанию», «өсу ретімен»: a breakdown shown smallest first. */
  | { kind: 'smallestFirst' }
  /** "inclusive", «включительно», «қоса алғанда»: the end day of a named range is counted. */
  | { kind: 'inclusive' }
  /** "exclusive", «не включая»: the end day of a named range is left out (its `to` is that day). */
  | { kind: 'exclusive' }
  /** "full", «полных», «толық» between "the last N" and its unit: whole units, the current one left out. */
  | { kind: 'fullUnits' }
  /** Clock words: "6am" ('am'), "midnight" (0), «полночь», «ч» / «часов» after a number ('hour'). */
  | { kind: 'clock'; at?: number; pm?: boolean; marker?: 'am' | 'pm' | 'hour' }
  /**
   * A part of the day ("at night", «вечером», «түнгі», "daytime"), by the clock hours a bare hour said
   * with it can be, `from` to `to` inclusive (past midnight when `to` < `from`): "night 2 to 5" is
   * 02–05, "evening 6 to 10" 18–22. Understood only with the hours named: never hours of its own.
   */
  | { kind: 'dayPart'; from: number; to: number }
  /**
   * "or later", "onwards", «и позже», «және одан кейін» after a time of day: from that hour on ("at
   * 21:00 or later" is 21:00 to midnight). After anything else it is not understood.
   */
  | { kind: 'laterHour' }
  /**
   * Not a word of the vocabulary: an hour range read ("between 11pm and 5am", «ночью с 0 до 6») stands
   * on its first slot, so that later passes find where it was said (a share's part after "happened").
   */
  | { kind: 'hourRange'; from: number; to: number }
  /** "in buckets", «по диапазонам»: the amount ranges listed are bands to split by. */
  | { kind: 'bandWord' }
  /**
   * "how many times higher", «во сколько раз», «қатынасы»: one figure divided by another. No pass reads
   * it yet, so the coverage check asks back (it was read as "how many times", a count).
   */
  | { kind: 'ratio' }
  /** "which wallets appear", «какие валюты встречаются», «қандай тәсілдер кездеседі»: the values that occur. */
  | { kind: 'occurs' }
  | { kind: 'stop' };

export type MeaningKind = Meaning['kind'];

export type { PeriodUnit };

/**
 * One vocabulary entry: alternative phrases (each a list of word patterns) with one meaning.
 * A word pattern is an exact word ("kaspi"), a stem with a short ending ("аптек~": аптека, аптеки,
 * аптекам, up to 4 more letters) or a stem with any ending ("супермаркет*").
 */
export interface VocabularyEntry {
  phrases: readonly string[];
  meaning: Meaning;
}
