import { describe, expect, it } from 'vitest';
import { type UnderstandContext, understandQuestion } from '../builtin-planner.js';
import type { Filter } from '../frame.js';
import { DAY_PART_WORDS, KAZAKH_DAY_PART_WORDS } from '../vocabulary/hours-of-day.js';
import { readHourRanges, readInPart, readingsInPart } from './hour-ranges.js';
import { runPass, TEST_ENV } from './testing.js';

/** Late November: "in October", «қазан» are this year's. */
const CONTEXT: UnderstandContext = {
  now: new Date('2026-11-30T09:00:00Z'),
  timeZone: 'Asia/Almaty',
  previous: [],
};
const understand = (q: string) => understandQuestion(q, CONTEXT);
const HOUR = 'extract(hour FROM transaction_timestamp)';

/** Every filter of the plan, the base's and the share's part's. */
function filtersOf(q: string): Filter[] {
  const u = understand(q);
  if (u.kind !== 'sql') throw new Error(`${q}: ${u.kind} ${u.message}`);
  return [...u.frame.filters, ...(u.frame.share?.subset ?? [])];
}

describe('a part of the day fixes the half of the day of the hours said with it', () => {
  it.each([
    // Kazakh, in postpositions: from (ablative) … to (dative) «дейін»
    ['Түнде 1-ден 4-ке дейін жасалған QR төлемдер саны, қазан', 1, 4],
    ['кешкі 19:00-ден 23:00-ге дейін дәріханалардағы орташа чек', 19, 23],
    ['кешкі 7-ден 11-ге дейін онлайн сатып алулар саны, қазан', 19, 23],
    ['екінші тоқсанда түнгі 0-ден 5-ке дейін ең көп операция жасалған 3 қала', 0, 5],
    ['таңертең 6-дан 9-ға дейін қанша төлем болды, қазан', 6, 9],
    ['күндізгі 9-дан 18-ге дейін операциялар саны, қазан', 9, 18],
    // «сағат» (hour) before the range says the ends are times, with no part of the day
    ['қазанда сағат 10-нан 14-ке дейін қанша операция болды', 10, 14],
    // Russian
    ['вечером с 19 до 23 сколько переводов в октябре', 19, 23],
    ['вечером с 7 до 11 сколько покупок в октябре', 19, 23],
    ['ночью с 1 до 4 сколько снятий в октябре', 1, 4],
    ['утром с 6 до 9 средний чек в октябре', 6, 9],
    ['днём с 12 до 3 оборот по аптекам в октябре', 12, 15],
    ['в ночное время с 22 до 6 сколько операций в октябре', 22, 6],
    // «часов» says they are times, not which half of the day: the evening does
    ['вечером с 9 до 11 часов сколько операций в октябре', 21, 23],
    // an end past 12 is as written
    ['утром с 7 до 13 часов сколько операций в октябре', 7, 13],
    // English
    ['evening 5 to 9 grocery spend in October', 17, 21],
    ['payments from 1 to 4 at night in October', 1, 4],
    ['in the morning from 6 to 11 how many QR payments in October', 6, 11],
    ['afternoon 2 to 5 online purchases in October', 14, 17],
    ['night 11 to 4 ATM withdrawals in October', 23, 4],
    // an open end: after 20:00
    ['evening after 8 transactions in October', 20, 24],
    ['қазанда кешкі 8-ден кейін қанша операция болды', 20, 24],
  ])('%s: hours %i to %i', (q, from, to) => {
    expect(filtersOf(q)).toContainEqual({ kind: 'hours', from, to });
  });

  it('writes the hours as the existing filter does: the end exclusive, past midnight with OR', () => {
    const night = understand('night 11 to 4 ATM withdrawals in October');
    expect(night.kind === 'sql' && night.sql).toContain(`(${HOUR} >= 23 OR ${HOUR} < 4)`);
    const kazakh = understand('Түнде 1-ден 4-ке дейін жасалған QR төлемдер саны, қазан');
    expect(kazakh.kind === 'sql' && kazakh.sql).toContain(`${HOUR} >= 1 AND ${HOUR} < 4`);
    const evening = understand('вечером с 7 до 11 сколько покупок в октябре');
    expect(evening.kind === 'sql' && evening.sql).toContain(`${HOUR} >= 19 AND ${HOUR} < 23`);
  });

  it('uses the part-of-day word up with the range, and puts the range on the first word of its phrase', () => {
    const { after } = runPass(readHourRanges, 'сколько снятий приходится на ночь с 23:00 до 05:00');
    expect(after.slots.filter((s) => !s.used).map((s) => s.item.text)).not.toContain('ночь');
    const marked = after.slots.find((s) => s.item.kind === 'meaning' && s.item.meaning.kind === 'hourRange');
    expect(marked?.item).toMatchObject({ text: 'ночь', meaning: { kind: 'hourRange', from: 23, to: 5 } });
    const english = runPass(readHourRanges, 'share of transfers that happened between 11pm and 5am').after;
    expect(
      english.slots.find((s) => s.item.kind === 'meaning' && s.item.meaning.kind === 'hourRange')?.item.text,
    ).toBe('between');
  });
});

