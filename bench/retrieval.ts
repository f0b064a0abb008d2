// Benchmarks retrieval: compliance_lookup (the tool, as every surface calls it) and the raw hybrid query on the
// bundled knowledge (p50/p95), optionally at a synthetic scale with the query plan (EXPLAIN ANALYZE), on PGlite and,
// with `--postgres URL`, on a real Postgres server side by side.
// Run: `npm run bench:retrieval` or `npx tsx bench/retrieval.ts --scale 20000 --postgres postgres://...`.
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import type { AppDeps } from '../server/deps';
import { ensureBundledKnowledge } from '../knowledge/ingest/bundled';
import { HYBRID_SQL, hybridParams, hybridQuery } from '../knowledge/search/hybrid-query';
import { invokeTool } from '../tools/invoke';
import { loadQuestions, type EvalQuestion } from '../test/evals/retrieval';
import { createTestDeps } from '../test/helpers/test-deps';
import { openPgDb } from '../server/db/pg-db';
import { withScratchDatabase } from './scratch-postgres';

export interface RetrievalBenchRow {
  engine: 'pglite' | 'postgres';
  name: string;
  chunks: number;
  p50_ms: number;
  p95_ms: number;
  samples: number;
}

export interface RetrievalBenchResult {
  date: string;
  machine: string;
  embedder: string;
  rows: RetrievalBenchRow[];
  plans: Array<{ engine: RetrievalBenchRow['engine']; plan: string }>;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}
const round1 = (n: number) => Math.round(n * 10) / 10;

async function chunkCount(deps: AppDeps): Promise<number> {
  return (await deps.db.query<{ n: number }>('SELECT count(*)::int AS n FROM chunks')).rows[0].n;
}

/** Copies every document and chunk until the store holds about `target` chunks (vectors slightly perturbed). */
async function scaleTo(deps: AppDeps, target: number): Promise<void> {
  const base = await chunkCount(deps);
  const copies = Math.ceil(target / base) - 1;
  await deps.db.transaction(async (tx) => {
    await tx.exec('DROP INDEX IF EXISTS chunks_embedding_hnsw');
    await tx.query(
      `INSERT INTO documents (id, title, market, topic, categories, status, status_note, effective, as_of, confidence,
         source_title, source_url, keywords, origin, path, content_hash, text)
       SELECT d.id || '~' || n, d.title, d.market, d.topic, d.categories, d.status, d.status_note, d.effective, d.as_of,
         d.confidence, d.source_title, d.source_url, d.keywords, 'user', NULL, d.content_hash, d.text
       FROM documents d, generate_series(1, $1::int) n WHERE d.id NOT LIKE '%~%'`,
      [copies],
    );
    await tx.query(
      `INSERT INTO chunks (document_id, ordinal, heading_path, text, market, topic, categories, status, tsv, embedding,
         embedding_model, embedding_dim)
       SELECT c.document_id || '~' || n, c.ordinal, c.heading_path, c.text, c.market, c.topic, c.categories, c.status,
         c.tsv, (SELECT array_agg(v + (random() - 0.5) * 0.02) FROM unnest(c.embedding::real[]) v)::vector,
         c.embedding_model, c.embedding_dim
       FROM chunks c, generate_series(1, $1::int) n WHERE c.document_id NOT LIKE '%~%'`,
      [copies],
    );
  });
  const started = performance.now();
  await deps.db.exec(
    'CREATE INDEX chunks_embedding_hnsw ON chunks USING hnsw (embedding vector_cosine_ops)',
  );
  await deps.db.exec('ANALYZE chunks');
  process.stderr.write(
    `scaled to ${await chunkCount(deps)} chunks; HNSW build ${Math.round(performance.now() - started)} ms\n`,
  );
}

