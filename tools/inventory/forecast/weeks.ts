// Calendar weeks (Monday to Sunday) as whole numbers, and daily sales summed into weekly series.
import { addDays, daysBetween } from '../dates';

/** A Monday: week 0 starts on 1970-01-05. */
export const EPOCH_MONDAY = '1970-01-05';

/** Whole days from 1970-01-05 (day 0, a Monday) to a YYYY-MM-DD date: day d falls in week floor(d / 7). */
export function dayOf(date: string): number {
  return daysBetween(EPOCH_MONDAY, date);
}

/** The week (Monday to Sunday) a YYYY-MM-DD date falls in, as a whole number. */
export function weekOf(date: string): number {
  return Math.floor(dayOf(date) / 7);
}

/** Units sold per week for one SKU in one warehouse; weeks not listed sold nothing. */
export interface WeeklySeries {
  /** The week of the first sale; null when nothing was ever sold. */
  first: number | null;
  /** The week units[0] counts. */
  from: number;
  /** Units per week from week `from` on, one entry a week; weeks outside the list sold nothing. */
  units: readonly number[];
  /** Weeks from this one on are not read (counted as 0): the week of as_of, for a series that goes further. */
  end?: number;
}

/** Sums daily sales (YYYY-MM-DD, units) into weeks. */
export function weeklyFromDaily(days: Iterable<{ date: string; units: number }>): WeeklySeries {
  const byWeek = new Map<number, number>();
  for (const d of days) {
    if (d.units <= 0) continue;
    const w = weekOf(d.date);
    byWeek.set(w, (byWeek.get(w) ?? 0) + d.units);
  }
  if (byWeek.size === 0) return { first: null, from: 0, units: [] };
  const first = Math.min(...byWeek.keys());
  const units = Array.from(
    { length: Math.max(...byWeek.keys()) - first + 1 },
    (_, i) => byWeek.get(first + i) ?? 0,
  );
  return { first, from: first, units };
}

/** The Monday a week starts on, as YYYY-MM-DD. */
export function weekStart(week: number): string {
  return addDays(EPOCH_MONDAY, week * 7);
}

/** Units of one week, zero where nothing sold. */
export function weekUnits(series: WeeklySeries, week: number): number {
  if (series.end !== undefined && week >= series.end) return 0;
  const i = week - series.from;
  return i >= 0 && i < series.units.length ? series.units[i] : 0;
}

/** Units of weeks from..to (inclusive). */
export function sumWeeks(series: WeeklySeries, from: number, to: number): number {
  let sum = 0;
  for (let w = from; w <= to; w++) sum += weekUnits(series, w);
  return sum;
}

/** Weeks from..to, both inclusive. */
export type WeekRange = readonly [from: number, to: number];