describe('a part of the day with no hours named is asked back', () => {
  it.each([
    'transactions at night in October',
    'evening grocery spend in October',
    'how many QR payments in the morning in October',
    'сколько покупок утром в октябре',
    'оборот по аптекам днём в октябре',
    'сколько снятий ночью в октябре',
    'қазанда түнде қанша операция болды',
    'кешкі төлемдер саны, қазан',
    'таңертеңгі QR төлемдер саны, қазан',
  ])('%s: which hours it means is the asker to say', (q) => {
    const u = understand(q);
    expect(u.kind).toBe('clarify');
  });

  it.each([
    // no hour of the evening: neither 2 nor 14 is in it
    'вечером с 2 до 4 сколько операций в октябре',
    // «по 15 ноября» is a day: «1 по 15» is no range of night hours
    'сколько операций ночью с 1 по 15 ноября',
    // a part of the day away from hours that are not in it
    'evening transfers in October between 6am and 9am',
  ])('%s: hours that are not of the part of the day are not forced into it', (q) => {
    expect(understand(q).kind).not.toBe('sql');
  });

  it('a part of the day away from the hours is theirs when they are in it as written', () => {
    expect(filtersOf('night-time transfers in October between 11pm and 5am')).toContainEqual({
      kind: 'hours',
      from: 23,
      to: 5,
    });
  });
});

describe('two ranges of hours in one question', () => {
  it.each([
    'Average online ticket at night (0–6 am) vs in the daytime (9 am–6 pm) in October',
    'средний чек ночью с 0 до 6 и днём с 9 до 18 в октябре',
    'after 10pm or before 6am transactions in October',
  ])('%s: asked back (as filters they would leave no hour; no row per range yet)', (q) => {
    expect(understand(q).kind).not.toBe('sql');
  });
});

describe('a share whose part is a range of hours', () => {
  it.each([
    'What share of QR payment volume happened between 10pm and 6am in October?',
    'какая доля переводов приходится на ночь с 0 до 6 в октябре',
  ])('%s: never the hours as the base (the part, or asked back)', (q) => {
    const u = understand(q);
    if (u.kind !== 'sql') return;
    expect(u.frame.share?.subset.some((f) => f.kind === 'hours')).toBe(true);
    expect(u.frame.filters.some((f) => f.kind === 'hours')).toBe(false);
  });
});

describe('the spans of the parts of the day', () => {
  it('read every bare hour one way at most, so no hour is a guess', () => {
    for (const entry of [...DAY_PART_WORDS, ...KAZAKH_DAY_PART_WORDS]) {
      if (entry.meaning.kind !== 'dayPart') throw new Error('not a part of the day');
      for (let h = 0; h <= 24; h++) expect(readingsInPart(h, entry.meaning).length).toBeLessThanOrEqual(1);
    }
  });

  it('put 6 in the evening at 18, 12 at night at midnight and 12 in the morning at noon', () => {
    expect(readInPart(6, { from: 16, to: 24 })).toBe(18);
    expect(readInPart(12, { from: 20, to: 7 })).toBe(0);
    expect(readInPart(12, { from: 4, to: 12 })).toBe(12);
    expect(readInPart(15, { from: 20, to: 7 })).toBeNull();
  });

  it('Kazakh bare numbers with case endings and no part of the day are no hours (days, money)', () => {
    const { after } = runPass(readHourRanges, 'мамырдың 1-ден 15-ке дейін операциялар саны', TEST_ENV);
    expect(after.draft.filters.some((f) => f.filter.kind === 'hours')).toBe(false);
  });
});
