import { createHash } from 'node:crypto';
import { languageSchema } from '@pa/contracts';
import { z } from 'zod';
import type { RedisClient } from './connection.js';
import type { QueueNames } from './jobs.js';

/** One answered turn of a chat session: what the person wrote and what they got. */
export const chatTurnSchema = z.object({
  job_id: z.string(),
  at: z.string(),
  /** What the person wrote. */
  message: z.string(),
  /** The words they got back (a data answer's headline). */
  reply: z.string(),
  /** `answer`: a data question answered with rows (a base for follow-ups); `chat`: words only. */
  kind: z.enum(['chat', 'answer']),
  language: languageSchema,
  sql: z.string().nullable(),
  /** The builtin planner's frame of an answer, which its follow-ups merge into. */
  frame: z.unknown().optional(),
});
export type ChatTurn = z.infer<typeof chatTurnSchema>;

/** Whose session it is: sessions belong to one user of one bank, never to a bank as a whole. */
export interface SessionOwner {
  tenant: string;
  user_id: string;
}

export interface ChatSessionSettings {
  /** Idle lifetime: every use of a session sets its expiry this far ahead again (default 24 h). */
  ttlSeconds: number;
  /** Turns kept, newest last; older ones are dropped (default 10). */
  maxTurns: number;
}

export interface SessionState {
  turns: number;
  /** Seconds until the session expires unless used again. */
  expiresInSeconds: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Redis keys of a session. The id a client chose is hashed with its owner, so the same id of two
 * callers names two sessions, and one caller can neither read nor end another's.
 */
export function sessionKeys(n: QueueNames, owner: SessionOwner, sessionId: string) {
  const digest = sha256(`tenant=${owner.tenant}\nuser=${owner.user_id}\nsession=${sessionId}`);
  const base = `${n.prefix}:${n.queue}:session:${digest}`;
  return { meta: base, turns: `${base}:turns` };
}

/** Empties a session that exists (its meta hash) and keeps it alive; -1 when there is none. */
const CLEAR = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
redis.call('DEL', KEYS[2])
redis.call('HSET', KEYS[1], 'used_at', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 0`;

/**
 * Chat sessions in Redis, shared by every API replica and worker: a hash with the session's
 * dates and a list of its last `maxTurns` answered turns, both expiring `ttlSeconds` after the
 * session was last used. The API opens sessions, clears and deletes them; the worker reads the
 * turns before answering (follow-ups) and appends the answered turn after. This is the only
 * source of a follow-up's context, for chat and for questions with a `session_id` alike.
 */
export class ChatSessionStore {
  constructor(
    private readonly redis: RedisClient,
    private readonly names: QueueNames,
    private readonly settings: ChatSessionSettings,
  ) {}

  get ttlSeconds(): number {
    return this.settings.ttlSeconds;
  }

  keys(owner: SessionOwner, sessionId: string) {
    return sessionKeys(this.names, owner, sessionId);
  }

  /** Starts the caller's session under this id, or touches it (its expiry moves on); `created` says which. */
  async open(owner: SessionOwner, sessionId: string): Promise<{ created: boolean }> {
    const k = this.keys(owner, sessionId);
    const now = new Date().toISOString();
    const res = await this.redis
      .multi()
      .hsetnx(k.meta, 'created_at', now)
      .hset(k.meta, 'used_at', now)
      .expire(k.meta, this.settings.ttlSeconds)
      .expire(k.turns, this.settings.ttlSeconds)
      .exec();
    const created = res?.[0]?.[1];
    if (res === null || res.some(([err]) => err)) throw new Error(`could not open chat session ${sessionId}`);
    return { created: created === 1 };
  }

  /** The session's turns, oldest first ([] when there is no such session). Unreadable entries are skipped. */
  async turns(owner: SessionOwner, sessionId: string): Promise<ChatTurn[]> {
    const raw = await this.redis.lrange(this.keys(owner, sessionId).turns, 0, -1);
    const out: ChatTurn[] = [];
    for (const text of raw) {
      try {
        const parsed = chatTurnSchema.safeParse(JSON.parse(text));
        if (parsed.success) out.push(parsed.data);
      } catch {
        // not JSON: skipped
      }
    }
    return out;
  }

  /** Adds an answered turn (starting the session if it expired meanwhile), keeps the last maxTurns, and renews both expiries. */
  async append(owner: SessionOwner, sessionId: string, turn: ChatTurn): Promise<void> {
    const k = this.keys(owner, sessionId);
    const res = await this.redis
      .multi()
      .hsetnx(k.meta, 'created_at', turn.at)
      .hset(k.meta, 'used_at', turn.at)
      .rpush(k.turns, JSON.stringify(turn))
      .ltrim(k.turns, -this.settings.maxTurns, -1)
      .expire(k.meta, this.settings.ttlSeconds)
      .expire(k.turns, this.settings.ttlSeconds)
      .exec();
    if (res === null || res.some(([err]) => err)) throw new Error(`could not record a turn of ${sessionId}`);
  }

  /** Forgets the session's turns but keeps the session (and renews it); null when the caller has no such session. */
  async clear(owner: SessionOwner, sessionId: string): Promise<SessionState | null> {
    const k = this.keys(owner, sessionId);
    const cleared = await this.redis.eval(
      CLEAR,
      2,
      k.meta,
      k.turns,
      new Date().toISOString(),
      String(this.settings.ttlSeconds),
    );
    if (cleared === -1) return null;
    return { turns: 0, expiresInSeconds: this.settings.ttlSeconds };
  }

  /** Ends the session and its turns; false when the caller had no such session. */
  async delete(owner: SessionOwner, sessionId: string): Promise<boolean> {
    const k = this.keys(owner, sessionId);
    return (await this.redis.del(k.meta, k.turns)) > 0;
  }
}
