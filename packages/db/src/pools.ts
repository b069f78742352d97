import pg from 'pg';

/**
 * Type parsers for our pools: count(*) (int8) and numeric amounts come back as
 * JS numbers instead of strings. Doubles hold every realistic count and every
 * numeric(15,2) amount exactly enough for analytics (15 significant digits).
 */
const numberTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC) {
      return (value: string) => Number(value);
    }
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

const TIME_OIDS = new Set<number>([
  pg.types.builtins.DATE,
  pg.types.builtins.TIMESTAMP,
  pg.types.builtins.TIMESTAMPTZ,
]);

/**
 * For analytics results dates and timestamps stay as PostgreSQL prints them in
 * the session's time zone ("2026-03-01 00:00:00+05"): converting them to JS
 * Dates would shift every Almaty midnight to 19:00 UTC the day before.
 */
const analyticsTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (TIME_OIDS.has(oid)) return (value: string) => value;
    return numberTypes.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

export interface PoolOptions {
  connectionString: string;
  max?: number;
  applicationName: string;
  /** 'analytics': dates and timestamps as text in the session time zone; 'app' (default): JS Dates. */
  kind?: 'app' | 'analytics';
}

/** Creates a pool; connecting happens lazily on first query. */
export function createPool(opts: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    max: opts.max ?? 10,
    application_name: opts.applicationName,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    types: opts.kind === 'analytics' ? analyticsTypes : numberTypes,
  });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => {});
  // Nor a checked-out one: between two queries of a transaction a client has no listener of the
  // pool's, and a server restart (57P01 "terminating connection due to administrator command")
  // arrives as an 'error' event that would otherwise be unhandled. The query in flight, or the next
  // one, fails on its own and the caller sees that error.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return pool;
}
