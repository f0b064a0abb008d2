// MCP over Streamable HTTP at /mcp: the SDK client against the real app on a local port (tools, resources,
// prompts, parity with GET /api/tools), and the HTTP guards (API key, Host/Origin, method, body size).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { buildKeyRing } from '../../server/security/keys';
import { hostPolicy } from '../../server/surfaces/mcp/http';
import { citedDocumentLinks } from '../../server/surfaces/mcp/tools';
import { FIXTURE_ANSWER } from '../helpers/answer-fixture';
import { allTools } from '../../tools/index';
import { invokeTool } from '../../tools/invoke';
import { createTestDeps, testConfig } from '../helpers/test-deps';
import { failingTool, sampleTool } from '../helpers/sample-tool';
import { freePort } from '../helpers/wire-postgres';
import { FIXTURE_DOCUMENT, insertFixtureDocument } from './fixtures';
import { FAILS_BY_DESIGN, invalidInputFor, TOOL_EXAMPLES } from './tool-examples';

const KEY = 'test-mcp-key-0123456789';
let deps: AppDeps;
let app: ReturnType<typeof createApp>;
let server: ServerType;
let url: URL;
let client: Client;

function connect(headers: Record<string, string> = { Authorization: `Bearer ${KEY}` }) {
  const c = new Client({ name: 'vitest-http', version: '1.0.0' });
  return c
    .connect(new StreamableHTTPClientTransport(url, { requestInit: { headers } }))
    .then(() => c);
}

beforeAll(async () => {
  deps = await createTestDeps({
    tools: [...allTools, sampleTool, failingTool],
    env: { TRADEPILOT_API_KEYS: KEY },
  });
  await insertFixtureDocument(deps.db);
  app = createApp(deps, { keys: await buildKeyRing([KEY], undefined) });
  const port = await freePort();
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, () => resolve(s));
  });
  url = new URL(`http://127.0.0.1:${port}/mcp`);
  client = await connect();
});

afterAll(async () => {
  await client?.close();
  await new Promise((resolve) => server?.close(resolve));
  await deps?.db.close();
});

