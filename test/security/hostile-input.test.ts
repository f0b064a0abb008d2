// Hostile input through every tool and route: valid inputs carrying NUL, lone surrogates, injection and control
// characters in each string field in turn reach the database and answer 200 with the text stored cleanly; raw
// hostile strings give 200 or 400, never 500, and change no data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { toolJsonSchemas } from '../../tools/define-tool';
import { allTools } from '../../tools/index';
import { createTestDeps } from '../helpers/test-deps';
import {
  HOSTILE_FRAGMENTS,
  HOSTILE_STRINGS,
  sampleFromSchema,
  stringPaths,
  withString,
} from '../helpers/schema-sample';
import { TOOL_EXAMPLES } from '../mcp/tool-examples';

let deps: AppDeps;
let app: ReturnType<typeof createApp>;

/** Stack frames, SQL, driver messages and server paths: what must never reach a caller. */
const INTERNALS =
  /\n\s+at |\bat \S+ \(\S+:\d+:\d+\)|\bSELECT\b.*\bFROM\b|INSERT INTO|syntax error|invalid byte sequence|\/work\/|node_modules/;
// eslint-disable-next-line no-control-regex -- NUL is what this test looks for
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])/;
/** What the database boundary makes of a fragment: NUL removed, a lone surrogate replaced by U+FFFD. */
const clean = (text: string) =>
  text.replaceAll(String.fromCharCode(0), '').replace(/\ud800/g, '\ufffd');

async function dataFingerprint(): Promise<Record<string, number>> {
  const { rows } = await deps.db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_name NOT IN ('tool_calls', 'conversations', 'messages', 'slack_events')`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of rows) {
    const r = await deps.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${name.replace(/"/g, '')}"`,
    );
    counts[name] = r.rows[0].n;
  }
  return counts;
}

