// When a rule applies, judged on a given day: reads the dates in a document's `effective` text and its stored
// status, and says whether the rule is in force, scheduled or recently changed on that day (the one place for it).

export type RuleStatus = 'in force' | 'scheduled' | 'changed';

export interface RuleTiming {
  /** The status on the as-of day: a scheduled rule whose date has passed is in force. */
  status: RuleStatus;
  /** The headline date (the first start date in the text), YYYY-MM-DD, or null when the text has none. */
  date: string | null;
  /** The first other date in the text after the as-of day (a later stage, an end), or null. */
  next: string | null;
}

const DATE = /\b(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?(?!\d)/g;

interface FoundDate {
  iso: string;
  /** "until 2030-07-31": the date ends the rule rather than starting it. */
  ends: boolean;
}

/** Dates in an `effective` text ("2025-10-07 (OfH duty 2026-01-01)", "2028-2030 (phased)", "until 2028-03-31"). */
export function datesIn(effective: string | null): FoundDate[] {
  if (!effective) return [];
  const out: FoundDate[] = [];
  for (const m of effective.matchAll(DATE)) {
    const year = Number(m[1]);
    if (year < 1900 || year > 2100) continue;
    const before = effective.slice(0, m.index).toLowerCase();
    out.push({ iso: `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`, ends: /\buntil\s*$/.test(before) });
  }
  return out;
}

/** The rule's status on `asOf` (YYYY-MM-DD), from its stored status and its effective text. */
export function ruleTiming(
  rule: { status: string; effective: string | null },
  asOf: string,
): RuleTiming {
  const dates = datesIn(rule.effective);
  const date = dates.find((d) => !d.ends)?.iso ?? null;
  const next = dates.map((d) => d.iso).find((iso) => iso > asOf && iso !== date) ?? null;
  const stored: RuleStatus =
    rule.status === 'scheduled' || rule.status === 'changed' ? rule.status : 'in force';
  let status: RuleStatus = stored;
  if (date && date > asOf) status = 'scheduled';
  else if (stored === 'scheduled' && date) status = 'in force';
  return { status, date, next };
}

/** Today's date as YYYY-MM-DD (UTC). */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
