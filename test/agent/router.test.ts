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
  ])('"%s" asks demand_forecast', (message, args) => {
    const r = route(message);
    expect(r?.tool).toBe('demand_forecast');
    expect(r?.arguments).toEqual(args);
  });

  it('keeps stockout questions on stockout_risk', () => {
    expect(route('which SKUs run out in Germany in the next 2 weeks')?.tool).toBe('stockout_risk');
  });
});

describe('router: a compliance plan asked for in Chinese', () => {
  it.each(['我要在欧盟卖儿童玩具，给我一个合规计划', '在德國賣藍牙耳機的合規計劃'])(
    '"%s" asks compliance_plan',
    (message) => {
      expect(route(message)?.tool).toBe('compliance_plan');
    },
  );
});
