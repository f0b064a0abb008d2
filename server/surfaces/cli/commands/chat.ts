// `tradepilot chat ["question"]`: one question answered with streamed output, or an interactive session; turns run
// here or on the server that owns the data directory.
import readline from 'node:readline';
import type { AppDeps } from '../../../deps';
import type { ChatEvent } from '../../../agent/events';
import type { CliCommand, CliContext } from '../context';
import type { ServerClient } from '../server-client';

const HELP_LINE =
  'Type a question and press Enter. /new starts a new conversation, /exit (or Ctrl-D) quits, Ctrl-C stops an answer.';

/** Runs one turn here or on the running server, emitting its events; resolves to the conversation id. */
type RunTurn = (
  message: string,
  conversationId: string | undefined,
  onEvent: (event: ChatEvent) => void,
  signal?: AbortSignal,
) => Promise<string>;

const localTurns =
  (deps: AppDeps): RunTurn =>
  async (message, conversationId, onEvent, signal) => {
    const { runChatTurn } = await import('../../../agent/run-turn');
    // The CLI runs on the database itself: it may continue any conversation (--conversation <id>).
    const request = {
      message,
      conversationId,
      surface: 'cli' as const,
      access: { owner: 'cli' as const, readsAll: true },
      signal,
    };
    return (await runChatTurn(deps, request, onEvent)).conversationId;
  };

const serverTurns =
  (server: ServerClient): RunTurn =>
  async (message, conversationId, onEvent, signal) => {
    let id = conversationId ?? '';
    let done = false;
    await server.chat(
      message,
      conversationId,
      (event) => {
        if (event.type === 'start' || event.type === 'done') id = event.conversation_id || id;
        done ||= event.type === 'done';
        onEvent(event);
      },
      signal,
    );
    // Stopping closes the stream before the server's `done` arrives.
    if (!done && signal?.aborted) {
      const usage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
      onEvent({ type: 'done', conversation_id: id, usage, stopped: true });
    }
    return id;
  };

/** Streams answer tokens to stdout and tool activity to stderr; returns false when the turn reported an error. */
async function ask(
  turn: RunTurn,
  ctx: CliContext,
  message: string,
  conversationId: string | undefined,
  signal?: AbortSignal,
): Promise<{ ok: boolean; conversationId: string }> {
  let ok = true;
  const onEvent = (event: ChatEvent) => {
    switch (event.type) {
      case 'token':
        process.stdout.write(event.text);
        break;
      case 'tool_call':
        ctx.stderr(`· ${event.name} ${JSON.stringify(event.arguments)}`);
        break;
      case 'tool_result':
        ctx.stderr(`· ${event.name}: ${event.ok ? 'ok' : 'failed'}: ${event.summary}`);
        break;
      case 'error':
        ok = false;
        ctx.stderr(`\n${event.code}: ${event.message}`);
        break;
      case 'done':
        process.stdout.write(event.stopped ? '\n[stopped]\n' : '\n');
        break;
    }
  };
  return { ok, conversationId: await turn(message, conversationId, onEvent, signal) };
}

function parseArgs(args: string[]): { question?: string; conversation?: string } | string {
  const out: { question?: string; conversation?: string } = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--conversation' || args[i] === '-c') {
      out.conversation = args[++i];
      if (!out.conversation) return '--conversation needs an id';
    } else rest.push(args[i]);
  }
  if (rest.length) out.question = rest.join(' ');
  return out;
}

async function interactive(turn: RunTurn, ctx: CliContext, conversation?: string): Promise<number> {
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stderr,
    terminal: Boolean(process.stdin.isTTY),
  });
  if (process.stdin.isTTY) ctx.stderr(HELP_LINE);
  let current: AbortController | undefined;
  rl.on('SIGINT', () => {
    if (current) current.abort();
    else rl.close();
  });
  let conversationId = conversation;
  let failed = false;
  rl.setPrompt('you> ');
  rl.prompt();
  for await (const line of rl) {
    const message = line.trim();
    if (message === '/exit' || message === '/quit') break;
    if (message === '/new') {
      conversationId = undefined;
      ctx.stderr('(new conversation)');
    } else if (message) {
      current = new AbortController();
      const result = await ask(turn, ctx, message, conversationId, current.signal);
      current = undefined;
      conversationId = result.conversationId;
      failed ||= !result.ok;
    }
    rl.prompt();
  }
  rl.close();
  return failed ? 1 : 0;
}

async function converse(
  turn: RunTurn,
  ctx: CliContext,
  parsed: { question?: string; conversation?: string },
): Promise<number> {
  if (parsed.question === undefined) return interactive(turn, ctx, parsed.conversation);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    const result = await ask(turn, ctx, parsed.question, parsed.conversation, controller.signal);
    ctx.stderr(`(conversation ${result.conversationId})`);
    return result.ok ? 0 : 1;
  } finally {
    process.off('SIGINT', stop);
  }
}

export const chatCommand: CliCommand = {
  name: 'chat',
  usage: 'chat ["question"] [--conversation <id>]',
  summary: 'Ask the assistant (one question, or an interactive session without one).',
  async run(args, ctx) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      ctx.stderr(`${parsed}\nUsage: tradepilot ${this.usage}`);
      return 2;
    }
    const server = await ctx.runningServer();
    if (server) {
      ctx.stderr(`(through ${server.label})`);
      return converse(serverTurns(server), ctx, parsed);
    }
    const deps = await ctx.openDeps();
    try {
      return await converse(localTurns(deps), ctx, parsed);
    } finally {
      await deps.db.close();
    }
  },
};
