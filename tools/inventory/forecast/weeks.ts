// Calendar weeks (Monday to Sunday) as whole numbers, and daily sales summed into weekly series.
import { addDays, daysBetween } from '../dates';

/** A Monday: week 0 starts on 1970-01-05. */
const EPOCH_MONDAY = '1970-01-05';

/** The week (Monday to Sunday) a YYYY-MM-DD date falls in, as a whole number. */
export function weekOf(date: string): number {
  return Math.floor(daysBetween(EPOCH_MONDAY, date) / 7);
}

/** Units sold per week for one SKU in one warehouse; weeks not listed sold nothing. */
export interface WeeklySeries {
  /** The week of the first sale; null when nothing was ever sold. */
  first: number | null;
  units: Map<number, number>;
}

/** Sums daily sales (YYYY-MM-DD, units) into weeks. */
export function weeklyFromDaily(days: Iterable<{ date: string; units: number }>): WeeklySeries {
  const units = new Map<number, number>();
  let first: number | null = null;
  for (const d of days) {
    if (d.units <= 0) continue;
    const w = weekOf(d.date);
    units.set(w, (units.get(w) ?? 0) + d.units);
    if (first === null || w < first) first = w;
  }
  return { first, units };
}

/** The Monday a week starts on, as YYYY-MM-DD. */
export function weekStart(week: number): string {
  return addDays(EPOCH_MONDAY, week * 7);
}

/** Units per week for weeks from..to (inclusive), zero where nothing sold. */
export function weeksBetween(series: WeeklySeries, from: number, to: number): number[] {
  return Array.from(
    { length: Math.max(0, to - from + 1) },
    (_, i) => series.units.get(from + i) ?? 0,
  );
}
