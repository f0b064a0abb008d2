// The demo data set: deterministic, realistic in shape, loaded only into an empty inventory and only when enabled;
// marked as demo in answers, replaced by the first own import, removable for good.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { addDays } from '../../tools/inventory/dates';
import { blackFriday, ramadanDay } from '../../tools/inventory/demo/calendar';
import { DEMO_HISTORY_DAYS, generateDemoInventory } from '../../tools/inventory/demo/generate';
import {
  ensureDemoInventory,
  loadDemoInventory,
  removeDemoInventory,
} from '../../tools/inventory/demo/seed';
import { importInventory } from '../../tools/inventory/import/import-inventory';
import { clearInventory } from '../../tools/inventory/import/write';
import { inventoryToCsv } from '../../tools/inventory/demo/to-csv';
import { parseInventoryFile } from '../../tools/inventory/import/csv-files';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps } from '../helpers/test-deps';
import { FIXTURE_AS_OF, fixtureFiles } from './fixture';

const ANCHOR = '2025-06-01';

describe('generateDemoInventory', () => {
  const data = generateDemoInventory(ANCHOR);

  it('is the same for the same anchor date', () => {
    expect(generateDemoInventory(ANCHOR)).toEqual(data);
    expect(generateDemoInventory('2025-06-02').sales[0].date).not.toBe(data.sales[0].date);
  });

  it('has 200 SKUs in 8 warehouses, 18 months of sales before the anchor and inbound after it', () => {
    expect(data.products).toHaveLength(200);
    expect(data.warehouses.map((w) => `${w.code}/${w.market}/${w.type}`)).toEqual([
      'FBA-US/US/fba',
      'FBA-DE/DE/fba',
      'FBA-UK/GB/fba',
      '3PL-FR/FR/3pl',
      'FBA-JP/JP/fba',
      '3PL-AU/AU/3pl',
      'FBA-SA/SA/fba',
      'CN-SZ/CN/domestic',
    ]);
    const dates = data.sales.map((s) => s.date).sort();
    expect(dates[0]).toBe('2023-12-02');
    expect(dates[dates.length - 1]).toBe('2025-05-31');
    // Shipments on the way arrive after the anchor; the received ones (for FBA ageing) fall within the sales history.
    const received = data.inbound.filter((i) => i.reference.startsWith('RCV-'));
    expect(data.inbound.filter((i) => !received.includes(i)).every((i) => i.eta > ANCHOR)).toBe(
      true,
    );
    expect(received.length).toBeGreaterThan(1000);
    expect(
      received.every((i) => i.eta < ANCHOR && i.eta >= addDays(ANCHOR, -DEMO_HISTORY_DAYS)),
    ).toBe(true);
    expect(data.stock.every((s) => s.reserved <= s.on_hand)).toBe(true);
  });

  it('sells more in the Q4 peak and, in Saudi Arabia, during Ramadan', () => {
    const units = (warehouse: string, from: string, to: string) =>
      data.sales
        .filter((s) => s.warehouse === warehouse && s.date >= from && s.date < to)
        .reduce((a, s) => a + s.units, 0);
    expect(units('FBA-US', '2024-11-20', '2024-12-20')).toBeGreaterThan(
      1.3 * units('FBA-US', '2024-09-01', '2024-10-01'),
    );
    expect(ramadanDay('2025-03-10')).toBe(9);
    expect(ramadanDay('2025-05-10')).toBe(-1);
    expect(units('FBA-SA', '2025-03-01', '2025-03-30')).toBeGreaterThan(
      1.3 * units('FBA-SA', '2025-04-15', '2025-05-14'),
    );
    expect(blackFriday(2024)).toBe('2024-11-29');
  });

  it('writes CSV files the importer reads without a problem', () => {
    const files = inventoryToCsv({ ...data, sales: data.sales.slice(0, 1000) });
    for (const [name, text] of Object.entries(files)) {
      const parsed = parseInventoryFile(name as 'sales.csv', text);
      expect(parsed.problems).toEqual([]);
    }
    expect(files['products.csv'].split('\n')[0]).toBe(
      'sku,title,category,unit_cost,currency,lead_time_days,moq,case_pack,unit_volume_cuft,parent_sku',
    );
  });
});

