import type { CatalogColumn, CatalogRelation, CatalogShape } from '@pa/contracts';
import type pg from 'pg';

export type { CatalogColumn, CatalogRelation } from '@pa/contracts';

export interface SchemaCatalog extends CatalogShape {
  /** ISO time the catalog was read. */
  loadedAt: string;
}

export interface CatalogOptions {
  /** Relations to describe, `name` (schema `public`) or `schema.name`, in the order planners should see them. */
  relations: string[];
  /** Column names whose values must never be read (they are still described). */
  personalColumns: string[];
  /**
   * The role planned SQL runs as (default `pa_reader`): only the columns it may SELECT are described,
   * so planners never see a column the database would refuse (card_id, expiry_date, id...).
   */
  readerRole?: string;
  /** A text column counts as low-cardinality when a bounded sample holds at most this many values (default 12). */
  maxSampleValues?: number;
  /** Rows the fallback sample reads when the table has no statistics (default 10 000). */
  sampleRows?: number;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/;
const TEXT_TYPES = /^(text|character varying|character|varchar|char|bpchar|citext)\b/;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function splitRelation(ref: string): { schema: string; name: string } {
  const parts = ref.split('.');
  const [schema, name] = parts.length === 2 ? [parts[0]!, parts[1]!] : ['public', parts[0]!];
  if (parts.length > 2 || !IDENT.test(schema) || !IDENT.test(name)) {
    throw new Error(`invalid relation name for the catalog: ${ref}`);
  }
  return { schema, name };
}

/** Reads SQL string literals (`'a''b'`) out of a fragment, in order. */
function stringLiterals(fragment: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^']|'')*)'/g;
  for (const m of fragment.matchAll(re)) out.push(m[1]!.replaceAll("''", "'"));
  return out;
}

/**
 * Values an enum-like CHECK constraint allows, from `pg_get_constraintdef` text:
 * `CHECK ((c = ANY (ARRAY['a'::text, 'b'::text])))`, its `bpchar` variant with casts,
 * or the `IN ('a', 'b')` form. Anything else (ranges, regexes, OR-ed conditions
 * other than `IS NULL`) yields null.
 */
export function parseCheckEnumValues(definition: string, column: string): string[] | null {
  const col = `(?:\\(?${escapeRegExp(column)}\\)?|\\(?"${escapeRegExp(column)}"\\)?)(?:::[a-z ]+)?`;
  const anyArray = new RegExp(
    `^CHECK \\(+${col} = ANY \\(+ARRAY\\[(.*?)\\]\\)*(?:::[a-z ]+\\[\\])?\\)+$`,
    'i',
  );
  const inList = new RegExp(`^CHECK \\(+${col} IN \\((.*)\\)\\)+$`, 'i');
  const body = (anyArray.exec(definition) ?? inList.exec(definition))?.[1];
  if (body === undefined) return null;
  // Every element must be a plain literal with an optional cast: no expressions or column references.
  const elements = body.replace(/'((?:[^']|'')*)'/g, "''").split(',');
  if (!elements.every((e) => /^\s*''(?:::[a-z ]+)?\s*$/i.test(e))) return null;
  const values = stringLiterals(body);
  return values.length > 0 ? values : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Describes the given relations from pg_catalog as the connected (service) user:
 * columns and types, COMMENT ON texts, enum values from CHECK constraints, and a
 * few distinct values of low-cardinality text columns. Personal columns are
 * described but their values are never read.
 */
