// landed_cost through the invoke wrapper on a real database with the bundled knowledge: every rule of the rules table
// on a parcel with hand-computed figures, dates either side of a change, FX conversion, missing codes and rates.
import { describe, expect, it } from 'vitest';
import { invokeTool } from '../../../tools/invoke';
import { toolAnswer } from '../../../tools/define-tool';
import { landedCost } from '../../../tools/customs/landed-cost';
import { useToolHarness } from '../../helpers/tool-harness';

const harness = useToolHarness('landed_cost', '2026-11-30T12:00:00Z');
const cost = harness.call;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Out = any;
const kinds = (out: Out) => out.components.map((c: Out) => `${c.kind}:${c.amount}`);

// Three items in two tariff sub-headings (6206.10 silk, 6206.20 wool), EUR 70 of goods.
const blouses = [
  { description: 'silk blouse', hs_code: '6206.10', value: 30, quantity: 1 },
  { description: 'wool blouse', hs_code: '6206.20', value: 20, quantity: 2 },
];

describe('landed_cost in the EU', () => {
  it('charges EUR 3 per tariff sub-heading and French VAT at checkout for an IOSS parcel after 1 July 2026', async () => {
    const out = await cost({
      destination: 'France',
      items: blouses,
      currency: 'EUR',
      shipping_cost: 5,
      ioss: true,
      date: '2026-07-15',
    });
    // Duty 2 × 3 = 6; VAT 20% of (70 + 5) = 15.
    expect(out.components).toEqual([
      expect.objectContaining({
        kind: 'duty',
        amount: 6,
        rate: 3,
        base: 2,
        document_id: 'eu-interim-flat-duty-3-eur',
        collected_by: 'seller_at_checkout',
      }),
      expect.objectContaining({
        kind: 'vat',
        amount: 15,
        rate: 20,
        base: 75,
        document_id: 'fr-vat-standard-rate',
        collected_by: 'seller_at_checkout',
      }),
    ]);
    expect(out.total_taxes_and_duties).toBe(21);
    expect(out.landed_total).toBe(96);
    expect(out.needs).toEqual([]);
    expect(out.components[0].citation.url).toContain('eur-lex.europa.eu');
  });

  it('charges no duty on the same parcel in June 2026, under the EUR 150 relief', async () => {
    const out = await cost({
      destination: 'FR',
      items: blouses,
      currency: 'EUR',
      shipping_cost: 5,
      ioss: true,
      date: '2026-06-30',
    });
    expect(kinds(out)).toEqual(['vat:15']);
    expect(out.landed_total).toBe(90);
    expect(out.notes.join(' ')).toContain('eu-customs-duty-relief-150');
  });

  it('gives items described only in words the HS code classify_hs finds, and says so', async () => {
    const out = await cost({
      destination: '德国',
      items: [
        { description: 'phone case', value: 5, quantity: 3 },
        { description: 'USB charger', value: 10, quantity: 1 },
        { description: 'phone case', value: 5, quantity: 1 },
      ],
      currency: 'EUR',
      date: '2026-11-30',
    });
    // Two sub-headings (392690, 850440) → EUR 6; German VAT 19% of 30 = 5.70.
    expect(kinds(out)).toEqual(['duty:6', 'vat:5.7']);
    expect(out.notes.join(' ')).toContain(
      'HS code 392690 for "phone case" is classify_hs\'s best match',
    );
    expect(out.notes.join(' ')).toContain('HS code 850440 for "USB charger"');
    expect(out.notes.join(' ')).not.toMatch(/Assumption: items without an HS code/);
    expect(out.needs).toEqual([]);
  });

  it('counts distinct descriptions as sub-headings when no code can be found, says so and asks for the codes', async () => {
    const out = await cost({
      destination: '德国',
      items: [
        { description: '礼品', value: 5, quantity: 3 },
        { description: '样品', value: 10, quantity: 1 },
        { description: '礼品', value: 5, quantity: 1 },
      ],
      currency: 'EUR',
      date: '2026-11-30',
    });
    // Two distinct descriptions → EUR 6; German VAT 19% of 30 = 5.70.
    expect(kinds(out)).toEqual(['duty:6', 'vat:5.7']);
    expect(out.notes.join(' ')).toMatch(/Assumption: items without an HS code/);
    expect(out.notes).toContain('Assumed the seller uses IOSS (set ioss to false if not).');
    expect(out.needs.map((n: Out) => n.field)).toEqual([
      'items.0.hs_code',
      'items.1.hs_code',
      'items.2.hs_code',
    ]);
    expect(out.needs[0].message).toContain('classify_hs');
  });

  it('charges the duty of the national line a full code names, and lists the lines for a six-digit code', async () => {
    const parcel = {
      destination: 'US',
      items: [{ description: 'flashlight', hs_code: '8513.10.20', value: 200, quantity: 1 }],
      currency: 'USD',
      shipping_cost: 0,
      date: '2026-11-30',
    };
    // US general rate of 8513.10.20 (flashlights) 12.5% of 200 = 25.
    const out = await cost(parcel);
    expect(out.components[0]).toMatchObject({ kind: 'duty', amount: 25, rate: 12.5 });
    expect(out.components[0].citation.title).toMatch(/^HS 8513\.10\.20: /);
    const six = await cost({ ...parcel, items: [{ ...parcel.items[0], hs_code: '851310' }] });
    expect(six.components.filter((c: Out) => c.kind === 'duty')).toEqual([]);
    expect(six.needs[0].field).toBe('duty_rates.851310');
    expect(six.needs[0].message).toMatch(/8513\.10\.20 .*12\.5%; 8513\.10\.40 .*3\.5%/);
    // Nothing charged yet is not "no duty applies": the answer points at what is missing (en and zh).
    const texts = (lang: 'en' | 'zh-Hans') =>
      toolAnswer(landedCost, six, lang).blocks.map((b) => ('text' in b ? b.text : ''));
    expect(texts('en')).toContain(
      'Nothing is charged yet: what is missing below is needed before the total is complete.',
    );
    expect(texts('en').join(' ')).not.toContain('No duty, tax or fee applies');
    expect(texts('zh-Hans').join(' ')).not.toContain('不产生关税');
  });

  it('charges tariff duty on the CIF value and import VAT on value plus duty above EUR 150, paid by whoever the incoterm says', async () => {
    const parcel = {
      destination: 'DE',
      items: [{ description: 'earbuds', hs_code: '8518.30', value: 100, quantity: 2 }],
      currency: 'EUR',
      shipping_cost: 10,
      ioss: true,
      duty_rates: { '851830': 2 },
      date: '2026-11-30',
    };
    const out = await cost(parcel);
    // Duty 2% of 210 = 4.20; VAT 19% of 214.20 = 40.698 → 40.70.
    expect(out.components).toEqual([
      expect.objectContaining({
        kind: 'duty',
        amount: 4.2,
        rate: 2,
        base: 210,
        document_id: null,
        collected_by: 'at_import_paid_by_seller',
      }),
      expect.objectContaining({
        kind: 'vat',
        amount: 40.7,
        rate: 19,
        base: 214.2,
        collected_by: 'at_import_paid_by_seller',
      }),
    ]);
    expect(out.components[0].citation.title).toBe('HS 851830: rate given in duty_rates');
    expect(out.notes.join(' ')).toContain('IOSS covers consignments up to EUR 150 only');
    const dap = await cost({ ...parcel, incoterm: 'DAP' });
    expect(dap.components.map((c: Out) => c.collected_by)).toEqual([
      'at_import_paid_by_buyer',
      'at_import_paid_by_buyer',
    ]);
  });

  it('uses the tariff rate, not the flat duty, for a low-value parcel without IOSS after 1 July 2026, and asks for a missing rate', async () => {
    const out = await cost({
      destination: 'NL',
      items: [
        { description: 'phone case', hs_code: '420232', value: 30, quantity: 1 },
        { description: 'T-shirt', hs_code: '6109.10', value: 10, quantity: 1 },
      ],
      currency: 'EUR',
      ioss: false,
      date: '2026-11-30',
    });
    // 4202.32 has no single EU rate in the table: left out and asked for. 6109.10 is 12% of 10 = 1.20;
    // import VAT 21% of (40 + 1.20) = 8.652 → 8.65.
    expect(kinds(out)).toEqual(['duty:1.2', 'vat:8.65']);
    expect(out.components[0].citation.title).toMatch(/^HS 610910: HSRates compilation of EU TARIC/);
    expect(out.needs).toEqual([
      expect.objectContaining({
        field: 'duty_rates.420232',
        url: expect.stringContaining('taric'),
      }),
    ]);
    expect(out.notes.join(' ')).toContain('The flat EUR 3 duty applies to IOSS sales');
  });

  it('adds the Italian EUR 2 contribution per consignment up to EUR 150', async () => {
    const out = await cost({
      destination: 'IT',
      items: [{ hs_code: '851830', value: 40, quantity: 1 }],
      currency: 'EUR',
      date: '2026-11-30',
    });
    // Flat duty 3; VAT 22% of 40 = 8.80; fee 2.
    expect(kinds(out)).toEqual(['duty:3', 'vat:8.8', 'fee:2']);
    expect(out.components[2]).toMatchObject({
      rate: 2,
      base: 1,
      document_id: 'it-handling-fee-2eur',
    });
  });

  it('converts the EUR duty and fee into a RON parcel with the bundled RON rate (ECB 5.2235)', async () => {
    const out = await cost({
      destination: 'IT',
      items: [{ hs_code: '851830', value: 209, quantity: 1 }],
      currency: 'RON',
      date: '2026-11-30',
    });
    // RON 209 = EUR 40.01 (under every EUR 150 limit). Duty 3 × 5.2235 = 15.6705 → 15.67;
    // VAT 22% of 209 = 45.98; fee 2 × 5.2235 = 10.447 → 10.45.
    expect(kinds(out)).toEqual(['duty:15.67', 'vat:45.98', 'fee:10.45']);
  });

  it('adds the Romanian RON 25 fee, converted from RON, to a EUR 60 parcel after 1 January 2026, owed by the seller', async () => {
    const out = await cost({
      destination: 'Romania',
      items: [{ hs_code: '851830', value: 60, quantity: 1 }],
      currency: 'EUR',
      ioss: true,
      incoterm: 'DAP',
      date: '2026-11-30',
    });
    // Flat duty 3; VAT 21% of 60 = 12.60; fee RON 25 / 5.2235 = EUR 4.786 → 4.79. Total 20.39, landed 80.39.
    expect(kinds(out)).toEqual(['duty:3', 'vat:12.6', 'fee:4.79']);
    expect(out.components[1]).toMatchObject({
      rate: 21,
      document_id: 'eu-standard-vat-rate-range',
    });
    expect(out.components[2]).toMatchObject({
      rate: 25,
      base: 1,
      document_id: 'eu-handling-fee-small-parcels',
      collected_by: 'at_import_paid_by_seller',
    });
    expect(out.total_taxes_and_duties).toBe(20.39);
    expect(out.landed_total).toBe(80.39);
    expect(out.notes.join(' ')).toContain('Converted between EUR and RON');
    expect(out.notes.join(' ')).toContain(
      'Romania charges RON 25 per non-EU parcel under EUR 150, owed by the seller',
    );
    const table = toolAnswer(landedCost, out, 'en').blocks.find((b) => b.type === 'table') as Out;
    expect(table.rows[2].cells).toMatchObject({ rate: 'RON 25', base: '1 × RON 25' });
  });

  it('charges the RON 25 fee as it is on a RON parcel, only under EUR 150 and only from 2026', async () => {
    const ron = await cost({
      destination: 'RO',
      items: [{ hs_code: '851830', value: 300, quantity: 1 }],
      currency: 'RON',
      date: '2026-11-30',
    });
    // RON 300 = EUR 57.43. Duty 3 × 5.2235 = 15.67; VAT 21% of 300 = 63; fee 25 with no conversion.
    expect(kinds(ron)).toEqual(['duty:15.67', 'vat:63', 'fee:25']);
    const at = (value: number, date = '2026-11-30') =>
      cost({
        destination: 'RO',
        items: [{ hs_code: '851830', value, quantity: 1 }],
        currency: 'EUR',
        date,
      }).then((o: Out) => o.components.map((c: Out) => c.kind));
    expect(await at(149.99)).toContain('fee');
    expect(await at(150)).not.toContain('fee');
    // Before the fee and the EUR 3 duty: VAT alone, at 21% from 1 August 2025 and 19% before.
    expect(
      kinds(
        await cost({
          destination: 'RO',
          items: [{ hs_code: '851830', value: 60, quantity: 1 }],
          currency: 'EUR',
          date: '2025-12-31',
        }),
      ),
    ).toEqual(['vat:12.6']);
    expect(
      kinds(
        await cost({
          destination: 'RO',
          items: [{ hs_code: '851830', value: 60, quantity: 1 }],
          currency: 'EUR',
          date: '2025-07-31',
        }),
      ),
    ).toEqual(['vat:11.4']);
  });

  it('asks for the member state when the destination is the EU as a whole', async () => {
    const out = await cost({
      destination: 'EU',
      items: blouses,
      currency: 'EUR',
      date: '2026-11-30',
    });
    expect(kinds(out)).toEqual(['duty:6']);
    expect(out.needs.map((n: Out) => n.field)).toEqual(['destination']);
  });
});

