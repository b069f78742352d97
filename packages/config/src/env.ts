import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseDotEnv } from 'dotenv';
import type { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses environment variables with a zod schema; on failure lists every bad
 * variable at once so an operator can fix them in one go.
 */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    // An empty variable means "not set", as in most twelve-factor tooling.
    if (value !== undefined && value !== '') cleaned[key] = value;
  }
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(env)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/**
 * Loads `.env` from the repository root into `process.env` without
 * overriding variables that are already set (real environment wins).
 * Call it from a process's main, never at import time.
 */
export function loadDotEnv(dir = process.cwd()): string | null {
  const path = resolve(dir, '.env');
  if (!existsSync(path)) return null;
  const values = parseDotEnv(readFileSync(path));
  for (const [key, value] of Object.entries(values)) {
    if (process.env[key] === undefined) process.env[key] = value;
  }
  return path;
}
