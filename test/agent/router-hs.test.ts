// The no-LLM router sends HS-code questions (English, simplified and traditional Chinese) to classify_hs with the
// product alone as the description, and leaves customs and tax rule questions to compliance_lookup.
import { describe, expect, it } from 'vitest';
import { routeMessage } from '../../server/agent/router';

describe('router: HS code requests', () => {
  it.each([
    ["what's the HS code for wireless earbuds", 'wireless earbuds'],
    ['HS code of a silicone phone case', 'silicone phone case'],
    ['蓝牙耳机的海关编码是多少', '蓝牙耳机'],
    ['手机壳 HS编码', '手机壳'],
    ['手機殼的HS編碼是什麼？', '手機殼'],
    ['What is the tariff code for cotton t-shirts?', 'cotton t-shirts'],
  ])('"%s" → classify_hs {description: "%s"}', (message, description) => {
    const route = routeMessage(message);
    expect(route?.tool).toBe('classify_hs');
    expect(route?.arguments).toEqual({ description });
    expect(route?.missing).toEqual([]);
  });

  it.each(['customs rules for batteries in the UK', 'what VAT applies to toys in Germany?'])(
    'keeps "%s" a compliance question',
    (message) => {
      expect(routeMessage(message)?.tool).toBe('compliance_lookup');
    },
  );
});
