// The five inventory tools on the small fixture, checked against figures computed by hand (as_of 2025-03-01).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { importInventory } from '../../tools/inventory/import/import-inventory';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps } from '../helpers/test-deps';
import { FIXTURE_AS_OF, fixtureFiles } from './fixture';

let deps: AppDeps;

beforeAll(async () => {
  deps = await createTestDeps({ now: new Date(`${FIXTURE_AS_OF}T15:30:00Z`) });
  await importInventory(deps.db, fixtureFiles());
});
afterAll(() => deps.db.close());

async function call(tool: string, input: Record<string, unknown>) {
  const result = await invokeTool(deps.registry, deps, tool, input, { surface: 'cli' });
  if (!result.ok) throw result.error;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { output: result.output as any, text: result.text };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const find = (rows: any[], sku: string, warehouse: string) =>
  rows.find((r) => r.sku === sku && r.warehouse === warehouse);

describe('inventory_status', () => {
  it('reports stock, reservations, inbound on the way and cover per sku x warehouse', async () => {
    const { output, text } = await call('inventory_status', { warehouses: ['fba-de'] });
    expect(output.as_of).toBe('2025-03-01');
    expect(output.rows.map((r: { sku: string }) => r.sku)).toEqual(['A-100', 'B-200', 'C-300']);
    expect(find(output.rows, 'A-100', 'FBA-DE')).toEqual({
      sku: 'A-100',
      title: 'Widget A',
      warehouse: 'FBA-DE',
      market: 'DE',
      on_hand: 60,
      reserved: 4,
      available: 56,
      inbound: 48,
      next_inbound: '2025-03-20',
      avg_daily_sales: 4, // 4 x 28 units in February; Jan 31 and Mar 1 are outside the window
      days_of_cover: 14,
      currency: 'USD',
      stock_value: 150, // 60 on hand x 2.50
    });
    expect(find(output.rows, 'C-300', 'FBA-DE')).toMatchObject({
      reserved: 0,
      inbound: 0,
      next_inbound: null,
      avg_daily_sales: 5,
      days_of_cover: 80,
    });
    expect(output.summary).toMatch(/3 SKU x warehouse positions/);
    expect(text).toContain('| SKU | Product | Warehouse | On hand |');
    expect(text).toContain(
      '| A-100 | Widget A | FBA-DE | 60 | 4 | 56 | 48 | 2025-03-20 | 4 | 14 |',
    );
  });

  it('counts only shipments arriving on or after as_of', async () => {
    const { output } = await call('inventory_status', {
      skus: ['b-200'],
      markets: ['United States'],
    });
    expect(output.rows).toHaveLength(1);
    // PO-0 (eta 2025-02-20) has arrived; PO-1 (200) and PO-2 (100) are on the way.
    expect(output.rows[0]).toMatchObject({
      warehouse: 'FBA-US',
      available: 480,
      inbound: 300,
      next_inbound: '2025-03-10',
    });
  });
});

describe('stockout_risk', () => {
  it('rates, sorts and explains every position', async () => {
    const { output, text } = await call('stockout_risk', { min_risk: 'ok' });
    expect(output.counts).toEqual({ critical: 2, warning: 1, ok: 3 });
    expect(
      output.rows.map(
        (r: { sku: string; warehouse: string; risk: string }) =>
          `${r.risk} ${r.sku} ${r.warehouse}`,
      ),
    ).toEqual([
      'critical B-200 FBA-DE', // 6 days of cover: under 7
      'critical A-100 FBA-DE', // 14 days, runs out 03-15 before the 03-20 inbound, within the 20-day lead time
      'warning B-200 FBA-US', // 32 days: over the 30-day lead time, under 30 + 14
      'ok C-300 FBA-DE',
      'ok A-100 3PL-FR',
      'ok D-400 FBA-US', // no sales: no cover, last in the order
    ]);
    expect(find(output.rows, 'A-100', 'FBA-DE')).toMatchObject({
      available: 56,
      avg_daily_sales: 4,
      days_of_cover: 14,
      projected_stockout_date: '2025-03-15',
      lead_time_days: 20,
      next_inbound: '2025-03-20',
      next_inbound_quantity: 48,
      inbound_before_stockout: false,
      risk: 'critical',
    });
    expect(find(output.rows, 'B-200', 'FBA-DE')).toMatchObject({
      days_of_cover: 6,
      projected_stockout_date: '2025-03-07',
      next_inbound: '2025-03-03',
      inbound_before_stockout: true,
      risk: 'critical',
    });
    expect(find(output.rows, 'B-200', 'FBA-US')).toMatchObject({
      available: 480,
      avg_daily_sales: 15,
      days_of_cover: 32,
      projected_stockout_date: '2025-04-02',
      next_inbound: '2025-03-10',
      next_inbound_quantity: 200,
      inbound_before_stockout: true,
      risk: 'warning',
    });
    expect(find(output.rows, 'D-400', 'FBA-US')).toMatchObject({
      days_of_cover: null,
      projected_stockout_date: null,
      risk: 'ok',
    });
    expect(text).toMatch(/\| B-200 \| Gadget B, large \| critical \| FBA-DE \|/);
  });

  it('lists only positions at risk by default, filtered by market name or code', async () => {
    const byName = await call('stockout_risk', { markets: ['Germany'] });
    const byCode = await call('stockout_risk', { markets: ['DE'] });
    expect(byName.output).toEqual(byCode.output);
    expect(byCode.output.rows.map((r: { sku: string }) => r.sku)).toEqual(['B-200', 'A-100']);
    expect(byCode.output.counts).toEqual({ critical: 2, warning: 0, ok: 1 });
    expect(byCode.output.summary).toMatch(/2 critical, 0 warning, 1 ok/);
    const eu = await call('stockout_risk', { markets: ['EU'], min_risk: 'ok' });
    expect(eu.output.rows.map((r: { warehouse: string }) => r.warehouse).sort()).toEqual([
      '3PL-FR',
      'FBA-DE',
      'FBA-DE',
      'FBA-DE',
    ]);
  });

  it('names the field of an unknown market or a bad date', async () => {
    const result = await invokeTool(
      deps.registry,
      deps,
      'stockout_risk',
      { markets: ['Atlantis'], as_of: '2025-02-30' },
      { surface: 'cli' },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    const paths = result.error.details.issues?.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['markets.0', 'as_of']));
  });

  it('applies the limit after sorting and says so', async () => {
    const { output } = await call('stockout_risk', { limit: 1 });
    expect(output.total).toBe(3);
    expect(output.rows.map((r: { sku: string }) => r.sku)).toEqual(['B-200']);
    expect(output.summary).toMatch(/Showing the 1 most urgent of 3/);
  });
});

