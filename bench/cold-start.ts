// Cold start: `tradepilot serve` from spawn to a 200 on /health, on fresh data directories (first run: migrations,
// bundled knowledge, demo inventory) and on an existing one, from the sources (tsx) and compiled (dist/cli.js), with
// the server's peak RSS (VmHWM).
import { median, ratio, round } from './measure';
import { removeDir, startServer, tempDataDir, type Program } from './server-process';

export interface ColdStartRow {
  program: Program;
  data_dir: 'fresh' | 'existing';
  runs: number;
  median_s: number;
  min_s: number;
  max_s: number;
  /** CPU seconds the server used until healthy (median): the wall time on an idle machine, unlike wall time under load. */
  cpu_s: number;
  peak_rss_mib: number;
}

export interface ColdStartResult {
  rows: ColdStartRow[];
  /** Fresh start ÷ start on an existing directory (compiled). */
  fresh_vs_existing: number;
  /** Start on an existing directory: sources ÷ compiled. */
  source_vs_compiled: number;
  /** A data directory holding a started database, for the caller to reuse and remove. */
  dataDir: string;
}

function row(
  program: Program,
  dataDir: ColdStartRow['data_dir'],
  runs: Array<{ s: number; cpu: number; peak: number }>,
): ColdStartRow {
  const seconds = runs.map((r) => r.s);
  return {
    program,
    data_dir: dataDir,
    runs: runs.length,
    median_s: round(median(seconds), 2),
    min_s: round(Math.min(...seconds), 2),
    max_s: round(Math.max(...seconds), 2),
    cpu_s: round(median(runs.map((r) => r.cpu)), 2),
    peak_rss_mib: median(runs.map((r) => r.peak)),
  };
}

export async function benchColdStart(options: {
  runs: number;
  logFile?: string;
}): Promise<ColdStartResult> {
  const fresh: Array<{ s: number; cpu: number; peak: number }> = [];
  let kept = '';
  for (let i = 0; i < options.runs; i++) {
    const dir = tempDataDir('cold');
    const server = await startServer({
      dataDir: dir,
      logFile: options.logFile,
      program: 'compiled',
      timeoutMs: 600_000,
    });
    fresh.push({
      s: server.readyMs / 1000,
      cpu: server.readyCpuS ?? NaN,
      peak: server.memory()?.peak_rss_mib ?? NaN,
    });
    await server.stop();
    if (kept) removeDir(dir);
    else kept = dir;
  }
  const existing = async (program: Program) => {
    const runs: Array<{ s: number; cpu: number; peak: number }> = [];
    for (let i = 0; i < options.runs; i++) {
      const server = await startServer({
        dataDir: kept,
        logFile: options.logFile,
        program,
        timeoutMs: 600_000,
      });
      runs.push({
        s: server.readyMs / 1000,
        cpu: server.readyCpuS ?? NaN,
        peak: server.memory()?.peak_rss_mib ?? NaN,
      });
      await server.stop();
    }
    return row(program, 'existing', runs);
  };
  const rows = [
    row('compiled', 'fresh', fresh),
    await existing('source'),
    await existing('compiled'),
  ];
  return {
    rows,
    fresh_vs_existing: ratio(rows[0].median_s, rows[2].median_s),
    source_vs_compiled: ratio(rows[1].median_s, rows[2].median_s),
    dataDir: kept,
  };
}
