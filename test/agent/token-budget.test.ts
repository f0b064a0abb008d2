// Per-conversation token budget: once a conversation has used its budget the model is not called again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import type { ChatEvent } from '../../server/agent/events';
import { runChatTurn } from '../../server/agent/run-turn';
import { createTestDeps } from '../helpers/test-deps';
import { startScriptedLlm, type ScriptedLlm } from '../helpers/scripted-llm';

let llm: ScriptedLlm;
let deps: AppDeps;

beforeAll(async () => {
  llm = await startScriptedLlm();
  deps = await createTestDeps({
    tools: [],
    env: {
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: 'sk-test',
      CONVERSATION_TOKEN_BUDGET: '150',
    },
  });
});
afterAll(async () => {
  await llm.close();
  await deps.db.close();
});

describe('conversation token budget', () => {
  it('answers while under budget, then refuses politely without calling the model', async () => {
    llm.push({
      text: 'Hello, how can I help?',
      usage: { prompt_tokens: 120, completion_tokens: 40 },
    });
    const first = await runChatTurn(deps, { message: 'hi', surface: 'agent' }, () => {});
    expect(first.text).toContain('Hello, how can I help?');
    expect(llm.requests).toHaveLength(1);

    const events: ChatEvent[] = [];
    const second = await runChatTurn(
      deps,
      { message: 'and another thing', surface: 'agent', conversationId: first.conversationId },
      (e) => events.push(e),
    );
    expect(llm.requests).toHaveLength(1); // the model was not called again
    expect(second.text).toMatch(/used its language-model budget \(150 tokens\).*new conversation/);
    expect(events.at(-1)?.type).toBe('done');
    expect(events.some((e) => e.type === 'error')).toBe(false);
  });
});
