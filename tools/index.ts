// Every tool the product ships, in the order surfaces list them.
import type { AnyTool } from './define-tool';
import { createRegistry, type ToolRegistry } from './registry';
import { complianceChecklist } from './compliance/compliance-checklist';
import { complianceLookup } from './compliance/compliance-lookup';
import { compliancePlan } from './compliance/compliance-plan';
import { regulatoryCalendar } from './compliance/regulatory-calendar';
import { inventoryTools } from './inventory/index';
import { localizeListingTool } from './localization/localize-listing';
import { generateAdCopyTool } from './ads/generate-ad-copy';
import { classifyHsTool } from './customs/classify-hs';
import { landedCost } from './customs/landed-cost';

export const allTools: AnyTool[] = [
  complianceLookup,
  complianceChecklist,
  compliancePlan,
  regulatoryCalendar,
  localizeListingTool,
  generateAdCopyTool,
  landedCost,
  ...inventoryTools,
  classifyHsTool,
];

export function defaultRegistry(): ToolRegistry {
  return createRegistry(allTools);
}
