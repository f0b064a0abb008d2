// Chooses the database from configuration: pg when DATABASE_URL is set, else embedded PGlite under DATA_DIR.
import type { AppConfig } from '../../core/config';
import type { Db } from '../../core/db';
import { openPgDb } from './pg-db';
import { openPgliteDb } from './pglite-db';

export async function openDb(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'>,
): Promise<Db> {
  if (config.DATABASE_URL) return openPgDb(config.DATABASE_URL, { max: config.DATABASE_POOL_SIZE });
  return openPgliteDb(config.DATA_DIR);
}
