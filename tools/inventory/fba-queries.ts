// SQL for the FBA fee figures: per sku x warehouse the warehouse type, unit volume, received shipments and the
// 90-day and 7-day sales, and the first day of the sales history.
import type { Queryable } from '../../core/db';
import { pairKey } from './queries';
import type { Receipt } from './fba-fees';

export interface FeeFacts {
  fba: boolean;
  category: string | null;
  unit_volume_cuft: number | null;
  /** Shipments with an ETA before as_of (received), any order. */
  receipts: Receipt[];
  units_long_term: number;
  units_last_7_days: number;
  /** First day with a sale or a receipt, null when neither. */
  first_seen: string | null;
}

// Window sales by one date-index range scan, first sale per pair by a primary-key probe.
const FEE_FACTS_SQL = `
WITH t AS (SELECT * FROM unnest($1::text[], $2::text[]) AS t (sku, warehouse)),
sold AS (
  SELECT d.sku, d.warehouse, sum(d.units) AS units,
         coalesce(sum(d.units) FILTER (WHERE d.date >= $3::date - 7), 0) AS units_7
  FROM daily_sales d
  WHERE d.date >= $3::date - $4::int AND d.date < $3::date
  GROUP BY d.sku, d.warehouse
),
rec AS (
  SELECT i.sku, i.warehouse, json_agg(json_build_array(i.eta, i.quantity)) AS receipts, min(i.eta) AS first_receipt
  FROM inbound_shipments i JOIN t ON t.sku = i.sku AND t.warehouse = i.warehouse
  WHERE i.eta < $3::date
  GROUP BY i.sku, i.warehouse
)
SELECT t.sku, t.warehouse, w.type = 'fba' AS fba, p.category, p.unit_volume_cuft::float8 AS unit_volume_cuft,
       coalesce(rec.receipts, '[]'::json) AS receipts,
       coalesce(sold.units, 0)::int AS units_long_term, coalesce(sold.units_7, 0)::int AS units_last_7_days,
       least(rec.first_receipt,
             (SELECT min(d.date) FROM daily_sales d WHERE d.sku = t.sku AND d.warehouse = t.warehouse AND d.units > 0)
       ) AS first_seen
FROM t
JOIN warehouses w ON w.code = t.warehouse
JOIN products p ON p.sku = t.sku
LEFT JOIN sold ON sold.sku = t.sku AND sold.warehouse = t.warehouse
LEFT JOIN rec ON rec.sku = t.sku AND rec.warehouse = t.warehouse`;

interface FeeFactsRow {
  sku: string;
  warehouse: string;
  fba: boolean;
  category: string | null;
  unit_volume_cuft: number | null;
  receipts: Array<[string, number]>;
  units_long_term: number;
  units_last_7_days: number;
  first_seen: string | null;
}

/** The fee facts of each pair, keyed by pairKey. */
export async function loadFeeFacts(
  db: Queryable,
  pairs: Array<{ sku: string; warehouse: string }>,
  asOf: string,
  longTermDays: number,
): Promise<Map<string, FeeFacts>> {
  if (pairs.length === 0) return new Map();
  const { rows } = await db.query<FeeFactsRow>(FEE_FACTS_SQL, [
    pairs.map((p) => p.sku),
    pairs.map((p) => p.warehouse),
    asOf,
    longTermDays,
  ]);
  return new Map(
    rows.map((r) => [
      pairKey(r.sku, r.warehouse),
      {
        fba: r.fba,
        category: r.category,
        unit_volume_cuft: r.unit_volume_cuft,
        receipts: r.receipts.map(([date, quantity]) => ({ date, quantity })),
        units_long_term: r.units_long_term,
        units_last_7_days: r.units_last_7_days,
        first_seen: r.first_seen,
      },
    ]),
  );
}

/** The first day of the sales history before as_of (null without sales). */
export async function loadHistoryStart(db: Queryable, asOf: string): Promise<string | null> {
  const { rows } = await db.query<{ start: string | null }>(
    'SELECT min(date) AS start FROM daily_sales WHERE date < $1::date',
    [asOf],
  );
  return rows[0]?.start ?? null;
}
