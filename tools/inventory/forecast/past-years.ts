// The weeks of past years a seasonal forecast reads: each year's level weeks, the weeks a whole number of years
// (52 weeks each) before the horizon and the weeks either side of them, cleaned of stockouts and promotions.
import { cleanWeeks, HORIZON_PROMO_LIFT, medianWeek, PROMO_LIFT, type CleanWindow } from './clean';
import { weeksBack } from './moving-holidays';
import type { WeeklySeries } from './weeks';

export { YEAR_WEEKS } from './moving-holidays';
/** Weeks in each level window (this year's and past years'): long enough to smooth single-day noise. */
export const LEVEL_WEEKS = 12;
/** The most recent weeks of this year's level window, blended into the level (seasonal.ts RECENT_WEIGHT). */
export const RECENT_WEEKS = 4;
/**
 * Past horizon weeks are judged for stockouts and promotions against their median with this many weeks on each
 * side, and those side weeks also count at SIDE_WEEK_WEIGHT: a year's few weeks are too few sales to read a season
 * from on their own.
 */
export const NEIGHBOUR_WEEKS = 2;
/** The weight of each side week (the NEIGHBOUR_WEEKS either side of a past year's horizon weeks). */
export const SIDE_WEEK_WEIGHT = 0.25;
/** How many past years are read at most: last year, and the year before when the series goes back that far. */
export const PAST_YEARS = 2;
/** Each level window needs at least this many weeks that count (not stockout or promotion). */
export const MIN_CLEAN_WEEKS = 4;

/** The weeks of one window that count, summed. */
export interface PastYears {
  /** How many past years were read (1 or 2). */
  years: number;
  /** Weeks back to last year's same weeks: 52, or 50–51 aligned to Ramadan. */
  weeks_back: number;
  aligned_to: 'ramadan' | null;
  /** The level weeks of those years. */
  level: CleanWindow;
  /** The weeks 52 (and 104) weeks before the horizon. */
  horizon: CleanWindow;
  /** The NEIGHBOUR_WEEKS either side of them. */
  sides: CleanWindow;
}

/** The level, horizon and side weeks `shift` weeks before the week `current`, for a horizon ending on week `last`. */
function pastYear(series: WeeklySeries, current: number, last: number, shift: number) {
  const hFrom = current - shift;
  const hTo = last - shift;
  const neighbourhood = {
    promoLift: HORIZON_PROMO_LIFT,
    reference: medianWeek(series, [[hFrom - NEIGHBOUR_WEEKS, hTo + NEIGHBOUR_WEEKS]]),
  };
  return {
    level: cleanWeeks(series, [[hFrom - LEVEL_WEEKS, hFrom - 1]], { promoLift: PROMO_LIFT }),
    horizon: cleanWeeks(series, [[hFrom, hTo]], neighbourhood),
    sides: cleanWeeks(
      series,
      [
        [hFrom - NEIGHBOUR_WEEKS, hFrom - 1],
        [hTo + 1, hTo + NEIGHBOUR_WEEKS],
      ],
      neighbourhood,
    ),
  };
}

function add(a: CleanWindow, b: CleanWindow): CleanWindow {
  return {
    units: a.units + b.units,
    weeks: a.weeks + b.weeks,
    excluded: {
      stockout: a.excluded.stockout + b.excluded.stockout,
      promotion: a.excluded.promotion + b.excluded.promotion,
    },
  };
}

/**
 * Last year's windows for a forecast from week `current` over a horizon ending on week `last` in `market`, summed
 * with the year before's when the series had sales by then and that year's windows count (enough clean level weeks,
 * a clean horizon week): two years of the same weeks halve the noise of one. The same weeks are 52 weeks back, or
 * those of the same Ramadan in a market that keeps it (moving-holidays.ts).
 */
export function pastYears(
  series: WeeklySeries,
  current: number,
  last: number,
  market?: string | null,
): PastYears {
  const first = weeksBack(current, last, 1, market);
  const out: PastYears = {
    years: 1,
    weeks_back: first.weeks,
    aligned_to: first.aligned_to,
    ...pastYear(series, current, last, first.weeks),
  };
  for (let back = 2; back <= PAST_YEARS; back++) {
    const shift = weeksBack(current, last, back, market).weeks;
    if (series.first === null || series.first > current - shift - LEVEL_WEEKS) break;
    const year = pastYear(series, current, last, shift);
    if (year.level.weeks < MIN_CLEAN_WEEKS || year.horizon.weeks === 0) break;
    out.years += 1;
    out.level = add(out.level, year.level);
    out.horizon = add(out.horizon, year.horizon);
    out.sides = add(out.sides, year.sides);
  }
  return out;
}

/** Units per day of past years' horizon weeks, the side weeks counting SIDE_WEEK_WEIGHT, at least `minUnits`. */
export function horizonDaily(past: PastYears, minUnits: number): { units: number; daily: number } {
  const units = Math.max(past.horizon.units + SIDE_WEEK_WEIGHT * past.sides.units, minUnits);
  return { units, daily: units / ((past.horizon.weeks + SIDE_WEEK_WEIGHT * past.sides.weeks) * 7) };
}
