// The demand forecast: last year's same weeks scaled by this year's level against last year's, or the trailing
// average when there is under a year of history. Plain arithmetic; every intermediate figure is returned.
import { cleanWindow, HORIZON_PROMO_LIFT, median, PROMO_LIFT, type WeekReason } from './clean';
import { dayOf, weekOf, weekStart, weeksBetween, type WeeklySeries } from './weeks';

/** Weeks in each level window (this year's and last year's): long enough to smooth single-day noise. */
export const LEVEL_WEEKS = 12;
/** A year back in whole weeks, so weekdays (and Black Friday) line up. */
export const YEAR_WEEKS = 52;
/** Last year's horizon weeks are judged for stockouts and promotions against their median with this many weeks on each side. */
const NEIGHBOUR_WEEKS = 2;
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
  /** Units per day in the same weeks a year (52 weeks) earlier. */
  level_last_year: number | null;
  /** level_this_year / level_last_year: the year-over-year level. */
  trend: number | null;
  /** Units per day last year in the weeks 52 weeks before the horizon. */
  last_year_horizon_daily: number | null;
  /** last_year_horizon_daily / level_last_year: how the horizon sold against the level weeks last year. */
  seasonal_index: number | null;
  /** Forecast units per day over the horizon: level_this_year x seasonal_index, or the trailing average. */
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
    level_last_year: null,
    trend: null,
    last_year_horizon_daily: null,
    seasonal_index: null,
    daily: input.trailingDaily,
    forecast_units: input.trailingDaily * input.horizonDays,
    excluded_weeks: excluded ?? { stockout: 0, promotion: 0 },
  };
}

/** Counts of sales vary by about their square root: ratios within this many standard errors of 1 count as 1. */
export const NOISE_Z = 2.5;

/**
 * A ratio of two unit counts (a / b) when it stands out from their noise, else 1: |ln ratio| must exceed
 * NOISE_Z x sqrt(1/a + 1/b) (the standard error of a log ratio of counts).
 */
export function significant(ratio: number, a: number, b: number): number {
  if (a <= 0 || b <= 0) return ratio;
  return Math.abs(Math.log(ratio)) > NOISE_Z * Math.sqrt(1 / a + 1 / b) ? ratio : 1;
}

/**
 * level_this_year = units / days in the 12 complete weeks before as_of's week; level_last_year = the same 52 weeks
 * earlier; trend = level_this_year / level_last_year; seasonal_index = last year's units per day in the weeks
 * 52 weeks before the horizon / level_last_year, or 1 when within noise (significant); daily = level_this_year x seasonal_index;
 * forecast_units = daily x horizon_days. Without a year of history (a sale in or before the first week of last
 * year's level window), or with too few sales last year, daily is the trailing 28-day average.
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

  const thisYear = cleanWindow(weeksBetween(series, current - LEVEL_WEEKS, current - 1), {
    promoLift: PROMO_LIFT,
  });
  const lastYear = cleanWindow(weeksBetween(series, lastYearStart, current - YEAR_WEEKS - 1), {
    promoLift: PROMO_LIFT,
  });
  const hFrom = current - YEAR_WEEKS;
  const hTo = Math.floor((day + horizonDays - 1) / 7) - YEAR_WEEKS;
  const neighbourhood = weeksBetween(series, hFrom - NEIGHBOUR_WEEKS, hTo + NEIGHBOUR_WEEKS);
  const horizon = cleanWindow(weeksBetween(series, hFrom, hTo), {
    promoLift: HORIZON_PROMO_LIFT,
    reference: median(neighbourhood),
  });
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
  const levelLastYear = lastYear.units / (lastYear.weeks * 7);
  const horizonDaily = horizon.units / (horizon.weeks * 7);
  const seasonalIndex = significant(horizonDaily / levelLastYear, horizon.units, lastYear.units);
  const daily = levelThisYear * seasonalIndex;
  return {
    method: 'seasonal',
    fallback_reason: null,
    history_days: history,
    level_this_year: levelThisYear,
    level_last_year: levelLastYear,
    trend: levelThisYear / levelLastYear,
    last_year_horizon_daily: horizonDaily,
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
