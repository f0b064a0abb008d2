// sales_series: each sku x warehouse's sales packed into one row (units per day and per week as arrays), rebuilt from
// daily_sales inside the writer's transaction so the tools read one row per pair instead of a row per day or week.
import type { Queryable } from '../../../core/db';
import { EPOCH_MONDAY } from '../forecast/weeks';

/** Pairs per INSERT: a pair's arrays hold a few hundred to a few thousand numbers. */
const CHUNK = 1_000;

export interface PackedSales {
  /** The first day with units sold, as a day number (dayOf). */
  firstDay: number;
  /** Units per day from firstDay to the last day with units sold, zero on days without. */
  daily: number[];
  /** Units per week (Monday to Sunday) from the week of firstDay to the week of the last sale. */
  weekly: number[];
}

/** Packs one pair's sales, given as [day number, units] with units > 0 in any order. */
export function packSales(days: Array<[day: number, units: number]>): PackedSales {
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const [day] of days) {
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }
  const firstWeek = Math.floor(firstDay / 7);
  const daily = new Array<number>(lastDay - firstDay + 1).fill(0);
  const weekly = new Array<number>(Math.floor(lastDay / 7) - firstWeek + 1).fill(0);
  for (const [day, units] of days) {
    daily[day - firstDay] += units;
    weekly[Math.floor(day / 7) - firstWeek] += units;
  }
  return { firstDay, daily, weekly };
}

/**
 * Rebuilds the sales_series rows of `pairs` (every pair when null) from daily_sales, inside the caller's
 * transaction; a pair without units sold has no row.
 */
export async function refreshSalesSeries(
  tx: Queryable,
  pairs: Array<{ sku: string; warehouse: string }> | null,
): Promise<void> {
  const unique = pairs && [
    ...new Map(pairs.map((p) => [`${p.sku}\u0000${p.warehouse}`, p])).values(),
  ];
  const params = unique ? [unique.map((p) => p.sku), unique.map((p) => p.warehouse)] : [];
  const scope = unique
    ? 'JOIN (SELECT * FROM unnest($1::text[], $2::text[])) AS t (sku, warehouse) ON t.sku = d.sku AND t.warehouse = d.warehouse'
    : '';
  // Day numbers and units as one text per pair: cheaper to aggregate and to return than arrays (PGlite).
  const { rows } = await tx.query<{ sku: string; warehouse: string; days: string }>(
    `SELECT d.sku, d.warehouse, string_agg((d.date - $${params.length + 1}::date) || ':' || d.units, ',') AS days
     FROM daily_sales d ${scope}
     WHERE d.units > 0
     GROUP BY d.sku, d.warehouse`,
    [...params, EPOCH_MONDAY],
  );
  if (unique)
    await tx.query(
      `DELETE FROM sales_series s USING unnest($1::text[], $2::text[]) AS t (sku, warehouse)
       WHERE s.sku = t.sku AND s.warehouse = t.warehouse`,
      params,
    );
  else await tx.exec('DELETE FROM sales_series');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const packed = chunk.map((r) =>
      packSales(
        r.days.split(',').map((item) => {
          const [day, units] = item.split(':');
          return [Number(day), Number(units)];
        }),
      ),
    );
    await tx.query(
      `INSERT INTO sales_series (sku, warehouse, first_day, daily, weekly)
       SELECT t.sku, t.warehouse, $3::date + t.first_day, t.daily::int[], t.weekly::int[]
       FROM unnest($1::text[], $2::text[], $4::int[], $5::text[], $6::text[]) AS t (sku, warehouse, first_day, daily, weekly)`,
      [
        chunk.map((r) => r.sku),
        chunk.map((r) => r.warehouse),
        EPOCH_MONDAY,
        packed.map((p) => p.firstDay),
        packed.map((p) => `{${p.daily.join(',')}}`),
        packed.map((p) => `{${p.weekly.join(',')}}`),
      ],
    );
  }
}
