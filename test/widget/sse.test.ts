// The widget's SSE parser: events split anywhere across chunks, CRLF line ends, comments and multi-line data.
import { describe, expect, it } from 'vitest';
import { createSseParser, readSse, type SseMessage } from '../../widget/sse';

const STREAM =
  ': keep-alive\r\nevent: start\r\ndata: {"conversation_id":"c1","mode":"no-llm"}\r\n\r\n' +
  'event: token\ndata: {"text":"a"}\n\nevent: token\ndata: line one\ndata: line two\n\n' +
  'event: done\ndata: {"conversation_id":"c1"}';

const EXPECTED: SseMessage[] = [
  { event: 'start', data: '{"conversation_id":"c1","mode":"no-llm"}' },
  { event: 'token', data: '{"text":"a"}' },
  { event: 'token', data: 'line one\nline two' },
  { event: 'done', data: '{"conversation_id":"c1"}' },
];

describe('createSseParser', () => {
  it('gives the same events however the stream is chunked', () => {
    for (const size of [1, 2, 3, 7, 16, STREAM.length]) {
      const got: SseMessage[] = [];
      const parser = createSseParser((m) => got.push(m));
      for (let i = 0; i < STREAM.length; i += size) parser.push(STREAM.slice(i, i + size));
      parser.end();
      expect(got, `chunk size ${size}`).toEqual(EXPECTED);
    }
  });
});

describe('readSse', () => {
  it('decodes UTF-8 split inside a character', async () => {
    const bytes = new TextEncoder().encode('event: token\ndata: {"text":"德国"}\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(new Uint8Array([b]));
        controller.close();
      },
    });
    const got: SseMessage[] = [];
    await readSse(body, (m) => got.push(m));
    expect(got).toEqual([{ event: 'token', data: '{"text":"德国"}' }]);
  });
});
