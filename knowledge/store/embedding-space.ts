// The embedding column's dimension and its HNSW cosine index, which follow the configured embedding model.
import type { Queryable } from '../../core/db';

const INDEX = 'chunks_embedding_hnsw';

/** The declared dimension of chunks.embedding, or null while it has none yet. */
export async function embeddingColumnDimensions(db: Queryable): Promise<number | null> {
  const { rows } = await db.query<{ typmod: number }>(
    `SELECT atttypmod AS typmod FROM pg_attribute
     WHERE attrelid = 'chunks'::regclass AND attname = 'embedding'`,
  );
  const typmod = rows[0]?.typmod ?? -1;
  return typmod > 0 ? typmod : null;
}

/**
 * Gives the column the model's dimension. Changing it drops every stored vector (the caller re-embeds all
 * chunks in the same transaction) and the index, which ensureVectorIndex rebuilds after the rows are written.
 */
export async function prepareEmbeddingColumn(tx: Queryable, dimensions: number): Promise<boolean> {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16000)
    throw new Error(`Invalid embedding dimension: ${dimensions}`);
  if ((await embeddingColumnDimensions(tx)) === dimensions) return false;
  await tx.exec(`DROP INDEX IF EXISTS ${INDEX}`);
  // DDL takes no parameters; `dimensions` is a checked integer.
  await tx.exec(
    `ALTER TABLE chunks ALTER COLUMN embedding TYPE vector(${dimensions}) USING NULL::vector(${dimensions})`,
  );
  // Vectors do not compress; keeping small ones inline (and large ones uncompressed) spares a de-TOAST per row.
  await tx.exec(
    `ALTER TABLE chunks ALTER COLUMN embedding SET STORAGE ${dimensions <= 1024 ? 'PLAIN' : 'EXTERNAL'}`,
  );
  return true;
}

export async function ensureVectorIndex(tx: Queryable): Promise<void> {
  await tx.exec(
    `CREATE INDEX IF NOT EXISTS ${INDEX} ON chunks USING hnsw (embedding vector_cosine_ops)`,
  );
}

/** The model the stored chunks were embedded with (one at most), or null when there are none. */
export async function storedEmbeddingModel(
  db: Queryable,
): Promise<{ model: string; dimensions: number } | null> {
  const { rows } = await db.query<{ model: string; dimensions: number }>(
    'SELECT embedding_model AS model, embedding_dim AS dimensions FROM chunks LIMIT 1',
  );
  return rows[0] ?? null;
}
