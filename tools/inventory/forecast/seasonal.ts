// The demand forecast: past years' same weeks scaled by this year's level against theirs, a variant's season and
// level read with its family's (the SKUs of one parent in one warehouse), or the trailing average when there is
// under a year of history. Plain arithmetic; every intermediate figure is returned. The constants were chosen on the
// demo data and the tuning seeds (bench/forecast-eval.ts), never on the held-out seeds.
import { cleanWeeks, medianWeek, PROMO_LIFT, type CleanWindow, type WeekReason } from './clean';
import {
  horizonDaily,
  LEVEL_WEEKS,
  MIN_CLEAN_WEEKS,
  pastYears,
  RECENT_WEEKS,
  YEAR_WEEKS,
  type PastYears,
} from './past-years';
import { dayOf, sumWeeks, weekStart, type WeekRange, type WeeklySeries } from './weeks';

/** Each of this year's level weeks counts 1 - RECENT_WEIGHT, its last RECENT_WEEKS also RECENT_WEIGHT (the level). */
export const RECENT_WEIGHT = 0.15;
/**
 * With no sale at all in this many complete weeks before as_of (fewer for a fast seller: stoppedWeeks) the SKU is
 * sold out or delisted: the average is used.
 */
export const STOPPED_WEEKS = 3;
/** The chance below which a run of weeks without a sale is no longer luck: the SKU is sold out or delisted. */
export const STOPPED_CHANCE = 0.01;
/** Below this many units in past years' level weeks the seasonal ratios are too noisy: the average is used. */
export const MIN_LAST_YEAR_UNITS = 8;
/** A variant's share of its family's sales is read over this many weeks (longer than the level: a steadier share). */
export const FAMILY_SHARE_WEEKS = 26;
/**
 * How far (in logs) a variant's season may differ from its family's beyond the noise of its counts: its own ratio
 * is pulled toward the family's as far as it lies within sqrt(se² + FAMILY_SPREAD²) x NOISE_Z.
 */
export const FAMILY_SPREAD = 0.3;

export const FORECAST_METHODS = ['seasonal', 'average'] as const;
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

export interface ForecastInput {
  series: WeeklySeries;
  /** The first day forecast; weeks before its week are history. */
  asOf: string;
  horizonDays: number;
  /** The trailing 28-day average (units per day), used without a year of history. */
  trailingDaily: number;
  /** The SKU's family in this warehouse (its parent's variants, this SKU included), when it has one. */
  family?: FamilySeries | null;
  /** The warehouse's market (ISO code): where Ramadan is kept, past years are read at the same Ramadan. */
  market?: string | null;
}

/** The variants of one parent SKU in one warehouse, their weekly sales summed. */
export interface FamilySeries {
  parent: string;
  /** How many of its SKUs sold in this warehouse (this one included). */
  skus: number;
  series: WeeklySeries;
}

