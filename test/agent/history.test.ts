// History sent to the model: trimmed to a token budget, dropping uncited tool results before whole turns.
import { describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../server/agent/conversation-store';
import { buildHistory, estimateTokens } from '../../server/agent/history';

let id = 0;
const row = (turn: number, m: Partial<StoredMessage>): StoredMessage => ({
  id: ++id,
  turn,
  role: 'user',
  content: '',
  tool_calls: null,
  tool_call_id: null,
  tool_name: null,
  tool_result: null,
  citations: null,
  grounding: null,
  cited: false,
  mode: 'llm',
  model: null,
  prompt_tokens: 0,
  completion_tokens: 0,
  latency_ms: null,
  created_at: '',
  ...m,
});

const big = (label: string) => `${label} ` + 'x'.repeat(4000);
const turnRows = (turn: number) => [
  row(turn, { role: 'user', content: `question ${turn}` }),
  row(turn, {
    role: 'assistant',
    tool_calls: [
      { id: `c${turn}a`, name: 'compliance_lookup', arguments: '{}' },
      { id: `c${turn}b`, name: 'stockout_risk', arguments: '{}' },
    ],
  }),
  row(turn, {
    role: 'tool',
    tool_call_id: `c${turn}a`,
    content: big(`cited ${turn}`),
    cited: true,
  }),
  row(turn, { role: 'tool', tool_call_id: `c${turn}b`, content: big(`uncited ${turn}`) }),
  row(turn, { role: 'assistant', content: `answer ${turn} [1]` }),
];

describe('buildHistory', () => {
  it('keeps everything within the budget', () => {
    const history = buildHistory(turnRows(1), [], 10_000);
    expect(history).toHaveLength(5);
    expect(JSON.stringify(history)).toContain('uncited 1');
  });

  it('omits uncited tool results first and keeps the cited ones', () => {
    const history = buildHistory([...turnRows(1), ...turnRows(2)], [], 2600);
    const text = JSON.stringify(history);
    expect(text).toContain('cited 1');
    expect(text).toContain('cited 2');
    expect(text).not.toContain('uncited 1 x');
    expect(text).toContain('tool result omitted');
    expect(history.filter((m) => m.role === 'tool')).toHaveLength(4); // every tool call still answered
  });

  it('drops the oldest turns when still over budget, and drops tool calls left without results', () => {
    const broken = [
      row(3, { role: 'user', content: 'crashed turn' }),
      row(3, { role: 'assistant', tool_calls: [{ id: 'lost', name: 'x', arguments: '{}' }] }),
    ];
    const history = buildHistory([...turnRows(1), ...turnRows(2), ...broken], [], 1400);
    const text = JSON.stringify(history);
    expect(text).not.toContain('question 1');
    expect(text).toContain('question 2');
    expect(text).toContain('crashed turn');
    expect(text).not.toContain('"lost"');
  });

  it('counts Chinese characters as tokens one by one', () => {
    expect(estimateTokens('德国增值税')).toBe(5 + 4);
    expect(estimateTokens('a'.repeat(40))).toBe(10 + 4);
  });
});
