// Widget keys on /api/chat and /api/conversations/*: key + Origin checks, CORS only for allowed origins, rate limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { buildKeyRing, type KeyRing } from '../../server/security/keys';
import { createTestDeps } from '../helpers/test-deps';

let deps: AppDeps;
let keys: KeyRing;
const SHOP = 'https://shop.example.com';
const EVIL = 'https://evil.example';
const UNKNOWN_CONVERSATION = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  deps = await createTestDeps({ env: { RATE_LIMIT_RPS_PER_KEY: '1', RATE_LIMIT_RPS_PER_IP: '3' } });
  keys = await buildKeyRing(
    [],
    `pk_shop=${SHOP},https://www.shop.example.com;pk_blog=https://blog.example.org`,
  );
});
afterAll(async () => {
  await deps.db.close();
});

/** An empty chat body: it passes access control and then fails validation (400), without running a turn. */
function chat(app: ReturnType<typeof createApp>, headers: Record<string, string>) {
  return app.request('/api/chat', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: '{}',
  });
}

function preflight(app: ReturnType<typeof createApp>, origin: string) {
  return app.request('/api/chat', {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type,x-tradepilot-key',
    },
  });
}

describe('with publishable keys configured', () => {
  it('accepts a known key from one of its origins and answers CORS for that origin only', async () => {
    const app = createApp(deps, { keys });
    const res = await chat(app, { Origin: SHOP, 'X-Tradepilot-Key': 'pk_shop' });
    expect(res.status).toBe(400); // past access control, the empty body is the only complaint
    expect(res.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(res.headers.get('vary')).toContain('Origin');

    const history = await app.request(`/api/conversations/${UNKNOWN_CONVERSATION}`, {
      headers: { Origin: 'https://www.shop.example.com', 'X-Tradepilot-Key': 'pk_shop' },
    });
    expect(history.status).toBe(404);
    expect(history.headers.get('access-control-allow-origin')).toBe('https://www.shop.example.com');
  });

  it('refuses a key on a site it is not bound to, an unknown key, a missing key and a missing Origin', async () => {
    const app = createApp(deps, { keys });
    const elsewhere = await chat(app, { Origin: EVIL, 'X-Tradepilot-Key': 'pk_shop' });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();

    const otherKey = await chat(app, { Origin: SHOP, 'X-Tradepilot-Key': 'pk_blog' });
    expect(otherKey.status).toBe(403);
    // The origin is allowed for some key, so the widget may read why it was refused.
    expect(otherKey.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(((await otherKey.json()) as { error: { code: string } }).error.code).toBe('forbidden');

    expect((await chat(app, { Origin: SHOP, 'X-Tradepilot-Key': 'pk_nope' })).status).toBe(403);
    expect((await chat(app, { Origin: SHOP })).status).toBe(403);
    expect((await chat(app, { 'X-Tradepilot-Key': 'pk_shop' })).status).toBe(403);
  });

  it('gives forged same-origin headers nothing: Sec-Fetch-Site, an Origin equal to Host, or none at all', async () => {
    const app = createApp(deps, { keys });
    expect((await chat(app, { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(403);
    expect((await chat(app, { Origin: 'http://localhost', Host: 'localhost' })).status).toBe(403);
    const history = await app.request(`/api/conversations/${UNKNOWN_CONVERSATION}`, {
      headers: { 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(history.status).toBe(403);
  });

  it('answers preflights for allowed origins only', async () => {
    const app = createApp(deps, { keys });
    const ok = await preflight(app, SHOP);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(SHOP);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/X-Tradepilot-Key/i);
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    const denied = await preflight(app, EVIL);
    expect(denied.status).toBe(403);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rate-limits per key with 429 and Retry-After, readable by the allowed site', async () => {
    const app = createApp(deps, { keys });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) {
      last = await chat(app, { Origin: SHOP, 'X-Tradepilot-Key': 'pk_shop' });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]); // 1/s sustained, a burst of 5
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(last!.headers.get('access-control-allow-origin')).toBe(SHOP);
    // Another key has its own budget.
    expect(
      (await chat(app, { Origin: 'https://blog.example.org', 'X-Tradepilot-Key': 'pk_blog' }))
        .status,
    ).toBe(400);
  });
});

describe('without keys (local development)', () => {
  it('allows loopback pages and non-browser clients, and refuses other sites (even one naming itself the host)', async () => {
    const app = createApp(deps);
    expect((await chat(app, {})).status).toBe(400);
    // DNS rebinding: a site resolving to 127.0.0.1 sends its own name as Origin and Host.
    const rebound = await chat(app, {
      Origin: 'http://evil.example:8787',
      Host: 'evil.example:8787',
    });
    expect(rebound.status).toBe(403);
    const local = await chat(app, { Origin: 'http://127.0.0.1:5173' });
    expect(local.status).toBe(400);
    expect(local.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    const evil = await chat(app, { Origin: EVIL });
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight(app, 'http://localhost:3000')).status).toBe(204);
    expect((await preflight(app, EVIL)).status).toBe(403);
  });

  it('shares the per-IP budget with every route (429 with Retry-After)', async () => {
    const app = createApp(deps, { clientIp: () => '203.0.113.7' });
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++)
      statuses.push((await chat(app, { Origin: 'http://localhost:3000' })).status);
    expect(statuses.slice(0, 15).every((s) => s === 400)).toBe(true);
    expect(statuses[15]).toBe(429);
  });
});
