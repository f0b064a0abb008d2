// SQL for the forecast: the weekly sales of each sku x warehouse from a given week, and the week of its first sale.
import type { Queryable } from '../../../core/db';
import { pairKey } from '../queries';
import { weekOf, weekStart, type WeeklySeries } from './weeks';

/** Weekly series of each pair from week `fromWeek` up to (not including) the week of `asOf`, keyed by pairKey. */
export async function loadWeeklySeries(
  db: Queryable,
  pairs: Array<{ sku: string; warehouse: string }>,
  fromWeek: number,
  asOf: string,
): Promise<Map<string, WeeklySeries>> {
  const series = new Map<string, WeeklySeries>();
  if (pairs.length === 0) return series;
  // One pass over the pairs' weeks (about twice as fast on PGlite as a lookup per pair): the first week and, from
  // fromWeek on, "offset:units" pairs as text (cheaper to return than arrays).
  const { rows } = await db.query<{
    sku: string;
    warehouse: string;
    first: string;
    weeks: string | null;
  }>(
    `SELECT w.sku, w.warehouse, min(w.week)::text AS first,
            string_agg(((w.week - $3::date) / 7) || ':' || w.units, ',') FILTER (WHERE w.week >= $3::date) AS weeks
     FROM weekly_sales w
     JOIN unnest($1::text[], $2::text[]) AS t (sku, warehouse) ON t.sku = w.sku AND t.warehouse = w.warehouse
     WHERE w.week < $4::date
     GROUP BY w.sku, w.warehouse`,
    [
      pairs.map((p) => p.sku),
      pairs.map((p) => p.warehouse),
      weekStart(fromWeek),
      weekStart(weekOf(asOf)),
    ],
  );
  for (const r of rows) {
    const units = new Map<number, number>();
    for (const item of r.weeks ? r.weeks.split(',') : []) {
      const [offset, count] = item.split(':');
      units.set(fromWeek + Number(offset), Number(count));
    }
    series.set(pairKey(r.sku, r.warehouse), { first: weekOf(r.first), units });
  }
  return series;
}
