// Benchmarks the inventory tools on the demo data set in PGlite (p50/p95 per tool, warm and right after a write) and
// the CSV import of the demo set (rows/s).
import os from 'node:os';
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import { toIsoDate } from '../tools/inventory/dates';
import { generateDemoInventory } from '../tools/inventory/demo/generate';
import { loadDemoInventory } from '../tools/inventory/demo/seed';
import { inventoryToCsv } from '../tools/inventory/demo/to-csv';
import { importInventory } from '../tools/inventory/import/import-inventory';
import { countRecords } from '../tools/inventory/types';
import { invokeTool } from '../tools/invoke';
import { createTestDeps } from '../test/helpers/test-deps';

/** One representative call per tool, as a seller would ask in chat. */
export const INVENTORY_BENCH_CALLS: Array<[string, Record<string, unknown>]> = [
  ['inventory_status', { markets: ['DE'] }],
  ['stockout_risk', { markets: ['DE'] }],
  ['reorder_plan', {}],
  ['transfer_suggestions', {}],
  ['slow_movers', {}],
  ['demand_forecast', {}],
];

export interface InventoryBenchResult {
  date: string;
  machine: string;
  anchor: string;
  dataset: ReturnType<typeof countRecords>;
  /** p50/p95: the same call repeated (warm caches); cold_*: each call right after a write to the inventory. */
  tools: Array<{
    tool: string;
    input: string;
    p50_ms: number;
    p95_ms: number;
    samples: number;
    cold_p50_ms: number;
    cold_p95_ms: number;
    cold_samples: number;
  }>;
  import: {
    rows: number;
    fresh_ms: number;
    fresh_rows_per_s: number;
    reimport_ms: number;
    reimport_rows_per_s: number;
  };
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Calls after a write: what a seller sees right after an import. */
const COLD_SAMPLES = 20;

/** Runs the inventory benchmark (about a minute) and returns the figures. */
export async function benchInventory(
  options: { time?: number } = {},
): Promise<InventoryBenchResult> {
  const anchor = toIsoDate(new Date());
  const data = generateDemoInventory(anchor);
  const dataset = countRecords(data);
  const rows = Object.values(dataset).reduce((a, b) => a + b, 0);

  // Import: the demo set as CSV text into a fresh database, then again (every row an upsert).
  const importDeps = await createTestDeps();
  const files = inventoryToCsv(data);
  let started = performance.now();
  await importInventory(importDeps.db, files);
  const freshMs = performance.now() - started;
  started = performance.now();
  await importInventory(importDeps.db, files);
  const reimportMs = performance.now() - started;
  await importDeps.db.close();

  // Tools: warm up, then sample each call.
  const deps = await createTestDeps({ now: new Date(`${anchor}T12:00:00Z`) });
  await loadDemoInventory(deps.db, anchor);
  const bench = new Bench({ time: options.time ?? 3_000, warmupTime: 500, warmupIterations: 10 });
  for (const [tool, input] of INVENTORY_BENCH_CALLS) {
    bench.add(tool, async () => {
      const result = await invokeTool(deps.registry, deps, tool, input, { surface: 'bench' });
      if (!result.ok) throw result.error;
    });
  }
  await bench.run();
  // Cold: each sample right after a write that invalidates every remembered load (the write is not timed).
  const cold: number[][] = [];
  for (const [tool, input] of INVENTORY_BENCH_CALLS) {
    const times: number[] = [];
    for (let i = 0; i < COLD_SAMPLES; i++) {
      await deps.db.query('UPDATE inventory_version SET version = version + 1');
      const start = performance.now();
      const result = await invokeTool(deps.registry, deps, tool, input, { surface: 'bench' });
      times.push(performance.now() - start);
      if (!result.ok) throw result.error;
    }
    cold.push(times.sort((a, b) => a - b));
  }
  await deps.db.close();

  const tools = bench.tasks.map((task, i) => {
    const result = task.result as { latency?: { samples: number[] } } | undefined;
    const samples = [...(result?.latency?.samples ?? [])].sort((a, b) => a - b);
    return {
      tool: task.name,
      input: JSON.stringify(INVENTORY_BENCH_CALLS[i][1]),
      p50_ms: round1(percentile(samples, 50)),
      p95_ms: round1(percentile(samples, 95)),
      samples: samples.length,
      cold_p50_ms: round1(percentile(cold[i], 50)),
      cold_p95_ms: round1(percentile(cold[i], 95)),
      cold_samples: cold[i].length,
    };
  });
  return {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    anchor,
    dataset,
    tools,
    import: {
      rows,
      fresh_ms: Math.round(freshMs),
      fresh_rows_per_s: Math.round(rows / (freshMs / 1000)),
      reimport_ms: Math.round(reimportMs),
      reimport_rows_per_s: Math.round(rows / (reimportMs / 1000)),
    },
  };
}

export function formatInventoryBench(result: InventoryBenchResult): string {
  const lines = [
    `Inventory benchmark ${result.date} (${result.machine}), PGlite, demo set: ${JSON.stringify(result.dataset)}`,
    '',
    '| tool | input | p50 ms | p95 ms | samples | cold p50 ms | cold p95 ms | cold samples |',
    '|---|---|---|---|---|---|---|---|',
    ...result.tools.map(
      (t) =>
        `| ${t.tool} | \`${t.input}\` | ${t.p50_ms} | ${t.p95_ms} | ${t.samples} | ` +
        `${t.cold_p50_ms} | ${t.cold_p95_ms} | ${t.cold_samples} |`,
    ),
    '',
    'Warm: the same call repeated. Cold: each call right after a write to the inventory (caches invalidated).',
    '',
    `Import of the demo set as CSV (${result.import.rows} rows): fresh ${result.import.fresh_ms} ms ` +
      `(${result.import.fresh_rows_per_s} rows/s), re-import ${result.import.reimport_ms} ms (${result.import.reimport_rows_per_s} rows/s)`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await benchInventory();
  process.stdout.write(formatInventoryBench(result) + '\n');
}
