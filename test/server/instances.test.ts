// Several instances on one Postgres: two `tradepilot serve` processes started at the same moment on a fresh
// database both come up (migrations and first-run loading happen once), answer tools and chats, number the turns
// of one conversation they share without collisions, answer a Slack event delivered to both only once, and answer
// inventory questions with what the other imported; `serve --workers 2` serves one port from two processes.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { migrations } from '../../server/db/migrations/index';
import { listFiles } from '../../knowledge/ingest/sources';
import { BUNDLED_DIR } from '../../knowledge/ingest/bundled';
import { CLI, waitForHealth } from '../helpers/run-cli';
import { createTestDatabase, testEngine } from '../helpers/test-db';
import { freePort } from '../helpers/wire-postgres';
import {
  BOT_USER_ID,
  slackSignature,
  startFakeSlack,
  TEAM_ID,
  type FakeSlack,
} from '../slack/fake-slack';

const SECRET = 'instances-signing-secret-0123456789';

interface Instance {
  url: string;
  child: ChildProcess;
  stderr: () => string;
}

function startInstance(databaseUrl: string, port: number, slack: FakeSlack): Instance {
  const child = spawn(process.execPath, [CLI, 'serve'], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: slack.apiUrl,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return { url: `http://127.0.0.1:${port}`, child, stderr: () => stderr };
}

async function chat(base: string, message: string, conversationId?: string) {
  const res = await fetch(`${base}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message, conversation_id: conversationId }),
  });
  expect(res.status).toBe(200);
  const stream = await res.text();
  expect(stream).toContain('event: done');
  expect(stream).not.toContain('event: error');
  return JSON.parse(/event: start\ndata: (.*)/.exec(stream)![1]).conversation_id as string;
}

function slackEvent(base: string, payload: object) {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(Date.now() / 1000);
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(body, timestamp, SECRET),
    },
    body,
  });
}

describe.skipIf(testEngine !== 'postgres')('two instances on one fresh Postgres database', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let slack: FakeSlack;
  let sql: pg.Client;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    database = await createTestDatabase();
    slack = await startFakeSlack();
    const [portA, portB] = [await freePort(), await freePort()];
    a = startInstance(database.url, portA, slack);
    b = startInstance(database.url, portB, slack);
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
  });
  afterAll(async () => {
    for (const i of [a, b]) if (i?.child.exitCode === null) i.child.kill('SIGTERM');
    await Promise.all(
      [a, b].map(
        (i) => i && i.child.exitCode === null && new Promise((r) => i.child.once('close', r)),
      ),
    );
    await sql?.end();
    await slack?.close();
    await database?.drop();
  });

  // Start-up on a fresh database (migrations, bundled knowledge, demo inventory) is slow on a busy 2-core machine.
  it(
    'both start, the schema and the bundled knowledge are set up once, and both answer',
    {
      timeout: 300_000,
    },
    async () => {
      await Promise.all(
        [a, b].map((i) =>
          waitForHealth(`${i.url}/health`, 280_000).catch((err: Error) => {
            throw new Error(`${err.message}; exit ${i.child.exitCode}; stderr: ${i.stderr()}`);
          }),
        ),
      );
      const applied = await sql.query('SELECT id FROM schema_migrations ORDER BY id');
      expect(applied.rows.map((r) => r.id)).toEqual(migrations.map((m) => m.id).sort());
      const docs = await sql.query(
        `SELECT count(*)::int AS n FROM documents WHERE origin = 'bundled'`,
      );
      expect(docs.rows[0].n).toBe((await listFiles([BUNDLED_DIR])).length);
      expect(a.stderr() + b.stderr()).not.toMatch(/duplicate key|error/i);

      const answers = await Promise.all(
        [a, b].map(async (i) => {
          const res = await fetch(`${i.url}/api/tools/compliance_lookup`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              question: 'What do I need to sell Bluetooth earbuds in Germany?',
              markets: ['DE'],
            }),
          });
          expect(res.status).toBe(200);
          return res.json();
        }),
      );
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0].results.length).toBeGreaterThan(0);
    },
  );

  it('numbers the turns of one conversation continued on both instances at once', async () => {
    const id = await chat(a.url, 'Which SKUs will run out in Germany?');
    await Promise.all(
      [a, b, a, b, a, b].map((i, n) => chat(i.url, `What is the VAT rate in Germany? (${n})`, id)),
    );
    const turns = await sql.query(
      `SELECT turn FROM messages WHERE conversation_id = $1 AND role = 'user' ORDER BY turn`,
      [id],
    );
    expect(turns.rows.map((r) => r.turn)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('answers a Slack event delivered to both instances once', async () => {
    const ts = '1700200000.000100';
    const payload = {
      token: 'legacy',
      team_id: TEAM_ID,
      api_app_id: 'A0APP0001',
      type: 'event_callback',
      event_id: 'EvTWOINSTANCES',
      event_time: Math.floor(Date.now() / 1000),
      event: {
        type: 'app_mention',
        team: TEAM_ID,
        user: 'U0SELLER1',
        text: `<@${BOT_USER_ID}> which SKUs will run out in Germany?`,
        ts,
        channel: 'C0OPS0001',
        event_ts: ts,
      },
    };
    const acks = await Promise.all([slackEvent(a.url, payload), slackEvent(b.url, payload)]);
    expect(acks.map((r) => r.status)).toEqual([200, 200]);
    const deadline = Date.now() + 20_000;
    while (slack.callsOf('chat.postMessage').length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 1_500)); // room for a second (wrong) answer to arrive
    const posts = slack.callsOf('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0].body.thread_ts).toBe(ts);
  });

  it("shows an import through one instance in the other's next inventory answer", async () => {
    const status = async (i: Instance) => {
      const res = await fetch(`${i.url}/api/tools/inventory_status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ limit: 1 }),
      });
      expect(res.status).toBe(200);
      return (await res.json()).rows[0] as {
        sku: string;
        warehouse: string;
        on_hand: number;
        reserved: number;
      };
    };
    const first = await status(a);
    await status(a); // A answers again from what it remembers
    const stock = `${first.sku},${first.warehouse},${first.on_hand + 7},${first.reserved}`;
    const imported = await fetch(`${b.url}/api/inventory/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        files: { 'stock.csv': `sku,warehouse,on_hand,reserved\n${stock}\n` },
        keep_demo: true,
      }),
    });
    expect(imported.status).toBe(200);
    expect(await status(a)).toMatchObject({ sku: first.sku, on_hand: first.on_hand + 7 });
  });
});

describe.skipIf(testEngine !== 'postgres')('serve --workers 2 on Postgres', () => {
  it(
    'serves one port from two processes and stops them all on SIGTERM',
    { timeout: 300_000 },
    async () => {
      const database = await createTestDatabase();
      const port = await freePort();
      const child = spawn(process.execPath, [CLI, 'serve', '--workers', '2'], {
        env: {
          PATH: process.env.PATH ?? '',
          PORT: String(port),
          DATABASE_URL: database.url,
          DEMO_DATA: '0',
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
      try {
        await waitForHealth(`http://127.0.0.1:${port}/health`, 280_000);
        const deadline = Date.now() + 60_000;
        while ((stderr.match(/tradepilot listening/g) ?? []).length < 2 && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 200));
        expect(stderr.match(/tradepilot listening/g)).toHaveLength(2);
        const workers = execFileSync('ps', ['--ppid', String(child.pid), '-o', 'pid='], {
          encoding: 'utf8',
        })
          .trim()
          .split(/\s+/);
        expect(workers).toHaveLength(2);
        const statuses = await Promise.all(
          Array.from({ length: 20 }, () =>
            fetch(`http://127.0.0.1:${port}/api/tools/stockout_risk`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ market: 'DE' }),
            }).then((r) => r.status),
          ),
        );
        expect(statuses).toEqual(Array(20).fill(200));

        child.kill('SIGTERM');
        expect(await exited).toBe(0);
        for (const pid of workers) expect(() => process.kill(Number(pid), 0)).toThrow();
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        await database.drop();
      }
    },
  );
});
