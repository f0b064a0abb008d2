// Access control: every route has a policy, admin keys guard admin routes, limits answer 429, headers are secure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { assertSafeBind } from '../../server/entry/node';
import { buildKeyRing, matchKey, parsePublicKeys } from '../../server/security/keys';
import { policyFor } from '../../server/security/policies';
import { bindingLimiter, createRateLimiter } from '../../server/security/rate-limit';
import { capturingLogger, createTestDeps, testConfig } from '../helpers/test-deps';
import { configuredSecrets } from '../../core/config';
import { createLogger } from '../../core/log';
import { sampleTool } from '../helpers/sample-tool';

const ADMIN_KEY = 'admin-secret-key-0123456789';
let deps: AppDeps;
let logs: string[];

beforeAll(async () => {
  const captured = capturingLogger([ADMIN_KEY]);
  logs = captured.lines;
  deps = await createTestDeps({ log: captured.log, env: { TRADEPILOT_API_KEYS: ADMIN_KEY } });
});
afterAll(() => deps.db.close());

describe('route policies', () => {
  it('gives every route of the app an explicit policy', async () => {
    const app = createApp(deps);
    const paths = [...new Set(app.routes.map((r) => r.path))].filter(
      (p) => p !== '/*' && p !== '*',
    );
    expect(paths.length).toBeGreaterThan(2);
    const missing = paths.filter((p) => !policyFor(p));
    expect(missing).toEqual([]);
  });

  it('denies paths outside the policy table', async () => {
    const app = createApp(deps);
    const res = await app.request('/internal/debug');
    expect(res.status).toBe(403);
  });
});

describe('admin keys', () => {
  it('requires a bearer admin key on admin routes and records the key id, never the key', async () => {
    const keys = await buildKeyRing([ADMIN_KEY], undefined);
    const app = createApp({ ...deps, registry: deps.registry }, { keys });
    expect((await app.request('/api/tools')).status).toBe(401);
    const wrong = await app.request('/api/tools', { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('unauthorized');
    const ok = await app.request('/api/tools', {
      headers: { authorization: `Bearer ${ADMIN_KEY}` },
    });
    expect(ok.status).toBe(200);
    expect((await app.request('/health')).status).toBe(200);
    expect(logs.join('\n')).not.toContain(ADMIN_KEY);
  });

  it('keeps only hashes and matches in constant time', async () => {
    const ring = await buildKeyRing(
      [ADMIN_KEY, 'second-key-abcdef'],
      'pk_live=https://shop.example.com,https://b.example',
    );
    expect(JSON.stringify(ring)).not.toContain(ADMIN_KEY);
    expect((await matchKey(ring.admin, 'second-key-abcdef'))?.id).toMatch(/^admin_[0-9a-f]{10}$/);
    expect(await matchKey(ring.admin, 'second-key-abcdeX')).toBeNull();
    expect(ring.widget[0].origins).toEqual(['https://shop.example.com', 'https://b.example']);
    expect(parsePublicKeys('a=https://x.test;b=https://y.test,https://z.test')).toHaveLength(2);
  });

  it('refuses to listen beyond loopback without keys, and says why', () => {
    expect(() => assertSafeBind(testConfig({ HOST: '0.0.0.0' }))).toThrow(/without API keys/);
    expect(() => assertSafeBind(testConfig({ HOST: '127.0.0.1' }))).not.toThrow();
    expect(() =>
      assertSafeBind(testConfig({ HOST: '0.0.0.0', TRADEPILOT_API_KEYS: ADMIN_KEY })),
    ).not.toThrow();
  });
});

describe('rate limits and headers', () => {
  it('answers 429 with Retry-After once a bucket is empty, then recovers', async () => {
    let clock = 0;
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, now: () => clock });
    expect(limiter.take('k').ok).toBe(true);
    expect(limiter.take('k').ok).toBe(true);
    const denied = limiter.take('k');
    expect(denied).toEqual({ ok: false, retryAfter: 1 });
    expect(limiter.take('other').ok).toBe(true);
    clock += 1000;
    expect(limiter.take('k').ok).toBe(true);

    const app = createApp(
      { ...deps, config: testConfig({ RATE_LIMIT_RPS_PER_IP: '0.2' }) },
      { clientIp: () => '203.0.113.9' },
    );
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.request('/health')).status);
    expect(statuses).toEqual([200, 429, 429]);
    const res = await app.request('/health');
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await res.json()).error.code).toBe('rate_limited');
  });

  it('takes the client IP from the proxy only with TRUST_PROXY (the last X-Forwarded-For hop)', async () => {
    const floodFrom = async (trustProxy: string) => {
      const app = createApp(
        { ...deps, config: testConfig({ RATE_LIMIT_RPS_PER_IP: '0.2', TRUST_PROXY: trustProxy }) },
        { clientIp: () => '127.0.0.1' },
      );
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (
            await app.request('/health', {
              headers: { 'X-Forwarded-For': `198.51.100.${i}, 203.0.113.${i}` },
            })
          ).status,
        );
      return statuses;
    };
    // Off: every request is the proxy's (socket) address, so the forged header does not open new buckets.
    expect(await floodFrom('0')).toEqual([200, 429, 429]);
    // On: each request names another client (the hop the proxy appended), each with its own bucket.
    expect(await floodFrom('1')).toEqual([200, 200, 200]);
  });

  it('uses a platform rate-limiting binding for the per-IP limit when one is given', async () => {
    const keysSeen: string[] = [];
    const binding = {
      limit: async ({ key }: { key: string }) => {
        keysSeen.push(key);
        return { success: keysSeen.length <= 2 };
      },
    };
    const app = createApp(deps, {
      clientIp: () => '192.0.2.4',
      perIpLimiter: bindingLimiter(binding, 10),
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.request('/health')).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect(keysSeen).toEqual(['192.0.2.4', '192.0.2.4', '192.0.2.4']);
    expect((await app.request('/health')).headers.get('retry-after')).toBe('10');
  });

  it('sends secure headers', async () => {
    const res = await createApp(deps).request('/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('strict-transport-security')).toBeTruthy();
  });
});

