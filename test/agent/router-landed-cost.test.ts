// The no-LLM router on landed-cost questions: a value with a tax/cost question goes to landed_cost (before the
// compliance intent), with destination, items and currency; what is missing is asked for and a reply fills it.
import { describe, expect, it } from 'vitest';
import { nextRoute, stateOf } from '../../server/agent/dialogue';
import { routeMessage } from '../../server/agent/router';
import { renderMissing } from '../../server/agent/templates';
import { EMPTY_CATALOGUE } from '../../core/slots/index';

const ctx = { now: new Date('2026-11-30T12:00:00Z'), catalogue: EMPTY_CATALOGUE };

describe('router: landed cost', () => {
  it.each([
    [
      'what will a EUR 40 parcel of earbuds to Germany cost in tax?',
      {
        destination: 'DE',
        currency: 'EUR',
        items: [{ description: 'earbuds', value: 40, quantity: 1 }],
      },
    ],
    [
      '寄到澳洲200澳元要交多少税',
      {
        destination: 'AU',
        currency: 'AUD',
        items: [{ description: '商品', value: 200, quantity: 1 }],
      },
    ],
    [
      '寄到美国一个120美元的手电筒包裹要交多少税',
      {
        destination: 'US',
        currency: 'USD',
        items: [{ description: '手电筒', value: 120, quantity: 1 }],
      },
    ],
    [
      '寄到日本一个5000日元的T恤包裹要交多少税',
      {
        destination: 'JP',
        currency: 'JPY',
        items: [{ description: 'T恤', value: 5000, quantity: 1 }],
      },
    ],
    [
      '寄到美国一个200美元的手电筒（HS 8513.10.20）要交多少税',
      {
        destination: 'US',
        currency: 'USD',
        items: [{ description: '手电筒', value: 200, quantity: 1, hs_code: '8513.10.20' }],
      },
    ],
    [
      'What will a JPY 20000 parcel of T-shirts (6109.10-010) to Japan cost in tax?',
      {
        destination: 'JP',
        currency: 'JPY',
        items: [{ description: 'T-shirts', value: 20000, quantity: 1, hs_code: '6109.10-010' }],
      },
    ],
    [
      'landed cost of a USD 1250.50 laptop to the US',
      {
        destination: 'US',
        currency: 'USD',
        items: [{ description: 'goods', value: 1250.5, quantity: 1 }],
      },
    ],
    [
      '寄到德国两个30欧元的耳机要交多少税',
      {
        destination: 'DE',
        currency: 'EUR',
        items: [{ description: '耳机', value: 30, quantity: 2 }],
      },
    ],
    [
      '寄到德国两个耳机，一共60欧元，要交多少税',
      {
        destination: 'DE',
        currency: 'EUR',
        items: [{ description: '耳机', value: 60, quantity: 1 }],
      },
    ],
    [
      '寄到新西兰450纽币的瑜伽垫要交多少税',
      {
        destination: 'NZ',
        currency: 'NZD',
        items: [{ description: '瑜伽垫', value: 450, quantity: 1 }],
      },
    ],
    [
      'what will a EUR 60 parcel of earbuds to Romania cost in tax?',
      {
        destination: 'RO',
        currency: 'EUR',
        items: [{ description: 'earbuds', value: 60, quantity: 1 }],
      },
    ],
    [
      'landed cost of 3 phone cases at USD 12 to the UK',
      {
        destination: 'GB',
        currency: 'USD',
        items: [{ description: 'phone cases', value: 12, quantity: 3 }],
      },
    ],
  ])('%s → landed_cost', (message, args) => {
    const route = routeMessage(message, ctx);
    expect(route).toMatchObject({ tool: 'landed_cost', arguments: args, missing: [] });
  });

  it('leaves tax questions without a value or a parcel to compliance_lookup', () => {
    expect(routeMessage('what is the VAT rate in Germany?', ctx)?.tool).toBe('compliance_lookup');
    expect(routeMessage('do I pay duty on toys in the US?', ctx)?.tool).toBe('compliance_lookup');
  });

  it('asks for the destination, then takes it from the reply', () => {
    const route = routeMessage('landed cost of earbuds worth $30', ctx)!;
    expect(route).toMatchObject({ tool: 'landed_cost', missing: ['destination'] });
    expect(renderMissing(route, 'en')).toContain('Which market?');
    const next = nextRoute('Japan', stateOf(route), ctx)!;
    expect(next).toMatchObject({
      tool: 'landed_cost',
      missing: [],
      arguments: {
        destination: 'JP',
        currency: 'USD',
        items: [{ description: 'earbuds', value: 30, quantity: 1 }],
      },
    });
  });

  it('asks for the value in the language of the question, then takes it from the reply', () => {
    const route = routeMessage('寄到德国的包裹要交多少关税？', ctx)!;
    expect(route).toMatchObject({
      tool: 'landed_cost',
      arguments: { destination: 'DE' },
      missing: ['items'],
    });
    expect(renderMissing(route, 'zh-Hans')).toContain('货值多少');
    const next = nextRoute('40欧元', stateOf(route), ctx)!;
    expect(next).toMatchObject({
      tool: 'landed_cost',
      missing: [],
      arguments: { destination: 'DE', currency: 'EUR', items: [{ value: 40, quantity: 1 }] },
    });
  });
});
