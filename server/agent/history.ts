// Turns stored messages into the model's message list, trimmed to a token budget: uncited tool results go
// first, then the oldest turns; tool results the answers cited are kept as long as their turn is.
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { StoredMessage } from './conversation-store';

export const HISTORY_TOKEN_BUDGET = 8000;
const OMITTED = '(tool result omitted from history to save space; call the tool again if needed)';

/** A rough token count: CJK characters count one each, other text one per four characters. */
export function estimateTokens(text: string): number {
  const cjk = text.match(/[\u3000-\u9fff\uff00-\uffef]/g)?.length ?? 0;
  return cjk + Math.ceil((text.length - cjk) / 4) + 4;
}

type Msg = ChatCompletionMessageParam;

function messageTokens(m: Msg): number {
  const calls = 'tool_calls' in m && m.tool_calls ? JSON.stringify(m.tool_calls) : '';
  return estimateTokens((typeof m.content === 'string' ? m.content : '') + calls);
}

interface Turn {
  messages: Array<{ msg: Msg; cited: boolean; isTool: boolean }>;
}

/** Groups stored rows into turns of valid model messages (tool calls without all their results are dropped). */
function toTurns(rows: StoredMessage[]): Turn[] {
  const byTurn = new Map<number, StoredMessage[]>();
  for (const r of rows) byTurn.set(r.turn, [...(byTurn.get(r.turn) ?? []), r]);
  return [...byTurn.values()].map((turnRows) => {
    const answered = new Set(turnRows.filter((r) => r.role === 'tool').map((r) => r.tool_call_id));
    const keptCalls = new Set<string>();
    const messages: Turn['messages'] = [];
    for (const r of turnRows) {
      if (r.role === 'user')
        messages.push({ msg: { role: 'user', content: r.content }, cited: false, isTool: false });
      else if (r.role === 'assistant' && r.tool_calls?.length) {
        if (!r.tool_calls.every((c) => answered.has(c.id))) continue;
        r.tool_calls.forEach((c) => keptCalls.add(c.id));
        messages.push({
          msg: {
            role: 'assistant',
            content: r.content || null,
            tool_calls: r.tool_calls.map((c) => ({
              id: c.id,
              type: 'function' as const,
              function: { name: c.name, arguments: c.arguments },
            })),
          },
          cited: false,
          isTool: false,
        });
      } else if (r.role === 'assistant') {
        if (r.content)
          messages.push({
            msg: { role: 'assistant', content: r.content },
            cited: false,
            isTool: false,
          });
      } else if (r.tool_call_id && keptCalls.has(r.tool_call_id)) {
        messages.push({
          msg: { role: 'tool', tool_call_id: r.tool_call_id, content: r.content },
          cited: r.cited,
          isTool: true,
        });
      }
    }
    return { messages };
  });
}

/** The history to send before the new user message, within `budget` estimated tokens. */
export function buildHistory(
  rows: StoredMessage[],
  context: Array<{ role: 'user' | 'assistant'; content: string }> = [],
  budget = HISTORY_TOKEN_BUDGET,
): Msg[] {
  const turns: Turn[] = [
    ...context.map((c) => ({
      messages: [{ msg: { role: c.role, content: c.content } as Msg, cited: false, isTool: false }],
    })),
    ...toTurns(rows),
  ];
  const total = () =>
    turns.reduce((sum, t) => sum + t.messages.reduce((s, m) => s + messageTokens(m.msg), 0), 0);
  // 1. Replace uncited tool results, oldest first.
  for (const turn of turns) {
    if (total() <= budget) break;
    for (const m of turn.messages)
      if (m.isTool && !m.cited)
        m.msg = { ...(m.msg as { role: 'tool'; tool_call_id: string }), content: OMITTED };
  }
  // 2. Drop whole turns, oldest first.
  while (turns.length && total() > budget) turns.shift();
  return turns.flatMap((t) => t.messages.map((m) => m.msg));
}
