import { describe, expect, it } from 'vitest';
import { type UnderstandContext, understandQuestion } from './builtin-planner.js';
import type { EnumColumn, Filter, Frame } from './frame.js';

/**
 * Classes of confident wrong answers the unseen set found. A wrong number is worse than a question
 * asked back, so each class is tested with phrasings of our own (not the lines of the set), in the
 * languages it concerns: the planner either reads the question right or does not answer it.
 */

const context: UnderstandContext = {
  now: new Date('2026-05-20T08:00:00Z'),
  timeZone: 'Asia/Almaty',
  previous: [],
};

function frameOf(question: string): Frame {
  const result = understandQuestion(question, context);
  if (result.kind !== 'sql') throw new Error(`${question}: ${result.kind} ${result.message}`);
  return result.frame;
}

/** The frame, or null when the question is asked back / refused. */
function frameOrNull(question: string): Frame | null {
  const result = understandQuestion(question, context);
  return result.kind === 'sql' ? result.frame : null;
}

const values = (column: EnumColumn, negated: boolean, ...v: string[]): Filter => ({
  kind: 'values',
  column,
  negated,
  values: v,
});

describe('a negation word is never dropped, leaving its value a positive filter', () => {
  it.each<[string, Filter]>([
    ['сумма без категории Unknown в этом месяце', values('mcc_category', true, 'Unknown')],
    ['количество операций без категории такси', values('mcc_category', true, 'Travel & Transportation')],
    ['total amount without category Unknown', values('mcc_category', true, 'Unknown')],
    [
      'count excluding category Unknown and taxi',
      values('mcc_category', true, 'Unknown', 'Travel & Transportation'),
    ],
    ['оборот за исключением категории аптеки', values('mcc_category', true, 'Pharmacies & Health')],
    ['сумма исключая категорию Unknown', values('mcc_category', true, 'Unknown')],
    ['сумма кроме городов Алматы и Астана', values('merchant_city', true, 'Almaty', 'Astana')],
  ])('%s', (question, filter) => {
    expect(frameOf(question).filters).toEqual([filter]);
  });

  it.each<[string, EnumColumn, string]>([
    ['Unknown санатынан басқа сома', 'mcc_category', 'Unknown'],
    ['такси санатын қоспағанда операциялар саны', 'mcc_category', 'Travel & Transportation'],
    ['сумма без кошелька Apple Pay', 'wallet_type', 'Apple Pay'],
    ['сумма без категории Алматы', 'merchant_city', 'Almaty'],
    ['count except category Almaty', 'merchant_city', 'Almaty'],
  ])('%s: negated or asked back, never a positive filter', (question, column, value) => {
    const frame = frameOrNull(question);
    const positive = (frame?.filters ?? []).some(
      (f) => f.kind === 'values' && f.column === column && !f.negated && f.values.includes(value),
    );
    expect(positive).toBe(false);
  });

  it('still reads a negation phrase with nothing after it as the value it names', () => {
    expect(frameOf('сумма без категории').filters).toEqual([values('mcc_category', false, 'Unknown')]);
    expect(frameOf('сумма без кошелька').filters).toEqual([
      { kind: 'presence', column: 'wallet_type', present: false },
    ]);
  });
});

describe('an explicit value is not widened by a group word of the same column', () => {
  it.each<[string, Filter]>([
    ['сумма P2P_OUT переводов', values('transaction_type', false, 'P2P_OUT')],
    ['P2P_IN transfers count last month', values('transaction_type', false, 'P2P_IN')],
    ['P2P_OUT аударымдарының сомасы', values('transaction_type', false, 'P2P_OUT')],
    ['сумма кроме P2P_OUT переводов', values('transaction_type', true, 'P2P_OUT')],
    ['transfers P2P_IN count', values('transaction_type', false, 'P2P_IN')],
  ])('%s', (question, filter) => {
    expect(frameOf(question).filters).toEqual([filter]);
  });

  it('still joins values named with "and" into one list', () => {
    expect(frameOf('transfers and ATM withdrawals count').filters).toEqual([
      values('transaction_type', false, 'P2P_IN', 'P2P_OUT', 'ATM_WITHDRAWAL'),
    ]);
    expect(frameOf('Almaty and Astana count').filters).toEqual([
      values('merchant_city', false, 'Almaty', 'Astana'),
    ]);
  });
});

describe('"per X" / «в разрезе X» / «әр X бойынша» is a breakdown or asked back, never dropped', () => {
  it.each([
    'how many transactions per mobile wallet',
    'сколько операций в разрезе онлайн',
    'amount for each Kaspi Bank',
    'count per contactless payment this year',
  ])('%s: no answer without a breakdown', (question) => {
    const frame = frameOrNull(question);
    expect(frame === null || frame.dimensions.length > 0).toBe(true);
  });

  it.each([
    'количество операций по каждому кошельку',
    'әр әмиян бойынша операциялар саны',
    'count for each wallet',
  ])('%s', (question) => {
    expect(frameOf(question).dimensions).toEqual(['wallet_type']);
  });

  it('"by" a value still names whose transactions', () => {
    expect(frameOf('How many transactions by Kaspi Bank cards last week?').dimensions).toEqual([]);
  });
});

describe('"full" / «полных» / «толық» periods are not answered as the current partial one', () => {
  it.each([
    'weekly counts for the last 4 full weeks',
    'monthly totals over the last 3 complete months',
    'monthly amount for the last 6 whole months',
    'по неделям количество за последние 4 полных недели',
    'соңғы 3 толық айдағы сома ай бойынша',
  ])('%s: asked back', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });
});

describe('two time expressions are one range or asked back, compared only when asked to', () => {
  it.each<[string, Frame['time']]>([
    ['amount since March this year', { kind: 'dates', from: '2026-03-01', to: null }],
    ['сумма с марта этого года', { kind: 'dates', from: '2026-03-01', to: null }],
    ['биыл ақпаннан бері сома', { kind: 'dates', from: '2026-02-01', to: null }],
    ['count this year since April', { kind: 'dates', from: '2026-04-01', to: null }],
    ['transactions this year in March', { kind: 'dates', from: '2026-03-01', to: '2026-04-01' }],
  ])('%s', (question, time) => {
    const frame = frameOf(question);
    expect(frame.time).toEqual(time);
    expect(frame.compare).toBeNull();
  });

  it.each([
    'amount in 2025 since June',
    'количество операций в 2025 году с июня',
    'сумма за 2025 год с июня',
    'transactions last year in March',
    'transactions yesterday this week',
  ])('%s: asked back, not compared', (question) => {
    expect(frameOrNull(question)).toBeNull();
  });

  it.each([
    'amount this month vs last month',
    'сумма в этом месяце по сравнению с прошлым',
    'amount this month and last month',
    'осы айдағы және өткен айдағы транзакциялар саны',
  ])('%s: compared', (question) => {
    expect(frameOf(question).compare).not.toBeNull();
  });
});
