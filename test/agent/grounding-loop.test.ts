// Grounded LLM answers end to end: a scripted model over real HTTP invents figures; the user never sees them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import type { ChatEvent } from '../../server/agent/events';
import { runChatTurn } from '../../server/agent/run-turn';
import { loadMessages } from '../../server/agent/conversation-store';
import { createTestDeps } from '../helpers/test-deps';
import { startScriptedLlm, type RecordedRequest, type ScriptedLlm } from '../helpers/scripted-llm';
import { fakeComplianceLookup } from './agent-test-tools';

let llm: ScriptedLlm;
let deps: AppDeps;

beforeAll(async () => {
  llm = await startScriptedLlm();
  deps = await createTestDeps({
    tools: [fakeComplianceLookup],
    env: { OPENAI_BASE_URL: llm.baseURL, OPENAI_API_KEY: 'sk-test', LLM_TIMEOUT_MS: '2000' },
  });
});
afterAll(async () => {
  await llm.close();
  await deps.db.close();
});
afterEach(() => {
  expect(llm.pending()).toBe(0);
  llm.requests.length = 0;
});

async function turn(message: string) {
  const events: Array<ChatEvent & { at: number }> = [];
  const started = Date.now();
  const result = await runChatTurn(deps, { message, surface: 'agent' }, (e) =>
    events.push({ ...e, at: Date.now() - started }),
  );
  const tokens = events.filter((e) => e.type === 'token').map((e) => (e as { text: string }).text);
  const grounding = events.find((e) => e.type === 'grounding');
  return { result, events, tokens, shown: tokens.join(''), grounding };
}

const lookUpToys = {
  toolCalls: [{ name: 'compliance_lookup', arguments: { question: 'toys EU' } }],
};
const INVENTED =
  'Toys need CE marking and EN 71 conformity [1]. The fine for missing it is 99 million yen. ' +
  'Sellers also need an EU responsible person [2].';

const lastUserMessage = (req: RecordedRequest) =>
  req.body.messages.filter((m: { role: string }) => m.role === 'user').at(-1).content as string;

