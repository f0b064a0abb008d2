// RATE_LIMIT_STORE=postgres: two app instances on one database share each caller's budget (the default, memory,
// keeps one budget per instance); a caller over the shared budget gets 429 with Retry-After from either instance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../core/db';
import { createApp } from '../../server/app';
import { postgresRateLimiter } from '../../server/security/postgres-rate-limit';
import { openTestDb } from '../helpers/test-db';
import { createTestDeps } from '../helpers/test-deps';

let db: Db;
beforeAll(async () => {
  db = await openTestDb();
});
afterAll(() => db.close());

/** 1 request/s per IP = a burst of 5; one client IP (new per test) calling both instances on one database. */
async function twoInstances(store: 'memory' | 'postgres', clientAddress: string) {
  const deps = await createTestDeps({
    db,
    env: { RATE_LIMIT_STORE: store, RATE_LIMIT_RPS_PER_IP: '1' },
  });
  const clientIp = () => clientAddress;
  return [createApp(deps, { clientIp }), createApp(deps, { clientIp })];
}

async function statuses(apps: ReturnType<typeof createApp>[], requests: number) {
  const out: Response[] = [];
  for (let i = 0; i < requests; i++) out.push(await apps[i % apps.length].request('/health'));
  return out;
}

describe('rate limits across instances', () => {
  it('holds one budget for a caller across two instances with RATE_LIMIT_STORE=postgres', async () => {
    const responses = await statuses(await twoInstances('postgres', '203.0.113.7'), 7);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = responses[5];
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited.json()).error.code).toBe('rate_limited');
  });

  it('keeps a budget per instance by default', async () => {
    const responses = await statuses(await twoInstances('memory', '203.0.113.8'), 10);
    expect(responses.every((r) => r.status === 200)).toBe(true);
  });

  it('refills the shared bucket with time and keeps scopes apart', async () => {
    const limiter = postgresRateLimiter(db, 'ip', { capacity: 2, refillPerSecond: 20 });
    const other = postgresRateLimiter(db, 'key', { capacity: 2, refillPerSecond: 20 });
    expect((await limiter.take('a')).ok).toBe(true);
    expect((await limiter.take('a')).ok).toBe(true);
    const denied = await limiter.take('a');
    expect(denied).toEqual({ ok: false, retryAfter: 1 });
    expect((await other.take('a')).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 120));
    expect((await limiter.take('a')).ok).toBe(true);
  });
});
