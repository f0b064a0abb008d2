// The Workers entry under `wrangler dev` (local workerd, no network) against Postgres served over the wire by
// pglite-socket: health, a tool call, HS classification from the bundled nomenclature, a streamed no-LLM chat, MCP,
// widget.js, Slack background work, and the per-request database connection being closed only after the body has
// streamed and background work has ended.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { bootstrap } from '../../server/bootstrap';
import { openPgDb } from '../../server/db/pg-db';
import { buildDeps } from '../../server/deps';
import { loadConfig } from '../../server/env';
import { createLogger } from '../../core/log';
import { defaultRegistry } from '../../tools/index';
import { startFakeSlack, TEAM_ID, type FakeSlack } from '../slack/fake-slack';
import { freePort, startWirePostgres, type WirePostgres } from '../helpers/wire-postgres';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRANGLER = path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js');
const SLACK_SECRET = 'worker-test-signing-secret-0123';

/** wrangler without outside calls: no metrics, no request.cf lookup, no update check (it runs with the banner). */
const WRANGLER_OFFLINE_ENV = {
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_HIDE_BANNER: 'true',
  CI: 'true',
};

let wire: WirePostgres;
let slack: FakeSlack;
let tmp: string;
let wrangler: ChildProcess | undefined;
let output = '';
let base: string;

async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  ms = 15_000,
) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}.\nwrangler output:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts `wrangler dev` on the repo's wrangler.toml with only the variables in envFile (no .dev.vars, no process env). */
async function startWranglerDev(envFile: string): Promise<string> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const child = spawn(
    process.execPath,
    [
      WRANGLER,
      'dev',
      '--config',
      path.join(ROOT, 'wrangler.toml'),
      '--local',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--env-file',
      envFile,
      '--persist-to',
      path.join(tmp, 'state'),
      '--show-interactive-dev-session=false',
      // Exposes /__scheduled so the test can fire the Cron Trigger.
      '--test-scheduled',
    ],
    {
      cwd: ROOT,
      // Its own process group, so the whole tree (wrangler and its workerd) is stopped together.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...WRANGLER_OFFLINE_ENV, CLOUDFLARE_INCLUDE_PROCESS_ENV: 'false' },
    },
  );
  wrangler = child;
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => resolve(`wrangler dev exited (${code ?? signal})`)),
  );
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const ready = waitFor(
    'wrangler dev to be ready',
    () => (/Ready on http:\/\/127\.0\.0\.1/.test(output) ? true : undefined),
    90_000,
  );
  const result = await Promise.race([ready, exited]);
  if (result !== true) throw new Error(`${result} before it was ready:\n${output}`);
  return `http://127.0.0.1:${port}`;
}

/** Stops wrangler and its workerd child: SIGTERM to the group, SIGKILL if it has not gone within 5 s. */
async function stopWrangler(): Promise<void> {
  const pid = wrangler?.pid;
  if (!pid) return;
  const alive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 5_000;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(-pid, 'SIGKILL');
}

function parseSse(body: string) {
  return body
    .split('\n\n')
    .filter((b) => b.trim())
    .map((block) => {
      const [event, data] = block.split('\n');
      expect(event).toMatch(/^event: \w+$/);
      expect(data).toMatch(/^data: \{.*\}$/);
      return { event: event.slice(7), data: JSON.parse(data.slice(6)) };
    });
}

/** The worker closes each request's connection after the response; pglite-socket then drops it. */
const connectionsClosed = () =>
  waitFor('the worker to close its database connections', () =>
    wire.activeConnections() === 0 ? true : undefined,
  );

