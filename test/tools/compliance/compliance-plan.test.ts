// compliance_plan on the bundled knowledge: a hand-checked table of product x market (what must and must not be
// before listing), the earbuds-in-Germany plan, as_of, coverage, language, channel and bad input; and the clock
// and coverage that compliance_lookup and compliance_checklist share with it.
import { describe, expect, it } from 'vitest';
import { useToolHarness } from '../../helpers/tool-harness';
import { invokeTool } from '../../../tools/invoke';
import { planToAnswer } from '../../../tools/compliance/plan-answer';
import type { CompliancePlanOutput, PlanStep } from '../../../tools/compliance/compliance-plan';

const h = useToolHarness('compliance_plan', '2026-11-30T09:00:00Z');

const ids = (steps: PlanStep[], phase: string) =>
  steps.filter((s) => s.phase === phase).map((s) => s.document_id);

/**
 * [product, market, must be before listing, must not be before listing]. Checked by hand against the documents:
 * radio rules only for radio products, battery rules for battery products, children's rules for toys and baby
 * products, cosmetics notification for cosmetics, food-contact rules for items touching food; fines, breach
 * reporting and general withdrawal rights never before listing.
 */
const TABLE: Array<[string, string, string[], string[]]> = [
  [
    'Bluetooth earbuds',
    'DE',
    [
      'eu-red-ce-marking',
      'eu-red-cybersecurity',
      'eu-common-charger-usb-c',
      'de-elektrog-weee-registration',
      'de-battdg-2025',
      'de-verpackg-lucid',
      'eu-msr-responsible-person-harmonised',
    ],
    [
      'eu-gdpr-fines',
      'eu-withdrawal-14-days',
      'de-verpackg-sanctions',
      'eu-toy-safety-directive-en71',
      'eu-product-liability-directive-2024-2853',
    ],
  ],
  [
    'Bluetooth earbuds',
    'FR',
    [
      'eu-red-ce-marking',
      'eu-weee-authorised-representative',
      'eu-batteries-epr-registration',
      'fr-epr-unique-identifier',
      'fr-agec-triman-infotri',
      'fr-french-language-toubon',
    ],
    ['fr-durability-index', 'eu-omnibus-penalties-4pct'],
  ],
  [
    'Bluetooth earbuds',
    'GB',
    ['gb-ce-marking-recognised-indefinitely', 'gb-uk-importer-address', 'gb-packaging-epr'],
    ['eu-red-ce-marking', 'gb-uk-gdpr-breach-and-fines', 'tiktok-shop-cross-border-seller-rules'],
  ],
  [
    'Bluetooth earbuds',
    'US',
    ['us-fcc-equipment-authorization'],
    ['us-cpsia-childrens-products-cpc', 'us-astm-f963-23-mandatory', 'us-ca-ccpa-scope-fines'],
  ],
  [
    'Bluetooth earbuds',
    'JP',
    ['jp-radio-law-giteki', 'jp-pse-mark', 'jp-product-safety-four-laws-2025'],
    ['jp-cosmetics-pmd-act'],
  ],
  ['Bluetooth earbuds', 'AU', ['au-rcm-eess-electrical'], ['au-acl-penalties-uct']],
  [
    'Bluetooth earbuds',
    'SA',
    ['sa-wireless-type-approval', 'sa-saber-conformity', 'sa-arabic-labeling'],
    ['sa-halal-meat', 'sa-pdpl'],
  ],
  ['Bluetooth earbuds', 'BR', ['br-anatel-homologation'], ['br-inmetro-toys', 'br-lgpd-fines']],
  [
    'power bank',
    'DE',
    ['de-battdg-2025', 'eu-batteries-reg-ce-labelling', 'de-elektrog-weee-registration'],
    ['eu-red-cybersecurity', 'eu-common-charger-usb-c'],
  ],
  [
    'power bank',
    'FR',
    ['eu-batteries-epr-registration', 'eu-batteries-reg-ce-labelling'],
    ['eu-red-cybersecurity'],
  ],
  [
    'power bank',
    'GB',
    ['gb-packaging-epr', 'gb-ce-marking-recognised-indefinitely'],
    ['gb-cosmetics-scpn'],
  ],
  [
    'power bank',
    'US',
    ['global-lithium-battery-air-shipping'],
    ['us-cpsia-childrens-products-cpc'],
  ],
  ['power bank', 'JP', ['jp-pse-mark'], ['jp-radio-law-giteki']],
  ['power bank', 'AU', [], ['au-acl-penalties-uct']],
  ['power bank', 'SA', ['sa-saber-conformity'], ['sa-wireless-type-approval']],
  ['power bank', 'BR', [], ['br-inmetro-toys']],
  [
    'plush toy',
    'DE',
    ['eu-toy-safety-directive-en71', 'eu-msr-responsible-person-harmonised', 'de-verpackg-lucid'],
    [
      'eu-red-ce-marking',
      'de-elektrog-weee-registration',
      'eu-toy-safety-regulation-2025-2509',
      'eu-cosmetics-rp-cpnp',
    ],
  ],
  [
    'plush toy',
    'FR',
    ['eu-toy-safety-directive-en71', 'fr-french-language-toubon'],
    ['eu-weee-authorised-representative'],
  ],
  ['plush toy', 'GB', ['gb-ce-marking-recognised-indefinitely'], ['gb-cosmetics-scpn']],
  [
    'plush toy',
    'US',
    ['us-astm-f963-23-mandatory', 'us-cpsia-childrens-products-cpc', 'us-cpsc-efiling-2026'],
    ['us-fcc-equipment-authorization', 'us-mocra-registration-listing'],
  ],
  ['plush toy', 'JP', ['jp-product-safety-four-laws-2025'], ['jp-pse-mark', 'jp-radio-law-giteki']],
  ['plush toy', 'AU', [], ['au-rcm-eess-electrical']],
  ['plush toy', 'SA', ['sa-saber-conformity'], ['sa-wireless-type-approval']],
  ['plush toy', 'BR', ['br-inmetro-toys'], ['br-anatel-homologation']],
  [
    'face cream',
    'DE',
    ['eu-cosmetics-rp-cpnp'],
    ['eu-red-ce-marking', 'de-elektrog-weee-registration', 'eu-toy-safety-directive-en71'],
  ],
  [
    'face cream',
    'FR',
    ['eu-cosmetics-rp-cpnp', 'fr-french-language-toubon'],
    ['eu-weee-authorised-representative'],
  ],
  ['face cream', 'GB', ['gb-cosmetics-scpn'], ['gb-ce-marking-recognised-indefinitely']],
  [
    'face cream',
    'US',
    ['us-mocra-registration-listing'],
    ['us-fcc-equipment-authorization', 'us-cpsia-childrens-products-cpc'],
  ],
  ['face cream', 'JP', ['jp-cosmetics-pmd-act'], ['jp-pse-mark']],
  ['face cream', 'AU', [], ['au-rcm-eess-electrical']],
  ['face cream', 'SA', ['sa-saber-conformity'], ['sa-wireless-type-approval']],
  ['face cream', 'BR', [], ['br-anatel-homologation']],
  [
    'cotton T-shirt',
    'DE',
    ['de-verpackg-lucid', 'eu-gpsr-eu-responsible-person'],
    ['eu-red-ce-marking', 'eu-msr-responsible-person-harmonised', 'de-elektrog-weee-registration'],
  ],
  [
    'cotton T-shirt',
    'FR',
    ['fr-french-language-toubon', 'fr-epr-unique-identifier', 'eu-gpsr-eu-responsible-person'],
    ['eu-cosmetics-rp-cpnp', 'fr-ultra-fast-fashion-law'],
  ],
  [
    'cotton T-shirt',
    'GB',
    ['gb-uk-importer-address', 'gb-packaging-epr'],
    ['gb-ce-marking-recognised-indefinitely'],
  ],
  [
    'cotton T-shirt',
    'US',
    [],
    ['us-fcc-equipment-authorization', 'us-cpsia-childrens-products-cpc'],
  ],
  ['cotton T-shirt', 'JP', [], ['jp-pse-mark']],
  ['cotton T-shirt', 'AU', [], ['au-rcm-eess-electrical']],
  ['cotton T-shirt', 'SA', ['sa-arabic-labeling'], ['sa-wireless-type-approval']],
  ['cotton T-shirt', 'BR', [], ['br-inmetro-toys']],
  [
    'stainless steel water bottle',
    'DE',
    ['eu-food-contact-materials', 'eu-ppwr-2026'],
    ['eu-red-ce-marking', 'eu-msr-responsible-person-harmonised'],
  ],
  [
    'stainless steel water bottle',
    'FR',
    ['eu-food-contact-materials'],
    ['eu-toy-safety-directive-en71'],
  ],
  [
    'stainless steel water bottle',
    'GB',
    ['gb-packaging-epr'],
    ['gb-ce-marking-recognised-indefinitely'],
  ],
  ['stainless steel water bottle', 'US', [], ['us-fcc-equipment-authorization']],
  ['stainless steel water bottle', 'JP', [], ['jp-cosmetics-pmd-act']],
  ['stainless steel water bottle', 'AU', [], ['au-button-battery-standards']],
  ['stainless steel water bottle', 'SA', ['sa-arabic-labeling'], ['sa-halal-meat']],
  ['stainless steel water bottle', 'BR', [], ['br-anatel-homologation']],
  [
    'LED lamp',
    'DE',
    [
      'de-elektrog-weee-registration',
      'eu-red-ce-marking',
      'eu-msr-responsible-person-harmonised',
      'de-verpackg-lucid',
    ],
    ['eu-common-charger-usb-c', 'eu-red-cybersecurity', 'eu-toy-safety-directive-en71'],
  ],
  [
    'LED lamp',
    'FR',
    ['eu-weee-authorised-representative'],
    ['fr-durability-index', 'eu-common-charger-usb-c'],
  ],
  ['LED lamp', 'GB', ['gb-ce-marking-recognised-indefinitely'], ['gb-cosmetics-scpn']],
  ['LED lamp', 'US', ['us-fcc-equipment-authorization'], ['us-cpsia-childrens-products-cpc']],
  ['LED lamp', 'JP', ['jp-pse-mark'], ['jp-radio-law-giteki']],
  ['LED lamp', 'AU', ['au-rcm-eess-electrical'], ['au-acl-penalties-uct']],
  ['LED lamp', 'SA', ['sa-saber-conformity'], ['sa-wireless-type-approval']],
  ['LED lamp', 'BR', [], ['br-anatel-homologation']],
  [
    'baby stroller',
    'DE',
    ['eu-gpsr-eu-responsible-person'],
    ['eu-toy-safety-directive-en71', 'eu-red-ce-marking'],
  ],
  [
    'baby stroller',
    'FR',
    ['eu-gpsr-eu-responsible-person', 'fr-french-language-toubon'],
    ['eu-toy-safety-directive-en71'],
  ],
  ['baby stroller', 'GB', ['gb-uk-importer-address'], ['gb-ce-marking-recognised-indefinitely']],
  [
    'baby stroller',
    'US',
    ['us-cpsia-childrens-products-cpc', 'us-cpsc-efiling-2026'],
    ['us-astm-f963-23-mandatory', 'us-fcc-equipment-authorization'],
  ],
  ['baby stroller', 'JP', ['jp-product-safety-four-laws-2025'], ['jp-pse-mark']],
  ['baby stroller', 'AU', [], ['au-rcm-eess-electrical']],
  ['baby stroller', 'SA', ['sa-arabic-labeling'], ['sa-wireless-type-approval']],
  ['baby stroller', 'BR', [], ['br-inmetro-toys']],
];