describe('landed_cost in the UK', () => {
  it('charges 20% VAT at the point of sale and no duty on a GBP 120 consignment', async () => {
    const out = await cost({
      destination: 'GB',
      items: [{ description: 'desk lamp', value: 120, quantity: 1 }],
      currency: 'GBP',
    });
    expect(out.components).toEqual([
      expect.objectContaining({
        kind: 'vat',
        amount: 24,
        rate: 20,
        base: 120,
        collected_by: 'seller_at_checkout',
        document_id: 'gb-vat-135-point-of-sale',
      }),
    ]);
    expect(out.landed_total).toBe(144);
    // No duty applies under GBP 135, so the missing HS code changes nothing and is not asked for.
    expect(out.needs).toEqual([]);
    expect(out.notes.join(' ')).toContain('gb-customs-duty-135-relief');
  });

  it('converts a EUR parcel to GBP for the GBP 135 test with the dated FX table and says so', async () => {
    // EUR 160 × 0.88 = GBP 140.80 > 135: import VAT 20% of 160 (no duty rate known for the item) = EUR 32.
    const out = await cost({
      destination: 'UK',
      items: [{ hs_code: '420232', value: 160, quantity: 1 }],
      currency: 'EUR',
    });
    expect(kinds(out)).toEqual(['vat:32']);
    expect(out.components[0].collected_by).toBe('at_import_paid_by_seller');
    expect(out.notes.join(' ')).toContain('FX table of 2026-11-20');
    expect(out.needs[0]).toMatchObject({
      field: 'duty_rates.420232',
      url: expect.stringContaining('trade-tariff'),
    });
    // EUR 150 × 0.88 = GBP 132 ≤ 135: VAT at the point of sale.
    const low = await cost({
      destination: 'UK',
      items: [{ hs_code: '420232', value: 150, quantity: 1 }],
      currency: 'EUR',
    });
    expect(low.components[0].collected_by).toBe('seller_at_checkout');
  });
});

