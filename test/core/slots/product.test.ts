// The product and brand slots: quoted, "Title:", "产品是…", "for my …", and what is left of a Chinese request.
import { describe, expect, it } from 'vitest';
import { findBrand, findProduct } from '../../../core/slots/product';

describe('product slot', () => {
  it.each([
    [
      'Write Google search ads for waterproof trail running shoes in the US',
      'waterproof trail running shoes',
      [],
    ],
    [
      'Localize "Insulated water bottle, 750 ml, 24.99 USD" for Amazon Japan',
      'Insulated water bottle',
      ['750 ml', '24.99 USD'],
    ],
    ['Title: Bamboo desk organizer\n- 5 compartments', 'Bamboo desk organizer', ['5 compartments']],
    ['帮我写一条TikTok广告文案，产品是蓝牙音箱，卖美国', '蓝牙音箱', []],
    ['给德国市场的电动牙刷写谷歌搜索广告', '电动牙刷', []],
    ['Meta ads for our ceramic planter for Canada', 'ceramic planter', []],
    ['帮我写T恤的亚马逊美国广告', 'T恤', []],
    ['给U盘写三条TikTok广告，市场美国', 'U盘', []],
  ])('%s', (text, name, features) => {
    expect(findProduct(text)).toEqual({ name, features });
  });

  it('finds no product in a request that names none', () => {
    expect(findProduct('幫我寫英國市場的臉書廣告')).toBeUndefined();
    expect(findProduct('Write Google ads for the US')).toBeUndefined();
  });
});

describe('brand slot', () => {
  it.each([
    ['TikTok ads for a desk lamp, brand Lumio', 'Lumio'],
    ['brand name: Nordpeak', 'Nordpeak'],
    ['品牌 Lumio，产品是台灯', 'Lumio'],
    ['品牌是洛米，写广告', '洛米'],
    ['Write ads for a new desk lamp', undefined],
    ['Sponsored Brands video for a desk lamp', undefined],
    ['Sponsored Brands ads, brand is Lumio', 'Lumio'],
  ])('%s', (text, brand) => {
    expect(findBrand(text)).toBe(brand);
  });
});
