import type { VocabularyEntry } from '../meaning.js';
import { e } from './entry.js';
import { KAZAKH_IS_IT_TRUE, KAZAKH_QUESTION_PARTICLES } from './kazakh.js';

/** Amount comparisons: over, at least, under, up to, between. */
export const COMPARISON_WORDS: readonly VocabularyEntry[] = [
  // ── amount comparisons ──────────────────────────────────────────────────────────────────────
  e(
    [
      'more than',
      'greater than',
      'larger than',
      'bigger than',
      'higher than',
      'above',
      'exceeding',
      'exceeds',
      'in excess of',
      'surpass',
      'surpassed',
      'surpasses',
      'surpassing',
      // "Did ECOM GMV clear 30 million?", "cities where … turnover topped 10 million"
      'clear',
      'cleared',
      'topped',
      'больше',
      'более',
      'свыше',
      'дороже',
      'выше',
      'превышающ~',
      'превыша~',
      // «Превысила ли сумма … 10 млн?»
      'превыс~',
      '>',
    ],
    { kind: 'comparator', op: '>', weak: false },
  ),
  e(['over'], { kind: 'comparator', op: '>', weak: true }),
  e(['at or above', 'at or over', 'equal to or above', 'equal to or more than', 'equal to or greater than'], {
    kind: 'comparator',
    op: '>=',
    weak: false,
  }),
  // After the amount: "50k tenge or more" (the amount filters' postpositions). Not «и более»: «и более
  // 50 тысяч» is "and over 50 000".
  e(['or more', 'or above', 'or higher'], {
    kind: 'comparator',
    op: '>=',
    weak: false,
    after: true,
  }),
  e(['or less', 'or below', 'or lower'], {
    kind: 'comparator',
    op: '<=',
    weak: false,
    after: true,
  }),
  // "which had more …, Kaspi or Halyk": with no number after it, a comparison of the two named (the
  // compared-values pass); anything else asks back.
  e(['more', 'higher', 'bigger'], { kind: 'comparator', op: '>', weak: false }),
  e(['fewer', 'less', 'smaller'], { kind: 'comparator', op: '<', weak: false }),
  // «Чего больше в октябре: онлайн или POS?» (what was there more of): «чего» asks which of the two.
  e(['чего больше', 'чего было больше'], { kind: 'comparator', op: '>', weak: false }),
  e(['чего меньше', 'чего было меньше'], { kind: 'comparator', op: '<', weak: false }),
  // "Was Shymkent busier than Karaganda?", «в субботу загруженнее, чем в воскресенье?»: more
  // transactions, set against each other as "more" is.
  // (Not "more active": "which had more active cards" counts the cards.)
  e(['busier', 'загруженнее', 'оживлённее', 'оживленнее', 'более загружен~'], {
    kind: 'comparator',
    op: '>',
    weak: false,
    busy: true,
  }),
  e(['quieter', 'less busy', 'менее загружен~'], {
    kind: 'comparator',
    op: '<',
    weak: false,
    busy: true,
  }),
  e(
    [
      'at least',
      'not less than',
      'no less than',
      'minimum of',
      'не менее',
      'не меньше',
      'не ниже',
      'не дешевле',
      'начиная от',
    ],
    { kind: 'comparator', op: '>=', weak: false },
  ),
  e(['from', 'от'], { kind: 'comparator', op: '>=', weak: true }),
  e(
    [
      'less than',
      'fewer than',
      'lower than',
      'smaller than',
      'cheaper than',
      'below',
      'меньше',
      'менее',
      'ниже',
      'дешевле',
      '<',
    ],
    { kind: 'comparator', op: '<', weak: false },
  ),
  e(
    [
      'at most',
      'up to',
      'no more than',
      'not more than',
      'maximum of',
      'не более',
      'не больше',
      'не выше',
      'не дороже',
      'не превышающ~',
    ],
    { kind: 'comparator', op: '<=', weak: false },
  ),
  e(['to', 'до'], { kind: 'comparator', op: '<=', weak: true }),
  // operators: ">=" and "<=" are written so by the tokenizer
  e(['≥'], { kind: 'comparator', op: '>=', weak: false }),
  e(['≤'], { kind: 'comparator', op: '<=', weak: false }),
  // "under" is a comparator only before a number ("under 5000"), else a preposition ("under MCC 5411").
  e(['under'], { kind: 'comparator', op: '<', weak: true }),
  e(['between', 'между', 'в диапазоне', 'в пределах'], { kind: 'comparator', op: 'between', weak: true }),
];

