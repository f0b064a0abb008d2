// The real CLI while `tradepilot serve` runs on the same PGlite data directory: tools, tool, import-inventory, ingest
// and chat go through the server's API (admin key from the environment); a record left by a dead server is ignored.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, type ServerProcess } from '../../bench/server-process';
import { runCli, tempDataDir } from '../helpers/run-cli';
import { FIXTURE_DIR } from '../inventory/fixture';

// A real server plus several CLI processes on a fresh data directory: slow under load.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 660_000 });

const ADMIN_KEY = 'tp-test-admin-key-0123456789';

describe('the CLI beside a running server', () => {
  const DATA_DIR = tempDataDir('tp-beside-');
  const env = { DATA_DIR, TRADEPILOT_API_KEYS: ADMIN_KEY };
  let server: ServerProcess;

  beforeAll(async () => {
    server = await startServer({
      dataDir: DATA_DIR,
      env: { TRADEPILOT_API_KEYS: ADMIN_KEY },
      timeoutMs: 600_000,
    });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  });

  it('records its URL and pid in the data directory', () => {
    const record = JSON.parse(fs.readFileSync(path.join(DATA_DIR, 'server.json'), 'utf8'));
    expect(record).toEqual({ url: server.url, pid: server.pid });
  });

  it('lists the tools without touching the database', async () => {
    const run = await runCli(['tools'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^stockout_risk\tStockout risk$/m);
    expect(run.stderr).toBe('');
  });

  it('imports the seller inventory and answers a tool call through the server', async () => {
    const imported = await runCli(['import-inventory', FIXTURE_DIR], env);
    expect(imported.stderr).toContain(`(through the tradepilot server at ${server.url}`);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/4 products, 4 warehouses, 6 stock, 5 inbound, 13 sales/);
    expect(imported.stdout).toMatch(/Replaced the demo data set \(200 SKUs, 8 warehouses\)/);

    const risk = await runCli(
      ['tool', 'stockout_risk', '{"skus":["A-100","B-200"],"markets":["DE"],"as_of":"2025-03-01"}'],
      env,
    );
    expect(risk.code).toBe(0);
    const out = JSON.parse(risk.stdout) as { rows: Array<{ sku: string; risk: string }> };
    expect(out.rows.map((r) => `${r.sku} ${r.risk}`)).toEqual(['B-200 critical', 'A-100 critical']);

    // The server's health (its full report is for admin keys) sees the same rows: one database, one owner.
    const health = (await (
      await fetch(`${server.url}/health`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })
    ).json()) as {
      inventory: { products: number };
    };
    expect(health.inventory.products).toBe(4);
  });

  it('passes bad rows and bad tool input back with exit 2, writing nothing', async () => {
    const bad = tempDataDir('tp-beside-csv-');
    fs.writeFileSync(path.join(bad, 'stock.csv'), 'sku,warehouse,on_hand,reserved\nZZ-1,W-9,5,0\n');
    const rejected = await runCli(['import-inventory', bad], env);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('stock.csv:2: unknown sku "ZZ-1"');
    expect(rejected.stderr).toMatch(/1 problem; nothing was written/);

    const invalid = await runCli(['tool', 'stockout_risk', '{"min_risk":"extreme"}'], env);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/invalid_input: .*min_risk/s);
  });

  it('ingests a user document and answers a chat question through the server', async () => {
    const docs = tempDataDir('tp-beside-docs-');
    fs.writeFileSync(
      path.join(docs, 'sop.md'),
      '# SOP: earbud box labels\n\nEvery TP-7 earbud box carries the WEEE bin symbol and our EU address.\n',
    );
    const ingested = await runCli(['ingest', docs, '--market', 'DE', '--topic', 'labeling'], env);
    expect(ingested.code).toBe(0);
    expect(ingested.stdout).toMatch(/Ingested: 1 added/);

    const chat = await runCli(['chat', 'Which SKUs are at risk of a stockout in Germany?'], env);
    expect(chat.code).toBe(0);
    expect(chat.stderr).toMatch(/· stockout_risk/);
    expect(chat.stderr).toMatch(/\(conversation [\w-]+\)/);
    expect(chat.stdout.length).toBeGreaterThan(20);
  });

  it('says what to do when the server needs an admin key the shell does not have', async () => {
    const run = await runCli(['tool', 'inventory_status', '{}'], { DATA_DIR });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs an admin key: set TRADEPILOT_API_KEYS/);
  });
});

describe('a server record left by a process that is gone', () => {
  it('is ignored and removed: the CLI opens the database itself', async () => {
    const DATA_DIR = tempDataDir('tp-stale-');
    const record = path.join(DATA_DIR, 'server.json');
    // A pid far above the kernel's default pid_max, so no live process has it.
    fs.writeFileSync(record, JSON.stringify({ url: 'http://127.0.0.1:9', pid: 99_999_999 }));
    const run = await runCli(['tool', 'inventory_status', '{"limit":1}'], {
      DATA_DIR,
      DEMO_DATA: '0',
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/through/);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 0 });
    expect(fs.existsSync(record)).toBe(false);
    fs.rmSync(DATA_DIR, { recursive: true, force: true });
  });
});
