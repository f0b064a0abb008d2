// sales_series (the packed daily and weekly units the inventory tools read) stays in step with every import, and
// the migration's backfill packs exactly as the importer does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../server/deps';
import salesSeriesMigration from '../../../server/db/migrations/022-sales-series';
import { addDays } from '../../../tools/inventory/dates';
import { inventoryToCsv } from '../../../tools/inventory/demo/to-csv';
import { importInventory } from '../../../tools/inventory/import/import-inventory';
import { packSales } from '../../../tools/inventory/import/sales-series';
import type { SaleRecord } from '../../../tools/inventory/types';
import { invokeTool } from '../../../tools/invoke';
import { createTestDeps } from '../../helpers/test-deps';
import { FORECAST_AS_OF, FORECAST_FIXTURE, fixtureFiles } from '../forecast-fixture';

let deps: AppDeps;

beforeAll(async () => {
  deps = await createTestDeps({ now: new Date(`${FORECAST_AS_OF}T09:00:00Z`) });
  await importInventory(deps.db, fixtureFiles(FORECAST_FIXTURE));
});
afterAll(() => deps.db.close());

async function row(tool: string, sku: string) {
  const result = await invokeTool(deps.registry, deps, tool, { skus: [sku] }, { surface: 'cli' });
  if (!result.ok) throw result.error;
  return (result.output as { rows: Array<Record<string, unknown>> }).rows[0];
}

/** Imports sales.csv alone: `units` a day for SEA-1 in FBA-US on the `days` days before as_of. */
function importSales(days: number, units: number) {
  const sales: SaleRecord[] = Array.from({ length: days }, (_, i) => ({
    date: addDays(FORECAST_AS_OF, i - days),
    sku: 'SEA-1',
    warehouse: 'FBA-US',
    units,
  }));
  const files = inventoryToCsv({ products: [], warehouses: [], stock: [], inbound: [], sales });
  return importInventory(deps.db, { 'sales.csv': files['sales.csv'] });
}

const seriesRows = async () =>
  (
    await deps.db.query<{ sku: string; first_day: string; daily: number[]; weekly: number[] }>(
      'SELECT sku, first_day, daily, weekly FROM sales_series ORDER BY sku',
    )
  ).rows;

describe('sales_series', () => {
  it('packs days and weeks from the first sale, zero where nothing sold', () => {
    // Day 10 is a Thursday of week 1 (days 7-13); day 20 falls in week 2.
    expect(
      packSales([
        [20, 1],
        [10, 2],
        [12, 3],
      ]),
    ).toEqual({ firstDay: 10, daily: [2, 0, 3, 0, 0, 0, 0, 0, 0, 0, 1], weekly: [5, 1] });
  });

  it('an import of new sales changes the forecast and the window average at once', async () => {
    const before = await row('demand_forecast', 'SEA-1');
    expect(before).toMatchObject({ level_this_year: 3, trailing_daily: 3 });
    // 3 a day x the seasonal index 2.5633 of this fixture (hand-computed in forecast/seasonal.test.ts) = 7.6898,
    // shown to 2 decimals; x 28 days = 215.31.
    expect(before).toMatchObject({ daily: 7.69, forecast_units: 215.31 });
    expect(await row('inventory_status', 'SEA-1')).toMatchObject({ avg_daily_sales: 3 });
    const reorderBefore = await row('reorder_plan', 'SEA-1');

    await importSales(84, 6); // the last 12 weeks now sold 6 a day
    const after = await row('demand_forecast', 'SEA-1');
    expect(after).toMatchObject({ level_this_year: 6, trend: 3, trailing_daily: 6 }); // trend 6 / 2
    // The level doubled and last year (the seasonal index) did not change: 6 x 2.5633 = 15.380 a day, x 28 = 430.63.
    expect(after).toMatchObject({ daily: 15.38, forecast_units: 430.63 });
    expect(await row('inventory_status', 'SEA-1')).toMatchObject({ avg_daily_sales: 6 });
    const reorder = await row('reorder_plan', 'SEA-1');
    expect(reorder.method).toBe('seasonal');
    // Its own horizon (lead time + cover) has its own index, which the import did not change: the rate doubles.
    expect(reorder.avg_daily_sales as number).toBeCloseTo(
      2 * (reorderBefore.avg_daily_sales as number),
      1,
    );
  });

  it('the migration backfill packs daily_sales exactly as the importer does', async () => {
    const imported = await seriesRows();
    expect(imported.map((r) => r.sku)).toEqual(['FLAT-1', 'GAP-1', 'NEW-1', 'SEA-1']);
    expect(imported.find((r) => r.sku === 'NEW-1')).toMatchObject({
      first_day: addDays(FORECAST_AS_OF, -60),
      daily: Array(60).fill(3),
    });
    await deps.db.transaction(async (tx) => {
      await tx.exec('DELETE FROM sales_series');
      await tx.exec(salesSeriesMigration.sql);
    });
    expect(await seriesRows()).toEqual(imported);
  });
});