describe('secrets in logs', () => {
  it('redacts the DATABASE_URL password, as written and decoded', () => {
    const config = testConfig({ DATABASE_URL: 'postgres://app:p%40ss-w0rd@db.internal:5432/tp' });
    const lines: string[] = [];
    const log = createLogger({ secrets: configuredSecrets(config), write: (l) => lines.push(l) });
    log.error('connect failed', { url: config.DATABASE_URL, err: new Error('auth p@ss-w0rd') });
    expect(lines.join('\n')).not.toMatch(/p%40ss-w0rd|p@ss-w0rd/);
    expect(lines.join('\n')).toContain('postgres://app:[redacted]@db.internal');
  });
});

describe('tool calls through keys', () => {
  it('audits the admin key id as the principal', async () => {
    const keys = await buildKeyRing([ADMIN_KEY], undefined);
    const withSample = {
      ...deps,
      registry: (await import('../../tools/registry')).createRegistry([sampleTool]),
    };
    const app = createApp(withSample, { keys });
    const res = await app.request('/api/tools/sample_sum', {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ numbers: [1] }),
    });
    expect(res.status).toBe(200);
    const { rows } = await deps.db.query<{ principal: string }>(
      `SELECT principal FROM tool_calls WHERE tool = 'sample_sum' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0].principal).toMatch(/^admin_/);
  });
});

describe('chat on a public server', () => {
  it('needs a widget key or an admin key once admin keys are set', async () => {
    const keys = await buildKeyRing([ADMIN_KEY], undefined);
    const app = createApp(deps, { keys });
    const chat = (headers: Record<string, string>) =>
      app.request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ message: 'help' }),
      });
    const anonymous = await chat({});
    expect(anonymous.status).toBe(403);
    expect((await anonymous.json()).error.message).toMatch(/TRADEPILOT_PUBLIC_KEYS/);
    expect((await chat({ 'sec-fetch-site': 'same-origin' })).status).toBe(403);
    const admin = await chat({ authorization: `Bearer ${ADMIN_KEY}` });
    expect(admin.status).toBe(200);
    expect(await admin.text()).toContain('event: done');
  });
});
