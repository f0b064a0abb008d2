// The shape of a canned MCP task (a prompt): its name, arguments a user fills in, and the message it renders.
// Prompts are TypeScript modules, not files read at runtime, so the same code serves them on Node and Workers.

/** Which values a client may offer as completions for an argument. */
export type PromptArgumentKind = 'market' | 'category' | 'text';

export interface PromptArgument {
  name: string;
  description: string;
  required?: boolean;
  kind?: PromptArgumentKind;
}

export interface McpPromptDefinition {
  name: string;
  title: string;
  description: string;
  arguments: PromptArgument[];
  /** The user message the prompt produces; arguments are already checked and normalized. */
  render(args: Record<string, string | undefined>): string;
}

export function definePrompt(prompt: McpPromptDefinition): McpPromptDefinition {
  return prompt;
}
