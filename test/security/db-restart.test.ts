// Fault: the Postgres server goes away mid-run (pg over the wire): requests fail with 503, later ones succeed, and
// an inventory import cut off in the middle of its transaction leaves nothing half-written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { openPgDb } from '../../server/db/pg-db';
import type { AppDeps } from '../../server/deps';
import type { Db, Queryable } from '../../core/db';
import { createTestDeps } from '../helpers/test-deps';
import { fixtureFiles } from '../inventory/fixture';
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
  it('answers 503 while the server is down and recovers when it is back', async () => {
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
    const after = await deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM tool_calls');
    expect(after.rows[0].n).toBeGreaterThan(before.rows[0].n);
  });

  it('leaves no half-written import when the server goes away in the middle of its transaction', async () => {
    const counts = async () =>
      (
        await deps.db.query<{ products: number; stock: number; sales: number }>(
          `SELECT (SELECT count(*)::int FROM products) AS products,
                  (SELECT count(*)::int FROM stock) AS stock,
                  (SELECT count(*)::int FROM daily_sales) AS sales`,
        )
      ).rows[0];
    const before = await counts();
    // The server stops once the import has written its products, inside its transaction (fourth statement).
    let statements = 0;
    const cutOff = (tx: Queryable): Queryable => ({
      exec: (sql) => tx.exec(sql),
      query: async (sql, params) => {
        if (++statements === 4) await wire.stop();
        return tx.query(sql, params);
      },
    });
    const db: Db = { ...deps.db, transaction: (fn) => deps.db.transaction((tx) => fn(cutOff(tx))) };
    const app = createApp({ ...deps, db });
    const cut = await app.request('/api/inventory/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files: fixtureFiles() }),
    });
    expect(statements).toBe(4);
    expect(cut.status).toBe(503);

    await wire.start();
    // The pool reconnects on the next query (the first one may still meet the dead socket).
    for (let i = 0; i < 20; i++) if (await counts().catch(() => null)) break;
    expect(await counts()).toEqual(before);
    const retried = await createApp(deps).request('/api/inventory/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files: fixtureFiles() }),
    });
    expect(retried.status).toBe(200);
    expect((await counts()).products).toBeGreaterThan(before.products);
  });
});
