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
  const { rows } = await db.query<{
    sku: string;
    warehouse: string;
    first: string | null;
    weeks: number[] | null;
    units: number[] | null;
  }>(
    `SELECT t.sku, t.warehouse,
            (SELECT min(f.week)::text FROM weekly_sales f WHERE f.sku = t.sku AND f.warehouse = t.warehouse) AS first,
            s.weeks, s.units
     FROM unnest($1::text[], $2::text[]) AS t (sku, warehouse)
     LEFT JOIN LATERAL (
       SELECT array_agg((w.week - $3::date) / 7 ORDER BY w.week) AS weeks, array_agg(w.units ORDER BY w.week) AS units
       FROM weekly_sales w
       WHERE w.sku = t.sku AND w.warehouse = t.warehouse AND w.week >= $3::date AND w.week < $4::date
     ) s ON true`,
    [
      pairs.map((p) => p.sku),
      pairs.map((p) => p.warehouse),
      weekStart(fromWeek),
      weekStart(weekOf(asOf)),
    ],
  );
  for (const r of rows) {
    const units = new Map<number, number>();
    (r.weeks ?? []).forEach((offset, i) => units.set(fromWeek + offset, r.units![i]));
    series.set(pairKey(r.sku, r.warehouse), {
      first: r.first === null ? null : weekOf(r.first),
      units,
    });
  }
  return series;
}
