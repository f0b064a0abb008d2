// SQL for chunks: replacing a document's chunks with their text search vector and embedding, and re-embedding.
import { toSql } from 'pgvector';
import type { Queryable } from '../../core/db';
import type { StoredDocument } from './documents';

export interface ChunkInput {
  headingPath: string;
  text: string;
}

/** Deletes a document's chunks and writes the new ones (call inside the ingestion transaction). */
export async function replaceChunks(
  tx: Queryable,
  doc: StoredDocument,
  chunks: ChunkInput[],
  vectors: number[][],
  embedding: { model: string; dimensions: number },
): Promise<void> {
  await tx.query('DELETE FROM chunks WHERE document_id = $1', [doc.id]);
  if (!chunks.length) return;
  await tx.query(
    `INSERT INTO chunks (document_id, ordinal, heading_path, text, market, topic, categories, status, tsv,
       embedding, embedding_model, embedding_dim)
     SELECT $1, c.ordinal, c.heading, c.body, $2, $3, $4::text[], $5,
       setweight(to_tsvector('english', $6), 'A') || setweight(to_tsvector('english', c.heading), 'B')
         || setweight(to_tsvector('english', c.body), 'C'),
       c.emb::vector, $7, $8
     FROM unnest($9::int[], $10::text[], $11::text[], $12::text[]) AS c(ordinal, heading, body, emb)`,
    [
      doc.id,
      doc.market,
      doc.topic,
      doc.categories,
      doc.status,
      `${doc.title} ${doc.keywords.join(' ')}`,
      embedding.model,
      embedding.dimensions,
      chunks.map((_, i) => i),
      chunks.map((c) => c.headingPath),
      chunks.map((c) => c.text),
      vectors.map(toSql),
    ],
  );
}

export interface ChunkForEmbedding {
  id: number;
  title: string;
  keywords: string[];
  heading_path: string;
  text: string;
}

/** Chunks not embedded with this model (all of them when `all`), with what their embedding input needs. */
export async function chunksToEmbed(
  db: Queryable,
  model: string,
  all: boolean,
): Promise<ChunkForEmbedding[]> {
  const { rows } = await db.query<ChunkForEmbedding>(
    `SELECT c.id::int AS id, d.title, d.keywords, c.heading_path, c.text
     FROM chunks c JOIN documents d ON d.id = c.document_id
     WHERE $2 OR c.embedding_model <> $1 OR c.embedding IS NULL ORDER BY c.id`,
    [model, all],
  );
  return rows;
}

export async function updateEmbeddings(
  tx: Queryable,
  ids: number[],
  vectors: number[][],
  embedding: { model: string; dimensions: number },
): Promise<void> {
  await tx.query(
    `UPDATE chunks c SET embedding = u.emb::vector, embedding_model = $1, embedding_dim = $2
     FROM unnest($3::bigint[], $4::text[]) AS u(id, emb) WHERE c.id = u.id`,
    [embedding.model, embedding.dimensions, ids, vectors.map(toSql)],
  );
}
