// MCP over stdio: the SDK client spawns the real `tradepilot mcp` on a fresh data directory, lists and calls
// every tool, reads a knowledge document, gets a prompt, and stdout carries nothing but the protocol.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import {
  LoggingMessageNotificationSchema,
  type LoggingMessageNotification,
} from '@modelcontextprotocol/sdk/types.js';
import { defaultRegistry } from '../../tools/index';
import { CLI, tempDataDir } from '../helpers/run-cli';
import { FAILS_BY_DESIGN, invalidInputFor, TOOL_EXAMPLES } from './tool-examples';

const registry = defaultRegistry();
let client: Client;
let transport: StdioClientTransport;
let stderr = '';
const protocolErrors: Error[] = [];
let listedBeforeReady: Awaited<ReturnType<Client['listTools']>>;

beforeAll(async () => {
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'mcp'],
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DATA_DIR: tempDataDir('tp-mcp-'),
      DEMO_DATA: '1',
      LOG_LEVEL: 'info',
    },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (d) => (stderr += d));
  client = new Client({ name: 'vitest-stdio', version: '1.0.0' });
  client.onerror = (err) => protocolErrors.push(err);
  await client.connect(transport);
  // Tools are listed at once; the first request that needs the database waits for the first run
  // (bundled knowledge and demo inventory) on this fresh data directory.
  listedBeforeReady = await client.listTools();
  await client.listResources(undefined, { timeout: 180_000 });
});

afterAll(async () => {
  await client?.close();
});

describe('MCP over stdio (real CLI)', () => {
  it('lists every registry tool with its schemas and annotations, before the first run finishes', async () => {
    const { tools } = listedBeforeReady;
    expect(await client.listTools()).toEqual(listedBeforeReady);
    expect(tools.map((t) => t.name)).toEqual(registry.list().map((t) => t.name));
    for (const tool of tools) {
      expect(tool.inputSchema.type, tool.name).toBe('object');
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(
        registry.get(tool.name).annotations.readOnly,
      );
    }
  });

  it('calls every tool with valid input (structured content and text) and with invalid input (isError)', async () => {
    for (const tool of registry.list()) {
      const ok = await client.callTool({ name: tool.name, arguments: TOOL_EXAMPLES[tool.name] });
      const text = (ok.content as Array<{ type: string; text: string }>)[0];
      expect(ok.isError, `${tool.name}: ${text?.text}`).toBeFalsy();
      expect(ok.structuredContent, tool.name).toBeTypeOf('object');
      expect(text.type).toBe('text');
      expect(text.text.length, tool.name).toBeGreaterThan(0);

      const invalid = invalidInputFor(tool);
      if (!invalid) continue;
      const bad = await client.callTool({ name: tool.name, arguments: invalid.input });
      expect(bad.isError, tool.name).toBe(true);
      expect((bad.content as Array<{ text: string }>)[0].text, tool.name).toContain(
        `- ${invalid.field}`,
      );
    }
    expect([...FAILS_BY_DESIGN].filter((name) => registry.has(name))).toEqual([]);
  });

  it('serves the bundled knowledge as resources, loaded on first run', async () => {
    const { resources } = await client.listResources();
    expect(resources.length).toBeGreaterThan(20);
    const doc = resources.find((r) => r.uri.startsWith('knowledge://de/')) ?? resources[0];
    const { contents } = await client.readResource({ uri: doc.uri });
    const text = (contents[0] as { text: string; mimeType: string }).text;
    expect(contents[0].mimeType).toBe('text/markdown');
    expect(text).toMatch(/^> Source: .+ · status: /m);
  });

  it('links compliance results to the knowledge documents they cite, readable as resources', async () => {
    const result = await client.callTool({
      name: 'compliance_lookup',
      arguments: TOOL_EXAMPLES.compliance_lookup,
    });
    const links = (result.content as Array<{ type: string; uri?: string }>).filter(
      (c) => c.type === 'resource_link',
    );
    expect(links.length).toBeGreaterThan(0);
    const { contents } = await client.readResource({ uri: links[0].uri! });
    expect((contents[0] as { text: string }).text).toMatch(/^> Source: /m);
  });

  it('gets a prompt', async () => {
    const prompt = await client.getPrompt({
      name: 'restock-review',
      arguments: { market: 'deutschland' },
    });
    expect((prompt.messages[0].content as { text: string }).text).toContain(
      'Call `stockout_risk` with markets ["DE"]',
    );
  });

  it('sends tool-call log messages as protocol notifications at the level set', async () => {
    const messages: LoggingMessageNotification['params'][] = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
      messages.push(n.params);
    });
    const call = () =>
      client.callTool({ name: 'inventory_status', arguments: TOOL_EXAMPLES.inventory_status });
    await client.setLoggingLevel('info');
    await call();
    expect(messages).toMatchObject([
      { level: 'info', data: { tool: 'inventory_status', ok: true } },
    ]);
    messages.length = 0;
    await client.setLoggingLevel('error');
    await call();
    expect(messages).toEqual([]);
  });

  it('keeps stdout for the protocol and logs to stderr', () => {
    expect(protocolErrors).toEqual([]);
    expect(stderr).toMatch(/"msg":"mcp server ready on stdio"/);
  });
});
