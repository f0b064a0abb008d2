// `npm run bench:startup`: builds dist/ from the current sources, then the start-up figures alone (cold start to healthy and CLI
// start, sources vs compiled), printed as the full `npm run bench` prints them.
import { spawnSync } from 'node:child_process';
import { benchCliStart } from './cli-start';
import { benchColdStart } from './cold-start';
import { table } from './measure';
import { removeDir } from './server-process';

/** Builds dist/ from the current sources, so the compiled figures measure this code. */
export function ensureBuild() {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
}

export function startupTables(
  cold: Awaited<ReturnType<typeof benchColdStart>>,
  cli: ReturnType<typeof benchCliStart>,
): string[] {
  return [
    'Cold start to healthy (`tradepilot serve`; source = tsx, compiled = dist/cli.js):',
    table(
      ['program', 'data dir', 'runs', 'median s', 'min s', 'max s', 'CPU s', 'peak RSS MiB'],
      cold.rows.map((r) => [
        r.program,
        r.data_dir,
        r.runs,
        r.median_s,
        r.min_s,
        r.max_s,
        r.cpu_s,
        r.peak_rss_mib,
      ]),
    ),
    `fresh × existing (compiled): ${cold.fresh_vs_existing}; existing, source × compiled: ${cold.source_vs_compiled}`,
    '',
    'CLI start (spawn to exit, no database):',
    table(
      ['program', 'command', 'runs', 'median s', 'min s'],
      cli.rows.map((r) => [r.program, `tradepilot ${r.command}`, r.runs, r.median_s, r.min_s]),
    ),
    `help, source × compiled: ${cli.help_source_vs_compiled}`,
  ];
}

if (process.argv[1]?.endsWith('startup.ts')) {
  const runs = process.argv.includes('--quick') ? 1 : 3;
  ensureBuild();
  const cold = await benchColdStart({ runs });
  removeDir(cold.dataDir);
  const cli = benchCliStart(runs * 2);
  process.stdout.write(startupTables(cold, cli).join('\n') + '\n');
}
