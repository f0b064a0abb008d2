// What the inventory tools remember between calls: any write to the inventory (an import, or SQL on any table they
// read) shows in the next answer, no caller can change what later calls are given, and two writers on Postgres
// queue on the version counter instead of deadlocking.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate';
import { openPgDb } from '../../server/db/pg-db';
import type { AppDeps } from '../../server/deps';
import { importInventory } from '../../tools/inventory/import/import-inventory';
import { BULK_SALES_ROWS } from '../../tools/inventory/import/write';
import { loadEvaluatedPositions } from '../../tools/inventory/positions';
import { invokeTool } from '../../tools/invoke';
import { createTestDatabase, testEngine } from '../helpers/test-db';
import { createTestDeps } from '../helpers/test-deps';
import { FIXTURE_AS_OF, fixtureFiles } from './fixture';

let deps: AppDeps;

beforeAll(async () => {
  deps = await createTestDeps({ now: new Date(`${FIXTURE_AS_OF}T15:30:00Z`) });
  await importInventory(deps.db, fixtureFiles());
});
afterAll(() => deps.db.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function row(tool: string, sku: string, warehouse: string): Promise<any> {
  const result = await invokeTool(
    deps.registry,
    deps,
    tool,
    { skus: [sku], limit: 1000 },
    {
      surface: 'cli',
    },
  );
  if (!result.ok) throw result.error;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (result.output as any).rows.find((r: any) => r.warehouse === warehouse);
}

describe('inventory answers after a write', () => {
  it('an import after a call shows in the next call', async () => {
    expect((await row('inventory_status', 'A-100', 'FBA-DE')).on_hand).toBe(60);
    expect((await row('inventory_status', 'A-100', 'FBA-DE')).on_hand).toBe(60);
    await importInventory(deps.db, {
      'stock.csv': 'sku,warehouse,on_hand,reserved\nA-100,FBA-DE,75,4\n',
    });
    expect((await row('inventory_status', 'A-100', 'FBA-DE')).on_hand).toBe(75);

    const before = await row('demand_forecast', 'A-100', 'FBA-DE');
    await importInventory(deps.db, {
      'sales.csv': 'date,sku,warehouse,units\n2025-02-28,A-100,FBA-DE,280\n',
    });
    const after = await row('demand_forecast', 'A-100', 'FBA-DE');
    expect(after.trailing_daily).toBeGreaterThan(before.trailing_daily);
    expect(after.forecast_units).toBeGreaterThan(before.forecast_units);
  });

  it.each([
    ['products', `UPDATE products SET unit_cost = 3 WHERE sku = 'A-100'`, 'stock_value'],
    ['warehouses', `UPDATE warehouses SET market = 'AT' WHERE code = 'FBA-DE'`, 'market'],
    ['stock', `UPDATE stock SET reserved = 10 WHERE sku = 'A-100'`, 'available'],
    ['inbound_shipments', `DELETE FROM inbound_shipments WHERE sku = 'A-100'`, 'inbound'],
    ['sales_series', 'TRUNCATE sales_series', 'avg_daily_sales'],
  ])('a write to %s shows in the next inventory_status', async (_table, sql, field) => {
    const before = await row('inventory_status', 'A-100', 'FBA-DE');
    await deps.db.query(sql);
    expect((await row('inventory_status', 'A-100', 'FBA-DE'))[field]).not.toEqual(before[field]);
  });

  it('a write to daily_sales shows in the next slow_movers', async () => {
    const before = await row('slow_movers', 'C-300', 'FBA-DE');
    expect(before.last_sale_date).not.toBeNull();
    await deps.db.query(`DELETE FROM daily_sales WHERE sku = 'C-300'`);
    expect((await row('slow_movers', 'C-300', 'FBA-DE')).last_sale_date).toBeNull();
  });
});

describe('remembered positions', () => {
  it('cannot be changed by one caller for the next', async () => {
    const filter = {
      asOf: FIXTURE_AS_OF,
      windowDays: 28,
      skus: null,
      warehouses: null,
      markets: null,
    };
    const first = await loadEvaluatedPositions(deps.db, filter);
    const onHand = first[0].on_hand;
    expect(() => {
      (first[0] as { on_hand: number }).on_hand = onHand + 1;
    }).toThrow(TypeError);
    expect((await loadEvaluatedPositions(deps.db, filter))[0].on_hand).toBe(onHand);
  });
});

describe.skipIf(testEngine !== 'postgres')(
  'two writers on one Postgres (the postgres project only: PGlite has one connection)',
  () => {
    it('queue on the inventory version instead of deadlocking', async () => {
      const database = await createTestDatabase();
      const db = openPgDb(database.url);
      const [first, second] = [0, 1].map(() => new pg.Client({ connectionString: database.url }));
      try {
        await migrate(db);
        await importInventory(db, fixtureFiles());
        await Promise.all([first.connect(), second.connect()]);
        const secondPid = (await second.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
        await first.query('BEGIN');
        await first.query(`UPDATE products SET title = title WHERE sku = 'A-100'`);
        await second.query('BEGIN');
        const secondWrite = second.query(
          `UPDATE stock SET reserved = reserved + 1 WHERE sku = 'A-100'`,
        );
        const waiting = async () =>
          (
            await first.query('SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1', [
              secondPid,
            ])
          ).rows[0]?.wait_event_type === 'Lock';
        while (!(await waiting())) await new Promise((r) => setTimeout(r, 20));
        // The second writer waits for the first; the first now writes the rows the second is after.
        await first.query(`UPDATE stock SET reserved = reserved + 1 WHERE sku = 'A-100'`);
        await first.query('COMMIT');
        await secondWrite;
        await second.query('COMMIT');
        const { rows } = await db.query<{ reserved: number }>(
          `SELECT reserved FROM stock WHERE sku = 'A-100' AND warehouse = 'FBA-DE'`,
        );
        expect(rows).toEqual([{ reserved: 4 + 2 }]);
      } finally {
        await Promise.all([first.end(), second.end()]);
        await db.close();
        await database.drop();
      }
    });

    it('an import waits for the version lock before it locks any table (no deadlock with a bulk sales import)', async () => {
      const database = await createTestDatabase();
      const db = openPgDb(database.url);
      const holder = new pg.Client({ connectionString: database.url });
      try {
        await migrate(db);
        await importInventory(db, fixtureFiles());
        await holder.connect();
        // Another writer holds the version row (as an import does from its first write to its commit).
        await holder.query('BEGIN');
        await holder.query('SELECT version FROM inventory_version FOR UPDATE');
        // A sales-only import of BULK_SALES_ROWS rows drops daily_sales' constraints first (an exclusive table lock).
        const days = Array.from({ length: BULK_SALES_ROWS }, (_, i) =>
          new Date(Date.UTC(1995, 0, 1 + i)).toISOString().slice(0, 10),
        );
        const bulk = importInventory(db, {
          'sales.csv': `date,sku,warehouse,units\n${days.map((d) => `${d},A-100,FBA-DE,1`).join('\n')}\n`,
        });
        // Polled from the pool, outside a transaction (inside one, pg_stat_activity is a snapshot that never changes).
        const holderPid = (await holder.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
        const waitingImports = async () =>
          (
            await db.query<{ n: number }>(
              `SELECT count(*)::int AS n FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
              [holderPid],
            )
          ).rows[0].n;
        while ((await waitingImports()) === 0) await new Promise((r) => setTimeout(r, 20));
        // It waits on the version row holding no lock on daily_sales, so a writer that has the version row and then
        // needs daily_sales can go on.
        const held = await holder.query(
          `SELECT l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
         WHERE c.relname = 'daily_sales' AND l.granted AND l.pid <> pg_backend_pid()`,
        );
        expect(held.rows).toEqual([]);
        await holder.query(`UPDATE stock SET reserved = reserved + 1 WHERE sku = 'A-100'`);
        await holder.query(
          `INSERT INTO daily_sales (date, sku, warehouse, units) VALUES ('1994-12-31', 'A-100', 'FBA-DE', 1)`,
        );
        await holder.query('COMMIT');
        expect((await bulk).counts.sales).toBe(BULK_SALES_ROWS);
      } finally {
        await holder.end();
        await db.close();
        await database.drop();
      }
    });
  },
);
