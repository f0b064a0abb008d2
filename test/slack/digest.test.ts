// Slack digests end to end with a pinned clock: a signed `/tradepilot digest weekly DE,FR toys` subscribes the
// channel, a scheduler tick posts the digest (regulatory changes of the next 90 days and critical stockouts) to the
// fake Slack Web API once per week, `digest off` stops it; and the grammar of the command.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { importInventory } from '../../tools/inventory/import/import-inventory';
import { BUNDLED_DIR, ingestPaths } from '../../knowledge/ingest/bundled';
import { createTestDeps } from '../helpers/test-deps';
import { parseCommand } from '../../server/surfaces/slack/commands';
import { runDigestTick, startDigestScheduler } from '../../server/surfaces/slack/digest-scheduler';
import { periodKey } from '../../server/surfaces/slack/digest-period';
import { createSlackApi } from '../../server/surfaces/slack/slack-api';
import { slackSignature, startFakeSlack, TEAM_ID, type FakeSlack } from './fake-slack';

const SECRET = 'digest-signing-secret-0123456789';
const CHANNEL = 'C0DIGEST1';
let clock = new Date('2026-11-30T09:00:00Z');

const day = (offset: number) =>
  new Date(Date.parse('2026-11-30T00:00:00Z') + offset * 86_400_000).toISOString().slice(0, 10);

/** A plush toy in Germany that runs out in under three days (critical) and earbuds with plenty of stock. */
function inventoryFiles(): Record<string, string> {
  const sales = ['date,sku,warehouse,units'];
  for (let d = 1; d <= 14; d++)
    sales.push(`${day(-d)},TP-TOY-001,FBA-DE,3`, `${day(-d)},TP-EAR-001,FBA-DE,2`);
  return {
    'products.csv':
      'sku,title,category,unit_cost,currency,lead_time_days,moq,case_pack\n' +
      'TP-TOY-001,Plush bear,toys,4,USD,30,100,10\nTP-EAR-001,Wireless earbuds,electronics,12.5,USD,30,100,10\n',
    'warehouses.csv': 'code,name,country,type,market\nFBA-DE,Amazon FBA Germany,DE,fba,DE\n',
    'stock.csv': 'sku,warehouse,on_hand,reserved\nTP-TOY-001,FBA-DE,8,0\nTP-EAR-001,FBA-DE,900,0\n',
    'inbound.csv': 'sku,warehouse,quantity,eta,reference\n',
    'sales.csv': sales.join('\n') + '\n',
  };
}

let slack: FakeSlack;
let deps: AppDeps;
let app: ReturnType<typeof createApp>;

async function command(text: string) {
  const body = new URLSearchParams({
    team_id: TEAM_ID,
    channel_id: CHANNEL,
    user_id: 'U0SELLER1',
    command: '/tradepilot',
    text,
    response_url: slack.hookUrl('digest'),
  }).toString();
  const timestamp = Math.floor(clock.getTime() / 1000);
  const res = await app.request('/slack/commands', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(body, timestamp, SECRET),
    },
    body,
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { response_type: string; text: string };
}

const posts = () => slack.callsOf('chat.postMessage');
const tick = () => runDigestTick(deps, createSlackApi(deps));

