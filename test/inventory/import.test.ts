// The CSV import: all or nothing with every bad row reported, re-import upserts, and the admin HTTP route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import {
  ImportRejectedError,
  formatProblem,
  importInventory,
} from '../../tools/inventory/import/import-inventory';
import { createTestDeps } from '../helpers/test-deps';
import { fixtureFiles } from './fixture';

let deps: AppDeps;

async function tableCounts() {
  const { rows } = await deps.db.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM products) AS products, (SELECT count(*)::int FROM warehouses) AS warehouses,
            (SELECT count(*)::int FROM stock) AS stock, (SELECT count(*)::int FROM inbound_shipments) AS inbound,
            (SELECT count(*)::int FROM daily_sales) AS sales`,
  );
  return rows[0];
}

async function rejected(files: Record<string, string>): Promise<string[]> {
  try {
    await importInventory(deps.db, files);
  } catch (err) {
    if (err instanceof ImportRejectedError) return err.problems.map(formatProblem);
    throw err;
  }
  throw new Error('the import was accepted');
}

beforeAll(async () => {
  deps = await createTestDeps();
});
afterAll(() => deps.db.close());

describe('importInventory', () => {
  it('reports every bad row as file:line: reason and writes nothing', async () => {
    const files = fixtureFiles();
    files['products.csv'] += [
      'E-500,Bad cost,toys,-1,USD,10,1,1', // line 6
      'F-600,,toys,1.00,US,ten,0,1', // line 7
      'A-100,Duplicate,toys,1.00,USD,10,1,1', // line 8
    ].join('\n');
    files['warehouses.csv'] += 'XX-1,Nowhere,Atlantis,garage,ZZZ\n'; // line 6
    files['stock.csv'] += 'A-100,FBA-DE,5,9\nGHOST,FBA-DE,1,0\n'; // lines 8, 9
    files['inbound.csv'] += 'A-100,FBA-DE,0,2025-13-01,X\n'; // line 7
    files['sales.csv'] += '2025-02-28,A-100,NOWHERE,3\n2025-02-28,A-100,FBA-DE,1.5\n'; // lines 15, 16

    expect(await rejected(files)).toEqual([
      'products.csv:6: unit_cost must be a non-negative number with at most 4 decimals, got "-1"',
      'products.csv:7: title is empty; currency must be a three-letter ISO currency code such as USD, got "US"; lead_time_days must be a whole number, got "ten"; moq must be at least 1, got 0',
      'products.csv:8: duplicate sku "A-100" (first on line 2)',
      'warehouses.csv:6: country must be a two-letter ISO country code such as DE, got "Atlantis"; type must be one of fba, 3pl, own, domestic, got "garage"; market must be the two-letter ISO code of the market it serves, got "ZZZ"',
      'stock.csv:8: reserved (9) is more than on_hand (5)',
      'stock.csv:9: unknown sku "GHOST" (not in products.csv or the database)',
      'inbound.csv:7: quantity must be at least 1, got 0; eta must be a date as YYYY-MM-DD, got "2025-13-01"',
      'sales.csv:15: unknown warehouse "NOWHERE" (not in warehouses.csv or the database)',
      'sales.csv:16: units must be a whole number, got "1.5"',
    ]);
    expect(await tableCounts()).toEqual({
      products: 0,
      warehouses: 0,
      stock: 0,
      inbound: 0,
      sales: 0,
    });
  });

  it('rejects a missing column, malformed CSV and unknown file names', async () => {
    const problems = await rejected({
      'products.csv': 'sku,title,category,unit_cost,currency,lead_time_days,moq\nA,B,c,1,USD,1,1\n',
      'stock.csv': 'sku,warehouse,on_hand,reserved\n"A"x,W,1,0\n',
      'orders.csv': 'id\n1\n',
    });
    expect(problems[0]).toBe(
      'orders.csv: not an inventory file; expected products.csv, warehouses.csv, stock.csv, inbound.csv, sales.csv',
    );
    expect(problems[1]).toBe(
      'products.csv:1: missing column case_pack (expected sku,title,category,unit_cost,currency,lead_time_days,moq,case_pack)',
    );
    expect(problems[2]).toMatch(/^stock\.csv:2: malformed CSV: Invalid Closing Quote/);
    expect(await tableCounts()).toEqual({
      products: 0,
      warehouses: 0,
      stock: 0,
      inbound: 0,
      sales: 0,
    });
  });

  it('imports the fixture, normalising codes and defaults', async () => {
    const result = await importInventory(deps.db, fixtureFiles());
    expect(result.counts).toEqual({ products: 4, warehouses: 4, stock: 6, inbound: 5, sales: 13 });
    expect(await tableCounts()).toEqual({
      products: 4,
      warehouses: 4,
      stock: 6,
      inbound: 5,
      sales: 13,
    });
    const { rows } = await deps.db.query(
      `SELECT p.sku, p.category, p.currency, p.moq, p.case_pack, w.type, w.market
       FROM products p, warehouses w WHERE p.sku = 'D-400' AND w.code = 'CN-SZ'`,
    );
    expect(rows[0]).toEqual({
      sku: 'D-400',
      category: null,
      currency: 'USD',
      moq: 1,
      case_pack: 1,
      type: 'domestic',
      market: 'CN',
    });
  });

  it('re-import upserts: stock and inbound of the imported keys are replaced, sales upserted', async () => {
    await importInventory(deps.db, {
      'stock.csv': 'sku,warehouse,on_hand,reserved\nA-100,FBA-DE,75,5\n',
      'inbound.csv': 'sku,warehouse,quantity,eta,reference\nB-200,FBA-US,60,2025-03-12,PO-9\n',
      'sales.csv':
        'date,sku,warehouse,units\n2025-02-28,A-100,FBA-DE,30\n2025-02-27,A-100,FBA-DE,2\n',
      'products.csv':
        'sku,title,category,unit_cost,currency,lead_time_days,moq,case_pack\nA-100,Widget A v2,electronics,2.75,USD,21,100,24\n',
    });
    const q = async (sql: string) => (await deps.db.query(sql)).rows;
    expect(
      await q(`SELECT on_hand, reserved FROM stock WHERE sku = 'A-100' AND warehouse = 'FBA-DE'`),
    ).toEqual([{ on_hand: 75, reserved: 5 }]);
    expect(
      await q(`SELECT on_hand FROM stock WHERE sku = 'A-100' AND warehouse = '3PL-FR'`),
    ).toEqual([{ on_hand: 900 }]);
    // B-200 FBA-US had three shipments: all replaced by the one imported; other pairs keep theirs.
    expect(
      await q(
        `SELECT quantity, eta, reference FROM inbound_shipments WHERE sku = 'B-200' AND warehouse = 'FBA-US'`,
      ),
    ).toEqual([{ quantity: 60, eta: '2025-03-12', reference: 'PO-9' }]);
    expect(await q(`SELECT count(*)::int AS n FROM inbound_shipments`)).toEqual([{ n: 3 }]);
    expect(
      await q(
        `SELECT date, units FROM daily_sales WHERE sku = 'A-100' AND warehouse = 'FBA-DE' AND date >= '2025-02-27' ORDER BY date`,
      ),
    ).toEqual([
      { date: '2025-02-27', units: 2 },
      { date: '2025-02-28', units: 30 },
      { date: '2025-03-01', units: 99 },
    ]);
    expect(
      await q(`SELECT title, unit_cost, lead_time_days FROM products WHERE sku = 'A-100'`),
    ).toEqual([{ title: 'Widget A v2', unit_cost: 2.75, lead_time_days: 21 }]);
    expect((await tableCounts()).sales).toBe(14);
  });

  it('keeps the previous data when a later re-import has a bad row', async () => {
    const before = await tableCounts();
    const problems = await rejected({
      'stock.csv': 'sku,warehouse,on_hand,reserved\nA-100,FBA-DE,1,0\nA-100,FBA-DE,2,0\n',
    });
    expect(problems).toEqual([
      'stock.csv:3: duplicate sku "A-100" in warehouse "FBA-DE" (first on line 2)',
    ]);
    expect(await tableCounts()).toEqual(before);
    const { rows } = await deps.db.query(
      `SELECT on_hand FROM stock WHERE sku = 'A-100' AND warehouse = 'FBA-DE'`,
    );
    expect(rows).toEqual([{ on_hand: 75 }]);
  });
});

describe('parent_sku', () => {
  it('names the column of a parent SKU too long or with control characters, and writes nothing', async () => {
    const before = await tableCounts();
    const header = 'sku,title,category,unit_cost,currency,lead_time_days,moq,case_pack,parent_sku';
    const problems = await rejected({
      'products.csv': `${header}\nA-100,Widget A,,2.5,USD,21,10,10,${'P'.repeat(101)}\nB-200,Widget B,,3,USD,21,10,10,"P\u0007X"\n`,
    });
    expect(problems).toEqual([
      'products.csv:2: parent_sku is longer than 100 characters',
      'products.csv:3: parent_sku contains control characters',
    ]);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('POST /api/inventory/import', () => {
  it('imports JSON-wrapped CSV files and answers bad rows with 400 and file:line issues', async () => {
    const app = createApp(deps);
    const ok = await app.request('/api/inventory/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        files: { 'stock.csv': 'sku,warehouse,on_hand,reserved\nC-300,FBA-DE,410,10\n' },
      }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      ok: true,
      files: ['stock.csv'],
      counts: { products: 0, warehouses: 0, stock: 1, inbound: 0, sales: 0 },
      demo_removed: null,
    });

    const bad = await app.request('/api/inventory/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        files: { 'stock.csv': 'sku,warehouse,on_hand,reserved\nC-300,FBA-DE,-1,0\nZ,FBA-DE,1,0\n' },
      }),
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as {
      error: { code: string; message: string; issues: unknown[] };
    };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/nothing was written: 2 problems/);
    expect(body.error.issues).toEqual([
      { path: 'stock.csv:2', message: 'on_hand must be at least 0, got -1' },
      { path: 'stock.csv:3', message: 'unknown sku "Z" (not in products.csv or the database)' },
    ]);
    const { rows } = await deps.db.query(
      `SELECT on_hand FROM stock WHERE sku = 'C-300' AND warehouse = 'FBA-DE'`,
    );
    expect(rows).toEqual([{ on_hand: 410 }]);

    const noFiles = await app.request('/api/inventory/import', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files: 'products.csv' }),
    });
    expect(noFiles.status).toBe(400);
  });
});
