// Turns a tool call into the short activity line the widget shows ("Checking EU rules…", "Reading inventory…").
import { format, type Strings } from './i18n';

const LABELS: Record<string, keyof Strings> = {
  compliance_checklist: 'checklist',
  inventory_status: 'inventory',
  stockout_risk: 'stockout',
  reorder_plan: 'reorder',
  transfer_suggestions: 'transfers',
  slow_movers: 'slow',
  localize_listing: 'localize',
  generate_ad_copy: 'adCopy',
};

function marketsOf(args: unknown): string[] {
  if (!args || typeof args !== 'object') return [];
  const markets =
    (args as { markets?: unknown; market?: unknown }).markets ??
    (args as { market?: unknown }).market;
  const list = Array.isArray(markets) ? markets : typeof markets === 'string' ? [markets] : [];
  return list
    .filter((m): m is string => typeof m === 'string' && /^[A-Za-z]{2}$/.test(m))
    .map((m) => m.toUpperCase());
}

export function activityLabel(name: string, args: unknown, t: Strings): string {
  if (name === 'compliance_lookup') {
    const markets = marketsOf(args);
    return markets.length
      ? format(t.ruleCheck, { markets: markets.slice(0, 3).join('/') })
      : t.ruleCheckAny;
  }
  const key = LABELS[name];
  if (key) return t[key];
  return format(t.tool, { name: name.replace(/_/g, ' ') });
}
