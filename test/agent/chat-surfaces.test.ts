// POST /api/chat (SSE), GET /api/conversations/:id and the OpenAI-compatible /v1 routes, driven over HTTP.
import { serve, type ServerType } from '@hono/node-server';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { buildDeps, type AppDeps } from '../../server/deps';
import type { Db } from '../../core/db';
import { createTestDeps } from '../helpers/test-deps';
import { sampleTool } from '../helpers/sample-tool';
import { startScriptedLlm, type ScriptedLlm } from '../helpers/scripted-llm';
import { fakeComplianceLookup } from './agent-test-tools';
import { answerToMarkdown } from '../../core/answer-markdown';

let llm: ScriptedLlm;
let deps: AppDeps;
let server: ServerType;
let baseURL: string;

beforeAll(async () => {
  llm = await startScriptedLlm();
  deps = await createTestDeps({
    tools: [fakeComplianceLookup, sampleTool],
    env: { OPENAI_BASE_URL: llm.baseURL, OPENAI_API_KEY: 'sk-test', LLM_TIMEOUT_MS: '2000' },
  });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: createApp(deps).fetch, hostname: '127.0.0.1', port: 0 }, () =>
      resolve(s),
    );
  });
  baseURL = `http://127.0.0.1:${(server.address() as { port: number }).port}/v1`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await llm.close();
  await deps.db.close();
});

/** Parses an SSE body into events, checking every block is an `event:` line and one JSON `data:` line. */
function parseSse(body: string) {
  return body
    .split('\n\n')
    .filter((b) => b.trim())
    .map((block) => {
      const lines = block.split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^event: \w+$/);
      expect(lines[1]).toMatch(/^data: \{.*\}$/);
      return { event: lines[0].slice(7), data: JSON.parse(lines[1].slice(6)) };
    });
}

async function chat(app: ReturnType<typeof createApp>, body: unknown) {
  const res = await app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res;
}

