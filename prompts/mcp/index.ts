// Every canned task the MCP server offers as a prompt, in the order clients list them.
import { adCopyPrompt } from './ad-copy';
import type { McpPromptDefinition } from './define-prompt';
import { localizeListingPrompt } from './localize-listing';
import { preLaunchCheckPrompt } from './pre-launch-check';
import { restockReviewPrompt } from './restock-review';

export const mcpPrompts: McpPromptDefinition[] = [
  preLaunchCheckPrompt,
  localizeListingPrompt,
  restockReviewPrompt,
  adCopyPrompt,
];
