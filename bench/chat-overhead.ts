// Chat turn overhead: POST /api/chat (SSE) answered by an instant scripted LLM vs the same streamed completion
// requested from that LLM directly with the openai client; whole turn and time to first token.
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app';
import { createTestDeps } from '../test/helpers/test-deps';
import { startScriptedLlm } from '../test/helpers/scripted-llm';
import { percentile, ratio, round } from './measure';

/** What the scripted model answers: ~400 characters streamed in 6-character chunks, as a provider would. */
export const BENCH_ANSWER =
  'Bluetooth earbuds sold in Germany need CE marking under the Radio Equipment Directive, a WEEE registration ' +
  'with stiftung ear before the first sale, battery registration, and packaging registration in LUCID. ' +
  'The manufacturer or EU responsible person must be named on the product or its packaging, and the listing ' +
  'must show the GPSR details. Check each source before relying on it.';

export interface ChatRow {
  what: '/api/chat turn' | 'LLM called directly';
  turns: number;
  first_token_p50_ms: number;
  first_token_p95_ms: number;
  total_p50_ms: number;
  total_p95_ms: number;
}

interface Sample {
  firstToken: number;
  total: number;
}

async function timeChat(url: string): Promise<Sample> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message: 'What do I need to sell Bluetooth earbuds in Germany?' }),
  });
  if (!response.ok || !response.body) throw new Error(`/api/chat answered ${response.status}`);
  let firstToken = NaN;
  let text = '';
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    text += decoder.decode(chunk.value, { stream: true });
    if (Number.isNaN(firstToken) && text.includes('event: token'))
      firstToken = performance.now() - started;
  }
  if (text.includes('event: error') || !text.includes('event: done'))
    throw new Error(`chat turn failed: ${text.slice(0, 300)}`);
  return { firstToken, total: performance.now() - started };
}

function summarize(what: ChatRow['what'], samples: Sample[]): ChatRow {
  const first = samples.map((s) => s.firstToken);
  const total = samples.map((s) => s.total);
  return {
    what,
    turns: samples.length,
    first_token_p50_ms: round(percentile(first, 50), 2),
    first_token_p95_ms: round(percentile(first, 95), 2),
    total_p50_ms: round(percentile(total, 50), 2),
    total_p95_ms: round(percentile(total, 95), 2),
  };
}

export async function benchChatOverhead(options: { turns: number; warmup: number }): Promise<{
  rows: ChatRow[];
  first_token_vs_direct: number;
  total_vs_direct: number;
}> {
  const llm = await startScriptedLlm([], { steady: { text: BENCH_ANSWER }, record: false });
  const deps = await createTestDeps({
    env: {
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_API_KEY: 'bench',
      RATE_LIMIT_RPS_PER_IP: '1000000',
      RATE_LIMIT_RPS_PER_KEY: '1000000',
    },
  });
  const server = serve({
    fetch: createApp(deps).fetch,
    hostname: '127.0.0.1',
    port: 0,
  }) as http.Server;
  await new Promise((resolve) => server.once('listening', resolve));
  const chatUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chat`;
  const client = deps.llm!.client;
  const direct = async (): Promise<Sample> => {
    const started = performance.now();
    let firstToken = NaN;
    const stream = await client.chat.completions.create({
      model: deps.llm!.model,
      messages: [{ role: 'user', content: 'What do I need to sell Bluetooth earbuds in Germany?' }],
      stream: true,
    });
    for await (const chunk of stream)
      if (Number.isNaN(firstToken) && chunk.choices[0]?.delta.content)
        firstToken = performance.now() - started;
    return { firstToken, total: performance.now() - started };
  };
  try {
    const chat: Sample[] = [];
    const llmOnly: Sample[] = [];
    for (let i = 0; i < options.warmup; i++) {
      await timeChat(chatUrl);
      await direct();
    }
    // Interleaved, so both see the same machine state.
    for (let i = 0; i < options.turns; i++) {
      chat.push(await timeChat(chatUrl));
      llmOnly.push(await direct());
    }
    const rows = [summarize('/api/chat turn', chat), summarize('LLM called directly', llmOnly)];
    return {
      rows,
      first_token_vs_direct: ratio(rows[0].first_token_p50_ms, rows[1].first_token_p50_ms),
      total_vs_direct: ratio(rows[0].total_p50_ms, rows[1].total_p50_ms),
    };
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await llm.close();
    await deps.db.close();
  }
}
