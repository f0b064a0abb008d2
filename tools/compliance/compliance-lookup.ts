// compliance_lookup: answers a seller's regulation question with cited passages from the knowledge base.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { TOPICS } from '../../knowledge/ingest/metadata';
import { searchKnowledge, type Passage } from '../../knowledge/search/search-knowledge';
import { coverageInText, coverageNotes, coverageOf } from './coverage';
import { isoDay, ruleTiming } from '../../core/domain/rule-timing';
import { lookupAnswer, lookupSources } from './compliance-lookup-answer';
import { sourceInfo, sourceInfoOutput } from '../shared/citations';

export const COMPLIANCE_LOOKUP = 'compliance_lookup';

const input = z.object({
  question: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .describe(
      'The question in plain words, English or Chinese, e.g. "What do I need to sell Bluetooth earbuds in Germany?"',
    ),
  markets: z
    .array(z.string().min(1))
    .max(30)
    .optional()
    .describe(
      'Target markets as ISO codes or names (e.g. ["DE"], ["US","GB"], "EU" for EU-wide rules). EU member states also get EU rules. Omit to use the markets named in the question (or all).',
    ),
  category: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Product category, e.g. electronics, radio-equipment, toys, cosmetics, batteries, apparel, food, food-contact, e-cigarettes, software. Leaves out rules for other categories.',
    ),
  topics: z
    .array(z.string().min(1))
    .max(20)
    .optional()
    .describe(`Only these topics: ${TOPICS.join(', ')}.`),
  limit: z
    .number()
    .int()
    .min(1)
    .max(20)
    .default(5)
    .describe('How many passages to return (default 5; one per document).'),
});

const result = z.object({
  document_id: z.string().describe('Knowledge document id (readable as a resource).'),
  text: z.string().describe('The passage from the document.'),
  title: z.string().describe('Document title.'),
  market: z.string().describe('Market the rule belongs to (ISO code, EU or GLOBAL).'),
  topic: z.string().describe('Topic, e.g. vat-gst or certification.'),
  status: z
    .string()
    .describe(
      "On today's date: in force, scheduled (not yet in force) or changed (recently changed).",
    ),
  status_note: z.string().nullable().describe('What is changing or uncertain, when known.'),
  effective: z.string().nullable().describe('When the rule takes or took effect.'),
  as_of: z.string().nullable().describe('When the information was last checked.'),
  confidence: z.string().nullable().describe('Confidence in the source: high, medium or low.'),
  citation: z
    .object({
      title: z.string().describe('Source title.'),
      url: z.string().nullable().describe('Source address.'),
    })
    .merge(sourceInfoOutput)
    .describe('Where the rule comes from.'),
  score: z.number().describe('Relevance from 0 to 1.'),
});

const output = z.object({
  results: z
    .array(result)
    .describe('Relevant passages, best first; empty when nothing relevant was found.'),
  markets: z
    .array(z.string())
    .describe('Markets searched (with EU for member states); empty = all markets.'),
  notes: z
    .array(z.string())
    .describe('What the seller should know about the search and the results.'),
});

export type ComplianceLookupOutput = z.output<typeof output>;

function toResult(p: Passage, asOf: string): z.input<typeof result> {
  const standing = sourceInfo({ ...p.provenance, as_of: p.asOf }, asOf);
  return {
    document_id: p.documentId,
    text: p.text,
    title: p.title,
    market: p.market,
    topic: p.topic,
    status: ruleTiming(p, asOf).status,
    status_note: p.statusNote,
    effective: p.effective,
    as_of: p.asOf,
    confidence: p.confidence,
    citation: { title: p.sourceTitle ?? p.title, url: p.sourceUrl, ...standing },
    score: p.score,
  };
}

export const complianceLookup = defineTool({
  name: COMPLIANCE_LOOKUP,
  title: 'Look up compliance rules',
  description:
    'Searches the regulation knowledge base (VAT/GST, customs, product safety, certification, labelling, EPR, data protection, consumer rights, marketplace rules) and returns the passages that answer the question, each with its source, effective date, status and confidence. Understands English and Chinese questions. Returns no results, with a note, when nothing relevant is known.',
  input,
  output,
  // Chinese questions are translated by the language model when one is configured.
  annotations: { readOnly: true, openWorld: true },
  run: async (args, deps, ctx) => {
    const coverage = args.markets?.length
      ? await coverageOf(deps.db, args.markets)
      : await coverageInText(deps.db, args.question);
    const uncovered = coverage.notCovered.length + coverage.euOnly.length > 0;
    if (!coverage.markets.length && coverage.notCovered.length)
      return { results: [], markets: [], notes: coverageNotes(coverage) };
    const found = await searchKnowledge(
      deps,
      {
        query: args.question,
        markets: args.markets?.length || uncovered ? coverage.markets : undefined,
        categories: args.category ? [args.category] : undefined,
        topics: args.topics,
        limit: args.limit,
      },
      ctx,
    );
    const notes = [...coverageNotes(coverage), ...found.notes];
    if (found.markets.includes('EU') && found.markets.some((m) => m !== 'EU' && m !== 'GLOBAL'))
      notes.push('EU-level rules are included because EU member states apply them.');
    const asOf = isoDay(deps.now());
    const results = found.passages.map((p) => toResult(p, asOf));
    const scheduled = results.filter((r) => r.status === 'scheduled').length;
    if (scheduled)
      notes.push(
        `${scheduled} result(s) are scheduled and not yet in force: check the effective date.`,
      );
    if (found.passages.some((p) => p.confidence === 'low'))
      notes.push('Some results have low confidence: verify them against the official text.');
    if (found.passages.length)
      notes.push('Not legal advice: verify against the cited source before relying on a figure.');
    return { results, markets: found.markets, notes };
  },
  citations: lookupSources,
  toAnswer: lookupAnswer,
});
