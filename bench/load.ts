// `npm run load`: load test of the real server (a child process on loopback, fresh temporary DATA_DIR). Every
// read-only tool over HTTP and no-LLM /api/chat with 50 clients for 30 s each (autocannon, rate limits raised so the
// server is measured), then 100 concurrent streaming chat conversations against an instant scripted LLM, then a
// short run (GET /health) with the default rate limits to show that excess requests get clean 429s. Writes bench/load.json.
// `--seconds N` shortens every run (default 30). `--postgres URL` (a Postgres server with pgvector, loopback) adds the
// engine comparison: compliance_lookup, stockout_risk and no-LLM /api/chat with 50 clients on PGlite, on a fresh
// database on that server with one process and with `serve --workers 2`; `--engines-only` runs just that.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allTools } from '../tools/index';
import { withScratchDatabase } from './scratch-postgres';
import { createRegistry } from '../tools/registry';
import { COMPLIANCE_LOOKUP } from '../tools/compliance/compliance-lookup';
import { TOOL_EXAMPLES } from '../test/mcp/tool-examples';
import {
  startScriptedLlm,
  type RecordedRequest,
  type ScriptStep,
} from '../test/helpers/scripted-llm';
import {
  describeMachine,
  elapsedSince,
  gitSha,
  hammer,
  latency,
  machineInfo,
  REPO_ROOT,
  round,
  table,
  type LoadFigures,
} from './measure';
import {
  removeDir,
  sampleMemory,
  startServer,
  tempDataDir,
  type ServerProcess,
} from './server-process';

const secondsAt = process.argv.indexOf('--seconds');
const SECONDS = secondsAt > 0 ? Number(process.argv[secondsAt + 1]) : 30;
/** The default-limits run only needs to show the limiter at work. */
const LIMITED_SECONDS = Math.min(SECONDS, 10);
const postgresAt = process.argv.indexOf('--postgres');
const POSTGRES_URL = postgresAt > 0 ? process.argv[postgresAt + 1] : undefined;
const ENGINES_ONLY = process.argv.includes('--engines-only');
const LOAD_FILE = path.join(REPO_ROOT, 'bench', ENGINES_ONLY ? 'load-engines.json' : 'load.json');
if (ENGINES_ONLY && !POSTGRES_URL) throw new Error('--engines-only needs --postgres URL');
const HIGH_LIMITS = { RATE_LIMIT_RPS_PER_IP: '1000000', RATE_LIMIT_RPS_PER_KEY: '1000000' };
const JSON_POST = { method: 'POST', headers: { 'content-type': 'application/json' } };

/** Chat messages the no-LLM load cycles through: compliance (en, zh), inventory and ad copy. */
const CHAT_MESSAGES = [
  'What do I need to sell Bluetooth earbuds in Germany?',
  '玩具出口欧盟需要什么认证？',
  'Which SKUs will run out in Germany?',
  'Write Google ads for trail running shoes in the US',
];

const READ_ONLY_TOOLS = createRegistry(allTools)
  .forAgent()
  .map((t) => t.name)
  .filter((name) => name in TOOL_EXAMPLES);

const toolRequests = (name: string) => ({
  ...JSON_POST,
  path: `/api/tools/${name}`,
  body: JSON.stringify(TOOL_EXAMPLES[name]),
});
const CHAT_REQUESTS = CHAT_MESSAGES.map((message) => ({
  ...JSON_POST,
  path: '/api/chat',
  body: JSON.stringify({ message }),
}));

interface Scenario extends Partial<LoadFigures> {
  name: string;
  connections: number;
  seconds: number;
  max_sampled_rss_mib: number;
  peak_rss_mib: number | null;
  /** Lines logged at level "error" by the server during the run. */
  server_error_logs: number;
  [extra: string]: unknown;
}

const logLines = (file: string) =>
  fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
const errorLogs = (file: string, from: number) =>
  logLines(file)
    .slice(from)
    .filter((l) => l.includes('"level":"error"')).length;

