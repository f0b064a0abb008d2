// Inputs for calling every registry tool over MCP in tests: one valid example per tool, and an invalid input
// derived from the tool's published schema that names the field it breaks.
import { toolJsonSchemas, type AnyTool } from '../../tools/define-tool';

/** A valid input for each tool; a tool added to the registry needs an entry here (a test enforces it). */
export const TOOL_EXAMPLES: Record<string, Record<string, unknown>> = {
  sample_sum: { numbers: [1, 2, 3.5], label: 'mcp' },
  sample_fail: {},
  compliance_lookup: {
    question: 'What do I need to sell Bluetooth earbuds in Germany?',
    markets: ['DE'],
  },
  compliance_checklist: { markets: ['DE'], category: 'electronics' },
  compliance_plan: { product: 'Bluetooth earbuds', markets: ['DE'] },
  regulatory_calendar: { markets: ['DE'], from: '2026-11-30', to: '2027-12-31' },
  inventory_status: { markets: ['DE'] },
  stockout_risk: { markets: ['DE'] },
  reorder_plan: { markets: ['DE'] },
  transfer_suggestions: {},
  slow_movers: {},
  demand_forecast: { markets: ['DE'], horizon_days: 56 },
  localize_listing: {
    listing: {
      title: 'Plush teddy bear, 12 in',
      bullets: ['Soft polyester fill', 'Weighs 0.5 lb'],
      description: 'A soft teddy bear for ages 3 and up.',
      attributes: { height: '12 in', weight: '0.5 lb' },
      price: { amount: 19.99, currency: 'USD' },
    },
    category: 'toys',
    source_market: 'US',
    target_market: 'DE',
    platform: 'amazon',
  },
  landed_cost: {
    destination: 'DE',
    items: [{ description: 'Bluetooth earbuds', hs_code: '8518.30', value: 40, quantity: 1 }],
    currency: 'EUR',
    shipping_cost: 4,
  },
  generate_ad_copy: {
    product: { name: 'Trail running shoes', features: ['waterproof', '320 g'] },
    platform: 'google_search',
    market: 'US',
  },
  classify_hs: { description: 'wireless earbuds' },
};

/** Tools whose valid example still fails by design (they exist to test the failure path). */
export const FAILS_BY_DESIGN = new Set(['sample_fail']);

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

function wrongTypeFor(schema: JsonSchema): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'number' || type === 'integer') return 'not a number';
  if (type === 'array') return 'not a list';
  if (type === 'object') return 'not an object';
  if (type === 'boolean') return 'maybe';
  return { not: ['a', 'string'] };
}

/** An input the tool must reject and the field the error must name; null for a tool that takes no input. */
export function invalidInputFor(
  tool: AnyTool,
): { input: Record<string, unknown>; field: string } | null {
  const schema = toolJsonSchemas(tool).input as JsonSchema;
  const required = schema.required ?? [];
  if (required.length) return { input: {}, field: required[0] };
  const [field, property] = Object.entries(schema.properties ?? {})[0] ?? [];
  if (!field) return null;
  return { input: { [field]: wrongTypeFor(property) }, field };
}
