// Baselines for the inventory figures of `npm run bench`: one PGlite round trip (SELECT 1) for the tools, and
// parsing the demo CSV files without writing them for the import.
import { Bench } from 'tinybench';
import { toIsoDate } from '../tools/inventory/dates';
import { generateDemoInventory } from '../tools/inventory/demo/generate';
import { inventoryToCsv } from '../tools/inventory/demo/to-csv';
import { INVENTORY_FILES, parseInventoryFile } from '../tools/inventory/import/csv-files';
import { countRecords } from '../tools/inventory/types';
import { createTestDeps } from '../test/helpers/test-deps';
import { median, percentile, round } from './measure';

export async function benchInventoryBaselines(): Promise<{
  select1_p50_ms: number;
  parse_rows_per_s: number;
}> {
  const deps = await createTestDeps();
  const bench = new Bench({ time: 1_000, warmupTime: 200 });
  bench.add('SELECT 1', async () => {
    await deps.db.query('SELECT 1');
  });
  await bench.run();
  await deps.db.close();
  const samples =
    (bench.tasks[0].result as { latency?: { samples: number[] } }).latency?.samples ?? [];

  const data = generateDemoInventory(toIsoDate(new Date()));
  const rows = Object.values(countRecords(data)).reduce((a, b) => a + b, 0);
  const files = inventoryToCsv(data);
  const rates: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    for (const file of INVENTORY_FILES) if (files[file]) parseInventoryFile(file, files[file]);
    rates.push(rows / ((performance.now() - started) / 1000));
  }
  return {
    select1_p50_ms: round(percentile(samples, 50), 3),
    parse_rows_per_s: round(median(rates), 0),
  };
}
