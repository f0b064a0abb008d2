// regulatory_calendar on the bundled knowledge with the clock pinned to 2026-11-30: the Germany query of issue #23
// (EU dates in order, nothing past), a market with nothing ahead, the category filter, bad input, the en/zh
// answers, and the router phrases that reach it.
import { describe, expect, it } from 'vitest';
import { useToolHarness } from '../../helpers/tool-harness';
import { invokeTool } from '../../../tools/invoke';
import { toolAnswer } from '../../../tools/define-tool';
import { regulatoryCalendar } from '../../../tools/compliance/regulatory-calendar';
import { routeMessage } from '../../../server/agent/router';
import { EMPTY_CATALOGUE } from '../../../core/slots/index';

const h = useToolHarness('regulatory_calendar', '2026-11-30T09:00:00Z');

interface Event {
  date: string;
  document_id: string;
  market: string;
  change: string;
  citation: { url: string | null; source_kind: string };
}

describe('regulatory_calendar', () => {
  it('lists the Product Liability Directive and the later EU dates for Germany, in order, none past', async () => {
    const out = await h.call({ markets: ['DE'], from: '2026-11-30', to: '2027-12-31' });
    const events = out.events as Event[];
    expect(out.markets).toEqual(['DE', 'EU']);
    expect(events[0]).toMatchObject({
      date: '2026-12-09',
      document_id: 'eu-product-liability-directive-2024-2853',
      market: 'EU',
      status: 'scheduled',
    });
    expect(events[0].change).toMatch(/placed on the market/);
    // Its source is the Directive on EUR-Lex, marked official.
    expect(events[0].citation).toMatchObject({ source_kind: 'official' });
    expect(events[0].citation.url).toContain('eur-lex.europa.eu');
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d >= '2026-11-30' && d <= '2027-12-31')).toBe(true);
    // Milestones and effective dates of the EU documents, each once.
    const byDoc = events.map((e) => `${e.date} ${e.document_id}`);
    expect(byDoc).toEqual(
      expect.arrayContaining([
        '2027-02-01 eu-marketplace-gpsr-listing-fields',
        '2027-02-18 eu-batteries-removable-2027',
        '2027-08-18 eu-batteries-due-diligence-postponed',
        '2027-12-11 eu-cra-reporting-2026',
      ]),
    );
    expect(new Set(byDoc).size).toBe(byDoc.length);
    // Past stages of the same documents are left out (PLD entry into force 2024, EUR 3 duty 2026-07-01).
    expect(byDoc).not.toContain('2024-12-08 eu-product-liability-directive-2024-2853');
    expect(events.some((e) => e.document_id === 'eu-interim-flat-duty-3-eur')).toBe(false);
    expect(
      events.every((e) => e.market === 'DE' || e.market === 'EU' || e.market === 'GLOBAL'),
    ).toBe(true);
  });

  it('reads market names in English and Chinese, and defaults to one year from today', async () => {
    const out = await h.call({ markets: ['德国'] });
    expect(out).toMatchObject({ markets: ['DE', 'EU'], from: '2026-11-30', to: '2027-11-30' });
    expect((await h.call({ markets: ['Germany'] })).events).toEqual(out.events);
    const us = await h.call({ markets: ['US'], to: '2028-12-31' });
    expect(us.events.map((e: Event) => `${e.date} ${e.document_id}`)).toEqual(
      expect.arrayContaining([
        '2027-01-08 us-cpsc-efiling-2026',
        '2027-07-01 us-de-minimis-statutory-repeal-2027',
        '2028-01-01 us-ca-prop65-short-form-2025',
      ]),
    );
  });

  it('lists changes dated only to a month or year apart, never on an invented day', async () => {
    const out = await h.call({ markets: ['GB'], to: '2028-12-31' });
    expect(out.approximate).toEqual([
      expect.objectContaining({
        when: '2028-10',
        document_id: 'gb-customs-duty-135-relief',
        effective: 'relief in force; abolition by 2028-10 at the latest',
      }),
    ]);
    expect(out.events.some((e: Event) => e.document_id === 'gb-customs-duty-135-relief')).toBe(
      false,
    );
    const answer = toolAnswer(regulatoryCalendar, out, 'en');
    const list = answer.blocks.find((b) => b.type === 'list');
    expect(list).toMatchObject({ items: [{ text: expect.stringMatching(/^2028-10 · GB · /) }] });
    expect(answer.citations.map((c) => c.document_id)).toContain('gb-customs-duty-135-relief');
    // Before 2028 the year-dated PPWR stages are not yet in range.
    const eu = await h.call({ markets: ['EU'], to: '2027-12-31' });
    expect(eu.approximate.map((a: { when: string }) => a.when)).toEqual([]);
  });

  it('never lists a date before today, even when asked to start earlier', async () => {
    const out = await h.call({ markets: ['EU'], from: '2026-01-01', to: '2026-12-31' });
    expect(out.from).toBe('2026-11-30');
    expect(out.events.every((e: Event) => e.date >= '2026-11-30')).toBe(true);
    expect(out.notes.join(' ')).toMatch(/Past dates are not listed/);
  });

  it('says so when a market has nothing ahead', async () => {
    const out = await h.call({ markets: ['SG'], from: '2026-11-30', to: '2027-06-30' });
    expect(out.events).toEqual([]);
    expect(out.notes.join(' ')).toMatch(/No dated change between 2026-11-30 and 2027-06-30/);
    const answer = toolAnswer(regulatoryCalendar, out, 'en');
    expect(answer.blocks[0]).toMatchObject({
      type: 'paragraph',
      text: expect.stringContaining('no dated change for SG'),
    });
  });

  it('keeps only rules for the named categories (and for all products)', async () => {
    const all = (await h.call({ markets: ['EU'], to: '2031-12-31' })).events as Event[];
    const toys = (await h.call({ markets: ['EU'], categories: ['toys'], to: '2031-12-31' }))
      .events as Event[];
    const ids = (es: Event[]) => new Set(es.map((e) => e.document_id));
    expect(ids(all)).toContain('eu-batteries-removable-2027');
    expect(ids(toys)).not.toContain('eu-batteries-removable-2027');
    expect(ids(toys)).toContain('eu-toy-safety-regulation-2025-2509');
    expect(ids(toys)).toContain('eu-product-liability-directive-2024-2853');
    expect(toys.map((e) => `${e.date} ${e.document_id}`)).toEqual(
      expect.arrayContaining([
        '2030-08-01 eu-toy-safety-regulation-2025-2509',
        '2031-02-01 eu-toy-safety-regulation-2025-2509',
      ]),
    );
    expect(toys.length).toBeLessThan(all.length);
  });

  it('names the field of bad input', async () => {
    const call = (input: unknown) =>
      invokeTool(h.deps.registry, h.deps, 'regulatory_calendar', input, { surface: 'cli' });
    const cases: Array<[unknown, string]> = [
      [{ markets: ['Atlantis'] }, 'markets.0'],
      [{ markets: ['DE'], categories: ['spaceships'] }, 'categories.0'],
      [{ markets: ['DE'], from: '2027-13-01' }, 'from'],
      [{ markets: ['DE'], from: '2027-06-01', to: '2027-01-01' }, 'to'],
      [{}, 'markets'],
    ];
    for (const [input, path] of cases) {
      const r = await call(input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.error.details.issues?.map((i) => i.path)).toContain(path);
    }
  });

  it('answers as a table by date with a citation per row, in English and Chinese', async () => {
    const out = await h.call({ markets: ['DE'], from: '2026-11-30', to: '2027-12-31' });
    for (const lang of ['en', 'zh-Hans'] as const) {
      const answer = toolAnswer(regulatoryCalendar, out, lang);
      const table = answer.blocks.find((b) => b.type === 'table');
      if (table?.type !== 'table') throw new Error('no table');
      expect(table.rows[0].cells).toMatchObject({ date: '2026-12-09', market: 'EU' });
      expect(table.rows.every((r) => r.citations?.length === 1)).toBe(true);
      expect(answer.citations[0]).toMatchObject({
        document_id: 'eu-product-liability-directive-2024-2853',
      });
      if (lang === 'zh-Hans') {
        expect(table.columns.map((c) => c.label)).toEqual(['日期', '法规', '变化内容', '市场']);
        expect(answer.blocks[0]).toMatchObject({
          text: expect.stringContaining('有日期的法规变化'),
        });
      }
    }
  });
});

describe('routing to the calendar', () => {
  const ctx = { now: new Date('2026-11-30T09:00:00Z'), catalogue: EMPTY_CATALOGUE };
  it.each([
    ['what changes next for EU toys', { markets: ['EU'], categories: ['toys'] }],
    ['upcoming regulations in the US', { markets: ['US'] }],
    ['接下来美国有什么新规', { markets: ['US'] }],
    ['德国明年有哪些新规定', { markets: ['DE'], from: '2027-01-01', to: '2027-12-31' }],
  ])('%s', (text, args) => {
    expect(routeMessage(text, ctx)).toMatchObject({ tool: 'regulatory_calendar', arguments: args });
  });

  it('leaves rule questions to the lookup', () => {
    expect(routeMessage('what rules apply to toys in the EU', ctx)?.tool).toBe('compliance_lookup');
    expect(routeMessage('欧盟电池新规要求什么', ctx)?.tool).toBe('compliance_lookup');
  });
});
