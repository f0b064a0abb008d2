// regulatory_calendar: the dated changes ahead for the seller's markets (start of application, end of a transition,
// thresholds changing, registrations due), from each document's effective dates and milestones, sorted by date.
import { z } from 'zod';
import { defineTool } from '../define-tool';
import { InvalidInputError } from '../../core/errors';
import { getCategory, normalizeCategory } from '../../core/domain/categories';
import { withEuInheritance } from '../../core/domain/markets';
import { datesIn, isoDay, ruleTiming } from '../../core/domain/rule-timing';
import { GLOBAL_MARKET } from '../../knowledge/ingest/metadata';
import { datedDocuments, type DatedDocument } from '../../knowledge/store/milestones';
import { sourceInfo, sourceInfoOutput } from '../shared/citations';
import { coverageNotes, coverageOf } from './coverage';
import { calendarAnswer, calendarSources } from './regulatory-calendar-answer';

export const REGULATORY_CALENDAR = 'regulatory_calendar';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = z
  .string()
  .regex(DAY, 'a date as YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'not a calendar date');

const input = z.object({
  markets: z
    .array(z.string().min(1))
    .min(1)
    .max(30)
    .describe(
      'Markets to watch as ISO codes or names, e.g. ["DE"], ["US","GB"], ["Germany"], ["德国"], or "EU" for EU-wide rules. EU member states also get EU-wide dates.',
    ),
  categories: z
    .array(z.string().min(1))
    .max(10)
    .optional()
    .describe(
      'Only dates that concern these product categories (plus rules for all products), e.g. ["toys"], ["electronics","batteries"]. Omit for every category.',
    ),
  from: day
    .optional()
    .describe('First day to look at, YYYY-MM-DD (default today; never before today).'),
  to: day.optional().describe('Last day to look at, YYYY-MM-DD (default one year after `from`).'),
});

const event = z.object({
  date: z.string().describe('The day of the change, YYYY-MM-DD.'),
  document_id: z.string().describe('Knowledge document id (readable as a resource).'),
  title: z.string().describe('Document title.'),
  market: z.string().describe('Market the rule belongs to (ISO code, EU or GLOBAL).'),
  status: z
    .string()
    .describe("The rule's status today: in force, scheduled (not yet in force) or changed."),
  change: z.string().describe('What changes that day, in one line from the document.'),
  citation: z
    .object({
      title: z.string().describe('Source title.'),
      url: z.string().nullable().describe('Source address.'),
      as_of: z.string().nullable().describe('When the document was last checked.'),
    })
    .merge(sourceInfoOutput)
    .describe('Where the date comes from.'),
});

const approximate = event.omit({ date: true, change: true }).extend({
  when: z
    .string()
    .describe('The month (YYYY-MM) or year (YYYY) the document gives, without a day.'),
  effective: z.string().describe("The document's effective text, as written."),
});

const output = z.object({
  events: z.array(event).describe('Dated changes from `from` to `to`, earliest first.'),
  approximate: z
    .array(approximate)
    .describe(
      'Changes the documents date only to a month or year that falls between `from` and `to`, earliest first.',
    ),
  markets: z.array(z.string()).describe('Markets looked at (with EU for member states).'),
  categories: z.array(z.string()).describe('Categories looked at; empty = every category.'),
  from: z.string().describe('First day looked at.'),
  to: z.string().describe('Last day looked at.'),
  notes: z.array(z.string()).describe('What the seller should know about the calendar.'),
});

export type RegulatoryCalendarOutput = z.output<typeof output>;
type CalendarEvent = z.input<typeof event>;
type ApproximateChange = z.input<typeof approximate>;

/** The category tags of the named categories; an unknown one is an error on `categories.i`. */
function categoryTags(values: string[]): { ids: string[]; tags: string[] } {
  const ids = values.map((value, i) => {
    const id = normalizeCategory(value);
    if (!id)
      throw new InvalidInputError(`Unknown product category "${value}".`, [
        {
          path: `categories.${i}`,
          message: 'unknown category; use one of electronics, toys, cosmetics, batteries, ...',
        },
      ]);
    return id;
  });
  return {
    ids,
    tags: [...new Set(ids.flatMap((id) => [id, ...(getCategory(id)?.knowledgeTags ?? [])]))],
  };
}

/** One line for a date read from the `effective` text when no milestone describes it. */
function effectiveChange(effective: string, kind: 'start' | 'end' | 'stage'): string {
  const what = { start: 'Starts to apply', end: 'Ends', stage: 'Next stage' }[kind];
  return DAY.test(effective.trim()) ? what : `${what} (effective: ${effective})`;
}

/** Every dated change of one document: its milestones, then full dates of its effective text not covered by one. */
function documentEvents(doc: DatedDocument, today: string): CalendarEvent[] {
  const changes = new Map<string, string>();
  for (const m of doc.milestones)
    changes.set(m.date, changes.has(m.date) ? `${changes.get(m.date)}; ${m.change}` : m.change);
  const effective = doc.effective ?? '';
  const dates = datesIn(doc.effective);
  const start = dates.find((d) => !d.ends)?.iso;
  for (const d of dates) {
    // "2028" or "2028-10" names no day: only a milestone may put such a change on the calendar.
    if (changes.has(d.iso) || !effective.includes(d.iso)) continue;
    changes.set(
      d.iso,
      effectiveChange(effective, d.ends ? 'end' : d.iso === start ? 'start' : 'stage'),
    );
  }
  const status = ruleTiming(doc, today).status;
  return [...changes].map(([date, change]) => ({
    date,
    document_id: doc.id,
    title: doc.title,
    market: doc.market,
    status,
    change,
    citation: calendarCitation(doc, today),
  }));
}

/** Where a document's dates come from: its first source, how official and how fresh it is on `today`. */
const calendarCitation = (doc: DatedDocument, today: string) => ({
  title: doc.source_title ?? doc.title,
  url: doc.source_url,
  as_of: doc.as_of,
  ...sourceInfo(doc, today),
});

/** Months ("by 2028-10") and years ("2028-2030") of the effective text that no milestone dates to the day. */
function approximateChanges(doc: DatedDocument, today: string): ApproximateChange[] {
  const effective = doc.effective ?? '';
  const whens = datesIn(doc.effective)
    .filter((d) => !effective.includes(d.iso))
    .map((d) => (effective.includes(d.iso.slice(0, 7)) ? d.iso.slice(0, 7) : d.iso.slice(0, 4)));
  const status = ruleTiming(doc, today).status;
  return [...new Set(whens)]
    .filter((when) => !doc.milestones.some((m) => m.date.startsWith(when)))
    .map((when) => ({
      when,
      document_id: doc.id,
      title: doc.title,
      market: doc.market,
      status,
      effective,
      citation: calendarCitation(doc, today),
    }));
}

/** Whether a month (YYYY-MM) or year (YYYY) overlaps the days from..to. */
const overlaps = (when: string, from: string, to: string) =>
  `${when}${when.length === 4 ? '-12-31' : '-31'}` >= from && `${when}-01-01`.slice(0, 10) <= to;

const yearAfter = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return isoDay(d);
};

