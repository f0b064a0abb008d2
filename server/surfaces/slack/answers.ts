// The work done after Slack was acknowledged: run a shortcut's tool or an agent turn, render it, post it back.
import type { AppDeps } from '../../deps';
import { toAppError, type AppError } from '../../../core/errors';
import { runChatTurn } from '../../agent/run-turn';
import type { Answer } from '../../../core/answer';
import { invokeTool } from '../../../tools/invoke';
import type { CommandPlan } from './commands';
import { slackTextToPlain } from './inbound-text';
import {
  decodeSources,
  renderAnswer,
  renderNotice,
  renderSources,
  type SlackMessage,
} from './render';
import type { SlackApi, ThreadMessage } from './slack-api';
import { pruneSlackEvents } from './dedup';

/** How much of a thread is passed to the agent as context. */
const MAX_CONTEXT_MESSAGES = 20;
const MAX_CONTEXT_CHARS = 4000;

const SORRY =
  'Sorry, I could not answer that just now: something went wrong on our side. Please try again in a moment.';

/** What to tell the person when answering failed: their mistake in plain words, ours as an apology. */
function failureNotice(
  deps: AppDeps,
  err: unknown,
  fields: Record<string, unknown>,
): SlackMessage[] {
  const error = toAppError(err);
  if (error.status < 500) return renderNotice(errorMarkdown(error));
  deps.log.error('slack answer failed', { ...fields, err });
  return renderNotice(SORRY);
}

export interface SlackAnswerContext {
  deps: AppDeps;
  api: SlackApi;
}

/** A slash command as Slack posts it (the fields we use). */
export interface SlashCommand {
  command: string;
  text: string;
  userId: string;
  responseUrl: string;
}

/** An app_mention or message.im event (the fields we use). */
export interface MessageEvent {
  type: 'app_mention' | 'message';
  teamId: string;
  channel: string;
  user: string;
  text: string;
  ts: string;
  threadTs?: string;
  isDirect: boolean;
}

/** A tool's refusal (bad input, not found) as an answer: the message and each field named. */
function errorAnswer(error: AppError): Answer {
  const issues = error.details.issues?.map((i) => ({ text: i.path, detail: i.message })) ?? [];
  return {
    blocks: [
      { type: 'notice', tone: 'warning', text: error.message },
      ...(issues.length ? [{ type: 'list' as const, items: issues }] : []),
    ],
    citations: [],
  };
}

function errorMarkdown(error: AppError): string {
  const issues = error.details.issues?.map((i) => `• ${i.path}: ${i.message}`) ?? [];
  return [`:warning: ${error.message}`, ...issues].join('\n');
}

async function runPlan(
  ctx: SlackAnswerContext,
  plan: Extract<CommandPlan, { kind: 'tool' | 'question' }>,
  principal: string,
): Promise<Answer> {
  const { deps } = ctx;
  if (plan.kind === 'tool') {
    const result = await invokeTool(deps.registry, deps, plan.tool, plan.input, {
      surface: 'slack',
      principal,
    });
    return result.ok ? result.answer : errorAnswer(result.error);
  }
  const turn = await runChatTurn(
    deps,
    {
      message: plan.text,
      surface: 'slack',
      principal,
      access: { owner: `slack:command:${principal}`, readsAll: false },
    },
    () => undefined,
  );
  return turn.answer;
}

/** Answers a slash command (a shortcut or a question) through its response_url, visible in the channel. */
export async function answerCommand(
  ctx: SlackAnswerContext,
  command: SlashCommand,
  plan: Extract<CommandPlan, { kind: 'tool' | 'question' }>,
): Promise<void> {
  let messages: SlackMessage[];
  let responseType: 'in_channel' | 'ephemeral' = 'in_channel';
  try {
    const answer = await runPlan(ctx, plan, command.userId);
    messages = renderAnswer({
      answer,
      asked: { command: command.command, text: command.text, userId: command.userId },
    });
  } catch (err) {
    messages = failureNotice(ctx.deps, err, { command: command.command });
    responseType = 'ephemeral';
  }
  for (const message of messages)
    await ctx.api.respond(command.responseUrl, {
      response_type: responseType,
      replace_original: false,
      ...message,
    });
}

/**
 * The thread's earlier messages that the conversation does not hold yet: what colleagues (and other bots) wrote
 * without mentioning the bot. The bot's own answers and earlier mentions of it are already stored turns.
 */
function threadContext(
  replies: ThreadMessage[],
  currentTs: string,
  botUserId: string | undefined,
): Array<{ role: 'user'; content: string }> {
  const own = (m: ThreadMessage) => (botUserId ? m.user === botUserId : Boolean(m.bot_id));
  const mentionsBot = (m: ThreadMessage) =>
    Boolean(botUserId && m.text?.includes(`<@${botUserId}`));
  return replies
    .filter((m) => m.text && Number(m.ts) < Number(currentTs) && !own(m) && !mentionsBot(m))
    .slice(-MAX_CONTEXT_MESSAGES)
    .map((m) => ({
      role: 'user' as const,
      content: slackTextToPlain(m.text ?? '', botUserId).slice(0, MAX_CONTEXT_CHARS),
    }));
}

/**
 * Answers a mention or a direct message. A channel mention is answered in its thread, and a thread is one
 * conversation (`slack:<team>:<channel>:<thread_ts>`); the thread's other messages reach the agent as context.
 * Top-level direct messages are answered in the DM itself and share one conversation per DM.
 */
export async function answerMessage(ctx: SlackAnswerContext, event: MessageEvent): Promise<void> {
  const { deps, api } = ctx;
  const botUserId = await api.botUserId();
  if (botUserId && event.user === botUserId) return;
  const replyThread = event.isDirect && !event.threadTs ? undefined : (event.threadTs ?? event.ts);
  const post = (message: SlackMessage) => api.postMessage(event.channel, replyThread, message);
  try {
    const question = slackTextToPlain(event.text, botUserId);
    if (question === '') {
      for (const m of renderNotice(
        "Ask me about compliance, listings, ad copy or inventory, e.g. _what certifications do kids' scooters need in the UK?_ Type `/tradepilot help` for shortcuts.",
      ))
        await post(m);
      return;
    }
    const context = event.threadTs
      ? threadContext(await api.threadReplies(event.channel, event.threadTs), event.ts, botUserId)
      : [];
    const thread = `slack:${event.teamId}:${event.channel}:${replyThread ?? 'dm'}`;
    const turn = await runChatTurn(
      deps,
      {
        message: question,
        conversationKey: thread,
        context,
        surface: 'slack',
        principal: event.user,
        // The thread owns its conversation: reachable only through this Slack thread.
        access: { owner: thread, readsAll: false },
      },
      () => undefined,
    );
    for (const m of renderAnswer({ answer: turn.answer })) await post(m);
  } catch (err) {
    const notice = failureNotice(deps, err, { type: event.type, channel: event.channel });
    for (const m of notice) await post(m).catch(() => undefined);
  } finally {
    await pruneSlackEvents(deps.db).catch((err) => deps.log.warn('slack prune failed', { err }));
  }
}

/** "Show sources" pressed: the full source list, shown only to the person who pressed it. */
export async function answerShowSources(
  ctx: SlackAnswerContext,
  responseUrl: string,
  value: string,
): Promise<void> {
  for (const message of renderSources(decodeSources(value)))
    await ctx.api.respond(responseUrl, {
      response_type: 'ephemeral',
      replace_original: false,
      ...message,
    });
}
