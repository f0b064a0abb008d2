// createMcpServer(deps): one MCP server over the tool registry, the knowledge documents and the canned prompts,
// served by both transports (stdio in the CLI, Streamable HTTP at /mcp), with logging of tool calls.
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import {
  CallToolRequestSchema,
  CompleteRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
  SetLevelRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { AppDeps } from '../../deps';
import type { ToolRegistry } from '../../../tools/registry';
import type { ProgressReporter } from '../../../tools/define-tool';
import { toAppError } from '../../../core/errors';
import pkg from '../../../package.json';
import { completePromptArgument, getMcpPrompt, listMcpPrompts } from './prompts';
import {
  completeKnowledgeVariable,
  KNOWLEDGE_URI_TEMPLATE,
  knowledgeTemplate,
  listKnowledgeResources,
  readKnowledgeResource,
} from './resources';
import { callMcpTool, listMcpTools } from './tools';
import { memorySlot, shouldSend, toolCallLogMessage, type LogLevelSlot } from './logging';

export const MCP_SERVER_NAME = 'tradepilot';

const INSTRUCTIONS = [
  'tradepilot answers operations questions for cross-border e-commerce sellers.',
  'Tools: compliance rules per market and product category (each with its source, date and status), listing',
  'localization, ad copy within platform limits, and inventory (stock-out risk, reorder plans, transfers).',
  'Numbers, limits and notices come from the tools: quote them as returned, with their citations.',
  'Resources are the knowledge documents behind the citations (knowledge://{market}/{id}).',
].join(' ');

export interface McpServerOptions {
  /** Who is calling when the transport knows (an API key id over HTTP); else the client's name from initialize. */
  principal?: string;
  /** Lists tools without waiting for `deps` (stdio on a fresh data directory: first-run steps take a while). */
  registry?: ToolRegistry;
  /** The log level this client chose (default: one per server, which suits stdio's single client). */
  logLevel?: LogLevelSlot;
}

/**
 * Builds the server. `deps` may still be opening (stdio answers initialize at once while the database and the
 * first-run steps finish); every request waits for it.
 */
export function createMcpServer(
  deps: AppDeps | Promise<AppDeps>,
  options: McpServerOptions = {},
): Server {
  const server = new Server(
    { name: MCP_SERVER_NAME, title: 'tradepilot', version: pkg.version },
    {
      capabilities: { tools: {}, resources: {}, prompts: {}, completions: {}, logging: {} },
      instructions: INSTRUCTIONS,
      // Validates without code generation, so the same server runs on Node and in Workers (no eval there).
      jsonSchemaValidator: new CfWorkerJsonSchemaValidator(),
    },
  );
  const principal = () => options.principal ?? server.getClientVersion()?.name;
  const logLevel = options.logLevel ?? memorySlot();

  /** Runs a handler with ready deps; unexpected failures reach the client as a message without internals. */
  const withDeps =
    <Req, R>(fn: (deps: AppDeps, request: Req, signal: AbortSignal) => Promise<R> | R) =>
    async (request: Req, extra: { signal: AbortSignal }): Promise<R> => {
      const ready = await Promise.resolve(deps).catch(() => {
        throw new McpError(
          ErrorCode.InternalError,
          'tradepilot could not open its database; the server log (stderr) says why.',
        );
      });
      try {
        return await fn(ready, request, extra.signal);
      } catch (err) {
        if (err instanceof McpError) throw err;
        const error = toAppError(err);
        if (error.status >= 500) ready.log.error('mcp request failed', { err });
        throw new McpError(
          error.status >= 500 ? ErrorCode.InternalError : ErrorCode.InvalidParams,
          error.message,
        );
      }
    };

  server.setRequestHandler(ListToolsRequestSchema, async (request, extra) =>
    options.registry
      ? { tools: listMcpTools(options.registry) }
      : withDeps((d) => ({ tools: listMcpTools(d.registry) }))(request, extra),
  );
  server.setRequestHandler(SetLevelRequestSchema, ({ params }) => {
    logLevel.set(params.level);
    return {};
  });
  server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const started = performance.now();
    const token = request.params._meta?.progressToken;
    const progress: ProgressReporter | undefined =
      token === undefined
        ? undefined
        : (done, total, message) =>
            void extra
              .sendNotification({
                method: 'notifications/progress',
                params: { progressToken: token, progress: done, total, message },
              })
              .catch(() => undefined);
    const result = await withDeps((d, { params }: typeof request, signal) =>
      callMcpTool(d, params.name, params.arguments, principal(), signal, progress),
    )(request, extra);
    // Sent on the request's own stream (stdout under stdio, the SSE response over HTTP), never to the log.
    const message = toolCallLogMessage(
      request.params.name,
      result,
      Math.round(performance.now() - started),
    );
    if (shouldSend(message.level, logLevel.get()))
      await extra
        .sendNotification({ method: 'notifications/message', params: message })
        .catch(() => undefined);
    return result;
  });
  server.setRequestHandler(
    ListResourcesRequestSchema,
    withDeps(async (d) => ({ resources: await listKnowledgeResources(d) })),
  );
  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({
    resourceTemplates: [knowledgeTemplate],
  }));
  server.setRequestHandler(
    ReadResourceRequestSchema,
    withDeps((d, { params }) => readKnowledgeResource(d, params.uri)),
  );
  server.setRequestHandler(ListPromptsRequestSchema, () => ({ prompts: listMcpPrompts() }));
  server.setRequestHandler(GetPromptRequestSchema, ({ params }) =>
    getMcpPrompt(params.name, params.arguments),
  );
  server.setRequestHandler(
    CompleteRequestSchema,
    withDeps(async (d, { params }) => {
      const { ref, argument } = params;
      if (ref.type === 'ref/prompt')
        return { completion: completePromptArgument(ref.name, argument.name, argument.value) };
      if (ref.uri === KNOWLEDGE_URI_TEMPLATE)
        return {
          completion: await completeKnowledgeVariable(
            d,
            argument.name,
            argument.value,
            params.context?.arguments,
          ),
        };
      return { completion: { values: [] } };
    }),
  );
  return server;
}
