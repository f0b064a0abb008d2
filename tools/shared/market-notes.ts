// Tone and season notes per market group for listing and ad copy, summarised from the 2026 industry report the
// project started from ("industry report 2026"): observations for the writer, not rules.
export interface MarketNotes {
  group: string;
  codes: string[];
  notes: string[];
}

export const MARKET_NOTES: MarketNotes[] = [
  {
    group: 'North America',
    codes: ['US', 'CA'],
    notes: [
      'Mature, competitive market: lead with brand, experience and concrete specifications rather than price.',
      'Shoppers expect fast delivery; sustainability is expected rather than a selling point.',
    ],
  },
  {
    group: 'Europe',
    codes: ['EU', 'DE', 'FR', 'IT', 'ES', 'NL', 'PL', 'GB'],
    notes: [
      'Germany values practicality and technical specifications; France design and brand story; Italy aesthetics.',
      'Environmental claims must be specific and substantiated; easy returns and after-sales matter.',
    ],
  },
  {
    group: 'Southeast Asia',
    codes: ['ID', 'TH', 'VN', 'PH', 'MY', 'SG'],
    notes: [
      'Young, mobile-first, price-sensitive shoppers; social and live-stream commerce dominate.',
      'Ramadan and Eid are the biggest season in Indonesia and Malaysia; respect religious taboos in creatives.',
    ],
  },
  {
    group: 'Latin America',
    codes: ['MX', 'BR', 'CL'],
    notes: [
      'Local idiom and humour matter (Spanish and Portuguese vary by country); bold, warm tone works.',
      'Promotions draw strong response but avoid over-marketing: shoppers value authenticity.',
    ],
  },
  {
    group: 'Middle East',
    codes: ['SA', 'AE'],
    notes: [
      'Brand reputation, quality and experience matter more than price; family and community messages work.',
      'Ramadan and Eid al-Fitr are the peak season; offer Arabic and English.',
    ],
  },
];

/** Notes for a market code (a subdivision uses its country's group). */
export function notesFor(code: string): MarketNotes | undefined {
  const country = code.split('-')[0];
  return MARKET_NOTES.find((g) => g.codes.includes(country));
}
