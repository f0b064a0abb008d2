// SQL for knowledge documents: reading them (listDocuments, readDocument) and writing them during ingestion.
import type { Queryable } from '../../core/db';
import type { HistoryEntry, Milestone, SourceKind } from '../ingest/metadata';

/** What a document says about itself (market, topic, status, dates, source); search results carry it too. */
export interface DocumentMetadata {
  title: string;
  market: string;
  topic: string;
  categories: string[];
  status: string;
  status_note: string | null;
  effective: string | null;
  as_of: string | null;
  confidence: string | null;
  /** Whether source_url is an official primary source or a secondary one (law firm, vendor, news). */
  source_kind: SourceKind;
  source_title: string | null;
  source_url: string | null;
  secondary_source_title: string | null;
  secondary_source_url: string | null;
  /** Why the source is secondary, when the document says. */
  source_note: string | null;
  /** The day ingestion last changed the document after its first load (YYYY-MM-DD), or null. */
  updated_on: string | null;
}

/** Where a document's information comes from beyond its first source, and when ingestion last changed it. */
export type Provenance = Pick<
  DocumentMetadata,
  'source_kind' | 'secondary_source_title' | 'secondary_source_url' | 'source_note' | 'updated_on'
>;

export interface KnowledgeDocument extends DocumentMetadata {
  id: string;
  path: string | null;
  text: string;
  /** The document's own record of corrections. */
  history: HistoryEntry[];
  /** Dated changes the rule goes through. */
  milestones: Milestone[];
}

/** A document as ingestion writes it: the public fields plus search keywords, origin and content hash. */
export interface StoredDocument extends Omit<KnowledgeDocument, 'updated_on'> {
  keywords: string[];
  origin: 'bundled' | 'user';
  content_hash: string;
}

const SUMMARY_COLUMNS = `id, title, market, topic, categories, status, status_note, effective, as_of, confidence,
  source_kind, source_title, source_url, secondary_source_title, secondary_source_url, source_note, updated_on,
  history, milestones, path`;

export async function listDocuments(
  db: Queryable,
  filter: { market?: string; topic?: string } = {},
): Promise<Omit<KnowledgeDocument, 'text'>[]> {
  const { rows } = await db.query<Omit<KnowledgeDocument, 'text'>>(
    `SELECT ${SUMMARY_COLUMNS} FROM documents
     WHERE ($1::text IS NULL OR market = upper($1)) AND ($2::text IS NULL OR topic = $2)
     ORDER BY market, topic, id`,
    [filter.market ?? null, filter.topic ?? null],
  );
  return rows;
}

export async function readDocument(db: Queryable, id: string): Promise<KnowledgeDocument | null> {
  const { rows } = await db.query<KnowledgeDocument>(
    `SELECT ${SUMMARY_COLUMNS}, text FROM documents WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** id -> content hash of the stored documents among `ids`. */
export async function storedHashes(db: Queryable, ids: string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; content_hash: string }>(
    'SELECT id, content_hash FROM documents WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.content_hash]));
}

/** Documents that came from a file, with where it was (bundled paths are relative to the package). */
export async function documentPaths(
  db: Queryable,
): Promise<Array<{ id: string; path: string; origin: 'bundled' | 'user'; content_hash: string }>> {
  const { rows } = await db.query<{
    id: string;
    path: string;
    origin: 'bundled' | 'user';
    content_hash: string;
  }>('SELECT id, path, origin, content_hash FROM documents WHERE path IS NOT NULL ORDER BY id');
  return rows;
}

export async function countKnowledge(
  db: Queryable,
): Promise<{ documents: number; chunks: number }> {
  const { rows } = await db.query<{ documents: number; chunks: number }>(
    `SELECT (SELECT count(*)::int FROM documents) AS documents, (SELECT count(*)::int FROM chunks) AS chunks`,
  );
  return rows[0];
}

/** Writes a document; `updatedOn` is the day of a change to a stored document (null on its first load). */
export async function upsertDocument(
  tx: Queryable,
  doc: StoredDocument,
  updatedOn: string | null = null,
): Promise<void> {
  await tx.query(
    `INSERT INTO documents (id, title, market, topic, categories, status, status_note, effective, as_of,
       confidence, source_title, source_url, keywords, origin, path, content_hash, text, source_kind,
       secondary_source_title, secondary_source_url, source_note, history, milestones, updated_on, ingested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
       $22::jsonb, $23::jsonb, $24, now())
     ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, market = EXCLUDED.market, topic = EXCLUDED.topic,
       categories = EXCLUDED.categories, status = EXCLUDED.status, status_note = EXCLUDED.status_note,
       effective = EXCLUDED.effective, as_of = EXCLUDED.as_of, confidence = EXCLUDED.confidence,
       source_title = EXCLUDED.source_title, source_url = EXCLUDED.source_url, keywords = EXCLUDED.keywords,
       origin = EXCLUDED.origin, path = EXCLUDED.path, content_hash = EXCLUDED.content_hash,
       text = EXCLUDED.text, source_kind = EXCLUDED.source_kind,
       secondary_source_title = EXCLUDED.secondary_source_title,
       secondary_source_url = EXCLUDED.secondary_source_url, source_note = EXCLUDED.source_note,
       history = EXCLUDED.history, milestones = EXCLUDED.milestones, updated_on = EXCLUDED.updated_on,
       ingested_at = now()`,
    [
      doc.id,
      doc.title,
      doc.market,
      doc.topic,
      doc.categories,
      doc.status,
      doc.status_note,
      doc.effective,
      doc.as_of,
      doc.confidence,
      doc.source_title,
      doc.source_url,
      doc.keywords,
      doc.origin,
      doc.path,
      doc.content_hash,
      doc.text,
      doc.source_kind,
      doc.secondary_source_title,
      doc.secondary_source_url,
      doc.source_note,
      JSON.stringify(doc.history),
      JSON.stringify(doc.milestones),
      updatedOn,
    ],
  );
}

/** Deletes documents (their chunks go with them); returns the ids that existed. */
export async function deleteDocuments(tx: Queryable, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const { rows } = await tx.query<{ id: string }>(
    'DELETE FROM documents WHERE id = ANY($1::text[]) RETURNING id',
    [ids],
  );
  return rows.map((r) => r.id);
}

/** Documents for any of `markets` that apply to all products or to one of `categoryTags`. */
export async function applicableDocuments(
  db: Queryable,
  filter: { markets: string[]; categoryTags: string[]; topics?: string[] },
): Promise<KnowledgeDocument[]> {
  const { rows } = await db.query<KnowledgeDocument>(
    `SELECT ${SUMMARY_COLUMNS}, text FROM documents
     WHERE market = ANY($1::text[]) AND categories && $2::text[]
       AND ($3::text[] IS NULL OR topic = ANY($3::text[]))
     ORDER BY market, topic, id`,
    [filter.markets, ['all', ...filter.categoryTags], filter.topics?.length ? filter.topics : null],
  );
  return rows;
}

/** The markets that have at least one document (what the knowledge base covers). */
export async function documentMarkets(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ market: string }>(
    'SELECT DISTINCT market FROM documents ORDER BY market',
  );
  return rows.map((r) => r.market);
}
