// Ingestion and retrieval at two sizes: the bundled knowledge and 20,000 generated chunks more. Ingestion chunks/s
// against chunking + embedding alone; compliance_lookup against its raw hybrid query, on PGlite and on pg over the
// wire (one PGlite database served both ways, so both see the same data).
import { ensureBundledKnowledge, BUNDLED_DIR, PACKAGE_ROOT } from '../knowledge/ingest/bundled';
import { embeddingInput, ingestSources } from '../knowledge/ingest/ingest';
import { chunkBody } from '../knowledge/ingest/chunk';
import { listFiles, readSources, type SourceDocument } from '../knowledge/ingest/sources';
import type { AppDeps } from '../server/deps';
import { openPgDb } from '../server/db/pg-db';
import { pgliteDb } from '../server/db/pglite-db';
import { createTestDeps } from '../test/helpers/test-deps';
import { startWirePostgres } from '../test/helpers/wire-postgres';
import { generateSources } from './generated-knowledge';
import { measureRetrieval } from './retrieval';
import { median, ratio, round } from './measure';

export interface IngestionRow {
  dataset: string;
  documents: number;
  chunks: number;
  runs: number;
  seconds: number;
  chunks_per_s: number;
  /** Chunking + local embedding of the same documents, without the database. */
  baseline_chunks_per_s: number;
  vs_baseline: number;
}

export interface RetrievalRow {
  db: 'pglite' | 'pg over the wire';
  chunks: number;
  tool_p50_ms: number;
  tool_p95_ms: number;
  raw_p50_ms: number;
  raw_p95_ms: number;
  /** compliance_lookup p50 ÷ raw hybrid query p50 (the tool's own overhead). */
  tool_vs_raw_p50: number;
}

async function chunkAndEmbed(deps: AppDeps, sources: SourceDocument[]): Promise<number> {
  const started = performance.now();
  const inputs: string[] = [];
  for (const s of sources)
    for (const c of await chunkBody(s.body.trim(), s.meta.title))
      inputs.push(
        embeddingInput({ headingPath: c.headingPath, keywords: s.meta.keywords, text: c.text }),
      );
  await deps.embedder.embed(inputs);
  return inputs.length / ((performance.now() - started) / 1000);
}

async function timedIngest(deps: AppDeps, sources: SourceDocument[]) {
  const started = performance.now();
  const report = await ingestSources(deps, sources, { by: 'bench' });
  return { chunks: report.chunks, seconds: (performance.now() - started) / 1000 };
}

async function retrievalRows(
  dbs: Array<[RetrievalRow['db'], AppDeps]>,
  time: number,
): Promise<RetrievalRow[]> {
  const rows: RetrievalRow[] = [];
  for (const [db, deps] of dbs) {
    const [tool, raw] = await measureRetrieval(deps, { time });
    rows.push({
      db,
      chunks: tool.chunks,
      tool_p50_ms: tool.p50_ms,
      tool_p95_ms: tool.p95_ms,
      raw_p50_ms: raw.p50_ms,
      raw_p95_ms: raw.p95_ms,
      tool_vs_raw_p50: ratio(tool.p50_ms, raw.p50_ms),
    });
  }
  return rows;
}

export async function benchKnowledge(options: {
  scaleChunks: number;
  retrievalMs: number;
  bundledRuns: number;
}): Promise<{ ingestion: IngestionRow[]; retrieval: RetrievalRow[] }> {
  const bundled = await readSources(await listFiles([BUNDLED_DIR]), {
    bundledDir: BUNDLED_DIR,
    packageRoot: PACKAGE_ROOT,
  });
  const wire = await startWirePostgres();
  const direct = await createTestDeps({ db: pgliteDb(wire.pglite) });
  const overWire = await createTestDeps({ db: openPgDb(wire.url) });
  const dbs: Array<[RetrievalRow['db'], AppDeps]> = [
    ['pglite', direct],
    ['pg over the wire', overWire],
  ];
  try {
    // Bundled: the first run fills the shared database, later runs use fresh in-memory ones.
    const bundledRuns = [await timedIngest(direct, bundled)];
    for (let i = 1; i < options.bundledRuns; i++) {
      const fresh = await createTestDeps();
      bundledRuns.push(await timedIngest(fresh, bundled));
      await fresh.db.close();
    }
    if (await ensureBundledKnowledge(direct))
      throw new Error('bundled knowledge not fully ingested');
    const bundledSeconds = median(bundledRuns.map((r) => r.seconds));
    const baselines: number[] = [];
    for (let i = 0; i < 3; i++) baselines.push(await chunkAndEmbed(direct, bundled));
    const bundledBaseline = median(baselines);
    const ingestion: IngestionRow[] = [
      {
        dataset: 'bundled knowledge',
        documents: bundled.length,
        chunks: bundledRuns[0].chunks,
        runs: bundledRuns.length,
        seconds: round(bundledSeconds, 2),
        chunks_per_s: round(bundledRuns[0].chunks / bundledSeconds, 0),
        baseline_chunks_per_s: round(bundledBaseline, 0),
        vs_baseline: ratio(bundledRuns[0].chunks / bundledSeconds, bundledBaseline),
      },
    ];
    const retrieval = await retrievalRows(dbs, options.retrievalMs);

    const generated = generateSources(bundled, options.scaleChunks);
    const generatedBaseline = await chunkAndEmbed(direct, generated);
    const grown = await timedIngest(direct, generated);
    await direct.db.exec('ANALYZE chunks');
    ingestion.push({
      dataset: 'generated documents',
      documents: generated.length,
      chunks: grown.chunks,
      runs: 1,
      seconds: round(grown.seconds, 1),
      chunks_per_s: round(grown.chunks / grown.seconds, 0),
      baseline_chunks_per_s: round(generatedBaseline, 0),
      vs_baseline: ratio(grown.chunks / grown.seconds, generatedBaseline),
    });
    retrieval.push(...(await retrievalRows(dbs, options.retrievalMs)));
    return { ingestion, retrieval };
  } finally {
    await overWire.db.close();
    await wire.close();
  }
}
