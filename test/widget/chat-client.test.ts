// The widget's chat client keeps the visitor token the server issues with a conversation's first answer and
// sends it back (X-Tradepilot-Visitor) when it continues or reloads that conversation, and only that one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadHistory, streamChat, type VisitorTokens } from '../../widget/chat-client';

function memoryTokens(): VisitorTokens & { saved: Map<string, string> } {
  const saved = new Map<string, string>();
  return {
    saved,
    visitorToken: (id) => saved.get(id) ?? null,
    setVisitorToken: (id, token) => saved.set(id, token),
  };
}

const sse = (...events: Array<[string, object]>) =>
  new Response(events.map(([e, d]) => `event: ${e}\ndata: ${JSON.stringify(d)}\n\n`).join(''), {
    headers: { 'content-type': 'text/event-stream' },
  });

afterEach(() => vi.unstubAllGlobals());

describe('visitor tokens in the widget client', () => {
  it('stores the token from the start event and sends it for that conversation only', async () => {
    const sent: Array<Record<string, string>> = [];
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
      sent.push(init.headers as Record<string, string>);
      if (init.method === 'POST')
        return sse(
          ['start', { conversation_id: 'c-1', mode: 'no-llm', visitor_token: 'tok-1' }],
          ['done', { conversation_id: 'c-1' }],
        );
      return Response.json({ messages: [{ role: 'user', content: 'hi', citations: [] }] });
    });
    const visitor = memoryTokens();
    const options = { api: 'https://assistant.example', key: 'pk_shop', visitor };

    await streamChat(options, { message: 'hi' }, () => undefined, new AbortController().signal);
    expect(visitor.saved.get('c-1')).toBe('tok-1');
    expect(sent[0]['X-Tradepilot-Visitor']).toBeUndefined();

    await streamChat(
      options,
      { message: 'more', conversation_id: 'c-1' },
      () => undefined,
      new AbortController().signal,
    );
    expect(sent[1]).toMatchObject({
      'X-Tradepilot-Key': 'pk_shop',
      'X-Tradepilot-Visitor': 'tok-1',
    });

    expect(await loadHistory(options, 'c-1')).toHaveLength(1);
    expect(sent[2]['X-Tradepilot-Visitor']).toBe('tok-1');
    await loadHistory(options, 'c-2');
    expect(sent[3]['X-Tradepilot-Visitor']).toBeUndefined();
  });
});