describe('landed_cost in Australia, New Zealand, the US, Japan and Canada', () => {
  it('has a registered seller collect 10% GST on an AUD 450 parcel, with no duty at the border', async () => {
    const out = await cost({
      destination: '澳洲',
      items: [{ description: 'yoga mat', value: 150, quantity: 3 }],
      currency: 'AUD',
      seller_registered: true,
    });
    expect(out.components).toEqual([
      expect.objectContaining({
        kind: 'gst',
        amount: 45,
        rate: 10,
        base: 450,
        collected_by: 'seller_at_checkout',
        document_id: 'au-gst-low-value-imported-goods',
      }),
    ]);
    expect(out.notes.join(' ')).toContain('au-border-threshold-1000');
    const unregistered = await cost({
      destination: 'AU',
      items: [{ description: 'yoga mat', value: 150, quantity: 3 }],
      currency: 'AUD',
      seller_registered: false,
    });
    expect(unregistered.components).toEqual([]);
    expect(unregistered.notes.join(' ')).toContain('AUD 75,000');
  });

  it('charges duty and GST at the border above AUD 1,000', async () => {
    const out = await cost({
      destination: 'AU',
      items: [{ hs_code: '950300', value: 1500, quantity: 1 }],
      currency: 'AUD',
      duty_rates: { '950300': 5 },
    });
    // Duty 5% of 1500 (FOB) = 75; GST 10% of 1575 = 157.50.
    expect(kinds(out)).toEqual(['duty:75', 'gst:157.5']);
    expect(out.components[1].collected_by).toBe('at_import_paid_by_seller');
  });

  it('has a registered seller collect 15% GST on an NZD 450 parcel, with nothing due at the New Zealand border', async () => {
    const out = await cost({
      destination: '新西兰',
      items: [{ description: 'yoga mat', value: 150, quantity: 3 }],
      currency: 'NZD',
      shipping_cost: 10,
      seller_registered: true,
    });
    // GST 15% of (450 + 10) = 69, charged at checkout; landed 450 + 10 + 69 = 529.
    expect(out.components).toEqual([
      expect.objectContaining({
        kind: 'gst',
        amount: 69,
        rate: 15,
        base: 460,
        collected_by: 'seller_at_checkout',
        document_id: 'nz-gst-low-value-imported-goods',
      }),
    ]);
    expect(out.landed_total).toBe(529);
    expect(out.notes.join(' ')).toContain('NZD 1000 or less (nz-border-threshold-1000)');
    const unregistered = await cost({
      destination: 'New Zealand',
      items: [{ description: 'yoga mat', value: 150, quantity: 3 }],
      currency: 'NZD',
      seller_registered: false,
    });
    expect(unregistered.components).toEqual([]);
    expect(unregistered.notes.join(' ')).toContain('NZD 60,000 in 12 months');
  });

  it('charges duty and 15% GST at the New Zealand border on an NZD 1,500 consignment', async () => {
    const out = await cost({
      destination: 'NZ',
      items: [{ hs_code: '950300', value: 1500, quantity: 1 }],
      currency: 'NZD',
      shipping_cost: 20,
      duty_rates: { '950300': 5 },
    });
    // Duty 5% of 1500 = 75; GST 15% of (1500 + 20 + 75) = 239.25; total 314.25; landed 1834.25.
    expect(kinds(out)).toEqual(['duty:75', 'gst:239.25']);
    expect(out.components[1]).toMatchObject({
      base: 1595,
      collected_by: 'at_import_paid_by_seller',
      document_id: 'nz-gst-low-value-imported-goods',
    });
    expect(out.landed_total).toBe(1834.25);
    expect(out.notes.join(' ')).toContain('Above NZD 1000, Customs collects duty and GST');
    const noRate = await cost({
      destination: 'NZ',
      items: [{ hs_code: '950300', value: 1500, quantity: 1 }],
      currency: 'NZD',
      shipping_cost: 20,
    });
    // Without the duty rate: GST 15% of 1520 = 228, and the rate is asked for.
    expect(kinds(noRate)).toEqual(['gst:228']);
    expect(noRate.needs.map((n: Out) => n.field)).toEqual(['duty_rates.950300']);
  });

  it('charges duty on every US parcel after the de minimis suspension, from the table or asked for', async () => {
    const out = await cost({
      destination: 'US',
      items: [
        { description: 'toy car', hs_code: '9503.00', value: 20, quantity: 2 },
        { description: 'T-shirt', hs_code: '6109.10.00', value: 10, quantity: 2 },
        { description: 'phone case', hs_code: '4202.32', value: 25, quantity: 1 },
      ],
      currency: 'USD',
    });
    // Toys free; T-shirts 16.5% of 20 = 3.30; the phone case's rate is asked for.
    expect(kinds(out)).toEqual(['duty:0', 'duty:3.3']);
    expect(out.components[0].citation.url).toContain('95030000');
    expect(out.total_taxes_and_duties).toBe(3.3);
    expect(out.needs).toEqual([
      expect.objectContaining({ field: 'duty_rates.420232', url: 'https://hts.usitc.gov/' }),
    ]);
    expect(out.notes.join(' ')).toContain('suspended for all countries since 29 August 2025');
    expect(out.notes.join(' ')).toContain('due to lapse on 24 July 2026');
  });

  it('adds the 10% Section 122 surcharge while it ran, and no duty under USD 800 before the suspension', async () => {
    const during = await cost({
      destination: 'US',
      items: [{ hs_code: '950300', value: 40, quantity: 1 }],
      currency: 'USD',
      date: '2026-03-01',
    });
    expect(kinds(during)).toEqual(['duty:0', 'duty:4']);
    expect(during.components[1].document_id).toBe('us-de-minimis-continued-feb-2026');
    const before = await cost({
      destination: 'US',
      items: [{ hs_code: '950300', value: 100, quantity: 1 }],
      currency: 'USD',
      date: '2025-06-01',
    });
    expect(before.components).toEqual([]);
    expect(before.notes.join(' ')).toContain('USD 800 or less');
  });

  it('exempts Japanese imports of JPY 10,000 or less and charges duty and 10% consumption tax above', async () => {
    const low = await cost({
      destination: 'JP',
      items: [{ hs_code: '420232', value: 8000, quantity: 1 }],
      currency: 'JPY',
    });
    expect(low.components).toEqual([]);
    expect(low.notes.join(' ')).toContain('JPY 10,000 or less');
    const high = await cost({
      destination: 'Japan',
      items: [{ hs_code: '420232', value: 30000, quantity: 1 }],
      currency: 'JPY',
      shipping_cost: 2000,
      duty_rates: { '420232': 10 },
    });
    // Duty 10% of 32,000 (CIF) = 3,200; JCT 10% of 35,200 = 3,520.
    expect(kinds(high)).toEqual(['duty:3200', 'vat:3520']);
  });

  it('lets Canadian parcels up to CAD 20 in free and charges duty and 5% GST above', async () => {
    const low = await cost({
      destination: 'CA',
      items: [{ hs_code: '420232', value: 15, quantity: 1 }],
      currency: 'CAD',
    });
    expect(low.components).toEqual([]);
    const high = await cost({
      destination: 'Canada',
      items: [{ hs_code: '420232', value: 100, quantity: 1 }],
      currency: 'CAD',
      duty_rates: { '4202320000': 8 },
    });
    // Duty 8% of 100 = 8; GST 5% of 108 = 5.40.
    expect(kinds(high)).toEqual(['duty:8', 'gst:5.4']);
  });

  it('says when a market is not in the rules table', async () => {
    const out = await cost({
      destination: 'SA',
      items: [{ hs_code: '420232', value: 100, quantity: 1 }],
      currency: 'USD',
    });
    expect(out.components).toEqual([]);
    expect(out.needs[0]).toMatchObject({ field: 'destination' });
  });
});

