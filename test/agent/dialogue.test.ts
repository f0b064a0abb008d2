// The no-LLM mode in seller words: the examples, follow-ups that change one slot, and questions with
// choices whose reply fills the slot; state is kept with the conversation in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import type { ChatEvent } from '../../server/agent/events';
import { nextRoute, stateOf, type DialogueState } from '../../server/agent/dialogue';
import { runChatTurn } from '../../server/agent/run-turn';
import { EMPTY_CATALOGUE } from '../../core/slots/index';
import { generateDemoInventory } from '../../tools/inventory/demo/generate';
import { writeInventory } from '../../tools/inventory/import/write';
import { createTestDeps } from '../helpers/test-deps';

const NOW = new Date('2026-11-30T10:00:00Z');

describe('nextRoute', () => {
  const ctx = { now: NOW, catalogue: EMPTY_CATALOGUE };
  const converse = (...turns: string[]) => {
    let state: DialogueState | null = null;
    let route = null;
    for (const t of turns) {
      route = nextRoute(t, state, ctx);
      if (route) state = stateOf(route);
    }
    return route;
  };

  it('changes the slot a follow-up names and keeps the others', () => {
    const listing = 'Localize "Wooden toy kitchen, 24 x 12 inches" for Amazon France';
    expect(converse(listing, 'the category is toys')?.arguments).toMatchObject({
      category: 'toys',
      target_market: 'FR',
      listing: { title: 'Wooden toy kitchen, 24 x 12 inches' },
    });
    expect(converse(listing, 'can you do it in English')?.arguments).toMatchObject({
      target_language: 'en',
      target_market: 'FR',
    });
    expect(converse(listing, 'in German')?.arguments).toMatchObject({
      target_language: 'de',
      target_market: 'FR',
    });
    const ads = 'Write Meta ads for a marble cheese board in Canada, brand Lumio';
    expect(converse(ads, 'make it shorter')?.arguments).toMatchObject({
      tone: 'concise',
      market: 'CA',
      product: { name: 'marble cheese board', brand: 'Lumio' },
    });
    expect(converse(ads, 'product: olive wood salad bowl')?.arguments).toMatchObject({
      product: { name: 'olive wood salad bowl', brand: 'Lumio' },
    });
  });

  it('keeps a brand given before the product until the product is known', () => {
    const asked = converse('Write Meta ads for Canada, brand Lumio');
    expect(asked?.missing).toEqual(['product']);
    expect(
      converse('Write Meta ads for Canada, brand Lumio', 'a marble cheese board')?.arguments,
    ).toMatchObject({ product: { name: 'marble cheese board', brand: 'Lumio' }, market: 'CA' });
  });

  it('answers small talk after a request with help, not with a rerun', () => {
    expect(converse('Show slow movers in Japan', 'thanks!')).toBeNull();
  });
});