describe('compliance_plan: product x market', () => {
  it.each(TABLE)('%s in %s', async (product, market, must, mustNot) => {
    const out: CompliancePlanOutput = await h.call({ product, markets: [market], max_steps: 60 });
    const before = ids(out.steps, 'before_listing');
    for (const id of must) expect(before, `${id} before listing`).toContain(id);
    for (const id of mustNot) expect(before, `${id} not before listing`).not.toContain(id);
    // Background never reaches before_listing, and every step is cited and says why.
    expect(
      out.steps.filter((s) => s.phase === 'before_listing' && /fines|breach/i.test(s.title)),
    ).toEqual([]);
    for (const s of out.steps) {
      expect(s.citation.title).toBeTruthy();
      expect(s.why).toBeTruthy();
    }
  });
});

describe('compliance_plan: Bluetooth earbuds in Germany', () => {
  it('acts on RED/CE, WEEE, batteries, packaging and the EU operator first, then VAT and IOSS, with the PLD upcoming, in 20 cited steps', async () => {
    const out: CompliancePlanOutput = await h.call({
      product: 'Bluetooth earbuds',
      markets: ['DE'],
    });
    expect(out.phases).toEqual(['before_listing', 'tax_and_customs', 'ongoing', 'upcoming']);
    expect(out.steps.length).toBeLessThanOrEqual(20);
    expect(out.steps.length).toBeGreaterThan(10);
    expect(out.markets).toEqual(['DE', 'EU']);
    expect(out.categories).toEqual(['radio-equipment']);
    const before = ids(out.steps, 'before_listing');
    expect(before).toEqual(
      expect.arrayContaining([
        'eu-red-ce-marking',
        'de-elektrog-weee-registration',
        'de-battdg-2025',
        'de-verpackg-lucid',
        'eu-msr-responsible-person-harmonised',
      ]),
    );
    expect(ids(out.steps, 'tax_and_customs')).toEqual(
      expect.arrayContaining(['de-vat-standard-rate', 'eu-ioss-import-vat-150']),
    );
    const pld = out.steps.find((s) => s.document_id === 'eu-product-liability-directive-2024-2853');
    expect(pld).toMatchObject({ phase: 'upcoming', status: 'scheduled', date: '2026-12-09' });
    // Phases come in order, and product-specific steps lead each phase.
    const order = out.steps.map((s) => out.phases.indexOf(s.phase));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(out.steps[0].priority).toBe(1);
    expect(out.steps.find((s) => s.document_id === 'eu-red-ce-marking')?.why).toBe(
      'radio equipment: Bluetooth',
    );
    for (const s of out.steps) {
      expect(s.citation.url ?? s.citation.title).toBeTruthy();
      if (s.phase !== 'upcoming') expect(s.status).not.toBe('scheduled');
    }
    expect(out.omitted).toBeGreaterThan(0);
    expect(out.summary).toMatch(/^Bluetooth earbuds in Germany: \d+ before listing/);
    expect(out.notes.join(' ')).toContain('Category read from "Bluetooth earbuds"');
  });

  it('keeps dated changes when several markets fill the 20 steps', async () => {
    const out: CompliancePlanOutput = await h.call({
      product: 'Bluetooth earbuds',
      markets: ['DE', 'FR'],
    });
    expect(out.steps).toHaveLength(20);
    expect(ids(out.steps, 'upcoming')).toContain('eu-product-liability-directive-2024-2853');
    expect(ids(out.steps, 'tax_and_customs')).toEqual(
      expect.arrayContaining(['de-vat-standard-rate', 'fr-vat-standard-rate']),
    );
  });

  it('judges dates against as_of: in force once passed, upcoming before', async () => {
    const june: CompliancePlanOutput = await h.call({
      product: 'Bluetooth earbuds',
      markets: ['DE'],
      as_of: '2026-06-01',
      max_steps: 60,
    });
    expect(ids(june.steps, 'upcoming')).toEqual(
      expect.arrayContaining(['eu-interim-flat-duty-3-eur', 'eu-withdrawal-button-2026']),
    );
    const december: CompliancePlanOutput = await h.call({
      product: 'Bluetooth earbuds',
      markets: ['DE'],
      as_of: '2026-12-10',
      max_steps: 60,
    });
    const pld = december.steps.find(
      (s) => s.document_id === 'eu-product-liability-directive-2024-2853',
    );
    expect(pld).toMatchObject({ phase: 'ongoing', status: 'in force' });
  });
});

