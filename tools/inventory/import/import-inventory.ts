// importInventory(db, files): validates every CSV row, checks references, then upserts all of it in one transaction
// (replacing the demo set on the first import of the seller's own data).
import type { Db } from '../../../core/db';
import { InvalidInputError } from '../../../core/errors';
import { lockInventoryVersion } from '../snapshot-cache';
import { countRecords, type InventoryCounts, type InventoryData } from '../types';
import {
  INVENTORY_FILES,
  parseInventoryFile,
  type InventoryFileName,
  type RowProblem,
} from './csv-files';
import { loadExistingKeys, writeInventory } from './write';
import { demoState, removeDemoRows } from '../demo/rows';

export function formatProblem(problem: RowProblem): string {
  return problem.line > 0
    ? `${problem.file}:${problem.line}: ${problem.reason}`
    : `${problem.file}: ${problem.reason}`;
}

/** Every bad row of an import; nothing was written. */
export class ImportRejectedError extends InvalidInputError {
  constructor(readonly problems: RowProblem[]) {
    super(
      `The import was rejected and nothing was written: ${problems.length} problem${problems.length === 1 ? '' : 's'}. ` +
        `First: ${formatProblem(problems[0])}`,
      problems.map((p) => ({
        path: p.line > 0 ? `${p.file}:${p.line}` : p.file,
        message: p.reason,
      })),
    );
  }
}

export interface ImportResult {
  /** Records read per table (each was inserted or updated). */
  counts: InventoryCounts;
  files: InventoryFileName[];
  /** The demo set this first import of the seller's own data replaced (null: there was none, or it was kept). */
  demo_removed: { products: number; warehouses: number } | null;
}

export interface ImportOptions {
  /** Keep the demo set beside the seller's data (otherwise the first import replaces it). */
  keepDemo?: boolean;
}

const isInventoryFile = (name: string): name is InventoryFileName =>
  (INVENTORY_FILES as string[]).includes(name);

/** Reports the second and later rows that repeat a key, naming the line of the first. */
function findDuplicates<T>(
  file: string,
  rows: Array<{ line: number; record: T }>,
  key: (r: T) => string,
  describe: (r: T) => string,
): RowProblem[] {
  const first = new Map<string, number>();
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const k = key(row.record);
    const seen = first.get(k);
    if (seen === undefined) first.set(k, row.line);
    else
      problems.push({
        file,
        line: row.line,
        reason: `duplicate ${describe(row.record)} (first on line ${seen})`,
      });
  }
  return problems;
}

/**
 * Imports inventory CSV texts keyed by file name (products.csv, warehouses.csv, stock.csv, inbound.csv,
 * sales.csv; each optional). All or nothing: throws ImportRejectedError listing every bad row, writing nothing.
 * When the inventory is only the demo set, it is removed first (unless keepDemo), in the same transaction.
 */
export async function importInventory(
  db: Db,
  files: Record<string, string>,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const problems: RowProblem[] = [];
  const names = Object.keys(files);
  for (const name of names.filter((n) => !isInventoryFile(n)))
    problems.push({
      file: name,
      line: 0,
      reason: `not an inventory file; expected ${INVENTORY_FILES.join(', ')}`,
    });
  const present = INVENTORY_FILES.filter((f) => names.includes(f));
  if (names.length === 0)
    problems.push({
      file: '(import)',
      line: 0,
      reason: `no files; expected any of ${INVENTORY_FILES.join(', ')}`,
    });

  const parse = <F extends InventoryFileName>(file: F) => {
    if (!(file in files)) return { rows: [], rejected: [] };
    const result = parseInventoryFile(file, files[file]);
    problems.push(...result.problems);
    return result;
  };
  const { rows: products, rejected: badProducts } = parse('products.csv');
  const { rows: warehouses, rejected: badWarehouses } = parse('warehouses.csv');
  const stock = parse('stock.csv').rows;
  const inbound = parse('inbound.csv').rows;
  const sales = parse('sales.csv').rows;

  problems.push(
    ...findDuplicates(
      'products.csv',
      products,
      (r) => r.sku,
      (r) => `sku "${r.sku}"`,
    ),
    ...findDuplicates(
      'warehouses.csv',
      warehouses,
      (r) => r.code,
      (r) => `code "${r.code}"`,
    ),
    ...findDuplicates(
      'stock.csv',
      stock,
      (r) => `${r.sku}\u0000${r.warehouse}`,
      (r) => `sku "${r.sku}" in warehouse "${r.warehouse}"`,
    ),
    ...findDuplicates(
      'inbound.csv',
      inbound,
      (r) => `${r.sku}\u0000${r.warehouse}\u0000${r.eta}\u0000${r.reference}`,
      (r) =>
        `shipment of "${r.sku}" to "${r.warehouse}" on ${r.eta} with reference "${r.reference}"`,
    ),
    ...findDuplicates(
      'sales.csv',
      sales,
      (r) => `${r.date}\u0000${r.sku}\u0000${r.warehouse}`,
      (r) => `sales of "${r.sku}" in "${r.warehouse}" on ${r.date}`,
    ),
  );

  const data: InventoryData = {
    products: products.map((r) => r.record),
    warehouses: warehouses.map((r) => r.record),
    stock: stock.map((r) => r.record),
    inbound: inbound.map((r) => r.record),
    sales: sales.map((r) => r.record),
  };

  let demoRemoved: ImportResult['demo_removed'] = null;
  await db.transaction(async (tx) => {
    await lockInventoryVersion(tx);
    if (!options.keepDemo && (await demoState(tx)) === 'only')
      demoRemoved = await removeDemoRows(tx);
    const existing = await loadExistingKeys(tx);
    // Rows already reported in products.csv or warehouses.csv still count as known, so references are not flagged twice.
    const skus = new Set([
      ...existing.skus,
      ...[...products, ...badProducts].map((p) => p.record.sku),
    ]);
    const codes = new Set([
      ...existing.warehouses,
      ...[...warehouses, ...badWarehouses].map((w) => w.record.code),
    ]);
    const checkRefs = (
      file: InventoryFileName,
      rows: Array<{ line: number; record: { sku: string; warehouse: string } }>,
    ) => {
      for (const { line, record } of rows) {
        const reasons = [
          skus.has(record.sku)
            ? null
            : `unknown sku "${record.sku}" (not in products.csv or the database)`,
          codes.has(record.warehouse)
            ? null
            : `unknown warehouse "${record.warehouse}" (not in warehouses.csv or the database)`,
        ].filter(Boolean);
        if (reasons.length) problems.push({ file, line, reason: reasons.join('; ') });
      }
    };
    checkRefs('stock.csv', stock);
    checkRefs('inbound.csv', inbound);
    checkRefs('sales.csv', sales);
    if (problems.length) {
      const order = (f: string) => (isInventoryFile(f) ? INVENTORY_FILES.indexOf(f) : -1);
      problems.sort(
        (a, b) => order(a.file) - order(b.file) || a.file.localeCompare(b.file) || a.line - b.line,
      );
      throw new ImportRejectedError(problems);
    }
    await writeInventory(tx, data);
  });
  return { counts: countRecords(data), files: present, demo_removed: demoRemoved };
}
