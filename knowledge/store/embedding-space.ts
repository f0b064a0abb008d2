// The embedding column's dimension and its HNSW cosine index, which follow the configured embedding model: on
// knowledge chunks, and on every other table searched the same way (the HS nomenclature index).
import type { Queryable } from '../../core/db';

/** Tables with an `embedding` vector column in the configured embedding space. */
export type EmbeddingTable = 'chunks' | 'hs_codes';

const indexOf = (table: EmbeddingTable) => `${table}_embedding_hnsw`;

/** The declared dimension of `table`.embedding, or null while it has none yet. */
export async function embeddingColumnDimensions(
  db: Queryable,
  table: EmbeddingTable = 'chunks',
): Promise<number | null> {
  const { rows } = await db.query<{ typmod: number }>(
    `SELECT atttypmod AS typmod FROM pg_attribute
     WHERE attrelid = $1::regclass AND attname = 'embedding'`,
    [table],
  );
  const typmod = rows[0]?.typmod ?? -1;
  return typmod > 0 ? typmod : null;
}

/**
 * Gives the column the model's dimension. Changing it drops every stored vector (the caller re-embeds all
 * chunks in the same transaction) and the index, which ensureVectorIndex rebuilds after the rows are written.
 */
export async function prepareEmbeddingColumn(
  tx: Queryable,
  dimensions: number,
  table: EmbeddingTable = 'chunks',
): Promise<boolean> {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16000)
    throw new Error(`Invalid embedding dimension: ${dimensions}`);
  if ((await embeddingColumnDimensions(tx, table)) === dimensions) return false;
  await tx.exec(`DROP INDEX IF EXISTS ${indexOf(table)}`);
  // DDL takes no parameters; `dimensions` is a checked integer and `table` one of EmbeddingTable.
  await tx.exec(
    `ALTER TABLE ${table} ALTER COLUMN embedding TYPE vector(${dimensions}) USING NULL::vector(${dimensions})`,
  );
  // Vectors do not compress; keeping small ones inline (and large ones uncompressed) spares a de-TOAST per row.
  await tx.exec(
    `ALTER TABLE ${table} ALTER COLUMN embedding SET STORAGE ${dimensions <= 1024 ? 'PLAIN' : 'EXTERNAL'}`,
  );
  return true;
}

export async function ensureVectorIndex(
  tx: Queryable,
  table: EmbeddingTable = 'chunks',
): Promise<void> {
  await tx.exec(
    `CREATE INDEX IF NOT EXISTS ${indexOf(table)} ON ${table} USING hnsw (embedding vector_cosine_ops)`,
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
