// HTTP tool surface: listing, calls, and every error class with its status and code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { createTestDeps } from '../helpers/test-deps';
import { testEngine } from '../helpers/test-db';
import { failingTool, sampleTool } from '../helpers/sample-tool';

let deps: AppDeps;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await createTestDeps({ tools: [sampleTool, failingTool] });
  app = createApp(deps);
});
afterAll(() => deps.db.close());

const post = (path: string, body: string | object) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP tools', () => {
  it('reports health with the database and answer mode', async () => {
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'ok',
      db: { ok: true, kind: testEngine === 'postgres' ? 'pg' : 'pglite' },
      llm: { mode: 'no-llm' },
    });
  });

  it('lists tools with their JSON Schemas', async () => {
    const res = await app.request('/api/tools');
    const body = await res.json();
    const sum = body.tools.find((t: { name: string }) => t.name === 'sample_sum');
    expect(sum.input_schema.properties.numbers.type).toBe('array');
    expect(sum.annotations.readOnly).toBe(true);
  });

  it('calls a tool and returns its output, with a request id', async () => {
    const res = await post('/api/tools/sample_sum', { numbers: [1, 2, 3.5] });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect(await res.json()).toEqual({ total: 6.5, label: null });
  });

  it('rejects malformed JSON with 400 invalid_input', async () => {
    const res = await post('/api/tools/sample_sum', '{"numbers": [1,');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_input');
  });

  it('rejects wrong types with 400 and names the field', async () => {
    const res = await post('/api/tools/sample_sum', { numbers: ['one'] });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('invalid_input');
    expect(error.issues[0].path).toBe('numbers.0');
  });

  it('answers 404 for an unknown tool', async () => {
    const res = await post('/api/tools/no_such_tool', {});
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('answers 413 for a body over 1 MiB', async () => {
    const res = await post(
      '/api/tools/sample_sum',
      JSON.stringify({ label: 'x'.repeat(1024 * 1024 + 10), numbers: [1] }),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });

  it('answers 500 with a request id and no internals', async () => {
    const res = await post('/api/tools/sample_fail', {});
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/SELECT|secret internal/);
    expect(JSON.parse(text).error).toMatchObject({ code: 'internal' });
    expect(JSON.parse(text).error.request_id).toBeTruthy();
  });

  it('records every call in the audit log', async () => {
    await post('/api/tools/sample_sum', { numbers: [2], label: 'audit-me' });
    const { rows } = await deps.db.query<{
      ok: boolean;
      surface: string;
      arguments: { label: string };
    }>(
      `SELECT ok, surface, arguments FROM tool_calls WHERE tool = 'sample_sum' ORDER BY id DESC LIMIT 1`,
    );
    expect(rows[0]).toMatchObject({ ok: true, surface: 'http', arguments: { label: 'audit-me' } });
  });
});
