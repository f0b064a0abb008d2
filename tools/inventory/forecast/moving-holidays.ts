// Holidays that move against the solar calendar: Ramadan starts about 11 days earlier each year, so in markets
// that keep it a forecast compares the weeks of the same Ramadan in past years, not the weeks 52 weeks back.
import { addDays } from '../dates';
import { weekOf } from './weeks';

/**
 * First day of Ramadan by year (astronomical estimates as published, e.g. by the Emirates Astronomical Society and
 * Islamic Relief; the actual start follows the moon sighting and can differ by a day between countries). 2030 has
 * two. Checked 2026-12-01.
 */
export const RAMADAN_STARTS = [
  '2022-04-02',
  '2023-03-23',
  '2024-03-11',
  '2025-03-01',
  '2026-02-18',
  '2027-02-08',
  '2028-01-28',
  '2029-01-16',
  '2030-01-06',
  '2030-12-26',
  '2031-12-15',
  '2032-12-04',
] as const;

/** Days from the first of Ramadan to the end of the Eid al-Fitr holidays (30 days of fasting, 3 of Eid). */
const RAMADAN_AND_EID_DAYS = 33;

/**
 * Ramadan starts 10–12 days earlier each year, so for the weeks right after it the weeks 52 back still hold last
 * year's Ramadan: alignment also covers this many weeks after its end.
 */
const DRIFT_WEEKS = 2;

/** Markets (ISO codes) where Ramadan moves retail demand: Muslim-majority markets. */
export const RAMADAN_MARKETS: ReadonlySet<string> = new Set([
  'SA',
  'AE',
  'QA',
  'KW',
  'BH',
  'OM',
  'EG',
  'JO',
  'MA',
  'DZ',
  'TN',
  'TR',
  'PK',
  'BD',
  'ID',
  'MY',
]);

/** Each Ramadan's first and last week (the Eid holidays included), as week numbers. */
const RAMADAN_WEEKS = RAMADAN_STARTS.map((start) => ({
  from: weekOf(start),
  to: weekOf(addDays(start, RAMADAN_AND_EID_DAYS - 1)),
}));

export const YEAR_WEEKS = 52;

/**
 * How many weeks back the same weeks `back` years earlier lie for a horizon from week `current` to week `last` in
 * `market`: 52 x back (so weekdays and Black Friday line up), or, when the market keeps Ramadan and the horizon
 * overlaps one (or the DRIFT_WEEKS after it), the weeks from the Ramadan `back` lunar years earlier to this one (50
 * or 51 for one year).
 */
export function weeksBack(
  current: number,
  last: number,
  back: number,
  market?: string | null,
): { weeks: number; aligned_to: 'ramadan' | null } {
  if (market && RAMADAN_MARKETS.has(market)) {
    const i = RAMADAN_WEEKS.findIndex((r) => r.from <= last && r.to + DRIFT_WEEKS >= current);
    if (i >= back)
      return { weeks: RAMADAN_WEEKS[i].from - RAMADAN_WEEKS[i - back].from, aligned_to: 'ramadan' };
  }
  return { weeks: YEAR_WEEKS * back, aligned_to: null };
}