export async function loadSchemaCatalog(pool: pg.Pool, options: CatalogOptions): Promise<SchemaCatalog> {
  const personal = new Set(options.personalColumns.map((c) => c.toLowerCase()));
  const maxValues = options.maxSampleValues ?? 12;
  const sampleRows = options.sampleRows ?? 10_000;
  const relations: CatalogRelation[] = [];

  for (const ref of options.relations) {
    const { schema, name } = splitRelation(ref);
    const rel = await pool.query<{ oid: number; description: string | null }>(
      `SELECT c.oid::int AS oid, obj_description(c.oid, 'pg_class') AS description
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND c.relname = $2 AND c.relkind IN ('r', 'v', 'm', 'p')`,
      [schema, name],
    );
    const relRow = rel.rows[0];
    if (!relRow) throw new Error(`relation ${schema}.${name} does not exist (or is not visible)`);

    const cols = await pool.query<{
      attnum: number;
      name: string;
      type: string;
      nullable: boolean;
      description: string | null;
    }>(
      `SELECT a.attnum::int AS attnum, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
              NOT a.attnotnull AS nullable, col_description(a.attrelid, a.attnum) AS description
         FROM pg_attribute a
        WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
          AND has_column_privilege($2, a.attrelid, a.attnum, 'SELECT')
        ORDER BY a.attnum`,
      [relRow.oid, options.readerRole ?? 'pa_reader'],
    );
    const checks = await pool.query<{ conkey: number[]; definition: string }>(
      `SELECT conkey::int[] AS conkey, pg_get_constraintdef(oid) AS definition
         FROM pg_constraint
        WHERE conrelid = $1 AND contype = 'c' AND array_length(conkey, 1) = 1
        ORDER BY conname`,
      [relRow.oid],
    );
    const stats = await pool.query<{ column: string; n_distinct: number; values: string[] | null }>(
      `SELECT attname AS column, n_distinct::float8 AS n_distinct, most_common_vals::text::text[] AS values
         FROM pg_stats WHERE schemaname = $1 AND tablename = $2`,
      [schema, name],
    );
    const statsByColumn = new Map(stats.rows.map((s) => [s.column, s]));

    const columns: CatalogColumn[] = [];
    for (const c of cols.rows) {
      const isPersonal = personal.has(c.name.toLowerCase());
      let allowedValues: string[] | null = null;
      if (!isPersonal) {
        for (const check of checks.rows) {
          if (check.conkey[0] !== c.attnum) continue;
          allowedValues = parseCheckEnumValues(check.definition, c.name);
          if (allowedValues) break;
        }
      }
      let sampleValues: string[] | null = null;
      if (!isPersonal && !allowedValues && TEXT_TYPES.test(c.type)) {
        sampleValues = await lowCardinalityValues(pool, {
          schema,
          name,
          column: c.name,
          stats: statsByColumn.get(c.name),
          maxValues,
          sampleRows,
        });
      }
      columns.push({
        name: c.name,
        type: c.type,
        nullable: c.nullable,
        description: c.description,
        allowedValues,
        sampleValues,
        personal: isPersonal,
      });
    }
    relations.push({ schema, name, description: relRow.description, columns });
  }
  return { relations, loadedAt: new Date().toISOString() };
}

async function lowCardinalityValues(
  pool: pg.Pool,
  p: {
    schema: string;
    name: string;
    column: string;
    stats: { n_distinct: number; values: string[] | null } | undefined;
    maxValues: number;
    sampleRows: number;
  },
): Promise<string[] | null> {
  // Statistics first: ANALYZE already counted distinct values and kept the most common ones.
  if (p.stats) {
    const { n_distinct, values } = p.stats;
    if (n_distinct > 0 && n_distinct <= p.maxValues && values && values.length > 0) {
      return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    if (n_distinct < 0 || n_distinct > p.maxValues) return null;
  }
  // No statistics: a bounded read, so a huge table is never scanned.
  const rel = `${quoteIdent(p.schema)}.${quoteIdent(p.name)}`;
  const col = quoteIdent(p.column);
  const res = await pool.query<{ value: string }>(
    `SELECT DISTINCT v::text AS value FROM (SELECT ${col} AS v FROM ${rel} LIMIT $1) s
      WHERE v IS NOT NULL ORDER BY 1 LIMIT $2`,
    [p.sampleRows, p.maxValues + 1],
  );
  if (res.rows.length === 0 || res.rows.length > p.maxValues) return null;
  return res.rows.map((r) => r.value);
}

export interface SchemaCatalogCacheOptions {
  /** How long a loaded catalog is served before it is read again (default 5 minutes). */
  ttlMs?: number;
  now?: () => number;
  /** Told when a refresh fails; the previous catalog keeps being served. */
  onError?: (err: unknown) => void;
}

/**
 * An in-process cache of the catalog: one load at a time, refreshed after the
 * TTL, and when a refresh fails the last good catalog is served until the next
 * attempt (only a first load with nothing to serve rejects).
 */
export function createSchemaCatalogCache(
  load: () => Promise<SchemaCatalog>,
  options: SchemaCatalogCacheOptions = {},
): () => Promise<SchemaCatalog> {
  const ttlMs = options.ttlMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  let value: SchemaCatalog | null = null;
  let loadedAt = 0;
  let inflight: Promise<SchemaCatalog> | null = null;

  const refresh = (): Promise<SchemaCatalog> => {
    inflight ??= load()
      .then((catalog) => {
        value = catalog;
        loadedAt = now();
        return catalog;
      })
      .catch((err: unknown) => {
        options.onError?.(err);
        // Try again after a short pause rather than on every call.
        if (value) {
          loadedAt = now() - ttlMs + Math.min(ttlMs, 10_000);
          return value;
        }
        throw err;
      })
      .finally(() => {
        inflight = null;
      });
    return inflight;
  };

  return async () => {
    if (value && now() - loadedAt < ttlMs) return value;
    return refresh();
  };
}
