// inventory_status: stock, reservations, inbound, sales rate and days of cover per sku x warehouse.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { round2 } from './formulas';
import { commonInputFields, describeFilter, resolveFilter } from './inputs';
import { formatNumber, loadEvaluatedPositions } from './positions';
import { inventoryStatusAnswer } from './inventory-status-answer';
import { valueByCurrency } from './stock-value';
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
  currency: z.string().describe("Currency of the product's unit cost"),
  stock_value: z.number().describe('on_hand x unit cost, in `currency`'),
});
type Row = z.output<typeof row>;

export const inventoryStatusTool = defineTool({
  name: 'inventory_status',
  title: 'Inventory status',
  description:
    'Stock per SKU and warehouse: on hand, reserved, available (on_hand - reserved), inbound units and the earliest ETA, average daily sales over the window, days of cover and stock value at unit cost, with the total worth per currency ("what is my inventory worth"). Filter by SKUs, warehouses or markets.',
  input: z.object(commonInputFields),
  output: tableOutput(row, 'Rows matching the filters before the limit', {
    value_by_currency: z
      .array(
        z.object({
          currency: z.string(),
          value: z.number().describe('Sum of on_hand x unit cost'),
          units: z.number().int().describe('On-hand units behind the value'),
        }),
      )
      .describe(
        'What the stock is worth: on-hand units at unit cost (purchase cost from the product data, not the selling price), one total per currency, over every matching row (not only those shown); currencies are never converted',
      ),
  }),
  annotations: { readOnly: true },
  run: async (input, deps) => {
    const filter = resolveFilter(input, deps);
    const positions = await loadEvaluatedPositions(deps.db, filter);
    const rows: Row[] = positions.map((p) => ({
      on_hand: p.on_hand,
      reserved: p.reserved,
      available: p.available,
      inbound: p.inbound,
      next_inbound: p.next_inbound,
      avg_daily_sales: round2(p.avg_daily_sales),
      days_of_cover: round2(p.days_of_cover),
      currency: p.currency.toUpperCase(),
      stock_value: round2(p.on_hand * p.unit_cost),
      ...positionKey(p),
    }));
    const values = valueByCurrency(positions);
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
        )} inbound; worth ${values.map((v) => `${v.currency} ${formatNumber(v.value, 2)}`).join(' + ')} at unit cost` +
        (shown.length < rows.length ? `; showing the first ${shown.length}.` : '.')
      : `No inventory matches (${describeFilter(input, filter)}).`;
    return tableResult(
      filter,
      { total: rows.length, rows: shown, summary },
      { value_by_currency: values },
    );
  },
  toAnswer: inventoryStatusAnswer,
});
