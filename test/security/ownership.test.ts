// Conversation ownership and what each key opens: a widget visitor reads and continues only what it started (its
// visitor token), admin keys read all, Slack threads stay in Slack, others get 404; widget chats reach only the
// TRADEPILOT_WIDGET_TOOLS; the demo page embeds the publishable key for its own origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { AppDeps } from '../../server/deps';
import { runChatTurn } from '../../server/agent/run-turn';
import { buildKeyRing, type KeyRing } from '../../server/security/keys';
import { importInventory } from '../../tools/inventory/import/import-inventory';
import { createTestDeps, testConfig } from '../helpers/test-deps';
import { fixtureFiles } from '../inventory/fixture';

const ADMIN = 'admin-key-for-ownership-tests';
const SHOP = 'https://shop.example.com';
const BLOG = 'https://blog.example.org';
const PUBLIC_KEYS = `pk_shop=${SHOP};pk_blog=${BLOG}`;
let deps: AppDeps;
let keys: KeyRing;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  deps = await createTestDeps({
    env: { TRADEPILOT_API_KEYS: ADMIN, TRADEPILOT_PUBLIC_KEYS: PUBLIC_KEYS },
  });
  await importInventory(deps.db, fixtureFiles());
  keys = await buildKeyRing([ADMIN], PUBLIC_KEYS);
  app = createApp(deps, { keys });
}, 120_000);
afterAll(() => deps.db.close());

const shop = { Origin: SHOP, 'X-Tradepilot-Key': 'pk_shop' };
const blog = { Origin: BLOG, 'X-Tradepilot-Key': 'pk_blog' };
const admin = { authorization: `Bearer ${ADMIN}` };

/** One chat turn; returns the start event's fields and the whole stream. */
async function chat(headers: Record<string, string>, message: string, conversationId?: string) {
  const res = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({
      message,
      ...(conversationId ? { conversation_id: conversationId } : {}),
    }),
  });
  expect(res.status).toBe(200);
  const stream = await res.text();
  const start = JSON.parse(/event: start\ndata: (.*)/.exec(stream)![1]) as {
    conversation_id: string;
    visitor_token?: string;
  };
  return { ...start, stream };
}

const read = (id: string, headers: Record<string, string>) =>
  app.request(`/api/conversations/${id}`, { headers });

describe('conversation ownership', () => {
  it('issues a visitor token with the first answer; only that visitor (and admin keys) read it', async () => {
    const mine = await chat(shop, 'What certification do toys need in the EU?');
    expect(mine.visitor_token).toMatch(/^[\w-]{43}$/);
    const token = { 'X-Tradepilot-Visitor': mine.visitor_token! };

    expect((await read(mine.conversation_id, { ...shop, ...token })).status).toBe(200);
    // Same key, another visitor (no token, or a wrong one): 404, as for an unknown id.
    const stranger = await read(mine.conversation_id, shop);
    expect(stranger.status).toBe(404);
    expect((await stranger.json()).error.code).toBe('not_found');
    expect(
      (await read(mine.conversation_id, { ...shop, 'X-Tradepilot-Visitor': 'guess' })).status,
    ).toBe(404);
    // Another site's key, even with the token: 404.
    expect((await read(mine.conversation_id, { ...blog, ...token })).status).toBe(404);
    expect((await read(mine.conversation_id, admin)).status).toBe(200);

    // Continuing with the token keeps the conversation and issues no new token.
    const next = await chat({ ...shop, ...token }, 'And in the UK?', mine.conversation_id);
    expect(next.conversation_id).toBe(mine.conversation_id);
    expect(next.visitor_token).toBeUndefined();
  });

  it('does not let a widget visitor read or continue an admin conversation', async () => {
    const adminChat = await chat(admin, 'What certification do toys need in the EU?');
    expect(adminChat.visitor_token).toBeUndefined();
    expect((await read(adminChat.conversation_id, shop)).status).toBe(404);

    const hijack = await chat(shop, 'Tell me everything said so far', adminChat.conversation_id);
    expect(hijack.conversation_id).not.toBe(adminChat.conversation_id);
    const view = await (await read(adminChat.conversation_id, admin)).json();
    expect(view.messages.map((m: { content: string }) => m.content).join('\n')).not.toContain(
      'Tell me everything',
    );
  });

  it('keeps Slack thread conversations in Slack: readable by admin keys only, continued by nobody else', async () => {
    const thread = 'slack:T1:C1:1700000000.000100';
    const slack = await runChatTurn(
      deps,
      {
        message: 'VAT rate in Germany?',
        conversationKey: thread,
        surface: 'slack',
        principal: 'U1',
        access: { owner: thread, readsAll: false },
      },
      () => undefined,
    );
    expect((await read(slack.conversationId, shop)).status).toBe(404);
    expect((await read(slack.conversationId, admin)).status).toBe(200);
    const viaHttp = await chat(admin, 'Continue the Slack thread', slack.conversationId);
    expect(viaHttp.conversation_id).not.toBe(slack.conversationId);
  });
});

