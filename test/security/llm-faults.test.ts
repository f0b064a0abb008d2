// Provider faults beyond errors and hangs: malformed streams and garbage bodies end the turn cleanly (fallback to
// the no-LLM mode, said in the answer) and leave the conversation consistent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import type { ChatEvent } from '../../server/agent/events';
import { loadMessages } from '../../server/agent/conversation-store';
import { runChatTurn } from '../../server/agent/run-turn';
import { createTestDeps } from '../helpers/test-deps';
import { sampleTool } from '../helpers/sample-tool';
import { startScriptedLlm, type ScriptedLlm } from '../helpers/scripted-llm';

let llm: ScriptedLlm;
let deps: AppDeps;

beforeAll(async () => {
  llm = await startScriptedLlm();
  deps = await createTestDeps({
    tools: [sampleTool],
    env: { OPENAI_BASE_URL: llm.baseURL, OPENAI_API_KEY: 'sk-test', LLM_TIMEOUT_MS: '500' },
  });
});
afterAll(async () => {
  await llm.close();
  await deps.db.close();
});

const garbage = [
  'data: {"id":"x","choices":[{"index":0,"delta":{"content":"Hel',
  'data: not json at all\n\n',
  '<html>502 Bad Gateway</html>',
];

describe('malformed provider responses', () => {
  it.each(garbage)('falls back to the no-LLM answer and says so on %j', async (raw) => {
    llm.reset();
    llm.push({ raw }, { raw }, { raw });
    const events: ChatEvent[] = [];
    const result = await runChatTurn(deps, { message: 'add 1 and 2', surface: 'agent' }, (e) =>
      events.push(e),
    );
    llm.reset();
    expect(events[0].type).toBe('start');
    expect(events.at(-1)).toMatchObject({ type: 'done', mode: 'no-llm' });
    // One behaviour: the turn falls back to the no-LLM router and says so, without an error event.
    expect(result).toMatchObject({ mode: 'no-llm', fallback: true });
    expect(events.some((e) => e.type === 'error')).toBe(false);
    expect(result.text).toMatch(/language model/i);
    const rows = await loadMessages(deps.db, result.conversationId);
    expect(rows[0]).toMatchObject({ role: 'user', content: 'add 1 and 2' });
    expect(rows.at(-1)).toMatchObject({ role: 'assistant', mode: 'no-llm', content: result.text });
  });
});
