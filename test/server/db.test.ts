// The Db contract on both engines: migrations are idempotent, transactions roll back, and a tool call works.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../server/db/migrate';
import { migrations } from '../../server/db/migrations/index';
import { openPgliteDb } from '../../server/db/pglite-db';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps } from '../helpers/test-deps';
import { sampleTool } from '../helpers/sample-tool';
import { openPgDb } from '../../server/db/pg-db';
import { bootstrap } from '../../server/bootstrap';
import { BUNDLED_DIR, ensureBundledKnowledge } from '../../knowledge/ingest/bundled';
import { listFiles } from '../../knowledge/ingest/sources';
import { createTestDatabase, openTestDb, testEngine } from '../helpers/test-db';

describe(`Db contract on ${testEngine}`, () => {
  it('migrates idempotently, rolls back failed transactions and runs a tool', async () => {
    const db = await openTestDb();
    try {
      await migrate(db);
      expect(await migrate(db)).toEqual([]);
      const { rows } = await db.query<{ id: string }>(
        'SELECT id FROM schema_migrations ORDER BY id',
      );
      expect(rows.map((r) => r.id)).toEqual(migrations.map((m) => m.id));

      await expect(
        db.transaction(async (tx) => {
          await tx.query(
            `INSERT INTO tool_calls (tool, surface, ok, duration_ms) VALUES ('rollback_probe', 'cli', true, 1)`,
          );
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      const probe = await db.query(`SELECT 1 FROM tool_calls WHERE tool = 'rollback_probe'`);
      expect(probe.rows).toHaveLength(0);

      const deps = await createTestDeps({ db, tools: [sampleTool] });
      const result = await invokeTool(
        deps.registry,
        deps,
        'sample_sum',
        { numbers: [40, 2] },
        { surface: 'cli' },
      );
      expect(result.ok && result.output).toEqual({ total: 42, label: null });
    } finally {
      await db.close();
    }
  });
});

describe.skipIf(testEngine !== 'postgres')('several instances starting on one database', () => {
  it('migrates and loads the bundled knowledge once when three instances start at once', async () => {
    const { url, drop } = await createTestDatabase();
    const instances = Array.from({ length: 3 }, () => openPgDb(url));
    try {
      const applied = await Promise.all(instances.map((db) => migrate(db)));
      expect(applied.flat().sort()).toEqual(migrations.map((m) => m.id).sort());
      const all = await Promise.all(instances.map((db) => createTestDeps({ db })));
      const notes = await Promise.all(all.map((deps) => bootstrap(deps, [ensureBundledKnowledge])));
      expect(notes.flatMap((n) => n.notes)).toHaveLength(1); // "Loaded bundled knowledge: ..."
      const { rows } = await instances[0].query<{ docs: number; chunks: number }>(
        `SELECT (SELECT count(*)::int FROM documents) AS docs, (SELECT count(*)::int FROM chunks) AS chunks`,
      );
      expect(rows[0].docs).toBe((await listFiles([BUNDLED_DIR])).length);
      expect(rows[0].chunks).toBeGreaterThan(rows[0].docs);
    } finally {
      await Promise.all(instances.map((db) => db.close()));
      await drop();
    }
  });
});

describe.skipIf(testEngine !== 'pglite')('PGlite data directory', () => {
  it('persists data and refuses a second owner while the first is open', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tp-lock-'));
    const first = await openPgliteDb(dir);
    try {
      await migrate(first);
      await expect(openPgliteDb(dir)).rejects.toThrow(
        /in use by another tradepilot process|in use/,
      );
    } finally {
      await first.close();
    }
    // The lock is released on close, and the migrated schema is still there.
    const again = await openPgliteDb(dir);
    try {
      const { rows } = await again.query('SELECT id FROM schema_migrations');
      expect(rows.length).toBe(migrations.length);
    } finally {
      await again.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
