// compliance_plan: what one product needs in given markets, as steps in the order a seller acts, each cited.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { InvalidInputError } from '../../core/errors';
import { CATEGORY_IDS, normalizeCategory } from '../../core/domain/categories';
import { EU_MEMBERS, getMarket, withEuInheritance } from '../../core/domain/markets';
import { isoDay } from '../../core/domain/rule-timing';
import { detectLanguage } from '../../core/language';
import { GLOBAL_MARKET, TOPICS } from '../../knowledge/ingest/metadata';
import { applicableDocuments, type KnowledgeDocument } from '../../knowledge/store/documents';
import { sellerActions, summaryOf } from '../../knowledge/store/sections';
import { sourceInfo, sourceInfoOutput } from '../shared/citations';
import { CHANNEL_HELP, normalizeChannel } from './channels';
import { coverageInText, coverageNotes, coverageOf } from './coverage';
import {
  PHASES,
  comparePlaced,
  describeCategories,
  keepSteps,
  oneStepPerDuty,
  pickAction,
  placeDocument,
  productCategories,
  productTags,
  type LeftOut,
  type PlanContext,
  type Placement,
} from './plan-rules';
import { notCoveredLine, planSources, planSummary, planToAnswer } from './plan-answer';

export const COMPLIANCE_PLAN = 'compliance_plan';

/** Changes further out than this are left to the full checklist. */
const HORIZON_MONTHS = 12;

const input = z.object({
  product: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .describe(
      'The product in your own words, English or Chinese, e.g. "Bluetooth earbuds", "儿童玩具". The category is read from it.',
    ),
  category: z
    .string()
    .min(1)
    .optional()
    .describe(
      `Product category when the words are not enough: ${CATEGORY_IDS.join(', ')}. Default: read from the product.`,
    ),
  markets: z
    .array(z.string().min(1))
    .max(30)
    .optional()
    .describe(
      'Where you want to sell, as ISO codes or names, e.g. ["DE"], ["Germany","France"]. EU member states also get EU rules. Default: the markets named in the product text.',
    ),
  channel: z.string().min(1).optional().describe(CHANNEL_HELP),
  as_of: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    .optional()
    .describe(
      'The day the plan is for, as YYYY-MM-DD (default today): rules dated after it are upcoming.',
    ),
  max_steps: z
    .number()
    .int()
    .min(5)
    .max(60)
    .default(20)
    .describe('At most this many steps (default 20); the rest stay in the full checklist.'),
});

const step = z.object({
  phase: z.enum(PHASES).describe('before_listing, tax_and_customs, ongoing or upcoming.'),
  priority: z
    .number()
    .int()
    .describe(
      '1 = specific to this product, act first; 2 = every seller, or a dated change; 3 = good to know.',
    ),
  action: z.string().describe('What to do.'),
  why: z.string().describe('What made it apply, e.g. "radio equipment: Bluetooth".'),
  document_id: z.string().describe('Knowledge document id.'),
  title: z.string().describe('The rule.'),
  market: z.string().describe('Market the rule belongs to (ISO code or EU).'),
  effective: z.string().nullable().describe('When it takes or took effect, as the source says.'),
  date: z
    .string()
    .nullable()
    .describe(
      'The headline date as YYYY-MM-DD: the start of an upcoming change, or when the rule started.',
    ),
  status: z
    .string()
    .describe('On the as-of day: in force, scheduled or changed (recently changed).'),
  next_change: z.string().nullable().describe('A later date in the rule after the as-of day.'),
  citation: z
    .object({
      title: z.string().describe('Source title.'),
      url: z.string().nullable().describe('Source address.'),
      as_of: z.string().nullable().describe('When the source was last checked.'),
    })
    .merge(sourceInfoOutput)
    .describe('Where the rule comes from.'),
});

const output = z.object({
  product: z.string().describe('The product as given.'),
  categories: z.array(z.string()).describe('Product categories the plan used.'),
  markets: z.array(z.string()).describe('Markets planned for (with EU for member states).'),
  channel: z.string().nullable().describe('Sales channel, when given.'),
  as_of: z.string().describe('The day statuses are judged on.'),
  language: z.enum(['en', 'zh-Hans', 'zh-Hant']).describe('Language of the summary.'),
  phases: z.array(z.enum(PHASES)).describe('Phase order.'),
  steps: z.array(step).describe('Steps in phase order, most important first within a phase.'),
  omitted: z
    .number()
    .int()
    .describe('Applicable items left out by max_steps (in the full checklist).'),
  not_covered: z
    .array(z.string())
    .describe('Markets or product types the knowledge base does not cover, stated plainly.'),
  summary: z.string().describe('One line in the language of the product text.'),
  notes: z.array(z.string()).describe('How the plan was made and what it leaves out.'),
});

export type CompliancePlanOutput = z.output<typeof output>;
export type PlanStep = z.output<typeof step>;

const addMonths = (iso: string, months: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return isoDay(d);
};

const LEFT_OUT_NOTES: Partial<Record<LeftOut, (n: number) => string>> = {
  background: (n) =>
    `${n} background item(s) (fine levels, breach reporting, rules already abolished, payment habits) are left to the full checklist.`,
  later: (n) =>
    `${n} change(s) dated more than ${HORIZON_MONTHS} months ahead are left to the full checklist.`,
  'other channel': (n) =>
    `${n} rule(s) of a sales platform are left out; give channel (amazon, tiktok_shop, ...) to see your platform's.`,
  'same duty': (n) =>
    `${n} document(s) describing a duty already in the plan were merged into its step.`,
};

