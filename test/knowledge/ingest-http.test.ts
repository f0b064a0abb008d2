// POST /api/ingest: a seller's own documents over HTTP, searchable with their citation, idempotent, and all or
// nothing when one document is invalid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { buildKeyRing } from '../../server/security/keys';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps } from '../helpers/test-deps';

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
const KEY = 'ingest-admin-key-123456';

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps, { keys: await buildKeyRing([KEY], undefined) });
});
afterAll(() => deps.db.close());

const sop = `---
market: DE
topic: labeling
categories: [toys]
source_title: Acme internal SOP 12
source_url: https://intranet.acme.example/sop-12
---
# Acme toy labelling SOP

Every toy shipped to Germany carries the Acme batch sticker with the lot number on the outer carton.`;

const ingest = (documents: unknown[], auth = true) =>
  app.request('/api/ingest', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Bearer ${KEY}` } : {}),
    },
    body: JSON.stringify({ documents }),
  });

describe('POST /api/ingest', () => {
  it('needs the admin key', async () => {
    expect((await ingest([{ text: sop }], false)).status).toBe(401);
  });

  it('ingests a document that compliance_lookup then cites, and skips it when unchanged', async () => {
    const first = await ingest([{ id: 'acme-sop-12', text: sop }]);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ added: ['acme-sop-12'], unchanged: [] });

    const result = await invokeTool(
      deps.registry,
      deps,
      'compliance_lookup',
      { question: 'Acme batch sticker lot number on toy cartons', markets: ['DE'] },
      { surface: 'http' },
    );
    expect(result.ok).toBe(true);
    const top = (
      result as { output: { results: Array<{ document_id: string; citation: { url: string } }> } }
    ).output.results[0];
    expect(top).toMatchObject({
      document_id: 'acme-sop-12',
      citation: { url: 'https://intranet.acme.example/sop-12' },
    });

    const again = await ingest([{ id: 'acme-sop-12', text: sop }]);
    expect(await again.json()).toMatchObject({ added: [], unchanged: ['acme-sop-12'] });
  });

  it('writes nothing when one document is invalid, naming it', async () => {
    const res = await ingest([
      { id: 'good-one', text: '# Fine\n\nA valid note.', metadata: { market: 'FR' } },
      { id: 'bad-one', text: '# Bad\n\nText.', metadata: { market: 'Atlantis' } },
    ]);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0].path).toMatch(/^documents\.1: market/);
    const { rows } = await deps.db.query(
      `SELECT 1 FROM documents WHERE id IN ('good-one', 'bad-one')`,
    );
    expect(rows).toHaveLength(0);
  });
});
