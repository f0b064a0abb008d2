// `npm run deploy:check`: bundles the Worker with `wrangler deploy --dry-run` (no network, nothing uploaded), reports
// its size gzipped and fails when it is over Cloudflare's 3 MiB limit or pulls in a Node-only package.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const LIMIT_BYTES = 3 * 1024 * 1024;
/** Packages the Worker must never bundle: they need a filesystem, WASM files or child processes. */
const NODE_ONLY = ['@electric-sql/pglite', 'unpdf', 'esbuild', '@hono/node-server'];

const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradepilot-worker-bundle-'));
try {
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/wrangler/bin/wrangler.js'),
      'deploy',
      '--dry-run',
      '--outdir',
      outdir,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_HIDE_BANNER: 'true',
        CI: 'true',
      },
    },
  );
  if (run.status !== 0) {
    process.stderr.write(`${run.stdout}${run.stderr}\nwrangler deploy --dry-run failed.\n`);
    process.exit(1);
  }
  const modules = fs
    .readdirSync(outdir)
    .filter((f) => !f.endsWith('.map') && f !== 'README.md')
    .map((f) => fs.readFileSync(path.join(outdir, f)));
  const raw = modules.reduce((n, m) => n + m.length, 0);
  const gzipped = modules.reduce((n, m) => n + gzipSync(m, { level: 9 }).length, 0);
  const map = JSON.parse(fs.readFileSync(path.join(outdir, 'worker.js.map'), 'utf8')) as {
    sources: string[];
  };
  const forbidden = NODE_ONLY.filter((pkg) =>
    map.sources.some((s) => s.includes(`node_modules/${pkg}/`)),
  );
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  process.stdout.write(
    `Worker bundle: ${modules.length} modules, ${kib(raw)} raw, ${kib(gzipped)} gzipped ` +
      `(limit ${kib(LIMIT_BYTES)} gzipped).\n`,
  );
  if (forbidden.length) {
    process.stderr.write(
      `The bundle contains Node-only packages: ${forbidden.join(', ')}. Keep them out of the modules ` +
        'server/entry/worker.ts imports (see README "Deploy on Cloudflare Workers").\n',
    );
    process.exit(1);
  }
  if (gzipped > LIMIT_BYTES) {
    process.stderr.write(`Over the limit by ${kib(gzipped - LIMIT_BYTES)}.\n`);
    process.exit(1);
  }
} finally {
  fs.rmSync(outdir, { recursive: true, force: true });
}
