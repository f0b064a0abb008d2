// Applies pending migrations in order, each in its own transaction, under a lock shared by every instance on the
// database (two processes starting at once on a fresh Postgres otherwise race on CREATE TABLE); safe on every start.
import type { Db } from '../../core/db';
import { migrations as defaultMigrations, type Migration } from './migrations/index';

export class MissingVectorExtensionError extends Error {
  override name = 'MissingVectorExtensionError';
  constructor() {
    super(
      'The Postgres server has no pgvector extension. Install it on the server ' +
        '(e.g. `apt install postgresql-16-pgvector`, or the pgvector/pgvector Docker image, ' +
        'or enable "vector" on your managed Postgres), then run `CREATE EXTENSION vector;` ' +
        'as a superuser, or unset DATABASE_URL to use the embedded database.',
    );
  }
}

export async function assertVectorAvailable(db: Db): Promise<void> {
  const { rows } = await db.query<{ ok: number }>(
    `SELECT 1 AS ok FROM pg_available_extensions WHERE name = 'vector'`,
  );
  if (rows.length === 0) throw new MissingVectorExtensionError();
}

/** Runs every migration not yet recorded; returns the ids it applied. */
export async function migrate(
  db: Db,
  migrations: Migration[] = defaultMigrations,
): Promise<string[]> {
  await assertVectorAvailable(db);
  return db.exclusive('tradepilot:migrate', () => applyPending(db, migrations));
}

async function applyPending(db: Db, migrations: Migration[]): Promise<string[]> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const { rows } = await db.query<{ id: string }>('SELECT id FROM schema_migrations');
  const applied = new Set(rows.map((r) => r.id));
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1) ON CONFLICT DO NOTHING', [
        migration.id,
      ]);
    });
    done.push(migration.id);
  }
  return done;
}