describe('grounded LLM answers', () => {
  it('uses the second answer when the model invents a figure once', async () => {
    llm.push(lookUpToys, { text: INVENTED }, (req) => {
      // The rewrite request names what was unsupported and offers no tools.
      expect(req.body.tools).toBeUndefined();
      expect(req.body.messages.at(-2)).toEqual({ role: 'assistant', content: INVENTED });
      expect(lastUserMessage(req)).toContain('"99 million yen"');
      expect(lastUserMessage(req)).toContain('- The fine for missing it is 99 million yen.');
      return { text: 'The sources do not state a fine amount [1].' };
    });
    const { result, shown, grounding } = await turn('What do toys need in the EU?');
    expect(llm.requests).toHaveLength(3);
    expect(shown).not.toContain('99');
    expect(result.text).toContain('Toys need CE marking and EN 71 conformity [1].');
    expect(result.text).toContain('Sellers also need an EU responsible person [2].');
    expect(result.text).toContain('The sources do not state a fine amount [1].');
    expect(result.text).not.toContain('removed');
    expect(grounding).toMatchObject({ unsupported: 1, regenerated: true, removed: 0 });
    const rows = await loadMessages(deps.db, result.conversationId);
    expect(rows.at(-1)?.grounding).toMatchObject({ unsupported: 1, regenerated: true, removed: 0 });
  });

  it('never shows a figure the model keeps inventing, shows the rest, and says statements were removed', async () => {
    llm.push(lookUpToys, { text: INVENTED }, { text: 'The fine is 99 million yen [1].' });
    const { result, shown, grounding, tokens } = await turn('What do toys need in the EU?');
    expect(llm.requests).toHaveLength(3);
    expect(tokens.some((t) => t.includes('99'))).toBe(false);
    expect(shown).not.toContain('99');
    expect(result.text).toContain('EN 71 conformity [1]');
    expect(result.text).toContain('EU responsible person [2]');
    expect(result.text).toContain('Some statements were removed because no source supported them.');
    expect(grounding).toMatchObject({ unsupported: 2, regenerated: true, removed: 1 });
    const rows = await loadMessages(deps.db, result.conversationId);
    expect(rows.at(-1)?.grounding).toEqual({
      checked: 6,
      unsupported: 2,
      regenerated: true,
      removed: 1,
    });
  });

  it('passes a correct answer untouched, with figures written differently from the sources, and no extra call', async () => {
    const answer =
      'Germany charges 19% VAT [1]. Since 1 July 2021, EU distance sales over €10000 a year are taxed ' +
      'where the goods arrive [1], and returns are due within ten days after the month ends [1].';
    llm.push(
      { toolCalls: [{ name: 'compliance_lookup', arguments: { question: 'VAT Germany' } }] },
      { text: answer },
    );
    const { result, grounding } = await turn('What VAT applies in Germany?');
    expect(llm.requests).toHaveLength(2);
    expect(result.text.startsWith(answer)).toBe(true);
    // 19%, 1 July 2021, €10000, ten days and one [1] per sentence.
    expect(grounding).toMatchObject({
      checked: 6,
      unsupported: 0,
      regenerated: false,
      removed: 0,
    });
  });

  it('holds a citation marker that points to no source of the turn', async () => {
    llm.push(lookUpToys, { text: 'Toys need EN 71 [1]. Batteries need a label [7].' }, (req) => {
      expect(lastUserMessage(req)).toContain('"[7]"');
      return { text: 'Batteries are not covered by the sources found.' };
    });
    const { result } = await turn('toys');
    expect(result.text).not.toContain('[7]');
    expect(result.text).toContain('Batteries are not covered by the sources found.');
  });

  it('streams each checked sentence before the model has finished (first token close to the model)', async () => {
    llm.push(lookUpToys, {
      text: 'Toys need CE marking [1]. They also need EN 71 conformity [1]. An EU responsible person must be named on the product [2].',
      chunkSize: 6,
      chunkDelayMs: 25,
    });
    const { events } = await turn('toys');
    const tokens = events.filter((e) => e.type === 'token');
    const last = events.find((e) => e.type === 'grounding')!.at;
    // ~20 chunks at 25 ms: the first sentence is out long before the last chunk arrives.
    expect(tokens[0].at).toBeLessThan(last - 250);
    expect(tokens.length).toBeGreaterThanOrEqual(3);
  });

  it('says the knowledge base does not cover a question the tools found nothing for, and removes invented figures', async () => {
    llm.push(
      { toolCalls: [{ name: 'compliance_lookup', arguments: { question: 'widgets on Mars' } }] },
      (req) => {
        const toolMessage = req.body.messages.at(-1);
        expect(toolMessage.role).toBe('tool');
        expect(toolMessage.content).toContain('the knowledge base does not cover this question');
        return { text: 'Mars widgets pay a 12% levy and must register within 30 days.' };
      },
      (req) => {
        expect(lastUserMessage(req)).toContain('knowledge base does not cover');
        return { text: 'The levy on Mars widgets is 12%.' };
      },
    );
    const { result, shown, grounding } = await turn('What rules apply to widgets on Mars?');
    expect(shown).not.toMatch(/12|30/);
    expect(result.text).toContain('The knowledge base does not cover this question');
    expect(grounding).toMatchObject({ regenerated: true, removed: 1 });
  });

  it('answers in Chinese and removes an invented Chinese figure, noting it in Chinese', async () => {
    llm.push(
      { toolCalls: [{ name: 'compliance_lookup', arguments: { question: '增值税 德国' } }] },
      { text: '德国标准增值税率为百分之十九[1]。逾期申报罚款为五万欧元。' },
      { text: '罚款为五万欧元。' },
    );
    const { result, shown } = await turn('德国的增值税是多少？');
    expect(result.text).toContain('德国标准增值税率为百分之十九[1]。');
    expect(shown).not.toContain('五万');
    expect(result.text).toContain('部分陈述因没有来源支持已被删除。');
  });
});
