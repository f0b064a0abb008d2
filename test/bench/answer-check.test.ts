// The eval's answer check: figures match cited passages as normalised tokens, and "nothing checked" is n/a.
import { describe, expect, it } from 'vitest';
import { checkAnswer, collectSources } from '../../bench/answer-check';
import { runGroundingEval } from '../../bench/grounding-eval';
import type { AnyTool } from '../../tools/define-tool';

const output = {
  results: [
    {
      text: 'The standard VAT rate is 19 %; distance sales above EUR 10,000 are taxed on arrival.',
      citation: { title: 'UStG', url: 'https://example.org/ustg' },
    },
  ],
};
const citations = [{ n: 1, title: 'UStG', url: 'https://example.org/ustg' }];
/** A tool that declares its results' citations as sources, as real tools do through the contract. */
const tool = {
  citations: (out: typeof output) =>
    out.results.map((r) => ({
      document_id: 'ustg',
      ...r.citation,
      market: 'DE',
      as_of: null,
      status: null,
    })),
} as unknown as AnyTool;

describe('answer check', () => {
  it('matches figures as tokens after normalisation, not as substrings', () => {
    const check = checkAnswer({
      question: 'VAT in Germany?',
      answer:
        'VAT is 19% [1]; above €10,000 [1] sales are taxed on arrival; 9% applies to books [1].',
      citations,
      retrieved: collectSources(tool, output),
    });
    expect(check.figures).toBe(3);
    expect(check.ungrounded).toEqual(['9%']); // "9" occurs inside "19", but is not a figure there
    expect(check.bad_citations).toEqual([]);
  });

  it('flags a marker whose source was not retrieved in the turn', () => {
    const check = checkAnswer({
      question: 'q',
      answer: 'See [2].',
      citations,
      retrieved: collectSources(tool, output),
    });
    expect(check.bad_citations).toEqual(['[2]']);
  });
});

describe('grounding eval set', () => {
  it('catches every invented figure and lets at least 95% of supported figures through', () => {
    const report = runGroundingEval();
    expect(report.cases).toBeGreaterThanOrEqual(40);
    expect(report.invented_recall).toBe(1);
    expect(report.supported_precision).toBeGreaterThanOrEqual(0.95);
  });
});
