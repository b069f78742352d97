import { loadModule, parseSync } from 'libpg-query';
import type { ParseResult } from './ast.js';

let loaded = false;
let loading: Promise<void> | undefined;

/** Loads the PostgreSQL parser (WebAssembly) once; later calls return the same promise. */
export async function loadGuard(): Promise<void> {
  loading ??= loadModule().then(
    () => {
      loaded = true;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export class GuardNotLoadedError extends Error {
  constructor() {
    super('sql-guard: the PostgreSQL parser is not loaded; await loadGuard() once before calling guardSql()');
    this.name = 'GuardNotLoadedError';
  }
}

/** Parses SQL with the real PostgreSQL parser. Throws the parser's error for invalid SQL. */
export function parseSql(sql: string): ParseResult {
  if (!loaded) throw new GuardNotLoadedError();
  return parseSync(sql) as ParseResult;
}
