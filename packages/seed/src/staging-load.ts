/**
 * How rows get into `transactions` fast. The table has FORCE ROW LEVEL
 * SECURITY (migration 003), and PostgreSQL refuses `COPY ... FROM` into a
 * table with row-level security even for its owner. Two paths:
 *
 * - A table emptied by TRUNCATE in this transaction (the seed):
 *   `copyIntoTruncatedTable` lifts FORCE for the length of one COPY FREEZE
 *   and puts it back. Nothing outside the transaction can observe that: the
 *   TRUNCATE holds an ACCESS EXCLUSIVE lock until commit, DDL is
 *   transactional, and the owner's policy lets the owner write every row
 *   anyway.
 * - A table that keeps its rows (top-up, import): rows are COPY'd into a
 *   temporary staging table (no RLS, no WAL) and moved with one
 *   `INSERT ... SELECT` per chunk, which the owner's policy allows.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { TRANSACTION_COLUMNS } from './transaction-schema.js';

/** Every writer of `transactions` (seed, top-up, import) holds this transaction-level advisory lock. */
export const TRANSACTIONS_WRITE_LOCK = 727_274_002;

export const STAGING_TABLE = 'pg_temp.transactions_load';

const COLUMN_LIST = TRANSACTION_COLUMNS.join(', ');

/** Creates the staging table for this transaction (dropped at commit or rollback). `line` is the CSV line. */
export async function createStagingTable(client: pg.ClientBase): Promise<void> {
  await client.query(`CREATE TEMP TABLE transactions_load (
    line integer,
    transaction_id text,
    transaction_timestamp timestamptz,
    card_id integer,
    expiry_date text,
    issuer_bank_name text,
    merchant_id integer,
    merchant_mcc integer,
    mcc_category text,
    merchant_city text,
    transaction_type text,
    transaction_amount_kzt numeric(15,2),
    original_amount numeric(15,2),
    transaction_currency char(3),
    acquirer_country_iso char(3),
    pos_entry_mode text,
    wallet_type text
  ) ON COMMIT DROP`);
}

/** Lines are passed through untouched; a line is one row of COPY text format ending in "\n". */
export type LineSource = Iterator<string> | AsyncIterator<string>;

export interface CopyResult {
  rows: number;
  /** The source has no more lines. */
  exhausted: boolean;
}

const FLUSH_BYTES = 1 << 16;

/**
 * Streams up to `limit` lines from `source` into the staging table with
 * COPY ... FROM STDIN, honouring back-pressure; only one buffer of about
 * 64 KiB is held at a time.
 */
export function copyIntoStaging(
  client: pg.ClientBase,
  source: LineSource,
  opts: { limit: number; withLine: boolean; onRows?: (rowsSoFar: number) => void },
): Promise<CopyResult> {
  const columns = opts.withLine ? `line, ${COLUMN_LIST}` : COLUMN_LIST;
  return copyLines(client, `COPY ${STAGING_TABLE} (${columns}) FROM STDIN`, source, opts);
}

/**
 * COPY FREEZE of every line straight into `transactions`, which this
 * transaction must have emptied with `TRUNCATE ... RESTART IDENTITY`
 * (PostgreSQL checks the TRUNCATE for FREEZE). The rows get ids 1..n in
 * source order, as INSERTs after the restart would, and the identity
 * sequence continues after n. FORCE ROW LEVEL SECURITY is lifted only while
 * the COPY runs and is back before this returns; on an error the caller's
 * ROLLBACK restores it. Frozen rows need no later hint-bit writes or freeze
 * vacuum, and their pages are marked all-visible, so index-only scans work
 * from the start. Each line carries the row's `card_key` after the
 * TRANSACTION_COLUMNS (see `withCardKey`).
 */
export async function copyIntoTruncatedTable(
  client: pg.ClientBase,
  source: Iterator<string>,
  opts: { onRows?: (rowsSoFar: number) => void } = {},
): Promise<number> {
  const forced = await client.query<{ forced: boolean }>(
    `SELECT relforcerowsecurity AS forced FROM pg_class WHERE oid = 'public.transactions'::regclass`,
  );
  const wasForced = forced.rows[0]?.forced === true;
  let id = 0;
  const withIds: Iterator<string> = {
    next: () => {
      const r = source.next();
      return r.done ? r : { done: false, value: `${++id}\t${r.value}` };
    },
  };
  if (wasForced) await client.query('ALTER TABLE public.transactions NO FORCE ROW LEVEL SECURITY');
  const { rows } = await copyLines(
    client,
    `COPY public.transactions (id, ${COLUMN_LIST}, card_key) FROM STDIN WITH (FREEZE)`,
    withIds,
    { limit: Number.POSITIVE_INFINITY, onRows: opts.onRows },
  );
  if (wasForced) await client.query('ALTER TABLE public.transactions FORCE ROW LEVEL SECURITY');
  await client.query(`SELECT setval(pg_get_serial_sequence('public.transactions', 'id'), $1, $2)`, [
    Math.max(rows, 1),
    rows > 0,
  ]);
  return rows;
}

