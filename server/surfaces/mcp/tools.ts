// The tool registry as MCP tools: published schemas and annotations, and calls through the invoke wrapper.
import type { CallToolResult, ResourceLink, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { AppDeps } from '../../deps';
import type { Answer } from '../../../core/answer';
import { toolErrorText } from '../../../core/errors';
import { toolJsonSchemas, type AnyTool, type ProgressReporter } from '../../../tools/define-tool';
import { invokeTool } from '../../../tools/invoke';
import type { ToolRegistry } from '../../../tools/registry';
import { knowledgeUri } from './resources';

/** One registry tool as MCP lists it: the same input JSON Schema as GET /api/tools. */
export function toMcpTool(tool: AnyTool): Tool {
  const schemas = toolJsonSchemas(tool);
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: schemas.input as Tool['inputSchema'],
    // MCP requires an object-typed output schema; a tool whose output is not an object publishes none.
    ...(schemas.output.type === 'object'
      ? { outputSchema: schemas.output as Tool['outputSchema'] }
      : {}),
    annotations: {
      title: tool.title,
      readOnlyHint: tool.annotations.readOnly,
      openWorldHint: tool.annotations.openWorld ?? false,
    },
  };
}

export function listMcpTools(registry: ToolRegistry): Tool[] {
  return registry.list().map(toMcpTool);
}

/** The knowledge documents an answer cites, as links a client can open to read the source behind a citation. */
export function citedDocumentLinks(answer: Answer): ResourceLink[] {
  return answer.citations
    .filter((c) => c.market !== null && c.document_id !== '')
    .map((c) => ({
      type: 'resource_link',
      uri: knowledgeUri({ id: c.document_id, market: c.market as string }),
      name: c.document_id,
      title: c.title,
      mimeType: 'text/markdown',
    }));
}

/** Calls a tool for an MCP client; failures (unknown tool, invalid input, internal) are isError results. */
export async function callMcpTool(
  deps: AppDeps,
  name: string,
  args: unknown,
  principal: string | undefined,
  signal?: AbortSignal,
  progress?: ProgressReporter,
): Promise<CallToolResult> {
  const result = await invokeTool(deps.registry, deps, name, args ?? {}, {
    surface: 'mcp',
    principal,
    signal,
    progress,
  });
  if (!result.ok) {
    return { isError: true, content: [{ type: 'text', text: toolErrorText(result.error) }] };
  }
  const output = result.output;
  const structured = output !== null && typeof output === 'object' && !Array.isArray(output);
  return {
    content: [{ type: 'text', text: result.text }, ...citedDocumentLinks(result.answer)],
    ...(structured ? { structuredContent: output as Record<string, unknown> } : {}),
  };
}
