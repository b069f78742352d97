import type { BanRecord, ViolationKind, ViolationRecord } from '@pa/contracts';
import type { Cluster, Redis } from 'ioredis';

/** How violations turn into bans (ABUSE_* in packages/config). */
export interface AbusePolicy {
  /** Sliding window violations are counted in. */
  windowSeconds: number;
  /** Violations within the window that bring a ban; 0 records and warns but never bans. */
  threshold: number;
  banSeconds: number;
}

/** The ban rule from configuration (ABUSE_* in packages/config), the same in the API and the worker. */
export const abusePolicy = (config: {
  ABUSE_WINDOW_SECONDS: number;
  ABUSE_BAN_THRESHOLD: number;
  ABUSE_BAN_SECONDS: number;
}): AbusePolicy => ({
  windowSeconds: config.ABUSE_WINDOW_SECONDS,
  threshold: config.ABUSE_BAN_THRESHOLD,
  banSeconds: config.ABUSE_BAN_SECONDS,
});

/** Whose violations they are: bans are per user within a tenant (`${tenant}:${user_id}`). */
export interface Offender {
  tenant: string;
  user_id: string;
}

export interface ViolationInput {
  /** One question counts once, however many signals it gives: the job id. */
  id: string;
  offender: Offender;
  kind: ViolationKind;
  category: string;
  question: string;
}

export interface RecordedViolation {
  /** False when this question had already been counted (the API and the worker both saw it). */
  fresh: boolean;
  /** Violations in the window when this one was counted, itself included. */
  violations: number;
  /** The ban this violation brought, if it brought one. */
  bannedUntil: Date | null;
}

export interface ActiveBan {
  until: Date;
  reason: ViolationRecord | null;
}

const LOG_LENGTH = 1_000;
const QUESTION_EXCERPT = 200;

/**
 * One question counted once (its outcome is remembered for the window), pruned
 * and counted in the offender's sorted set, logged for admins, and a ban set
 * when the count reaches the threshold. The ban takes the strikes with it: the
 * window starts empty when it ends or is lifted.
 */
const RECORD = `
local seen = redis.call('GET', KEYS[5])
if seen then return {0, seen} end
local now = tonumber(ARGV[1])
local windowMs = tonumber(ARGV[2])
local threshold = tonumber(ARGV[3])
local banMs = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - windowMs)
redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], windowMs)
redis.call('LPUSH', KEYS[4], ARGV[6])
redis.call('LTRIM', KEYS[4], 0, tonumber(ARGV[8]) - 1)
local count = redis.call('ZCARD', KEYS[1])
local untilMs = false
if threshold > 0 and count >= threshold and redis.call('EXISTS', KEYS[2]) == 0 then
  untilMs = now + banMs
  redis.call('SET', KEYS[2], cjson.encode({until_ms = untilMs, reason = cjson.decode(ARGV[6])}), 'PX', banMs)
  redis.call('ZADD', KEYS[3], untilMs, ARGV[7])
  redis.call('DEL', KEYS[1])
end
local outcome = cjson.encode({violations = count, banned_until_ms = untilMs})
redis.call('SET', KEYS[5], outcome, 'PX', windowMs)
return {1, outcome}
`;

/**
 * Violations and bans in Redis, shared by every API replica and worker. Keys live
 * under the deployment's queue prefix: `<prefix>:abuse:…`.
 */
export class ViolationLedger {
  constructor(
    private readonly redis: Redis | Cluster,
    private readonly prefix: string,
    readonly policy: AbusePolicy,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private key(...parts: string[]): string {
    return [this.prefix, 'abuse', ...parts].join(':');
  }

  private static scope(o: Offender): string {
    return `${o.tenant}:${o.user_id}`;
  }

  /** Counts a violation (once per id) and bans the offender when it reaches the threshold. */
  async record(input: ViolationInput): Promise<RecordedViolation> {
    const scope = ViolationLedger.scope(input.offender);
    const at = this.now();
    const entry: ViolationRecord = {
      id: input.id,
      tenant: input.offender.tenant,
      user_id: input.offender.user_id,
      kind: input.kind,
      category: input.category,
      question: input.question.slice(0, QUESTION_EXCERPT),
      at: at.toISOString(),
    };
    const reply = (await this.redis.eval(
      RECORD,
      5,
      this.key('window', scope),
      this.key('ban', scope),
      this.key('bans'),
      this.key('log'),
      this.key('seen', input.id),
      String(at.getTime()),
      String(this.policy.windowSeconds * 1000),
      String(this.policy.threshold),
      String(this.policy.banSeconds * 1000),
      input.id,
      JSON.stringify(entry),
      scope,
      String(LOG_LENGTH),
    )) as [number, string];
    const outcome = JSON.parse(reply[1]) as { violations: number; banned_until_ms: number | false };
    return {
      fresh: reply[0] === 1,
      violations: outcome.violations,
      bannedUntil: outcome.banned_until_ms ? new Date(outcome.banned_until_ms) : null,
    };
  }

  /** The offender's ban, while it lasts. */
  async activeBan(offender: Offender): Promise<ActiveBan | null> {
    const raw = await this.redis.get(this.key('ban', ViolationLedger.scope(offender)));
    return raw ? this.parseBan(raw) : null;
  }

  private parseBan(raw: string): ActiveBan | null {
    const ban = JSON.parse(raw) as { until_ms: number; reason?: ViolationRecord };
    const until = new Date(ban.until_ms);
    return until > this.now() ? { until, reason: ban.reason ?? null } : null;
  }

  /** Every ban still running, soonest end first. */
  async activeBans(): Promise<BanRecord[]> {
    const index = this.key('bans');
    await this.redis.zremrangebyscore(index, '-inf', this.now().getTime());
    const scopes = await this.redis.zrange(index, 0, LOG_LENGTH - 1);
    if (scopes.length === 0) return [];
    const raws = await this.redis.mget(...scopes.map((s) => this.key('ban', s)));
    return scopes.flatMap((scope, i) => {
      const ban = raws[i] ? this.parseBan(raws[i]) : null;
      if (!ban) return [];
      const cut = scope.indexOf(':');
      return [
        {
          tenant: scope.slice(0, cut),
          user_id: scope.slice(cut + 1),
          banned_until: ban.until.toISOString(),
          reason: ban.reason,
        },
      ];
    });
  }

  /** The latest violations, newest first (at most the last 1 000 are kept). */
  async recentViolations(limit: number): Promise<ViolationRecord[]> {
    const raws = await this.redis.lrange(this.key('log'), 0, Math.max(0, limit - 1));
    return raws.map((raw) => JSON.parse(raw) as ViolationRecord);
  }

  /** Ends the offender's ban and clears their strikes; false when there was no ban. */
  async liftBan(offender: Offender): Promise<boolean> {
    const scope = ViolationLedger.scope(offender);
    const [[, removed]] = (await this.redis
      .multi()
      .del(this.key('ban', scope))
      .zrem(this.key('bans'), scope)
      .del(this.key('window', scope))
      .exec()) as [[Error | null, number]];
    return removed === 1;
  }
}
