// The inventory CSV files: their exact columns, and parsing each row into a typed record or a list of reasons.
import { parse } from 'csv-parse/sync';
import { normalizeMarket } from '../../../core/domain/markets';
import { isIsoDate } from '../dates';
import {
  WAREHOUSE_TYPES,
  type InboundRecord,
  type InventoryData,
  type ProductRecord,
  type SaleRecord,
  type StockRecord,
  type WarehouseRecord,
  type WarehouseType,
} from '../types';

/** One problem in one row: reported as `file:line: reason`. */
export interface RowProblem {
  file: string;
  line: number;
  reason: string;
}

/** Reads named cells of one row; every reader records a reason when the cell is invalid. */
class Cells {
  readonly reasons: string[] = [];
  constructor(private readonly values: Map<string, string>) {}

  /** Whether the file has this (optional) column. */
  present(column: string): boolean {
    return this.values.has(column);
  }

  text(column: string, options: { optional?: boolean; max?: number } = {}): string {
    const value = this.values.get(column) ?? '';
    if (value === '' && !options.optional) this.reasons.push(`${column} is empty`);
    else if (value.length > (options.max ?? 200))
      this.reasons.push(`${column} is longer than ${options.max ?? 200} characters`);
    // eslint-disable-next-line no-control-regex
    else if (/[\u0000-\u001f\u007f]/.test(value))
      this.reasons.push(`${column} contains control characters`);
    return value;
  }

  integer(column: string, min: number, fallback?: number): number {
    const value = this.values.get(column) ?? '';
    if (value === '' && fallback !== undefined) return fallback;
    if (
      !/^[+-]?\d+$/.test(value) ||
      !Number.isSafeInteger(Number(value)) ||
      Number(value) > 2_147_483_647
    ) {
      this.reasons.push(`${column} must be a whole number, got "${value}"`);
      return 0;
    }
    const n = Number(value);
    if (n < min) this.reasons.push(`${column} must be at least ${min}, got ${n}`);
    return n;
  }

  decimal(column: string): number {
    const value = this.values.get(column) ?? '';
    if (!/^\d{1,10}(\.\d{1,4})?$/.test(value)) {
      this.reasons.push(
        `${column} must be a non-negative number with at most 4 decimals, got "${value}"`,
      );
      return 0;
    }
    return Number(value);
  }

  /** An optional positive number (at most 4 decimals); null when the cell is empty or the column absent. */
  positiveDecimal(column: string): number | null {
    const value = this.values.get(column) ?? '';
    if (value === '') return null;
    if (!/^\d{1,8}(\.\d{1,4})?$/.test(value) || Number(value) <= 0) {
      this.reasons.push(
        `${column} must be a positive number with at most 4 decimals, got "${value}"`,
      );
      return null;
    }
    return Number(value);
  }

  date(column: string): string {
    const value = this.values.get(column) ?? '';
    if (!isIsoDate(value))
      this.reasons.push(`${column} must be a date as YYYY-MM-DD, got "${value}"`);
    return value;
  }

  code(
    column: string,
    pattern: RegExp,
    what: string,
    normalize: (v: string) => string | undefined,
  ): string {
    const value = this.values.get(column) ?? '';
    const normalized = normalize(value);
    if (normalized === undefined || !pattern.test(normalized)) {
      this.reasons.push(`${column} must be ${what}, got "${value}"`);
      return value;
    }
    return normalized;
  }
}

const isoCountry = (v: string) =>
  normalizeMarket(v) ?? (/^[a-z]{2}$/i.test(v) ? v.toUpperCase() : undefined);

interface RecordOf {
  'products.csv': ProductRecord;
  'warehouses.csv': WarehouseRecord;
  'stock.csv': StockRecord;
  'inbound.csv': InboundRecord;
  'sales.csv': SaleRecord;
}
export type InventoryFileName = keyof RecordOf;

interface FileSpec<T> {
  /** Where the file's records go in InventoryData. */
  key: keyof InventoryData;
  /** The header columns the file must have (any extra column is ignored). */
  columns: readonly string[];
  /** Columns read when the header has them (an empty cell or a missing column means "not given"). */
  optional?: readonly string[];
  read(cells: Cells): T;
}