describe('what a seller asks about stock', () => {
  it('answers "what is my inventory worth" with one figure per currency at unit cost', async () => {
    const { output, text } = await call('inventory_status', { limit: 1 });
    // EUR: B-200 (30 + 500) x 10.00; USD: A-100 (60 + 900) x 2.50 + C-300 400 x 4.00 + D-400 80 x 1.25.
    expect(output.value_by_currency).toEqual([
      { currency: 'EUR', value: 5300, units: 530 },
      { currency: 'USD', value: 4100, units: 1440 },
    ]);
    // Every matching row counts, not only the one shown.
    expect(output.rows).toHaveLength(1);
    expect(output.summary).toMatch(/worth EUR 5,300\.00 \+ USD 4,100\.00 at unit cost/);
    expect(text).toContain('Worth EUR 5,300.00 + USD 4,100.00 at unit cost');
    const de = await call('inventory_status', { markets: ['DE'] });
    expect(de.output.value_by_currency).toEqual([
      { currency: 'USD', value: 1750, units: 460 },
      { currency: 'EUR', value: 300, units: 30 },
    ]);
  });

  it('lists only what runs out within the horizon ("in the next 2 weeks")', async () => {
    const week = await call('stockout_risk', { horizon_days: 7 });
    expect(week.output.horizon_end).toBe('2025-03-08');
    expect(week.output.rows.map((r: { sku: string }) => r.sku)).toEqual(['B-200']);
    expect(week.output.summary).toMatch(/1 run out within 7 days \(by 2025-03-08\)/);
    const twoWeeks = await call('stockout_risk', { horizon_days: 14 });
    expect(
      twoWeeks.output.rows.map(
        (r: { sku: string; warehouse: string }) => `${r.sku} ${r.warehouse}`,
      ),
    ).toEqual(['B-200 FBA-DE', 'A-100 FBA-DE']);
    // Every listed row runs out by the horizon's end, whatever its risk level.
    const month = await call('stockout_risk', { horizon_days: 40 });
    for (const r of month.output.rows) expect(r.projected_stockout_date <= '2025-04-10').toBe(true);
    expect(month.output.rows.map((r: { risk: string }) => r.risk)).toContain('warning');
    // Without a horizon nothing changes: warning or worse.
    const plain = await call('stockout_risk', {});
    expect(plain.output.horizon_end).toBeNull();
    expect(plain.output.total).toBeGreaterThan(twoWeeks.output.total);
    expect(twoWeeks.text).toContain('| SKU | Product | Risk |');
  });
});

