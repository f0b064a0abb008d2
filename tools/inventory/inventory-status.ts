// inventory_status: stock, reservations, inbound, sales rate and days of cover per sku x warehouse.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { round2 } from './formulas';
import { commonInputFields, describeFilter, resolveFilter } from './inputs';
import { formatNumber, loadEvaluatedPositions } from './positions';
import { inventoryStatusAnswer } from './inventory-status-answer';
import { positionKey, positionKeyFields, tableOutput, tableResult } from './table-output';

const row = z.object({
  ...positionKeyFields,
  on_hand: z.number().int(),
  reserved: z.number().int(),
  available: z.number().int().describe('on_hand - reserved'),
  inbound: z.number().int().describe('Units on the way (ETA on or after as_of)'),
  next_inbound: z.string().nullable().describe('Earliest ETA of the inbound units (YYYY-MM-DD)'),
  avg_daily_sales: z.number().describe('Units sold per day over the window'),
  days_of_cover: z.number().nullable().describe('available / avg_daily_sales; null without sales'),
});
type Row = z.output<typeof row>;

export const inventoryStatusTool = defineTool({
  name: 'inventory_status',
  title: 'Inventory status',
  description:
    'Stock per SKU and warehouse: on hand, reserved, available (on_hand - reserved), inbound units and the earliest ETA, average daily sales over the window and days of cover. Filter by SKUs, warehouses or markets.',
  input: z.object(commonInputFields),
  output: tableOutput(row, 'Rows matching the filters before the limit'),
  annotations: { readOnly: true },
  run: async (input, deps) => {
    const filter = resolveFilter(input, deps);
    const positions = await loadEvaluatedPositions(deps.db, filter);
    const rows: Row[] = positions.map((p) => ({
      ...positionKey(p),
      on_hand: p.on_hand,
      reserved: p.reserved,
      available: p.available,
      inbound: p.inbound,
      next_inbound: p.next_inbound,
      avg_daily_sales: round2(p.avg_daily_sales),
      days_of_cover: round2(p.days_of_cover),
    }));
    const sum = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
    const shown = rows.slice(0, input.limit);
    const summary = rows.length
      ? `${rows.length} SKU x warehouse positions (${describeFilter(input, filter)}): ` +
        `${formatNumber(
          sum((r) => r.available),
          0,
        )} units available, ` +
        `${formatNumber(
          sum((r) => r.inbound),
          0,
        )} inbound` +
        (shown.length < rows.length ? `; showing the first ${shown.length}.` : '.')
      : `No inventory matches (${describeFilter(input, filter)}).`;
    return tableResult(filter, { total: rows.length, rows: shown, summary });
  },
  toAnswer: inventoryStatusAnswer,
});
