// The database engine a test file runs on: in-memory PGlite, or a fresh database on the real Postgres server named
// by TEST_DATABASE_URL when vitest's `postgres` project runs the file (see vitest.config.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Db } from '../../core/db';
import { openPgDb, type PgDbOptions } from '../../server/db/pg-db';
import { openPgliteDb } from '../../server/db/pglite-db';

export type TestEngine = 'pglite' | 'postgres';

/** The engine of this vitest project: `postgres` only in the project that vitest.config.ts adds for it. */
export const testEngine: TestEngine =
  process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'pglite';

/** The server for Postgres tests, or undefined when TEST_DATABASE_URL is not set (those tests are skipped). */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the test server; returns its URL and a function that drops it. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `tp_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onServer((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: withDatabase(testDatabaseUrl, name),
    drop: () =>
      onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** A fresh, empty database on this project's engine; closing it drops it (Postgres) or frees it (PGlite). */
export async function openTestDb(options: PgDbOptions = {}): Promise<Db> {
  if (testEngine === 'pglite') return openPgliteDb();
  const { url, drop } = await createTestDatabase();
  const db = openPgDb(url, options);
  return {
    ...db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}
