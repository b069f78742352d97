/**
 * Name resolution as PostgreSQL does it (parse_relation.c), over the guard's own model of FROM items.
 *
 * Every column reference must resolve to exactly one known column. A name that is not a column is
 * rejected, never guessed: PostgreSQL would read `t.f` for an unknown column `f` as the call `f(t)`
 * (functional notation) and a bare relation name as the whole row.
 */
import { displayIdentifier, displayName } from './ast.js';

/** One column a FROM item offers, with what the guard knows about the values in it. */
export interface Column {
  /** Undefined when PostgreSQL would name the column in a way the guard does not model: unreachable. */
  readonly name: string | undefined;
  /** The personal column its values derive from, if any: such a column may only be counted. */
  readonly personal: string | undefined;
  /** Upper bound on the length of its values, in characters (text) or digits (numbers). */
  readonly size: number;
  /** Why the reader may not read it, when the policy withholds it. */
  readonly withheld?: string;
  /**
   * The table column whose values these are, `schema.table.column`: set on a table's own columns and
   * kept where they pass on unchanged (`*`, CTE and alias renames), so it also tells their type.
   */
  readonly source?: string;
}

/** A FROM item as PostgreSQL's namespace holds it (ParseNamespaceItem). */
export interface RangeEntry {
  /** The name that qualifies its columns: the alias, else the table or CTE name. */
  readonly name: string | undefined;
  /** For an unaliased table, its schema: `schema.table.column` then works too. */
  readonly schema?: string;
  readonly columns: readonly Column[];
  /** May be named as a qualifier (false for an unaliased join's own entry). */
  readonly relationVisible: boolean;
  /** Its columns are found by unqualified names (false for the tables inside an unaliased join). */
  readonly columnsVisible: boolean;
  /** A relation the guard already rejected: its columns are unknown, and not worth a second reason. */
  readonly opaque?: boolean;
}

/** One query level: its FROM items and the level around it (correlated references). */
export interface Level {
  readonly entries: readonly RangeEntry[];
  readonly parent: Level | undefined;
}

/** A failed resolution with an empty reason was caused by a relation that is already rejected. */
export type Resolution = { ok: true; column: Column } | { ok: false; reason: string };

const systemColumns: ReadonlySet<string> = new Set(['ctid', 'xmin', 'xmax', 'cmin', 'cmax', 'tableoid']);

const fail = (reason: string): Resolution => ({ ok: false, reason });

function columnsNamed(entry: RangeEntry, name: string): Column[] {
  return entry.columns.filter((column) => column.name === name);
}

/** Entries a qualifier names at the nearest level that has one; more than one is ambiguous. */
export function findEntries(level: Level | undefined, name: string, schema?: string): RangeEntry[] {
  for (let current = level; current; current = current.parent) {
    const found = current.entries.filter(
      (entry) =>
        entry.relationVisible && entry.name === name && (schema === undefined || entry.schema === schema),
    );
    if (found.length > 0) return found;
  }
  return [];
}

function unknownColumn(names: readonly string[]): string {
  const column = names.at(-1) ?? '';
  if (systemColumns.has(column)) return `system column ${displayIdentifier(column)} is not allowed`;
  return `unknown column ${displayName(names)}: name a column of the tables in FROM`;
}

function single(found: readonly Column[], names: readonly string[]): Resolution {
  const [column] = found;
  if (!column) return fail(unknownColumn(names));
  if (found.length > 1) return fail(`column reference ${displayName(names)} is ambiguous: qualify it`);
  return { ok: true, column };
}

/** `column`: the one visible column of that name at the nearest level that has any. */
function resolveBare(level: Level | undefined, name: string): Resolution {
  for (let current = level; current; current = current.parent) {
    const visible = current.entries.filter((entry) => entry.columnsVisible);
    const found = visible.flatMap((entry) => columnsNamed(entry, name));
    if (found.length > 0) return single(found, [name]);
    if (visible.some((entry) => entry.opaque)) return fail('');
  }
  if (findEntries(level, name).length > 0) {
    return fail(`whole-row reference ${displayIdentifier(name)} is not allowed: name the columns you need`);
  }
  return fail(unknownColumn([name]));
}

/** `relation.column` or `schema.relation.column`: the column must exist in that entry. */
function resolveQualified(level: Level | undefined, names: readonly string[]): Resolution {
  const [column, relation, schema] = [...names].reverse() as [string, string, string | undefined];
  const entries = findEntries(level, relation, schema);
  const [entry] = entries;
  if (!entry) {
    const shown = displayName(names.slice(0, -1));
    if (schema === undefined && names.length === 2) {
      return fail(
        `unknown column ${displayName(names)}: ${shown} is not a table in FROM (field selection from a column is not allowed)`,
      );
    }
    return fail(`unknown column ${displayName(names)}: ${shown} is not a table in FROM`);
  }
  if (entries.length > 1) return fail(`table reference ${displayIdentifier(relation)} is ambiguous`);
  if (entry.opaque) return fail('');
  const found = columnsNamed(entry, column);
  if (found.length === 0 && !systemColumns.has(column)) {
    return fail(
      `unknown column ${displayName(names)}: ${displayIdentifier(relation)} has no column ${displayIdentifier(column)} (PostgreSQL would call a function ${displayIdentifier(column)}(${displayIdentifier(relation)}) on the whole row)`,
    );
  }
  return single(found, names);
}

/** Resolves a column reference (without `*`) the way PostgreSQL's transformColumnRef does. */
export function resolveColumn(level: Level | undefined, names: readonly string[]): Resolution {
  if (names.length === 1) return resolveBare(level, names[0] ?? '');
  // `a.b.c` may also be a column's field selection; the guard never allows that.
  if (names.length === 2 || names.length === 3) return resolveQualified(level, names);
  return fail(`unknown column ${displayName(names)}: references to other databases are not allowed`);
}

/** The columns `*` (no qualifier) expands to at this level, or `qualifier.*`. */
export function expandStar(
  level: Level,
  qualifier: readonly string[],
): { ok: true; columns: readonly Column[] } | { ok: false; reason: string } {
  if (qualifier.length === 0) {
    const visible = level.entries.filter((entry) => entry.columnsVisible);
    if (visible.length === 0) return { ok: false, reason: 'SELECT * with no table in FROM is not allowed' };
    if (visible.some((entry) => entry.opaque)) return { ok: false, reason: '' };
    return { ok: true, columns: visible.flatMap((entry) => entry.columns) };
  }
  if (qualifier.length > 2) return { ok: false, reason: `${displayName(qualifier)}.* is not allowed` };
  const [relation, schema] = [...qualifier].reverse() as [string, string | undefined];
  const entries = findEntries(level, relation, schema);
  const [entry] = entries;
  if (!entry)
    return {
      ok: false,
      reason: `${displayName(qualifier)}.*: ${displayName(qualifier)} is not a table in FROM`,
    };
  if (entries.length > 1)
    return { ok: false, reason: `table reference ${displayIdentifier(relation)} is ambiguous` };
  if (entry.opaque) return { ok: false, reason: '' };
  return { ok: true, columns: entry.columns };
}

/** Renames the first columns as an alias column list `t(a, b)` does; more names than columns is an error. */
export function renameColumns(
  columns: readonly Column[],
  names: readonly string[],
): readonly Column[] | undefined {
  if (names.length > columns.length) return undefined;
  return columns.map((column, index) => {
    const name = names[index];
    return name === undefined ? column : { ...column, name };
  });
}
