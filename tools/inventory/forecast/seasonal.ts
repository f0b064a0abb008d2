// The demand forecast: last year's same weeks scaled by this year's level against last year's, or the trailing
// average when there is under a year of history. Plain arithmetic; every intermediate figure is returned. The
// constants were chosen on the demo data and the tuning seeds (bench/forecast-eval.ts), never on the held-out seeds.
import { cleanWindow, HORIZON_PROMO_LIFT, median, PROMO_LIFT, type WeekReason } from './clean';
import { dayOf, weekOf, weekStart, weeksBetween, type WeeklySeries } from './weeks';

/** Weeks in each level window (this year's and last year's): long enough to smooth single-day noise. */
export const LEVEL_WEEKS = 12;
/** A year back in whole weeks, so weekdays (and Black Friday) line up. */
export const YEAR_WEEKS = 52;
/**
 * Last year's horizon weeks are judged for stockouts and promotions against their median with this many weeks on
 * each side, and those side weeks also count at SIDE_WEEK_WEIGHT: one year's two weeks are too few sales to read
 * a season from on their own.
 */
export const NEIGHBOUR_WEEKS = 2;
/** The weight of each of last year's side weeks (the NEIGHBOUR_WEEKS either side of the horizon weeks). */
export const SIDE_WEEK_WEIGHT = 0.5;
/** The most recent weeks of this year's level window, blended into the level with RECENT_WEIGHT. */
export const RECENT_WEEKS = 4;
export const RECENT_WEIGHT = 0.3;
/** With no sale at all in this many complete weeks before as_of the SKU is sold out or delisted: the average is used. */
export const STOPPED_WEEKS = 3;
/** Below this many units in last year's level window the seasonal ratios are too noisy: the average is used. */
export const MIN_LAST_YEAR_UNITS = 8;
/** Each level window needs at least this many weeks that count (not stockout or promotion). */
const MIN_CLEAN_WEEKS = 4;