describe('compliance_plan: coverage, language, channel and input', () => {
  it('names markets it does not cover instead of showing other countries', async () => {
    const none: CompliancePlanOutput = await h.call({ product: 'toys', markets: ['Norway'] });
    expect(none.steps).toEqual([]);
    expect(none.not_covered[0]).toMatch(/^Norway: not covered/);
    expect(none.summary).toBe('toys in Norway: not covered by the knowledge base.');
    const mixed: CompliancePlanOutput = await h.call({
      product: 'toys',
      markets: ['DE', 'Turkey'],
    });
    expect(mixed.steps.length).toBeGreaterThan(0);
    expect(mixed.steps.every((s) => s.market === 'DE' || s.market === 'EU')).toBe(true);
    expect(mixed.not_covered.join(' ')).toContain('Turkey');
    const austria: CompliancePlanOutput = await h.call({ product: 'toys', markets: ['Austria'] });
    expect(austria.markets).toEqual(['EU']);
    expect(austria.notes.join(' ')).toMatch(/Austria: only EU-wide rules/);
  });

  it('states plainly when a product type has no specific rules in a market', async () => {
    const out: CompliancePlanOutput = await h.call({ product: 'face cream', markets: ['BR'] });
    expect(out.not_covered.join(' ')).toMatch(/Cosmetics rules for Brazil: none/);
    const unknown: CompliancePlanOutput = await h.call({
      product: 'fidget spinner',
      markets: ['DE'],
    });
    expect(unknown.categories).toEqual([]);
    expect(unknown.not_covered.join(' ')).toMatch(/not recognised/);
    expect(unknown.steps.every((s) => s.why.startsWith('every seller'))).toBe(true);
  });

  it('answers in the language of the product and reads markets from it', async () => {
    const hans: CompliancePlanOutput = await h.call({ product: '蓝牙耳机', markets: ['德国'] });
    expect(hans.language).toBe('zh-Hans');
    expect(hans.summary).toMatch(/^在德国销售蓝牙耳机：上架前 \d+ 项/);
    expect(ids(hans.steps, 'before_listing')).toContain('eu-red-ce-marking');
    const hant: CompliancePlanOutput = await h.call({ product: '藍牙耳機 日本' });
    expect(hant.language).toBe('zh-Hant');
    expect(hant.markets).toEqual(['JP']);
    expect(hant.summary).toMatch(/^在日本銷售/);
  });

  it("shows a platform's own rules only for that channel", async () => {
    const amazon: CompliancePlanOutput = await h.call({
      product: 'plush toy',
      markets: ['DE'],
      channel: 'amazon',
    });
    expect(ids(amazon.steps, 'before_listing')).toContain('eu-marketplace-gpsr-listing-fields');
    expect(ids(amazon.steps, 'before_listing')).not.toContain('eu-gpsr-online-listing-info');
    expect(
      amazon.steps.find((s) => s.document_id === 'eu-marketplace-gpsr-listing-fields')?.why,
    ).toBe('every seller in the EU, selling on amazon');
    const tiktok: CompliancePlanOutput = await h.call({
      product: 'plush toy',
      markets: ['GB'],
      channel: 'tiktok_shop',
    });
    expect(tiktok.channel).toBe('tiktok-shop');
    expect(ids(tiktok.steps, 'before_listing')).toContain('tiktok-shop-cross-border-seller-rules');
  });

  it('takes a category over the words, and names the field of bad input', async () => {
    const out: CompliancePlanOutput = await h.call({
      product: 'Model X-200',
      category: 'toys',
      markets: ['US'],
    });
    expect(ids(out.steps, 'before_listing')).toContain('us-astm-f963-23-mandatory');
    const bad = async (input: Record<string, unknown>) => {
      const r = await invokeTool(h.deps.registry, h.deps, 'compliance_plan', input, {
        surface: 'cli',
      });
      return r.ok ? null : r.error;
    };
    expect(await bad({ product: 'toys', markets: ['Atlantis'] })).toMatchObject({
      details: { issues: [expect.objectContaining({ path: 'markets.0' })] },
    });
    expect(await bad({ product: 'toys', markets: ['DE'], category: 'spaceships' })).toMatchObject({
      details: { issues: [expect.objectContaining({ path: 'category' })] },
    });
    expect(await bad({ product: 'toys' })).toMatchObject({
      details: { issues: [expect.objectContaining({ path: 'markets' })] },
    });
    expect(await bad({ product: 'toys', markets: ['DE'], as_of: '30/11/2026' })).toMatchObject({
      details: { issues: [expect.objectContaining({ path: 'as_of' })] },
    });
  });
});

