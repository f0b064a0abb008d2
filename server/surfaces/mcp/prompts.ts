// The canned tasks in prompts/mcp as MCP prompts: listing, rendering with checked arguments, and completions.
import {
  ErrorCode,
  McpError,
  type GetPromptResult,
  type Prompt,
} from '@modelcontextprotocol/sdk/types.js';
import { mcpPrompts } from '../../../prompts/mcp/index';
import type { McpPromptDefinition, PromptArgument } from '../../../prompts/mcp/define-prompt';
import { CATEGORY_IDS, normalizeCategory } from '../../../core/domain/categories';
import { MARKET_CODES, normalizeMarket } from '../../../core/domain/markets';

export function listMcpPrompts(): Prompt[] {
  return mcpPrompts.map((p) => ({
    name: p.name,
    title: p.title,
    description: p.description,
    arguments: p.arguments.map((a) => ({
      name: a.name,
      description: a.description,
      required: Boolean(a.required),
    })),
  }));
}

function findPrompt(name: string): McpPromptDefinition {
  const prompt = mcpPrompts.find((p) => p.name === name);
  if (!prompt)
    throw new McpError(
      ErrorCode.InvalidParams,
      `Unknown prompt: ${name}. Available: ${mcpPrompts.map((p) => p.name).join(', ')}.`,
    );
  return prompt;
}

/** Checks one argument value and normalizes markets and categories to their codes. */
function normalizeArgument(arg: PromptArgument, raw: string): string {
  const value = raw.trim();
  if (arg.kind === 'market') {
    const code = normalizeMarket(value);
    if (!code)
      throw new McpError(
        ErrorCode.InvalidParams,
        `${arg.name}: unknown market "${value}"; use a code such as ${MARKET_CODES.slice(0, 6).join(', ')}.`,
      );
    return code;
  }
  if (arg.kind === 'category') {
    const id = normalizeCategory(value);
    if (!id)
      throw new McpError(
        ErrorCode.InvalidParams,
        `${arg.name}: unknown category "${value}"; use one of ${CATEGORY_IDS.join(', ')}.`,
      );
    return id;
  }
  return value;
}

export function getMcpPrompt(name: string, args: Record<string, string> = {}): GetPromptResult {
  const prompt = findPrompt(name);
  const values: Record<string, string | undefined> = {};
  for (const arg of prompt.arguments) {
    const raw = args[arg.name];
    if (raw === undefined || raw.trim() === '') {
      if (arg.required)
        throw new McpError(ErrorCode.InvalidParams, `${arg.name}: required for ${name}.`);
      continue;
    }
    values[arg.name] = normalizeArgument(arg, raw);
  }
  return {
    description: prompt.description,
    messages: [{ role: 'user', content: { type: 'text', text: prompt.render(values) } }],
  };
}

const MAX_COMPLETIONS = 100;

/** Values a client may suggest for a prompt argument (markets and categories), filtered by what was typed. */
export function completePromptArgument(promptName: string, argName: string, typed: string) {
  const arg = mcpPrompts
    .find((p) => p.name === promptName)
    ?.arguments.find((a) => a.name === argName);
  const pool = arg?.kind === 'market' ? MARKET_CODES : arg?.kind === 'category' ? CATEGORY_IDS : [];
  const prefix = typed.trim().toLowerCase();
  const values = pool.filter((v) => v.toLowerCase().startsWith(prefix));
  return {
    values: values.slice(0, MAX_COMPLETIONS),
    total: values.length,
    hasMore: values.length > MAX_COMPLETIONS,
  };
}
