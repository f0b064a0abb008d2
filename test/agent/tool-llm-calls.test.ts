// Model calls made inside tools during a chat turn: they stop when the turn is aborted, their tokens count
// against the conversation's budget, and the tools that make them are annotated openWorld.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import type { ChatEvent } from '../../server/agent/events';
import { runChatTurn } from '../../server/agent/run-turn';
import { allTools } from '../../tools/index';
import { generateAdCopyTool } from '../../tools/ads/generate-ad-copy';
import { createTestDeps } from '../helpers/test-deps';
import { startScriptedLlm, type ScriptedLlm } from '../helpers/scripted-llm';

let llm: ScriptedLlm;
let deps: AppDeps;

beforeAll(async () => {
  llm = await startScriptedLlm();
  deps = await createTestDeps({
    tools: [generateAdCopyTool],
    env: { OPENAI_BASE_URL: llm.baseURL, OPENAI_API_KEY: 'sk-test', LLM_TIMEOUT_MS: '20000' },
  });
});
afterAll(async () => {
  await llm.close();
  await deps.db.close();
});
afterEach(() => {
  llm.reset();
  llm.requests.length = 0;
});

const writeAds = {
  toolCalls: [
    {
      name: 'generate_ad_copy',
      arguments: {
        product: { name: 'Trail running shoes', features: ['waterproof'] },
        platform: 'tiktok',
        market: 'US',
        variants: 1,
      },
    },
  ],
};

describe('model calls inside tools', () => {
  it("count the tool's tokens against the conversation budget", async () => {
    llm.push(
      writeAds,
      {
        text: JSON.stringify({ variants: [{ ad_text: ['Dry feet on wet trails.'] }] }),
        usage: { prompt_tokens: 300, completion_tokens: 100 },
      },
      { text: 'Here is your ad copy.' },
    );
    const events: ChatEvent[] = [];
    const result = await runChatTurn(deps, { message: 'ads for my shoes', surface: 'agent' }, (e) =>
      events.push(e),
    );
    expect(llm.requests[1].body.stream).toBeFalsy(); // the tool's own JSON request
    // Two loop steps (100 + 20 each) and the tool's call (300 + 100).
    expect(result.usage).toEqual({ prompt_tokens: 500, completion_tokens: 140, total_tokens: 640 });
    const done = events.find((e) => e.type === 'done');
    expect(done).toMatchObject({ usage: { total_tokens: 640 } });
  });

  it("stop when the turn is aborted, instead of waiting for the model's answer", async () => {
    llm.push(writeAds, { hang: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const result = await runChatTurn(
      deps,
      { message: 'ads for my shoes', surface: 'agent', signal: controller.signal },
      () => undefined,
    );
    expect(result.stopped).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000); // the tool's request has no timeout of its own
  });

  it('are declared: tools that may call the model are openWorld', () => {
    const openWorld = allTools.filter((t) => t.annotations.openWorld).map((t) => t.name);
    expect(openWorld.sort()).toEqual(['compliance_lookup', 'generate_ad_copy', 'localize_listing']);
  });
});
