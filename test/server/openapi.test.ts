// GET /openapi.json: a valid OpenAPI 3.1 document, public, listing every tool with the schemas of GET /api/tools,
// and every path it declares answers as it says (walked with real calls, answers checked against the schemas).
import { Validator as CfValidator } from '@cfworker/json-schema';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { buildKeyRing } from '../../server/security/keys';
import { publicOrigin } from '../../server/surfaces/http/openapi';
import { createTestDeps } from '../helpers/test-deps';
import { invalidInputFor, TOOL_EXAMPLES } from '../mcp/tool-examples';

type Schema = Record<string, unknown>;
interface Operation {
  operationId: string;
  summary: string;
  description: string;
  security?: unknown[];
  requestBody: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content: Record<string, { schema: Schema }> }>;
}
interface OpenApiDoc {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, { post: Operation }>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, Schema> };
}

let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let doc: OpenApiDoc;
const KEY = 'openapi-admin-key-123456';

beforeAll(async () => {
  deps = await createTestDeps();
  app = createApp(deps, { keys: await buildKeyRing([KEY], undefined) });
  const res = await app.request('http://localhost:8787/openapi.json');
  expect(res.status).toBe(200);
  doc = await res.json();
});
afterAll(() => deps.db.close());

const post = (path: string, body: unknown) =>
  app.request(`http://localhost:8787${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify(body),
  });

/** The response schema an operation declares for a status, with the shared Error schema resolved. */
function responseSchema(op: Operation, status: number): Schema {
  const declared = op.responses[String(status)];
  expect(declared, `${op.operationId} declares ${status}`).toBeDefined();
  const schema = declared.content['application/json'].schema;
  return schema.$ref === '#/components/schemas/Error' ? doc.components.schemas.Error : schema;
}

function expectMatches(schema: Schema, value: unknown, label: string) {
  const result = new CfValidator(schema as never, '2020-12', false).validate(value);
  expect(
    result.errors.map((e) => e.error),
    label,
  ).toEqual([]);
}

describe('GET /openapi.json', () => {
  it('is public even when the server has API keys, and names the server it was fetched from', async () => {
    expect(doc.servers).toEqual([{ url: 'http://localhost:8787' }]);
    expect((await app.request('/api/tools')).status).toBe(401);
  });

  it('names the forwarded origin only behind a trusted proxy', () => {
    const request = new Request('http://127.0.0.1:8787/openapi.json', {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'ops.example.com' },
    });
    expect(publicOrigin(request, true)).toBe('https://ops.example.com');
    expect(publicOrigin(request, false)).toBe('http://127.0.0.1:8787');
  });

  it('passes a maintained OpenAPI 3.1 validator', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Schema);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const { info: _info, ...withoutInfo } = doc as unknown as Schema;
    expect((await new Validator().validate(withoutInfo)).valid).toBe(false);
  });

  it('lists every registry tool with the schemas, title and description of GET /api/tools', async () => {
    const listed = (await (
      await app.request('/api/tools', { headers: { authorization: `Bearer ${KEY}` } })
    ).json()) as {
      tools: {
        name: string;
        title: string;
        description: string;
        input_schema: Schema;
        output_schema: Schema;
      }[];
    };
    expect(listed.tools.map((t) => t.name).sort()).toEqual(
      deps.registry
        .list()
        .map((t) => t.name)
        .sort(),
    );
    for (const tool of listed.tools) {
      const op = doc.paths[`/api/tools/${tool.name}`]?.post;
      expect(op, tool.name).toBeDefined();
      expect(op.operationId).toBe(tool.name);
      expect(op.summary).toBe(tool.title);
      expect(op.description).toBe(tool.description);
      expect(op.requestBody.content['application/json'].schema).toEqual(tool.input_schema);
      expect(op.responses['200'].content['application/json'].schema).toEqual(tool.output_schema);
      for (const status of [400, 401, 404, 413, 429, 500]) responseSchema(op, status);
    }
  });

  it('declares the bearer scheme for every route, and the widget key for chat', () => {
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/chat'].post.security).toEqual([{ bearer: [] }, { widgetKey: [] }]);
    expect(doc.paths['/api/chat'].post.responses['200'].content).toHaveProperty(
      'text/event-stream',
    );
  });

  it('every tool path answers a valid call with its declared 200 body and a bad one with the declared error', async () => {
    const toolPaths = Object.keys(doc.paths).filter((p) => p.startsWith('/api/tools/'));
    expect(toolPaths).toHaveLength(deps.registry.list().length);
    for (const path of toolPaths) {
      const op = doc.paths[path].post;
      const example = TOOL_EXAMPLES[op.operationId];
      expectMatches(op.requestBody.content['application/json'].schema, example, `${path} example`);
      const ok = await post(path, example);
      expect(ok.status, path).toBe(200);
      expectMatches(responseSchema(op, 200), await ok.json(), `${path} 200`);

      const invalid = invalidInputFor(deps.registry.get(op.operationId));
      if (!invalid) continue;
      const bad = await post(path, invalid.input);
      expect(bad.status, path).toBe(400);
      expectMatches(responseSchema(op, 400), await bad.json(), `${path} 400`);
    }
  });

  it('declares the admin knowledge listings (stale documents, versions)', () => {
    const paths = doc.paths as unknown as Record<string, { get?: { operationId: string } }>;
    expect(paths['/api/knowledge/stale'].get?.operationId).toBe('list_stale_knowledge');
    expect(paths['/api/knowledge/documents/{id}/versions'].get?.operationId).toBe(
      'list_document_versions',
    );
  });

  it('the chat, import and ingest paths exist and reject a bad body with the declared error', async () => {
    for (const path of ['/api/chat', '/api/inventory/import', '/api/ingest']) {
      const op = doc.paths[path].post;
      const res = await post(path, { unexpected: true });
      expect(res.status, path).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('invalid_input');
      expectMatches(responseSchema(op, 400), body, `${path} 400`);
    }
  });
});
