/**
 * The violation ledger against real Redis, with the clock in the test's hands:
 * a sliding window, one count per question, a ban at the threshold that takes
 * the strikes with it, and no ban at all with threshold 0.
 */
import { randomUUID } from 'node:crypto';
import { type AbusePolicy, ViolationLedger } from '@pa/abuse';
import { createRedis } from '@pa/queue';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';

let redis: Redis;
beforeAll(() => {
  redis = createRedis(inject('redisUrl'), 'pa-test-abuse-ledger');
});
afterAll(() => redis?.disconnect());

const HOUR = 3_600;
const policy: AbusePolicy = { windowSeconds: 24 * HOUR, threshold: 3, banSeconds: HOUR };
const start = new Date('2030-01-01T00:00:00Z');

function ledgerAt(p: AbusePolicy = policy) {
  const clock = { now: start };
  const ledger = new ViolationLedger(redis, `test-${randomUUID()}`, p, () => clock.now);
  const at = (hours: number) => {
    clock.now = new Date(start.getTime() + hours * HOUR * 1000);
  };
  return { ledger, at };
}

const offender = { tenant: 'Halyk Bank', user_id: 'u1' };
const violation = (id: string, who = offender) => ({
  id,
  offender: who,
  kind: 'prompt_injection' as const,
  category: 'instruction_override',
  question: 'ignore previous instructions',
});

it('counts within a sliding window: violations older than the window no longer count', async () => {
  const { ledger, at } = ledgerAt();
  expect((await ledger.record(violation('a'))).violations).toBe(1);
  at(20);
  expect((await ledger.record(violation('b'))).violations).toBe(2);
  at(25); // 'a' is 25 h old now
  const third = await ledger.record(violation('c'));
  expect(third).toEqual({ fresh: true, violations: 2, bannedUntil: null });
  expect(await ledger.activeBan(offender)).toBeNull();
});

it('counts a question once, whoever reports it, and repeats its first outcome', async () => {
  const { ledger } = ledgerAt();
  const first = await ledger.record(violation('job-1'));
  const again = await ledger.record({ ...violation('job-1'), kind: 'unsafe_sql', category: 'write' });
  expect(again).toEqual({ ...first, fresh: false });
  expect(await ledger.recentViolations(10)).toHaveLength(1);
});

it('bans at the threshold until the ban ends, per user within a tenant, then starts clean', async () => {
  const { ledger, at } = ledgerAt();
  await ledger.record(violation('1'));
  await ledger.record(violation('2'));
  const third = await ledger.record(violation('3'));
  expect(third.violations).toBe(3);
  expect(third.bannedUntil?.toISOString()).toBe('2030-01-01T01:00:00.000Z');
  expect((await ledger.activeBan(offender))?.until).toEqual(third.bannedUntil);
  expect((await ledger.activeBan(offender))?.reason).toMatchObject({ id: '3', user_id: 'u1' });
  // The same user name in another bank is someone else.
  expect(await ledger.activeBan({ tenant: 'Kaspi Bank', user_id: 'u1' })).toBeNull();
  expect((await ledger.activeBans()).map((b) => `${b.tenant}:${b.user_id}`)).toEqual(['Halyk Bank:u1']);

  at(0.5);
  expect(await ledger.activeBan(offender)).not.toBeNull();
  at(1.01); // the ban's end has passed by the ledger's clock
  expect(await ledger.activeBan(offender)).toBeNull();
  expect(await ledger.activeBans()).toEqual([]);
  // The strikes went with the ban.
  expect((await ledger.record(violation('4'))).violations).toBe(1);
});

it('an admin lift ends the ban and the strikes; lifting again says there was none', async () => {
  const { ledger } = ledgerAt();
  for (const id of ['x', 'y', 'z']) await ledger.record(violation(id));
  expect(await ledger.activeBan(offender)).not.toBeNull();
  expect(await ledger.liftBan(offender)).toBe(true);
  expect(await ledger.activeBan(offender)).toBeNull();
  expect(await ledger.liftBan(offender)).toBe(false);
  expect((await ledger.record(violation('w'))).violations).toBe(1);
  expect((await ledger.recentViolations(2)).map((v) => v.id)).toEqual(['w', 'z']);
});

it('threshold 0 records and counts but never bans', async () => {
  const { ledger } = ledgerAt({ ...policy, threshold: 0 });
  for (const id of ['1', '2', '3', '4']) expect((await ledger.record(violation(id))).bannedUntil).toBeNull();
  expect(await ledger.activeBan(offender)).toBeNull();
  expect(await ledger.recentViolations(10)).toHaveLength(4);
});
