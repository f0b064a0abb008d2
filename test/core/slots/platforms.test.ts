// The ad-format and marketplace slots in English and Chinese, and Amazon storefront domains as markets.
import { describe, expect, it } from 'vitest';
import { findAdPlatform, findMarketplace, marketOfStorefront } from '../../../core/slots/platforms';

describe('platform slots', () => {
  it.each([
    ['Amazon Sponsored Products campaign', 'amazon_sponsored_products'],
    ['sponsored brands headline for Amazon', 'amazon_sponsored_brands'],
    ['Amazon ads for my lamp', 'amazon_sponsored_products'],
    ['Google search ads', 'google_search'],
    ['谷歌广告', 'google_search'],
    ['an Instagram post ad', 'meta'],
    ['Facebook and TikTok', 'meta'],
    ['抖音广告', 'tiktok'],
    ['亚马逊品牌推广', 'amazon_sponsored_brands'],
  ])('%s -> %s', (text, id) => {
    expect(findAdPlatform(text)).toBe(id);
  });

  it('reads the marketplace a listing is for, and no platform in plain words', () => {
    expect(findMarketplace('for Amazon Japan')).toBe('amazon');
    expect(findMarketplace('上架到虾皮')).toBe('shopee');
    expect(findMarketplace('my TikTok Shop listing')).toBe('tiktok_shop');
    expect(findMarketplace('insulated bottle')).toBeUndefined();
    expect(findAdPlatform('figure out the best price')).toBeUndefined();
  });

  it('reads the market of an Amazon storefront domain', () => {
    expect(marketOfStorefront('selling on amazon.de')).toBe('DE');
    expect(marketOfStorefront('Amazon.co.uk listing')).toBe('GB');
    expect(marketOfStorefront('amazon.com')).toBe('US');
  });
});
