// The claims and restricted-content rules that listings and ads pass through: what each rule matches, where it
// applies, how severe it is, why, what to do instead, and the knowledge-base documents behind it.

export type Severity = 'blocking' | 'warning' | 'info';

export interface ClaimContext {
  /** Rule codes of the target market, e.g. ['EU', 'DE'] or ['US', 'US-CA']. */
  markets: string[];
  category?: string;
  platform?: string;
  now: Date;
  offer?: {
    /** The seller confirms the reference price is the lowest price of the 30 days before the reduction. */
    prior_price_is_lowest_30_days?: boolean;
    /** The offer really ends then (ISO date): makes a deadline claim true. */
    ends_at?: string;
    /** Units really left, when the ad says stock is limited. */
    stock_left?: number;
  };
  /** Claims the seller can prove (e.g. "#1 in Amazon running shoes, May 2026"); matching findings drop to info. */
  substantiated?: string[];
}

export interface ClaimRule {
  id: string;
  title: string;
  patterns: RegExp[];
  /** Applies only in these rule codes (absent: everywhere). */
  markets?: string[];
  categories?: string[];
  platforms?: string[];
  /** Applies only to these fields (e.g. Google headlines). */
  fields?: string[];
  severity: (ctx: ClaimContext) => Severity;
  reason: string;
  suggestion: string;
  /** How a blocking finding is fixed: drop the matched words, or the clause that carries them. */
  fix: 'remove_phrase' | 'remove_clause';
  documents?: string[];
}

const always = (s: Severity) => (): Severity => s;
const inEu = (ctx: ClaimContext) => ctx.markets.includes('EU');

export const GREEN_CLAIMS_BAN_FROM = '2026-09-27';