export const regulatoryCalendar = defineTool({
  name: REGULATORY_CALENDAR,
  title: 'Regulatory calendar',
  description:
    'Lists the dated regulatory changes ahead for the given markets (and product categories): rules starting to apply, transitions ending, thresholds changing, registrations due, each with its date, document, status and source, earliest first. Past dates are never listed. Use it for "what changes next", "upcoming rules", "接下来有什么新规".',
  input,
  output,
  annotations: { readOnly: true },
  run: async (args, deps) => {
    const today = isoDay(deps.now());
    const notes: string[] = [];
    let from = args.from ?? today;
    if (from < today) {
      notes.push(`Past dates are not listed: the calendar starts today (${today}).`);
      from = today;
    }
    const to = args.to ?? yearAfter(from);
    if (to < from)
      throw new InvalidInputError(`"to" (${to}) is before the first day looked at (${from}).`, [
        { path: 'to', message: `must be on or after ${from}` },
      ]);
    const categories = args.categories?.length ? categoryTags(args.categories) : null;
    const coverage = await coverageOf(deps.db, args.markets);
    notes.push(...coverageNotes(coverage));
    const markets = withEuInheritance(coverage.markets);
    const docs = markets.length
      ? await datedDocuments(deps.db, {
          markets: [...markets, GLOBAL_MARKET],
          categoryTags: categories?.tags ?? null,
        })
      : [];
    const events = docs
      .flatMap((doc) => documentEvents(doc, today))
      .filter((e) => e.date >= from && e.date <= to)
      .sort((a, b) => a.date.localeCompare(b.date) || a.document_id.localeCompare(b.document_id));
    const approximate = docs
      .flatMap((doc) => approximateChanges(doc, today))
      .filter((a) => overlaps(a.when, from, to))
      .sort((a, b) => a.when.localeCompare(b.when) || a.document_id.localeCompare(b.document_id));
    if (markets.includes('EU') && coverage.markets.some((m) => m !== 'EU'))
      notes.push('EU-wide dates are included because EU member states apply them.');
    if (!events.length && markets.length)
      notes.push(`No dated change between ${from} and ${to} is recorded in the knowledge base.`);
    if (events.length)
      notes.push('Dates can move: verify each against its source before you plan around it.');
    return { events, approximate, markets, categories: categories?.ids ?? [], from, to, notes };
  },
  citations: calendarSources,
  toAnswer: calendarAnswer,
});