describe('planToAnswer', () => {
  it('reads on a phone: a summary, one heading per phase, cited steps, and "show all" when cut', async () => {
    const out: CompliancePlanOutput = await h.call({
      product: 'Bluetooth earbuds',
      markets: ['DE'],
    });
    const answer = planToAnswer(out, 'en');
    expect(answer.blocks[0]).toEqual({ type: 'paragraph', text: out.summary });
    const headings = answer.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toEqual(['Before listing', 'Tax and customs', 'Ongoing', 'Upcoming changes']);
    const items = answer.blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
    expect(items).toHaveLength(out.steps.length);
    expect(items.every((i) => i.citations?.length === 1)).toBe(true);
    expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
    const action = answer.blocks.find((b) => b.type === 'action');
    expect(action).toMatchObject({
      label: `Show the full checklist (${out.omitted} more)`,
      arguments: { markets: ['DE', 'EU'], category: 'radio-equipment' },
    });
    // No tool or document ids in what the reader sees.
    const shown = JSON.stringify(
      answer.blocks.map((b) =>
        'items' in b ? b.items : 'text' in b ? b.text : b.type === 'action' ? b.label : '',
      ),
    );
    expect(shown).not.toMatch(/compliance_|eu-red-ce-marking|de-vat-standard-rate/);
    expect(planToAnswer(out, 'zh-Hans').blocks.find((b) => b.type === 'heading')).toMatchObject({
      text: '上架前',
    });
  });
});

