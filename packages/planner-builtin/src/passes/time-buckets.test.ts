import { describe, expect, it } from 'vitest';
import { runPass, usedBy } from './testing.js';
import { readTimeBuckets } from './time-buckets.js';

const dims = (q: string) => runPass(readTimeBuckets, q).after.draft.dimensions;

describe('time buckets pass', () => {
  it('reads buckets in every language and word order', () => {
    expect(dims('spend by week')).toEqual(['week']);
    expect(dims('сумма по дням')).toEqual(['day']);
    expect(dims('quarterly count')).toEqual(['quarter']);
    expect(dims('сома апта бойынша')).toEqual(['week']);
  });

  it('reads "which hour / which day" as a column', () => {
    expect(dims('which hour has the most payments')).toEqual(['hour_of_day']);
    expect(dims('в какой месяц больше всего трат')).toEqual(['month']);
  });

  it('uses up the by-word with its unit and a stray year abbreviation', () => {
    expect(usedBy(runPass(readTimeBuckets, 'count by month'))).toEqual(['by', 'month']);
    expect(usedBy(runPass(readTimeBuckets, 'оборот в г Алматы'))).toEqual(['г']);
  });

  it('reads a unit right after a superlative as the column ranked', () => {
    expect(dims('the quietest day for cafes')).toEqual(['day']);
    expect(dims('ең белсенді сағат')).toEqual(['hour_of_day']);
    expect(dims('наиболее загруженные часы')).toEqual(['hour_of_day']);
  });

  it('reads «г» before a city as «город», not a year', () => {
    const run = runPass(readTimeBuckets, 'сумма по г Тараз');
    expect(run.after.draft.dimensions).toEqual([]);
    expect(usedBy(run)).toEqual(['г']);
  });
});