beforeAll(async () => {
  // pglite-socket runs one connection's queries at a time; the worker holds one connection per request.
  wire = await startWirePostgres({ maxConnections: 32 });
  // Knowledge and demo inventory go in from Node with the project's own first-run steps (the Worker never ingests).
  const db = openPgDb(wire.url);
  try {
    const config = loadConfig({ DATABASE_URL: wire.url });
    const log = createLogger({ level: 'silent' });
    await bootstrap(buildDeps({ config, log, db, registry: defaultRegistry() }));
  } finally {
    await db.close();
  }
  slack = await startFakeSlack();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tradepilot-worker-'));
  const envFile = path.join(tmp, 'worker.env');
  await fs.writeFile(
    envFile,
    [
      `DATABASE_URL=${wire.url}`,
      'LOG_LEVEL=warn',
      `SLACK_SIGNING_SECRET=${SLACK_SECRET}`,
      // The token the fake Slack Web API accepts, so the digest can be posted.
      'SLACK_BOT_TOKEN=xoxb-test-token',
      `SLACK_API_URL=${slack.apiUrl}`,
      '',
    ].join('\n'),
  );
  base = await startWranglerDev(envFile);
}, 180_000);

afterAll(async () => {
  await stopWrangler();
  await slack?.close();
  await wire?.close();
  if (tmp) await fs.rm(tmp, { recursive: true, force: true });
});