describe('compliance_lookup and compliance_checklist share the clock and the coverage', () => {
  const run = async (
    tool: string,
    input: Record<string, unknown>,
    now = '2026-11-30T09:00:00Z',
  ) => {
    const deps = { ...h.deps, now: () => new Date(now) };
    const r = await invokeTool(deps.registry, deps, tool, input, { surface: 'cli' });
    if (!r.ok) throw new Error(r.error.message);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return r.output as any;
  };

  it('labels a rule scheduled before its date and in force after it, with no stale "scheduled"', async () => {
    const pld = {
      question: 'New Product Liability Directive for products placed on the market',
      markets: ['EU'],
    };
    const before = await run('compliance_lookup', pld);
    const after = await run('compliance_lookup', pld, '2026-12-10T09:00:00Z');
    const find = (out: { results: Array<{ document_id: string; status: string }> }) =>
      out.results.find((r) => r.document_id === 'eu-product-liability-directive-2024-2853')?.status;
    expect(find(before)).toBe('scheduled');
    expect(find(after)).toBe('in force');

    const checklist = await run('compliance_checklist', {
      markets: ['DE'],
      category: 'electronics',
    });
    const all = checklist.topics.flatMap((t: { obligations: unknown[] }) => t.obligations);
    // Stored as scheduled with its start on 1 January 2026: in force by 30 November 2026.
    expect(
      all.find((o: { document_id: string }) => o.document_id === 'eu-handling-fee-small-parcels'),
    ).toMatchObject({
      status: 'in force',
    });
    expect(
      all.find(
        (o: { document_id: string }) =>
          o.document_id === 'eu-product-liability-directive-2024-2853',
      ),
    ).toMatchObject({
      status: 'scheduled',
    });
  });

  it('says "not covered" for markets it has no rules for instead of showing other countries', async () => {
    const norway = await run('compliance_lookup', {
      question: 'What do I need to sell toys in Norway?',
    });
    expect(norway.results).toEqual([]);
    expect(norway.notes[0]).toMatch(/^Not covered: Norway\./);
    const iceland = await run('compliance_lookup', {
      question: 'toy safety rules',
      markets: ['Iceland'],
    });
    expect(iceland.results).toEqual([]);
    expect(iceland.notes[0]).toMatch(/^Not covered: Iceland\./);
    const mixed = await run('compliance_lookup', {
      question: 'Do Bluetooth earbuds need CE marking in Germany and Turkey?',
    });
    expect(mixed.results.length).toBeGreaterThan(0);
    expect(
      mixed.results.every((r: { market: string }) => ['DE', 'EU', 'GLOBAL'].includes(r.market)),
    ).toBe(true);
    expect(mixed.notes.join(' ')).toContain('Not covered: Turkey.');
  });
});
