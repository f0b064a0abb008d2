// CLI start: wall time of `tradepilot help` and `tradepilot tools` (neither opens the database) from spawn to exit,
// from the sources (tsx) and compiled (dist/cli.js).
import { spawnSync } from 'node:child_process';
import { median, ratio, round } from './measure';
import { PROGRAMS, type Program } from './server-process';

export interface CliStartRow {
  program: Program;
  command: string;
  runs: number;
  median_s: number;
  min_s: number;
}

function timeRun(program: Program, command: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [PROGRAMS[program], command], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: 'ignore',
  });
  if (run.status !== 0) throw new Error(`tradepilot ${command} (${program}) exited ${run.status}`);
  return (performance.now() - started) / 1000;
}

export function benchCliStart(runs: number) {
  const rows: CliStartRow[] = [];
  for (const command of ['help', 'tools'])
    for (const program of ['source', 'compiled'] as const) {
      timeRun(program, command); // warm the file cache
      const seconds = Array.from({ length: runs }, () => timeRun(program, command));
      rows.push({
        program,
        command,
        runs,
        median_s: round(median(seconds), 3),
        min_s: round(Math.min(...seconds), 3),
      });
    }
  const of = (program: Program) => rows.find((r) => r.program === program && r.command === 'help');
  return { rows, help_source_vs_compiled: ratio(of('source')!.median_s, of('compiled')!.median_s) };
}
