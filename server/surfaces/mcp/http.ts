// POST /mcp: the MCP server over Streamable HTTP, stateless (a fresh server and transport per request), with
// DNS-rebinding protection (Host and Origin must name this server). The admin API key is checked by the app's
// access middleware (server/security), like every admin route; the body limit is the app's plus the transport's.
// Tool calls are answered as an SSE stream so their log and progress notifications reach the client; the rest
// as plain JSON.
import { Hono } from 'hono';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { AppDeps } from '../../deps';
import type { AppConfig } from '../../../core/config';
import { AppError, ForbiddenError, httpErrorBody } from '../../../core/errors';
import type { AppEnv } from '../http/app-env';
import { createMcpServer } from './server';
import { slotsByKey } from './logging';

export const MCP_PATH = '/mcp';

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;
const WILDCARD_BIND = new Set(['0.0.0.0', '::', '[::]']);

/** The host name of a Host header or Origin (without port, IPv6 in brackets, lower case), or null. */
export function hostnameOf(value: string, isOrigin = false): string | null {
  try {
    const url = new URL(isOrigin ? value : `http://${value}`);
    if (isOrigin && url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** Host names /mcp answers to: loopback, the configured HOST, and MCP_ALLOWED_HOSTS ('*' turns the check off). */
export function hostPolicy(config: Pick<AppConfig, 'HOST' | 'MCP_ALLOWED_HOSTS'>) {
  const extra = config.MCP_ALLOWED_HOSTS.map((h) => h.toLowerCase());
  if (extra.includes('*')) return (_host: string) => true;
  const host = config.HOST.toLowerCase();
  const named = new Set(
    [...extra, ...(WILDCARD_BIND.has(host) ? [] : [host])]
      .map((h) => hostnameOf(h))
      .filter((h): h is string => Boolean(h)),
  );
  return (hostname: string) => LOOPBACK.test(hostname) || named.has(hostname);
}

/** Rejects a request whose Host or Origin names another site (a DNS-rebinding or cross-site attempt). */
function assertSameSite(request: Request, allowed: (hostname: string) => boolean): void {
  const host = request.headers.get('host') ?? new URL(request.url).host;
  const hostname = hostnameOf(host);
  if (!hostname || !allowed(hostname))
    throw new ForbiddenError(
      `Host ${host} is not allowed for ${MCP_PATH}; add it to MCP_ALLOWED_HOSTS if this server is reached by that name.`,
    );
  const origin = request.headers.get('origin');
  if (origin === null) return;
  const originHost = hostnameOf(origin, true);
  if (!originHost || !allowed(originHost))
    throw new ForbiddenError(`Requests from origin ${origin} are not allowed for ${MCP_PATH}.`);
}

/** Whether a JSON-RPC body (one message or a batch) calls a tool; unreadable bodies are left to the transport. */
async function callsTool(request: Request): Promise<boolean> {
  try {
    const body: unknown = JSON.parse(await request.clone().text());
    return (Array.isArray(body) ? body : [body]).some(
      (m) => (m as { method?: unknown } | null)?.method === 'tools/call',
    );
  } catch {
    return false;
  }
}

export interface McpRouteOptions {
  /** Largest JSON-RPC body the transport reads. */
  maxBodyBytes: number;
}

export function mcpRoutes(deps: AppDeps, options: McpRouteOptions) {
  const allowed = hostPolicy(deps.config);
  const logLevelOf = slotsByKey();
  return new Hono<AppEnv>().all(MCP_PATH, async (c) => {
    assertSameSite(c.req.raw, allowed);
    if (c.req.method !== 'POST') {
      // Stateless: there is no session to stream (GET) or end (DELETE).
      const error = new AppError(
        'method_not_allowed',
        405,
        `${MCP_PATH} is stateless: send JSON-RPC messages with POST.`,
      );
      return c.json(httpErrorBody(error, c.get('requestId')), 405, { Allow: 'POST' });
    }
    const stream = await callsTool(c.req.raw);
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: !stream,
      maxRequestBodySize: options.maxBodyBytes,
    });
    const principal = c.get('principal');
    const server = createMcpServer(deps, {
      principal,
      logLevel: logLevelOf(principal ?? 'anonymous'),
    });
    await server.connect(transport);
    let response: Response;
    try {
      response = await transport.handleRequest(c.req.raw);
    } catch (err) {
      await server.close();
      throw err;
    }
    if (!stream || !response.body) {
      await server.close();
      return response;
    }
    // The stream ends after the last answer: close the server then.
    const closeAfter = new TransformStream({ flush: () => server.close() });
    return new Response(response.body.pipeThrough(closeAfter), response);
  });
}