/** One COPY ... FROM STDIN of up to `limit` lines, honouring back-pressure. */
async function copyLines(
  client: pg.ClientBase,
  copySql: string,
  source: LineSource,
  opts: { limit: number; onRows?: (rowsSoFar: number) => void },
): Promise<CopyResult> {
  const stream = client.query(copyStreams.from(copySql));
  const done = finished(stream);
  done.catch(() => {}); // observed below; must not count as unhandled meanwhile
  let buffer = '';
  let rows = 0;
  let exhausted = false;
  try {
    while (rows < opts.limit) {
      const next = source.next();
      const item = next instanceof Promise ? await next : next;
      if (item.done) {
        exhausted = true;
        break;
      }
      buffer += item.value;
      rows++;
      if (buffer.length >= FLUSH_BYTES) {
        if (stream.errored) throw stream.errored;
        const ok = stream.write(buffer);
        buffer = '';
        opts.onRows?.(rows);
        if (!ok) await once(stream, 'drain');
      }
    }
    stream.end(buffer);
    await done;
    opts.onRows?.(rows);
    return { rows, exhausted };
  } catch (err) {
    if (!stream.destroyed) stream.destroy(err instanceof Error ? err : new Error(String(err)));
    await done.catch(() => {});
    throw err;
  }
}

/**
 * Loads every line of a synchronous source through the staging table in
 * chunks of `chunkRows`: COPY a chunk, then INSERT it into `transactions`
 * while this process already formats the next chunk (PostgreSQL and Node
 * work on separate cores). At most two chunks are in memory. Returns the
 * rows inserted.
 */
export async function loadInChunks(
  client: pg.ClientBase,
  source: Iterator<string>,
  opts: { chunkRows: number; onRows?: (rowsSoFar: number) => void },
): Promise<number> {
  let inserted = 0;
  let ahead: string[] = [];
  let exhausted = false;
  for (;;) {
    let i = 0;
    const buffered = ahead;
    const chunkSource: Iterator<string> = {
      next: () => (i < buffered.length ? { done: false, value: buffered[i++]! } : source.next()),
    };
    const base = inserted;
    const copied = await copyIntoStaging(client, chunkSource, {
      limit: opts.chunkRows,
      withLine: false,
      onRows: (n) => opts.onRows?.(base + n),
    });
    if (copied.rows === 0) break;
    const moving = moveStagedRows(client, { orderByLine: false });
    moving.catch(() => {}); // awaited below
    ahead = [];
    if (!copied.exhausted) {
      for (let r = source.next(); ; r = source.next()) {
        if (r.done) {
          exhausted = true;
          break;
        }
        ahead.push(r.value);
        if (ahead.length >= opts.chunkRows) break;
      }
    }
    inserted += await moving;
    if (copied.exhausted || (exhausted && ahead.length === 0)) break;
  }
  return inserted;
}

/** A COPY line of TRANSACTION_COLUMNS with the card's pseudonym appended (the truncated-table COPY). */
export function withCardKey(line: string, cardKey: string): string {
  return `${line.slice(0, -1)}\t${cardKey}\n`;
}

/**
 * Moves the staged rows into `transactions` (in staging order) and empties the staging table.
 * The database computes each card's pseudonym with the secret only the service user can read.
 */
export async function moveStagedRows(client: pg.ClientBase, opts: { orderByLine: boolean }): Promise<number> {
  const res = await client.query(
    `INSERT INTO public.transactions (${COLUMN_LIST}, card_key)
     SELECT ${COLUMN_LIST}, app.card_pseudonym(card_id) FROM ${STAGING_TABLE}${opts.orderByLine ? ' ORDER BY line' : ''}`,
  );
  await client.query(`TRUNCATE ${STAGING_TABLE}`);
  return res.rowCount ?? 0;
}

/**
 * Drops the table's indexes, primary key and unique constraints (not
 * anything a foreign key depends on) and returns the
 * statements that recreate them, comments included. Building an index once
 * after a bulk load is several times cheaper than maintaining it row by row.
 * Only for use inside the loading transaction, which holds an ACCESS
 * EXCLUSIVE lock (from TRUNCATE), so no reader ever sees the table without them.
 */
export async function dropIndexesForLoad(client: pg.ClientBase): Promise<string[]> {
  const res = await client.query<{
    index_name: string;
    index_def: string;
    constraint_name: string | null;
    constraint_def: string | null;
    comment: string | null;
  }>(
    `SELECT format('%I.%I', n.nspname, ic.relname) AS index_name,
            pg_get_indexdef(i.indexrelid) AS index_def,
            CASE WHEN c.oid IS NOT NULL THEN format('%I', c.conname) END AS constraint_name,
            pg_get_constraintdef(c.oid) AS constraint_def,
            CASE WHEN c.oid IS NULL THEN obj_description(i.indexrelid, 'pg_class')
                 ELSE obj_description(c.oid, 'pg_constraint') END AS comment
       FROM pg_index i
       JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = ic.relnamespace
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
      WHERE i.indrelid = 'public.transactions'::regclass
        AND (c.oid IS NULL OR c.contype IN ('p', 'u', 'x'))
        AND NOT EXISTS (SELECT 1 FROM pg_constraint fk WHERE fk.contype = 'f' AND fk.conindid = i.indexrelid)
      ORDER BY ic.relname`,
  );
  const recreate: string[] = [];
  for (const r of res.rows) {
    if (r.constraint_name && r.constraint_def) {
      await client.query(`ALTER TABLE public.transactions DROP CONSTRAINT ${r.constraint_name}`);
      recreate.push(
        `ALTER TABLE public.transactions ADD CONSTRAINT ${r.constraint_name} ${r.constraint_def}`,
      );
      if (r.comment !== null) {
        recreate.push(
          `COMMENT ON CONSTRAINT ${r.constraint_name} ON public.transactions IS ${quoteLiteral(r.comment)}`,
        );
      }
    } else {
      await client.query(`DROP INDEX ${r.index_name}`);
      recreate.push(r.index_def);
      if (r.comment !== null) recreate.push(`COMMENT ON INDEX ${r.index_name} IS ${quoteLiteral(r.comment)}`);
    }
  }
  return recreate;
}

/** A SQL string literal; only for catalog text we read back ourselves (COMMENT cannot take parameters). */
function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
