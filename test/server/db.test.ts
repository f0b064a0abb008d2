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
import { openTestDb, testEngine } from '../helpers/test-db';

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
