// Prompt: localize a product listing for another market and platform with the localize_listing tool.
import { definePrompt } from './define-prompt';

export const localizeListingPrompt = definePrompt({
  name: 'localize-listing',
  title: 'Localize a listing',
  description:
    'Adapt a listing for a target market and platform: units, currency, field limits, required notices and ' +
    'risky claims, checked by the localize_listing tool.',
  arguments: [
    {
      name: 'listing',
      description:
        'The listing to localize: title, bullet points, description, attributes and price (pasted text or JSON).',
      required: true,
      kind: 'text',
    },
    {
      name: 'target_market',
      description: 'The market to sell in: a code or name (e.g. DE, France, JP).',
      required: true,
      kind: 'market',
    },
    {
      name: 'platform',
      description:
        'The marketplace or shop (e.g. amazon, shopify, tiktok_shop, shopee, lazada, mercado_libre, noon).',
      required: true,
      kind: 'text',
    },
    {
      name: 'source_market',
      description: 'The market the listing was written for (default US).',
      kind: 'market',
    },
    {
      name: 'category',
      description: 'Product category (e.g. toys, electronics, cosmetics, apparel).',
      kind: 'category',
    },
  ],
  render: ({ listing, target_market, platform, source_market, category }) =>
    [
      `Localize this ${source_market ?? 'US'} listing for ${platform} in ${target_market}.`,
      '',
      'Listing:',
      '"""',
      listing ?? '',
      '"""',
      '',
      'Steps:',
      `1. Turn the listing into the \`localize_listing\` input: listing {title, bullets, description, attributes, price {amount, currency}}, source_market "${source_market ?? 'US'}", target_market "${target_market}", platform "${platform}"${category ? `, category "${category}"` : ' and the category that fits'}.`,
      '2. Call `localize_listing` and show the localized title, bullets and description.',
      '3. List every unit and currency conversion with the rate and its date, the field limits applied, the required notices with their citations, and each warning with its rule id.',
      '',
      'Keep every number, unit, limit and notice exactly as the tool returns it. If the tool marks fields `needs_translation`, say so instead of translating them yourself.',
    ].join('\n'),
});
