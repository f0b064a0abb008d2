// The market slot: codes, English, Chinese and common names, in order of mention.
import { describe, expect, it } from 'vitest';
import { findMarkets } from '../../../core/slots/markets';
import { targetMarketField } from '../../../tools/shared/target-market';

describe('market slot', () => {
  it.each([
    ['ship to the UK', ['GB']],
    ['selling in Britain and Germany', ['GB', 'DE']],
    ['英国和德國', ['GB', 'DE']],
    ['KSA customs', ['SA']],
    ['卖到沙特', ['SA']],
    ['and in the us?', ['US']],
    ['on amazon.fr', ['FR']],
    ['my 3PL in Texas', []],
    ['write it for us', []],
  ])('%s -> %j', (text, codes) => {
    expect(findMarkets(text)).toEqual(codes);
  });

  it('normalises the market names a model sends in tool arguments', () => {
    const field = targetMarketField('Market');
    for (const [sent, code] of [
      ['Germany', 'DE'],
      ['德国', 'DE'],
      ['UK', 'GB'],
      ['Britain', 'GB'],
      ['KSA', 'SA'],
      ['沙特', 'SA'],
    ])
      expect(field.parse(sent).code).toBe(code);
  });
});
