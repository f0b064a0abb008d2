// Knowledge-base citations as tools return them: the shape, its output schema, the source kind and freshness of a
// document on a given day, and the lookup by document id.
import { z } from 'zod';
import type { Queryable } from '../../core/db';
import { needsUpdateCheck } from '../../core/domain/freshness';
import { SOURCE_KINDS } from '../../knowledge/ingest/metadata';
import { readDocument, type Provenance } from '../../knowledge/store/documents';

/** How far a citation can be trusted: official or not, a second link, and whether it may be out of date. */
export const sourceInfoOutput = z.object({
  source_kind: z
    .enum(SOURCE_KINDS)
    .describe(
      'official: the legal text or a regulator/government page; secondary: a law firm, vendor or news page.',
    ),
  secondary_url: z
    .string()
    .nullable()
    .describe('A second (non-official) page on the same rule, when the document keeps one.'),
  source_note: z
    .string()
    .nullable()
    .describe('Why the source is secondary, e.g. no official page was found.'),
  updated_on: z
    .string()
    .nullable()
    .describe('The day this knowledge document was last updated after it was first loaded.'),
  check_for_updates: z
    .boolean()
    .describe('True when the information was last checked more than 12 months ago.'),
});

export type SourceInfo = z.output<typeof sourceInfoOutput>;

/** The source kind, second link, note, update day and freshness of a document on `today` (YYYY-MM-DD). */
export function sourceInfo(doc: Provenance & { as_of: string | null }, today: string): SourceInfo {
  return {
    source_kind: doc.source_kind,
    secondary_url: doc.secondary_source_url,
    source_note: doc.source_note,
    updated_on: doc.updated_on,
    check_for_updates: needsUpdateCheck(doc.as_of, today),
  };
}

export interface Citation extends SourceInfo {
  id: string;
  title: string;
  source_title: string | null;
  source_url: string | null;
  as_of: string | null;
  status: string;
  effective: string | null;
}

export const citationOutput = z
  .object({
    id: z.string(),
    title: z.string(),
    source_title: z.string().nullable(),
    source_url: z.string().nullable(),
    as_of: z.string().nullable(),
    status: z.string(),
    effective: z.string().nullable(),
  })
  .merge(sourceInfoOutput);

/** Citations for document ids (e.g. those behind claim findings) on `today`; ids not in the store are left out. */
export async function citationsFor(
  db: Queryable,
  ids: string[],
  today: string,
): Promise<Citation[]> {
  const out: Citation[] = [];
  for (const id of [...new Set(ids)]) {
    const doc = await readDocument(db, id);
    if (doc)
      out.push({
        id: doc.id,
        title: doc.title,
        source_title: doc.source_title,
        source_url: doc.source_url,
        as_of: doc.as_of,
        status: doc.status,
        effective: doc.effective,
        ...sourceInfo(doc, today),
      });
  }
  return out;
}
