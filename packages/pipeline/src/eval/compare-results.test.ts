import { describe, expect, it } from 'vitest';
import { compareResults, hasTopLevelOrderBy } from './compare-results.js';

describe('compareResults', () => {
  it('ignores column order and names, and row order when unordered', () => {
    expect(
      compareResults(
        [
          ['a', 1],
          ['b', 2],
        ],
        [
          [2, 'b'],
          [1, 'a'],
        ],
        { ordered: false },
      ).equal,
    ).toBe(true);
  });

  it('takes a value rounded half up to cents as equal, and no more than half a cent apart', () => {
    expect(compareResults([['Karaganda', 53.13]], [['Karaganda', 53.125]], { ordered: false }).equal).toBe(
      true,
    );
    expect(compareResults([['Karaganda', 53.13]], [['Karaganda', 53.1249]], { ordered: false }).equal).toBe(
      false,
    );
  });

  it('respects row order when the reference orders', () => {
    const r = compareResults(
      [
        ['a', 1],
        ['b', 2],
      ],
      [
        ['b', 2],
        ['a', 1],
      ],
      { ordered: true },
    );
    expect(r.equal).toBe(false);
  });

  it('treats numbers within tolerance as equal, and not beyond it', () => {
    expect(compareResults([[100.001]], [[100.004]], { ordered: false }).equal).toBe(true);
    expect(compareResults([[1e9]], [[1e9 + 0.5]], { ordered: false }).equal).toBe(true);
    expect(compareResults([[100]], [[100.01]], { ordered: false }).equal).toBe(false);
  });

  it('equates a midnight timestamp with its date', () => {
    expect(compareResults([['2026-03-01']], [['2026-03-01 00:00:00+05']], { ordered: false }).equal).toBe(
      true,
    );
    expect(compareResults([['2026-03-01']], [['2026-03-01 10:00:00+05']], { ordered: false }).equal).toBe(
      false,
    );
  });

  it('fails on different row or column counts and on multiset differences', () => {
    expect(compareResults([[1], [1]], [[1]], { ordered: false }).equal).toBe(false);
    expect(compareResults([[1, 2]], [[1]], { ordered: false }).equal).toBe(false);
    expect(compareResults([[1], [1]], [[1], [2]], { ordered: false }).equal).toBe(false);
    expect(compareResults([], [], { ordered: false }).equal).toBe(true);
  });

  it('does not pair columns by values alone when rows disagree', () => {
    const ref = [
      ['a', 1],
      ['b', 2],
    ];
    const cand = [
      ['a', 2],
      ['b', 1],
    ];
    expect(compareResults(ref, cand, { ordered: false }).equal).toBe(false);
  });
});

describe('hasTopLevelOrderBy', () => {
  it('sees only the outer ORDER BY', () => {
    expect(hasTopLevelOrderBy('SELECT a FROM t ORDER BY a')).toBe(true);
    expect(hasTopLevelOrderBy('SELECT a, rank() OVER (ORDER BY a) FROM t')).toBe(false);
    expect(hasTopLevelOrderBy("SELECT 'order by' FROM t -- order by\n")).toBe(false);
    expect(hasTopLevelOrderBy('SELECT * FROM (SELECT a FROM t ORDER BY a) s')).toBe(false);
  });
});

describe('compareResults: values close to each other', () => {
  it('pairs a column’s values by their order, not by their ties at 0.01 (equal columns were reported different)', () => {
    // Two cities with ratios 1.2651 and 1.2749 (both 1.27 to two decimals): the candidate lists them the
    // other way round. Rounded sort keys kept each side's order, so 1.2651 met 1.2749.
    const reference = [
      ['Aktobe', 1.2651],
      ['Taraz', 1.2749],
      ['Almaty', 1.3097],
    ];
    const candidate = [
      ['Almaty', 1.3097],
      ['Taraz', 1.2749],
      ['Aktobe', 1.2651],
    ];
    expect(compareResults(reference, candidate, { ordered: false })).toEqual({ equal: true });
    expect(
      compareResults(
        reference,
        [
          ['Aktobe', 1.2749],
          ['Taraz', 1.2651],
          ['Almaty', 1.3097],
        ],
        { ordered: false },
      ).equal,
    ).toBe(false);
  });
});

describe('compareResults, rows tied on the reference’s order', () => {
  // Ordered by the count, descending: Jusan and Forte tie at 139, and the database may return either first.
  const ranked = [
    ['Halyk', 395],
    ['Kaspi', 296],
    ['Jusan', 139],
    ['Forte', 139],
    ['Eurasian', 95],
  ];
  it('takes the tied rows in either order', () => {
    const swapped = [ranked[0]!, ranked[1]!, ranked[3]!, ranked[2]!, ranked[4]!];
    expect(compareResults(ranked, swapped, { ordered: true }).equal).toBe(true);
  });
  it('still holds rows that are not tied to their place', () => {
    const wrong = [ranked[1]!, ranked[0]!, ranked[2]!, ranked[3]!, ranked[4]!];
    expect(compareResults(ranked, wrong, { ordered: true })).toEqual({
      equal: false,
      reason: 'row 1 differs (order matters)',
    });
  });
  it('a time series keeps its order even where the figures repeat', () => {
    const days = [
      ['2026-11-01', 5],
      ['2026-11-02', 5],
      ['2026-11-03', 7],
    ];
    const swapped = [days[1]!, days[0]!, days[2]!];
    expect(compareResults(days, swapped, { ordered: true }).equal).toBe(false);
  });
  it('with no column in order (the key not shown), the order is strict', () => {
    const shown = [
      ['b', 2],
      ['a', 3],
      ['c', 1],
    ];
    expect(compareResults(shown, [shown[1]!, shown[0]!, shown[2]!], { ordered: true }).equal).toBe(false);
  });
});
