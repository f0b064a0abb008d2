// A SKU's family in one warehouse: the weekly sales of every variant of its parent there, summed.
import type { FamilySeries } from './seasonal';
import type { WeeklySeries } from './weeks';

/** How many of a series' weeks may be read (those before its `end`). */
const readable = (s: WeeklySeries) =>
  s.end === undefined ? s.units.length : Math.max(0, Math.min(s.units.length, s.end - s.from));

/** Week-by-week sum of several weekly series (each read up to its `end`). */
export function sumSeries(all: readonly WeeklySeries[]): WeeklySeries {
  const selling = all.filter((s) => s.first !== null && readable(s) > 0);
  if (selling.length === 0) return { first: null, from: 0, units: [] };
  const from = Math.min(...selling.map((s) => s.from));
  const units = new Array<number>(
    Math.max(...selling.map((s) => s.from + readable(s))) - from,
  ).fill(0);
  for (const s of selling)
    for (let i = 0, n = readable(s); i < n; i++) units[s.from - from + i] += s.units[i];
  return { first: Math.min(...selling.map((s) => s.first!)), from, units };
}

/**
 * The families of `members` (one entry per SKU x warehouse with its parent, null without one), keyed by
 * `${parent}\u0000${warehouse}`: the parent, how many of its SKUs sold there, their summed weekly sales.
 */
export function buildFamilies(
  members: Array<{ parent: string | null; warehouse: string; series: WeeklySeries }>,
): Map<string, FamilySeries> {
  const groups = new Map<string, { parent: string; series: WeeklySeries[] }>();
  for (const m of members) {
    if (!m.parent || m.series.first === null) continue;
    const key = familyKey(m.parent, m.warehouse);
    const group = groups.get(key) ?? { parent: m.parent, series: [] };
    group.series.push(m.series);
    groups.set(key, group);
  }
  return new Map(
    [...groups].map(([key, g]) => [
      key,
      { parent: g.parent, skus: g.series.length, series: sumSeries(g.series) },
    ]),
  );
}

export function familyKey(parent: string, warehouse: string): string {
  return `${parent}\u0000${warehouse}`;
}
