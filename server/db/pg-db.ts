// A real Postgres server over the wire through `pg` (DATABASE_URL, Hyperdrive in Workers).
import pg from 'pg';
import { TYPE_PARSERS, type Db, type Queryable } from '../../core/db';
import { storableParams } from './storable';

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    TYPE_PARSERS[oid] ??
    pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    query: async <T>(sql: string, params: unknown[] = []) => {
      const result = await client.query(sql, storableParams(params));
      return { rows: result.rows as T[] };
    },
    exec: async (sql) => {
      await client.query(sql);
    },
  };
}

export interface PgDbOptions {
  max?: number;
  /** Milliseconds to wait for a connection before failing (the caller then answers 503). */
  connectionTimeoutMillis?: number;
}

/**
 * Holds a session advisory lock on a connection outside the pool (so fn may use every pool connection, even with
 * `max: 1`) while fn runs; other processes asking for the same name wait. Closing the connection releases it.
 */
async function withAdvisoryLock<T>(
  settings: pg.ClientConfig,
  name: string,
  fn: () => Promise<T>,
): Promise<T> {
  const client = new pg.Client(settings);
  await client.connect();
  client.on('error', () => {});
  try {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [name]);
    return await fn();
  } finally {
    await client.end().catch(() => {});
  }
}

export function openPgDb(connectionString: string, options: PgDbOptions = {}): Db {
  const settings = {
    connectionString,
    types,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 5_000,
  };
  const pool = new pg.Pool({ ...settings, max: options.max ?? 4 });
  // An idle client losing its server (restart) must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return {
    kind: 'pg',
    ...wrap(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw err;
      } finally {
        client.release(broken);
      }
    },
    exclusive: (name, fn) => withAdvisoryLock(settings, name, fn),
    close: () => pool.end(),
  };
}