const post = (path: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

beforeAll(async () => {
  deps = await createTestDeps({ env: { DEMO_DATA: '1' } });
  const { bootstrap } = await import('../../server/bootstrap');
  await bootstrap(deps);
  app = createApp(deps);
}, 300_000);
afterAll(() => deps.db.close());

describe('valid inputs carrying hostile strings, one string field at a time', () => {
  it('reach every tool, answer 200 and are audited with the unstorable characters removed', async () => {
    const failures: string[] = [];
    const reached: string[] = [];
    for (const tool of allTools) {
      const example = TOOL_EXAMPLES[tool.name];
      expect(example, `TOOL_EXAMPLES needs ${tool.name}`).toBeDefined();
      for (const path of stringPaths(example)) {
        for (const fragment of HOSTILE_FRAGMENTS) {
          const input = withString(example, path, (old) => `${old} ${fragment}`);
          if (!tool.input.safeParse(input).success) continue; // enums and codes: validation stops it
          const label = `${tool.name}.${path.join('.')} ${JSON.stringify(fragment)}`;
          const res = await post(`/api/tools/${tool.name}`, input);
          const body = await res.text();
          if (INTERNALS.test(body)) failures.push(`${label}: leaked internals`);
          // A tool's own check (an unknown market or category) names the field: validation stopped it.
          if (res.status === 400 && JSON.parse(body).error.issues?.[0]?.path === path.join('.'))
            continue;
          if (res.status !== 200) failures.push(`${label}: ${res.status} ${body.slice(0, 200)}`);
          const { rows } = await deps.db.query<{ arguments: unknown; ok: boolean }>(
            'SELECT arguments, ok FROM tool_calls WHERE tool = $1 ORDER BY id DESC LIMIT 1',
            [tool.name],
          );
          const stored = stringPaths(rows[0]?.arguments).map((p) =>
            p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], rows[0].arguments),
          );
          if (!rows[0]?.ok) failures.push(`${label}: no successful audit row`);
          else if (stored.some((v) => UNSTORABLE.test(v as string)))
            failures.push(`${label}: unstorable character stored`);
          else if (!stored.some((v) => (v as string).includes(clean(fragment))))
            failures.push(`${label}: the audit row lost the text around the fragment`);
          reached.push(`${tool.name}.${path.join('.')}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Free-text fields must let hostile text through validation, or this test proves nothing.
    for (const field of [
      'compliance_lookup.question',
      'localize_listing.listing.title',
      'localize_listing.listing.bullets.0',
      'localize_listing.listing.description',
      'generate_ad_copy.product.name',
      'generate_ad_copy.product.features.0',
    ])
      expect(reached).toContain(field);
  }, 600_000);

  it('reach the chat, the OpenAI-compatible and the ingest routes and are stored cleanly', async () => {
    for (const fragment of HOSTILE_FRAGMENTS) {
      const chat = await post('/api/chat', { message: `Compliance for ${fragment}` });
      expect(chat.status).toBe(200);
      const stream = await chat.text();
      expect(stream).toContain('event: done');
      expect(stream).not.toContain('event: error');
      const id = /"conversation_id":"([^"]+)"/.exec(stream)![1];
      const view = await (await app.request(`/api/conversations/${id}`)).json();
      expect(view.messages[0].content).toBe(`Compliance for ${clean(fragment)}`);

      const completion = await post('/v1/chat/completions', {
        model: 'tradepilot',
        messages: [{ role: 'user', content: `Ad copy for ${fragment}` }],
      });
      expect(completion.status).toBe(200);
      expect((await completion.json()).choices[0].message.content).toBeTruthy();

      const ingest = await post('/api/ingest', {
        documents: [
          {
            id: 'hostile-doc',
            title: `Title ${fragment}`,
            text: `# Heading\n\nBody text ${fragment} about toys in the EU.`,
            metadata: { market: 'EU', source_title: `Source ${fragment}` },
          },
        ],
      });
      const ingestBody = await ingest.text();
      expect(ingest.status, ingestBody).toBe(200);
      const { rows } = await deps.db.query<{ title: string }>(
        `SELECT title FROM documents WHERE id = 'hostile-doc'`,
      );
      expect(rows[0].title).not.toMatch(UNSTORABLE);
      expect(rows[0].title).toContain('Title');
    }
  }, 300_000);
});

describe('raw hostile strings', () => {
  it('never answer 500 from a tool, and change no data', async () => {
    const before = await dataFingerprint();
    const failures: string[] = [];
    for (const tool of allTools.filter((t) => t.annotations.readOnly)) {
      const schema = toolJsonSchemas(tool).input as Parameters<typeof sampleFromSchema>[0];
      for (const text of HOSTILE_STRINGS) {
        const res = await post(`/api/tools/${tool.name}`, sampleFromSchema(schema, text));
        if (![200, 400].includes(res.status))
          failures.push(`${tool.name} ${res.status} ${text.slice(0, 30)}`);
        if (INTERNALS.test(await res.text())) failures.push(`${tool.name} leaked internals`);
      }
    }
    expect(failures).toEqual([]);
    expect(await dataFingerprint()).toEqual(before);
  }, 300_000);

  it('never answer 500 on any route', async () => {
    const failures: string[] = [];
    const routes = app.routes.filter(
      (r) => r.path !== '/*' && r.path !== '*' && r.method !== 'ALL',
    );
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, encodeURIComponent(HOSTILE_STRINGS[0]));
      for (const text of HOSTILE_STRINGS.slice(0, 6)) {
        const res = await app.request(path, {
          method: route.method,
          headers: { 'content-type': 'application/json' },
          body:
            route.method === 'GET' ? undefined : JSON.stringify({ message: text, question: text }),
        });
        const body = await res.text();
        if (res.status >= 500 && res.status !== 503)
          failures.push(`${route.method} ${route.path} ${res.status}`);
        if (INTERNALS.test(body)) failures.push(`${route.method} ${route.path} leaked internals`);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
