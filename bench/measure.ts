// Shared measuring helpers for bench/: percentiles and medians, the machine and commit a figure was taken on,
// autocannon runs with exact per-request latencies, concurrent in-process loops, and Markdown tables.
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type AutocannonOptions } from 'autocannon';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export const median = (values: number[]) => percentile(values, 50);

/** Rounds to `digits` decimals (1 by default); NaN stays NaN. */
export const round = (n: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** a / b to three significant digits: how many times the baseline b a figure a is. */
export const ratio = (a: number, b: number) => (b > 0 ? Number((a / b).toPrecision(3)) : NaN);

export interface Machine {
  cpu: string;
  cores: number;
  memory_gib: number;
  node: string;
  platform: string;
  /** 1-minute load average when the run started: other work on the machine skews every figure. */
  load_average: number;
}

export function machineInfo(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memory_gib: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    load_average: round(os.loadavg()[0], 2),
  };
}

export const describeMachine = (m: Machine) =>
  `${m.cpu}, ${m.cores} cores, ${m.memory_gib} GiB, Node ${m.node}, load average ${m.load_average} at start`;

/** The checked-out commit, with "-dirty" when the working tree has changes; "unknown" outside git. */
export function gitSha(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const sha = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain').length ? `${sha}-dirty` : sha;
  } catch {
    return 'unknown';
  }
}

export interface Latency {
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
}

export function latency(samples: number[]): Latency {
  return {
    p50_ms: round(percentile(samples, 50), 2),
    p95_ms: round(percentile(samples, 95), 2),
    p99_ms: round(percentile(samples, 99), 2),
  };
}

export interface LoadFigures extends Latency {
  requests: number;
  rps: number;
  /** Responses by HTTP status. */
  status: Record<string, number>;
  /** Responses with 429 (rate limited). */
  rate_limited: number;
  /** Everything else that is not a 2xx: other statuses, connection errors and timeouts. */
  errors: number;
}

/** Runs autocannon and keeps every response time, so p95 is exact (autocannon itself reports p97.5). */
export async function hammer(options: AutocannonOptions): Promise<LoadFigures> {
  const times: number[] = [];
  const instance = autocannon({ timeout: 30, ...options });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    times.push(ms),
  );
  const result = await instance;
  const status = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
  );
  const rateLimited = status['429'] ?? 0;
  const non2xx = Object.entries(status)
    .filter(([code]) => !code.startsWith('2'))
    .reduce((n, [, count]) => n + count, 0);
  return {
    requests: times.length,
    rps: round(times.length / result.duration, 0),
    ...latency(times),
    status,
    rate_limited: rateLimited,
    errors: non2xx - rateLimited + result.errors + result.timeouts,
  };
}

/** Calls `fn` from `concurrency` loops for `seconds`; returns calls/s and the latency of each call. */
export async function loop(
  fn: () => Promise<void>,
  concurrency: number,
  seconds: number,
): Promise<{ rps: number; requests: number } & Latency> {
  const times: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { rps: round(times.length / elapsed, 0), requests: times.length, ...latency(times) };
}

/** Runs `measure` `runs` times and keeps the run with the median of `key` (every figure of one real run). */
export async function medianRun<T>(
  runs: number,
  measure: () => Promise<T>,
  key: (r: T) => number,
): Promise<T> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  const sorted = [...results].sort((a, b) => key(a) - key(b));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** A Markdown table. */
export function table(head: string[], rows: Array<Array<string | number>>): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

export const elapsedSince = (t: number) => round((performance.now() - t) / 1000, 1);
