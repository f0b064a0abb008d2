// The period a digest belongs to on a given day (UTC): the day, the ISO week or the month, as a stable key.
import type { Cadence } from './digest-store';

/** ISO 8601 week of a day: "2026-W49" (weeks start on Monday; week 1 holds the year's first Thursday). */
function isoWeek(day: Date): string {
  const d = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export function periodKey(cadence: Cadence, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  if (cadence === 'daily') return day;
  if (cadence === 'monthly') return day.slice(0, 7);
  return isoWeek(now);
}