export interface Forecast {
  method: ForecastMethod;
  /** Why the trailing average was used; null for the seasonal method. */
  fallback_reason: string | null;
  /** Days from the Monday of the week of the first sale to as_of; 0 without sales. */
  history_days: number;
  /** How many past years were compared: 1, or 2 when the series goes back two years and a quarter. */
  years_compared: number | null;
  /** Weeks back to last year's same weeks: 52, or 50–51 when the horizon meets Ramadan in a market that keeps it. */
  weeks_back: number | null;
  /** 'ramadan' when last year's weeks were taken at the same Ramadan, else null. */
  aligned_to: 'ramadan' | null;
  /** Units per day in the LEVEL_WEEKS complete weeks before as_of's week (weeks that count only). */
  level_this_year: number | null;
  /** Units per day in the last RECENT_WEEKS of those weeks (weeks that count only). */
  level_recent: number | null;
  /** The parent SKU whose variants in this warehouse were read with this one; null without a family. */
  family: string | null;
  /** How many SKUs of the family sold in this warehouse (this one included). */
  family_skus: number | null;
  /** This SKU's units / its family's units over the last FAMILY_SHARE_WEEKS weeks. */
  family_share: number | null;
  /** The family's units per day in this year's level weeks (weeks that count only). */
  family_level: number | null;
  /**
   * family_share x family_level with a family (a steadier level than the SKU's own weeks), else level_this_year,
   * + RECENT_WEIGHT x (level_recent - that): the level the season is applied to.
   */
  level: number | null;
  /** Units per day in the same level weeks 52 weeks earlier (and 104, when two years are compared). */
  level_last_year: number | null;
  /** level_this_year / level_last_year: the year-over-year level. */
  trend: number | null;
  /**
   * Units per day in the weeks 52 (and 104) weeks before the horizon, with the NEIGHBOUR_WEEKS either side counting
   * at SIDE_WEEK_WEIGHT: (horizon units + 0.25 x side units) / ((horizon weeks + 0.25 x side weeks) x 7).
   */
  last_year_horizon_daily: number | null;
  /** last_year_horizon_daily / level_last_year: how the horizon sold against the level weeks in past years. */
  seasonal_ratio: number | null;
  /** The same ratio for the family's summed sales. */
  family_seasonal_ratio: number | null;
  /**
   * family_seasonal_ratio ^ w, w = d² / (d² + NOISE_Z² x se²) (d = its log, se² from the family's counts): the season
   * the SKU's own ratio is pulled toward (null without a family: then the ratio is pulled toward 1).
   */
  family_seasonal_index: number | null;
  /**
   * How much of seasonal_ratio's difference from family_seasonal_index is kept (0-1): d² / (d² + NOISE_Z² x (se² +
   * s²)), d = ln(seasonal_ratio / family_seasonal_index), se² = 1/horizon units + 1/level units, s = FAMILY_SPREAD
   * with a family (else 0).
   */
  seasonal_weight: number | null;
  /** family_seasonal_index x (seasonal_ratio / family_seasonal_index) ^ seasonal_weight. */
  seasonal_index: number | null;
  /** Forecast units per day over the horizon: level x seasonal_index, or the trailing average. */
  daily: number;
  /** daily x horizon_days. */
  forecast_units: number;
  /** Weeks left out of the windows, by reason. */
  excluded_weeks: Record<WeekReason, number>;
}

const NO_SEASON = {
  years_compared: null,
  weeks_back: null,
  aligned_to: null,
  level_this_year: null,
  level_recent: null,
  family: null,
  family_skus: null,
  family_share: null,
  family_level: null,
  level: null,
  level_last_year: null,
  trend: null,
  last_year_horizon_daily: null,
  seasonal_ratio: null,
  family_seasonal_ratio: null,
  family_seasonal_index: null,
  seasonal_weight: null,
  seasonal_index: null,
} as const;

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
    ...NO_SEASON,
    daily: input.trailingDaily,
    forecast_units: input.trailingDaily * input.horizonDays,
    excluded_weeks: excluded ?? { stockout: 0, promotion: 0 },
  };
}

/** Past years' horizon units when they sold none: a zero count says little (its log ratio would be -infinity and
 *  kept whole), so it counts as half a unit and the noise weighting pulls the index toward 1. */
export const ZERO_COUNT = 0.5;

/** Counts of sales vary by about their square root: a ratio this many standard errors from 1 keeps half of itself (in logs). */
export const NOISE_Z = 3;

/**
 * How much of a ratio to keep against the ratio it is pulled toward (`toward`, default 1): weight = d² / (d² +
 * NOISE_Z² x (1/a + 1/b + spread²)), d = ln(ratio / toward); 1/a + 1/b is the squared standard error of a log ratio
 * of the counts a / b. A ratio far outside its noise is kept almost whole, one inside it is pulled in.
 */
export function shrinkWeight(ratio: number, a: number, b: number, toward = 1, spread = 0): number {
  if (a <= 0 || b <= 0) return 1;
  const d2 = Math.log(ratio / toward) ** 2;
  return d2 === 0 ? 0 : d2 / (d2 + NOISE_Z ** 2 * (1 / a + 1 / b + spread ** 2));
}

