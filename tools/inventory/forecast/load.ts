// The forecast's sales history: the weekly sales of each sku x warehouse (its packed sales_series row, loaded for
// every pair at once and remembered until the inventory changes), sliced from a given week.
import type { Queryable } from '../../../core/db';
import { queryJsonRows } from '../json-rows';
import { pairKey } from '../queries';
import { remember } from '../snapshot-cache';
import { EPOCH_MONDAY, weekOf, type WeeklySeries } from './weeks';

/** A pair's whole weekly series: units per week from week `first` (the week of its first sale). */
interface PackedWeeks {
  first: number;
  weekly: readonly number[];
}

/** Every pair's weekly series, keyed by pairKey: one scan of sales_series, text being cheaper than arrays on PGlite. */
function loadAllWeeks(db: Queryable): Promise<ReadonlyMap<string, PackedWeeks>> {
  return remember(db, 'weekly-series', '', async () => {
    const rows = await queryJsonRows<{
      sku: string;
      warehouse: string;
      first: number;
      weeks: string;
    }>(
      db,
      `SELECT sku, warehouse, (date_trunc('week', first_day)::date - $1::date) / 7 AS first,
              array_to_string(weekly, ',') AS weeks
       FROM sales_series`,
      [EPOCH_MONDAY],
    );
    return new Map(
      rows.map((r) => [
        pairKey(r.sku, r.warehouse),
        { first: r.first, weekly: r.weeks ? r.weeks.split(',').map(Number) : [] },
      ]),
    );
  });
}

/** Weekly series of each pair from week `fromWeek` up to (not including) the week of `asOf`, keyed by pairKey. */
export async function loadWeeklySeries(
  db: Queryable,
  pairs: ReadonlyArray<{ sku: string; warehouse: string }>,
  fromWeek: number,
  asOf: string,
): Promise<Map<string, WeeklySeries>> {
  const series = new Map<string, WeeklySeries>();
  if (pairs.length === 0) return series;
  const all = await loadAllWeeks(db);
  const current = weekOf(asOf);
  for (const p of pairs) {
    const key = pairKey(p.sku, p.warehouse);
    const packed = all.get(key);
    if (!packed || packed.first >= current) continue;
    const from = Math.max(fromWeek, packed.first);
    series.set(key, {
      first: packed.first,
      from,
      units: packed.weekly.slice(from - packed.first, current - packed.first),
    });
  }
  return series;
}
