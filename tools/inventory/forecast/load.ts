// SQL for the forecast: the weekly sales of each sku x warehouse from a given week (a slice of its packed
// sales_series row), and the week of its first sale.
import type { Queryable } from '../../../core/db';
import { queryJsonRows } from '../json-rows';
import { pairKey } from '../queries';
import { EPOCH_MONDAY, weekOf, type WeeklySeries } from './weeks';

/** Weekly series of each pair from week `fromWeek` up to (not including) the week of `asOf`, keyed by pairKey. */
export async function loadWeeklySeries(
  db: Queryable,
  pairs: Array<{ sku: string; warehouse: string }>,
  fromWeek: number,
  asOf: string,
): Promise<Map<string, WeeklySeries>> {
  const series = new Map<string, WeeklySeries>();
  if (pairs.length === 0) return series;
  const current = weekOf(asOf);
  // weekly[1] is the week of first_day (week number `first`); the slice holds weeks max(fromWeek, first) to
  // current - 1, as text (cheaper to return than arrays on PGlite).
  const rows = await queryJsonRows<{
    sku: string;
    warehouse: string;
    first: number;
    weeks: string;
  }>(
    db,
    `SELECT s.sku, s.warehouse, f.first,
            array_to_string(s.weekly[$3::int - f.first + 1 : $4::int - f.first], ',') AS weeks
     FROM sales_series s
     JOIN unnest($1::text[], $2::text[]) AS t (sku, warehouse) ON t.sku = s.sku AND t.warehouse = s.warehouse
     CROSS JOIN LATERAL (SELECT (date_trunc('week', s.first_day)::date - $5::date) / 7 AS first) f
     WHERE f.first < $4::int`,
    [pairs.map((p) => p.sku), pairs.map((p) => p.warehouse), fromWeek, current, EPOCH_MONDAY],
  );
  for (const r of rows)
    series.set(pairKey(r.sku, r.warehouse), {
      first: r.first,
      from: Math.max(fromWeek, r.first),
      units: r.weeks ? r.weeks.split(',').map(Number) : [],
    });
  return series;
}