/**
 * How many complete weeks without a sale mean the SKU stopped selling: the fewest whose chance of all being empty by
 * luck, at the median week's units (Poisson: e^-(median x weeks)), is under STOPPED_CHANCE; at most STOPPED_WEEKS.
 */
export function stoppedWeeks(medianWeek: number): number {
  if (medianWeek <= 0) return STOPPED_WEEKS;
  return Math.min(STOPPED_WEEKS, Math.max(1, Math.ceil(-Math.log(STOPPED_CHANCE) / medianWeek)));
}

/** Units per day of a window's weeks that count. */
const perDay = (w: CleanWindow) => w.units / (w.weeks * 7);

/** A seasonal ratio of past years (horizon per day / level per day) and the counts it rests on. */
function seasonalRatio(past: PastYears) {
  const horizon = horizonDaily(past, ZERO_COUNT);
  return {
    horizonDaily: horizon.daily,
    ratio: horizon.daily / perDay(past.level),
    horizonUnits: horizon.units,
    levelUnits: past.level.units,
  };
}

/** Units sold in the FAMILY_SHARE_WEEKS complete weeks before week `current`. */
function shareUnits(series: WeeklySeries, current: number): number {
  return sumWeeks(series, current - FAMILY_SHARE_WEEKS, current - 1);
}

interface FamilyWindows {
  level: number;
  ratio: number;
  index: number;
  units: number;
}

/** The family's level, season and share units for a forecast from `current` to `last`, or null when too thin. */
function familyWindows(
  family: FamilySeries,
  current: number,
  last: number,
  market: string | null | undefined,
): FamilyWindows | null {
  const past = pastYears(family.series, current, last, market);
  const level = cleanWeeks(family.series, [[current - LEVEL_WEEKS, current - 1]], {
    promoLift: PROMO_LIFT,
  });
  const units = shareUnits(family.series, current);
  if (
    level.weeks < MIN_CLEAN_WEEKS ||
    past.level.weeks < MIN_CLEAN_WEEKS ||
    past.level.units < MIN_LAST_YEAR_UNITS ||
    past.horizon.weeks === 0 ||
    units === 0
  )
    return null;
  const season = seasonalRatio(past);
  return {
    level: perDay(level),
    ratio: season.ratio,
    index: season.ratio ** shrinkWeight(season.ratio, season.horizonUnits, season.levelUnits),
    units,
  };
}

/** Family windows already read, per family and (current, last): its variants share them. */
const familyMemo = new WeakMap<FamilySeries, Map<number, FamilyWindows | null>>();

/** The family's level, share and season, when it has another SKU and enough sales to read them. */
function familyReading(
  family: FamilySeries,
  sku: WeeklySeries,
  current: number,
  last: number,
  market: string | null | undefined,
) {
  if (family.skus < 2) return null;
  let memo = familyMemo.get(family);
  if (!memo) familyMemo.set(family, (memo = new Map()));
  const id = last * 65_536 + current; // weeks since 1970: unique until the year 3226
  let windows = memo.get(id);
  if (windows === undefined) memo.set(id, (windows = familyWindows(family, current, last, market)));
  return windows && { windows, share: shareUnits(sku, current) / windows.units };
}