describe('ensureDemoInventory', () => {
  let deps: AppDeps;
  beforeAll(async () => {
    deps = await createTestDeps({ now: new Date(`${ANCHOR}T08:00:00Z`), env: { DEMO_DATA: '1' } });
  });
  afterAll(() => deps.db.close());

  it('does nothing when DEMO_DATA is off', async () => {
    expect(
      await ensureDemoInventory({ ...deps, config: { ...deps.config, DEMO_DATA: false } }),
    ).toBeNull();
    const { rows } = await deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM products');
    expect(rows[0].n).toBe(0);
  });

  it('loads the demo set into an empty inventory once, and says so', async () => {
    expect(await ensureDemoInventory(deps)).toBe(
      'Inventory was empty: loaded the demo data set (200 SKUs, 8 warehouses). Import your own with ' +
        '`npx tradepilot import-inventory <dir>` (it replaces the demo set); DEMO_DATA=0 turns this off.',
    );
    expect(await ensureDemoInventory(deps)).toBeNull();
    // The bulk load dropped and re-created the sales foreign keys and date index.
    const { rows } = await deps.db.query<{ name: string }>(
      `SELECT conname AS name FROM pg_constraint WHERE conrelid = 'daily_sales'::regclass AND contype = 'f'
       UNION ALL SELECT indexname FROM pg_indexes WHERE tablename = 'daily_sales' AND indexname = 'daily_sales_date_idx'
       ORDER BY 1`,
    );
    expect(rows.map((r) => r.name)).toEqual([
      'daily_sales_date_idx',
      'daily_sales_sku_fkey',
      'daily_sales_warehouse_fkey',
    ]);
  }, 180_000);

  it('shows German SKUs at risk on the demo data', async () => {
    const result = await invokeTool(
      deps.registry,
      deps,
      'stockout_risk',
      { markets: ['DE'] },
      { surface: 'cli' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = result.output as {
      counts: Record<string, number>;
      rows: Array<{ warehouse: string; risk: string }>;
    };
    expect(out.counts.critical).toBeGreaterThan(5);
    expect(out.counts.warning).toBeGreaterThan(5);
    expect(out.rows.every((r) => r.warehouse === 'FBA-DE' && r.risk !== 'ok')).toBe(true);
    expect(out.rows[0].risk).toBe('critical');
  });

  it('gives every tool something to say on the demo data', async () => {
    for (const tool of [
      'inventory_status',
      'reorder_plan',
      'transfer_suggestions',
      'slow_movers',
    ]) {
      const result = await invokeTool(deps.registry, deps, tool, {}, { surface: 'cli' });
      expect(result.ok && (result.output as { total: number }).total, tool).toBeGreaterThan(0);
    }
  });
});

describe('demo data apart from the seller’s own', () => {
  let deps: AppDeps;
  beforeAll(async () => {
    deps = await createTestDeps({ now: new Date(`${ANCHOR}T08:00:00Z`), env: { DEMO_DATA: '1' } });
  });
  afterAll(() => deps.db.close());

  const status = async () => {
    const result = await invokeTool(
      deps.registry,
      deps,
      'inventory_status',
      { as_of: FIXTURE_AS_OF },
      { surface: 'cli' },
    );
    if (!result.ok) throw result.error;
    return result.output as { demo_data: boolean; summary: string; total: number };
  };
  const productCount = async () =>
    (await deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM products')).rows[0].n;

  it('says "demo data" in answers on the demo set, and the first own import replaces it', async () => {
    await ensureDemoInventory(deps);
    const demo = await status();
    expect(demo.demo_data).toBe(true);
    expect(demo.summary).toMatch(/^Demo data \(the sample inventory, not yours/);

    const imported = await importInventory(deps.db, fixtureFiles());
    expect(imported.demo_removed).toEqual({ products: 200, warehouses: 8 });
    expect(await productCount()).toBe(4);
    const own = await status();
    expect(own.demo_data).toBe(false);
    expect(own.summary).not.toMatch(/demo/i);
    expect(own.total).toBe(6);

    // A second import is not the first: nothing demo is left to replace.
    expect((await importInventory(deps.db, fixtureFiles())).demo_removed).toBeNull();
  }, 180_000);

  it('keeps the demo set beside an import with keepDemo, and seed-demo --remove deletes only it for good', async () => {
    await loadDemoInventory(deps.db, ANCHOR, { replace: true });
    const kept = await importInventory(deps.db, fixtureFiles(), { keepDemo: true });
    expect(kept.demo_removed).toBeNull();
    expect(await productCount()).toBe(204);
    expect((await status()).summary).toMatch(/^Includes demo data/);

    // The fixture's four warehouses share codes with demo ones and became the seller's own: they stay.
    expect(await removeDemoInventory(deps.db)).toEqual({ products: 200, warehouses: 4 });
    expect(await productCount()).toBe(4);
    expect((await status()).demo_data).toBe(false);
    expect(await removeDemoInventory(deps.db)).toBeNull();

    // Removed once, the demo set does not come back by itself on an empty inventory.
    await deps.db.transaction((tx) => clearInventory(tx));
    expect(await ensureDemoInventory(deps)).toBeNull();
    expect(await productCount()).toBe(0);
  }, 180_000);
});
