// `tradepilot mcp`: the MCP server over stdio for desktop clients. stdout carries only the protocol; notes,
// logs and anything a library prints go to stderr.
import { Console } from 'node:console';
import type { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { CliCommand } from '../context';

/** Sends console output to stderr, so a stray console.log in a dependency cannot corrupt the protocol. */
function keepStdoutForProtocol() {
  const toStderr = new Console(process.stderr);
  console.log = toStderr.log.bind(toStderr);
  console.info = toStderr.info.bind(toStderr);
  console.debug = toStderr.debug.bind(toStderr);
}

/**
 * Counts requests the server has not answered yet, so a client that writes its requests and closes stdin
 * (a script piping JSON-RPC) still gets every answer before the process exits.
 */
function trackPending(transport: StdioServerTransport) {
  const pending = new Set<string | number>();
  let onIdle: (() => void) | null = null;
  const receive = transport.onmessage;
  transport.onmessage = (message: JSONRPCMessage) => {
    if ('method' in message && 'id' in message) pending.add(message.id);
    // A cancelled request gets no answer.
    if ('method' in message && message.method === 'notifications/cancelled') {
      pending.delete(message.params?.requestId as string | number);
      if (pending.size === 0) onIdle?.();
    }
    receive?.(message);
  };
  const send = transport.send.bind(transport);
  transport.send = async (message: JSONRPCMessage) => {
    await send(message);
    if (!('method' in message) && 'id' in message && message.id !== undefined) {
      pending.delete(message.id);
      if (pending.size === 0) onIdle?.();
    }
  };
  return {
    idle: () =>
      pending.size === 0 ? Promise.resolve() : new Promise<void>((resolve) => (onIdle = resolve)),
  };
}

const stdinClosed = () =>
  new Promise<string>((resolve) => {
    process.stdin.once('end', () => resolve('stdin closed'));
    process.stdin.once('close', () => resolve('stdin closed'));
  });

const stopSignal = () =>
  new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });

export const mcpCommand: CliCommand = {
  name: 'mcp',
  usage: 'mcp',
  summary:
    'Serve tools, knowledge and prompts to an MCP client over stdio (Claude Desktop, Cursor, VS Code).',
  async run(_args, ctx) {
    keepStdoutForProtocol();
    const [{ StdioServerTransport }, { createMcpServer }, { defaultRegistry }] = await Promise.all([
      import('@modelcontextprotocol/sdk/server/stdio.js'),
      import('../../mcp/server'),
      import('../../../../tools/index'),
    ]);
    // Answer initialize at once; requests wait while the database opens and first-run steps load knowledge.
    const opening = ctx.openDeps();
    opening.catch(() => undefined); // handled below; this only keeps an early failure from going unhandled
    const server = createMcpServer(opening, { registry: defaultRegistry() });
    const closed = stdinClosed();
    const stopped = stopSignal();
    const transport = new StdioServerTransport();
    await server.connect(transport);
    const pending = trackPending(transport);
    let deps;
    try {
      deps = await opening;
    } catch (err) {
      ctx.stderr(`tradepilot mcp: could not open the database: ${(err as Error).message}`);
      await server.close();
      return 1;
    }
    ctx.log.info('mcp server ready on stdio', { tools: deps.registry.list().length });
    const reason = await Promise.race([closed, stopped]);
    // The client left: answer what it already asked, unless told to stop now.
    if (reason === 'stdin closed') await Promise.race([pending.idle(), stopped]);
    ctx.log.info('mcp server stopping', { reason });
    await server.close();
    await deps.db.close();
    return 0;
  },
};
