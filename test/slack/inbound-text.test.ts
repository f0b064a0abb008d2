// Slack's message markup to plain text for the agent.
import { describe, expect, it } from 'vitest';
import { slackTextToPlain } from '../../server/surfaces/slack/inbound-text';

describe('slackTextToPlain', () => {
  it('drops the bot mention and keeps other mentions, channels and links readable', () => {
    expect(
      slackTextToPlain(
        '<@UBOT1> ask <@U123|maria> in <#C1|ops>: is <https://example.com/p?a=1&amp;b=2|this listing> ok for <!here>?',
        'UBOT1',
      ),
    ).toBe('ask @maria in #ops: is this listing (https://example.com/p?a=1&b=2) ok for @here?');
  });

  it('unescapes &amp; &lt; &gt; once', () => {
    expect(slackTextToPlain('food &amp; drinks &lt; EUR 150 &amp;lt;', 'UBOT1')).toBe(
      'food & drinks < EUR 150 &lt;',
    );
  });
});
