// The real CLI: import-inventory (all or nothing, exit 2 on bad rows), and the demo data on a fresh data directory.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli, tempDataDir } from '../helpers/run-cli';
import { FIXTURE_DIR } from './fixture';

// Each run starts a real process on a fresh embedded database (bundled knowledge, demo data): slow under load.
vi.setConfig({ testTimeout: 240_000 });

describe('tradepilot import-inventory', () => {
  const DATA_DIR = tempDataDir('tp-inv-');
  const env = { DATA_DIR, DEMO_DATA: '1' };

  it('reports every bad row and writes nothing, then imports the fixture and never loads the demo data', async () => {
    const bad = tempDataDir('tp-inv-csv-');
    fs.writeFileSync(
      path.join(bad, 'products.csv'),
      'sku,title,category,unit_cost,currency,lead_time_days,moq,case_pack\nP-1,Thing,toys,abc,USD,10,1,1\n',
    );
    fs.writeFileSync(path.join(bad, 'stock.csv'), 'sku,warehouse,on_hand,reserved\nP-1,W-1,5,0\n');
    const rejected = await runCli(['import-inventory', bad], env);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('products.csv:2: unit_cost must be a non-negative number');
    expect(rejected.stderr).toContain(
      'stock.csv:2: unknown warehouse "W-1" (not in warehouses.csv or the database)\n',
    );
    expect(rejected.stderr).toMatch(/2 problems; nothing was written/);
    expect(rejected.stdout).toBe('');

    const imported = await runCli(['import-inventory', FIXTURE_DIR], env);
    expect(imported.stderr).not.toMatch(/demo data/);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/4 products, 4 warehouses, 6 stock, 5 inbound, 13 sales/);

    const risk = await runCli(
      ['tool', 'stockout_risk', '{"markets":["DE"],"as_of":"2025-03-01"}'],
      env,
    );
    expect(risk.code).toBe(0);
    expect(risk.stderr).not.toMatch(/demo data/);
    const out = JSON.parse(risk.stdout) as { rows: Array<{ sku: string; risk: string }> };
    expect(out.rows.map((r) => `${r.sku} ${r.risk}`)).toEqual(['B-200 critical', 'A-100 critical']);
  });

  it('answers usage errors with exit 2', async () => {
    expect((await runCli(['import-inventory'], env)).code).toBe(2);
    const missing = await runCli(['import-inventory', path.join(DATA_DIR, 'nope')], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/is not a directory/);
  });
});

describe('demo inventory on a fresh data directory', () => {
  const DATA_DIR = tempDataDir('tp-demo-');

  it('lists the demo SKUs at risk in Germany and says the demo data was loaded', async () => {
    const run = await runCli(['tool', 'stockout_risk', '{"markets":["DE"]}'], { DATA_DIR });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'Inventory was empty: loaded the demo data set (200 SKUs, 8 warehouses)',
    );
    const out = JSON.parse(run.stdout) as {
      counts: { critical: number };
      rows: Array<{
        sku: string;
        warehouse: string;
        market: string;
        risk: string;
        days_of_cover: number;
      }>;
      summary: string;
    };
    expect(out.counts.critical).toBeGreaterThan(0);
    expect(out.rows.length).toBeGreaterThan(0);
    for (const row of out.rows) {
      expect(row).toMatchObject({ warehouse: 'FBA-DE', market: 'DE' });
      expect(['critical', 'warning']).toContain(row.risk);
      expect(row.sku).toMatch(/^TP-[A-Z]{3}-\d{3}$/);
    }
    expect(out.summary).toMatch(
      /^Demo data \(the sample inventory, not yours.*critical, \d+ warning/,
    );
    expect(out).toMatchObject({ demo_data: true });

    const again = await runCli(['tool', 'inventory_status', '{"skus":["TP-EAR-001"]}'], {
      DATA_DIR,
    });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toMatch(/demo data/);

    const seed = await runCli(['seed-demo'], { DATA_DIR });
    expect(seed.code).toBe(1);
    expect(seed.stderr).toMatch(/not empty; nothing was changed/);

    const removed = await runCli(['seed-demo', '--remove'], { DATA_DIR });
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Removed the demo data set: 200 SKUs and 8 warehouses/);
    const empty = await runCli(['tool', 'inventory_status', '{}'], { DATA_DIR });
    expect(JSON.parse(empty.stdout)).toMatchObject({ total: 0, demo_data: false });
  });

  it('leaves the inventory empty with DEMO_DATA=0', async () => {
    const run = await runCli(['tool', 'stockout_risk', '{"markets":["DE"]}'], {
      DATA_DIR: tempDataDir('tp-nodemo-'),
      DEMO_DATA: '0',
    });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/demo data/);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 0, rows: [] });
  });
});
