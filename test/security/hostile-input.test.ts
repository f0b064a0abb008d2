// Hostile input through every tool and route: injection strings, control characters, emoji, mixed scripts and
// very long strings give 200 or 400, never 500, and change no data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { toolJsonSchemas } from '../../tools/define-tool';
import { allTools } from '../../tools/index';
import { createTestDeps } from '../helpers/test-deps';
import { HOSTILE_STRINGS, sampleFromSchema } from '../helpers/schema-sample';

let deps: AppDeps;
let app: ReturnType<typeof createApp>;

async function dataFingerprint(): Promise<Record<string, number>> {
  const { rows } = await deps.db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_name NOT IN ('tool_calls', 'conversations', 'messages', 'slack_events')`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const r = await deps.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${name.replace(/"/g, '')}"`,
    );
    counts[name] = r.rows[0].n;
  }
  return counts;
}

beforeAll(async () => {
  deps = await createTestDeps({ env: { DEMO_DATA: '1' } });
  const { bootstrap } = await import('../../server/bootstrap');
  await bootstrap(deps);
  app = createApp(deps);
}, 300_000);
afterAll(() => deps.db.close());

describe('hostile input', () => {
  it('never answers 500 from a tool, and changes no data', async () => {
    const before = await dataFingerprint();
    const failures: string[] = [];
    for (const tool of allTools.filter((t) => t.annotations.readOnly)) {
      const schema = toolJsonSchemas(tool).input as Parameters<typeof sampleFromSchema>[0];
      for (const text of HOSTILE_STRINGS) {
        const res = await app.request(`/api/tools/${tool.name}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(sampleFromSchema(schema, text)),
        });
        if (![200, 400].includes(res.status))
          failures.push(`${tool.name} ${res.status} ${text.slice(0, 30)}`);
        const body = await res.text();
        if (/\bat [\w.]+ \(|SELECT |syntax error/.test(body))
          failures.push(`${tool.name} leaked internals`);
      }
    }
    expect(failures).toEqual([]);
    expect(await dataFingerprint()).toEqual(before);
  }, 300_000);

  it('never answers 500 on any route', async () => {
    const failures: string[] = [];
    const routes = app.routes.filter(
      (r) => r.path !== '/*' && r.path !== '*' && r.method !== 'ALL',
    );
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, encodeURIComponent(HOSTILE_STRINGS[0]));
      for (const text of HOSTILE_STRINGS.slice(0, 6)) {
        const res = await app.request(path, {
          method: route.method,
          headers: { 'content-type': 'application/json' },
          body:
            route.method === 'GET' ? undefined : JSON.stringify({ message: text, question: text }),
        });
        await res.text();
        if (res.status >= 500 && res.status !== 503)
          failures.push(`${route.method} ${route.path} ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
