// The market slot: codes, English, Chinese and common names, in order of mention.
import { describe, expect, it } from 'vitest';
import { findMarkets } from '../../../core/slots/markets';

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
});