/** "Is it true that …", «Правда ли, что …»: a lead-in (a stop phrase) that makes the claim after it a yes/no question. */
export const YES_NO_LEAD_INS: readonly string[] = [
  'is it true that',
  'is it true',
  'is it correct that',
  'is it right that',
  // "Am I right that Almaty leads …", "can you confirm that …", «правильно ли я понимаю, что …»
  'am i right that',
  'am i right in thinking that',
  'am i right',
  'am i correct that',
  'am i correct',
  'is it the case that',
  'can you confirm that',
  'can you confirm',
  'правильно ли я понимаю',
  'правильно ли',
  'я правильно понимаю',
  'правда ли',
  'правда ли что',
  // «Правда, что в ноябре …?»
  'правда что',
  'can u confirm',
  'верно ли',
  'верно ли что',
  'действительно ли',
  // «Я уверен, что активных карт … было больше 1500», "I believe Almaty spent more …": a claim to check.
  'я уверен что',
  'я уверена что',
  'я думаю что',
  'i believe that',
  'i believe',
  'i am sure that',
  'i am pretty sure that',
  // "My sense is …", "I heard …", «Мне кажется, …», «Есть мнение, что …», «Менің ойымша, …»: a claim to
  // check, then what to show
  'my sense is',
  'i guess',
  'i heard',
  'i heard that',
  'i suspect',
  'i suspect that',
  'i reckon',
  'i think',
  'i think that',
  'i assume',
  'i assume that',
  'supposedly',
  'someone claims',
  'someone claims that',
  'is that right',
  'is that so',
  'мне кажется',
  'мне кажется что',
  'есть мнение что',
  'я слышал что',
  'я слышала что',
  'мне говорят что',
  'менің ойымша',
  // «Проверь: … больше 3000?», «Проверь, что в каждом городе было больше 1000 снятий»
  'проверь',
  'проверь что',
  'проверьте',
  'проверьте что',
];

/**
 * ", right?", «…, да?», «…, верно?»: a word after a comma that ends an asked sentence and makes the
 * statement before it a yes/no question.
 */
export const YES_NO_TAGS: readonly string[] = ['right', 'correct', 'true', 'да', 'так'];

/**
 * What makes a question a yes/no question, whose comparison may be a threshold on the figure asked
 * for rather than a filter on payments (passes/measure-checks.ts): an English auxiliary opening it,
 * "whether"; Russian «ли»; a Kazakh question particle.
 */
export const YES_NO_OPENERS: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
];
/** "… - was it above 20 million?", ", is that over …": the pronoun for the figure just said. */
export const FIGURE_PRONOUNS: readonly string[] = ['it', 'that', 'this'];

/** «… 20 000 теңгеден жоғары болды ма?»: the Kazakh "was" between a comparison and the question particle. */
export const KAZAKH_COPULAS: readonly string[] = ['болды', 'болған', 'болады', 'еді'];

export const YES_NO_WORDS: readonly string[] = [
  'whether',
  'ли',
  ...YES_NO_LEAD_INS,
  ...KAZAKH_QUESTION_PARTICLES,
  ...KAZAKH_IS_IT_TRUE,
];

/**
 * Comparison words that are finite verbs, a sentence's predicate ("the sum … exceeded 10 million",
 * «сумма … превысила 10 млн»), unlike participles that describe payments ("payments exceeding …",
 * «превышающих», «асатын»): after a word naming the figure they set its threshold, asked yes or no.
 */
