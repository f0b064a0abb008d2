// The sentence guard: passing sentences are released as they complete, failing ones held, then dropped on rewrite.
import { describe, expect, it } from 'vitest';
import { GroundingGuard } from '../../../server/agent/grounding/stream-guard';
import { SupportIndex } from '../../../server/agent/grounding/support';
import { takeSentences } from '../../../server/agent/grounding/sentences';

function guard(source: string) {
  const out: string[] = [];
  const g = new GroundingGuard({
    index: new SupportIndex().addText(source),
    hasSource: (n) => n === 1,
    emit: (t) => out.push(t),
  });
  return { g, out, shown: () => out.join('') };
}

describe('sentences', () => {
  it('waits for the next sentence before ending one at a period (1.5 or Art. 9 do not split)', () => {
    expect(takeSentences('The rate is 1.').sentences).toEqual([]);
    expect(takeSentences('See Art. 9 now. Next').sentences).toEqual(['See Art. 9 now. ']);
    expect(takeSentences('税率为19%。下一').sentences).toEqual(['税率为19%。']);
    expect(takeSentences('- one\n- two', true).sentences).toEqual(['- one\n', '- two']);
  });
});

describe('grounding guard', () => {
  it('releases a passing sentence as soon as the next one starts, and holds an unsupported one', () => {
    const { g, out, shown } = guard('VAT is 19%.');
    for (const piece of ['VAT is 1', '9% [1]. The fi', 'ne is €5m. Done']) g.push(piece);
    expect(out).toEqual(['VAT is 19% [1]. ']);
    g.endStep();
    expect(shown()).toBe('VAT is 19% [1]. Done');
    expect(g.held).toEqual(['The fine is €5m.']);
    expect(g.unsupported).toEqual(['€5m']);
    expect(g.report()).toEqual({ checked: 3, unsupported: 1, regenerated: false, removed: 0 });
  });

  it('in the rewrite, skips sentences already shown and drops what still fails', () => {
    const { g, shown } = guard('VAT is 19%.');
    g.push('VAT is 19%. The fine is €5m.');
    g.endStep();
    g.beginRewrite();
    g.push('VAT is 19%. The fine is €6m. No fine is stated.');
    g.endStep();
    expect(shown()).toBe('VAT is 19%. \n\nNo fine is stated.');
    expect(g.report()).toMatchObject({ regenerated: true, removed: 1, unsupported: 2 });
  });

  it('keeps list lines apart when an item is held', () => {
    const { g, shown } = guard('19%');
    g.push('- VAT 19%\n- Fine €9m\n- Register first\n');
    g.endStep();
    expect(shown()).toBe('- VAT 19%\n- Register first\n');
  });
});
