// HTTP overhead: POST /api/tools/compliance_lookup on the real server vs the same tool in-process through the invoke
// wrapper vs a bare Hono route returning the same JSON, at 1 and 50 concurrent clients (autocannon).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import type { AppDeps } from '../server/deps';
import { invokeTool } from '../tools/invoke';
import { COMPLIANCE_LOOKUP } from '../tools/compliance/compliance-lookup';
import { freePort } from '../test/helpers/wire-postgres';
import { hammer, loop, medianRun, ratio, REPO_ROOT, type Latency } from './measure';
import type { ServerProcess } from './server-process';

export const HTTP_INPUT = {
  question: 'What do I need to sell Bluetooth earbuds in Germany?',
  markets: ['DE'],
};

export interface HttpRow extends Latency {
  target: 'http tool route' | 'in-process invokeTool' | 'bare Hono route';
  connections: number;
  rps: number;
  /** requests/s of this target ÷ requests/s of the bare Hono route at the same concurrency. */
  rps_vs_bare: number;
  /** p50 of this target ÷ p50 of the in-process call at the same concurrency. */
  p50_vs_in_process: number;
}

type Measured = { rps: number; errors?: number; rate_limited?: number } & Latency;

async function startBare(json: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tradepilot-bare-')), 'output.json');
  fs.writeFileSync(file, json);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'bench/bare-server.ts'), String(port), file],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await once(child.stderr, 'data');
  return {
    url: `http://127.0.0.1:${port}/bare`,
    stop: async () => {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    },
  };
}

/**
 * `server` is the real server (high rate limits) and `deps` an in-process store with the same knowledge.
 * Each figure: a warm-up, then `runs` runs of `seconds`, keeping the run with the median requests/s.
 */
export async function benchHttpOverhead(
  server: ServerProcess,
  deps: AppDeps,
  options: { seconds: number; runs: number },
): Promise<{ rows: HttpRow[]; server_memory: ReturnType<ServerProcess['memory']> }> {
  const toolUrl = `${server.url}/api/tools/${COMPLIANCE_LOOKUP}`;
  const body = JSON.stringify(HTTP_INPUT);
  const response = await fetch(toolUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (response.status !== 200) throw new Error(`tool route answered ${response.status}`);
  const bare = await startBare(await response.text());
  const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body };
  const inProcess = async () => {
    const result = await invokeTool(deps.registry, deps, COMPLIANCE_LOOKUP, HTTP_INPUT, {
      surface: 'bench',
    });
    if (!result.ok) throw result.error;
  };
  const rows: HttpRow[] = [];
  try {
    for (const connections of [1, 50]) {
      const targets: Record<HttpRow['target'], (seconds: number) => Promise<Measured>> = {
        'http tool route': (duration) => hammer({ url: toolUrl, ...post, connections, duration }),
        'in-process invokeTool': (seconds) => loop(inProcess, connections, seconds),
        'bare Hono route': (duration) => hammer({ url: bare.url, ...post, connections, duration }),
      };
      const figures: Record<string, Measured> = {};
      for (const [target, run] of Object.entries(targets)) {
        await run(1); // warm-up
        const result = await medianRun(
          options.runs,
          () => run(options.seconds),
          (r) => r.rps,
        );
        if (result.errors || result.rate_limited)
          throw new Error(
            `${target}: ${result.errors} errors, ${result.rate_limited} rate-limited`,
          );
        figures[target] = result;
      }
      for (const [target, f] of Object.entries(figures))
        rows.push({
          target: target as HttpRow['target'],
          connections,
          rps: f.rps,
          p50_ms: f.p50_ms,
          p95_ms: f.p95_ms,
          p99_ms: f.p99_ms,
          rps_vs_bare: ratio(f.rps, figures['bare Hono route'].rps),
          p50_vs_in_process: ratio(f.p50_ms, figures['in-process invokeTool'].p50_ms),
        });
    }
  } finally {
    await bare.stop();
  }
  return { rows, server_memory: server.memory() };
}
