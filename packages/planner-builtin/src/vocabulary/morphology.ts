/**
 * Word endings the passes read grammatical number from, as data. They only decide between readings
 * the vocabulary already allows (top 1 or top N, the subject of a verb or the thing counted).
 */

/** An English plural ends in -s, but not in -ss ("cities", "banks"; not "class"). */
export const ENGLISH_PLURAL_ENDING = 's';
export const ENGLISH_SINGULAR_ENDING = 'ss';

/** Russian plural noun endings (nominative, genitive, dative, prepositional): «города», «банков», «категориях». */
export const RUSSIAN_PLURAL_ENDINGS: readonly string[] = [
  'ы',
  'и',
  'ов',
  'ев',
  'ам',
  'ям',
  'ах',
  'ях',
  'ей',
  'ий',
  'а',
];
/** …that are singular after all: «категория», «какая», «большая». */
export const RUSSIAN_SINGULAR_ENDINGS: readonly string[] = ['ия', 'ая', 'яя'];

/**
 * A Russian plural noun in the nominative («клиенты», «карты», «покупатели») is the subject of a verb,
 * not the thing counted: after «сколько» the counted noun is genitive («клиентов», «карт»).
 */
export const RUSSIAN_NOMINATIVE_PLURAL_ENDINGS: readonly string[] = ['ы', 'и'];

/**
 * Mass nouns in the genitive singular: after «сколько» they ask for an amount («сколько зарплаты
 * пришло», how much salary), where the genitive plural is counted («сколько зарплат», how many).
 */
export const RUSSIAN_MASS_GENITIVES: readonly string[] = [
  'зарплаты',
  'заработной платы',
  'выручки',
  'налички',
  // «сколько наличных сняли» (how much cash): plural in form, the money withdrawn
  'наличных',
];

/**
 * The Kazakh money noun heading a phrase of a kind of payment: after «қанша» it asks how much
 * («қанша ақша шешті», how much money was withdrawn), not how many — «қолма-қол» (cash) may stand before.
 */
export const KAZAKH_MONEY_NOUN = 'ақша';
export const KAZAKH_CASH_WORDS: readonly string[] = ['қолма қол'];
/** The Kazakh verbal noun («ақша алу», withdrawing money): the event, counted by «қанша … болды». */
export const KAZAKH_VERBAL_NOUN = /у$/;

/** «самые крупные» asks for several rows, «самый крупный» for one. */
/** The Kazakh genitive ending: «төлемдердің» (of the payments), «операциялардың». */
export const KAZAKH_GENITIVE = /(дың|дің|тың|тің|ның|нің)$/;

/** Kazakh locative endings of a word that describes: «еуродағы», «санындағы», «айналымдағы». */
export const KAZAKH_LOCATIVE_ENDINGS: readonly string[] = ['дағы', 'дегі', 'тағы', 'тегі'];

/** Kazakh "each": «әр банкте», «әрбір қалада» (the group word after it in the locative). */
export const KAZAKH_EACH: readonly string[] = ['әр', 'әрбір'];

export const SAMYJ_PLURAL: readonly string[] = ['самые', 'самых'];
export const SAMYJ_SINGULAR: readonly string[] = ['самый', 'самая', 'самое', 'самой', 'самом'];

/**
 * Endings of a plural column word in an owner's case, Russian and Kazakh («банков», «городам»,
 * «банктердің»): «карт банка» (of the bank) is singular though «банка» ends like «города».
 */
export const OWNER_PLURAL_ENDINGS = /(ов|ев|ей|ам|ям|ах|ях|ами|ями|лар|лер|дар|дер|тар|тер)/;

/** A Russian noun in the genitive plural: «снятий», «операций», «платежей», «переводов», «покупок». */
export const RUSSIAN_GENITIVE_PLURAL = /[а-я](?:ий|ей|ов|ок)$/;
