// Starts the real server (`tradepilot serve`, from the sources through tsx or the compiled dist/cli.js) as a child
// process on loopback for benchmarks and load tests: waits until /health answers, samples its memory from /proc, and
// stops it with SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/helpers/wire-postgres';
import { REPO_ROOT } from './measure';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn until /health answered 200. */
  readyMs: number;
  /** CPU seconds (user + system) the server had used when /health answered; null where /proc is missing. */
  readyCpuS: number | null;
  /** Resident memory now and the process's peak so far (VmHWM), in MiB; null where /proc is missing. */
  memory(): { rss_mib: number; peak_rss_mib: number } | null;
  stop(): Promise<void>;
}

/** The program a benchmark runs: the TypeScript sources through tsx, or the compiled build (`npm run build`). */
export type Program = 'source' | 'compiled';

export const PROGRAMS: Record<Program, string> = {
  source: path.join(REPO_ROOT, 'server/entry/cli.js'),
  compiled: path.join(REPO_ROOT, 'dist/cli.js'),
};

export interface ServerOptions {
  dataDir: string;
  /** Extra `serve` arguments, e.g. ['--workers', '2']. */
  args?: string[];
  /** Default: the sources. */
  program?: Program;
  env?: Record<string, string>;
  /** Where the server's stderr (JSON logs) goes. */
  logFile?: string;
  timeoutMs?: number;
}

/** A fresh temporary data directory (removed by the caller with removeDir). */
export const tempDataDir = (label: string) =>
  fs.mkdtempSync(path.join(os.tmpdir(), `tradepilot-${label}-`));

export const removeDir = (dir: string) => fs.rmSync(dir, { recursive: true, force: true });

function readMemory(pid: number): { rss_mib: number; peak_rss_mib: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return {
      rss_mib: Math.round(kib('VmRSS') / 1024),
      peak_rss_mib: Math.round(kib('VmHWM') / 1024),
    };
  } catch {
    return null;
  }
}

/** CPU seconds used by a process so far (utime + stime from /proc, in clock ticks of 1/100 s). */
function readCpuSeconds(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const port = await freePort();
  const log = fs.openSync(options.logFile ?? '/dev/null', 'a');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [PROGRAMS[options.program ?? 'source'], 'serve', ...(options.args ?? [])],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? os.tmpdir(),
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: options.dataDir,
        ...options.env,
      },
      stdio: ['ignore', 'ignore', log],
    },
  );
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = started + (options.timeoutMs ?? 120_000);
  let ready = false;
  while (!ready) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode} before /health`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('server did not become healthy in time');
    }
    ready = await fetch(`${url}/health`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (!ready) await sleep(25);
  }
  const readyMs = performance.now() - started;
  const readyCpuS = readCpuSeconds(child.pid as number);
  return {
    url,
    pid: child.pid as number,
    readyMs,
    readyCpuS,
    memory: () => readMemory(child.pid as number),
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited(child);
      clearTimeout(timer);
    },
  };
}

/** Samples the server's RSS every `everyMs` until stopped; returns the highest sample and the kernel's peak. */
export function sampleMemory(server: ServerProcess, everyMs = 250) {
  let maxRss = 0;
  const timer = setInterval(() => {
    maxRss = Math.max(maxRss, server.memory()?.rss_mib ?? 0);
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      const now = server.memory();
      return {
        max_sampled_rss_mib: Math.max(maxRss, now?.rss_mib ?? 0),
        peak_rss_mib: now?.peak_rss_mib ?? null,
      };
    },
  };
}
