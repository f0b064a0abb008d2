// SQL for the dated changes of documents: reading the documents the regulatory calendar looks at (with their
// effective text and milestones; ingestion stores the milestones with the document).
import type { Queryable } from '../../core/db';
import type { Milestone } from '../ingest/metadata';
import type { Provenance } from './documents';

export type { Milestone };

/** A document as the calendar reads it. */
export interface DatedDocument extends Provenance {
  id: string;
  title: string;
  market: string;
  categories: string[];
  status: string;
  effective: string | null;
  as_of: string | null;
  source_title: string | null;
  source_url: string | null;
  milestones: Milestone[];
}

/** Documents of `markets` for all products or one of `categoryTags` (every category when null). */
export async function datedDocuments(
  db: Queryable,
  filter: { markets: string[]; categoryTags: string[] | null },
): Promise<DatedDocument[]> {
  const { rows } = await db.query<DatedDocument>(
    `SELECT id, title, market, categories, status, effective, as_of, source_title, source_url, milestones,
       source_kind, secondary_source_title, secondary_source_url, source_note, updated_on
     FROM documents
     WHERE market = ANY($1::text[]) AND ($2::text[] IS NULL OR categories && $2::text[])
     ORDER BY id`,
    [filter.markets, filter.categoryTags ? ['all', ...filter.categoryTags] : null],
  );
  return rows;
}
