// The security behaviour of the real server process (`node server/entry/cli.js serve` on loopback with a temp
// DATA_DIR and keys set): forged headers refused, cross-principal reads 404, NUL stored cleanly, public /health
// bare, no server paths in errors, secrets absent from the logs, and one-line start-up errors.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  removeDir,
  startServer,
  tempDataDir,
  type ServerProcess,
} from '../../bench/server-process';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dirs';
import { freePort } from '../helpers/wire-postgres';
import { TOOL_EXAMPLES } from '../mcp/tool-examples';

const ADMIN = 'admin-key-process-test-0123456789';
const SLACK_SIGNING_SECRET = 'slack-signing-secret-abcdef';
const SLACK_BOT_TOKEN = 'xoxb-bot-token-process-test';
const SHOP = 'https://shop.example.com';
const STACK = /\n\s+at /;

let server: ServerProcess;
let dataDir: string;
let scratch: string;
let logFile: string;

beforeAll(async () => {
  dataDir = tempDataDir('security');
  scratch = tempDir('tradepilot-security-scratch-');
  logFile = path.join(scratch, 'server.log');
  server = await startServer({
    dataDir,
    logFile,
    timeoutMs: 280_000,
    env: {
      DEMO_DATA: '0',
      LOG_LEVEL: 'debug',
      TRADEPILOT_API_KEYS: ADMIN,
      TRADEPILOT_PUBLIC_KEYS: `pk_shop=${SHOP}`,
      SLACK_SIGNING_SECRET,
      SLACK_BOT_TOKEN,
      FX_RATES_FILE: path.join(scratch, 'missing', 'fx-rates.json'),
      RATE_LIMIT_RPS_PER_IP: '5',
    },
  });
}, 300_000);
afterAll(async () => {
  await server?.stop();
  removeDir(dataDir);
});

const admin = { authorization: `Bearer ${ADMIN}` };
const shop = { Origin: SHOP, 'X-Tradepilot-Key': 'pk_shop' };

async function chat(headers: Record<string, string>, message: string) {
  const res = await fetch(`${server.url}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ message }),
  });
  const text = await res.text();
  const start = /event: start\ndata: (.*)/.exec(text);
  return {
    status: res.status,
    text,
    start: start
      ? (JSON.parse(start[1]) as { conversation_id: string; visitor_token?: string })
      : null,
  };
}

const read = (id: string, headers: Record<string, string>) =>
  fetch(`${server.url}/api/conversations/${id}`, { headers });

describe('the real server process', () => {
  it('refuses forged same-origin headers on the chat', async () => {
    const host = new URL(server.url).host;
    const forgeries: Array<Record<string, string>> = [
      { 'Sec-Fetch-Site': 'same-origin' },
      { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' },
      { Origin: `http://${host}` },
    ];
    for (const forged of forgeries) {
      const res = await chat(forged, 'Which SKUs are at risk of running out of stock?');
      expect(res.status, JSON.stringify(forged)).toBe(403);
    }
    expect((await chat({ ...shop, Origin: 'https://evil.example' }, 'hi')).status).toBe(403);
  });

  it('answers 404 to reads across principals', async () => {
    const visitor = await chat(shop, 'What certification do toys need in the EU?');
    expect(visitor.status).toBe(200);
    const id = visitor.start!.conversation_id;
    const token = { 'X-Tradepilot-Visitor': visitor.start!.visitor_token! };
    expect((await read(id, { ...shop, ...token })).status).toBe(200);
    expect((await read(id, shop)).status).toBe(404);
    expect((await read(id, admin)).status).toBe(200);

    const adminChat = await chat(admin, 'What is the VAT rate in Germany?');
    const adminId = adminChat.start!.conversation_id;
    const stranger = await read(adminId, { ...shop, ...token });
    expect(stranger.status).toBe(404);
    expect((await stranger.json()).error.code).toBe('not_found');
  });

  it('stores a question containing NUL without it, answering 200', async () => {
    const res = await chat(admin, 'toys\u0000 EU certification');
    expect(res.status).toBe(200);
    expect(res.text).toContain('event: done');
    expect(res.text).not.toContain('event: error');
    const view = await (await read(res.start!.conversation_id, admin)).json();
    expect(view.messages[0].content).toBe('toys EU certification');
  });

  it('shows only the status on public /health and the details to admin keys', async () => {
    const open = await fetch(`${server.url}/health`);
    expect(await open.json()).toEqual({ status: 'ok' });
    const detailed = await (await fetch(`${server.url}/health`, { headers: admin })).json();
    expect(detailed.knowledge.documents).toBeGreaterThan(100);
    expect(detailed.llm.mode).toBe('no-llm');
  });

  it('says what is wrong with FX_RATES_FILE without the server path', async () => {
    const res = await fetch(`${server.url}/api/tools/localize_listing`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify(TOOL_EXAMPLES.localize_listing),
    });
    const body = await res.text();
    expect(res.status).toBe(500);
    expect(body).toContain('FX_RATES_FILE cannot be read (ENOENT)');
    expect(body).not.toContain(scratch);
  });

  it('ignores forged X-Forwarded-For without TRUST_PROXY: the per-IP limit still applies', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await fetch(`${server.url}/health`, {
        headers: { 'X-Forwarded-For': `198.51.100.${i}`, 'CF-Connecting-IP': `203.0.113.${i}` },
      });
      statuses.push(res.status);
    }
    expect(statuses).toContain(429);
    await new Promise((r) => setTimeout(r, 5_000)); // let the bucket refill for later requests
  });

  it('keeps the admin key and Slack secrets out of the logs, even when a client sends them', async () => {
    for (const secret of [ADMIN, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN])
      await fetch(`${server.url}/api/echo/${secret}`, { headers: admin }).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 300));
    const logs = fs.readFileSync(logFile, 'utf8');
    expect(logs).toContain('/api/echo/[redacted]');
    for (const secret of [ADMIN, SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN])
      expect(logs).not.toContain(secret);
  });
});