describe('reorder_plan', () => {
  it('returns every intermediate figure and the rounded quantity', async () => {
    const { output, text } = await call('reorder_plan', {});
    const a = find(output.rows, 'A-100', 'FBA-DE');
    expect(a).toMatchObject({
      window_days: 28,
      avg_daily_sales: 4,
      sigma_daily: 9.98, // sqrt((4 * 28^2 - 28 * 4^2) / 27)
      service_level: 0.95,
      z: 1.6449,
      lead_time_days: 20,
      review_period_days: 30,
      safety_stock: 73.4, // 1.644854 * 9.977753 * sqrt(20)
      order_up_to: 273.4, // 4 * (20 + 30) + 73.3964
      available: 56,
      inbound_within_lead_time: 48, // eta 03-20 is within 03-01 + 20 days
      net_requirement: 169.4,
      case_pack: 24,
      moq: 100,
      quantity: 192, // 8 cases
      unit_cost: 2.5,
      currency: 'USD',
      order_value: 480,
    });
    // B-200 FBA-US: sigma = sqrt((420^2 - 28 * 15^2) / 27) = 79.37; PO-2 (04-15) lands after the lead time.
    expect(find(output.rows, 'B-200', 'FBA-US')).toMatchObject({
      sigma_daily: 79.37,
      safety_stock: 715.09,
      order_up_to: 1615.09,
      inbound_within_lead_time: 200,
      net_requirement: 935.09,
      quantity: 940,
      order_value: 9400,
      currency: 'EUR',
    });
    expect(find(output.rows, 'B-200', 'FBA-DE')).toMatchObject({
      safety_stock: 165.4,
      quantity: 420,
    });
    expect(find(output.rows, 'C-300', 'FBA-DE')).toMatchObject({
      net_requirement: 40.25,
      quantity: 41,
    });
    // Only positions to order by default, largest order value first.
    expect(
      output.rows.map((r: { sku: string; warehouse: string }) => `${r.sku} ${r.warehouse}`),
    ).toEqual(['B-200 FBA-US', 'B-200 FBA-DE', 'A-100 FBA-DE', 'C-300 FBA-DE']);
    expect(output.summary).toMatch(/Order 1,593 units across 4 of 6/);
    expect(output.summary).toMatch(/EUR 13,600\.00; USD 644\.00/);
    expect(text).toContain(
      '| A-100 | Widget A | FBA-DE | 4 | average | 9.98 | 73.4 | 273.4 | 56 | 48 | 24/100 | 192 | USD 480.00 |',
    );
  });

  it('uses the service level and review period given, and lists zero rows on request', async () => {
    const { output } = await call('reorder_plan', {
      skus: ['A-100'],
      service_level: 0.99,
      review_period_days: 0,
      include_zero: true,
    });
    const a = find(output.rows, 'A-100', 'FBA-DE');
    // z(0.99) = 2.326348; safety = 2.326348 * 9.977753 * sqrt(20) = 103.81; order_up_to = 4 * 20 + 103.81.
    expect(a).toMatchObject({
      z: 2.3263,
      safety_stock: 103.81,
      order_up_to: 183.81,
      quantity: 100,
    });
    expect(find(output.rows, 'A-100', '3PL-FR')).toMatchObject({ quantity: 0 });
  });
});

