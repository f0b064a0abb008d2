// Figure extraction and support: notations of one figure match, different figures never do, tokens not substrings.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../server/agent/grounding/figures';
import { SupportIndex } from '../../../server/agent/grounding/support';
import { checkSentence } from '../../../server/agent/grounding/check';
import { parseChineseNumeral } from '../../../server/agent/grounding/numbers';

const supported = (answer: string, source: string) =>
  extractFigures(answer).map((f) => [f.text, new SupportIndex().addText(source).supports(f)]);

describe('figure extraction', () => {
  it('finds each kind of figure once, as written', () => {
    const text =
      'The fine is 99 million yen. VAT is 19 % from 1 July 2026 [1]; register within 30 working days, ' +
      'Article 9(2) of Regulation (EU) 2023/988 and EN 71-3 apply to 1,000 units of SKU-123 weighing 1.5 kg.';
    expect(extractFigures(text).map((f) => [f.kind, f.text])).toEqual([
      ['money', '99 million yen'],
      ['percent', '19 %'],
      ['date', '1 July 2026'],
      ['quantity', '30 working days'],
      ['provision', 'Article 9(2)'],
      ['code', '2023/988'],
      ['code', 'EN 71-3'],
      ['count', '1,000 units'],
      ['code', 'SKU-123'],
      ['quantity', '1.5 kg'],
    ]);
  });

  it('ignores citation markers, URLs and list numbers', () => {
    expect(extractFigures('1. See [2] and https://example.com/a/2023/1.html\n2) ok')).toEqual([]);
  });

  it('reads Chinese numerals, dates, percentages and articles', () => {
    expect(parseChineseNumeral('十九')).toBe(19);
    expect(parseChineseNumeral('三百五十')).toBe(350);
    expect(parseChineseNumeral('一万二千')).toBe(12000);
    expect(parseChineseNumeral('二〇二六')).toBe(2026);
    expect(
      extractFigures(
        '自2026年7月1日起税率为百分之十九，须在三十天内登记，罚款3万元，见第九条。',
      ).map((f) => [f.kind, f.text]),
    ).toEqual([
      ['date', '2026年7月1日'],
      ['percent', '百分之十九'],
      ['quantity', '三十天'],
      ['money', '3万元'],
      ['provision', '第九条'],
    ]);
  });
});

describe('figure support', () => {
  it.each([
    ['EUR 150', '€150'],
    ['€150', '150 euros'],
    ['150 euros', 'EUR 150.00'],
    ['19 %', '19%'],
    ['19%', '百分之十九'],
    ['1 July 2026', '2026-07-01'],
    ['2026-07-01', '2026年7月1日'],
    ['7月1日', 'from 1 July 2026'],
    ['July 1, 2026', '01.07.2026'],
    ['1,000 units', '1000'],
    ['1000', '1,000 pieces'],
    ['1.5 kg', '1500 g'],
    ['2 weeks', '14 days'],
    ['three years', '3 years'],
    ['30天', '30 days'],
    ['€1.5m', 'EUR 1,500,000'],
    ['3万元', '30000元'],
    ['Art. 9', 'Article 9(1)'],
    ['第九条', 'Article 9'],
    ['Regulation (EU) 2023/988', 'Regulation 2023/988/EU'],
    ['EN 71', 'EN 71-3'],
    ['in 2026', '2026-07-01'],
    ['$5', 'USD 5'],
    ['¥500', '500 JPY'],
  ])('%s is supported by %s', (answer, source) => {
    expect(supported(answer, source).every(([, ok]) => ok)).toBe(true);
  });

  it.each([
    ['5%', 'within 15 days'],
    ['15', '2015'],
    ['2025', 'EUR 20,250'],
    ['99 million yen', '99 days'],
    ['€150', '150 kg'],
    ['€150', 'USD 150'],
    ['19%', '1.9%'],
    ['10,000', '100,000'],
    ['2 July 2026', '2026-07-01'],
    ['2026-07-01', '2025-07-01'],
    ['Article 19', 'Article 9'],
    ['EN 71-3', 'EN 71-1'],
    ['30 days', '30 months'],
    ['三十天', '20天'],
  ])('%s is not supported by %s', (answer, source) => {
    expect(supported(answer, source).some(([, ok]) => !ok)).toBe(true);
  });

  it('takes numbers and list lengths from structured tool output', () => {
    const index = new SupportIndex().addData({ total: 5, rows: [{ sku: 'A' }, { sku: 'B' }] });
    expect(checkSentence('The total is 5 across 2 SKUs.', index, () => true).unsupported).toEqual(
      [],
    );
    expect(checkSentence('The total is 6.', index, () => true).unsupported).toEqual(['6']);
  });

  it('flags citation markers that name no source', () => {
    const index = new SupportIndex();
    expect(checkSentence('See [1][3].', index, (n) => n === 1)).toEqual({
      checked: 2,
      unsupported: ['[3]'],
    });
  });
});