describe('no-LLM conversations', () => {
  let deps: AppDeps;
  beforeAll(async () => {
    deps = await createTestDeps({ now: NOW });
    // The demo seller of `npm start`, with its sales of November (enough for every window used here).
    const demo = generateDemoInventory('2026-11-30');
    const recent = { ...demo, sales: demo.sales.filter((s) => s.date >= '2026-11-01') };
    await deps.db.transaction((tx) => writeInventory(tx, recent));
  });
  afterAll(async () => deps.db.close());

  const turn = async (message: string, conversationId?: string) => {
    const events: ChatEvent[] = [];
    const result = await runChatTurn(deps, { message, conversationId, surface: 'cli' }, (e) =>
      events.push(e),
    );
    const call = events.find((e) => e.type === 'tool_call') as
      { name: string; arguments: Record<string, unknown> } | undefined;
    return { result, call, id: result.conversationId };
  };

  it('routes the messages that used to fail to the right tool with the slots they name', async () => {
    const ads = await turn('Write Google search ads for waterproof trail running shoes in the US');
    expect(ads.call).toMatchObject({
      name: 'generate_ad_copy',
      arguments: {
        platform: 'google_search',
        market: 'US',
        product: { name: 'waterproof trail running shoes' },
      },
    });
    const zhAds = await turn('帮我写一条TikTok广告文案，产品是宠物饮水机，卖美国');
    expect(zhAds.call).toMatchObject({
      name: 'generate_ad_copy',
      arguments: { platform: 'tiktok', market: 'US', product: { name: '宠物饮水机' } },
    });
    const de = await turn('给德国市场的电动牙刷写谷歌搜索广告');
    expect(de.call?.arguments).toMatchObject({ market: 'DE', product: { name: '电动牙刷' } });

    const localize = await turn(
      'Localize "Insulated water bottle, 750 ml, 24.99 USD" for Amazon Japan',
    );
    expect(localize.call).toMatchObject({
      name: 'localize_listing',
      arguments: {
        target_market: 'JP',
        platform: 'amazon',
        listing: {
          title: 'Insulated water bottle, 750 ml',
          price: { amount: 24.99, currency: 'USD' },
        },
      },
    });

    const restock = await turn('美国仓需要补多少货？');
    expect(restock.call).toMatchObject({ name: 'reorder_plan', arguments: { markets: ['US'] } });

    const bears = await turn('How many Plush Bears do I have?');
    expect(bears.call?.name).toBe('inventory_status');
    expect(bears.call?.arguments.skus).toHaveLength(8);
    expect(bears.result.text).toContain('TP-PLS-001');
    expect(bears.result.text).not.toContain('TP-EAR-001');

    const soon = await turn('Which SKUs will run out in the next 2 weeks?');
    expect(soon.call).toMatchObject({ name: 'stockout_risk', arguments: { horizon_days: 14 } });
    expect(soon.result.text).not.toContain('could not answer');
  });

  it('changes one slot on a follow-up and starts fresh on a new request', async () => {
    const first = await turn('Show slow movers in Japan');
    expect(first.call).toMatchObject({ name: 'slow_movers', arguments: { markets: ['JP'] } });
    const us = await turn('and in the US?', first.id);
    expect(us.call).toMatchObject({ name: 'slow_movers', arguments: { markets: ['US'] } });
    const fba = await turn('only FBA DE please', first.id);
    expect(fba.call?.arguments).toEqual(expect.objectContaining({ warehouses: ['FBA-DE'] }));
    expect(fba.call?.arguments.markets).toBeUndefined();
    const fresh = await turn('What certification do toys need in the EU?', first.id);
    expect(fresh.call).toMatchObject({ name: 'compliance_lookup', arguments: { markets: ['EU'] } });
    const fr = await turn('那法国呢？', first.id);
    expect(fr.call).toMatchObject({ name: 'compliance_lookup', arguments: { markets: ['FR'] } });

    const ads = await turn('Write Google search ads for a walnut serving tray in the US');
    const tiktok = await turn('switch it to TikTok', ads.id);
    expect(tiktok.call).toMatchObject({
      name: 'generate_ad_copy',
      arguments: { platform: 'tiktok', market: 'US', product: { name: 'walnut serving tray' } },
    });
    const german = await turn('in German', ads.id);
    expect(german.call?.arguments).toMatchObject({ language: 'de', market: 'US' });
  });

  it('asks for a missing slot with its choices and takes the reply as that slot', async () => {
    const ask = await turn('幫我寫英國市場的臉書廣告');
    expect(ask.call).toBeUndefined();
    expect(ask.result.text).toContain('是什麼產品');
    const filled = await turn('產品是折疊露營椅', ask.id);
    expect(filled.call).toMatchObject({
      name: 'generate_ad_copy',
      arguments: { platform: 'meta', market: 'GB', product: { name: '折疊露營椅' } },
    });

    const noMarket = await turn('Write TikTok ads for a camping lantern');
    expect(noMarket.result.text).toContain('Which market?');
    expect(noMarket.result.text).toContain('GB (United Kingdom)');
    const au = await turn('Australia', noMarket.id);
    expect(au.call).toMatchObject({
      name: 'generate_ad_copy',
      arguments: { market: 'AU', platform: 'tiktok', product: { name: 'camping lantern' } },
    });

    const noPlatform = await turn('Write ads for a camping lantern in Germany');
    expect(noPlatform.result.text).toContain('google_search, meta, tiktok');
    const product = await turn(
      'a foldable laundry basket',
      (await turn('Write Meta ads for Germany')).id,
    );
    expect(product.call?.arguments).toMatchObject({ product: { name: 'foldable laundry basket' } });
  });
});
