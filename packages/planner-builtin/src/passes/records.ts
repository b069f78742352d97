import { ASKING_WHICH, RECORD_WORDS, RUSSIAN_WHICH, TURNOVER_STEMS } from '../vocabulary/index.js';
import { definePass, isKind, type Slot } from './reading.js';

/**
 * "Record weekday for electronics turnover", "the record month of 2025", «рекордный день», "its record
 * turnover": the record of a period word or of the money is its largest — a ranking, cut to one.
 * "record" is otherwise the verb ("how many payments were recorded") and stays a stop word.
 */
export const readRecords = definePass(({ slots, draft }) => {
  slots.forEach((slot, i) => {
    if (!RECORD_WORDS.includes(slot.item.text)) return;
    const after = slots[i + 1];
    // ("On which day did Almaty have its record turnover?", «рекордный оборот»: the largest of the
    // money too — the word was passed over, and every day shown.)
    // («Какой день был рекордным по обороту / по количеству операций?»: "by" the figure, too.)
    const measure = slots[i + 2];
    const byMoney =
      isKind(after, 'groupBy') &&
      (isKind(measure, 'amount') || isKind(measure, 'check') || isKind(measure, 'count'));
    const money = isKind(after, 'amount') || isKind(after, 'check') || byMoney;
    const group = isKind(after, 'timeUnit') || isKind(after, 'dimension');
    if (!group && !money) return;
    // (With no group asked for — "which", «қай күні» — "record turnover in Almaty" is the record of what,
    // a day or a month? Asked back.)
    if (!group && !slots.some((s) => ASKING_WHICH.includes(s.item.text) || isKind(s, 'bucket'))) {
      slot.used = true;
      draft.issues.push({ kind: 'unknown_words', words: [slot.item.text] });
      return;
    }
    slots[i] = {
      item: {
        kind: 'meaning',
        meaning: { kind: 'superlative', direction: 'desc', impliesCount: false },
        text: slot.item.text,
        ...(slot.item.clauseBefore ? { clauseBefore: true as const } : {}),
      },
      used: false,
    };
  });
});

/**
 * «В какой день был максимальный оборот?», «в каком месяце средний чек был максимальным?»: the
 * largest turnover or average check of a group asked with «какой» is a ranking of the groups by it,
 * not the largest single payment beside it (a max column was added and every group shown).
 */
export const readRussianRecords = definePass(({ slots }) => {
  if (!slots.some((s) => RUSSIAN_WHICH.includes(s.item.text))) return;
  const figure = (s: Slot | undefined) =>
    isKind(s, 'check') || (isKind(s, 'amount') && TURNOVER_STEMS.some((t) => s.item.text.startsWith(t)));
  slots.forEach((slot, i) => {
    if (!isKind(slot, 'aggregate') || (slot.item.meaning.fn !== 'max' && slot.item.meaning.fn !== 'min'))
      return;
    if (!/^[а-я]+$/.test(slot.item.text)) return;
    // (Before it, the figure with its values and «был» between: «средний чек в продуктовых был
    // максимальным»; after it, with its own adjective: «минимальный средний чек».)
    let b = i - 1;
    while (slots[b]?.item.kind === 'stop' || isKind(slots[b], 'value')) b--;
    let a = i + 1;
    const average = (s: Slot | undefined) => isKind(s, 'aggregate') && s.item.meaning.fn === 'avg';
    while (average(slots[a])) a++;
    if (!figure(slots[a]) && !figure(slots[b])) return;
    slots[i] = {
      item: {
        kind: 'meaning',
        meaning: {
          kind: 'superlative',
          direction: slot.item.meaning.fn === 'max' ? 'desc' : 'asc',
          impliesCount: false,
        },
        text: slot.item.text,
      },
      used: false,
    };
  });
});
