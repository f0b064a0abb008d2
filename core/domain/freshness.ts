// How fresh a document's information is: its `as_of` date ("2025", "2025-08" or "2025-08-14") against today.

/** Documents checked longer ago than this are marked "check for updates". */
export const STALE_AFTER_MONTHS = 12;

/** The earliest day an `as_of` text can mean (a year or month without a day is read as its first day), or null. */
export function asOfDay(asOf: string | null): string | null {
  const m = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/.exec(asOf?.trim() ?? '');
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}` : null;
}

/** Whole months from `asOf` to `today` (YYYY-MM-DD), or null when `asOf` is not a date. */
export function ageInMonths(asOf: string | null, today: string): number | null {
  const day = asOfDay(asOf);
  if (!day) return null;
  const [y1, m1, d1] = day.split('-').map(Number);
  const [y2, m2, d2] = today.split('-').map(Number);
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, months);
}

/** True when the information was checked more than STALE_AFTER_MONTHS before today; false without a date. */
export function needsUpdateCheck(asOf: string | null, today: string): boolean {
  const day = asOfDay(asOf);
  if (!day) return false;
  const [y, m, d] = day.split('-').map(Number);
  const limit = new Date(Date.UTC(y, m - 1 + STALE_AFTER_MONTHS, d)).toISOString().slice(0, 10);
  return limit < today;
}
