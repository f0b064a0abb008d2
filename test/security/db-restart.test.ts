// Fault: the Postgres server goes away mid-run (pg over the wire): requests fail with 503, later ones succeed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openPgDb } from '../../server/db/pg-db';
import type { AppDeps } from '../../server/deps';
import { createTestDeps } from '../helpers/test-deps';
import { sampleTool } from '../helpers/sample-tool';
import { startWirePostgres, type WirePostgres } from '../helpers/wire-postgres';

let wire: WirePostgres;
let deps: AppDeps;

beforeAll(async () => {
  wire = await startWirePostgres();
  deps = await createTestDeps({
    db: openPgDb(wire.url, { connectionTimeoutMillis: 1000 }),
    tools: [sampleTool],
  });
});
afterAll(async () => {
  await deps.db.close();
  await wire.close();
});

const call = (app: ReturnType<typeof createApp>) =>
  app.request('/api/tools/sample_sum', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ numbers: [1, 1] }),
  });

describe('database restart', () => {
  it('answers 503 while the server is down and recovers when it is back, with nothing half-written', async () => {
    const app = createApp(deps);
    expect((await call(app)).status).toBe(200);
    const before = await deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tool_calls');

    await wire.stop();
    const down = await call(app);
    expect(down.status).toBe(503);
    const body = await down.json();
    expect(body.error.code).toBe('unavailable');
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    expect((await app.request('/health')).status).toBe(503);

    await wire.start();
    let recovered = 0;
    for (let i = 0; i < 20 && recovered !== 200; i++) recovered = (await call(app)).status;
    expect(recovered).toBe(200);
    const after = await deps.db.query<{ n: number; bad: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE tool IS NULL OR duration_ms IS NULL)::int AS bad FROM tool_calls`,
    );
    expect(after.rows[0].n).toBeGreaterThan(before.rows[0].n);
    expect(after.rows[0].bad).toBe(0);
  });
});