export const PREDICATE_COMPARATORS: readonly string[] = [
  'exceed',
  'exceeded',
  'surpass',
  'surpassed',
  'clear',
  'cleared',
  'topped',
  'превысил',
  'превысила',
  'превысило',
  'превысили',
  'превышает',
  'превышают',
  'превышал',
  'превышала',
  'превышало',
  'превышали',
  'асты',
  'асады',
  'асқан',
];

/** Comparisons of a price, "дороже 300 тыс.", "cheaper than 5 000": always of single payments. */
export const PRICE_COMPARATORS: readonly string[] = ['дороже', 'дешевле', 'cheaper than'];

/** Relative words that make the comparison after them one on the payments: «операции, которые превысили …». */
export const RELATIVE_WORDS: readonly string[] = [
  'that',
  'which',
  'who',
  'которые',
  'который',
  'которая',
  'которых',
  'где',
];

/** One payment singled out: "the largest single payment", "an individual transaction". */
export const ONE_PAYMENT_WORDS: readonly string[] = ['single', 'individual'];

/** "one" as a word, in the forms that may say "a single" before a noun: «за одну операцию», "of one". */
export const ONE_WORDS: readonly string[] = ['one', 'одну', 'один', 'одной', 'одного', 'одно', 'бір'];

/** Before a payment's noun, what makes an amount that payment's: «200 тыс за операцию», "per transaction". */
export const PER_ONE_WORDS: readonly string[] = ['за', 'per'];

/** The merchants' word as it stands after «на» meaning "per": «на торговую точку», «на магазин». */
export const PER_MERCHANT_FORMS: readonly string[] = [
  'магазин',
  'торговую точку',
  'продавца',
  'мерчанта',
  'мерчант',
];

/** Prepositions before "one" that make it "a single one": "of one", "per one", «за одну», «на одну». */
export const ONE_OF_PREPOSITIONS: readonly string[] = ['of', 'per', 'in', 'for', 'за', 'на', 'в', 'во'];

/**
 * Words that make a comparison one on single payments even in a yes/no question: "were there …",
 * "did any purchase exceed …", «была ли хоть одна операция …», «бірде-бір төлем …».
 */
export const SINGLE_PAYMENT_WORDS: readonly string[] = [
  'there',
  'any',
  'single',
  'individual',
  'each',
  'every',
  'хоть',
  'хотя',
  'какая-нибудь',
  'какой-нибудь',
  'отдельная',
  'отдельный',
  'бірде-бір',
  'бірде',
];

/** "than", «чем», «қарағанда»: one thing set against another ("more at Kaspi than at Halyk"). */
export const THAN_WORDS: readonly string[] = ['than', 'чем', 'қарағанда'];

/** «средний чек по операциям больше 5000», «… среди покупок свыше …»: the payments described, not the figure. */
export const PAYMENTS_PREPOSITIONS: readonly string[] = ['по', 'среди', 'из', 'от'];

/** «операции на сумму больше 100 тыс.», «… на общую сумму свыше …»: the amount of the payments, not a figure. */
export const AMOUNT_OF_PREPOSITIONS: readonly string[] = ['на'];

/** "over": before a year ("over 2025") it may be the word itself, not "more than" / «больше». */
export const OVER_A_YEAR: readonly string[] = ['over'];

/** A ratio of two figures: asked back until a pass reads it (see the `ratio` meaning). */
export const RATIO_WORDS: readonly VocabularyEntry[] = [
  e(
    [
      'how many times more',
      'how many times higher',
      'how many times larger',
      'how many times bigger',
      'how many times greater',
      'ratio',
      'ratios',
      'во сколько раз',
      'соотношени~',
      'отношени~',
      'неше есе',
      'қатынас~',
      'арақатынас~',
      // "twice as many …?", "is 5411 really about double?", «вдвое больше», «екі есе көп»: a ratio claimed
      'twice',
      'twice as many',
      'twice as much',
      'double',
      'вдвое',
      'в два раза',
      'в 2 раза',
      'екі есе',
      'қанша есе',
    ],
    { kind: 'ratio' },
  ),
];

/** "fewer than": a comparison of a number of things, never of an amount of money. */
export const FEWER_WORDS: readonly string[] = ['fewer than', 'fewer'];