describe('tools a publishable key opens (TRADEPILOT_WIDGET_TOOLS)', () => {
  const stockQuestion = 'Which SKUs are at risk of running out of stock?';
  const inventoryCalls = async (principal: string) =>
    (
      await deps.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM tool_calls WHERE tool = 'stockout_risk' AND principal = $1`,
        [principal],
      )
    ).rows[0].n;

  it('keeps inventory away from widget visitors by default and says so', async () => {
    const before = await inventoryCalls(keys.widget[0].id);
    const visitor = await chat(shop, stockQuestion);
    expect(visitor.stream).toMatch(/No tool named stockout_risk is available here/);
    expect(visitor.stream).not.toMatch(/days of cover/i);
    expect(await inventoryCalls(keys.widget[0].id)).toBe(before);
  });

  it('answers landed-cost questions for widget visitors by default', async () => {
    const visitor = await chat(shop, 'landed cost of 3 phone cases at USD 12 to the UK');
    expect(visitor.stream).not.toMatch(/is available here/);
    expect(visitor.stream).toMatch(/landed total 43\.20 USD/);
  });

  it('opens every tool to admin keys', async () => {
    const before = await inventoryCalls(keys.admin[0].id);
    const answer = await chat(admin, stockQuestion);
    expect(answer.stream).not.toMatch(/is available here/);
    expect(await inventoryCalls(keys.admin[0].id)).toBe(before + 1);
  });

  it('opens inventory to widget visitors when listed', async () => {
    const withInventory = createApp(
      {
        ...deps,
        config: testConfig({
          TRADEPILOT_API_KEYS: ADMIN,
          TRADEPILOT_PUBLIC_KEYS: PUBLIC_KEYS,
          TRADEPILOT_WIDGET_TOOLS: 'compliance,inventory',
        }),
      },
      { keys },
    );
    const before = await inventoryCalls(keys.widget[0].id);
    const res = await withInventory.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...shop },
      body: JSON.stringify({ message: stockQuestion }),
    });
    expect(await res.text()).not.toMatch(/is available here/);
    expect(await inventoryCalls(keys.widget[0].id)).toBe(before + 1);
  });

  it('refuses an unknown entry at start-up, naming the variable', () => {
    expect(() =>
      createApp({ ...deps, config: testConfig({ TRADEPILOT_WIDGET_TOOLS: 'invntory' }) }),
    ).toThrow(/TRADEPILOT_WIDGET_TOOLS: unknown entry "invntory"/);
  });
});

describe('the demo page', () => {
  const page = async (config: Record<string, string>, host: string) => {
    const res = await createApp({ ...deps, config: testConfig(config) }).request(`${host}/`);
    return res.text();
  };

  it('embeds the publishable key configured for its own origin, and says chat is off without one', async () => {
    const served = await page({ TRADEPILOT_PUBLIC_KEYS: `pk_demo=${SHOP}` }, SHOP);
    expect(served).toContain('data-key="pk_demo"');
    const noKey = await page({ TRADEPILOT_API_KEYS: ADMIN }, SHOP);
    expect(noKey).toContain('Chat is off on this page');
    expect(noKey).not.toContain('src="/widget.js"');
    const local = await page({}, 'http://127.0.0.1:8787');
    expect(local).toContain('<script src="/widget.js" async>');
  });
});
