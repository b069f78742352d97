/**
 * Helpers over libpg-query's JSON parse tree.
 *
 * A node is printed as a one-key object named after its type: `{ "SelectStmt": { ...fields } }`.
 * Fields whose C type is a specific struct (an alias, a type name, a window definition) are printed
 * inline, without the wrapper. Node type names start with an upper-case letter, field names never do,
 * which is how the two are told apart.
 */

export type Fields = { readonly [field: string]: unknown };

export interface TypedNode {
  readonly type: string;
  readonly fields: Fields;
}

/** One statement of a parse result; locations and lengths are UTF-8 byte offsets into the SQL. */
export interface RawStatement {
  readonly stmt: unknown;
  readonly stmt_location?: number;
  readonly stmt_len?: number;
}

export interface ParseResult {
  readonly version: number;
  readonly stmts?: readonly RawStatement[];
}

export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function startsUpperCase(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** The node wrapped in `value`, or undefined when `value` is an inline struct, a list or a scalar. */
export function asNode(value: unknown): TypedNode | undefined {
  if (!isFields(value)) return undefined;
  let type: string | undefined;
  for (const key in value) {
    if (type !== undefined) return undefined;
    type = key;
  }
  if (type === undefined || !startsUpperCase(type)) return undefined;
  const fields = value[type];
  return isFields(fields) ? { type, fields } : undefined;
}

export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function stringField(fields: Fields | undefined, name: string): string | undefined {
  const value = fields?.[name];
  return typeof value === 'string' ? value : undefined;
}

export function fieldsOf(fields: Fields | undefined, name: string): Fields | undefined {
  const value = fields?.[name];
  return isFields(value) ? value : undefined;
}

/** The texts of a list of `String` nodes, e.g. a qualified function name `[pg_catalog, pg_sleep]`. */
export function stringList(value: unknown): string[] {
  const names: string[] = [];
  for (const item of listOf(value)) {
    const node = asNode(item);
    const text = node?.type === 'String' ? stringField(node.fields, 'sval') : undefined;
    if (text !== undefined) names.push(text);
  }
  return names;
}

/** An identifier as an analyst would type it: bare when PostgreSQL would fold it to itself, else quoted. */
export function displayIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

export function displayName(parts: readonly string[]): string {
  return parts.map(displayIdentifier).join('.');
}
