// Every example question of the demo page, sent through POST /api/chat as a click does, with no model configured:
// each must reach the right tool with the right market and give a useful answer (variants, a converted price, rows).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { createApp } from '../../server/app';
import { DEMO_EXAMPLES } from '../../server/surfaces/web/demo-page';
import { ensureBundledKnowledge } from '../../knowledge/ingest/bundled';
import { generateDemoInventory } from '../../tools/inventory/demo/generate';
import { writeInventory } from '../../tools/inventory/import/write';
import { createTestDeps } from '../helpers/test-deps';
import type { Answer } from '../../core/answer';
import { answerToMarkdown } from '../../core/answer-markdown';

const NOW = new Date('2026-11-30T10:00:00Z');

interface Expected {
  tool: string;
  market: (args: Record<string, unknown>) => unknown;
  code: string;
  /** What a seller must see in the answer. */
  shows: RegExp;
}

const compliance = (code: string, shows: RegExp): Expected => ({
  tool: 'compliance',
  market: (a) => a.markets ?? a.market,
  code,
  shows,
});

const EXPECTED: Record<string, Expected> = {
  'What certification do toys need in the EU?': compliance('EU', /EN ?71|CE/),
  'What do I need to sell Bluetooth earbuds in Germany?': compliance('DE', /WEEE|RED|radio/i),
  '玩具出口欧盟需要什么认证？': compliance('EU', /EN ?71|CE/),
  '在美国卖锂电池产品有什么要求？': compliance('US', /UN ?38\.3|lithium|锂/i),
  'Localize my listing "Insulated water bottle, 750 ml, 24.99 USD" for Amazon Japan': {
    tool: 'localize_listing',
    market: (a) => a.target_market,
    code: 'JP',
    shows: /￥|¥|JPY/,
  },
  '把商品"保温水杯 750 毫升 24.99 美元"本地化到日本亚马逊': {
    tool: 'localize_listing',
    market: (a) => a.target_market,
    code: 'JP',
    shows: /￥|¥|JPY/,
  },
  'Write Google search ads for waterproof trail running shoes in the US': {
    tool: 'generate_ad_copy',
    market: (a) => a.market,
    code: 'US',
    shows: /Variant 1/,
  },
  帮我写美国市场防水越野跑鞋的谷歌搜索广告: {
    tool: 'generate_ad_copy',
    market: (a) => a.market,
    code: 'US',
    shows: /方案 1/,
  },
  'Which SKUs will run out in Germany?': {
    tool: 'stockout_risk',
    market: (a) => a.markets ?? a.warehouses,
    code: 'DE',
    shows: /\| SKU \|/,
  },
  'Show slow movers in Japan': {
    tool: 'slow_movers',
    market: (a) => a.markets ?? a.warehouses,
    code: 'JP',
    shows: /\| SKU \|/,
  },
  '德国哪些SKU会断货？': {
    tool: 'stockout_risk',
    market: (a) => a.markets ?? a.warehouses,
    code: 'DE',
    shows: /SKU/,
  },
  '美国仓需要补货多少？': {
    tool: 'reorder_plan',
    market: (a) => a.markets ?? a.warehouses,
    code: 'US',
    shows: /SKU/,
  },
};

function parseSse(body: string) {
  return body
    .split('\n\n')
    .filter((b) => b.trim())
    .map((block) => {
      const [event, data] = block.split('\n');
      return { event: event.slice(7), data: JSON.parse(data.slice(6)) };
    });
}

describe('the demo page examples, without a model', () => {
  let deps: AppDeps;
  beforeAll(async () => {
    deps = await createTestDeps({ now: NOW });
    await ensureBundledKnowledge(deps);
    await deps.db.transaction((tx) => writeInventory(tx, generateDemoInventory('2026-11-30')));
  });
  afterAll(async () => deps.db.close());

  it('has an expectation for every example on the page', () => {
    expect(DEMO_EXAMPLES.map((e) => e.message).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const example of DEMO_EXAMPLES) {
    it(`answers "${example.message}" usefully`, async () => {
      const expected = EXPECTED[example.message];
      const res = await createApp(deps).request('/api/chat', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ message: example.message }),
      });
      expect(res.status).toBe(200);
      const events = parseSse(await res.text());
      const call = events.find((e) => e.event === 'tool_call')?.data;
      expect(call?.name).toContain(expected.tool);
      expect(JSON.stringify(expected.market(call.arguments))).toContain(expected.code);
      const result = events.find((e) => e.event === 'tool_result')?.data;
      expect(result?.ok).toBe(true);
      const answer = events.find((e) => e.event === 'answer')?.data as Answer;
      const text = answerToMarkdown(answer);
      expect(text).toMatch(expected.shows);
      expect(text).not.toMatch(/compliance_checklist|compliance_lookup|还需要|still need/);
      if (example.lang === 'zh') expect(text).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});
