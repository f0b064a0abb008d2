// The `/tradepilot` grammar: help, shortcuts that call one tool directly, and free questions for the agent.
import { adPlatformIn, landedCostItems } from '../../agent/router';
import { findCategories, normalizeCategory } from '../../../core/domain/categories';
import { getMarket, normalizeMarket } from '../../../core/domain/markets';
import { CADENCES, type Cadence } from './digest-store';

export type CommandPlan =
  | { kind: 'help' }
  | { kind: 'question'; text: string }
  | { kind: 'tool'; tool: string; input: Record<string, unknown> }
  | { kind: 'usage'; message: string }
  | { kind: 'digest'; digest: DigestPlan };

/** `/tradepilot digest ...`: show the channel's subscription, stop it, or (re)subscribe it. */
export type DigestPlan =
  | { action: 'show' }
  | { action: 'off' }
  | { action: 'subscribe'; cadence: Cadence; markets: string[]; categories: string[] };

export const HELP_MARKDOWN = `*tradepilot* answers cross-border e-commerce questions: compliance, listings, ad copy and inventory.

*Ask anything*
\`/tradepilot what certifications do kids' scooters need in the UK?\`
or mention @tradepilot in a channel (answered in a thread; follow-ups in the thread keep the context), or send it a direct message.

*Shortcuts*
• \`/tradepilot stock [market|SKU ...]\`: stock on hand, on the way and days of cover, e.g. \`/tradepilot stock DE\` or \`/tradepilot stock TP-EAR-001\`
• \`/tradepilot risk [market]\`: SKUs that run out before the next shipment lands, e.g. \`/tradepilot risk US\`
• \`/tradepilot check <market> <product>\`: what to do, in order, to sell a product there, e.g. \`/tradepilot check DE bluetooth earbuds\` or \`/tradepilot check GB,FR plush toy\`
• \`/tradepilot rules <market> <category>\`: the compliance checklist, e.g. \`/tradepilot rules DE toys\` or \`/tradepilot rules GB,FR electronics\`
• \`/tradepilot ad <platform> <market> <product>[: feature, feature]\`: ad copy within the platform's limits, e.g. \`/tradepilot ad amazon US wireless earbuds: 30h battery, IPX5\`
• \`/tradepilot hs <product>\`: six-digit HS code candidates, e.g. \`/tradepilot hs wireless earbuds\` or \`/tradepilot hs 蓝牙耳机\`
• \`/tradepilot cost <market> <value> [product]\`: duty, VAT/GST and fees at the buyer's door, e.g. \`/tradepilot cost DE EUR 40 earbuds\` or \`/tradepilot cost GB 3 phone cases at USD 12\`
• \`/tradepilot help\`: this text

Markets: ISO codes or names (DE, Germany, 德国). Answers cite their sources; press *Show sources* for the full list.`;

const USAGE = {
  check:
    'Usage: `/tradepilot check <market> <product>`, e.g. `/tradepilot check DE bluetooth earbuds`. Try `/tradepilot help`.',
  rules:
    'Usage: `/tradepilot rules <market> <category>`, e.g. `/tradepilot rules DE toys`. Try `/tradepilot help`.',
  hs: 'Usage: `/tradepilot hs <product>`, e.g. `/tradepilot hs wireless earbuds`. Try `/tradepilot help`.',
  digest:
    'Usage: `/tradepilot digest <daily|weekly|monthly> <market[,market]> [category]`, e.g. `/tradepilot digest weekly DE,FR toys`; `/tradepilot digest off` to stop.',
  cost: 'Usage: `/tradepilot cost <market> <value> [product]`, e.g. `/tradepilot cost DE EUR 40 earbuds`. Try `/tradepilot help`.',
  ad: 'Usage: `/tradepilot ad <platform> <market> <product>[: feature, feature]`, e.g. `/tradepilot ad amazon US wireless earbuds: 30h battery, IPX5`.',
};