/**
 * level_this_year = units / days in the 12 complete weeks before as_of's week; level_recent = the same over the last
 * 4 of them; with a family (another variant of the same parent selling in the warehouse), the base level is
 * family_share (this SKU's part of the family's units over 26 weeks) x family_level, else level_this_year;
 * level = base + 0.15 x (level_recent - base). level_last_year = the 12 weeks 52 weeks earlier (summed with 104 weeks
 * earlier when the series goes back that far); seasonal_ratio = past horizon units per day (the weeks 52 weeks
 * before the horizon, the two either side counting a quarter, at least ZERO_COUNT units) / level_last_year; the
 * family's ratio the same on its summed sales, pulled toward 1 by its noise (family_seasonal_index); the SKU's ratio
 * is pulled toward that (or toward 1 without a family) by its own noise (shrinkWeight) into seasonal_index;
 * daily = level x seasonal_index; forecast_units = daily x horizon_days. Without a year of history (a sale in or
 * before the first week of last year's level window), with too few sales last year, or with no sale in the last
 * weeks (sold out or delisted: stoppedWeeks), daily is the trailing 28-day average.
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
  const last = Math.floor((day + horizonDays - 1) / 7);
  const history = series.first === null ? 0 : Math.max(0, day - series.first * 7);
  const lastYearStart = current - YEAR_WEEKS - LEVEL_WEEKS;
  if (series.first === null || series.first > lastYearStart)
    return average(
      input,
      history,
      `under a year of history (${history} days; the seasonal method needs sales from ${weekStart(lastYearStart)})`,
    );
  const levelWeeks: WeekRange = [current - LEVEL_WEEKS, current - 1];
  const median = medianWeek(series, [levelWeeks]);
  const quiet = stoppedWeeks(median);
  if (sumWeeks(series, current - quiet, current - 1) === 0)
    return average(
      input,
      history,
      `no sale in the last ${quiet === 1 ? 'week' : `${quiet} weeks`} (sold out or delisted): the trailing average until sales resume`,
    );

  const thisYear = cleanWeeks(series, [levelWeeks], { promoLift: PROMO_LIFT, reference: median });
  const recent = cleanWeeks(series, [[current - RECENT_WEEKS, current - 1]], {
    promoLift: PROMO_LIFT,
    reference: median,
  });
  const past = pastYears(series, current, last, input.market);
  const excluded = {
    stockout:
      thisYear.excluded.stockout + past.level.excluded.stockout + past.horizon.excluded.stockout,
    promotion:
      thisYear.excluded.promotion + past.level.excluded.promotion + past.horizon.excluded.promotion,
  };
  if (
    thisYear.weeks < MIN_CLEAN_WEEKS ||
    past.level.weeks < MIN_CLEAN_WEEKS ||
    past.horizon.weeks === 0
  )
    return average(
      input,
      history,
      'too many stockout or promotion weeks to compare the years',
      excluded,
    );
  if (past.level.units < MIN_LAST_YEAR_UNITS)
    return average(
      input,
      history,
      `too few sales last year (${past.level.units} units in the level weeks, under ${MIN_LAST_YEAR_UNITS})`,
      excluded,
    );

  const family = input.family
    ? familyReading(input.family, series, current, last, input.market)
    : null;
  const levelThisYear = perDay(thisYear);
  const levelRecent = recent.weeks ? perDay(recent) : levelThisYear;
  const base = family ? family.share * family.windows.level : levelThisYear;
  const level = base + RECENT_WEIGHT * (levelRecent - base);
  const levelLastYear = perDay(past.level);
  const own = seasonalRatio(past);
  const toward = family?.windows.index ?? 1;
  const weight = shrinkWeight(
    own.ratio,
    own.horizonUnits,
    own.levelUnits,
    toward,
    family ? FAMILY_SPREAD : 0,
  );
  const seasonalIndex = toward * (own.ratio / toward) ** weight;
  const daily = level * seasonalIndex;
  return {
    method: 'seasonal',
    fallback_reason: null,
    history_days: history,
    years_compared: past.years,
    weeks_back: past.weeks_back,
    aligned_to: past.aligned_to,
    level_this_year: levelThisYear,
    level_recent: levelRecent,
    family: family ? input.family!.parent : null,
    family_skus: family ? input.family!.skus : null,
    family_share: family?.share ?? null,
    family_level: family?.windows.level ?? null,
    level,
    level_last_year: levelLastYear,
    trend: levelThisYear / levelLastYear,
    last_year_horizon_daily: own.horizonDaily,
    seasonal_ratio: own.ratio,
    family_seasonal_ratio: family?.windows.ratio ?? null,
    family_seasonal_index: family?.windows.index ?? null,
    seasonal_weight: weight,
    seasonal_index: seasonalIndex,
    daily,
    forecast_units: daily * horizonDays,
    excluded_weeks: excluded,
  };
}
