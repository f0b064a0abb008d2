// A fake Slack over real HTTP on loopback: the Web API methods the bot calls (auth.test, chat.postMessage,
// conversations.replies) under /api/, and response_url webhooks under /hooks/, all recorded for assertions.
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_USER_ID = 'UBOT0001';
export const TEAM_ID = 'T0TEAM01';

/** The `x-slack-signature` Slack sends: v0 HMAC-SHA256 of `v0:timestamp:body` with the signing secret. */
export function slackSignature(body: string, timestamp: number, secret: string): string {
  return (
    'v0=' + crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')
  );
}

export interface RecordedCall {
  method: string;
  /** Form fields, with JSON-valued fields (blocks) parsed. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: Record<string, any>;
  authorization?: string;
}

export interface FakeSlack {
  url: string;
  /** SLACK_API_URL for the app. */
  apiUrl: string;
  /** A response_url the app may post to. */
  hookUrl(name: string): string;
  calls: RecordedCall[];
  /** Web API calls of one method, e.g. 'chat.postMessage'. */
  callsOf(method: string): RecordedCall[];
  /** response_url posts received under /hooks/<name>. */
  hooks: Array<{ name: string; body: Record<string, unknown> }>;
  /** Messages conversations.replies returns for a thread (`<channel>:<thread_ts>`). */
  threads: Map<string, Array<Record<string, unknown>>>;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function parseBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes('application/json')) return raw ? JSON.parse(raw) : {};
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: RecordedCall[] = [];
  const hooks: FakeSlack['hooks'] = [];
  const threads = new Map<string, Array<Record<string, unknown>>>();
  let ts = 1_700_000_000;

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const body = parseBody(raw, req.headers['content-type']);
      const url = req.url ?? '';
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (url.startsWith('/hooks/')) {
        hooks.push({ name: url.slice('/hooks/'.length), body });
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
        return;
      }
      const method = url.replace(/^\/api\//, '').split('?')[0];
      calls.push({ method, body, authorization: req.headers.authorization });
      if (req.headers.authorization !== 'Bearer xoxb-test-token')
        return json(200, { ok: false, error: 'invalid_auth' });
      if (method === 'auth.test')
        return json(200, { ok: true, user_id: BOT_USER_ID, team_id: TEAM_ID, bot_id: 'BBOT0001' });
      if (method === 'chat.postMessage')
        return json(200, { ok: true, channel: body.channel, ts: `${++ts}.000100` });
      if (method === 'conversations.replies')
        return json(200, {
          ok: true,
          messages: threads.get(`${body.channel}:${body.ts}`) ?? [],
          has_more: false,
        });
      json(200, { ok: false, error: 'unknown_method' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    apiUrl: `${url}/api/`,
    hookUrl: (name) => `${url}/hooks/${name}`,
    calls,
    callsOf: (method) => calls.filter((c) => c.method === method),
    hooks,
    threads,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
