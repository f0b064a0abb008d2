// compliance_checklist: the obligations that apply to a product category in given markets, grouped by topic.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { InvalidInputError } from '../../core/errors';
import { GLOBAL_MARKET, TOPIC_LABELS, TOPICS } from '../../knowledge/ingest/metadata';
import { applicableDocuments } from '../../knowledge/store/documents';
import { sellerActions, summaryOf } from '../../knowledge/store/sections';
import { getCategory, normalizeCategory } from '../../core/domain/categories';
import { normalizeMarket, withEuInheritance } from '../../core/domain/markets';
import { isoDay, ruleTiming } from '../../core/domain/rule-timing';
import { sourceInfo, sourceInfoOutput } from '../shared/citations';
import { CHANNEL_HELP, channelFits, normalizeChannel } from './channels';
import { checklistAnswer, checklistSources } from './compliance-checklist-answer';

export const COMPLIANCE_CHECKLIST = 'compliance_checklist';

const input = z.object({
  markets: z
    .array(z.string().min(1))
    .min(1)
    .max(30)
    .describe(
      'Target markets as ISO codes or names, e.g. ["DE","FR"]; EU member states also get EU rules.',
    ),
  category: z
    .string()
    .min(1)
    .describe(
      'Product category: electronics, radio-equipment, toys, cosmetics, batteries, apparel, food, food-contact, e-cigarettes or software (Chinese and English aliases work, e.g. "bluetooth", "玩具").',
    ),
  channel: z.string().min(1).optional().describe(CHANNEL_HELP),
});

const obligation = z.object({
  document_id: z.string().describe('Knowledge document id.'),
  title: z.string().describe('The obligation.'),
  market: z.string().describe('Market (ISO code or EU).'),
  status: z
    .string()
    .describe(
      "On today's date: in force, scheduled (not yet in force) or changed (recently changed).",
    ),
  status_note: z.string().nullable().describe('What is changing or uncertain.'),
  effective: z.string().nullable().describe('When it takes or took effect.'),
  as_of: z.string().nullable().describe('When the information was last checked.'),
  confidence: z.string().nullable().describe('high, medium or low.'),
  summary: z.string().describe('What the rule says.'),
  actions: z.array(z.string()).describe('What sellers should do.'),
  citation: z
    .object({ title: z.string(), url: z.string().nullable() })
    .merge(sourceInfoOutput)
    .describe('Source.'),
});

const output = z.object({
  markets: z.array(z.string()).describe('Markets covered (with EU for member states).'),
  category: z.string().describe('Product category id.'),
  channel: z.string().nullable().describe('Sales channel, when given.'),
  topics: z
    .array(
      z.object({
        topic: z.string().describe('Topic id.'),
        label: z.string().describe('Topic name.'),
        obligations: z.array(obligation),
      }),
    )
    .describe('Obligations grouped by topic, in a fixed topic order.'),
  summary: z.string().describe('One line: how many obligations in how many topics.'),
  notes: z.array(z.string()).describe('Caveats about the checklist.'),
});

function resolveMarkets(values: string[]): string[] {
  return withEuInheritance(
    values.map((value, i) => {
      const code = normalizeMarket(value);
      if (!code)
        throw new InvalidInputError(`Unknown market "${value}".`, [
          { path: `markets.${i}`, message: `unknown market "${value}"` },
        ]);
      return code;
    }),
  );
}

export const complianceChecklist = defineTool({
  name: COMPLIANCE_CHECKLIST,
  title: 'Compliance checklist',
  description:
    'Lists the obligations (tax, customs, product safety, certification, labelling, EPR/packaging, data protection, consumer rights, marketplace rules) that apply to a product category in the given markets, grouped by topic, each with what to do, its status, effective date and source.',
  input,
  output,
  annotations: { readOnly: true },
  run: async (args, deps) => {
    const markets = resolveMarkets(args.markets);
    const category = normalizeCategory(args.category);
    if (!category)
      throw new InvalidInputError(`Unknown product category "${args.category}".`, [
        {
          path: 'category',
          message: `unknown category; use one of electronics, toys, cosmetics, ...`,
        },
      ]);
    const channel = normalizeChannel(args.channel);
    const tags = [category, ...(getCategory(category)?.knowledgeTags ?? [])];
    const docs = (
      await applicableDocuments(deps.db, {
        markets: [...markets, GLOBAL_MARKET],
        categoryTags: tags,
      })
    ).filter((doc) => channelFits(doc.title, channel));
    const asOf = isoDay(deps.now());
    const order = [
      ...TOPICS,
      ...new Set(
        docs.map((d) => d.topic).filter((t) => !(TOPICS as readonly string[]).includes(t)),
      ),
    ];
    const topics = order
      .map((topic) => ({
        topic,
        label: TOPIC_LABELS[topic] ?? topic,
        obligations: docs
          .filter((d) => d.topic === topic)
          .map((d) => ({
            document_id: d.id,
            title: d.title,
            market: d.market,
            status: ruleTiming(d, asOf).status,
            status_note: d.status_note,
            effective: d.effective,
            as_of: d.as_of,
            confidence: d.confidence,
            summary: summaryOf(d.text),
            actions: sellerActions(d.text),
            citation: {
              title: d.source_title ?? d.title,
              url: d.source_url,
              ...sourceInfo(d, asOf),
            },
          })),
      }))
      .filter((group) => group.obligations.length);
    const count = topics.reduce((n, t) => n + t.obligations.length, 0);
    const notes: string[] = [];
    if (!count)
      notes.push(`The knowledge base has no obligations for ${category} in ${markets.join(', ')}.`);
    const pending = topics
      .flatMap((t) => t.obligations)
      .filter((o) => o.status !== 'in force').length;
    if (pending)
      notes.push(`${pending} obligation(s) are scheduled or recently changed: check their dates.`);
    notes.push(
      'Not legal advice: verify each item against its source; the list covers what the knowledge base holds.',
    );
    return {
      markets,
      category,
      channel,
      topics,
      summary: `${count} obligation(s) in ${topics.length} topic(s) for ${category} in ${markets.join(', ')}.`,
      notes,
    };
  },
  citations: checklistSources,
  toAnswer: checklistAnswer,
});
