// Measures how fast the Slack routes acknowledge (Slack's limit is 3 s) and how long until the answer reaches a
// fake Slack over loopback: signed slash commands and app_mention events through the real app on PGlite.
import crypto from 'node:crypto';
import os from 'node:os';
import { createApp } from '../server/app';
import { createBackgroundTasks } from '../server/background';
import { createTestDeps } from '../test/helpers/test-deps';
import { BOT_USER_ID, startFakeSlack, TEAM_ID } from '../test/slack/fake-slack';
import { ensureDemoInventory } from '../tools/inventory/demo/seed';

const SECRET = 'bench-signing-secret';
const SAMPLES = 200;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 10) / 10;
  return {
    p50_ms: r(percentile(sorted, 50)),
    p95_ms: r(percentile(sorted, 95)),
    max_ms: r(sorted.at(-1) ?? 0),
  };
};

async function main() {
  const slack = await startFakeSlack();
  const deps = await createTestDeps({
    env: {
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_API_URL: slack.apiUrl,
      DEMO_DATA: '1',
    },
  });
  await ensureDemoInventory(deps);
  const tasks = createBackgroundTasks(deps.log);
  const app = createApp({ ...deps, background: tasks.run });
  const post = (path: string, body: string, type: string) => {
    const ts = Math.floor(Date.now() / 1000);
    const sig =
      'v0=' + crypto.createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex');
    return app.request(path, {
      method: 'POST',
      headers: {
        'content-type': type,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': sig,
      },
      body,
    });
  };

  const measure = async (name: string, send: (i: number) => Response | Promise<Response>) => {
    const ack: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const started = performance.now();
      const res = await send(i);
      if (res.status !== 200) throw new Error(`${name}: status ${res.status}`);
      ack.push(performance.now() - started);
      await tasks.drain();
      answered.push(performance.now() - started);
    }
    return { name, samples: SAMPLES, ack: stats(ack), answer_posted: stats(answered) };
  };

  const command = await measure('slash command `stock DE`', (i) =>
    post(
      '/slack/commands',
      new URLSearchParams({
        command: '/tradepilot',
        text: 'stock DE',
        user_id: 'U0BENCH01',
        team_id: TEAM_ID,
        channel_id: 'C0BENCH01',
        response_url: slack.hookUrl(`bench-${i}`),
      }).toString(),
      'application/x-www-form-urlencoded',
    ),
  );
  const mention = await measure('app_mention "which SKUs will run out in Germany?"', (i) =>
    post(
      '/slack/events',
      JSON.stringify({
        type: 'event_callback',
        team_id: TEAM_ID,
        event_id: `EvBENCH${i}`,
        event: {
          type: 'app_mention',
          user: 'U0BENCH01',
          text: `<@${BOT_USER_ID}> which SKUs will run out in Germany?`,
          ts: `${1_700_000_000 + i}.000100`,
          channel: 'C0BENCH01',
        },
      }),
      'application/json',
    ),
  );
  await deps.db.close();
  await slack.close();
  console.log(
    JSON.stringify(
      {
        date: new Date().toISOString().slice(0, 10),
        machine: `${os.type()} ${os.arch()}, ${os.cpus().length} cores, Node ${process.version}`,
        mode: 'no-llm, PGlite in memory, demo inventory',
        results: [command, mention],
      },
      null,
      2,
    ),
  );
}

await main();
