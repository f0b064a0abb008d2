// Prompt: a restock review over the inventory tools (stockout risk, reorder plan, transfers, slow movers).
import { definePrompt } from './define-prompt';

export const restockReviewPrompt = definePrompt({
  name: 'restock-review',
  title: 'Restock review',
  description:
    'Which SKUs run out before the next shipment lands, what to reorder and how much, what to move between ' +
    'warehouses, and what stock is tied up in slow movers.',
  arguments: [
    {
      name: 'market',
      description:
        'Limit the review to one market (code or name, e.g. DE); all markets when empty.',
      kind: 'market',
    },
    {
      name: 'as_of',
      description: 'Review as of this date (YYYY-MM-DD); today when empty.',
      kind: 'text',
    },
  ],
  render: ({ market, as_of }) => {
    const filter = [market ? `markets ["${market}"]` : '', as_of ? `as_of "${as_of}"` : '']
      .filter(Boolean)
      .join(' and ');
    const using = filter ? ` with ${filter}` : '';
    return [
      `Run a restock review${market ? ` for ${market}` : ' for every market'}${as_of ? ` as of ${as_of}` : ''}.`,
      '',
      'Steps:',
      `1. Call \`stockout_risk\`${using}; keep the critical and warning rows.`,
      `2. Call \`reorder_plan\`${using} and show the quantity to order for those SKUs with the figures behind it (avg_daily_sales, safety_stock, order_up_to, inbound).`,
      `3. Call \`transfer_suggestions\`${using} for stock that can move instead of being reordered.`,
      `4. Call \`slow_movers\`${using} and name the stock that ties up the most money.`,
      '',
      'Answer with tables (sku, warehouse and the figures as the tools name them), critical rows first, and a one-paragraph summary of what to do this week. Use only the figures the tools return.',
    ].join('\n');
  },
});
