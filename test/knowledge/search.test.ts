// Retrieval over the bundled knowledge through the tools: the done-when question, filters, Chinese questions,
// EU inheritance, the no-result case, the checklist, and first-run loading.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { ensureBundledKnowledge } from '../../knowledge/ingest/bundled';
import { listDocuments, readDocument } from '../../knowledge/store/documents';
import { invokeTool } from '../../tools/invoke';
import type { ComplianceLookupOutput } from '../../tools/compliance/compliance-lookup';
import { createTestDeps } from '../helpers/test-deps';

let deps: AppDeps;

async function lookup(input: Record<string, unknown>) {
  const result = await invokeTool(deps.registry, deps, 'compliance_lookup', input, {
    surface: 'cli',
  });
  if (!result.ok) throw result.error;
  return { output: result.output as ComplianceLookupOutput, text: result.text };
}

const ids = (out: ComplianceLookupOutput) => out.results.map((r) => r.document_id);

beforeAll(async () => {
  deps = await createTestDeps();
  expect(await ensureBundledKnowledge(deps)).toMatch(
    /^Loaded bundled knowledge: \d+ documents, \d+ chunks/,
  );
});
afterAll(async () => {
  await deps.db.close();
});

describe('bundled knowledge', () => {
  it('loads once: a second first-run step does nothing', async () => {
    expect(await ensureBundledKnowledge(deps)).toBeNull();
    const docs = await listDocuments(deps.db);
    expect(docs.length).toBeGreaterThan(200);
    for (const market of [
      'EU',
      'DE',
      'FR',
      'GB',
      'US',
      'CA',
      'AU',
      'JP',
      'KR',
      'SG',
      'ID',
      'TH',
      'VN',
      'MY',
      'PH',
      'BR',
      'MX',
      'CL',
      'SA',
      'AE',
    ])
      expect(docs.some((d) => d.market === market)).toBe(true);
    const prop65 = await readDocument(deps.db, 'us-ca-prop65-warnings');
    expect(prop65).toMatchObject({ market: 'US', source_url: expect.stringMatching(/^https?:/) });
    expect(prop65?.text).toMatch(/^# /);
  });
});

describe('compliance_lookup', () => {
  it('answers "What do I need to sell Bluetooth earbuds in Germany?" with GPSR, RED/CE and WEEE/packaging rules, cited', async () => {
    const { output, text } = await lookup({
      question: 'What do I need to sell Bluetooth earbuds in Germany?',
      markets: ['DE'],
    });
    expect(output.markets).toEqual(['DE', 'EU']);
    const got = ids(output);
    expect(got.some((id) => id.startsWith('eu-gpsr') || id.includes('responsible-person'))).toBe(
      true,
    );
    expect(got).toContain('eu-red-ce-marking');
    expect(got.some((id) => /weee|verpackg|ppwr|packaging/.test(id))).toBe(true);
    for (const r of output.results) {
      expect(r.citation.url).toMatch(/^https?:\/\//);
      expect(['DE', 'EU']).toContain(r.market);
      expect(r.status).toMatch(/in force|scheduled|changed/);
      expect(r.score).toBeGreaterThan(0);
    }
    expect(text).toMatch(/\[1\]/);
    expect(text).toContain('**Sources**');
  });

  it('EU member states inherit EU rules; other markets do not get them', async () => {
    const fr = await lookup({
      question: 'right of withdrawal for online purchases',
      markets: ['FR'],
    });
    expect(fr.output.markets).toEqual(['FR', 'EU']);
    expect(ids(fr.output)).toContain('eu-withdrawal-14-days');
    const us = await lookup({
      question: 'right of withdrawal for online purchases',
      markets: ['US'],
    });
    expect(us.output.results.length).toBeGreaterThan(0);
    expect(us.output.results.every((r) => r.market === 'US')).toBe(true);
  });

  it('finds English documents for simplified and traditional Chinese questions', async () => {
    for (const question of ['在德国卖蓝牙耳机需要什么认证？', '在德國賣藍牙耳機需要什麼認證？']) {
      const { output } = await lookup({ question });
      expect(output.markets).toEqual(['DE', 'EU']);
      expect(ids(output)[0]).toBe('eu-red-ce-marking');
      expect(output.notes.join(' ')).toMatch(
        /Searched the English knowledge base for: .*Bluetooth/,
      );
    }
    const vat = await lookup({ question: '德國增值稅稅率是多少？' });
    expect(ids(vat.output)[0]).toBe('de-vat-standard-rate');
    const toys = await lookup({ question: '欧盟玩具需要做什么测试？' });
    expect(ids(toys.output)).toContain('eu-toy-safety-directive-en71');
  });

  it('filters by topics, category and status', async () => {
    const topic = await lookup({
      question: 'Germany rules for sellers',
      markets: ['DE'],
      topics: ['vat-gst'],
    });
    expect(topic.output.results.length).toBeGreaterThan(0);
    expect(topic.output.results.every((r) => r.topic === 'vat-gst')).toBe(true);

    const cosmetics = await lookup({
      question: 'responsible person notification',
      markets: ['EU'],
      category: 'cosmetics',
    });
    expect(ids(cosmetics.output)).toContain('eu-cosmetics-rp-cpnp');
    const toys = await lookup({
      question: 'responsible person notification',
      markets: ['EU'],
      category: 'toys',
    });
    expect(ids(toys.output)).not.toContain('eu-cosmetics-rp-cpnp');

    const deMinimis = await lookup({ question: 'de minimis', markets: ['US'] });
    expect(ids(deMinimis.output)[0]).toMatch(/^us-de-minimis/);
    expect(ids(deMinimis.output)).toContain('us-de-minimis-statutory-repeal-2027');
    const { searchKnowledge } = await import('../../knowledge/search/search-knowledge');
    const onlyScheduled = await searchKnowledge(deps, {
      query: 'de minimis',
      markets: ['US'],
      status: ['scheduled'],
    });
    expect(onlyScheduled.passages.length).toBeGreaterThan(0);
    expect(onlyScheduled.passages.every((p) => p.status === 'scheduled')).toBe(true);
  });

  it('says so instead of returning noise when nothing is relevant', async () => {
    for (const question of [
      'How do I bake sourdough bread?',
      'Who won the football world cup?',
      '我想学做蛋糕',
    ]) {
      const { output, text } = await lookup({ question });
      expect(output.results).toEqual([]);
      expect(output.notes.join(' ')).toMatch(/Nothing in the knowledge base is relevant/);
      expect(text).toMatch(/Nothing in the knowledge base is relevant/);
    }
  });

  it('reads "FCC ID" as the US rule, not as Indonesia', async () => {
    const { output } = await lookup({ question: 'How do I get an FCC ID for a wireless device?' });
    expect(ids(output)[0]).toBe('us-fcc-equipment-authorization');
    expect(output.markets).not.toContain('ID');
  });

  it('falls back to all markets when the market read from the question finds nothing', async () => {
    const { output } = await lookup({
      question: 'Our Chile team asks how to get FCC equipment authorization for a wireless device',
    });
    expect(ids(output)).toContain('us-fcc-equipment-authorization');
    expect(output.notes.join(' ')).toMatch(/results from all markets/);
  });

  it('rejects an unknown market naming the field', async () => {
    const result = await invokeTool(
      deps.registry,
      deps,
      'compliance_lookup',
      { question: 'VAT', markets: ['Atlantis'] },
      { surface: 'cli' },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.details.issues?.[0].path).toBe('markets.0');
    }
  });
});

describe('compliance_checklist', () => {
  it('lists the obligations for electronics in Germany grouped by topic, each cited with status', async () => {
    const result = await invokeTool(
      deps.registry,
      deps,
      'compliance_checklist',
      { markets: ['DE'], category: 'radio-equipment' },
      { surface: 'cli' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = result.output as {
      markets: string[];
      topics: Array<{
        topic: string;
        obligations: Array<{
          document_id: string;
          status: string;
          citation: { url: string | null };
          actions: string[];
        }>;
      }>;
    };
    expect(out.markets).toEqual(['DE', 'EU']);
    const topics = out.topics.map((t) => t.topic);
    for (const topic of [
      'vat-gst',
      'product-safety',
      'certification',
      'epr-packaging',
      'data-protection',
    ])
      expect(topics).toContain(topic);
    const all = out.topics.flatMap((t) => t.obligations);
    const docIds = all.map((o) => o.document_id);
    expect(docIds).toEqual(
      expect.arrayContaining([
        'eu-red-ce-marking',
        'de-elektrog-weee-registration',
        'eu-gpsr-eu-responsible-person',
        'de-vat-standard-rate',
      ]),
    );
    expect(docIds).not.toContain('eu-cosmetics-rp-cpnp');
    expect(docIds.some((id) => id.startsWith('us-'))).toBe(false);
    expect(all.every((o) => o.citation.url && o.status)).toBe(true);
    expect(all.find((o) => o.document_id === 'eu-red-ce-marking')?.actions.length).toBeGreaterThan(
      0,
    );
    expect(result.text).toMatch(/### Certification/);
    expect(result.text).toMatch(/\[\d+\] .*https?:\/\//);
  });

  it('leaves out rules written for other platforms when a channel is given, and rejects unknown input', async () => {
    const own = await invokeTool(
      deps.registry,
      deps,
      'compliance_checklist',
      { markets: ['EU'], category: 'toys', channel: 'own-website' },
      { surface: 'cli' },
    );
    const amazon = await invokeTool(
      deps.registry,
      deps,
      'compliance_checklist',
      { markets: ['EU'], category: 'toys', channel: 'amazon' },
      { surface: 'cli' },
    );
    const listIds = (r: typeof own) =>
      r.ok
        ? (
            r.output as { topics: Array<{ obligations: Array<{ document_id: string }> }> }
          ).topics.flatMap((t) => t.obligations.map((o) => o.document_id))
        : [];
    expect(listIds(amazon)).toContain('eu-marketplace-gpsr-listing-fields');
    expect(listIds(own)).not.toContain('eu-marketplace-gpsr-listing-fields');
    expect(listIds(own)).toContain('eu-toy-safety-directive-en71');

    const bad = await invokeTool(
      deps.registry,
      deps,
      'compliance_checklist',
      { markets: ['DE'], category: 'spaceships' },
      { surface: 'cli' },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.details.issues?.[0].path).toBe('category');
  });
});
