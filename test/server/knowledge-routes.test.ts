// Knowledge updates stay safe and visible (issue #23): a changed document keeps its previous version with who, when
// and what changed; answers say "updated on", official or secondary, and "check for updates"; admins list stale
// documents oldest first and a document's versions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { buildKeyRing } from '../../server/security/keys';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps } from '../helpers/test-deps';
import { markdownDoc } from '../knowledge/fixtures';

const KEY = 'knowledge-admin-key-123456';
const WIDGET_KEY = 'pk_knowledge_widget_123456';
let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let clock = new Date('2026-11-30T10:00:00Z');

beforeAll(async () => {
  deps = await createTestDeps();
  deps.now = () => clock;
  app = createApp(deps, {
    keys: await buildKeyRing([KEY], `${WIDGET_KEY}=https://shop.example`),
  });
});
afterAll(() => deps.db.close());

const toyRule = (note: string, asOf: string) =>
  markdownDoc(
    {
      market: 'DE',
      topic: 'labeling',
      categories: ['toys'],
      status: 'in force',
      status_note: note,
      as_of: asOf,
      source_kind: 'official',
      source_title: 'Spielzeugverordnung (2. ProdSV)',
      source_url: 'https://www.gesetze-im-internet.de/gpsgv_2/',
      secondary_source_url: 'https://lawfirm.example/toy-labels',
    },
    `# Acme toy warning labels\n\nEvery toy for under-threes sold in Germany carries the zebra warning pictogram. ${note}`,
  );

const staleRule = (id: string, asOf: string, extra: Record<string, unknown> = {}) => ({
  id,
  text: markdownDoc(
    {
      market: 'FR',
      topic: 'labeling',
      as_of: asOf,
      source_url: `https://x.example/${id}`,
      ...extra,
    },
    `# ${id}\n\nA rule about zebra pictograms on French toys.`,
  ),
});

const call = (path: string, init: { method?: string; key?: string; body?: unknown } = {}) =>
  app.request(path, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.key ? { authorization: `Bearer ${init.key}` } : {}),
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });

const ingest = (documents: unknown[]) =>
  call('/api/ingest', { method: 'POST', key: KEY, body: { documents } });

describe('document versions', () => {
  it('records the first load and a change with who, when and what changed; the answer says "updated on"', async () => {
    clock = new Date('2026-11-30T10:00:00Z');
    expect(
      await (
        await ingest([{ id: 'acme-toy-labels', text: toyRule('First note.', '2026-10') }])
      ).json(),
    ).toMatchObject({ added: ['acme-toy-labels'] });
    const before = await toolAnswerFor('zebra warning pictogram toys');
    expect(before).toContain('(DE, in force, as of 2026-10, official)');
    expect(before).not.toContain('updated on');

    clock = new Date('2026-12-05T09:30:00Z');
    expect(
      await (
        await ingest([{ id: 'acme-toy-labels', text: toyRule('Second note.', '2026-12') }])
      ).json(),
    ).toMatchObject({ updated: ['acme-toy-labels'] });
    // Sending the same text again is no new version.
    expect(
      await (
        await ingest([{ id: 'acme-toy-labels', text: toyRule('Second note.', '2026-12') }])
      ).json(),
    ).toMatchObject({ unchanged: ['acme-toy-labels'] });

    const res = await call('/api/knowledge/documents/acme-toy-labels/versions', { key: KEY });
    expect(res.status).toBe(200);
    const { versions } = await res.json();
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({
      version: 2,
      changed_fields: ['status_note', 'as_of', 'text'],
      changed_at: '2026-12-05T09:30:00Z',
      previous: { status_note: 'First note.', as_of: '2026-10' },
    });
    expect(versions[0].changed_by).toMatch(/^admin_[0-9a-f]{10}$/);
    expect(versions[0].previous.text).toContain('First note.');
    expect(versions[1]).toMatchObject({
      version: 1,
      changed_fields: [],
      changed_at: '2026-11-30T10:00:00Z',
      previous: null,
    });
    expect(versions[1].changed_by).toBe(versions[0].changed_by);

    const after = await toolAnswerFor('zebra warning pictogram toys');
    expect(after).toContain(
      'Spielzeugverordnung (2. ProdSV) — https://www.gesetze-im-internet.de/gpsgv_2/ (DE, in force, as of 2026-12, official, updated on 2026-12-05) · also: https://lawfirm.example/toy-labels',
    );
  });

  it('answers 404 for an unknown document', async () => {
    const res = await call('/api/knowledge/documents/no-such-doc/versions', { key: KEY });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toBe('No knowledge document "no-such-doc".');
  });
});

describe('GET /api/knowledge/stale', () => {
  it('needs the admin key: none, a wrong one or a widget key get 401', async () => {
    expect((await call('/api/knowledge/stale')).status).toBe(401);
    expect((await call('/api/knowledge/stale', { key: 'wrong-key-123456789' })).status).toBe(401);
    expect((await call('/api/knowledge/stale', { key: WIDGET_KEY })).status).toBe(401);
    expect(
      (await call('/api/knowledge/documents/acme-toy-labels/versions', { key: WIDGET_KEY })).status,
    ).toBe(401);
  });

  it('lists documents checked more than 12 months before today, oldest first, and answers mark them', async () => {
    clock = new Date('2026-11-30T10:00:00Z');
    await ingest([
      staleRule('fr-zebra-2025', '2025'),
      staleRule('fr-zebra-2023-06', '2023-06', {
        source_kind: 'secondary',
        source_note: 'No official page found in the stored sources',
      }),
      staleRule('fr-zebra-fresh', '2026-02'),
      staleRule('fr-zebra-undated', ''),
    ]);
    const res = await call('/api/knowledge/stale', { key: KEY });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      documents: [
        {
          id: 'fr-zebra-2023-06',
          title: 'fr-zebra-2023-06',
          market: 'FR',
          as_of: '2023-06',
          age_months: 41,
          source_url: 'https://x.example/fr-zebra-2023-06',
        },
        {
          id: 'fr-zebra-2025',
          title: 'fr-zebra-2025',
          market: 'FR',
          as_of: '2025',
          age_months: 22,
          source_url: 'https://x.example/fr-zebra-2025',
        },
      ],
    });

    const text = await toolAnswerFor('zebra pictograms on French toys', ['FR']);
    expect(text).toContain(
      'https://x.example/fr-zebra-2023-06 (FR, in force, as of 2023-06, secondary source; no official page found, check for updates)',
    );
    expect(text).toContain(
      'https://x.example/fr-zebra-fresh (FR, in force, as of 2026-02, secondary)',
    );
  });
});

async function toolAnswerFor(question: string, markets = ['DE']): Promise<string> {
  const result = await invokeTool(
    deps.registry,
    deps,
    'compliance_lookup',
    { question, markets },
    { surface: 'http' },
  );
  if (!result.ok) throw new Error('lookup failed');
  return result.text;
}