const unknownMarket = (value: string) =>
  `I don't know the market "${value}". Use an ISO code such as DE, GB or US, or a name such as Germany.`;

/** Markets at the start of `words` (a comma list such as `DE,FR` or a name of up to three words). */
function leadingMarkets(words: string[]): { codes: string[]; used: number } | null {
  const list = words[0]?.includes(',') ? words[0].split(',').filter(Boolean) : null;
  if (list) {
    const codes = list.map((w) => normalizeMarket(w));
    return codes.every(Boolean) ? { codes: codes as string[], used: 1 } : null;
  }
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const code = normalizeMarket(words.slice(0, n).join(' '));
    if (code) return { codes: [code], used: n };
  }
  return null;
}

const marketName = (code: string) => getMarket(code)?.name ?? code;

/** A token that reads as a SKU code (has a digit, dash, underscore or dot), not as a word of a sentence. */
const looksLikeSku = (token: string) => /^[\w./-]{2,100}$/.test(token) && /[\d_./-]/.test(token);

function stockPlan(args: string[]): CommandPlan | null {
  if (args.length === 0) return { kind: 'tool', tool: 'inventory_status', input: {} };
  const whole = normalizeMarket(args.join(' '));
  const tokens = whole ? [args.join(' ')] : args.flatMap((a) => a.split(',')).filter(Boolean);
  const markets: string[] = [];
  const skus: string[] = [];
  for (const token of tokens) {
    const code = normalizeMarket(token);
    if (code) markets.push(code);
    else if (looksLikeSku(token)) skus.push(token);
    else return null;
  }
  const input: Record<string, unknown> = {};
  if (markets.length) input.markets = markets;
  if (skus.length) input.skus = skus;
  return { kind: 'tool', tool: 'inventory_status', input };
}

function riskPlan(args: string[]): CommandPlan | null {
  if (args.length === 0) return { kind: 'tool', tool: 'stockout_risk', input: {} };
  const found = leadingMarkets(args);
  if (!found || found.used !== args.length) return null;
  return {
    kind: 'tool',
    tool: 'stockout_risk',
    input: { markets: found.codes },
  };
}

function rulesPlan(args: string[]): CommandPlan | null {
  if (args.length === 0) return { kind: 'usage', message: USAGE.rules };
  const found = leadingMarkets(args);
  if (!found) return args.length === 1 ? { kind: 'usage', message: unknownMarket(args[0]) } : null;
  const rest = args.slice(found.used).join(' ');
  if (!rest) return { kind: 'usage', message: USAGE.rules };
  const category = normalizeCategory(rest) ?? findCategories(rest)[0];
  if (category)
    return {
      kind: 'tool',
      tool: 'compliance_checklist',
      input: { markets: found.codes, category },
    };
  // A product the category table does not know: search the regulations instead of refusing.
  return {
    kind: 'tool',
    tool: 'compliance_lookup',
    input: {
      question: `What rules apply to ${rest} in ${found.codes.map(marketName).join(' and ')}?`,
      markets: found.codes,
    },
  };
}

function checkPlan(args: string[]): CommandPlan | null {
  if (args.length === 0) return { kind: 'usage', message: USAGE.check };
  const found = leadingMarkets(args);
  if (!found) return args.length === 1 ? { kind: 'usage', message: unknownMarket(args[0]) } : null;
  const product = args.slice(found.used).join(' ');
  if (!product) return { kind: 'usage', message: USAGE.check };
  return { kind: 'tool', tool: 'compliance_plan', input: { product, markets: found.codes } };
}

