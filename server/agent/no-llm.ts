// The no-LLM answer: route the message to one tool, call it through the same executor, render a template answer.
import type { AppDeps } from '../deps';
import type { InvokeContext } from '../../tools/define-tool';
import type { CitationBook } from './citations';
import type { StoredToolCall } from './conversation-store';
import type { ChatEvent } from './events';
import type { Lang } from './language';
import { loadCatalogue } from './catalogue';
import { nextRoute, stateOf } from './dialogue';
import { loadDialogueState, saveDialogueState } from './dialogue-store';
import type { Route } from './router';
import { renderMissing, renderToolAnswer, text } from './templates';
import { executeToolCalls, type ToolExecution } from './tool-exec';

export interface NoLlmInput {
  deps: AppDeps;
  conversationId: string;
  message: string;
  lang: Lang;
  ctx: InvokeContext;
  book: CitationBook;
  emit: (event: ChatEvent) => void;
  /** Stores one tool step (the call and its result) of the turn. */
  record: (calls: StoredToolCall[], executions: ToolExecution[]) => Promise<void>;
}

export interface NoLlmAnswer {
  text: string;
  tools: string[];
}

/** Drops optional arguments the tool rejected, so a stricter schema still gets a valid call. */
function withoutRejectedOptional(route: Route, execution: ToolExecution): Route | null {
  const r = execution.result;
  if (r.ok || r.error.code !== 'invalid_input') return null;
  const paths = (r.error.details.issues ?? []).map((i) => i.path.split('.')[0]);
  if (!paths.length || !paths.every((p) => route.optional.includes(p))) return null;
  const args = Object.fromEntries(
    Object.entries(route.arguments).filter(([k]) => !paths.includes(k)),
  );
  return { ...route, arguments: args, optional: [] };
}

export async function answerWithoutLlm(input: NoLlmInput): Promise<NoLlmAnswer> {
  const { deps, lang } = input;
  const state = await loadDialogueState(deps.db, input.conversationId);
  const catalogue = await loadCatalogue(deps.db);
  const routed = nextRoute(input.message, state, { now: deps.now(), catalogue });
  if (!routed) return { text: text('help', lang), tools: [] };
  let route: Route = routed;
  await saveDialogueState(deps.db, input.conversationId, stateOf(route));
  if (route.missing.length) return { text: renderMissing(route, lang), tools: [] };
  if (!deps.registry.has(route.tool))
    return {
      text: text('tool_failed', lang, {
        tool: route.tool,
        message: 'this tool is not installed in this build',
      }),
      tools: [],
    };
  for (let attempt = 0; ; attempt++) {
    const call: StoredToolCall = {
      id: `router_${crypto.randomUUID().slice(0, 8)}`,
      name: route.tool,
      arguments: JSON.stringify(route.arguments),
    };
    const [execution] = await executeToolCalls(deps, [call], input.ctx, input.book, input.emit);
    await input.record([call], [execution]);
    const retry: Route | null = attempt === 0 ? withoutRejectedOptional(route, execution) : null;
    if (retry) {
      route = retry;
      continue;
    }
    const r = execution.result;
    const body = r.ok
      ? renderToolAnswer(route.tool, execution.output, r.text, lang)
      : text('tool_failed', lang, { tool: route.tool, message: r.error.message });
    const assumed = route.assumptions.length
      ? `\n\n${text('assumed', lang, { list: route.assumptions.join(', ') })}`
      : '';
    return { text: body + assumed, tools: [route.tool] };
  }
}
