// SQL for the FBA fee figures: the received shipments of each position, the warehouse type and
// unit volume, the 90-day and 7-day sales of the positions near the low-inventory threshold, and the first day
// of the sales history.
import type { Queryable } from '../../core/db';
import type { LongTermFacts, Receipt } from './fba-fees';
import { pairKey } from './queries';
import { remember, rememberTable } from './snapshot-cache';

export interface AgeingFacts {
  fba: boolean;
  category: string | null;
  unit_volume_cuft: number | null;
  /** The shipments received (ETA before as_of), any order. */
  receipts: readonly Receipt[];
}

// The received shipments of each pair as one text row ("eta:quantity,..."): a full scan with a hash aggregate is
// cheaper on PGlite than joining the pairs and sorting, and text crosses into JavaScript faster than arrays.
const RECEIPTS_SQL = `
SELECT sku, warehouse, string_agg(eta::text || ':' || quantity, ',') AS receipts
FROM inbound_shipments
WHERE eta < $1::date
GROUP BY sku, warehouse`;

/** What ageing needs of every pair, product and warehouse as of a day (remembered until the inventory changes). */
interface FeeFacts {
  receipts: ReadonlyMap<string, readonly Receipt[]>;
  products: ReadonlyMap<string, { category: string | null; unit_volume_cuft: number | null }>;
  fba: ReadonlyMap<string, boolean>;
}

function loadFeeFacts(db: Queryable, asOf: string): Promise<FeeFacts> {
  return remember(db, 'fee-facts', asOf, async () => {
    const [receipts, products, warehouses] = await Promise.all([
      db.query<{ sku: string; warehouse: string; receipts: string }>(RECEIPTS_SQL, [asOf]),
      db.query<{ sku: string; category: string | null; unit_volume_cuft: number | null }>(
        'SELECT sku, category, unit_volume_cuft::float8 AS unit_volume_cuft FROM products',
      ),
      db.query<{ code: string; fba: boolean }>(`SELECT code, type = 'fba' AS fba FROM warehouses`),
    ]);
    return {
      receipts: new Map(
        receipts.rows.map((r) => [
          pairKey(r.sku, r.warehouse),
          r.receipts.split(',').map((item): Receipt => {
            const [date, quantity] = item.split(':');
            return { date, quantity: Number(quantity) };
          }),
        ]),
      ),
      products: new Map(products.rows.map((p) => [p.sku, p])),
      fba: new Map(warehouses.rows.map((w) => [w.code, w.fba])),
    };
  });
}

/** Ageing facts for each position (keyed by pairKey): its receipts, warehouse type, category and unit volume. */
export async function loadAgeingFacts(
  db: Queryable,
  positions: ReadonlyArray<{ sku: string; warehouse: string }>,
  asOf: string,
): Promise<Map<string, AgeingFacts>> {
  if (positions.length === 0) return new Map();
  const { receipts, products, fba } = await loadFeeFacts(db, asOf);
  return new Map(
    positions.map((p) => {
      const key = pairKey(p.sku, p.warehouse);
      return [
        key,
        {
          fba: fba.get(p.warehouse) ?? false,
          category: products.get(p.sku)?.category ?? null,
          unit_volume_cuft: products.get(p.sku)?.unit_volume_cuft ?? null,
          receipts: receipts.get(key) ?? [],
        },
      ];
    }),
  );
}

// Per pair by primary-key range scans: few pairs (those near the threshold), so no window-wide scan.
const LONG_TERM_SQL = `
SELECT t.sku, t.warehouse, s.units_long_term, s.units_last_7_days,
       least((SELECT min(d.date) FROM daily_sales d WHERE d.sku = t.sku AND d.warehouse = t.warehouse AND d.units > 0),
             (SELECT min(i.eta) FROM inbound_shipments i WHERE i.sku = t.sku AND i.warehouse = t.warehouse AND i.eta < $3::date)
       ) AS first_seen
FROM unnest($1::text[], $2::text[]) AS t (sku, warehouse)
CROSS JOIN LATERAL (
  SELECT coalesce(sum(d.units), 0)::int AS units_long_term,
         coalesce(sum(d.units) FILTER (WHERE d.date >= $3::date - 7), 0)::int AS units_last_7_days
  FROM daily_sales d
  WHERE d.sku = t.sku AND d.warehouse = t.warehouse AND d.date >= $3::date - $4::int AND d.date < $3::date
) s`;

/**
 * Sales over the long-term days and the last 7 days, and the first day seen, per pair (keyed by pairKey); each
 * pair's figures remembered until the inventory changes.
 */
export async function loadLongTermFacts(
  db: Queryable,
  pairs: ReadonlyArray<{ sku: string; warehouse: string }>,
  asOf: string,
  longTermDays: number,
): Promise<Map<string, LongTermFacts>> {
  if (pairs.length === 0) return new Map();
  const memo = await rememberTable<LongTermFacts>(db, 'long-term', `${asOf}|${longTermDays}`);
  const byKey = new Map(pairs.map((p) => [pairKey(p.sku, p.warehouse), p]));
  return memo.getMany([...byKey.keys()], async (missing) => {
    const todo = missing.map((key) => byKey.get(key)!);
    const { rows } = await db.query<LongTermFacts & { sku: string; warehouse: string }>(
      LONG_TERM_SQL,
      [todo.map((p) => p.sku), todo.map((p) => p.warehouse), asOf, longTermDays],
    );
    return new Map(rows.map(({ sku, warehouse, ...facts }) => [pairKey(sku, warehouse), facts]));
  });
}

/** The first day of the sales history before as_of (null without sales). */
export async function loadHistoryStart(db: Queryable, asOf: string): Promise<string | null> {
  const { rows } = await db.query<{ start: string | null }>(
    'SELECT min(date) AS start FROM daily_sales WHERE date < $1::date',
    [asOf],
  );
  return rows[0]?.start ?? null;
}