async function measured<T extends Partial<LoadFigures>>(
  name: string,
  server: ServerProcess,
  logFile: string,
  connections: number,
  seconds: number,
  run: () => Promise<T>,
): Promise<Scenario> {
  process.stderr.write(`${name}: ${connections} clients, ${seconds} s\n`);
  const from = logLines(logFile).length;
  const memory = sampleMemory(server);
  const figures = await run();
  const mem = memory.stop();
  return {
    name,
    connections,
    seconds,
    ...figures,
    ...mem,
    server_error_logs: errorLogs(logFile, from),
  };
}

/** The instant model: calls compliance_lookup with the user's question, then answers citing [1]. */
function instantModel(request: RecordedRequest): ScriptStep {
  const messages = request.body.messages as Array<{ role: string; content: string }>;
  const last = messages[messages.length - 1];
  if (last.role === 'tool')
    return {
      text:
        'You need CE marking under the Radio Equipment Directive and a WEEE registration before the first ' +
        'sale [1]. Name the EU responsible person on the product or its packaging [1].',
    };
  return {
    toolCalls: [
      { name: COMPLIANCE_LOOKUP, arguments: { question: last.content, markets: ['DE'] } },
    ],
  };
}

interface TurnOutcome {
  status: number;
  firstTokenMs: number;
  totalMs: number;
  conversationId?: string;
  /** The stream carried an error event or ended without `done`. */
  broken: boolean;
}

