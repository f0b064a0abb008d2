// Prompt: ad copy for one product on one ad platform, within the platform's limits and the claims rules.
import { definePrompt } from './define-prompt';

export const adCopyPrompt = definePrompt({
  name: 'ad-copy',
  title: 'Ad copy within platform limits',
  description:
    'Ad variants for Google Search, Meta, TikTok or Amazon ads that fit the character limits and pass the ' +
    'claims linter (health claims, superlatives, price and green claims).',
  arguments: [
    {
      name: 'product',
      description: 'The product: name, key features and benefits, price and any offer.',
      required: true,
      kind: 'text',
    },
    {
      name: 'platform',
      description:
        'Ad platform: google_search, meta, tiktok, amazon_sponsored_products, amazon_sponsored_brands, amazon_sponsored_display or shopee.',
      required: true,
      kind: 'text',
    },
    {
      name: 'market',
      description: 'The market the ads run in: a code or name (e.g. US, DE).',
      required: true,
      kind: 'market',
    },
  ],
  render: ({ product, platform, market }) =>
    [
      `Write ad copy for ${platform} in ${market}.`,
      '',
      'Product:',
      '"""',
      product ?? '',
      '"""',
      '',
      `1. Call \`generate_ad_copy\` with the product (name, features, benefits, price, offer), platform "${platform}" and market "${market}".`,
      '2. Show each variant field by field with its character count and the limit.',
      '3. List every lint finding with its rule id, severity and suggestion, and say which variants were rewritten or dropped.',
      '',
      'Do not edit the variants yourself: a changed text would no longer be checked against the limits and rules.',
    ].join('\n'),
});
