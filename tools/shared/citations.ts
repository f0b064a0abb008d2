// Knowledge-base citations as tools return them: the shape, its output schema and the lookup by document id.
import { z } from 'zod';
import type { Queryable } from '../../core/db';
import { readDocument } from '../../knowledge/store/documents';

export interface Citation {
  id: string;
  title: string;
  source_title: string | null;
  source_url: string | null;
  as_of: string | null;
  status: string;
  effective: string | null;
}

export const citationOutput = z.object({
  id: z.string(),
  title: z.string(),
  source_title: z.string().nullable(),
  source_url: z.string().nullable(),
  as_of: z.string().nullable(),
  status: z.string(),
  effective: z.string().nullable(),
});

/** Citations for document ids (e.g. those behind claim findings); ids not in the store are left out. */
export async function citationsFor(db: Queryable, ids: string[]): Promise<Citation[]> {
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
      });
  }
  return out;
}
