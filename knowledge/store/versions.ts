// SQL for document versions: each ingestion that adds or changes a document records who, when, what changed and
// the version it replaced; the admin listing reads them back.
import type { Queryable } from '../../core/db';
import type { StoredDocument } from './documents';

export interface DocumentVersion {
  version: number;
  content_hash: string;
  /** Fields that differ from the previous version (empty for the first). */
  changed_fields: string[];
  /** API key id, "cli", "bundled" or "local". */
  changed_by: string;
  changed_at: string;
  /** The version this one replaced: its metadata and text (null for the first version). */
  previous: Record<string, unknown> | null;
}

/** The fields a seller would call the document's content, compared between versions. */
const VERSIONED_FIELDS = [
  'title',
  'market',
  'topic',
  'categories',
  'effective',
  'milestones',
  'status',
  'status_note',
  'as_of',
  'confidence',
  'source_kind',
  'source_title',
  'source_url',
  'secondary_source_title',
  'secondary_source_url',
  'source_note',
  'keywords',
  'history',
  'text',
] as const satisfies ReadonlyArray<keyof StoredDocument>;

/** A stored document's versioned fields, and the day it was last changed. */
export type VersionedDocument = Pick<StoredDocument, (typeof VERSIONED_FIELDS)[number]> & {
  updated_on: string | null;
};

export async function readVersioned(tx: Queryable, id: string): Promise<VersionedDocument | null> {
  const { rows } = await tx.query<VersionedDocument>(
    `SELECT ${VERSIONED_FIELDS.join(', ')}, updated_on FROM documents WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

/** The fields whose values differ between the stored document and its replacement. */
export function changedFields(before: VersionedDocument, after: StoredDocument): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return VERSIONED_FIELDS.filter((f) => !same(before[f], after[f]));
}

/** The stored document as the `previous` of the version that replaces it. */
const snapshot = (doc: VersionedDocument): Record<string, unknown> =>
  Object.fromEntries(VERSIONED_FIELDS.map((f) => [f, doc[f]]));

/** Records version 1 of documents loaded for the first time, in one statement. */
export async function recordFirstVersions(
  tx: Queryable,
  docs: Array<{ id: string; contentHash: string }>,
  by: string,
  at: Date,
): Promise<void> {
  if (!docs.length) return;
  await tx.query(
    `INSERT INTO document_versions (document_id, version, content_hash, changed_by, changed_at)
     SELECT id, 1, hash, $3, $4 FROM unnest($1::text[], $2::text[]) AS t (id, hash)`,
    [docs.map((d) => d.id), docs.map((d) => d.contentHash), by, at.toISOString()],
  );
}

/** Records a new version of a stored document (the next number after its last one). */
export async function recordVersion(
  tx: Queryable,
  entry: {
    documentId: string;
    contentHash: string;
    previous: VersionedDocument;
    changedFields: string[];
    by: string;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO document_versions (document_id, version, content_hash, previous, changed_fields, changed_by,
       changed_at)
     SELECT $1, coalesce(max(version), 0) + 1, $2, $3::jsonb, $4, $5, $6
     FROM document_versions WHERE document_id = $1`,
    [
      entry.documentId,
      entry.contentHash,
      JSON.stringify(snapshot(entry.previous)),
      entry.changedFields,
      entry.by,
      entry.at.toISOString(),
    ],
  );
}

/** A document's versions, newest first; null when the document is not stored. */
export async function listVersions(db: Queryable, id: string): Promise<DocumentVersion[] | null> {
  const { rows } = await db.query<DocumentVersion>(
    `SELECT v.version, v.content_hash, v.changed_fields, v.changed_by,
       to_char(v.changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS changed_at, v.previous
     FROM documents d LEFT JOIN document_versions v ON v.document_id = d.id
     WHERE d.id = $1 ORDER BY v.version DESC`,
    [id],
  );
  if (!rows.length) return null;
  return rows.filter((r) => r.version !== null);
}
