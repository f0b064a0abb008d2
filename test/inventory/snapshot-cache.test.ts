// What the inventory tools remember between calls: any write to the inventory (an import, or SQL on any table they
// read) shows in the next answer, and no caller can change what later calls are given.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { importInventory } from '../../tools/inventory/import/import-inventory';
import { loadEvaluatedPositions } from '../../tools/inventory/positions';
import { invokeTool } from '../../tools/invoke';
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
