// `npm run bench`: every performance figure of tradepilot on loopback, each against a baseline measured in the same
// run; prints Markdown tables and writes bench/results.json. `--quick` shortens every phase and writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBundledKnowledge } from '../knowledge/ingest/bundled';
import { createTestDeps } from '../test/helpers/test-deps';
import { benchChatOverhead } from './chat-overhead';
import { benchCliStart } from './cli-start';
import { benchColdStart } from './cold-start';
import { benchGroundingOverhead } from './grounding-overhead';
import { ensureBuild, startupTables } from './startup';
import { benchHttpOverhead } from './http-overhead';
import { benchInventory } from './inventory';
import { benchInventoryBaselines } from './inventory-baselines';
import { benchKnowledge } from './knowledge-scale';
import {
  describeMachine,
  elapsedSince,
  gitSha,
  machineInfo,
  ratio,
  REPO_ROOT,
  table,
} from './measure';
import { removeDir, startServer } from './server-process';

const quick = process.argv.includes('--quick');
const settings = quick
  ? {
      coldRuns: 1,
      httpSeconds: 1,
      httpRuns: 1,
      retrievalMs: 500,
      scaleChunks: 2_000,
      bundledRuns: 1,
      chatTurns: 30,
      chatWarmup: 5,
      inventoryMs: 300,
    }
  : {
      coldRuns: 3,
      httpSeconds: 3,
      httpRuns: 3,
      retrievalMs: 3_000,
      scaleChunks: 20_000,
      bundledRuns: 3,
      chatTurns: 200,
      chatWarmup: 20,
      inventoryMs: 2_000,
    };
const HIGH_LIMITS = { RATE_LIMIT_RPS_PER_IP: '1000000', RATE_LIMIT_RPS_PER_KEY: '1000000' };

const RESULTS_FILE = path.join(REPO_ROOT, 'bench', 'results.json');
const machine = machineInfo();
const started = performance.now();
const logFile = path.join(os.tmpdir(), `tradepilot-bench-${process.pid}.log`);
const step = (what: string) => process.stderr.write(`[${elapsedSince(started)} s] ${what}\n`);

step('cold start and CLI start');
ensureBuild();
const cold = await benchColdStart({ runs: settings.coldRuns, logFile });
const cliStart = benchCliStart(settings.coldRuns * 2);

step('HTTP overhead');
const server = await startServer({ dataDir: cold.dataDir, env: HIGH_LIMITS, logFile });
const inProcess = await createTestDeps();
await ensureBundledKnowledge(inProcess);
const { rows: http, server_memory: serverMemory } = await benchHttpOverhead(server, inProcess, {
  seconds: settings.httpSeconds,
  runs: settings.httpRuns,
}).finally(async () => {
  await server.stop();
  await inProcess.db.close();
  removeDir(cold.dataDir);
});

step('ingestion and retrieval (bundled, then generated chunks)');
const knowledge = await benchKnowledge(settings);

step('chat turn overhead');
const chat = await benchChatOverhead({ turns: settings.chatTurns, warmup: settings.chatWarmup });

step('grounding check overhead (instant and paced scripted model)');
const grounding = [
  await benchGroundingOverhead({
    turns: settings.chatTurns,
    warmup: settings.chatWarmup,
    chunkDelayMs: 0,
  }),
  await benchGroundingOverhead({
    turns: Math.ceil(settings.chatTurns / 4),
    warmup: 2,
    chunkDelayMs: 10,
  }),
];

step('inventory tools and import');
const inventory = await benchInventory({ time: settings.inventoryMs });
const inventoryBase = await benchInventoryBaselines();

const results = {
  command: `npm run bench${quick ? ' -- --quick' : ''}`,
  date: new Date().toISOString(),
  git_sha: gitSha(),
  machine,
  duration_s: 0,
  http_overhead: {
    input:
      'compliance_lookup {"question":"What do I need to sell Bluetooth earbuds in Germany?","markets":["DE"]}',
    note: 'rps_vs_bare = requests/s ÷ bare Hono route at the same concurrency; p50_vs_in_process = p50 ÷ in-process invokeTool p50',
    server_rss_after_mib: serverMemory?.rss_mib ?? null,
    server_peak_rss_mib: serverMemory?.peak_rss_mib ?? null,
    rows: http,
  },
  retrieval: {
    note: 'tool_vs_raw_p50 = compliance_lookup p50 ÷ its raw hybrid query (embedding + SQL) p50; eval questions in turn',
    rows: knowledge.retrieval,
  },
  ingestion: {
    note: 'vs_baseline = chunks/s ÷ chunking + local embedding alone (no database); generated documents go into the store holding the bundled knowledge',
    rows: knowledge.ingestion,
  },
  chat_turn: {
    note: 'instant scripted LLM streaming the same ~400-character answer; ratios = /api/chat p50 ÷ direct p50',
    ...chat,
  },
  grounding: {
    note: 'the same ~600-character answer (14 figures and markers) streamed in 6-character chunks, read directly vs through the grounding guard over a 3-document compliance result; overhead = p50 difference; check_cpu = time spent in the check per turn; with a paced model the first token waits for the first whole sentence',
    runs: grounding,
  },
  inventory: {
    dataset: inventory.dataset,
    baseline_select1_p50_ms: inventoryBase.select1_p50_ms,
    tools: inventory.tools.map((t) => ({
      ...t,
      p50_vs_select1: ratio(t.p50_ms, inventoryBase.select1_p50_ms),
    })),
    import: {
      ...inventory.import,
      baseline_parse_rows_per_s: inventoryBase.parse_rows_per_s,
      fresh_vs_parse: ratio(inventory.import.fresh_rows_per_s, inventoryBase.parse_rows_per_s),
    },
  },
  cold_start: { ...cold, dataDir: undefined },
  cli_start: cliStart,
};
results.duration_s = elapsedSince(started);

