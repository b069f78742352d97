import type { Dimension, EnumColumn, TimeUnit } from '../frame.js';
import type { Meaning, VocabularyEntry } from '../meaning.js';

/** Shorthands the vocabulary files write their entries with. */
export const value = (column: EnumColumn, ...values: string[]): Meaning => ({
  kind: 'value',
  column,
  values,
});
/** A value named by a noun for transactions of that kind ("withdrawals"): counted when nothing else is measured. */
export const valueNoun = (column: EnumColumn, ...values: string[]): Meaning => ({
  kind: 'value',
  column,
  values,
  counts: true,
});
export const dim = (dimension: Dimension): Meaning => ({ kind: 'dimension', dimension });
export const unit = (u: TimeUnit): Meaning => ({ kind: 'timeUnit', unit: u });
export const bucket = (dimension: Dimension): Meaning => ({ kind: 'bucket', dimension });
export const num = (v: number): Meaning => ({ kind: 'number', value: v });
export const e = (phrases: string[], meaning: Meaning): VocabularyEntry => ({ phrases, meaning });
