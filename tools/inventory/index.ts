// The inventory tools, in the order surfaces list them, each saying when its answer rests on demo data.
import { demandForecastTool } from './demand-forecast';
import { inventoryStatusTool } from './inventory-status';
import { reorderPlanTool } from './reorder-plan';
import { slowMoversTool } from './slow-movers';
import { stockoutRiskTool } from './stockout-risk';
import { transferSuggestionsTool } from './transfer-suggestions';
import { withDemoNotice } from './demo/notice';

export const inventoryTools = [
  inventoryStatusTool,
  stockoutRiskTool,
  reorderPlanTool,
  transferSuggestionsTool,
  slowMoversTool,
  demandForecastTool,
].map((tool) => withDemoNotice(tool));
