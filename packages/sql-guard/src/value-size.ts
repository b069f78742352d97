/**
 * Upper bounds on the size of the values an expression can build, so that no query can make
 * PostgreSQL build a gigabyte string or a 100 000-digit number per row.
 *
 * Every function left on the allowlist builds values at most additively from its arguments (concat,
 * `||`, arithmetic). Additive steps still multiply through
 * derived tables (`SELECT s || s || s FROM (SELECT s || s || s AS s FROM ...)`), so the walk carries
 * a bound for every expression and derived column and rejects any above `maxValueLength`.
 */
import { asNode, fieldsOf, type TypedNode } from './ast.js';

/** Stored values of `transactions` are short: enumerated text, numeric(15,2), timestamps. */
export const tableColumnSize = 1000;
/** numeric: up to 131072 digits before the decimal point and 16383 after. */
export const numericMaxDigits = 131_072 + 16_383;
/** Room for what a function adds of its own: a formatted date, a sign, a few digits of scale. */
export const functionSlack = 64;
/** round / trunc may pad the scale up to 2000 digits (NUMERIC_MAX_RESULT_SCALE). */
export const roundScaleSlack = 2000;
/** A to_char format element can expand: `J` gives 7 digits, `RN` 15 characters. */
export const formatExpansion = 8;
/** Literal lengths and type modifiers above this are rejected. */
export const maxLiteralLength = 1000;
/** power() / `^` exponents: x ^ 10 has at most ten times the digits of x. */
export const maxExponent = 10;

/** The numeric value of an integer or decimal literal (`2`, `-3`, `0.5`); undefined for anything else. */
export function numericLiteral(node: TypedNode | undefined): number | undefined {
  if (node?.type !== 'A_Const') return undefined;
  const integer = fieldsOf(node.fields, 'ival');
  // libpg-query prints the integer literal 0 as `ival: {}`.
  if (integer) return typeof integer.ival === 'number' ? integer.ival : 0;
  const decimal = fieldsOf(node.fields, 'fval')?.fval;
  return typeof decimal === 'string' ? Number(decimal) : undefined;
}

/** An integer literal's value, or undefined. */
export function integerLiteral(value: unknown): number | undefined {
  const node = asNode(value);
  const integer = node?.type === 'A_Const' ? fieldsOf(node.fields, 'ival') : undefined;
  if (!integer) return undefined;
  return typeof integer.ival === 'number' ? integer.ival : 0;
}

/** The size of a literal: the length of its text. */
export function literalSize(constant: TypedNode): number {
  const fields = constant.fields;
  const text =
    fieldsOf(fields, 'sval')?.sval ??
    fieldsOf(fields, 'fval')?.fval ??
    fieldsOf(fields, 'bsval')?.bsval ??
    fieldsOf(fields, 'ival')?.ival;
  return typeof text === 'string' ? text.length : typeof text === 'number' ? String(text).length : 5;
}