const out = [
  `tradepilot bench ${results.date} · ${describeMachine(machine)} · ${results.git_sha}${quick ? ' · QUICK' : ''}`,
  '',
  'HTTP overhead (compliance_lookup, autocannon):',
  table(
    ['target', 'clients', 'req/s', 'p50 ms', 'p95 ms', '× bare req/s', '× in-process p50'],
    http.map((r) => [
      r.target,
      r.connections,
      r.rps,
      r.p50_ms,
      r.p95_ms,
      r.rps_vs_bare,
      r.p50_vs_in_process,
    ]),
  ),
  '',
  'Retrieval (compliance_lookup vs its raw hybrid query):',
  table(
    ['db', 'chunks', 'tool p50', 'tool p95', 'raw p50', 'raw p95', '× raw p50'],
    knowledge.retrieval.map((r) => [
      r.db,
      r.chunks,
      r.tool_p50_ms,
      r.tool_p95_ms,
      r.raw_p50_ms,
      r.raw_p95_ms,
      r.tool_vs_raw_p50,
    ]),
  ),
  '',
  'Ingestion (local embedder):',
  table(
    ['dataset', 'docs', 'chunks', 'seconds', 'chunks/s', 'chunk+embed only/s', '× baseline'],
    knowledge.ingestion.map((r) => [
      r.dataset,
      r.documents,
      r.chunks,
      r.seconds,
      r.chunks_per_s,
      r.baseline_chunks_per_s,
      r.vs_baseline,
    ]),
  ),
  '',
  'Chat turn (instant scripted LLM):',
  table(
    ['what', 'turns', 'first token p50', 'p95', 'total p50', 'p95'],
    chat.rows.map((r) => [
      r.what,
      r.turns,
      r.first_token_p50_ms,
      r.first_token_p95_ms,
      r.total_p50_ms,
      r.total_p95_ms,
    ]),
  ),
  `first token × direct: ${chat.first_token_vs_direct}; whole turn × direct: ${chat.total_vs_direct}`,
  '',
  'Grounding check (scripted model, 6-character chunks; target < 30 ms per turn):',
  table(
    ['model pace', 'what', 'turns', 'first token p50', 'p95', 'total p50', 'p95'],
    grounding.flatMap((g) =>
      g.rows.map((r) => [
        g.chunk_delay_ms ? `${g.chunk_delay_ms} ms/chunk` : 'instant',
        r.what,
        r.turns,
        r.first_token_p50_ms,
        r.first_token_p95_ms,
        r.total_p50_ms,
        r.total_p95_ms,
      ]),
    ),
  ),
  ...grounding.map(
    (g) =>
      `${g.chunk_delay_ms ? `${g.chunk_delay_ms} ms/chunk` : 'instant'}: overhead p50 first token ${g.first_token_overhead_p50_ms} ms, whole turn ${g.total_overhead_p50_ms} ms; check CPU per turn p50 ${g.check_cpu_p50_ms} ms, p95 ${g.check_cpu_p95_ms} ms`,
  ),
  '',
  `Inventory tools (demo data; baseline SELECT 1 p50 ${inventoryBase.select1_p50_ms} ms):`,
  table(
    ['tool', 'p50 ms', 'p95 ms', 'cold p50 ms', 'cold p95 ms', '× SELECT 1'],
    results.inventory.tools.map((t) => [
      t.tool,
      t.p50_ms,
      t.p95_ms,
      t.cold_p50_ms,
      t.cold_p95_ms,
      t.p50_vs_select1,
    ]),
  ),
  `Import ${inventory.import.rows} rows: ${inventory.import.fresh_rows_per_s} rows/s fresh, ${inventory.import.reimport_rows_per_s} rows/s re-import; ` +
    `parse only ${inventoryBase.parse_rows_per_s} rows/s (× ${results.inventory.import.fresh_vs_parse})`,
  '',
  ...startupTables(cold, cliStart),
  `server peak RSS after the HTTP benchmark: ${serverMemory?.peak_rss_mib ?? '?'} MiB`,
  '',
  `Finished in ${results.duration_s} s.`,
];
process.stdout.write(out.join('\n') + '\n');
fs.rmSync(logFile, { force: true });
if (!quick) {
  fs.writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2) + '\n');
  step(`wrote ${path.relative(REPO_ROOT, RESULTS_FILE)}`);
}
