// SQL for the inventory tools: one row per sku x warehouse with stock, inbound and window sales, and last sale dates.
import type { Queryable } from '../../core/db';
import type { PositionFilter } from './inputs';
import { queryJsonRows } from './json-rows';
import { rememberTable } from './snapshot-cache';

/** What the database knows about one sku in one warehouse, before any formula. */
export interface PositionRow {
  sku: string;
  title: string;
  unit_cost: number;
  currency: string;
  lead_time_days: number;
  moq: number;
  case_pack: number;
  warehouse: string;
  market: string;
  on_hand: number;
  reserved: number;
  /** Units on the way (ETA on or after as_of). */
  inbound: number;
  next_inbound: string | null;
  next_inbound_quantity: number | null;
  /** Units on the way whose ETA is within the product's lead time. */
  inbound_within_lead_time: number;
  /** Sum of daily units over the window. */
  units_sold: number;
  /** Sum of squared daily units over the window (for the standard deviation). */
  units_sold_sq: number;
}

// One row per sku x warehouse in stock or with a shipment on the way (a full join of stock and the inbound
// shipments grouped by pair). Window sales are a slice of the pair's packed daily units (sales_series: daily[1] is
// first_day), returned as text and summed in JavaScript: one row per pair instead of one per day.
const POSITIONS_SQL = `
WITH inb AS (
  SELECT i.sku, i.warehouse,
         sum(i.quantity) AS inbound,
         min(i.eta) AS next_inbound,
         (array_agg(i.quantity ORDER BY i.eta, i.reference))[1] AS next_inbound_quantity,
         coalesce(sum(i.quantity) FILTER (WHERE i.eta <= $1::date + pr.lead_time_days), 0) AS within_lt
  FROM inbound_shipments i
  JOIN products pr ON pr.sku = i.sku
  WHERE i.eta >= $1::date
  GROUP BY i.sku, i.warehouse
),
pairs AS (
  SELECT coalesce(s.sku, inb.sku) AS sku, coalesce(s.warehouse, inb.warehouse) AS warehouse,
         coalesce(s.on_hand, 0) AS on_hand, coalesce(s.reserved, 0) AS reserved,
         coalesce(inb.inbound, 0) AS inbound, inb.next_inbound, inb.next_inbound_quantity,
         coalesce(inb.within_lt, 0) AS inbound_within_lead_time
  FROM stock s
  FULL JOIN inb ON inb.sku = s.sku AND inb.warehouse = s.warehouse
)
SELECT pr.sku, pr.title, pr.unit_cost, pr.currency, pr.lead_time_days, pr.moq, pr.case_pack,
       w.code AS warehouse, w.market, p.on_hand, p.reserved,
       p.inbound, p.next_inbound, p.next_inbound_quantity, p.inbound_within_lead_time,
       array_to_string(ss.daily[($1::date - $2::int) - ss.first_day + 1 : $1::date - ss.first_day], ',') AS sold_days
FROM pairs p
JOIN products pr ON pr.sku = p.sku
JOIN warehouses w ON w.code = p.warehouse
LEFT JOIN sales_series ss ON ss.sku = p.sku AND ss.warehouse = p.warehouse
WHERE ($3::text[] IS NULL OR lower(pr.sku) = ANY ($3::text[]))
  AND ($4::text[] IS NULL OR lower(w.code) = ANY ($4::text[]))
  AND ($5::text[] IS NULL OR w.market = ANY ($5::text[]))`;

/** Every sku x warehouse that has a stock row or an inbound shipment on the way, filtered, by sku and warehouse. */
export async function loadPositions(db: Queryable, filter: PositionFilter): Promise<PositionRow[]> {
  const rows = await queryJsonRows<
    Omit<PositionRow, 'units_sold' | 'units_sold_sq'> & { sold_days: string | null }
  >(
    db,
    POSITIONS_SQL,
    [filter.asOf, filter.windowDays, filter.skus, filter.warehouses, filter.markets],
    'q.sku COLLATE "C", q.warehouse COLLATE "C"',
  );
  return rows.map(({ sold_days, ...row }) => {
    let units = 0;
    let squares = 0;
    for (const day of sold_days ? sold_days.split(',') : []) {
      const n = Number(day);
      units += n;
      squares += n * n;
    }
    return { ...row, units_sold: units, units_sold_sq: squares };
  });
}

/** The last day before as_of with any units sold, per sku x warehouse (null when never); remembered per pair. */
export async function loadLastSaleDates(
  db: Queryable,
  pairs: ReadonlyArray<{ sku: string; warehouse: string }>,
  asOf: string,
): Promise<Map<string, string | null>> {
  if (pairs.length === 0) return new Map();
  const memo = await rememberTable<string | null>(db, 'last-sale', asOf);
  const byKey = new Map(pairs.map((p) => [pairKey(p.sku, p.warehouse), p]));
  return memo.getMany([...byKey.keys()], async (missing) => {
    const todo = missing.map((key) => byKey.get(key)!);
    const { rows } = await db.query<{ sku: string; warehouse: string; last_sale: string | null }>(
      `SELECT t.sku, t.warehouse,
              (SELECT max(d.date) FROM daily_sales d
                WHERE d.sku = t.sku AND d.warehouse = t.warehouse AND d.date < $3::date AND d.units > 0
              ) AS last_sale
       FROM unnest($1::text[], $2::text[]) AS t (sku, warehouse)`,
      [todo.map((p) => p.sku), todo.map((p) => p.warehouse), asOf],
    );
    return new Map(rows.map((r) => [pairKey(r.sku, r.warehouse), r.last_sale]));
  });
}

export function pairKey(sku: string, warehouse: string): string {
  return `${sku}\u0000${warehouse}`;
}