describe('start-up errors are one line naming the fix', () => {
  const expectOneLine = (stderr: string, pattern: RegExp) => {
    const lines = stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(pattern);
    expect(stderr).not.toMatch(STACK);
  };

  it('explains a busy port before loading the knowledge base', async () => {
    const fresh = tempDataDir('busy-port');
    try {
      const port = new URL(server.url).port;
      const run = await runCli(['serve'], { PORT: port, DATA_DIR: fresh });
      expect(run.code).toBe(1);
      expectOneLine(
        run.stderr,
        new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use.*PORT`),
      );
      expect(fs.existsSync(path.join(fresh, 'pgdata'))).toBe(false); // the database was never opened
    } finally {
      removeDir(fresh);
    }
  });

  it('explains a data directory in use by the running server', async () => {
    const run = await runCli(['serve'], { PORT: String(await freePort()), DATA_DIR: dataDir });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /in use by another tradepilot process.*DATA_DIR/);
  });

  it('explains a data directory that cannot be used', async () => {
    const file = path.join(scratch, 'not-a-directory');
    fs.writeFileSync(file, '');
    const run = await runCli(['serve'], {
      PORT: String(await freePort()),
      DATA_DIR: path.join(file, 'data'),
    });
    expect(run.code).toBe(1);
    expectOneLine(run.stderr, /data directory .* cannot be used \(ENOTDIR\).*DATA_DIR/);
  });

  it('explains a Postgres without pgvector, and keeps the DATABASE_URL password out of the output', async () => {
    const pglite = await PGlite.create(); // no vector extension
    const port = await freePort();
    const wire = new PGLiteSocketServer({ db: pglite, port, host: '127.0.0.1' });
    await wire.start();
    const password = 'db-password-S3cret';
    try {
      const run = await runCli(['serve'], {
        PORT: String(await freePort()),
        DATABASE_URL: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
        LOG_LEVEL: 'debug',
      });
      expect(run.code).toBe(1);
      expectOneLine(run.stderr, /no pgvector extension.*CREATE EXTENSION vector/);
      expect(run.stderr + run.stdout).not.toContain(password);
    } finally {
      await wire.stop();
      await pglite.close();
    }
  });
});
