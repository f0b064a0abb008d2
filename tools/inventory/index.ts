// The inventory tools, in the order surfaces list them.
import { inventoryStatusTool } from './inventory-status';
import { reorderPlanTool } from './reorder-plan';
import { slowMoversTool } from './slow-movers';
import { stockoutRiskTool } from './stockout-risk';
import { transferSuggestionsTool } from './transfer-suggestions';

export const inventoryTools = [
  inventoryStatusTool,
  stockoutRiskTool,
  reorderPlanTool,
  transferSuggestionsTool,
  slowMoversTool,
];
