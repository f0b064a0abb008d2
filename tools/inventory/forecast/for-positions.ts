// The demand forecast for evaluated positions: loads their weekly sales once and forecasts each over its horizon,
// each pair's forecast remembered until the inventory changes.
import type { Queryable } from '../../../core/db';
import type { Position } from '../positions';
import { pairKey } from '../queries';
import { rememberTable } from '../snapshot-cache';
import { loadFamilies, loadWeeklySeries } from './load';
import { forecastDemand, type FamilySeries, type Forecast } from './seasonal';
import type { WeeklySeries } from './weeks';

export interface PositionForecast {
  forecast: Forecast;
  series: WeeklySeries;
  /** The variants of its parent SKU in the same warehouse, summed; null without a parent. */
  family: FamilySeries | null;
}

/**
 * One forecast per position over `horizonDays(position)` days from as_of, with the series it read (all history
 * before as_of's week, for a backtest too). The trailing average is the position's avg_daily_sales.
 */
export async function forecastPositions(
  db: Queryable,
  positions: readonly Position[],
  asOf: string,
  horizonDays: (p: Position) => number,
): Promise<Map<string, PositionForecast>> {
  const memo = await rememberTable<Forecast>(db, 'forecasts', asOf);
  const series = await loadWeeklySeries(db, positions, asOf);
  const families = await loadFamilies(db, positions, asOf);
  const out = new Map<string, PositionForecast>();
  for (const p of positions) {
    const key = pairKey(p.sku, p.warehouse);
    const s = series.get(key) ?? { first: null, from: 0, units: [] };
    const family = families.get(key) ?? null;
    const horizon = horizonDays(p);
    const forecast = memo.get(`${key}\u0000${horizon}\u0000${p.avg_daily_sales}`, () =>
      forecastDemand({
        series: s,
        asOf,
        horizonDays: horizon,
        trailingDaily: p.avg_daily_sales,
        family,
        market: p.market,
      }),
    );
    out.set(key, { series: s, forecast, family });
  }
  return out;
}
