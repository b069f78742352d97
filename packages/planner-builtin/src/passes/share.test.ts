import { describe, expect, it } from 'vitest';
import { readShare } from './share.js';
import { runPass, usedBy } from './testing.js';

describe('share pass', () => {
  it('makes a share of a share word', () => {
    const run = runPass(readShare, 'percentage of contactless payments');
    expect(run.after.draft.share).toBe(true);
    expect(usedBy(run)).toEqual(['percentage']);
    expect(runPass(readShare, 'онлайн төлемдердің үлесі').after.draft.share).toBe(true);
  });

  it('reads the subset from the share word and the base from the measured noun', () => {
    const roles = (q: string) =>
      runPass(readShare, q).after.draft.filters.map((f) => [
        f.filter.kind === 'values' ? f.filter.values[0] : '',
        f.role,
      ]);
    expect(roles('contactless share of Jusan payments')).toEqual([
      ['Contactless', 'subset'],
      ['Jusan Bank', 'base'],
    ]);
    expect(roles('доля аптек в тратах Каспи')).toEqual([
      ['Pharmacies & Health', 'subset'],
      ['Kaspi Bank', 'base'],
    ]);
    expect(roles('what % of spend in Taraz is fuel')).toEqual([
      ['Taraz', 'base'],
      ['Fuel & Service Stations', 'subset'],
    ]);
  });

  it('leaves the roles open when the sentence does not settle them', () => {
    const auto = (q: string) => runPass(readShare, q).after.draft.filters.every((f) => f.role === 'auto');
    expect(auto('share of Kaspi online payments')).toBe(true);
    expect(auto('доля бесконтактных платежей в Таразе')).toBe(true);
    expect(auto('% of spend in Taraz fuel')).toBe(true);
  });
});
