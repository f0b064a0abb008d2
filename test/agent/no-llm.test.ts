// The no-LLM mode: the router's picks in English and Chinese, and whole turns answered from templates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import type { ChatEvent } from '../../server/agent/events';
import { detectLanguage } from '../../server/agent/language';
import { findSkuCodes } from '../../core/slots/catalogue';
import { routeMessage } from '../../server/agent/router';
import { runChatTurn } from '../../server/agent/run-turn';
import { createTestDeps } from '../helpers/test-deps';
import { evalRouter } from '../evals/router-eval';
import { fakeComplianceLookup } from './agent-test-tools';

describe('router', () => {
  it.each([
    [
      'What certification do toys need in the EU?',
      'compliance_lookup',
      { markets: ['EU'], category: 'toys' },
    ],
    ['玩具出口欧盟需要什么认证？', 'compliance_lookup', { markets: ['EU'], category: 'toys' }],
    [
      '藍牙耳機賣到德國要做CE認證嗎？',
      'compliance_lookup',
      { markets: ['DE'], category: 'radio-equipment' },
    ],
    [
      'Give me a compliance checklist for selling toys in Germany',
      'compliance_checklist',
      { markets: ['DE'], category: 'toys' },
    ],
    ['Which SKUs will run out in Germany?', 'stockout_risk', { markets: ['DE'] }],
    ['德国哪些SKU会断货？', 'stockout_risk', { markets: ['DE'] }],
    ['英國倉庫要補貨多少', 'reorder_plan', { markets: ['GB'] }],
    ['美国仓之间怎么调货', 'transfer_suggestions', { markets: ['US'] }],
    ['哪些商品滯銷？', 'slow_movers', {}],
    ['ABC-123 还有多少库存', 'inventory_status', { skus: ['ABC-123'] }],
    [
      'Write Google ad copy for the US: Trail running shoes, waterproof, 320 g',
      'generate_ad_copy',
      {
        platform: 'google_search',
        market: 'US',
        product: { name: 'Trail running shoes', features: ['waterproof', '320 g'] },
      },
    ],
  ])('%s -> %s', (message, tool, args) => {
    const route = routeMessage(message);
    expect(route?.tool).toBe(tool);
    expect(route?.arguments).toMatchObject(args);
  });

  it('reads SKUs, platforms and languages, and asks for what is missing', () => {
    expect(findSkuCodes('Will TP-EAR-001 and LED-200 run out? (EN-71, USB-C)')).toEqual([
      'TP-EAR-001',
      'LED-200',
    ]);
    expect(routeMessage('Localize this listing: Wooden gift box')?.missing).toContain(
      'target_market',
    );
    expect(routeMessage('hello')).toBeNull();
    expect(detectLanguage('德國的增值稅怎麼算')).toBe('zh-Hant');
    expect(detectLanguage('德国的增值税怎么算')).toBe('zh-Hans');
    expect(detectLanguage('VAT in Germany')).toBe('en');
  });

  it('meets the tool-choice target on the eval set', () => {
    const report = evalRouter();
    expect(report.total).toBeGreaterThanOrEqual(80);
    expect(report.toolAccuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe('no-LLM turns', () => {
  let deps: AppDeps;
  beforeAll(async () => {
    deps = await createTestDeps({ tools: [fakeComplianceLookup] });
  });
  afterAll(async () => deps.db.close());

  const turn = async (message: string, conversationId?: string) => {
    const events: ChatEvent[] = [];
    const result = await runChatTurn(deps, { message, conversationId, surface: 'cli' }, (e) =>
      events.push(e),
    );
    return { result, events };
  };

  it('answers a Chinese question from the tool with numbered citations, saying once that no model is used', async () => {
    const { result, events } = await turn('玩具出口欧盟需要什么认证？');
    expect(events[0]).toMatchObject({ type: 'start', mode: 'no-llm' });
    expect(events.find((e) => e.type === 'tool_call')).toMatchObject({
      name: 'compliance_lookup',
      arguments: { question: '玩具出口欧盟需要什么认证？', markets: ['EU'], category: 'toys' },
    });
    expect(result.text).toContain('当前未配置语言模型');
    expect(result.text).toMatch(/EN 71 standards\./);
    expect(result.text).toContain(
      '**来源**\n[1] Directive 2009/48/EC — https://eur-lex.europa.eu/eli/dir/2009/48/oj',
    );
    expect(result.text).not.toContain('compliance_lookup');
    // The same answer as blocks, once complete: the list cites [1] and [2], the sources are numbered to match.
    const answer = events.find((e) => e.type === 'answer');
    expect(answer).toMatchObject({ type: 'answer', ...result.answer });
    expect(result.answer.blocks).toContainEqual(
      expect.objectContaining({
        type: 'list',
        items: [
          expect.objectContaining({ citations: [1] }),
          expect.objectContaining({ citations: [2] }),
        ],
      }),
    );
    expect(result.answer.citations.map((c) => c.n)).toEqual([1, 2]);
    expect(events.findIndex((e) => e.type === 'answer')).toBe(events.length - 2);
    expect(result.text).toContain('不构成法律意见');
    expect(events.filter((e) => e.type === 'citation').map((e) => (e as { n: number }).n)).toEqual([
      1, 2,
    ]);

    const next = await turn('EN 71 for toys in the EU?', result.conversationId);
    expect(next.result.text).not.toContain('No language model is configured');
    expect(next.result.text).not.toContain('not legal advice');
    expect(next.result.text).toContain('[1]');
  });

  it('says plainly when the knowledge base has no answer, and helps when nothing matches', async () => {
    const none = await turn('What are the battery rules in Chile?');
    expect(none.result.text).toContain('The knowledge base has nothing on this.');
    expect(none.events.some((e) => e.type === 'citation')).toBe(false);
    const help = await turn('hello');
    expect(help.result.text).toContain('I can look up compliance rules');
    expect(help.events.some((e) => e.type === 'tool_call')).toBe(false);
  });
});
