// Markdown rendering of inventory results: a summary line and a compact table that reads in chat, Slack and MCP.
import { formatNumber } from './positions';

export interface Column<R> {
  header: string;
  value: (row: R) => string | number | boolean | null;
  /** Decimal places for numbers (default 0 for integers, 1 otherwise). */
  digits?: number;
}

function cell(value: string | number | boolean | null, digits?: number): string {
  if (value === null) return '–';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number')
    return formatNumber(value, digits ?? (Number.isInteger(value) ? 0 : 1));
  return value.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

export function markdownTable<R>(columns: Column<R>[], rows: R[]): string {
  const header = `| ${columns.map((c) => c.header).join(' | ')} |`;
  const rule = `|${columns.map(() => '---').join('|')}|`;
  const body = rows.map(
    (row) => `| ${columns.map((c) => cell(c.value(row), c.digits)).join(' | ')} |`,
  );
  return [header, rule, ...body].join('\n');
}

/** The summary, then the table (or nothing more when there are no rows). */
export function renderResult<R>(summary: string, columns: Column<R>[], rows: R[]): string {
  return rows.length ? `${summary}\n\n${markdownTable(columns, rows)}` : summary;
}
