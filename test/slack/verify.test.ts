// Slack signature verification against Slack's published example, a tampered body and the replay window.
import { describe, expect, it } from 'vitest';
import { verifySlackSignature } from '../../server/surfaces/slack/verify';

// The example request from Slack's "Verifying requests from Slack" documentation.
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const TIMESTAMP = '1531420618';
const BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const AT = new Date(Number(TIMESTAMP) * 1000 + 30_000);

const check = (overrides: Partial<Parameters<typeof verifySlackSignature>[0]>) =>
  verifySlackSignature({
    secret: SECRET,
    timestamp: TIMESTAMP,
    signature: SIGNATURE,
    body: BODY,
    now: AT,
    ...overrides,
  });

describe('verifySlackSignature', () => {
  it("accepts Slack's documented example", async () => {
    expect(await check({})).toEqual({ ok: true });
    expect(await check({ signature: SIGNATURE.toUpperCase().replace('V0=', 'v0=') })).toEqual({
      ok: true,
    });
  });

  it('refuses a changed body, another secret, or a malformed signature', async () => {
    expect(await check({ body: BODY.replace('text=', 'text=x') })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(await check({ secret: 'another-secret' })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(await check({ signature: 'v0=abc' })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(await check({ signature: SIGNATURE.replace('v0=', 'v1=') })).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
    expect(await check({ signature: undefined })).toEqual({ ok: false, reason: 'missing_headers' });
  });

  it('refuses timestamps more than 5 minutes away, either way', async () => {
    const at = (seconds: number) => new Date((Number(TIMESTAMP) + seconds) * 1000);
    expect(await check({ now: at(299) })).toEqual({ ok: true });
    expect(await check({ now: at(301) })).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(await check({ now: at(-301) })).toEqual({ ok: false, reason: 'stale_timestamp' });
    expect(await check({ timestamp: 'yesterday' })).toEqual({
      ok: false,
      reason: 'stale_timestamp',
    });
  });
});