/** EXPLAIN ANALYZE of the hybrid statement for one question, with the HNSW search list the search uses. */
async function explain(deps: AppDeps, question: string, markets: string[]): Promise<string> {
  const [embedding] = await deps.embedder.embed([question]);
  return deps.db.transaction(async (tx) => {
    await tx.query(`SELECT set_config('hnsw.ef_search', '200', true)`);
    const { rows } = await tx.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, COSTS OFF) ${HYBRID_SQL}`,
      hybridParams({
        text: question,
        embedding,
        model: deps.embedder.model,
        markets: [...markets, 'GLOBAL'],
      }),
    );
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

/**
 * Measures compliance_lookup (the tool as every surface calls it) and the raw hybrid query it runs (embedding +
 * SQL) on the store `deps` holds, cycling through the eval questions: rows [tool, raw query].
 */
export async function measureRetrieval(
  deps: AppDeps,
  options: { time?: number; questions?: EvalQuestion[]; engine?: RetrievalBenchRow['engine'] } = {},
): Promise<RetrievalBenchRow[]> {
  const questions = options.questions ?? loadQuestions();
  const chunks = await chunkCount(deps);
  let i = 0;
  let j = 0;
  const bench = new Bench({
    time: options.time ?? 5_000,
    warmupTime: 1_000,
    warmupIterations: 20,
  });
  bench.add(`compliance_lookup (${questions.length} eval questions, markets given)`, async () => {
    const q = questions[i++ % questions.length];
    const result = await invokeTool(
      deps.registry,
      deps,
      'compliance_lookup',
      { question: q.question, markets: q.markets },
      { surface: 'bench' },
    );
    if (!result.ok) throw result.error;
  });
  bench.add('raw hybrid query (embedding + SQL only)', async () => {
    const q = questions[j++ % questions.length];
    const [embedding] = await deps.embedder.embed([q.question]);
    await hybridQuery(deps.db, {
      text: q.question,
      embedding,
      model: deps.embedder.model,
      markets: [...(q.markets ?? []), 'EU', 'GLOBAL'],
    });
  });
  await bench.run();
  return bench.tasks.map((task) => {
    const result = task.result as { latency?: { samples: number[] } } | undefined;
    const samples = [...(result?.latency?.samples ?? [])].sort((a, b) => a - b);
    return {
      engine: options.engine ?? 'pglite',
      name: task.name,
      chunks,
      p50_ms: round1(percentile(samples, 50)),
      p95_ms: round1(percentile(samples, 95)),
      samples: samples.length,
    };
  });
}

/** The bundled knowledge, measured, then (with `scale`) copied up to that many chunks and measured again. */
async function benchEngine(
  deps: AppDeps,
  engine: RetrievalBenchRow['engine'],
  options: { time?: number; scale?: number },
): Promise<{ rows: RetrievalBenchRow[]; plan?: string }> {
  await ensureBundledKnowledge(deps);
  const questions = loadQuestions();
  const rows = await measureRetrieval(deps, { time: options.time, questions, engine });
  if (!options.scale) return { rows };
  await scaleTo(deps, options.scale);
  const plan = await explain(deps, 'What do I need to sell Bluetooth earbuds in Germany?', [
    'DE',
    'EU',
  ]);
  rows.push(...(await measureRetrieval(deps, { time: options.time, questions, engine })));
  return { rows, plan };
}

export async function benchRetrieval(
  options: { time?: number; scale?: number; postgresUrl?: string } = {},
): Promise<RetrievalBenchResult> {
  const rows: RetrievalBenchRow[] = [];
  const plans: RetrievalBenchResult['plans'] = [];
  const collect = (
    engine: RetrievalBenchRow['engine'],
    r: { rows: RetrievalBenchRow[]; plan?: string },
  ) => {
    rows.push(...r.rows);
    if (r.plan) plans.push({ engine, plan: r.plan });
  };
  const lite = await createTestDeps();
  const embedder = lite.embedder.model;
  try {
    collect('pglite', await benchEngine(lite, 'pglite', options));
  } finally {
    await lite.db.close();
  }
  if (options.postgresUrl)
    await withScratchDatabase(options.postgresUrl, 'tradepilot_retrieval', async (url) => {
      const deps = await createTestDeps({ db: openPgDb(url) });
      try {
        collect('postgres', await benchEngine(deps, 'postgres', options));
      } finally {
        await deps.db.close();
      }
    });
  return {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}`,
    embedder,
    rows,
    plans,
  };
}

export function formatRetrievalBench(result: RetrievalBenchResult): string {
  const lines = [
    `Retrieval benchmark ${result.date} (${result.machine}), embeddings ${result.embedder}`,
    '',
    '| engine | what | chunks | p50 ms | p95 ms | samples |',
    '|---|---|---|---|---|---|',
    ...result.rows.map(
      (r) => `| ${r.engine} | ${r.name} | ${r.chunks} | ${r.p50_ms} | ${r.p95_ms} | ${r.samples} |`,
    ),
  ];
  for (const { engine, plan } of result.plans)
    lines.push('', `Query plan at scale on ${engine} (EXPLAIN ANALYZE):`, plan);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const scaleAt = process.argv.indexOf('--scale');
  const scale = scaleAt > 0 ? Number(process.argv[scaleAt + 1]) : undefined;
  const postgresAt = process.argv.indexOf('--postgres');
  const postgresUrl = postgresAt > 0 ? process.argv[postgresAt + 1] : undefined;
  const result = await benchRetrieval({ scale, postgresUrl });
  process.stdout.write(formatRetrievalBench(result) + '\n');
}
