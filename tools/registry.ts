// The single registry of tools that every surface serves.
import type { AnyTool } from './define-tool';
import { NotFoundError } from '../core/errors';

export interface ToolRegistry {
  list(): AnyTool[];
  get(name: string): AnyTool;
  has(name: string): boolean;
  /** The tools a language model may call: read-only ones only. */
  forAgent(): AnyTool[];
}

export function createRegistry(tools: AnyTool[]): ToolRegistry {
  const byName = new Map<string, AnyTool>();
  for (const tool of tools) {
    if (!/^[a-z][a-z0-9_]*$/.test(tool.name))
      throw new Error(`Tool name must be snake_case: ${tool.name}`);
    if (byName.has(tool.name)) throw new Error(`Duplicate tool name: ${tool.name}`);
    byName.set(tool.name, tool);
  }
  return {
    list: () => [...byName.values()],
    has: (name) => byName.has(name),
    get: (name) => {
      const tool = byName.get(name);
      if (!tool) throw new NotFoundError(`Unknown tool: ${name}`);
      return tool;
    },
    forAgent: () => [...byName.values()].filter((t) => t.annotations.readOnly),
  };
}