async function chatTurn(
  url: string,
  message: string,
  conversationId?: string,
): Promise<TurnOutcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${url}/api/chat`, {
      ...JSON_POST,
      body: JSON.stringify({ message, conversation_id: conversationId }),
    });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return {
        status: response.status,
        firstTokenMs: NaN,
        totalMs: performance.now() - started,
        broken: false,
      };
    }
    let text = '';
    let firstTokenMs = NaN;
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      text += decoder.decode(chunk.value, { stream: true });
      if (Number.isNaN(firstTokenMs) && text.includes('event: token'))
        firstTokenMs = performance.now() - started;
    }
    return {
      status: response.status,
      firstTokenMs,
      totalMs: performance.now() - started,
      conversationId: /"conversation_id":"([^"]+)"/.exec(text)?.[1],
      broken: text.includes('event: error') || !text.includes('event: done'),
    };
  } catch {
    return { status: 0, firstTokenMs: NaN, totalMs: performance.now() - started, broken: true };
  }
}

/** `clients` conversations at a time, two turns each (the second continues the first), until the time is up. */
async function streamingConversations(url: string, clients: number) {
  const turns: TurnOutcome[] = [];
  const started = performance.now();
  const until = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const first = await chatTurn(url, 'What do I need to sell Bluetooth earbuds in Germany?');
        turns.push(first);
        if (first.conversationId)
          turns.push(await chatTurn(url, 'And what about the packaging?', first.conversationId));
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const ok = turns.filter((t) => t.status === 200 && !t.broken);
  const status: Record<string, number> = {};
  for (const t of turns) status[t.status] = (status[t.status] ?? 0) + 1;
  const rateLimited = status['429'] ?? 0;
  const firstToken = latency(ok.map((t) => t.firstTokenMs));
  return {
    requests: turns.length,
    rps: round(turns.length / elapsed, 1),
    ...latency(ok.map((t) => t.totalMs)),
    first_token_p50_ms: firstToken.p50_ms,
    first_token_p95_ms: firstToken.p95_ms,
    first_token_p99_ms: firstToken.p99_ms,
    status,
    rate_limited: rateLimited,
    errors: turns.length - ok.length - rateLimited,
    broken_streams: turns.filter((t) => t.status === 200 && t.broken).length,
  };
}

/** Fires a burst at /health and checks one 429: Retry-After header and the JSON error body. */
async function check429(url: string) {
  const responses = await Promise.all(Array.from({ length: 400 }, () => fetch(`${url}/health`)));
  const limited = responses.filter((r) => r.status === 429);
  const sample = limited[0];
  const body = sample ? ((await sample.json()) as { error?: { code?: string } }) : null;
  await Promise.all(responses.filter((r) => r !== sample).map((r) => r.body?.cancel()));
  return {
    burst: responses.length,
    got_429: limited.length,
    retry_after: sample?.headers.get('retry-after') ?? null,
    error_code: body?.error?.code ?? null,
    clean: Boolean(
      sample &&
      Number(sample.headers.get('retry-after')) >= 1 &&
      body?.error?.code === 'rate_limited',
    ),
  };
}

const ENGINE_LOADS = [
  ['compliance_lookup', [toolRequests('compliance_lookup')]],
  ['stockout_risk', [toolRequests('stockout_risk')]],
  ['no-LLM /api/chat', CHAT_REQUESTS],
] as const;

/** compliance_lookup, stockout_risk and no-LLM chat, 50 clients each, on one running server. */
async function engineRuns(label: string, server: ServerProcess, logFile: string) {
  const out: Scenario[] = [];
  for (const [what, requests] of ENGINE_LOADS)
    out.push({
      ...(await measured(`${label}: ${what}`, server, logFile, 50, SECONDS, () =>
        hammer({ url: server.url, requests: [...requests], connections: 50, duration: SECONDS }),
      )),
      engine: label,
      load: what,
    });
  return out;
}

const machine = machineInfo();
const started = performance.now();
const dataDir = tempDataDir('load');
const logFile = path.join(os.tmpdir(), `tradepilot-load-${process.pid}.log`);
const llm = await startScriptedLlm([], { steady: instantModel, record: false });
const scenarios: Scenario[] = [];
let rateLimitCheck = null as Awaited<ReturnType<typeof check429>> | null;
let firstRunPeakMib: number | null = null;
const engines: Scenario[] = [];

/** Every read-only tool, no-LLM chat, streaming LLM chat and the rate-limit check, on PGlite. */
async function standardRuns() {
  let server = await startServer({ dataDir, env: HIGH_LIMITS, logFile });
  try {
    scenarios.push(
      await measured(
        `tools over HTTP (${READ_ONLY_TOOLS.length} read-only tools in turn)`,
        server,
        logFile,
        50,
        SECONDS,
        () =>
          hammer({
            url: server.url,
            requests: READ_ONLY_TOOLS.map(toolRequests),
            connections: 50,
            duration: SECONDS,
          }),
      ),
      await measured('no-LLM /api/chat (4 messages in turn)', server, logFile, 50, SECONDS, () =>
        hammer({ url: server.url, requests: CHAT_REQUESTS, connections: 50, duration: SECONDS }),
      ),
    );
  } finally {
    await server.stop();
  }

  server = await startServer({
    dataDir,
    env: { ...HIGH_LIMITS, OPENAI_BASE_URL: llm.baseURL, OPENAI_API_KEY: 'load-test' },
    logFile,
  });
  try {
    scenarios.push(
      await measured(
        'LLM /api/chat, streaming conversations (tool call + answer)',
        server,
        logFile,
        100,
        SECONDS,
        () => streamingConversations(server.url, 100),
      ),
    );
  } finally {
    await server.stop();
  }

  server = await startServer({ dataDir, logFile });
  try {
    scenarios.push(
      await measured('GET /health, default rate limits', server, logFile, 50, LIMITED_SECONDS, () =>
        hammer({ url: `${server.url}/health`, connections: 50, duration: LIMITED_SECONDS }),
      ),
    );
    rateLimitCheck = await check429(server.url);
  } finally {
    await server.stop();
  }
}

/** The engines side by side: PGlite, Postgres with one process, Postgres with `serve --workers 2`. */
async function engineComparison() {
  const pglite = await startServer({ dataDir, env: HIGH_LIMITS, logFile });
  try {
    engines.push(...(await engineRuns('PGlite', pglite, logFile)));
  } finally {
    await pglite.stop();
  }
  await withScratchDatabase(POSTGRES_URL as string, 'tradepilot_load', async (databaseUrl) => {
    const env = { ...HIGH_LIMITS, DATABASE_URL: databaseUrl };
    const setup = await startServer({ dataDir, env, logFile, timeoutMs: 600_000 });
    await setup.stop(); // loads the knowledge and demo data once, outside the measured runs
    for (const [label, args] of [
      ['Postgres, 1 process', []],
      ['Postgres, --workers 2', ['--workers', '2']],
    ] as const) {
      const server = await startServer({ dataDir, env, args: [...args], logFile });
      try {
        engines.push(...(await engineRuns(label, server, logFile)));
      } finally {
        await server.stop();
      }
    }
  });
}
try {
  // The first start on a fresh directory loads the bundled knowledge and demo data; the measured runs restart on
  // it, so the memory figures are the load's, not the first run's.
  const first = await startServer({ dataDir, logFile });
  firstRunPeakMib = first.memory()?.peak_rss_mib ?? null;
  await first.stop();
  if (!ENGINES_ONLY) await standardRuns();
  if (POSTGRES_URL) await engineComparison();
} finally {
  await llm.close();
  removeDir(dataDir);
  fs.rmSync(logFile, { force: true });
}

const figuresTable = (rows: Scenario[]) =>
  table(
    [
      'scenario',
      'clients',
      's',
      'requests',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      '429',
      'errors',
      'peak RSS MiB',
    ],
    rows.map((s) => [
      s.name,
      s.connections,
      s.seconds,
      s.requests ?? 0,
      s.rps ?? 0,
      s.p50_ms ?? '',
      s.p95_ms ?? '',
      s.p99_ms ?? '',
      s.rate_limited ?? 0,
      (s.errors ?? 0) + s.server_error_logs,
      s.peak_rss_mib ?? '',
    ]),
  );

const nonRateLimitErrors = [...scenarios, ...engines].reduce(
  (n, s) => n + (s.errors ?? 0) + s.server_error_logs,
  0,
);
const report = {
  command: `npm run load${
    process.argv.length > 2
      ? ` -- ${process.argv
          .slice(2)
          .join(' ')
          .replace(POSTGRES_URL ?? '\0', '<url>')}`
      : ''
  }`,
  date: new Date().toISOString(),
  git_sha: gitSha(),
  machine,
  duration_s: elapsedSince(started),
  note:
    'errors = non-2xx responses other than 429, connection errors, timeouts and (chat) streams with an error event or ' +
    'without done, plus error lines in the server log; peak_rss_mib = the server process VmHWM (each run is a new process)',
  first_start_peak_rss_mib: firstRunPeakMib,
  scenarios,
  engines,
  rate_limit_check: rateLimitCheck,
  non_429_errors: nonRateLimitErrors,
};
fs.writeFileSync(LOAD_FILE, JSON.stringify(report, null, 2) + '\n');
process.stdout.write(
  [
    `tradepilot load ${report.date} · ${describeMachine(machine)} · ${report.git_sha}`,
    '',
    ...(scenarios.length ? [figuresTable(scenarios)] : []),
    ...(engines.length ? ['', 'Engines side by side:', figuresTable(engines)] : []),
    '',
    `Streaming chat first token: ${JSON.stringify(scenarios.find((s) => 'first_token_p50_ms' in s) ?? {}, ['first_token_p50_ms', 'first_token_p95_ms', 'first_token_p99_ms'])}`,
    `429 check: ${JSON.stringify(rateLimitCheck)}`,
    `Non-429 errors: ${nonRateLimitErrors} (target 0). Finished in ${report.duration_s} s; wrote ${path.relative(REPO_ROOT, LOAD_FILE)}.`,
  ].join('\n') + '\n',
);
if (nonRateLimitErrors > 0 || (!ENGINES_ONLY && !rateLimitCheck?.clean)) process.exitCode = 1;
