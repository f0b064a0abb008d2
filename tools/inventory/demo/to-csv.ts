// Writes inventory records as the CSV files import-inventory reads (for the benchmark, tests and sharing the demo set).
import { FILE_SPECS, INVENTORY_FILES } from '../import/csv-files';
import type { InventoryData } from '../types';

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV text per file name, with the exact header import-inventory expects. */
export function inventoryToCsv(data: InventoryData): Record<string, string> {
  return Object.fromEntries(
    INVENTORY_FILES.map((file) => {
      const spec = FILE_SPECS[file];
      const columns = [...spec.columns, ...(spec.optional ?? [])];
      const rows = data[spec.key] as unknown as Array<Record<string, unknown>>;
      const lines = [
        columns.join(','),
        ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(',')),
      ];
      return [file, lines.join('\n') + '\n'];
    }),
  );
}
