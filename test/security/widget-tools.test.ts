// The widget allow-list: classify_hs and landed_cost (public nomenclature and rules, no seller data) are open to
// widget visitors by default and can be listed as the `customs` group.
import { describe, expect, it } from 'vitest';
import { resolveWidgetTools } from '../../server/security/widget-tools';
import { defaultRegistry } from '../../tools/index';

describe('widget tools: customs', () => {
  const registry = defaultRegistry();

  it('opens classify_hs by default, next to compliance, and keeps inventory out', () => {
    const open = resolveWidgetTools(registry, []);
    expect(open.has('classify_hs')).toBe(true);
    expect(open.has('compliance_lookup')).toBe(true);
    expect(open.has('stockout_risk')).toBe(false);
  });

  it('reads the customs group and the tool name', () => {
    expect([...resolveWidgetTools(registry, ['customs'])].sort()).toEqual([
      'classify_hs',
      'landed_cost',
    ]);
    expect([...resolveWidgetTools(registry, ['classify_hs'])]).toEqual(['classify_hs']);
  });
});