export const compliancePlan = defineTool({
  name: COMPLIANCE_PLAN,
  title: 'Compliance plan for a product',
  description:
    'What a seller needs to sell one product in given markets, in the order to act: before listing (certifications, registrations, responsible person, labels, listing fields), tax and customs, ongoing duties, and upcoming changes with their dates. Each step says why it applies and cites its source. Use it for "what do I need to sell X in Y"; compliance_checklist lists everything.',
  input,
  output,
  annotations: { readOnly: true },
  run: async (args, deps) => {
    const asOf = args.as_of ?? isoDay(deps.now());
    const channel = normalizeChannel(args.channel);
    let category: string | null = null;
    if (args.category) {
      category = normalizeCategory(args.category) ?? null;
      if (!category)
        throw new InvalidInputError(`Unknown product category "${args.category}".`, [
          { path: 'category', message: `use one of ${CATEGORY_IDS.join(', ')}` },
        ]);
    }
    const coverage = args.markets?.length
      ? await coverageOf(deps.db, args.markets)
      : await coverageInText(deps.db, args.product);
    if (!coverage.markets.length && !coverage.notCovered.length)
      throw new InvalidInputError('Name at least one market, e.g. ["DE"].', [
        { path: 'markets', message: 'no market given or named in the product' },
      ]);
    const markets = withEuInheritance(coverage.markets);
    const categories = productCategories(args.product, category);
    const tags = productTags(categories);
    const marketName = (code: string) => getMarket(code)?.name ?? code;
    const ctx: PlanContext = {
      asOf,
      horizon: addMonths(asOf, HORIZON_MONTHS),
      channel,
      euMembers: markets.filter((m) => EU_MEMBERS.includes(m)),
      marketName,
    };
    const docs = markets.length
      ? await applicableDocuments(deps.db, {
          markets: [...markets, GLOBAL_MARKET],
          categoryTags: [...tags.keys()],
        })
      : [];
    const decisions = oneStepPerDuty(
      docs.map((doc) => placeDocument(doc, tags, ctx)),
      ctx,
    );
    const placed = decisions.filter(
      (d): d is Extract<typeof d, { placement: unknown }> => 'placement' in d,
    );
    const kept = keepSteps(placed, args.max_steps, comparePlaced(markets, TOPICS));
    const today = isoDay(deps.now());
    const steps = kept.map(({ doc, placement }) => toStep(doc, placement, today));

    const language = detectLanguage(args.product);
    const notCovered = coverage.notCovered.map((name) =>
      notCoveredLine('market', { market: name }, language),
    );
    for (const c of categories)
      for (const m of markets.filter((x) => x !== 'EU')) {
        const own = placed.some(
          (p) =>
            p.placement.specific &&
            (p.doc.market === m || (p.doc.market === 'EU' && EU_MEMBERS.includes(m))) &&
            p.doc.categories.some((t) => tags.get(t)?.id === c.id),
        );
        if (!own)
          notCovered.push(notCoveredLine('category', { category: c.id, market: m }, language));
      }
    if (!categories.length && markets.length)
      notCovered.push(
        notCoveredLine(
          'product',
          { product: args.product, ids: CATEGORY_IDS.join(', ') },
          language,
        ),
      );

    const notes = coverageNotes({ ...coverage, notCovered: [] });
    if (categories.length)
      notes.push(
        category
          ? `Category given: ${describeCategories(categories)}.`
          : `Category read from "${args.product}": ${describeCategories(categories)}. Give category to change it.`,
      );
    const counts = new Map<LeftOut, number>();
    for (const d of decisions)
      if ('leftOut' in d) counts.set(d.leftOut, (counts.get(d.leftOut) ?? 0) + 1);
    for (const [reason, n] of counts) {
      const note = LEFT_OUT_NOTES[reason]?.(n);
      if (note) notes.push(note);
    }
    const omitted = placed.length - kept.length;
    if (omitted)
      notes.push(
        `${omitted} more applicable item(s) did not fit in ${args.max_steps} steps; the full checklist has them.`,
      );
    notes.push('Not legal advice: verify each step against its source.');

    const out = {
      product: args.product,
      categories: categories.map((c) => c.id),
      markets,
      channel,
      as_of: asOf,
      language,
      phases: [...PHASES],
      steps,
      omitted,
      not_covered: notCovered,
      summary: '',
      notes,
    };
    return { ...out, summary: planSummary(out, coverage.notCovered) };
  },
  citations: planSources,
  toAnswer: (out, lang) => planToAnswer(out, lang).blocks,
});

/** A plan step; the source's freshness is judged on `today`, not on the plan's as-of day. */
function toStep(doc: KnowledgeDocument, placement: Placement, today: string): PlanStep {
  return {
    phase: placement.phase,
    priority: placement.priority,
    action: pickAction(sellerActions(doc.text), placement.tag) ?? summaryOf(doc.text),
    why: placement.why,
    document_id: doc.id,
    title: doc.title,
    market: doc.market,
    effective: doc.effective,
    date: placement.date,
    status: placement.status,
    next_change: placement.next,
    citation: {
      title: doc.source_title ?? doc.title,
      url: doc.source_url,
      as_of: doc.as_of,
      ...sourceInfo(doc, today),
    },
  };
}
