// Embedded Postgres (PGlite + pgvector), persisted under DATA_DIR or in memory for tests.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { TYPE_PARSERS, type Db, type Queryable } from './db';
import { lockDataDir } from './data-dir-lock';

function wrap(pg: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    query: async <T>(sql: string, params: unknown[] = []) => {
      const result = await pg.query<T>(sql, params);
      return { rows: result.rows };
    },
    exec: async (sql) => {
      await pg.exec(sql);
    },
  };
}

/** Wraps an existing PGlite instance (tests and the wire-protocol server share one). */
export function pgliteDb(pg: PGlite, onClose: () => void = () => {}): Db {
  const base = wrap(pg);
  return {
    kind: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: async () => {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        onClose();
      }
    },
  };
}

export async function createPglite(dataDir?: string): Promise<PGlite> {
  return PGlite.create(dataDir ? path.resolve(dataDir, 'pgdata') : undefined, {
    extensions: { vector },
    parsers: TYPE_PARSERS,
  });
}

/** Opens the embedded database; `dataDir` undefined means in-memory. Locks the directory first. */
export async function openPgliteDb(dataDir?: string): Promise<Db> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    return pgliteDb(await createPglite(dataDir), release);
  } catch (err) {
    release();
    throw err;
  }
}
