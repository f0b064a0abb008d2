// Prompt: a pre-launch compliance check for one product in one market, grounded in the compliance tools.
import { definePrompt } from './define-prompt';

export const preLaunchCheckPrompt = definePrompt({
  name: 'pre-launch-check',
  title: 'Pre-launch compliance check',
  description:
    'Everything to settle before selling a product in a market: tax, certification and marking, labelling, ' +
    'packaging and EPR, data protection, each with its source, date and status.',
  arguments: [
    {
      name: 'product',
      description: 'The product, in a few words (e.g. "Bluetooth earbuds with a charging case").',
      required: true,
      kind: 'text',
    },
    {
      name: 'market',
      description: 'Where you will sell it: a market code or name (e.g. DE, Germany, 德国).',
      required: true,
      kind: 'market',
    },
    {
      name: 'category',
      description:
        'Product category if you know it (e.g. electronics, toys, cosmetics, batteries).',
      kind: 'category',
    },
    {
      name: 'channel',
      description: 'Where you sell (e.g. amazon, shopify, tiktok_shop), if it matters.',
      kind: 'text',
    },
  ],
  render: ({ product, market, category, channel }) =>
    [
      `I plan to sell ${product} in ${market}${channel ? ` through ${channel}` : ''}. Run a pre-launch compliance check.`,
      '',
      'Steps:',
      `1. Call \`compliance_plan\` with product "${product}" and markets ["${market}"]${category ? ` and category "${category}"` : ''}${channel ? ` and channel "${channel}"` : ''}.`,
      `2. Call \`compliance_lookup\` with markets ["${market}"] for anything specific to "${product}" the plan does not cover (for example claims on the label or materials).`,
      "3. Answer in the plan's order: before listing, tax and customs, ongoing, upcoming changes with their dates; name what the plan says is not covered.",
      '',
      'Rules for the answer:',
      '- Every obligation carries its source (title and link), its effective date and its status exactly as the tools return them.',
      '- Say plainly when a rule is scheduled, recently changed or of low confidence; never state a figure the tools did not return.',
      '- End with the three to five things to do before the first shipment, in order.',
    ].join('\n'),
});
