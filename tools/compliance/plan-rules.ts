// The rules that turn knowledge documents into a seller's plan: which documents apply to the product, which
// phase each goes to (before listing, tax and customs, ongoing, upcoming), which are background, and which
// repeat a duty already in the plan. Pure: documents, product and day in, decisions out.
import { CATEGORIES, findCategoryMentions, getCategory } from '../../core/domain/categories';
import { ruleTiming, type RuleStatus } from '../../core/domain/rule-timing';
import { GLOBAL_MARKET } from '../../knowledge/ingest/metadata';
import { CATEGORY_WORDS } from './answer-texts';
import { channelFits } from './channels';

export const PHASES = ['before_listing', 'tax_and_customs', 'ongoing', 'upcoming'] as const;
export type Phase = (typeof PHASES)[number];
export type Priority = 1 | 2 | 3;

/** What the rules read from a document. */
export interface PlanDocument {
  id: string;
  title: string;
  market: string;
  topic: string;
  categories: string[];
  status: string;
  effective: string | null;
}

/** A product category and the words of the product text that named it ("Bluetooth"). */
export interface ProductCategory {
  id: string;
  words: string;
}

export interface PlanContext {
  /** YYYY-MM-DD: statuses are judged on this day. */
  asOf: string;
  /** YYYY-MM-DD: changes after this day are left to the full checklist. */
  horizon: string;
  channel: string | null;
  /** The plan's markets that are EU members (an EU document repeats their own only if all have one). */
  euMembers: string[];
  marketName(code: string): string;
}

export interface Placement {
  phase: Phase;
  /** 1: product-specific, act first; 2: duty of every seller or a dated change; 3: good to know. */
  priority: Priority;
  why: string;
  status: RuleStatus;
  /** The headline date, YYYY-MM-DD. */
  date: string | null;
  /** A later date in the rule's text after the as-of day. */
  next: string | null;
  /** Product-specific (matched the product's categories) rather than every seller's. */
  specific: boolean;
  /** The knowledge-base tag that matched the product, or null for every seller's duties. */
  tag: string | null;
}

export type LeftOut = 'other product' | 'other channel' | 'background' | 'later' | 'same duty';

export type Decision<D extends PlanDocument> =
  { doc: D; placement: Placement } | { doc: D; leftOut: LeftOut };

/** Words in a document's actions that address a tag's products ("For electronics without radio, ..."). */
const TAG_ACTION_WORDS: Record<string, RegExp> = {
  electronics: /\belectr(onic|ical)/i,
  'radio-equipment': /\b(radio|wireless|bluetooth|wi-fi)\b/i,
  batteries: /\bbatter(y|ies)\b/i,
  toys: /\btoys?\b/i,
  'children-products': /\b(child|children|baby|infant)/i,
  cosmetics: /\bcosmetic/i,
  'food-contact': /\bfood\b/i,
  apparel: /\b(textile|cloth|apparel)/i,
  textiles: /\b(textile|cloth|apparel)/i,
};

/** The seller action to show: the first one that addresses the product's tag, else the first one. */
export function pickAction(actions: string[], tag: string | null): string | null {
  const words = tag ? TAG_ACTION_WORDS[tag] : undefined;
  return (words && actions.find((a) => words.test(a))) || actions[0] || null;
}

/**
 * The product's categories: the given one, or those its words name. Items that hold food (a bottle, a lunch
 * box) are food-contact materials, not food.
 */
export function productCategories(product: string, category: string | null): ProductCategory[] {
  if (category) return [{ id: category, words: getCategory(category)?.label ?? category }];
  const found = findCategoryMentions(product);
  return found.some((c) => c.id === 'food-contact') ? found.filter((c) => c.id !== 'food') : found;
}

/** "radio equipment (Bluetooth)" for the notes. */
export function describeCategories(categories: ProductCategory[]): string {
  return categories
    .map((c) => `${CATEGORIES.find((x) => x.id === c.id)?.label ?? c.id} ("${c.words}")`)
    .join(', ');
}

/** Knowledge-base tag -> the category that brought it, most specific category first. */
export function productTags(categories: ProductCategory[]): Map<string, ProductCategory> {
  const tags = new Map<string, ProductCategory>();
  for (const c of categories)
    for (const tag of [c.id, ...(getCategory(c.id)?.knowledgeTags ?? [])])
      if (!tags.has(tag)) tags.set(tag, c);
  return tags;
}

/** Fine levels, breach reporting, abolished or vacated rules: background, left to the full checklist. */
const BACKGROUND =
  /\b(fines?|penalt(y|ies)|sanctions?|breach(es)?|lawsuits?|abolished|vacated|closed|phased out)\b/i;
