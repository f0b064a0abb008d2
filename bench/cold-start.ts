// Cold start: `node server/entry/cli.js serve` from spawn to a 200 on /health, on fresh data directories (first run:
// migrations, bundled knowledge, demo inventory) and on an existing one, with the server's peak RSS (VmHWM).
import { median, ratio, round } from './measure';
import { removeDir, startServer, tempDataDir } from './server-process';

export interface ColdStartRow {
  data_dir: 'fresh' | 'existing';
  runs: number;
  median_s: number;
  min_s: number;
  max_s: number;
  peak_rss_mib: number;
}

export interface ColdStartResult {
  rows: ColdStartRow[];
  /** Fresh start ÷ start on an existing directory. */
  fresh_vs_existing: number;
  /** A data directory holding a started database, for the caller to reuse and remove. */
  dataDir: string;
}

function row(
  dataDir: ColdStartRow['data_dir'],
  runs: Array<{ s: number; peak: number }>,
): ColdStartRow {
  const seconds = runs.map((r) => r.s);
  return {
    data_dir: dataDir,
    runs: runs.length,
    median_s: round(median(seconds), 2),
    min_s: round(Math.min(...seconds), 2),
    max_s: round(Math.max(...seconds), 2),
    peak_rss_mib: median(runs.map((r) => r.peak)),
  };
}

export async function benchColdStart(options: {
  runs: number;
  logFile?: string;
}): Promise<ColdStartResult> {
  const fresh: Array<{ s: number; peak: number }> = [];
  const existing: Array<{ s: number; peak: number }> = [];
  let kept = '';
  for (let i = 0; i < options.runs; i++) {
    const dir = tempDataDir('cold');
    const server = await startServer({ dataDir: dir, logFile: options.logFile });
    fresh.push({ s: server.readyMs / 1000, peak: server.memory()?.peak_rss_mib ?? NaN });
    await server.stop();
    if (kept) removeDir(dir);
    else kept = dir;
  }
  for (let i = 0; i < options.runs; i++) {
    const server = await startServer({ dataDir: kept, logFile: options.logFile });
    existing.push({ s: server.readyMs / 1000, peak: server.memory()?.peak_rss_mib ?? NaN });
    await server.stop();
  }
  const rows = [row('fresh', fresh), row('existing', existing)];
  return { rows, fresh_vs_existing: ratio(rows[0].median_s, rows[1].median_s), dataDir: kept };
}
