// Documents whose information was last checked more than 12 months before a given day, oldest first.
import type { Queryable } from '../../core/db';
import { ageInMonths, asOfDay, needsUpdateCheck } from '../../core/domain/freshness';
import { listDocuments } from './documents';

export interface StaleDocument {
  id: string;
  title: string;
  market: string;
  as_of: string;
  /** Whole months since `as_of` (a year or month alone counts from its first day). */
  age_months: number;
  source_url: string | null;
}

export async function staleDocuments(db: Queryable, today: string): Promise<StaleDocument[]> {
  const docs = await listDocuments(db);
  return docs
    .filter((d) => needsUpdateCheck(d.as_of, today))
    .map((d) => ({
      id: d.id,
      title: d.title,
      market: d.market,
      as_of: d.as_of as string,
      age_months: ageInMonths(d.as_of, today) as number,
      source_url: d.source_url,
      day: asOfDay(d.as_of) as string,
    }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id))
    .map(({ day: _day, ...d }) => d);
}
