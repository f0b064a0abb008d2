// HS classification eval: top-1 and top-3 accuracy of classify_hs on a labelled set (the held-out set in
// `npm run eval`; `npx tsx test/evals/hs-eval.ts tuning` for the tuning set).
import fs from 'node:fs';
import path from 'node:path';
import type { Deps } from '../../core/deps';
import { classifyHs } from '../../tools/customs/hs/classify';
import { ensureHsIndex } from '../../tools/customs/hs/hs-index';

export interface HsEvalItem {
  lang: 'en' | 'zh';
  description: string;
  material?: string;
  use?: string;
  hs_code: string;
  /** The batch of the tuning set the item was written in (items written later are measured apart too). */
  batch?: string;
}

export interface HsEvalReport {
  set: string;
  items: number;
  top1: number;
  top3: number;
  by_language: Record<string, { items: number; top1: number; top3: number }>;
  /** The same figures for each dated batch of items (only items that name one). */
  by_batch: Record<string, { items: number; top1: number; top3: number }>;
  /** Build time of the index on this run (null when it was already built). */
  index_build_ms: number | null;
  classify_ms: { p50: number; p95: number };
  misses: Array<{ description: string; expected: string; got: string[] }>;
}

export function loadHsSet(set: 'held-out' | 'tuning'): HsEvalItem[] {
  const file = path.join(import.meta.dirname, `hs-${set}.json`);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { items: HsEvalItem[] }).items;
}

const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 1000 : 0);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export async function runHsEval(
  deps: Deps,
  set: 'held-out' | 'tuning' = 'held-out',
): Promise<HsEvalReport> {
  const items = loadHsSet(set);
  const built = await ensureHsIndex(deps);
  const times: number[] = [];
  const misses: HsEvalReport['misses'] = [];
  const tally: Record<string, { items: number; top1: number; top3: number }> = {};
  const batches: typeof tally = {};
  let top1 = 0;
  let top3 = 0;
  for (const item of items) {
    const started = performance.now();
    const { candidates } = await classifyHs(deps, { ...item, limit: 3 });
    times.push(performance.now() - started);
    const codes = candidates.map((c) => c.hs_code);
    const counts = [(tally[item.lang] ??= { items: 0, top1: 0, top3: 0 })];
    if (item.batch) counts.push((batches[item.batch] ??= { items: 0, top1: 0, top3: 0 }));
    for (const t of counts) t.items++;
    if (codes[0] === item.hs_code) {
      top1++;
      for (const t of counts) t.top1++;
    }
    if (codes.includes(item.hs_code)) {
      top3++;
      for (const t of counts) t.top3++;
    } else misses.push({ description: item.description, expected: item.hs_code, got: codes });
  }
  times.sort((a, b) => a - b);
  const shares = (t: typeof tally) =>
    Object.fromEntries(
      Object.entries(t).map(([key, n]) => [
        key,
        { items: n.items, top1: share(n.top1, n.items), top3: share(n.top3, n.items) },
      ]),
    );
  return {
    set,
    items: items.length,
    top1: share(top1, items.length),
    top3: share(top3, items.length),
    by_language: shares(tally),
    by_batch: shares(batches),
    index_build_ms: built?.ms ?? null,
    classify_ms: {
      p50: Math.round(percentile(times, 50)),
      p95: Math.round(percentile(times, 95)),
    },
    misses,
  };
}

export function formatHsReport(r: HsEvalReport): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `HS classification (${r.set} set, ${r.items} products, en and zh):`,
    `  top-1 accuracy: ${pct(r.top1)}`,
    `  top-3 accuracy: ${pct(r.top3)} (target >= 85%)`,
    `  by language: ${Object.entries(r.by_language)
      .map(([lang, t]) => `${lang} top-1 ${pct(t.top1)} top-3 ${pct(t.top3)} (${t.items})`)
      .join(', ')}`,
    ...Object.entries(r.by_batch).map(
      ([batch, t]) =>
        `  batch ${batch}: top-1 ${pct(t.top1)} top-3 ${pct(t.top3)} (${t.items} products)`,
    ),
    `  classify p50 ${r.classify_ms.p50} ms, p95 ${r.classify_ms.p95} ms; index build ${r.index_build_ms === null ? 'already built' : `${r.index_build_ms} ms`}`,
    ...r.misses.map((m) => `  - ${JSON.stringify(m)}`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { createTestDeps } = await import('../helpers/test-deps');
  const deps = await createTestDeps();
  try {
    const set = process.argv[2] === 'tuning' ? 'tuning' : 'held-out';
    process.stdout.write(formatHsReport(await runHsEval(deps, set)) + '\n');
  } finally {
    await deps.db.close();
  }
}
