import { BASE_WORDS, RATIO_DEFINITION_WORDS } from '../vocabulary/index.js';
import { restatedValue, restatesMeasureOrPeriod } from './ratio-definitions.js';
import { definePass, isKind, meaningOf, type Slot } from './reading.js';

/** The whole of a share said again: the values it names (none may be the share's part), its words. */
export interface ShareBaseSaid {
  values: { column: string; values: readonly string[] }[];
  /** «все операции этой категории», "that city's payments": each group's own payments are the whole. */
  eachOwn: boolean;
  /** «барлық банктердің», "all banks'": every group together is the whole. */
  allOf: string[];
  words: string;
}

/** Words pointing at each group: «этой категории», "that city", «сол банктің». */
const POINTERS: readonly string[] = [
  'этой',
  'этого',
  'этом',
  'этих',
  'that',
  'its',
  'their',
  'сол',
  'осы',
  'each',
];
/** Words for all of them: "all banks", «всех банков», «барлық банктердің». */
const ALL: readonly string[] = ['all', 'все', 'всех', 'всем', 'барлық'];

/**
 * "… (base = all banks' ECOM turnover that month)", «… база — весь оборот Павлодара за год», «(база —
 * барлық банктердің айналымы)»: the whole of a share, said again after the question. It restates what
 * the question already says — the measure, values and periods named there, "all", the column words —
 * so its words are taken out here, before any pass reads them (its values would be conditions of their
 * own, its period a second one), and `settleShareBase` checks that the plan is a share whose part is
 * none of those values; anything else in it (a value or a number the question does not name) leaves
 * it to the other passes, which ask it back.
 */
export const readShareBase = definePass(({ slots, draft }) => {
  const at = slots.findIndex((s) => s.item.kind === 'unknown' && BASE_WORDS.includes(s.item.text));
  if (at < 0) return;
  let to = at;
  // (The dash or the colon right after the word opens the restatement: «база — …», "base: …".)
  while (
    to + 1 < slots.length &&
    (to === at || !slots[to + 1]!.item.clauseBefore) &&
    !slots[to + 1]!.item.closeBefore &&
    !slots[to + 1]!.item.bracketBefore
  )
    to++;
  const span = slots.slice(at, to + 1);
  const outside = [...slots.slice(0, at), ...slots.slice(to + 1)];
  const numbers = new Set(outside.flatMap((o) => (o.item.kind === 'number' ? [o.item.value] : [])));
  const restates = (s: Slot, k: number) =>
    k === 0 ||
    s.item.kind === 'stop' ||
    (s.item.kind === 'number' && numbers.has(s.item.value)) ||
    RATIO_DEFINITION_WORDS.includes(s.item.text) ||
    ((isKind(s, 'value') || isKind(s, 'notValue')) && restatedValue(s, outside)) ||
    restatesMeasureOrPeriod(s) ||
    isKind(s, 'occurs');
  if (span.length < 2 || !span.every(restates)) return;
  slots.splice(at, span.length);
  const dimensionAt = (k: number) => {
    const m = meaningOf(span[k]);
    return m?.kind === 'dimension' ? m.dimension : null;
  };
  draft.shareBaseSaid = {
    values: span.flatMap((s) => {
      const m = meaningOf(s);
      return m?.kind === 'value' ? [{ column: m.column, values: m.values }] : [];
    }),
    eachOwn: span.some((s, k) => POINTERS.includes(s.item.text) && dimensionAt(k + 1) !== null),
    allOf: span.flatMap((s, k) => {
      const d = ALL.includes(s.item.text) ? dimensionAt(k + 1) : null;
      return d ? [d] : [];
    }),
    words: span.map((s) => s.item.text).join(' '),
  };
});

/** The whole said again belongs to a share whose part is none of the values it names — or is asked back. */
export const settleShareBase = definePass(({ draft }) => {
  const said = draft.shareBaseSaid;
  if (!said) return;
  const partNamed = draft.filters.some(
    (f) =>
      f.role === 'subset' &&
      f.filter.kind === 'values' &&
      said.values.some(
        (v) =>
          f.filter.kind === 'values' &&
          v.column === f.filter.column &&
          v.values.some((x) => f.filter.kind === 'values' && f.filter.values.includes(x)),
      ),
  );
  // ("… в каждой категории (база — все операции этой категории)": each group's own payments are the
  // whole, so the part is within each — a spread over the groups is another question; "each bank's share
  // (base = all banks' turnover)": all of them, so no part within each.)
  const within = draft.filters.some((f) => f.role === 'subset');
  const grouped = (d: string) => (draft.dimensions as readonly string[]).includes(d);
  const disagrees = (said.eachOwn && !within) || said.allOf.some((d) => grouped(d) && within);
  if (!draft.share || partNamed || disagrees)
    draft.issues.push({ kind: 'unknown_words', words: [said.words] });
});