describe('landed_cost input and answer', () => {
  it('rejects bad input with an error naming the field', async () => {
    const d = harness.deps;
    const missing = await invokeTool(
      d.registry,
      d,
      'landed_cost',
      { items: [{ value: 1, description: 'x' }], currency: 'EUR' },
      { surface: 'cli' },
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain('destination');
    const negative = await invokeTool(
      d.registry,
      d,
      'landed_cost',
      { destination: 'DE', items: [{ description: 'x', value: -5 }], currency: 'EUR' },
      { surface: 'cli' },
    );
    if (!negative.ok) expect(negative.error.message).toContain('items.0.value');
    expect(negative.ok).toBe(false);
    const fx = await invokeTool(
      d.registry,
      d,
      'landed_cost',
      { destination: 'DE', items: [{ description: 'x', value: 5 }], currency: 'CHF' },
      { surface: 'cli' },
    );
    expect(fx.ok).toBe(false);
    if (!fx.ok) expect(fx.error.message).toMatch(/^currency: the FX table/);
  });

  it('answers in English and Chinese with a component table citing the rules', async () => {
    const out = await cost({
      destination: 'FR',
      items: blouses,
      currency: 'EUR',
      shipping_cost: 5,
      date: '2026-07-15',
    });
    const en = toolAnswer(landedCost, out, 'en');
    expect(en.blocks[0]).toMatchObject({
      type: 'paragraph',
      text: expect.stringContaining('taxes and duties 21 EUR, landed total 96 EUR'),
    });
    const table = en.blocks.find((b) => b.type === 'table') as Out;
    expect(table.rows[0].cells).toMatchObject({
      charge: 'Customs duty',
      amount: 6,
      rate: 'EUR 3',
      base: '2 × EUR 3',
    });
    expect(en.citations.map((c) => c.document_id)).toEqual(
      expect.arrayContaining(['eu-interim-flat-duty-3-eur', 'fr-vat-standard-rate']),
    );
    const zh = toolAnswer(landedCost, out, 'zh-Hans');
    expect(zh.blocks[0]).toMatchObject({ text: expect.stringContaining('税费合计 21 EUR') });
    expect((zh.blocks.find((b) => b.type === 'table') as Out).rows[1].cells.charge).toBe('增值税');
  });
});

describe('landed_cost answers in Chinese', () => {
  it.each([
    { destination: 'FR', items: blouses, currency: 'EUR', date: '2026-06-30' },
    {
      destination: 'DE',
      items: [{ description: '手机壳', value: 200, quantity: 1 }],
      currency: 'EUR',
      ioss: false,
      incoterm: 'DAP',
    },
    { destination: 'EU', items: blouses, currency: 'USD' },
    {
      destination: 'GB',
      items: [{ description: 'lamp', value: 120, quantity: 1 }],
      currency: 'GBP',
      seller_registered: false,
    },
    {
      destination: 'AU',
      items: [{ description: 'mat', value: 150, quantity: 3 }],
      currency: 'AUD',
      seller_registered: false,
    },
    {
      destination: 'AU',
      items: [{ hs_code: '950300', value: 1500, quantity: 1 }],
      currency: 'AUD',
    },
    { destination: 'US', items: [{ hs_code: '4202.32', value: 40, quantity: 1 }], currency: 'USD' },
    {
      destination: 'US',
      items: [{ hs_code: '950300', value: 40, quantity: 1 }],
      currency: 'USD',
      date: '2025-06-01',
    },
    {
      destination: 'JP',
      items: [{ hs_code: '420232', value: 8000, quantity: 1 }],
      currency: 'JPY',
    },
    {
      destination: 'JP',
      items: [{ hs_code: '420232', value: 30000, quantity: 1 }],
      currency: 'JPY',
    },
    { destination: 'CA', items: [{ hs_code: '420232', value: 15, quantity: 1 }], currency: 'CAD' },
    { destination: 'CA', items: [{ hs_code: '420232', value: 100, quantity: 1 }], currency: 'CAD' },
    { destination: 'SA', items: [{ hs_code: '420232', value: 100, quantity: 1 }], currency: 'USD' },
    {
      destination: 'NZ',
      items: [{ description: 'mat', value: 150, quantity: 3 }],
      currency: 'NZD',
      seller_registered: false,
    },
    {
      destination: 'NZ',
      items: [{ hs_code: '950300', value: 1500, quantity: 1 }],
      currency: 'NZD',
    },
    { destination: 'RO', items: blouses, currency: 'EUR' },
    { destination: 'DE', items: blouses, currency: 'EUR', date: '2028-08-01' },
  ])('writes every note and need of a $destination parcel in Chinese', async (input) => {
    const out = await cost(input);
    const zh = toolAnswer(landedCost, out, 'zh-Hans');
    const lists = zh.blocks.filter((b) => b.type === 'list') as Out[];
    const texts = lists.flatMap((l) => l.items.map((i: Out) => i.text));
    expect(texts.length).toBe(out.notes.length + out.needs.length);
    for (const text of texts) expect(text).toMatch(/[\u4e00-\u9fff]/);
    // Document ids are cited by number, not written into the text.
    for (const text of texts) expect(text).not.toMatch(/[a-z]{2}-[a-z0-9-]+-[a-z0-9-]+/);
  });
});
