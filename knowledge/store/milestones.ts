// SQL for the dated changes of documents: writing a document's milestones at ingestion and reading the documents
// the regulatory calendar looks at (with their effective text and milestones).
import type { Queryable } from '../../core/db';

export interface Milestone {
  /** YYYY-MM-DD */
  date: string;
  /** What changes that day, in one line. */
  change: string;
}

/** A document as the calendar reads it. */
export interface DatedDocument {
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

export async function writeMilestones(
  tx: Queryable,
  documentId: string,
  milestones: Milestone[],
): Promise<void> {
  await tx.query('UPDATE documents SET milestones = $2::jsonb WHERE id = $1', [
    documentId,
    JSON.stringify(milestones),
  ]);
}

/** Documents of `markets` for all products or one of `categoryTags` (every category when null). */
export async function datedDocuments(
  db: Queryable,
  filter: { markets: string[]; categoryTags: string[] | null },
): Promise<DatedDocument[]> {
  const { rows } = await db.query<DatedDocument>(
    `SELECT id, title, market, categories, status, effective, as_of, source_title, source_url, milestones
     FROM documents
     WHERE market = ANY($1::text[]) AND ($2::text[] IS NULL OR categories && $2::text[])
     ORDER BY id`,
    [filter.markets, filter.categoryTags ? ['all', ...filter.categoryTags] : null],
  );
  return rows;
}