export const CLAIM_RULES: ClaimRule[] = [
  {
    id: 'health-medical-claim',
    title: 'Health or medical claim',
    patterns: [
      /\b(?:cures?|heals?|treats?|prevents?|fights?|reverses?)\s+(?:\w+\s+){0,2}(?:cancer|diabetes|disease|infections?|covid|arthritis|acne|eczema|depression|anxiety|insomnia|hair loss|inflammation|viruses?|flu|illness|(?:back |joint |muscle )?pain)\b/gi,
      /\b(?:clinically|medically) (?:proven|tested|approved)\b/gi,
      /\b(?:klinisch|medizinisch) (?:getestet|bewiesen|erwiesen|geprüft)\b/gi,
      /\b(?:cliniquement|médicalement) (?:prouvée?s?|testée?s?)\b/gi,
      /\banti[- ]?(?:inflammatory|bacterial|viral)\b/gi,
      /\b(?:boosts?|strengthens?) (?:your )?immun(?:e system|ity)\b/gi,
      /\b(?:pain relief|relieves? pain|detox(?:ifies|ifying)?|lose weight fast|guaranteed weight loss|medical[- ]grade)\b/gi,
    ],
    severity: always('blocking'),
    reason:
      'Claims that a product prevents, treats or cures a disease, or is medically proven, make it a medicine or medical device in most markets and are refused by every ad platform without authorisation.',
    suggestion:
      'Describe what the product does physically (material, fit, use) without health outcomes.',
    fix: 'remove_clause',
  },
  {
    id: 'fda-approved-claim',
    title: '"FDA approved" claim',
    patterns: [/\bFDA[- ]?(?:approved|certified|cleared|registered)\b/gi],
    severity: always('blocking'),
    reason:
      'FDA does not approve cosmetics or most consumer products; MoCRA registration and listing is not an approval, so "FDA approved" is misleading.',
    suggestion:
      'Remove the claim; you may state facts such as "made in an FDA-registered facility" only if true.',
    fix: 'remove_phrase',
    documents: ['us-mocra-registration-listing'],
  },
  {
    id: 'unsubstantiated-ranking',
    title: 'Ranking claim (#1, best-selling) without proof',
    patterns: [
      /(?:^|\s)#\s?1\b/g,
      /\b(?:No\.?\s?1|number one|best[- ]?sell(?:ing|er)|world'?s (?:best|first|leading)|top[- ]rated|award[- ]winning)\b/gi,
      /(?:最好|最佳|第一|国家级|最高级|顶级|No\.1)/g,
    ],
    severity: always('blocking'),
    reason:
      'Factual ranking claims need independent, current proof shown to the customer; Google, Meta and Amazon reject unverified ones and consumer law treats them as misleading.',
    suggestion:
      'Remove it, or list the exact proven claim in `substantiated_claims` and show the proof on the landing page.',
    fix: 'remove_phrase',
  },
  {
    id: 'superlative-puffery',
    title: 'Superlative ("best", "ultimate", "perfect")',
    patterns: [
      /\b(?:the best|best|ultimate|unbeatable|perfect|unrivall?ed|greatest)\b/gi,
      /\b(?:der|die|das) beste[nrs]?\b|\bunschlagbar\b|\b(?:le|la|les) meilleure?s?\b|\bimbattable\b/gi,
    ],
    severity: always('warning'),
    reason:
      'Superlatives without a basis read as puffery at best and as a misleading claim at worst; Amazon ads reject "best".',
    suggestion: 'Prefer a concrete fact: weight, material, rating source, warranty length.',
    fix: 'remove_phrase',
  },
  {
    id: 'price-reduction-prior-price',
    title: 'Price reduction claim',
    patterns: [
      /\b\d{1,2}\s?%\s?(?:off|discount|rabatt|de réduction)\b/gi,
      /\b(?:save|spare|sparen Sie)\s+(?:up to\s+)?\d{1,2}\s?%/gi,
      /(?:^|\s)-\d{1,2}\s?%/g,
      /\b(?:was|previously|reduced from|statt|au lieu de)\s+[$€£¥]?\s?\d[\d.,]*/gi,
      /\b(?:half price|price drop|sale price|now only|reduziert|prix barré)\b/gi,
    ],
    severity: (ctx) =>
      inEu(ctx) ? (ctx.offer?.prior_price_is_lowest_30_days ? 'info' : 'blocking') : 'warning',
    reason:
      'In the EU every announced price reduction must show the prior price, and that prior price must be the lowest price of at least the 30 days before the reduction (Price Indication Directive Art. 6a). Elsewhere the reference price must still be genuine.',
    suggestion:
      'Only announce a reduction when the reference price is the lowest of the last 30 days, show that price, and set offer.prior_price_is_lowest_30_days.',
    fix: 'remove_clause',
    documents: ['eu-omnibus-prior-price-30-days'],
  },
  {
    id: 'generic-environmental-claim',
    title: 'Generic environmental claim',
    patterns: [
      /\b(?:eco[- ]?friendly|environmentally friendly|planet[- ]friendly|earth[- ]friendly|climate[- ](?:neutral|positive|friendly)|carbon[- ](?:neutral|negative|free)|CO2[- ]neutral|green choice|go green|sustainable|nachhaltig|umweltfreundlich|klimaneutral|écologique|respectueux de l'environnement)\b/gi,
    ],
    severity: (ctx) =>
      inEu(ctx)
        ? ctx.now.toISOString().slice(0, 10) >= GREEN_CLAIMS_BAN_FROM
          ? 'blocking'
          : 'warning'
        : 'warning',
    reason:
      'From 27 September 2026 the EU bans generic environmental claims ("eco-friendly", "climate neutral", "sustainable") without proof of recognised excellent environmental performance, and climate claims based on offsetting (Directive (EU) 2024/825). Elsewhere such claims must be specific and substantiated.',
    suggestion:
      'State the specific, provable fact instead, e.g. "made with 70% recycled polyester (certified)".',
    fix: 'remove_clause',
    documents: ['eu-ecgt-green-claims-2026'],
  },
  {
    id: 'fake-scarcity',
    title: 'Urgency or scarcity claim',
    patterns: [
      /\b(?:only \d+ left|last chance|selling out fast|almost gone|while (?:stocks|supplies) last|limited stock|hurry|don'?t miss out|ends (?:tonight|today|soon)|limited time only|act now|nur noch \d+)\b/gi,
    ],
    severity: (ctx) =>
      ctx.offer?.ends_at || ctx.offer?.stock_left !== undefined ? 'warning' : 'blocking',
    reason:
      'Falsely claiming that a product or price is available only for a very limited time or in limited stock is a banned practice under EU and UK consumer law, and Amazon ads reject pressure phrases such as "Last chance".',
    suggestion:
      'Only say it when it is true, and give the real end date or stock (offer.ends_at, offer.stock_left).',
    fix: 'remove_clause',
  },
  {
    id: 'undisclosed-advertising',
    title: 'Ad presented as independent opinion',
    patterns: [
      /\b(?:not (?:an )?ad|#?not ?sponsored|unpaid review|honest review|no ad)\b/gi,
      /(?:広告ではありません|PRではありません)/g,
    ],
    severity: always('blocking'),
    reason:
      'Advertising must be recognisable as advertising: Japan bans stealth marketing, and the FTC and UK rules ban fake or disguised reviews and endorsements.',
    suggestion: 'Remove it; label paid content as an ad (e.g. "Ad", "PR", "広告").',
    fix: 'remove_clause',
    documents: ['jp-stealth-marketing-ban', 'us-ftc-fake-reviews-rule', 'gb-dmcc-fake-reviews-ban'],
  },
  {
    id: 'review-claim',
    title: 'Review or rating claim',
    patterns: [
      /\b(?:5[- ]star(?:s)? rated|rated 5 stars|\d[\d,]* (?:happy|satisfied) customers|customers love|loved by \d)/gi,
    ],
    severity: always('warning'),
    reason:
      'Review and rating claims must reflect genuine, unselected reviews (FTC rule, UK DMCC Act).',
    suggestion: 'Use only ratings you can show with their source and date.',
    fix: 'remove_clause',
    documents: ['us-ftc-fake-reviews-rule', 'gb-dmcc-fake-reviews-ban'],
  },
  {
    id: 'made-in-usa-claim',
    title: '"Made in USA" claim',
    markets: ['US'],
    patterns: [/\bmade in (?:the )?(?:usa|u\.s\.a?\.?|united states|america)\b/gi],
    severity: always('warning'),
    reason:
      'An unqualified "Made in USA" claim is allowed only when all or virtually all of the product is made in the US (FTC Made in USA Labeling Rule).',
    suggestion: 'Qualify it (e.g. "Assembled in USA from imported parts") or remove it.',
    fix: 'remove_phrase',
    documents: ['us-ftc-made-in-usa-rule'],
  },
  {
    id: 'sa-alcohol',
    title: 'Alcohol in Saudi Arabia',
    markets: ['SA'],
    patterns: [
      /\b(?:alcohol(?:ic)?|wine|beer|vodka|whiske?y|rum|gin|tequila|champagne|liquor|spirits|cocktail mix|ethanol)\b(?![- ]?free)/gi,
      /(?:كحول|نبيذ|بيرة)/g,
    ],
    severity: always('blocking'),
    reason: 'Saudi Arabia prohibits importing alcohol and alcohol-containing products.',
    suggestion:
      'Do not list the product for Saudi Arabia; if it is alcohol-free, say so explicitly ("alcohol-free").',
    fix: 'remove_clause',
    documents: ['sa-prohibited-goods'],
  },
  {
    id: 'sa-pork',
    title: 'Pork or pig derivatives in Saudi Arabia',
    markets: ['SA'],
    patterns: [
      /\b(?:pork|bacon|ham|lard|pigskin|pig skin|pig leather|porcine|pepperoni)\b/gi,
      /(?:خنزير)/g,
    ],
    severity: always('blocking'),
    reason:
      'Saudi Arabia prohibits importing pork and all pig derivatives (including pigskin and porcine gelatine).',
    suggestion:
      'Do not list the product for Saudi Arabia, or use a non-porcine material and say which.',
    fix: 'remove_clause',
    documents: ['sa-prohibited-goods'],
  },
  {
    id: 'sa-religious-items',
    title: 'Items contrary to the Islamic faith in Saudi Arabia',
    markets: ['SA'],
    patterns: [/\b(?:crucifix(?:es)?|christmas trees?|rosary|rosaries)\b/gi],
    severity: always('blocking'),
    reason:
      'Saudi Arabia prohibits items contrary to the Islamic faith, such as crosses and Christmas trees for sale.',
    suggestion: 'Do not list the product for Saudi Arabia.',
    fix: 'remove_clause',
    documents: ['sa-prohibited-goods'],
  },
  {
    id: 'halal-claim',
    title: 'Halal claim',
    markets: ['MY', 'ID'],
    patterns: [/\bhalal\b/gi],
    severity: always('warning'),
    reason:
      'Saying "halal" requires a certificate from a recognised halal body (JAKIM-recognised in Malaysia, BPJPH-registered in Indonesia).',
    suggestion: 'Keep the claim only with a valid certificate; name the certifying body.',
    fix: 'remove_phrase',
    documents: ['my-halal-claims', 'id-halal-mandatory-2026'],
  },
  {
    id: 'e-cigarette-banned-market',
    title: 'E-cigarettes where they are banned',
    markets: ['SG', 'TH'],
    patterns: [
      /\b(?:e-?cig(?:arette)?s?|vapes?|vaping|vaporiser|vaporizer|e-liquids?|pod kits?)\b/gi,
    ],
    severity: always('blocking'),
    reason:
      'Singapore and Thailand ban the import and sale of e-cigarettes and e-liquids, including nicotine-free ones.',
    suggestion: 'Do not list or advertise the product in this market.',
    fix: 'remove_clause',
    documents: ['sg-e-vaporiser-ban', 'th-e-cigarette-ban'],
  },
  {
    id: 'google-headline-exclamation',
    title: 'Exclamation mark in a Google Ads headline',
    platforms: ['google_search'],
    fields: ['headlines'],
    patterns: [/!/g],
    severity: always('blocking'),
    reason: 'Google Ads editorial policy does not allow exclamation marks in headlines.',
    suggestion: 'End the headline without "!".',
    fix: 'remove_phrase',
  },
  {
    id: 'amazon-ads-prohibited-phrase',
    title: 'Phrase Amazon ads do not accept',
    platforms: ['amazon_sponsored_brands', 'amazon_sponsored_display'],
    patterns: [/\b(?:click here|buy now|shop now|free shipping)\b/gi],
    severity: always('blocking'),
    reason:
      'Amazon Sponsored Brands and Display moderation rejects non-specific calls to action such as "Click here" and shipping promises in headlines.',
    suggestion: 'Name the product benefit instead of a call to action.',
    fix: 'remove_clause',
  },
];