/** Product-safety duties every seller acts on before listing (the rest of product safety is ongoing). */
const LISTING_SAFETY = /\b(responsible|listings?|label(s|ling)?)\b/i;
/** Product-safety duties that run after sales start: reporting, marketplace duties, liability for defects. */
const ONGOING_SAFETY = /\b(reporting|incidents?|marketplace|liability)\b/i;
/** Marketplace rules that gate a listing: trader checks, listing fields, seller rules. */
const LISTING_MARKETPLACE = /\b(listing|trader|sellers?)\b/i;

/** Duties that several documents describe: the plan keeps one step per duty and market. */
const DUTIES: Array<{ duty: string; pattern: RegExp }> = [
  { duty: 'EU operator', pattern: /\b(responsible operator|EU operator)\b/i },
  { duty: 'WEEE registration', pattern: /\bWEEE\b/i },
  {
    duty: 'battery registration',
    pattern: /\bbatter(y|ies)\b.*\b(EPR|registration)\b|\bBattDG\b/i,
  },
  { duty: 'GPSR listing information', pattern: /\bGPSR\b.*\blistings?\b/i },
  { duty: 'VAT rate', pattern: /\bVAT\b.*\brates?\b/i },
  { duty: 'Prop 65 warning', pattern: /\bProp(osition)? 65\b/i },
];

export function dutyOf(title: string): string | null {
  return DUTIES.find((d) => d.pattern.test(title))?.duty ?? null;
}

const phaseOfTopic = (doc: PlanDocument, specific: boolean): Phase | 'background' => {
  switch (doc.topic) {
    case 'vat-gst':
    case 'customs-duty':
      return 'tax_and_customs';
    case 'certification':
    case 'labeling':
    case 'epr-packaging':
    case 'restricted-goods':
      return 'before_listing';
    case 'product-safety':
      if (ONGOING_SAFETY.test(doc.title)) return 'ongoing';
      return specific || LISTING_SAFETY.test(doc.title) ? 'before_listing' : 'ongoing';
    case 'advertising-marketplace':
      return LISTING_MARKETPLACE.test(doc.title) ? 'before_listing' : 'ongoing';
    case 'payments':
      return 'background';
    default:
      return 'ongoing';
  }
};

/** Why a document applies: the product words that matched its categories, or that every seller has it. */
function whyApplies(
  doc: PlanDocument,
  tags: Map<string, ProductCategory>,
  ctx: PlanContext,
): { why: string; specific: boolean; tag: string | null } | null {
  // The product's most specific tag the document names: "radio equipment" before "electrical equipment".
  const tag = [...tags.keys()].find((t) => doc.categories.includes(t));
  if (tag) {
    const match = tags.get(tag) as ProductCategory;
    const words = CATEGORY_WORDS[tag]?.en ?? tag;
    // A battery document reached through "electronics": the product has a battery inside.
    const battery = doc.categories[0] === 'batteries' && tag !== 'batteries';
    return {
      why: battery ? `built-in battery (${words}: ${match.words})` : `${words}: ${match.words}`,
      specific: true,
      tag,
    };
  }
  if (doc.categories.includes('all'))
    return {
      why:
        doc.market === 'EU'
          ? 'every seller in the EU'
          : doc.market === GLOBAL_MARKET
            ? 'every seller, in every market'
            : `every seller in ${ctx.marketName(doc.market)}`,
      specific: false,
      tag: null,
    };
  return null;
}

/** The title names a sales platform (Amazon, TikTok Shop, ...). */
const namesPlatform = (title: string) => !channelFits(title, 'own-website');

/** One document: in the plan (phase, priority, why) or left out (and why). */
export function placeDocument<D extends PlanDocument>(
  doc: D,
  tags: Map<string, ProductCategory>,
  ctx: PlanContext,
): Decision<D> {
  const applies = whyApplies(doc, tags, ctx);
  if (!applies) return { doc, leftOut: 'other product' };
  // A platform's own rules (its title names it) only when the seller sells there.
  if (namesPlatform(doc.title) && !(ctx.channel && channelFits(doc.title, ctx.channel)))
    return { doc, leftOut: 'other channel' };
  const timing = ruleTiming(doc, ctx.asOf);
  const base = {
    status: timing.status,
    date: timing.date,
    next: timing.next,
    specific: applies.specific,
    tag: applies.tag,
  };
  if (timing.status === 'scheduled') {
    // A change without a fixed date is shown only when it is about this product.
    const inHorizon = timing.date ? timing.date <= ctx.horizon : applies.specific;
    if (!inHorizon) return { doc, leftOut: 'later' };
    const when = timing.date ? `from ${timing.date}` : 'date not fixed yet';
    return {
      doc,
      placement: { ...base, phase: 'upcoming', priority: 2, why: `${applies.why}; ${when}` },
    };
  }
  if (BACKGROUND.test(doc.title)) return { doc, leftOut: 'background' };
  const phase = phaseOfTopic(doc, applies.specific);
  if (phase === 'background') return { doc, leftOut: 'background' };
  const priority: Priority =
    phase === 'before_listing'
      ? applies.specific
        ? 1
        : 2
      : phase === 'ongoing' && !applies.specific
        ? 3
        : 2;
  const why = namesPlatform(doc.title) ? `${applies.why}, selling on ${ctx.channel}` : applies.why;
  return { doc, placement: { ...base, phase, priority, why } };
}

