// MCP notifications over Streamable HTTP, through the SDK client: one log message per tool call at or above the
// level set with logging/setLevel (info when it worked, warning for bad input, error for a failure), and
// progress from long tools when the client sent a progress token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type ServerType } from '@hono/node-server';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  LoggingMessageNotificationSchema,
  ProgressNotificationSchema,
  type LoggingMessageNotification,
} from '@modelcontextprotocol/sdk/types.js';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { buildKeyRing } from '../../server/security/keys';
import { createTestDeps } from '../helpers/test-deps';
import { failingTool, sampleTool } from '../helpers/sample-tool';
import { freePort } from '../helpers/wire-postgres';
import { reorderPlanTool } from '../../tools/inventory/reorder-plan';
import { loadDemoInventory } from '../../tools/inventory/demo/seed';

const KEYS = ['test-mcp-log-key-a-0123456789', 'test-mcp-log-key-b-0123456789'];
let deps: AppDeps;
let server: ServerType;
let url: URL;

async function connect(key: string) {
  const client = new Client({ name: 'vitest-logging', version: '1.0.0' });
  const messages: LoggingMessageNotification['params'][] = [];
  client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
    messages.push(n.params);
  });
  await client.connect(
    new StreamableHTTPClientTransport(url, {
      requestInit: { headers: { Authorization: `Bearer ${key}` } },
    }),
  );
  /** Calls a tool and returns the log messages that call produced. */
  const call = async (name: string, args: Record<string, unknown>) => {
    messages.length = 0;
    await client.callTool({ name, arguments: args });
    return [...messages];
  };
  return { client, call };
}

beforeAll(async () => {
  deps = await createTestDeps({
    tools: [sampleTool, failingTool, reorderPlanTool],
    env: { TRADEPILOT_API_KEYS: KEYS.join(',') },
  });
  await loadDemoInventory(deps.db, deps.now().toISOString().slice(0, 10));
  const app = createApp(deps, { keys: await buildKeyRing(KEYS, undefined) });
  const port = await freePort();
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port }, () => resolve(s));
  });
  url = new URL(`http://127.0.0.1:${port}/mcp`);
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await deps?.db.close();
});

describe('MCP logging', () => {
  it('declares the logging capability', async () => {
    const { client } = await connect(KEYS[0]);
    expect(client.getServerCapabilities()?.logging).toEqual({});
    await client.close();
  });

  it('sends one message per tool call at or above the level set with logging/setLevel', async () => {
    const { client, call } = await connect(KEYS[0]);
    const ok = await call('sample_sum', { numbers: [1, 2] });
    expect(ok).toEqual([
      {
        level: 'info',
        logger: 'tradepilot',
        data: { tool: 'sample_sum', ok: true, ms: expect.any(Number) },
      },
    ]);

    const bad = await call('sample_sum', { numbers: ['one'] });
    expect(bad).toHaveLength(1);
    expect(bad[0].level).toBe('warning');
    expect((bad[0].data as { error: string }).error).toMatch(/^invalid_input: .*numbers/s);

    await client.setLoggingLevel('error');
    expect(await call('sample_sum', { numbers: [1] })).toEqual([]);
    expect(await call('sample_sum', { numbers: ['one'] })).toEqual([]);
    const failed = await call('sample_fail', {});
    expect(failed.map((m) => m.level)).toEqual(['error']);
    expect(JSON.stringify(failed)).not.toContain('SELECT');
    await client.close();
  });

  it('keeps a level for later connections with the same API key, and not for another key', async () => {
    const first = await connect(KEYS[0]);
    await first.client.setLoggingLevel('warning');
    await first.client.close();
    const again = await connect(KEYS[0]);
    expect(await again.call('sample_sum', { numbers: [1] })).toEqual([]);
    const other = await connect(KEYS[1]);
    expect((await other.call('sample_sum', { numbers: [1] })).map((m) => m.level)).toEqual([
      'info',
    ]);
    await again.client.close();
    await other.client.close();
  });
});

describe('MCP progress', () => {
  it('reports the steps of a whole-inventory reorder plan when the client asks for progress', async () => {
    const { client } = await connect(KEYS[0]);
    const steps: { progress: number; total?: number; message?: string }[] = [];
    const result = await client.callTool({ name: 'reorder_plan', arguments: {} }, undefined, {
      onprogress: (p) => steps.push(p),
    });
    expect(result.isError).toBeFalsy();
    const positions = (result.structuredContent as { total: number }).total;
    expect(positions).toBeGreaterThan(0);
    expect(steps.map((s) => [s.progress, s.total])).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
    expect(steps[1].message).toMatch(/^Planning orders for \d+ SKU x warehouse positions$/);

    const quiet: unknown[] = [];
    client.setNotificationHandler(ProgressNotificationSchema, (n) => void quiet.push(n));
    await client.callTool({ name: 'reorder_plan', arguments: {} });
    expect(quiet).toEqual([]);
    await client.close();
  });
});
