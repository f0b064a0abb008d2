// Rolling-origin backtest on weekly sales: the forecast against the trailing 28-day average, as WAPE.
import { forecastOnDay, type FamilySeries } from './seasonal';
import { sumWeeks, type WeeklySeries } from './weeks';

/** Absolute errors and actual units summed over origins: WAPE = sum |forecast - actual| / sum actual. */
export interface ErrorSums {
  origins: number;
  actual: number;
  abs_error: number;
  baseline_abs_error: number;
}

export const emptySums = (): ErrorSums => ({
  origins: 0,
  actual: 0,
  abs_error: 0,
  baseline_abs_error: 0,
});

export function addSums(into: ErrorSums, more: ErrorSums): ErrorSums {
  into.origins += more.origins;
  into.actual += more.actual;
  into.abs_error += more.abs_error;
  into.baseline_abs_error += more.baseline_abs_error;
  return into;
}

/** WAPE of the sums: null when nothing sold over the tested horizons. */
export function wape(sums: ErrorSums): { wape: number | null; baseline_wape: number | null } {
  if (sums.actual <= 0) return { wape: null, baseline_wape: null };
  return {
    wape: sums.abs_error / sums.actual,
    baseline_wape: sums.baseline_abs_error / sums.actual,
  };
}

/** The trailing 28-day average before the week `origin` (its four weeks before), units per day. */
export function trailingDaily(series: WeeklySeries, origin: number): number {
  return sumWeeks(series, origin - 4, origin - 1) / 28;
}

/** Forecasts from each origin week (a Monday) `horizonWeeks` ahead and compares with what sold. */
export function backtestSeries(
  series: WeeklySeries,
  origins: number[],
  horizonWeeks: number,
  context: { family?: FamilySeries | null; market?: string | null } = {},
): ErrorSums {
  const sums = emptySums();
  for (const origin of origins) {
    const baseline = trailingDaily(series, origin);
    const f = forecastOnDay({
      series,
      day: origin * 7,
      horizonDays: horizonWeeks * 7,
      trailingDaily: baseline,
      ...context,
    });
    const actual = sumWeeks(series, origin, origin + horizonWeeks - 1);
    sums.origins += 1;
    sums.actual += actual;
    sums.abs_error += Math.abs(f.forecast_units - actual);
    sums.baseline_abs_error += Math.abs(baseline * horizonWeeks * 7 - actual);
  }
  return sums;
}
