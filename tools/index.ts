// Every tool the product ships, in the order surfaces list them.
import type { AnyTool } from './define-tool';
import { createRegistry, type ToolRegistry } from './registry';

export const allTools: AnyTool[] = [];

export function defaultRegistry(): ToolRegistry {
  return createRegistry(allTools);
}
