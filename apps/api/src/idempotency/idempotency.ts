import { createHash, randomUUID } from 'node:crypto';
import { keys } from '@pa/queue';
import type { Context, MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors.js';
import { readJsonText } from '../json-body.js';
import { parseIdempotencyKey } from './idempotency-key.js';

/**
 * How long a request may hold its key while it is being processed; if the API
 * process dies meanwhile, the key is free again after this (never stuck).
 */
const PROCESSING_LEASE_MS = 60_000;

/** Answers that depend on the moment (bans, conflicts, limits, outages) are not kept: a retry runs again. */
const NOT_KEPT = new Set([403, 408, 409, 425, 429]);
const keeps = (status: number) => status < 500 && !NOT_KEPT.has(status);

type KeyRecord =
  | { state: 'processing'; fingerprint: string; token: string }
  | {
      state: 'done';
      fingerprint: string;
      token: string;
      status: number;
      body: string;
      headers: Record<string, string>;
    };

/** Replaces (or, with an empty value, deletes) the record only while it is still the one this request wrote. */
const SETTLE = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
local ok, record = pcall(cjson.decode, current)
if not ok or type(record) ~= 'table' or record.token ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
return 1`;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted, so that key order and white space do not make two requests differ. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The request's fingerprint: method, path and body (canonical JSON when it parses, the bytes otherwise). */
async function fingerprintOf(c: Context<AppEnv>): Promise<string> {
  // Decoded the one way every JSON body is (strict UTF-8, zero-width characters out), before the route reads it.
  const text = await readJsonText(c);
  let body = text;
  try {
    body = canonicalJson(JSON.parse(text));
  } catch {
    // Not JSON: the route will say so; the raw text identifies the request.
  }
  return sha256(`${c.req.method} ${c.req.path}\n${body}`);
}

function readRecord(raw: string | null): KeyRecord | null {
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as KeyRecord;
  } catch {
    return null;
  }
}

/**
 * Idempotency-Key (IETF httpapi draft) for a submission route: the first
 * request with a key runs and its answer is kept for IDEMPOTENCY_TTL_SECONDS;
 * the same key with the same request gets that answer again (same status and
 * body, `Idempotent-Replayed: true`), with another request 422, and while the
 * first is still running 409. Keys belong to one caller (bank and user), so
 * two callers never share one. Without the header the route runs as usual.
 */
export function idempotency(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const field = c.req.header('idempotency-key');
    if (field === undefined) return next();
    const parsed = parseIdempotencyKey(field);
    if (!parsed.ok) throw new ApiError('bad_request', `Invalid Idempotency-Key: ${parsed.reason}.`);

    const deps = c.get('deps');
    const caller = c.get('caller');
    const redisKey = keys.idempotency(deps.names, `${caller.tenant}:${caller.user_id}:${sha256(parsed.key)}`);
    const fingerprint = await fingerprintOf(c);
    const token = randomUUID();

    for (let attempt = 0; ; attempt++) {
      const claim: KeyRecord = { state: 'processing', fingerprint, token };
      if (await deps.redis.set(redisKey, JSON.stringify(claim), 'PX', PROCESSING_LEASE_MS, 'NX')) break;
      const existing = readRecord(await deps.redis.get(redisKey));
      if (existing === null) {
        // It expired between SET NX and GET: claim it again.
        if (attempt < 3) continue;
        throw new ApiError('unavailable', 'The Idempotency-Key could not be claimed; please retry.');
      }
      if (existing.fingerprint !== fingerprint) {
        throw new ApiError(
          'idempotency_key_reused',
          'This Idempotency-Key was already used for a different request; send a new key for a new request.',
        );
      }
      if (existing.state === 'processing') {
        c.header('Retry-After', '1');
        throw new ApiError(
          'conflict',
          'A request with this Idempotency-Key is still being processed; retry it in a moment.',
        );
      }
      return c.body(existing.body, existing.status as ContentfulStatusCode, {
        ...existing.headers,
        'Idempotent-Replayed': 'true',
      });
    }

    let settled = false;
    try {
      await next();
      const res = c.res;
      if (keeps(res.status)) {
        const headers: Record<string, string> = {};
        for (const name of ['content-type', 'location']) {
          const value = res.headers.get(name);
          if (value !== null) headers[name] = value;
        }
        const done: KeyRecord = {
          state: 'done',
          fingerprint,
          token,
          status: res.status,
          body: await res.clone().text(),
          headers,
        };
        await deps.redis.eval(
          SETTLE,
          1,
          redisKey,
          token,
          JSON.stringify(done),
          String(deps.config.IDEMPOTENCY_TTL_SECONDS),
        );
        settled = true;
      }
    } finally {
      if (!settled) await deps.redis.eval(SETTLE, 1, redisKey, token, '', '0').catch(() => {});
    }
  };
}
