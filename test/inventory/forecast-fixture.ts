// Small hand-computed forecast fixtures as of Monday 2026-11-30: a seasonal, a flat, a stockout-gap and a new SKU,
// and a family of two variants of one parent.
import { addDays } from '../../tools/inventory/dates';
import { inventoryToCsv } from '../../tools/inventory/demo/to-csv';
import { weekOf, weekStart } from '../../tools/inventory/forecast/weeks';

export const FORECAST_AS_OF = '2026-11-30';
/** The week of as_of; the fixtures are written in weeks relative to it. */
export const CURRENT = weekOf(FORECAST_AS_OF);

/** Daily rows selling `perDay(week)` units every day of weeks CURRENT + from .. CURRENT + to (inclusive). */
export function dailyRows(
  from: number,
  to: number,
  perDay: (relativeWeek: number) => number,
): Array<{ date: string; units: number }> {
  const rows: Array<{ date: string; units: number }> = [];
  for (let w = from; w <= to; w++) {
    const units = perDay(w);
    for (let d = 0; d < 7; d++)
      if (units > 0) rows.push({ date: addDays(weekStart(CURRENT + w), d), units });
  }
  return rows;
}

/**
 * SEA-1: 2 a day all year, 6 a day in the 9 weeks from 52 weeks before as_of (last December), 3 a day in the
 * last 12 weeks. FLAT-1: 2 a day for 70 weeks. GAP-1: 2 a day, nothing in weeks -5 and -4 (a stockout) and
 * 10 a day in one week 60 weeks back (a promotion). NEW-1: 3 a day for the 60 days before as_of.
 */
export const FORECAST_FIXTURE = {
  'SEA-1': dailyRows(-70, -1, (w) => (w >= -12 ? 3 : w >= -52 && w <= -44 ? 6 : 2)),
  'FLAT-1': dailyRows(-70, -1, () => 2),
  'GAP-1': dailyRows(-70, -1, (w) => (w === -5 || w === -4 ? 0 : w === -60 ? 10 : 2)),
  'NEW-1': Array.from({ length: 60 }, (_, i) => ({
    date: addDays(FORECAST_AS_OF, i - 60),
    units: 3,
  })),
};

/**
 * Two variants of the parent FAM: FAM-S sells 1 a day all 70 weeks (its own history shows no season); FAM-L sells
 * 3 a day and 9 a day in the 9 weeks from 52 weeks before as_of (last December). Summed: 4 a day, 10 in December.
 */
export const FAMILY_FIXTURE = {
  'FAM-S': dailyRows(-70, -1, () => 1),
  'FAM-L': dailyRows(-70, -1, (w) => (w >= -52 && w <= -44 ? 9 : 3)),
};

/**
 * CSV files of fixture sales in one FBA-US warehouse: a product per SKU ("Product <sku>" unless `title` says, cost
 * USD 2, lead time 30 days, MOQ and case pack 10, `parent` as parent_sku) with `onHand` units (default 180).
 */
export function fixtureFiles(
  sales: Record<string, Array<{ date: string; units: number }>>,
  options: { onHand?: number; parent?: string | null; title?: (sku: string) => string } = {},
): Record<string, string> {
  const skus = Object.keys(sales);
  return inventoryToCsv({
    products: skus.map((sku) => ({
      sku,
      title: options.title?.(sku) ?? `Product ${sku}`,
      category: null,
      unit_cost: 2,
      currency: 'USD',
      lead_time_days: 30,
      moq: 10,
      case_pack: 10,
      ...(options.parent !== undefined ? { parent_sku: options.parent } : {}),
    })),
    warehouses: [{ code: 'FBA-US', name: 'FBA US', country: 'US', type: 'fba', market: 'US' }],
    stock: skus.map((sku) => ({
      sku,
      warehouse: 'FBA-US',
      on_hand: options.onHand ?? 180,
      reserved: 0,
    })),
    inbound: [],
    sales: skus.flatMap((sku) => sales[sku].map((d) => ({ ...d, sku, warehouse: 'FBA-US' }))),
  });
}
