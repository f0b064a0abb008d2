// Which weeks may teach the forecast: weeks of a stockout and weeks of a one-off promotion are left out.
//
// There is no stock history and no promotion flag in the data, so both are recognised from the sales themselves,
// week by week, against the median week of the same window:
// - stockout: the week sold under STOCKOUT_SHARE of the median week, and the median week sold at least
//   STOCKOUT_MIN_MEDIAN units (so a slow seller's empty week is not mistaken for a stockout);
// - promotion: the week sold more than PROMO_LIFT times the median week and more units above it than chance explains
//   (PROMO_Z standard deviations of a count, sqrt(median), and at least PROMO_MIN_EXCESS) in the level windows;
//   inside past horizon weeks a spike may be a recurring event such as Black Friday, which the seasonal method
//   must keep, so there only a week above HORIZON_PROMO_LIFT times the median of the horizon weeks and two weeks
//   either side counts as a promotion.
// The thresholds were tuned on generated tuning seeds only (bench/forecast-eval.ts --tuning).

import { weekUnits, type WeekRange, type WeeklySeries } from './weeks';

export const STOCKOUT_SHARE = 0.3;
export const STOCKOUT_MIN_MEDIAN = 3;
export const PROMO_LIFT = 1.6;
/** Inside last year's horizon weeks, where a recurring event (Black Friday) must stay, only a larger spike counts. */
export const HORIZON_PROMO_LIFT = 2.5;
export const PROMO_MIN_EXCESS = 4;
/** A promotion week sells more than this many standard deviations (sqrt of the median week) above the median. */
export const PROMO_Z = 3;

export type WeekReason = 'stockout' | 'promotion';

export interface CleanWindow {
  /** Units of the weeks that count. */
  units: number;
  /** How many weeks count. */
  weeks: number;
  /** Weeks left out, by reason. */
  excluded: Record<WeekReason, number>;
}

const scratch: number[] = [];

/**
 * The median week of some ranges of weeks: an insertion sort into a reused array (a window holds a few weeks, and
 * the backtest asks tens of thousands of times).
 */
export function medianWeek(series: WeeklySeries, ranges: readonly WeekRange[]): number {
  let n = 0;
  for (const [from, to] of ranges)
    for (let w = from; w <= to; w++) {
      const v = weekUnits(series, w);
      let j = n - 1;
      while (j >= 0 && scratch[j] > v) {
        scratch[j + 1] = scratch[j];
        j--;
      }
      scratch[j + 1] = v;
      n++;
    }
  if (n === 0) return 0;
  const mid = n >> 1;
  return n % 2 ? scratch[mid] : (scratch[mid - 1] + scratch[mid]) / 2;
}

/** Why a week with `units` is left out against the window's median week, or null when it counts. */
export function excludedWeek(
  units: number,
  medianWeek: number,
  promoLift: number,
): WeekReason | null {
  if (medianWeek >= STOCKOUT_MIN_MEDIAN && units < STOCKOUT_SHARE * medianWeek) return 'stockout';
  const excess = units - medianWeek;
  if (
    units > promoLift * medianWeek &&
    excess >= PROMO_MIN_EXCESS &&
    excess >= PROMO_Z * Math.sqrt(medianWeek)
  )
    return 'promotion';
  return null;
}

/**
 * Sums the weeks that count in `ranges` of the series, judged against `reference` (the median week they are
 * compared with; default their own median).
 */
export function cleanWeeks(
  series: WeeklySeries,
  ranges: readonly WeekRange[],
  options: { promoLift: number; reference?: number },
): CleanWindow {
  const ref = options.reference ?? medianWeek(series, ranges);
  const out: CleanWindow = { units: 0, weeks: 0, excluded: { stockout: 0, promotion: 0 } };
  for (const [from, to] of ranges)
    for (let w = from; w <= to; w++) {
      const units = weekUnits(series, w);
      const reason = excludedWeek(units, ref, options.promoLift);
      if (reason) out.excluded[reason] += 1;
      else {
        out.units += units;
        out.weeks += 1;
      }
    }
  return out;
}