export const FILE_SPECS: { [F in InventoryFileName]: FileSpec<RecordOf[F]> } = {
  'products.csv': {
    key: 'products',
    columns: [
      'sku',
      'title',
      'category',
      'unit_cost',
      'currency',
      'lead_time_days',
      'moq',
      'case_pack',
    ],
    optional: ['unit_volume_cuft', 'parent_sku'],
    read: (c) => ({
      sku: c.text('sku', { max: 100 }),
      title: c.text('title', { max: 500 }),
      category: c.text('category', { optional: true, max: 100 }) || null,
      unit_cost: c.decimal('unit_cost'),
      currency: c.code(
        'currency',
        /^[A-Z]{3}$/,
        'a three-letter ISO currency code such as USD',
        (v) => v.toUpperCase(),
      ),
      lead_time_days: c.integer('lead_time_days', 0),
      moq: c.integer('moq', 1, 1),
      case_pack: c.integer('case_pack', 1, 1),
      unit_volume_cuft: c.positiveDecimal('unit_volume_cuft'),
      // Absent column: keep the stored parent (undefined); an empty cell clears it (null).
      parent_sku: c.present('parent_sku')
        ? c.text('parent_sku', { optional: true, max: 100 }).trim() || null
        : undefined,
    }),
  },
  'warehouses.csv': {
    key: 'warehouses',
    columns: ['code', 'name', 'country', 'type', 'market'],
    read: (c) => ({
      code: c.text('code', { max: 100 }),
      name: c.text('name'),
      country: c.code(
        'country',
        /^[A-Z]{2}$/,
        'a two-letter ISO country code such as DE',
        isoCountry,
      ),
      type: c.code(
        'type',
        /^(fba|3pl|own|domestic)$/,
        `one of ${WAREHOUSE_TYPES.join(', ')}`,
        (v) => v.toLowerCase(),
      ) as WarehouseType,
      market: c.code(
        'market',
        /^[A-Z]{2}$/,
        'the two-letter ISO code of the market it serves',
        isoCountry,
      ),
    }),
  },
  'stock.csv': {
    key: 'stock',
    columns: ['sku', 'warehouse', 'on_hand', 'reserved'],
    read: (c) => {
      const record = {
        sku: c.text('sku', { max: 100 }),
        warehouse: c.text('warehouse', { max: 100 }),
        on_hand: c.integer('on_hand', 0),
        reserved: c.integer('reserved', 0, 0),
      };
      if (c.reasons.length === 0 && record.reserved > record.on_hand)
        c.reasons.push(`reserved (${record.reserved}) is more than on_hand (${record.on_hand})`);
      return record;
    },
  },
  'inbound.csv': {
    key: 'inbound',
    columns: ['sku', 'warehouse', 'quantity', 'eta', 'reference'],
    read: (c) => ({
      sku: c.text('sku', { max: 100 }),
      warehouse: c.text('warehouse', { max: 100 }),
      quantity: c.integer('quantity', 1),
      eta: c.date('eta'),
      reference: c.text('reference', { optional: true }),
    }),
  },
  'sales.csv': {
    key: 'sales',
    columns: ['date', 'sku', 'warehouse', 'units'],
    read: (c) => ({
      date: c.date('date'),
      sku: c.text('sku', { max: 100 }),
      warehouse: c.text('warehouse', { max: 100 }),
      units: c.integer('units', 0),
    }),
  },
};
export const INVENTORY_FILES = Object.keys(FILE_SPECS) as InventoryFileName[];

export interface ParsedRow<T> {
  line: number;
  record: T;
}

/** Parses one CSV file: rows that read cleanly, and a problem for every row (or header) that does not. */
export function parseInventoryFile<F extends InventoryFileName>(
  file: F,
  text: string,
): {
  rows: ParsedRow<RecordOf[F]>[];
  /** Rows with a problem, as far as they could be read (so other files' references to them are not flagged too). */
  rejected: ParsedRow<RecordOf[F]>[];
  problems: RowProblem[];
} {
  const spec: FileSpec<RecordOf[F]> = FILE_SPECS[file];
  const problems: RowProblem[] = [];
  const records = parse(text, {
    bom: true,
    info: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err) => {
      if (err)
        problems.push({
          file,
          line: (err as { lines?: number }).lines ?? 0,
          reason: `malformed CSV: ${err.message.replace(/ at line \d+/, '')}`,
        });
    },
  }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  const [header, ...body] = records;
  if (!header) {
    if (!problems.length)
      problems.push({ file, line: 1, reason: 'the file is empty; expected a header row' });
    return { rows: [], rejected: [], problems };
  }
  const names = header.record.map((h) => h.toLowerCase());
  const missing = spec.columns.filter((c) => !names.includes(c));
  if (missing.length) {
    problems.push({
      file,
      line: header.info.lines,
      reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${spec.columns.join(',')})`,
    });
    return { rows: [], rejected: [], problems };
  }
  const rows: ParsedRow<RecordOf[F]>[] = [];
  const rejected: ParsedRow<RecordOf[F]>[] = [];
  for (const { record, info } of body) {
    if (record.every((v) => v === '')) continue;
    const values = new Map<string, string>(
      [...spec.columns, ...(spec.optional ?? []).filter((c) => names.includes(c))].map((c) => [
        c,
        record[names.indexOf(c)] ?? '',
      ]),
    );
    const cells = new Cells(values);
    const parsed = spec.read(cells);
    if (cells.reasons.length) {
      problems.push({ file, line: info.lines, reason: cells.reasons.join('; ') });
      rejected.push({ line: info.lines, record: parsed });
    } else rows.push({ line: info.lines, record: parsed });
  }
  return { rows, rejected, problems };
}
