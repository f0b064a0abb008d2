// Migration 018 on a store that already holds documents: they count as secondary sources and start at version 1,
// so the first change after the upgrade is version 2.
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../server/db/migrate';
import { migrations } from '../../../server/db/migrations/index';
import { openTestDb } from '../../helpers/test-db';

describe('migration 018-knowledge-sources', () => {
  it('starts the documents already stored at version 1, as bundled or unknown', async () => {
    const db = await openTestDb();
    try {
      const at = migrations.findIndex((m) => m.id === '018-knowledge-sources');
      await migrate(db, migrations.slice(0, at));
      await db.query(
        `INSERT INTO documents (id, title, market, topic, origin, content_hash, text, ingested_at) VALUES
         ('eu-old', 'Old EU rule', 'EU', 'labeling', 'bundled', 'h1', 'Text', '2026-01-02T03:04:05Z'),
         ('acme-sop', 'Acme SOP', 'DE', 'labeling', 'user', 'h2', 'Text', '2026-02-03T04:05:06Z')`,
      );
      await migrate(db);
      const { rows } = await db.query(
        `SELECT d.id, d.source_kind, d.updated_on, v.version, v.changed_by, v.content_hash, v.previous
         FROM documents d JOIN document_versions v ON v.document_id = d.id ORDER BY d.id`,
      );
      expect(rows).toEqual([
        {
          id: 'acme-sop',
          source_kind: 'secondary',
          updated_on: null,
          version: 1,
          changed_by: 'unknown',
          content_hash: 'h2',
          previous: null,
        },
        {
          id: 'eu-old',
          source_kind: 'secondary',
          updated_on: null,
          version: 1,
          changed_by: 'bundled',
          content_hash: 'h1',
          previous: null,
        },
      ]);
    } finally {
      await db.close();
    }
  });
});