describe('transfer_suggestions', () => {
  it('moves surplus from France to the short German warehouse, never across customs borders', async () => {
    const { output, text } = await call('transfer_suggestions', {});
    expect(output.rows).toEqual([
      {
        sku: 'A-100',
        title: 'Widget A',
        warehouse: 'FBA-DE',
        from_warehouse: '3PL-FR',
        to_warehouse: 'FBA-DE',
        area: 'EU',
        quantity: 136, // ceil(60 * 4) - 56 available - 48 inbound
        from_available: 900,
        from_avg_daily_sales: 1,
        from_method: 'average',
        from_days_of_cover: 900,
        from_days_of_cover_after: 764,
        to_available: 56,
        to_inbound: 48,
        to_avg_daily_sales: 4,
        to_method: 'average',
        to_days_of_cover: 14,
        to_days_of_cover_after: 48,
      },
    ]);
    expect(text).toContain('| A-100 | Widget A | 3PL-FR | FBA-DE | 136 |');
    // Filtering by one end still finds the transfer; an unrelated market does not.
    expect((await call('transfer_suggestions', { markets: ['FR'] })).output.total).toBe(1);
    expect((await call('transfer_suggestions', { markets: ['US'] })).output.total).toBe(0);
  });

  it('rejects thresholds out of order, naming the field', async () => {
    const result = await invokeTool(
      deps.registry,
      deps,
      'transfer_suggestions',
      { shortage_days: 50, target_days: 40 },
      { surface: 'cli' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details.issues?.[0].path).toBe('target_days');
  });
});

describe('slow_movers', () => {
  it('finds stock without sales or beyond the threshold, with the value tied up', async () => {
    const { output, text } = await call('slow_movers', {});
    // The fixture records no received shipments before 2025-03-01 except PO-0, so the FBA stock is older than the
    // 90-day sales history and counts as aged: four FBA positions join as aged_stock.
    expect(
      output.rows
        .map(
          (r: { sku: string; warehouse: string; reason: string }) =>
            `${r.sku} ${r.warehouse} ${r.reason}`,
        )
        .sort(),
    ).toEqual([
      'A-100 3PL-FR excess_cover',
      'A-100 FBA-DE aged_stock',
      'B-200 FBA-DE aged_stock',
      'B-200 FBA-US aged_stock',
      'C-300 FBA-DE aged_stock',
      'D-400 FBA-US no_sales',
    ]);
    expect(find(output.rows, 'A-100', '3PL-FR')).toMatchObject({
      reason: 'excess_cover',
      available: 900,
      units_sold: 28,
      days_of_cover: 900,
      excess_units: 720, // 900 - ceil(180 * 1)
      last_sale_date: '2025-02-28',
      days_since_last_sale: 1,
      value_tied_up: 2250, // 2.50 x 900
      fba: false,
      surcharge_per_month: null,
      surcharge_note: 'not an FBA warehouse',
      low_inventory_fee: 'not_fba',
    });
    expect(find(output.rows, 'D-400', 'FBA-US')).toMatchObject({
      reason: 'no_sales',
      available: 80,
      days_of_cover: null,
      last_sale_date: '2024-12-01',
      days_since_last_sale: 90,
      value_tied_up: 100,
      currency: 'USD',
      aged_units: 80,
      unknown_age_units: 80,
      low_inventory_fee: 'no_sales',
    });
    expect(output.summary).toMatch(/tie up EUR 5,100\.00; USD 4,090\.00; 5 FBA positions exposed/);
    expect(text).toContain('| D-400 | Dormant D | FBA-US | no sales | 80 |');
    const lower = await call('slow_movers', { excess_days: 60 });
    expect(
      lower.output.rows
        .filter((r: { reason: string }) => r.reason !== 'aged_stock')
        .map((r: { sku: string }) => r.sku),
    ).toEqual(['A-100', 'C-300', 'D-400']);
  });
});

describe('as_of', () => {
  it('defaults to today from the clock and gives the same answer for the same date', async () => {
    for (const tool of [
      'inventory_status',
      'stockout_risk',
      'reorder_plan',
      'transfer_suggestions',
      'slow_movers',
    ]) {
      const implicit = await call(tool, {});
      const explicit = await call(tool, { as_of: FIXTURE_AS_OF });
      expect(explicit.output).toEqual(implicit.output);
      expect(explicit.text).toEqual(implicit.text);
    }
  });

  it('moves the sales window and the inbound cut-off with as_of', async () => {
    // Window 2025-01-18 .. 2025-02-14: A-100 sold 50 (Jan 31) + 28 (Feb 10) = 78 units; PO-0 (02-20) is still inbound.
    const { output } = await call('inventory_status', { as_of: '2025-02-15', window_days: 28 });
    expect(find(output.rows, 'A-100', 'FBA-DE')).toMatchObject({
      avg_daily_sales: 2.79,
      days_of_cover: 20.1,
    });
    expect(find(output.rows, 'B-200', 'FBA-US')).toMatchObject({
      inbound: 350,
      next_inbound: '2025-02-20',
    });
    const week = await call('inventory_status', {
      skus: ['A-100'],
      warehouses: ['FBA-DE'],
      window_days: 7,
    });
    expect(week.output.rows[0]).toMatchObject({ avg_daily_sales: 8 }); // 2 x 28 units in Feb 22-28
  });
});