export const FORECAST_METHODS = ['seasonal', 'average'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

export interface ForecastInput {
  series: WeeklySeries;
  /** The first day forecast; weeks before its week are history. */
  asOf: string;
  horizonDays: number;
  /** The trailing 28-day average (units per day), used without a year of history. */
  trailingDaily: number;
}

export interface Forecast {
  method: ForecastMethod;
  /** Why the trailing average was used; null for the seasonal method. */
  fallback_reason: string | null;
  /** Days from the Monday of the week of the first sale to as_of; 0 without sales. */
  history_days: number;
  /** Units per day in the LEVEL_WEEKS complete weeks before as_of's week (weeks that count only). */
  level_this_year: number | null;
  /** Units per day in the last RECENT_WEEKS of those weeks (weeks that count only). */
  level_recent: number | null;
  /** level_this_year + RECENT_WEIGHT x (level_recent - level_this_year): the level the season is applied to. */
  level: number | null;
  /** Units per day in the same weeks a year (52 weeks) earlier. */
  level_last_year: number | null;
  /** level_this_year / level_last_year: the year-over-year level. */
  trend: number | null;
  /**
   * Units per day last year in the weeks 52 weeks before the horizon, with the NEIGHBOUR_WEEKS either side counting
   * at SIDE_WEEK_WEIGHT: (horizon units + 0.5 x side units) / ((horizon weeks + 0.5 x side weeks) x 7).
   */
  last_year_horizon_daily: number | null;
  /** last_year_horizon_daily / level_last_year: how the horizon sold against the level weeks last year. */
  seasonal_ratio: number | null;
  /** How much of seasonal_ratio is kept (0-1): d² / (d² + NOISE_Z² x se²), d = ln seasonal_ratio. */
  seasonal_weight: number | null;
  /** seasonal_ratio ^ seasonal_weight: the ratio pulled toward 1 as far as it lies within noise. */
  seasonal_index: number | null;
  /** Forecast units per day over the horizon: level x seasonal_index, or the trailing average. */
  daily: number;
  /** daily x horizon_days. */
  forecast_units: number;
  /** Weeks left out of the windows, by reason. */
  excluded_weeks: Record<WeekReason, number>;
}

function average(
  input: Pick<ForecastInput, 'horizonDays' | 'trailingDaily'>,
  history: number,
  reason: string,
  excluded?: Forecast['excluded_weeks'],
): Forecast {
  return {
    method: 'average',
    fallback_reason: reason,
    history_days: history,
    level_this_year: null,
    level_recent: null,
    level: null,
    level_last_year: null,
    trend: null,
    last_year_horizon_daily: null,
    seasonal_ratio: null,
    seasonal_weight: null,
    seasonal_index: null,
    daily: input.trailingDaily,
    forecast_units: input.trailingDaily * input.horizonDays,
    excluded_weeks: excluded ?? { stockout: 0, promotion: 0 },
  };
}

/** Last year's horizon units when it sold none: a zero count says little (its log ratio would be -infinity and kept
 *  whole), so it counts as half a unit and the noise weighting pulls the index toward 1. */
export const ZERO_COUNT = 0.5;

/** Counts of sales vary by about their square root: a ratio this many standard errors from 1 keeps half of itself (in logs). */
export const NOISE_Z = 3;

/**
 * How much of a ratio of two unit counts (a / b) to keep: weight = d² / (d² + NOISE_Z² x se²), d = ln ratio and
 * se² = 1/a + 1/b (the squared standard error of a log ratio of counts); the index is ratio ^ weight. A ratio
 * far outside its noise is kept almost whole, one inside it is pulled toward 1.
 */
export function shrinkWeight(ratio: number, a: number, b: number): number {
  if (a <= 0 || b <= 0) return 1;
  const d2 = Math.log(ratio) ** 2;
  return d2 === 0 ? 0 : d2 / (d2 + NOISE_Z ** 2 * (1 / a + 1 / b));
}

/**
 * level_this_year = units / days in the 12 complete weeks before as_of's week; level_recent = the same over the last
 * 4 of them; level = level_this_year + 0.3 x (level_recent - level_this_year); level_last_year = the 12 weeks 52 weeks earlier;
 * trend = level_this_year / level_last_year; last_year_horizon_daily = last year's units per day in the weeks 52
 * weeks before the horizon, the two weeks either side counting half (at least ZERO_COUNT units); seasonal_ratio = last_year_horizon_daily /
 * level_last_year, pulled toward 1 as far as it lies within noise (shrinkWeight) into seasonal_index;
 * daily = level x seasonal_index; forecast_units = daily x horizon_days. Without a year of history (a sale in or
 * before the first week of last year's level window), with too few sales last year, or with no sale in the last
 * 3 weeks (sold out or delisted), daily is the trailing 28-day average.
 */
export function forecastDemand(input: ForecastInput): Forecast {
  return forecastOnDay({ ...input, day: dayOf(input.asOf) });
}

/**
 * forecastDemand with as_of given as a day number (dayOf): the backtest forecasts from thousands of origins, where
 * date strings would cost more than the arithmetic.
 */
export function forecastOnDay(input: Omit<ForecastInput, 'asOf'> & { day: number }): Forecast {
  const { series, day, horizonDays } = input;
  const current = Math.floor(day / 7);
  const history = series.first === null ? 0 : Math.max(0, day - series.first * 7);
  const lastYearStart = current - YEAR_WEEKS - LEVEL_WEEKS;
  if (series.first === null || series.first > lastYearStart)
    return average(
      input,
      history,
      `under a year of history (${history} days; the seasonal method needs sales from ${weekStart(lastYearStart)})`,
    );
  if (weeksBetween(series, current - STOPPED_WEEKS, current - 1).every((units) => units === 0))
    return average(
      input,
      history,
      `no sale in the last ${STOPPED_WEEKS} weeks (sold out or delisted): the trailing average until sales resume`,
    );

  const thisYearWeeks = weeksBetween(series, current - LEVEL_WEEKS, current - 1);
  const thisYear = cleanWindow(thisYearWeeks, { promoLift: PROMO_LIFT });
  const recent = cleanWindow(thisYearWeeks.slice(-RECENT_WEEKS), {
    promoLift: PROMO_LIFT,
    reference: median(thisYearWeeks),
  });
  const lastYear = cleanWindow(weeksBetween(series, lastYearStart, current - YEAR_WEEKS - 1), {
    promoLift: PROMO_LIFT,
  });
  const hFrom = current - YEAR_WEEKS;
  const hTo = Math.floor((day + horizonDays - 1) / 7) - YEAR_WEEKS;
  const neighbourhood = {
    promoLift: HORIZON_PROMO_LIFT,
    reference: median(weeksBetween(series, hFrom - NEIGHBOUR_WEEKS, hTo + NEIGHBOUR_WEEKS)),
  };
  const horizon = cleanWindow(weeksBetween(series, hFrom, hTo), neighbourhood);
  const sides = cleanWindow(
    [
      ...weeksBetween(series, hFrom - NEIGHBOUR_WEEKS, hFrom - 1),
      ...weeksBetween(series, hTo + 1, hTo + NEIGHBOUR_WEEKS),
    ],
    neighbourhood,
  );
  const excluded = {
    stockout: thisYear.excluded.stockout + lastYear.excluded.stockout + horizon.excluded.stockout,
    promotion:
      thisYear.excluded.promotion + lastYear.excluded.promotion + horizon.excluded.promotion,
  };
  if (thisYear.weeks < MIN_CLEAN_WEEKS || lastYear.weeks < MIN_CLEAN_WEEKS || horizon.weeks === 0)
    return average(
      input,
      history,
      'too many stockout or promotion weeks to compare the years',
      excluded,
    );
  if (lastYear.units < MIN_LAST_YEAR_UNITS)
    return average(
      input,
      history,
      `too few sales last year (${lastYear.units} units in the level weeks, under ${MIN_LAST_YEAR_UNITS})`,
      excluded,
    );

  const levelThisYear = thisYear.units / (thisYear.weeks * 7);
  const levelRecent = recent.weeks ? recent.units / (recent.weeks * 7) : levelThisYear;
  const level = levelThisYear + RECENT_WEIGHT * (levelRecent - levelThisYear);
  const levelLastYear = lastYear.units / (lastYear.weeks * 7);
  const horizonUnits = Math.max(horizon.units + SIDE_WEEK_WEIGHT * sides.units, ZERO_COUNT);
  const horizonDaily = horizonUnits / ((horizon.weeks + SIDE_WEEK_WEIGHT * sides.weeks) * 7);
  const ratio = horizonDaily / levelLastYear;
  const weight = shrinkWeight(ratio, horizonUnits, lastYear.units);
  const seasonalIndex = ratio ** weight;
  const daily = level * seasonalIndex;
  return {
    method: 'seasonal',
    fallback_reason: null,
    history_days: history,
    level_this_year: levelThisYear,
    level_recent: levelRecent,
    level,
    level_last_year: levelLastYear,
    trend: levelThisYear / levelLastYear,
    last_year_horizon_daily: horizonDaily,
    seasonal_ratio: ratio,
    seasonal_weight: weight,
    seasonal_index: seasonalIndex,
    daily,
    forecast_units: daily * horizonDays,
    excluded_weeks: excluded,
  };
}

/** The first week forecastDemand reads for as_of (all it reads lies before as_of's week). */
export function firstWeekNeeded(asOf: string): number {
  return weekOf(asOf) - YEAR_WEEKS - LEVEL_WEEKS;
}
