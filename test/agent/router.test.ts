// The no-LLM router on forecast and "reorder before <event>" questions (en and zh), on a pinned clock.
import { describe, expect, it } from 'vitest';
import { EMPTY_CATALOGUE } from '../../core/slots/index';
import { routeMessage } from '../../server/agent/router';

const route = (message: string) =>
  routeMessage(message, { now: new Date('2026-11-02T10:00:00Z'), catalogue: EMPTY_CATALOGUE });

describe('router: reorder horizons and forecasts', () => {
  it.each([
    ['How much should I reorder before Black Friday?', { arrive_by: '2026-11-26' }],
    ['reorder before Christmas for Germany', { markets: ['DE'], arrive_by: '2026-12-24' }],
    ['圣诞节前需要补多少货？', { arrive_by: '2026-12-24' }],
    ['黑五之前要补多少货', { arrive_by: '2026-11-26' }],
  ])('"%s" asks reorder_plan for stock that arrives in time', (message, args) => {
    const r = route(message);
    expect(r?.tool).toBe('reorder_plan');
    expect(r?.arguments).toEqual(args);
  });

  it.each([
    ['Forecast demand for the next 8 weeks', { horizon_days: 56 }],
    ['how many units will we sell before Christmas?', { horizon_days: 53 }],
    ['预测一下未来30天的销量', { horizon_days: 30 }],
    ['預測德國倉的銷量', { markets: ['DE'] }],
    ['sales forecast for the next 9 months', { horizon_days: 180 }],
    [
      'How many phone cases will I sell in Germany over the next 4 weeks?',
      { markets: ['DE'], horizon_days: 28 },
    ],
    ['what do we expect to sell in the UK next month', { markets: ['GB'], horizon_days: 30 }],
    ['德国仓未来两周会卖多少？', { markets: ['DE'], horizon_days: 14 }],
  ])('"%s" asks demand_forecast', (message, args) => {
    const r = route(message);
    expect(r?.tool).toBe('demand_forecast');
    expect(r?.arguments).toEqual(args);
  });

  it('keeps stockout questions on stockout_risk', () => {
    expect(route('which SKUs run out in Germany in the next 2 weeks')?.tool).toBe('stockout_risk');
  });
});

describe('router: plain requests for plans and a number of ad variants', () => {
  it.each([
    ['我要在欧盟卖儿童玩具，给我一个合规计划', ['EU'], '儿童玩具'],
    ['Give me a step-by-step launch plan for selling earbuds in Japan', ['JP'], 'earbuds'],
    ['give me a launch plan for toys in the EU', ['EU'], 'toys'],
    ['美国市场蓝牙音箱的合规方案', ['US'], '蓝牙音箱'],
  ])('"%s" asks compliance_plan for %j, product %s', (message, markets, product) => {
    const r = route(message);
    expect(r?.tool).toBe('compliance_plan');
    expect(r?.arguments.markets).toEqual(markets);
    expect(r?.arguments.product).toBe(product);
  });

  it('does not take the plan words for the product', () => {
    expect(route('在英国卖化妆品，给我一个合规计划')?.arguments.product).toBe('化妆品');
    expect(route('我要在欧盟卖儿童玩具，给我一个合规计划')?.arguments.product).toBe('儿童玩具');
  });

  it.each([
    ['we need an action plan for the Black Friday sale'],
    ['I need an action plan for my warehouse'],
  ])('"%s" is not a compliance plan', (message) => {
    expect(route(message)?.tool).not.toBe('compliance_plan');
  });

  it.each(['给我一个合规计划', 'give me a compliance plan'])(
    '"%s" asks which market instead of running the plan without one',
    (message) => {
      const r = route(message);
      expect(r?.tool).toBe('compliance_plan');
      expect(r?.missing).toEqual(['markets']);
    },
  );

  it.each([
    ['给TikTok写三条蓝牙耳机的广告文案，市场美国', 3, '蓝牙耳机'],
    ['写5条亚马逊广告：瑜伽垫，美国', 5, '瑜伽垫'],
    ['Write 5 Google ads for my yoga mat in the UK', 5, 'yoga mat'],
    ['give me two headlines for my phone case on Meta in the US', 2, 'phone case'],
  ])('"%s" asks generate_ad_copy for %i variants of %s', (message, variants, product) => {
    const r = route(message);
    expect(r?.tool).toBe('generate_ad_copy');
    expect(r?.arguments.variants).toBe(variants);
    expect((r?.arguments.product as { name: string }).name).toBe(product);
  });

  it.each([
    '帮我为5个市场写蓝牙耳机的亚马逊广告',
    '给蓝牙耳机写亚马逊美国广告，有三种颜色',
    'Write Google ads for my earbuds in the US with 5 word headlines',
    'Write Google ads for my earbuds in the US, 30 character headlines',
  ])('"%s" counts markets, colours or headline length, not ad variants', (message) => {
    const r = route(message);
    expect(r?.tool).toBe('generate_ad_copy');
    expect(r?.arguments.variants).toBeUndefined();
  });
});

describe('router: localization requests', () => {
  it('takes the source market from the price currency and reads 在地化 as localize', () => {
    const zh = route('帮我把这个商品本地化到日本：不锈钢保温杯 500ml 售价 89 元');
    expect(zh?.tool).toBe('localize_listing');
    expect(zh?.arguments.source_market).toBe('CN');
    const hant = route('幫我把這個商品在地化到德國：不鏽鋼保溫杯 500ml 售價 20 美元');
    expect(hant?.tool).toBe('localize_listing');
    expect(hant?.arguments).toMatchObject({ source_market: 'US', target_market: 'DE' });
  });
});
