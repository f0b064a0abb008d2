// TRADEPILOT_WIDGET_TOOLS: which tools chats opened with a publishable widget key may reach, and a registry view
// limited to them.
import { ConfigError } from '../../core/config';
import { ForbiddenError } from '../../core/errors';
import { inventoryTools } from '../../tools/inventory/index';
import type { ToolRegistry } from '../../tools/registry';

/** Group names the variable accepts besides tool names. */
const GROUPS: Record<string, (name: string) => boolean> = {
  compliance: (name) => name.startsWith('compliance_') || name === 'regulatory_calendar',
  localization: (name) => name === 'localize_listing',
  ads: (name) => name === 'generate_ad_copy',
  inventory: (name) => inventoryTools.some((t) => t.name === name),
  customs: (name) => name === 'landed_cost' || name === 'classify_hs',
};

/** Inventory answers stay private unless the operator lists them. */
export const DEFAULT_WIDGET_TOOLS = ['compliance', 'localization', 'ads', 'customs'];

/** The tool names the configured entries (groups or tool names) select; unknown entries are a ConfigError. */
export function resolveWidgetTools(registry: ToolRegistry, entries: string[]): Set<string> {
  const names = registry.list().map((t) => t.name);
  const selected = new Set<string>();
  for (const entry of entries.length ? entries : DEFAULT_WIDGET_TOOLS) {
    const group = GROUPS[entry];
    const matched = group ? names.filter(group) : names.filter((n) => n === entry);
    if (!group && !matched.length)
      throw new ConfigError(
        `TRADEPILOT_WIDGET_TOOLS: unknown entry "${entry}"; use ${Object.keys(GROUPS).join(', ')} or tool names (${names.join(', ')}).`,
      );
    for (const name of matched) selected.add(name);
  }
  return selected;
}

/** The registry as a caller limited to `allowed` sees it. Hidden tools still answer has(), so the chat says they
 * are not available here rather than not installed; get() refuses them. */
export function limitTools(registry: ToolRegistry, allowed: ReadonlySet<string>): ToolRegistry {
  return {
    list: () => registry.list().filter((t) => allowed.has(t.name)),
    has: (name) => registry.has(name),
    get: (name) => {
      const tool = registry.get(name);
      if (!allowed.has(name))
        throw new ForbiddenError(`${tool.title} is not available in this chat.`);
      return tool;
    },
    forAgent: () => registry.forAgent().filter((t) => allowed.has(t.name)),
  };
}