describe('Slack digests', () => {
  beforeAll(async () => {
    slack = await startFakeSlack();
    const base = await createTestDeps({
      env: {
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_API_URL: slack.apiUrl,
      },
    });
    deps = { ...base, now: () => clock };
    await importInventory(deps.db, inventoryFiles());
    await ingestPaths(
      deps,
      ['eu', 'de', 'fr'].map((m) => path.join(BUNDLED_DIR, m)),
    );
    app = createApp(deps);
  });

  afterAll(async () => {
    await deps.db.close();
    await slack.close();
  });

  it('posts nothing before a channel subscribes', async () => {
    expect(await tick()).toBe(0);
    expect(posts()).toHaveLength(0);
  });

  it('subscribes the channel with a signed slash command and shows the subscription', async () => {
    const reply = await command('digest weekly DE,FR toys');
    expect(reply.response_type).toBe('in_channel');
    expect(reply.text).toMatch(/weekly.*DE, FR · toys/);
    const shown = await command('digest');
    expect(shown.response_type).toBe('ephemeral');
    expect(shown.text).toMatch(/This channel gets a \*?weekly\*? digest for DE, FR · toys/);
  });

  it('posts the digest once a week: upcoming EU dates and the critical stockout', async () => {
    expect(await tick()).toBe(1);
    expect(posts()).toHaveLength(1);
    const post = posts()[0].body;
    expect(post.channel).toBe(CHANNEL);
    const content = JSON.stringify(post.blocks);
    expect(content).toContain('Weekly tradepilot digest: DE, FR · toys (2026-11-30)');
    expect(content).toContain('2026-12-09');
    expect(content).toContain('Product Liability Directive');
    expect(content).toContain('TP-TOY-001');
    expect(content).not.toContain('TP-EAR-001');
    // Beyond 90 days (the EU Toy Safety Regulation in 2030) and past dates stay out.
    expect(content).not.toContain('2030-08-01');
    expect(content).not.toContain('2026-07-01');

    clock = new Date('2026-12-03T09:00:00Z'); // same ISO week
    expect(await tick()).toBe(0);
    expect(posts()).toHaveLength(1);

    clock = new Date('2026-12-07T09:00:00Z'); // next week: 2026-12-09 is still ahead
    expect(await tick()).toBe(1);
    expect(posts()).toHaveLength(2);
    expect(JSON.stringify(posts()[1].body.blocks)).toContain('(2026-12-07)');
  });

  it('the in-process scheduler ticks on start and stops cleanly', async () => {
    clock = new Date('2026-12-14T09:00:00Z');
    const stop = startDigestScheduler(deps, createSlackApi(deps), 60_000);
    await stop();
    expect(posts()).toHaveLength(3);
    expect(await tick()).toBe(0);
  });

  it('posts a period once when two instances tick at the same time', async () => {
    clock = new Date('2026-12-21T09:00:00Z');
    const [a, b] = await Promise.all([tick(), tick()]);
    expect(a + b).toBe(1);
    expect(posts()).toHaveLength(4);
  });

  it('digest off stops it', async () => {
    const reply = await command('digest off');
    expect(reply.text).toMatch(/Digest stopped/);
    clock = new Date('2026-12-28T09:00:00Z');
    expect(await tick()).toBe(0);
    expect(posts()).toHaveLength(4);
    expect((await command('digest off')).text).toMatch(/no digest/);
    expect((await command('digest')).text).toMatch(/no digest/);
  });
});

describe('/tradepilot digest grammar', () => {
  it('reads cadence, markets and categories', () => {
    expect(parseCommand('digest weekly DE,FR toys')).toEqual({
      kind: 'digest',
      digest: {
        action: 'subscribe',
        cadence: 'weekly',
        markets: ['DE', 'FR'],
        categories: ['toys'],
      },
    });
    expect(parseCommand('digest monthly 德国')).toMatchObject({
      digest: { cadence: 'monthly', markets: ['DE'], categories: [] },
    });
    expect(parseCommand('digest US')).toMatchObject({ digest: { cadence: 'weekly' } });
    expect(parseCommand('digest off')).toEqual({ kind: 'digest', digest: { action: 'off' } });
    expect(parseCommand('digest')).toEqual({ kind: 'digest', digest: { action: 'show' } });
  });

  it('names what it does not understand', () => {
    expect(parseCommand('digest weekly Atlantis')).toMatchObject({
      kind: 'usage',
      message: expect.stringContaining('"Atlantis"'),
    });
    expect(parseCommand('digest weekly DE spaceships')).toMatchObject({
      kind: 'usage',
      message: expect.stringContaining('"spaceships"'),
    });
    expect(parseCommand('digest weekly')).toMatchObject({ kind: 'usage' });
    expect(parseCommand('digest this article for me')).toMatchObject({ kind: 'question' });
  });

  it('keys periods by day, ISO week and month', () => {
    const at = new Date('2027-01-01T12:00:00Z'); // a Friday in ISO week 53 of 2026
    expect(periodKey('daily', at)).toBe('2027-01-01');
    expect(periodKey('weekly', at)).toBe('2026-W53');
    expect(periodKey('monthly', at)).toBe('2027-01');
    expect(periodKey('weekly', new Date('2026-11-30T00:00:00Z'))).toBe('2026-W49');
  });
});
