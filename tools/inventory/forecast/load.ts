// The forecast's sales history: the weekly sales of each sku x warehouse (its packed sales_series row, loaded for
// every pair at once and remembered until the inventory changes), sliced from a given week, and each pair's family
// (the variants of its parent SKU in the same warehouse) summed.
import type { Queryable } from '../../../core/db';
import { queryJsonRows } from '../json-rows';
import { pairKey } from '../queries';
import { remember } from '../snapshot-cache';
import { buildFamilies, familyKey } from './family';
import type { FamilySeries } from './seasonal';
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

/** Every pair's weekly series from week `fromWeek` up to (not including) the week of `asOf`, keyed by pairKey. */
function loadAllSeries(
  db: Queryable,
  fromWeek: number,
  asOf: string,
): Promise<ReadonlyMap<string, WeeklySeries>> {
  return remember(db, 'weekly-series-from', `${fromWeek}|${asOf}`, async () => {
    const current = weekOf(asOf);
    const series = new Map<string, WeeklySeries>();
    for (const [key, packed] of await loadAllWeeks(db)) {
      if (packed.first >= current) continue;
      const from = Math.max(fromWeek, packed.first);
      series.set(key, {
        first: packed.first,
        from,
        units: packed.weekly.slice(from - packed.first, current - packed.first),
      });
    }
    return series;
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
  const all = await loadAllSeries(db, fromWeek, asOf);
  for (const p of pairs) {
    const key = pairKey(p.sku, p.warehouse);
    const found = all.get(key);
    if (found) series.set(key, found);
  }
  return series;
}

/** Each parent SKU's variants (products.parent_sku), remembered until the inventory changes. */
function loadParents(db: Queryable): Promise<ReadonlyMap<string, readonly string[]>> {
  return remember(db, 'product-parents', '', async () => {
    const rows = await queryJsonRows<{ parent: string; skus: string[] }>(
      db,
      'SELECT parent_sku AS parent, array_agg(sku ORDER BY sku) AS skus FROM products WHERE parent_sku IS NOT NULL GROUP BY parent_sku',
      [],
    );
    return new Map(rows.map((r) => [r.parent, r.skus]));
  });
}

/** Every family (parent x warehouse) with a variant selling there, its series from `fromWeek` summed. */
function loadAllFamilies(
  db: Queryable,
  fromWeek: number,
  asOf: string,
): Promise<ReadonlyMap<string, FamilySeries>> {
  return remember(db, 'families', `${fromWeek}|${asOf}`, async () => {
    const variants = await loadParents(db);
    if (variants.size === 0) return new Map<string, FamilySeries>();
    const parentOf = new Map<string, string>();
    for (const [parent, skus] of variants) for (const sku of skus) parentOf.set(sku, parent);
    const members = [...(await loadAllWeeks(db)).keys()].flatMap((key) => {
      const [sku, warehouse] = key.split('\u0000');
      const parent = parentOf.get(sku);
      return parent ? [{ sku, warehouse, parent }] : [];
    });
    const series = await loadWeeklySeries(db, members, fromWeek, asOf);
    return buildFamilies(
      members.map((m) => ({
        parent: m.parent,
        warehouse: m.warehouse,
        series: series.get(pairKey(m.sku, m.warehouse)) ?? { first: null, from: 0, units: [] },
      })),
    );
  });
}

/**
 * The family of each pair that has a parent SKU, keyed by pairKey: its parent's variants selling in the same
 * warehouse, their weekly series (from `fromWeek` to before as_of's week) summed.
 */
export async function loadFamilies(
  db: Queryable,
  pairs: ReadonlyArray<{ sku: string; warehouse: string }>,
  fromWeek: number,
  asOf: string,
): Promise<Map<string, FamilySeries>> {
  const [variants, families] = await Promise.all([
    loadParents(db),
    loadAllFamilies(db, fromWeek, asOf),
  ]);
  const out = new Map<string, FamilySeries>();
  if (families.size === 0) return out;
  const parentOf = new Map<string, string>();
  for (const [parent, skus] of variants) for (const sku of skus) parentOf.set(sku, parent);
  for (const p of pairs) {
    const parent = parentOf.get(p.sku);
    const family = parent && families.get(familyKey(parent, p.warehouse));
    if (family) out.set(pairKey(p.sku, p.warehouse), family);
  }
  return out;
}