describe('the Worker under wrangler dev', () => {
  it('reports health from the Postgres it reaches over the wire, in no-LLM mode', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: 'ok',
      db: { ok: true, kind: 'pg' },
      llm: { mode: 'no-llm' },
    });
    expect(body.knowledge.documents).toBeGreaterThan(100);
    expect(body.inventory.products).toBeGreaterThan(0);
  });

  it('answers POST /api/tools/compliance_lookup with cited passages', async () => {
    const res = await fetch(`${base}/api/tools/compliance_lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'What certification do toys need?', markets: ['EU'] }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results[0].citation).toMatchObject({ url: expect.stringMatching(/^https?:/) });
    expect(JSON.stringify(body.results)).toMatch(/EN 71/);
  });

  it('classifies a product with classify_hs, building the HS index from the bundled nomenclature', async () => {
    const res = await fetch(`${base}/api/tools/classify_hs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'bluetooth earbuds' }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.candidates.map((c: { hs_code: string }) => c.hs_code)).toContain('851830');
    expect(body.candidates[0]).toMatchObject({
      heading: { code: expect.stringMatching(/^\d{4}$/) },
      section: { description: expect.stringMatching(/\w/) },
    });
  });

  it('gives landed_cost the HS code of an item described only in words (Chinese)', async () => {
    const res = await fetch(`${base}/api/tools/landed_cost`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        destination: 'DE',
        items: [{ description: '蓝牙耳机', value: 40 }],
        currency: 'EUR',
        shipping_cost: 5,
        date: '2026-12-01',
      }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.notes.join('\n')).toMatch(/HS code 851830 for "蓝牙耳机"/);
    expect(body.components.map((c: { kind: string }) => c.kind)).toEqual(['duty', 'vat']);
  });

  it('names the failing field when the tool input is invalid', async () => {
    const res = await fetch(`${base}/api/tools/compliance_lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ markets: ['EU'] }),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/question/);
  });

  it('streams a no-LLM chat over SSE to the done event and stores the turn', async () => {
    const res = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'What certification do toys need in the EU?' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = parseSse(await res.text());
    const types = events.map((e) => e.event);
    expect(types[0]).toBe('start');
    expect(events[0].data.mode).toBe('no-llm');
    expect(types).toContain('tool_call');
    expect(types).toContain('citation');
    expect(types.at(-1)).toBe('done');
    // The turn is written at the end of the stream: the connection must have outlived the response headers.
    const id = events[0].data.conversation_id;
    const history = await (await fetch(`${base}/api/conversations/${id}`)).json();
    expect(history.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
  });

  it('shows the Chinese seller actions bundled into the Worker in a Chinese plan, in either script', async () => {
    const planText = async (message: string) => {
      const res = await fetch(`${base}/api/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message }),
      });
      return JSON.stringify(parseSse(await res.text()).find((e) => e.event === 'answer')?.data);
    };
    const hans = await planText('我要在欧盟卖儿童玩具，给我一个合规计划');
    expect(hans).toContain('按相关的 EN 71 部分测试每款玩具，并将报告存入技术文件。');
    expect(hans).not.toContain('Test each toy to the relevant EN 71 parts');
    const hant = await planText('我要在歐盟賣兒童玩具，給我一個合規計劃');
    expect(hant).toContain('按相關的 EN 71 部分測試每款玩具，並將報告存入技術文件。');
    expect(hant).not.toContain('按相关的 EN 71 部分测试每款玩具');
  });

  it('serves an MCP tool call to the SDK client over Streamable HTTP', async () => {
    const client = new Client({ name: 'vitest-worker', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('compliance_lookup');
      const result = await client.callTool({
        name: 'compliance_lookup',
        arguments: {
          question: 'What do I need to sell Bluetooth earbuds in Germany?',
          markets: ['DE'],
        },
      });
      expect(result.isError).toBeFalsy();
      expect((result.structuredContent as { results: unknown[] }).results.length).toBeGreaterThan(
        0,
      );
      const bad = await client.callTool({
        name: 'compliance_lookup',
        arguments: { markets: ['DE'] },
      });
      expect(bad.isError).toBe(true);
      expect(JSON.stringify(bad.content)).toMatch(/question/);
    } finally {
      await client.close();
    }
  });

  it('serves the prebuilt widget.js', async () => {
    const res = await fetch(`${base}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(await res.text()).toMatch(/Tradepilot/);
  });

  it('answers a Slack slash command after the 200, through waitUntil, on the request connection', async () => {
    const hook = 'worker-stock';
    const body = new URLSearchParams({
      team_id: TEAM_ID,
      channel_id: 'C0OPS0001',
      user_id: 'U0SELLER1',
      user_name: 'seller',
      command: '/tradepilot',
      text: 'stock DE',
      response_url: slack.hookUrl(hook),
      trigger_id: '1.2.3',
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature =
      'v0=' +
      crypto.createHmac('sha256', SLACK_SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
    const res = await fetch(`${base}/slack/commands`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
      body,
    });
    expect(res.status).toBe(200);
    await res.text();
    const answer = await waitFor('the slash command answer', () =>
      slack.hooks.find((h) => h.name === hook),
    );
    expect(JSON.stringify(answer.body)).toMatch(/TP-/);
  });

  it('posts a subscribed Slack digest from the Cron Trigger, once per period', async () => {
    const body = new URLSearchParams({
      team_id: TEAM_ID,
      channel_id: 'C0DIGEST9',
      user_id: 'U0SELLER1',
      command: '/tradepilot',
      text: 'digest weekly DE',
      response_url: slack.hookUrl('worker-digest'),
    }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signature =
      'v0=' +
      crypto.createHmac('sha256', SLACK_SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
    const subscribed = await fetch(`${base}/slack/commands`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': signature,
      },
      body,
    });
    expect(await subscribed.json()).toMatchObject({ response_type: 'in_channel' });
    const digests = () =>
      slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0DIGEST9');
    const cron = () => fetch(`${base}/__scheduled?cron=0+*+*+*+*`).then((r) => r.text());
    await cron();
    const [post] = await waitFor('the digest post', () =>
      digests().length ? digests() : undefined,
    );
    expect(JSON.stringify(post.body.blocks)).toMatch(/Weekly tradepilot digest: DE/);
    await cron();
    await connectionsClosed();
    expect(digests()).toHaveLength(1);
  });

  it('closes every per-request database connection once responses and background work are done', async () => {
    await connectionsClosed();
  });

  it('refuses to serve a public host name without admin API keys', async () => {
    // fetch() may not set Host; node:http sends it as given, as a request to a deployed Worker would carry it.
    const { status, body } = await new Promise<{ status?: number; body: string }>(
      (resolve, reject) => {
        const req = http.get(
          `${base}/api/tools`,
          { headers: { host: 'shop.example.com' } },
          (res) => {
            let text = '';
            res.on('data', (d) => (text += d));
            res.on('end', () => resolve({ status: res.statusCode, body: text }));
          },
        );
        req.on('error', reject);
      },
    );
    expect(status).toBe(503);
    expect(body).toMatch(/TRADEPILOT_API_KEYS/);
  });
});
