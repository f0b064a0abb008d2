// The CLI's way through a tradepilot server already running on the same PGlite data directory (one owner only):
// found from its server.json, called over its HTTP API with the first admin key from the environment.
import type { AppConfig } from '../../../core/config';
import { AppError } from '../../../core/errors';
import type { ChatEvent } from '../../agent/events';
import { readServerRecord, type ServerRecord } from '../../server-record';

interface ErrorBody {
  error?: { code?: string; message?: string; issues?: Array<{ path: string; message: string }> };
}

export class ServerClient {
  constructor(
    readonly record: ServerRecord,
    private readonly adminKey: string | undefined,
  ) {}

  /** Where the answer came from, for the CLI to say once. */
  get label(): string {
    return `the tradepilot server at ${this.record.url} (pid ${this.record.pid})`;
  }

  private async request(path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(this.record.url + path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.adminKey ? { authorization: `Bearer ${this.adminKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal,
      });
    } catch (err) {
      if (signal?.aborted) throw err;
      throw new AppError(
        'server_unreachable',
        503,
        `Could not reach ${this.label}: ${(err as Error).message}.`,
      );
    }
    if (res.ok) return res;
    const parsed = (await res.json().catch(() => ({}))) as ErrorBody;
    if (res.status === 401)
      throw new AppError(
        'unauthorized',
        401,
        `${this.label} needs an admin key: set TRADEPILOT_API_KEYS in this shell as for the server (its first key is used).`,
      );
    if (res.status === 413)
      throw new AppError(
        'payload_too_large',
        413,
        `This is more than ${this.label} accepts in one request: stop it and run the command again to write to the database directly.`,
      );
    throw new AppError(
      parsed.error?.code ?? 'server_error',
      res.status,
      parsed.error?.message ?? `${this.label} answered ${res.status}.`,
      { issues: parsed.error?.issues },
    );
  }

  async callTool(name: string, input: unknown): Promise<unknown> {
    return (await this.request(`/api/tools/${encodeURIComponent(name)}`, input)).json();
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    return (await (await this.request(path, body)).json()) as T;
  }

  /** Runs a chat turn on the server, passing each Server-Sent Event on as a chat event. */
  async chat(
    message: string,
    conversationId: string | undefined,
    onEvent: (event: ChatEvent) => void,
    signal?: AbortSignal,
  ): Promise<void> {
    const res = await this.request(
      '/api/chat',
      { message, ...(conversationId ? { conversation_id: conversationId } : {}) },
      signal,
    );
    const decoder = new TextDecoder();
    let buffer = '';
    const flush = (block: string) => {
      const type = /^event: ?(.*)$/m.exec(block)?.[1];
      const data = /^data: ?(.*)$/m.exec(block)?.[1];
      if (type && data) onEvent({ type, ...JSON.parse(data) } as ChatEvent);
    };
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          flush(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (err) {
      if (!signal?.aborted) throw err;
    }
    flush(buffer);
  }
}

/**
 * The server running on this PGlite data directory, or null when none is (or DATABASE_URL is set: Postgres takes
 * many clients). Throws when a live server is recorded but does not answer, so the CLI does not wait on the lock.
 */
export async function findRunningServer(config: AppConfig): Promise<ServerClient | null> {
  if (config.DATABASE_URL) return null;
  const record = readServerRecord(config.DATA_DIR);
  if (!record) return null;
  const client = new ServerClient(record, config.TRADEPILOT_API_KEYS[0]);
  const answers = await fetch(`${record.url}/health`, { signal: AbortSignal.timeout(5000) })
    .then(() => true)
    .catch(() => false);
  if (!answers)
    throw new AppError(
      'server_unreachable',
      503,
      `${client.label} owns the data directory ${config.DATA_DIR} but does not answer: ` +
        'wait until it has started, or stop it and run the command again.',
    );
  return client;
}
