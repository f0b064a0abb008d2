// The demo data set: deterministic, realistic in shape, loaded only into an empty inventory and only when enabled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { blackFriday, ramadanDay } from '../../tools/inventory/demo/calendar';
import { generateDemoInventory } from '../../tools/inventory/demo/generate';
import { ensureDemoInventory } from '../../tools/inventory/demo/seed';
import { inventoryToCsv } from '../../tools/inventory/demo/to-csv';
import { parseInventoryFile } from '../../tools/inventory/import/csv-files';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps } from '../helpers/test-deps';

const ANCHOR = '2025-06-01';

describe('generateDemoInventory', () => {
  const data = generateDemoInventory(ANCHOR);

  it('is the same for the same anchor date', () => {
    expect(generateDemoInventory(ANCHOR)).toEqual(data);
    expect(generateDemoInventory('2025-06-02').sales[0].date).not.toBe(data.sales[0].date);
  });

  it('has 200 SKUs in 8 warehouses, a year of sales before the anchor and inbound after it', () => {
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
    expect(dates[0]).toBe('2024-06-01');
    expect(dates[dates.length - 1]).toBe('2025-05-31');
    expect(data.inbound.every((i) => i.eta > ANCHOR)).toBe(true);
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
      'sku,title,category,unit_cost,currency,lead_time_days,moq,case_pack',
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
        '`npx tradepilot import-inventory <dir>`; DEMO_DATA=0 turns this off.',
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