describe('MCP over Streamable HTTP: tools', () => {
  it('identifies itself and offers tools, resources, prompts and completions', () => {
    expect(client.getServerVersion()?.name).toBe('tradepilot');
    expect(client.getServerCapabilities()).toMatchObject({
      tools: {},
      resources: {},
      prompts: {},
      completions: {},
    });
    expect(client.getInstructions()).toMatch(/citations/);
  });

  it('exposes every registry tool with the same input schema as GET /api/tools', async () => {
    const { tools } = await client.listTools();
    const res = await app.request('/api/tools', { headers: { Authorization: `Bearer ${KEY}` } });
    const http = (await res.json()).tools as Array<{
      name: string;
      title: string;
      input_schema: unknown;
      output_schema: unknown;
      annotations: { readOnly: boolean; openWorld?: boolean };
    }>;
    expect(tools.map((t) => t.name)).toEqual(deps.registry.list().map((t) => t.name));
    expect(tools.map((t) => t.name)).toEqual(http.map((t) => t.name));
    for (const listed of http) {
      const tool = tools.find((t) => t.name === listed.name)!;
      expect(tool.inputSchema, tool.name).toEqual(listed.input_schema);
      expect(tool.outputSchema, tool.name).toEqual(listed.output_schema);
      expect(tool.title).toBe(listed.title);
      expect(tool.annotations).toEqual({
        title: listed.title,
        readOnlyHint: listed.annotations.readOnly,
        openWorldHint: listed.annotations.openWorld ?? false,
      });
    }
  });

  it('has a valid example input for every registry tool', () => {
    const missing = deps.registry.list().filter((t) => !TOOL_EXAMPLES[t.name]);
    expect(missing.map((t) => t.name)).toEqual([]);
  });

  it('returns structuredContent equal to the invoke wrapper output, and its text rendering', async () => {
    for (const tool of deps.registry.list()) {
      if (FAILS_BY_DESIGN.has(tool.name)) continue;
      const input = TOOL_EXAMPLES[tool.name];
      const result = await client.callTool({ name: tool.name, arguments: input });
      const direct = await invokeTool(deps.registry, deps, tool.name, input, { surface: 'bench' });
      expect(result.isError, `${tool.name}: ${JSON.stringify(result.content)}`).toBeFalsy();
      expect(direct.ok).toBe(true);
      if (!direct.ok) continue;
      expect(result.structuredContent, tool.name).toEqual(direct.output);
      expect(result.content, tool.name).toEqual([
        { type: 'text', text: direct.text },
        ...citedDocumentLinks(direct.answer),
      ]);
    }
  });

  it('renders sample_sum as text and as structured content', async () => {
    const result = await client.callTool({ name: 'sample_sum', arguments: { numbers: [1, 2] } });
    expect(result.content).toEqual([{ type: 'text', text: 'Total: 3' }]);
    expect(result.structuredContent).toEqual({ total: 3, label: null });
  });

  it('answers invalid input with an isError result that names the field, for every tool', async () => {
    for (const tool of deps.registry.list()) {
      const invalid = invalidInputFor(tool);
      if (!invalid) continue;
      const result = await client.callTool({ name: tool.name, arguments: invalid.input });
      expect(result.isError, tool.name).toBe(true);
      const text = (result.content as Array<{ text: string }>)[0].text;
      expect(text, tool.name).toMatch(/^invalid_input: /);
      expect(text, tool.name).toContain(`- ${invalid.field}`);
    }
  });

  it('answers an unknown tool and an internal failure with isError and no internals', async () => {
    const unknown = await client.callTool({ name: 'no_such_tool', arguments: {} });
    expect(unknown.isError).toBe(true);
    expect(unknown.content).toEqual([
      { type: 'text', text: 'not_found: Unknown tool: no_such_tool' },
    ]);
    const failed = await client.callTool({ name: 'sample_fail', arguments: {} });
    expect(failed.isError).toBe(true);
    const text = (failed.content as Array<{ text: string }>)[0].text;
    expect(text).toMatch(/^internal: /);
    expect(text).not.toMatch(/SELECT|secret internal/);
  });

  it('audits MCP calls with the surface and the API key id, never the key', async () => {
    await client.callTool({ name: 'sample_sum', arguments: { numbers: [7], label: 'audit-mcp' } });
    const { rows } = await deps.db.query<{ surface: string; principal: string }>(
      `SELECT surface, principal FROM tool_calls WHERE arguments->>'label' = 'audit-mcp'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].surface).toBe('mcp');
    expect(rows[0].principal).toMatch(/^admin_[0-9a-f]+$/);
    expect(rows[0].principal).not.toContain(KEY);
  });
});

describe('MCP over Streamable HTTP: resources and prompts', () => {
  const uri = `knowledge://de/${FIXTURE_DOCUMENT.id}`;

  it('lists knowledge documents with their metadata', async () => {
    const { resources } = await client.listResources();
    const doc = resources.find((r) => r.uri === uri);
    expect(doc).toMatchObject({
      name: FIXTURE_DOCUMENT.id,
      title: FIXTURE_DOCUMENT.title,
      mimeType: 'text/markdown',
      _meta: { market: 'DE', topic: 'epr', status: 'in force', as_of: '2026-01-15' },
    });
    expect(doc?.description).toMatch(/DE · epr · in force/);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates[0].uriTemplate).toBe('knowledge://{market}/{id}');
  });

  it('reads a document as Markdown that starts with its source, status and dates', async () => {
    const { contents } = await client.readResource({ uri });
    const text = (contents[0] as { text: string }).text;
    expect(text).toMatch(/^# WEEE registration/);
    expect(text).toContain(
      '> Source: [ElektroG (test)](https://www.gesetze-im-internet.de/elektrog_2015/) · status: in force · ' +
        'effective: 2005-08-13 · as of: 2026-01-15 · confidence: high · source: official',
    );
    expect(text).toContain('stiftung ear');
  });

  it('answers an unknown document with a resource-not-found error', async () => {
    await expect(client.readResource({ uri: 'knowledge://de/no-such-doc' })).rejects.toThrow(
      /No knowledge document at knowledge:\/\/de\/no-such-doc/,
    );
    await expect(
      client.readResource({ uri: `knowledge://fr/${FIXTURE_DOCUMENT.id}` }),
    ).rejects.toThrow(/No knowledge document/);
  });

  it('completes the template variables from the stored documents', async () => {
    const markets = await client.complete({
      ref: { type: 'ref/resource', uri: 'knowledge://{market}/{id}' },
      argument: { name: 'market', value: 'd' },
    });
    expect(markets.completion.values).toContain('de');
    const ids = await client.complete({
      ref: { type: 'ref/resource', uri: 'knowledge://{market}/{id}' },
      argument: { name: 'id', value: 'de-test' },
      context: { arguments: { market: 'de' } },
    });
    expect(ids.completion.values).toEqual([FIXTURE_DOCUMENT.id]);
  });

  it('lists the canned prompts and renders one with normalized arguments', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(
      expect.arrayContaining(['pre-launch-check', 'localize-listing', 'restock-review']),
    );
    const check = prompts.find((p) => p.name === 'pre-launch-check');
    expect(check?.arguments).toContainEqual(
      expect.objectContaining({ name: 'product', required: true }),
    );
    const prompt = await client.getPrompt({
      name: 'pre-launch-check',
      arguments: { product: 'Bluetooth earbuds', market: 'Germany', category: 'wireless' },
    });
    const text = (prompt.messages[0].content as { text: string }).text;
    expect(prompt.messages[0].role).toBe('user');
    expect(text).toContain('I plan to sell Bluetooth earbuds in DE.');
    expect(text).toContain(
      '`compliance_plan` with product "Bluetooth earbuds" and markets ["DE"] and category "radio-equipment"',
    );
  });

  it('rejects a prompt without a required argument or with an unknown market, and completes markets', async () => {
    await expect(
      client.getPrompt({ name: 'pre-launch-check', arguments: { market: 'DE' } }),
    ).rejects.toThrow(/product: required/);
    await expect(
      client.getPrompt({
        name: 'pre-launch-check',
        arguments: { product: 'x', market: 'Atlantis' },
      }),
    ).rejects.toThrow(/unknown market "Atlantis"/);
    await expect(client.getPrompt({ name: 'nope' })).rejects.toThrow(/Unknown prompt: nope/);
    const done = await client.complete({
      ref: { type: 'ref/prompt', name: 'restock-review' },
      argument: { name: 'market', value: 'd' },
    });
    expect(done.completion.values).toEqual(['DE']);
  });
});

describe('MCP over Streamable HTTP: guards', () => {
  const rpc = (
    headers: Record<string, string>,
    body: unknown = { jsonrpc: '2.0', id: 1, method: 'tools/list' },
  ) =>
    fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('answers 401 without a key or with a wrong key', async () => {
    const none = await rpc({});
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('unauthorized');
    expect((await rpc({ authorization: 'Bearer wrong-key' })).status).toBe(401);
    await expect(connect({})).rejects.toThrow(/unauthorized/);
  });

  it('answers 403 to a foreign Origin or Host, and accepts a loopback Origin', async () => {
    const foreign = await rpc({ authorization: `Bearer ${KEY}`, origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.code).toBe('forbidden');
    const rebound = await app.request('http://attacker.example/mcp', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(rebound.status).toBe(403);
    const local = await rpc({
      authorization: `Bearer ${KEY}`,
      origin: `http://localhost:${url.port}`,
    });
    expect(local.status).toBe(200);
  });

  it('answers GET and DELETE with 405 (stateless)', async () => {
    for (const method of ['GET', 'DELETE']) {
      const res = await fetch(url, {
        method,
        headers: { authorization: `Bearer ${KEY}`, accept: 'text/event-stream' },
      });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('POST');
      expect((await res.json()).error.code).toBe('method_not_allowed');
    }
  });

  it('answers 413 to a body over 1 MiB', async () => {
    const big = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'sample_sum', arguments: { numbers: [1], label: 'x'.repeat(1024 * 1024) } },
    });
    const res = await rpc({ authorization: `Bearer ${KEY}` }, big);
    expect(res.status).toBe(413);
  });
});

describe('MCP resource links', () => {
  it('links each cited knowledge document of an answer whose market is known', () => {
    const links = citedDocumentLinks(FIXTURE_ANSWER);
    expect(links).toEqual([
      {
        type: 'resource_link',
        uri: 'knowledge://eu/eu-red',
        name: 'eu-red',
        title: 'Radio Equipment Directive 2014/53/EU',
        mimeType: 'text/markdown',
      },
      {
        type: 'resource_link',
        uri: 'knowledge://de/de-weee',
        name: 'de-weee',
        title: 'ElektroG <WEEE>',
        mimeType: 'text/markdown',
      },
    ]);
  });
});

describe('MCP host policy', () => {
  it('allows loopback and HOST, adds MCP_ALLOWED_HOSTS, and * turns the check off', () => {
    const local = hostPolicy(testConfig());
    expect(['localhost', '127.0.0.1', '127.0.0.2', '[::1]'].every(local)).toBe(true);
    expect(local('evil.example')).toBe(false);
    const named = hostPolicy(testConfig({ HOST: '0.0.0.0', MCP_ALLOWED_HOSTS: 'mcp.example.com' }));
    expect(named('mcp.example.com')).toBe(true);
    expect(named('0.0.0.0')).toBe(false);
    expect(hostPolicy(testConfig({ HOST: '10.0.0.5' }))('10.0.0.5')).toBe(true);
    expect(hostPolicy(testConfig({ MCP_ALLOWED_HOSTS: '*' }))('anything.example')).toBe(true);
  });
});
