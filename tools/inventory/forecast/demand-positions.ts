// Positions whose demand rate is the forecast (when a year of history exists) or the window average: the input
// stockout_risk, reorder_plan and transfer_suggestions plan with, and the `method` field they take.
import { z } from 'zod';
import type { Queryable } from '../../../core/db';
import { daysOfCover, projectedStockoutDate } from '../formulas';
import type { PositionFilter } from '../inputs';
import { loadEvaluatedPositions, type Position } from '../positions';
import { pairKey } from '../queries';
import { forecastPositions } from './for-positions';
import type { ForecastMethod } from './seasonal';

export const demandMethodField = z
  .enum(['forecast', 'average'])
  .default('forecast')
  .describe(
    '"forecast" (default): plan with the seasonal demand forecast where the SKU has a year of sales history in that warehouse (else the average); "average": always the average daily sales over the window.',
  );

export interface DemandPosition extends Position {
  /** How avg_daily_sales was found: the seasonal forecast, or the window average. */
  method: ForecastMethod;
  /** The window average (units per day), whatever the method. */
  trailing_daily: number;
}

/**
 * The evaluated positions, with avg_daily_sales (and days of cover, stockout date) taken from the seasonal forecast
 * over `horizonDays(position)` days when `method` is "forecast" and the forecast is seasonal.
 */
export async function loadDemandPositions(
  db: Queryable,
  filter: PositionFilter,
  method: 'forecast' | 'average',
  horizonDays: (p: Position) => number,
): Promise<DemandPosition[]> {
  const positions = await loadEvaluatedPositions(db, filter);
  const average = (p: Position): DemandPosition => ({
    ...p,
    method: 'average',
    trailing_daily: p.avg_daily_sales,
  });
  if (method === 'average') return positions.map(average);
  const forecasts = await forecastPositions(db, positions, filter.asOf, horizonDays);
  return positions.map((p) => {
    const f = forecasts.get(pairKey(p.sku, p.warehouse))!.forecast;
    if (f.method !== 'seasonal') return average(p);
    const cover = daysOfCover(p.available, f.daily);
    return {
      ...p,
      avg_daily_sales: f.daily,
      days_of_cover: cover,
      projected_stockout_date: projectedStockoutDate(filter.asOf, cover),
      method: 'seasonal',
      trailing_daily: p.avg_daily_sales,
    };
  });
}

/** For summaries: " Demand: the seasonal forecast for 12 positions, the 28-day average for 3." */
export function describeMethods(
  positions: Array<{ method: ForecastMethod }>,
  windowDays: number,
): string {
  if (!positions.length) return '';
  const seasonal = positions.filter((p) => p.method === 'seasonal').length;
  return ` Demand: the seasonal forecast for ${seasonal} positions (a year of history), the ${windowDays}-day average for ${positions.length - seasonal}.`;
}