function adPlan(args: string[]): CommandPlan | null {
  if (args.length === 0) return { kind: 'usage', message: USAGE.ad };
  const found = leadingMarkets(args.slice(1));
  // An unknown platform before a market still reads as the shortcut: the tool names the platforms it knows.
  const platform = adPlatformIn(args[0]) ?? (found ? args[0].toLowerCase() : undefined);
  if (!platform) return null;
  if (!found) return args.length <= 2 ? { kind: 'usage', message: USAGE.ad } : null;
  const product = args.slice(1 + found.used).join(' ');
  const colon = product.search(/[:：]/);
  const name = (colon >= 0 ? product.slice(0, colon) : product).trim();
  const features = (colon >= 0 ? product.slice(colon + 1) : '')
    .split(/[,，;；]/)
    .map((f) => f.trim())
    .filter(Boolean);
  if (!name) return { kind: 'usage', message: USAGE.ad };
  return {
    kind: 'tool',
    tool: 'generate_ad_copy',
    input: { product: { name, features }, platform, market: found.codes[0] },
  };
}

function hsPlan(args: string[]): CommandPlan {
  if (args.length === 0) return { kind: 'usage', message: USAGE.hs };
  return { kind: 'tool', tool: 'classify_hs', input: { description: args.join(' ') } };
}

function digestPlan(args: string[]): CommandPlan | null {
  const first = args[0]?.toLowerCase();
  if (!first) return { kind: 'digest', digest: { action: 'show' } };
  if (['off', 'stop', 'unsubscribe', 'cancel'].includes(first) && args.length === 1)
    return { kind: 'digest', digest: { action: 'off' } };
  const cadence = (CADENCES as readonly string[]).includes(first) ? (first as Cadence) : null;
  const rest = cadence ? args.slice(1) : args;
  const found = leadingMarkets(rest);
  if (!found) {
    if (!rest.length) return { kind: 'usage', message: USAGE.digest };
    // "digest this article for me" is a sentence, not a subscription.
    return cadence || rest.length === 1
      ? { kind: 'usage', message: unknownMarket(rest[0].split(',')[0]) }
      : null;
  }
  const categories: string[] = [];
  for (const word of rest
    .slice(found.used)
    .join(' ')
    .split(/[,\s]+/)
    .filter(Boolean)) {
    const category = normalizeCategory(word);
    if (!category)
      return {
        kind: 'usage',
        message: `I don't know the product category "${word}". Use one such as toys, electronics, cosmetics or batteries.`,
      };
    if (!categories.includes(category)) categories.push(category);
  }
  return {
    kind: 'digest',
    digest: { action: 'subscribe', cadence: cadence ?? 'weekly', markets: found.codes, categories },
  };
}

function costPlan(args: string[]): CommandPlan | null {
  if (args.length === 0) return { kind: 'usage', message: USAGE.cost };
  const found = leadingMarkets(args);
  if (!found) return args.length === 1 ? { kind: 'usage', message: unknownMarket(args[0]) } : null;
  const given = landedCostItems(args.slice(found.used).join(' '));
  if (!given.items) return { kind: 'usage', message: USAGE.cost };
  return { kind: 'tool', tool: 'landed_cost', input: { destination: found.codes[0], ...given } };
}

/** Each shortcut reads its arguments, or gives null when they read as a sentence (then the agent answers it). */
const SHORTCUTS: Record<string, (args: string[]) => CommandPlan | null> = {
  stock: stockPlan,
  inventory: stockPlan,
  risk: riskPlan,
  rules: rulesPlan,
  check: checkPlan,
  ad: adPlan,
  ads: adPlan,
  hs: hsPlan,
  digest: digestPlan,
  cost: costPlan,
};

/**
 * Reads the text after `/tradepilot`. Text that is not a shortcut (or whose arguments read as a sentence,
 * such as "stock levels in Germany?") is a question for the agent.
 */
export function parseCommand(text: string): CommandPlan {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter(Boolean);
  const first = words[0]?.toLowerCase() ?? '';
  if (first === '' || first === 'help' || first === '?' || first === '-h' || first === '--help')
    return { kind: 'help' };
  const shortcut = SHORTCUTS[first];
  return shortcut?.(words.slice(1)) ?? { kind: 'question', text: trimmed };
}