describe('POST /api/chat', () => {
  it('streams start, token, tool_call, tool_result, grounding, citation, answer and done events', async () => {
    llm.push(
      {
        toolCalls: [
          { name: 'compliance_lookup', arguments: { question: 'toys', markets: ['EU'] } },
        ],
      },
      { text: 'EN 71 applies [1].' },
    );
    const res = await chat(createApp(deps), { message: 'What do toys need in the EU?' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = parseSse(await res.text());
    expect([...new Set(events.map((e) => e.event))]).toEqual([
      'start',
      'tool_call',
      'tool_result',
      'token',
      'grounding',
      'citation',
      'answer',
      'done',
    ]);
    expect(events.find((e) => e.event === 'grounding')?.data).toEqual({
      checked: 2,
      unsupported: 0,
      regenerated: false,
      removed: 0,
    });
    const id = events[0].data.conversation_id;
    expect(events[0].data).toEqual({ conversation_id: id, mode: 'llm' });
    expect(events.find((e) => e.event === 'tool_call')?.data).toMatchObject({
      name: 'compliance_lookup',
      arguments: { question: 'toys', markets: ['EU'] },
    });
    expect(events.find((e) => e.event === 'tool_result')?.data).toMatchObject({
      name: 'compliance_lookup',
      ok: true,
      summary: '2 results',
    });
    expect(events.find((e) => e.event === 'citation')?.data).toEqual({
      n: 1,
      title: 'Directive 2009/48/EC',
      url: 'https://eur-lex.europa.eu/eli/dir/2009/48/oj',
    });
    expect(
      events
        .filter((e) => e.event === 'token')
        .map((e) => e.data.text)
        .join(''),
    ).toContain('EN 71 applies [1].');
    expect(events.at(-1)?.data).toMatchObject({
      conversation_id: id,
      usage: { total_tokens: 240 },
    });

    // The widget restores the conversation from its id, and continues it.
    llm.push({ text: 'Still EN 71.' });
    const again = parseSse(
      await (await chat(createApp(deps), { message: 'And now?', conversation_id: id })).text(),
    );
    expect(again[0].data.conversation_id).toBe(id);
    const view = await (await createApp(deps).request(`/api/conversations/${id}`)).json();
    expect(view.messages.map((m: { role: string }) => m.role)).toEqual([
      'user',
      'assistant',
      'user',
      'assistant',
    ]);
    expect(view.messages[1].citations).toEqual([
      { n: 1, title: 'Directive 2009/48/EC', url: 'https://eur-lex.europa.eu/eli/dir/2009/48/oj' },
    ]);
    expect(view.messages[3].content).toBe('Still EN 71.');
  });

  it('emits error then done when the answer cannot be stored', async () => {
    const failing: Db = {
      ...deps.db,
      query: (sql: string, params?: unknown[]) =>
        sql.trimStart().startsWith('UPDATE conversations')
          ? Promise.reject(new Error('connection terminated'))
          : deps.db.query(sql, params),
    } as Db;
    llm.push({ text: 'Hello.' });
    const events = parseSse(
      await (await chat(createApp(buildDeps({ ...deps, db: failing })), { message: 'hi' })).text(),
    );
    expect(events.slice(-2).map((e) => e.event)).toEqual(['error', 'done']);
    expect(events.at(-2)?.data).toEqual({
      code: 'unavailable',
      message: 'The answer could not be saved.',
    });
  });

  it('rejects a bad body with a JSON 400 naming the field, and unknown conversations with 404', async () => {
    const app = createApp(deps);
    const empty = await chat(app, { message: '  ' });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.issues[0].path).toBe('message');
    const wrongType = await chat(app, { message: 42 });
    expect((await wrongType.json()).error.issues[0].path).toBe('message');
    expect(
      (await app.request('/api/conversations/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await app.request('/api/conversations/not-a-uuid')).status).toBe(404);
  });
});

describe('OpenAI-compatible /v1', () => {
  it('lists the tradepilot model and answers non-streaming and streaming requests from the openai client', async () => {
    const client = new OpenAI({ baseURL, apiKey: 'unused', maxRetries: 0 });
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(['tradepilot']);

    llm.push((req) => {
      // Earlier messages of the client's list arrive as context; its own system message is not used.
      expect(req.body.messages.slice(1)).toEqual([
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        { role: 'user', content: 'What can you do?' },
      ]);
      return { text: 'I check compliance, stock and listings.' };
    });
    const completion = await client.chat.completions.create({
      model: 'tradepilot',
      messages: [
        { role: 'system', content: 'You are a pirate.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        { role: 'user', content: 'What can you do?' },
      ],
    });
    expect(completion.model).toBe('tradepilot');
    expect(completion.choices[0].message.content).toBe('I check compliance, stock and listings.');
    expect(completion.usage?.total_tokens).toBe(120);

    // Text is released sentence by sentence, once each passed the grounding check.
    llm.push({ text: 'Streaming works. It works fine. Here it is.' });
    const stream = await client.chat.completions.create({
      model: 'tradepilot',
      messages: [{ role: 'user', content: 'stream please' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const pieces: string[] = [];
    let usage;
    let finish;
    for await (const chunk of stream) {
      if (chunk.usage) usage = chunk.usage;
      if (chunk.choices[0]?.delta.content) pieces.push(chunk.choices[0].delta.content);
      if (chunk.choices[0]?.finish_reason) finish = chunk.choices[0].finish_reason;
    }
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.join('')).toBe('Streaming works. It works fine. Here it is.');
    expect(finish).toBe('stop');
    expect(usage).toMatchObject({ total_tokens: 120 });

    await expect(
      client.chat.completions.create({
        model: 'gpt-4',
        messages: [{ role: 'user', content: 'x' }],
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('answers a failed non-streaming turn with an OpenAI-style error, not 200 with empty content', async () => {
    // The database fails while the turn stores its tool step.
    const failing = new Proxy(deps.db, {
      get(target, key) {
        if (key === 'query')
          return (sql: string, params?: unknown[]) => {
            if (sql.includes('INSERT INTO messages') && params?.[2] === 'tool')
              return Promise.reject(new Error('disk full'));
            return target.query(sql, params);
          };
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const app = createApp(buildDeps({ ...deps, db: failing as Db }));
    llm.push({ toolCalls: [{ name: 'sample_sum', arguments: { numbers: [1, 2] } }] });
    const res = await app.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'tradepilot', messages: [{ role: 'user', content: 'add' }] }),
    });
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body).toEqual({
      error: {
        message: 'Something went wrong on our side.',
        type: 'server_error',
        param: null,
        code: 'internal',
      },
    });
    expect(JSON.stringify(body)).not.toContain('disk full');
  });

  it('cancels the turn when a non-streaming client goes away: the model is not called again', async () => {
    llm.push({ hang: true }, { text: 'too late' }, { text: 'too late' });
    const controller = new AbortController();
    const request = fetch(`${baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'tradepilot', messages: [{ role: 'user', content: 'slow' }] }),
      signal: controller.signal,
    }).catch((err: Error) => err);
    await new Promise((r) => setTimeout(r, 300));
    controller.abort();
    expect(await request).toBeInstanceOf(Error);
    // Without the cancel, the 2 s idle timeout would retry the hung request with the next step.
    await new Promise((r) => setTimeout(r, 2600));
    expect(llm.requests.filter((r) => r.body.messages.at(-1).content === 'slow')).toHaveLength(1);
    llm.reset();
  });
});

describe('one answer on every chat surface (no model)', () => {
  let offline: AppDeps;
  beforeAll(async () => {
    offline = await createTestDeps({ tools: [fakeComplianceLookup] });
  });
  afterAll(async () => offline.db.close());

  it('sends the answer as blocks on /api/chat, and the same answer as Markdown on /v1 and in the tokens', async () => {
    const app = createApp(offline);
    const question = 'What certification do toys need in the EU?';
    const events = parseSse(await (await chat(app, { message: question })).text());
    const answer = events.find((e) => e.event === 'answer')?.data;
    expect(answer.lang).toBe('en');
    expect(answer.citations.map((c: { n: number }) => c.n)).toEqual([1, 2]);
    expect(answer.blocks.map((b: { type: string }) => b.type)).toEqual([
      'notice',
      'list',
      'notice',
    ]);
    const markdown = answerToMarkdown(answer);
    const tokens = events
      .filter((e) => e.event === 'token')
      .map((e) => e.data.text)
      .join('');
    expect(tokens).toBe(markdown);

    const res = await app.request('/v1/chat/completions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'tradepilot',
        messages: [{ role: 'user', content: question }],
      }),
    });
    const completion = await res.json();
    expect(completion.choices[0].message.content).toBe(markdown);
  });
});