type Placed<D extends PlanDocument> = { doc: D; placement: Placement };

/** Which of two documents on the same duty and market to keep: product-specific, the channel's own, in force. */
function better<D extends PlanDocument>(a: Placed<D>, b: Placed<D>): Placed<D> {
  if (a.placement.specific !== b.placement.specific) return a.placement.specific ? a : b;
  // A document naming a platform is the seller's own channel's (placeDocument left the others out).
  const own = (p: Placed<D>) => namesPlatform(p.doc.title);
  if (own(a) !== own(b)) return own(a) ? a : b;
  // The rule itself before a document about a recent change to it.
  const stable = (p: Placed<D>) => p.placement.status === 'in force';
  if (stable(a) !== stable(b)) return stable(a) ? a : b;
  return a.doc.id <= b.doc.id ? a : b;
}

/**
 * Keeps one step per duty: within a market the better document; an EU document when some EU market of the
 * plan has no national document for the duty (the national one implements it there).
 */
export function oneStepPerDuty<D extends PlanDocument>(
  decisions: Decision<D>[],
  ctx: PlanContext,
): Decision<D>[] {
  const placed = decisions.filter((d): d is Placed<D> => 'placement' in d);
  const keep = new Map<string, Placed<D>>();
  for (const d of placed) {
    const duty = dutyOf(d.doc.title);
    if (!duty) continue;
    const key = `${duty}\n${d.doc.market}`;
    const current = keep.get(key);
    keep.set(key, current ? better(current, d) : d);
  }
  return decisions.map((d) => {
    if (!('placement' in d)) return d;
    const duty = dutyOf(d.doc.title);
    if (!duty) return d;
    if (keep.get(`${duty}\n${d.doc.market}`) !== d) return { doc: d.doc, leftOut: 'same duty' };
    const nationalEverywhere =
      d.doc.market === 'EU' &&
      ctx.euMembers.length > 0 &&
      ctx.euMembers.every((m) => keep.has(`${duty}\n${m}`));
    return nationalEverywhere ? { doc: d.doc, leftOut: 'same duty' } : d;
  });
}

/** Which steps a short plan keeps first, within a priority: dated changes before tax and ongoing duties. */
const KEEP_ORDER: Phase[] = ['before_listing', 'upcoming', 'tax_and_customs', 'ongoing'];

/** The `max` steps a plan keeps: by priority, then KEEP_ORDER, then plan order; returned in plan order. */
export function keepSteps<P extends Placed<PlanDocument>>(
  placed: P[],
  max: number,
  compare: (a: P, b: P) => number,
): P[] {
  return [...placed]
    .sort(
      (a, b) =>
        a.placement.priority - b.placement.priority ||
        KEEP_ORDER.indexOf(a.placement.phase) - KEEP_ORDER.indexOf(b.placement.phase) ||
        compare(a, b),
    )
    .slice(0, max)
    .sort(compare);
}

/** Plan order: phase, then priority, then the order of `marketOrder`, then topic order given, then id. */
export function comparePlaced(
  marketOrder: string[],
  topicOrder: readonly string[],
): (a: Placed<PlanDocument>, b: Placed<PlanDocument>) => number {
  const idx = (list: readonly string[], v: string) => {
    const i = list.indexOf(v);
    return i < 0 ? list.length : i;
  };
  return (a, b) =>
    PHASES.indexOf(a.placement.phase) - PHASES.indexOf(b.placement.phase) ||
    a.placement.priority - b.placement.priority ||
    idx(marketOrder, a.doc.market) - idx(marketOrder, b.doc.market) ||
    idx(topicOrder, a.doc.topic) - idx(topicOrder, b.doc.topic) ||
    a.doc.id.localeCompare(b.doc.id);
}
