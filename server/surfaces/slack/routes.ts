// POST /slack/commands, /slack/events and /slack/interactions: verify the signature before anything is parsed,
// acknowledge at once, and hand the answer to deps.background (Slack wants a reply within 3 seconds).
import { Hono } from 'hono';
import type { AppDeps } from '../../deps';
import { InvalidInputError, UnauthorizedError, UnavailableError } from '../../../core/errors';
import type { AppEnv } from '../http/app-env';
import { answerCommand, answerMessage, answerShowSources, type MessageEvent } from './answers';
import { HELP_MARKDOWN, parseCommand } from './commands';
import { claimSlackEvent } from './dedup';
import { runDigestCommand } from './digest-command';
import { renderNotice, SHOW_SOURCES_ACTION } from './render';
import { createSlackApi } from './slack-api';
import { slackTextToPlain } from './inbound-text';
import { verifySlackSignature } from './verify';

type SlackEnv = AppEnv & { Variables: { slackBody: string } };

const NOT_CONFIGURED =
  'Slack is not configured on this server: set SLACK_SIGNING_SECRET (and SLACK_BOT_TOKEN for mentions and direct messages), then restart.';

/** Message subtypes that are still a person writing (others are edits, joins, deletions, bots). */
const PERSON_SUBTYPES = new Set([undefined, 'file_share', 'thread_broadcast']);

interface RawEvent {
  type?: string;
  subtype?: string;
  bot_id?: string;
  user?: string;
  text?: string;
  ts?: string;
  thread_ts?: string;
  channel?: string;
  channel_type?: string;
}

function parseJson(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object') return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new InvalidInputError('The Slack request body is not valid JSON.');
}

/** The event as a question to answer, or null when it is not for us (bots, edits, other event types). */
function answerableEvent(event: RawEvent, teamId: string): MessageEvent | null {
  const isMention = event.type === 'app_mention';
  const isDirect = event.type === 'message' && event.channel_type === 'im';
  if (!isMention && !isDirect) return null;
  if (event.bot_id || event.subtype === 'bot_message' || !PERSON_SUBTYPES.has(event.subtype))
    return null;
  if (!event.user || !event.channel || !event.ts || typeof event.text !== 'string') return null;
  return {
    type: isMention ? 'app_mention' : 'message',
    teamId,
    channel: event.channel,
    user: event.user,
    text: event.text,
    ts: event.ts,
    threadTs: event.thread_ts,
    isDirect,
  };
}

export function slackRoutes(deps: AppDeps) {
  const api = createSlackApi(deps);
  const ctx = { deps, api };
  const app = new Hono<SlackEnv>();

  app.use('/slack/*', async (c, next) => {
    const secret = deps.config.SLACK_SIGNING_SECRET;
    if (!secret) throw new UnavailableError(NOT_CONFIGURED);
    const body = await c.req.text();
    const check = await verifySlackSignature({
      secret,
      timestamp: c.req.header('x-slack-request-timestamp'),
      signature: c.req.header('x-slack-signature'),
      body,
      now: deps.now(),
    });
    if (!check.ok) {
      deps.log.warn('slack request rejected', {
        reason: check.reason,
        path: c.req.path,
        request_id: c.get('requestId'),
      });
      throw new UnauthorizedError(
        check.reason === 'stale_timestamp'
          ? 'The Slack request timestamp is more than 5 minutes from now.'
          : 'The Slack request signature is missing or invalid.',
      );
    }
    c.set('slackBody', body);
    await next();
  });

  app.post('/slack/commands', async (c) => {
    const form = new URLSearchParams(c.get('slackBody'));
    if (form.get('ssl_check')) return c.body(null, 200);
    const command = {
      command: form.get('command') ?? '/tradepilot',
      text: slackTextToPlain(form.get('text') ?? ''),
      userId: form.get('user_id') ?? '',
      responseUrl: form.get('response_url') ?? '',
    };
    if (!command.userId || !command.responseUrl)
      throw new InvalidInputError('The slash command has no user_id or response_url.');
    c.set('principal', command.userId);
    const plan = parseCommand(command.text);
    if (plan.kind === 'help' || plan.kind === 'usage') {
      const [message] = renderNotice(plan.kind === 'help' ? HELP_MARKDOWN : plan.message);
      return c.json({ response_type: 'ephemeral', ...message });
    }
    if (plan.kind === 'digest') {
      const where = {
        team: form.get('team_id') ?? '',
        channel: form.get('channel_id') ?? '',
        user: command.userId,
      };
      const [reply] = renderNotice(await runDigestCommand(deps, api, where, plan.digest));
      const visible = plan.digest.action === 'show' ? 'ephemeral' : 'in_channel';
      return c.json({ response_type: visible, ...reply });
    }
    deps.background(answerCommand(ctx, command, plan));
    const asked = `${command.command} ${command.text.trim()}`.replace(/`/g, "'");
    const [working] = renderNotice(`:hourglass_flowing_sand: Working on \`${asked}\`…`);
    return c.json({ response_type: 'ephemeral', ...working });
  });

  app.post('/slack/events', async (c) => {
    const body = parseJson(c.get('slackBody'));
    if (body.type === 'url_verification')
      return c.json({ challenge: String(body.challenge ?? '') });
    if (body.type !== 'event_callback') return c.body(null, 200);
    const teamId = String(body.team_id ?? '');
    const event = answerableEvent((body.event ?? {}) as RawEvent, teamId);
    if (!event) return c.body(null, 200);
    const keys = [`msg:${teamId}:${event.channel}:${event.ts}`];
    if (typeof body.event_id === 'string') keys.push(`event:${body.event_id}`);
    if (!(await claimSlackEvent(deps.db, keys))) {
      deps.log.info('slack duplicate delivery ignored', {
        event_id: body.event_id,
        retry_num: c.req.header('x-slack-retry-num'),
        retry_reason: c.req.header('x-slack-retry-reason'),
      });
      return c.body(null, 200);
    }
    c.set('principal', event.user);
    if (!api.canPost) {
      deps.log.error('slack event not answered: SLACK_BOT_TOKEN is not set', { type: event.type });
      return c.body(null, 200);
    }
    deps.background(answerMessage(ctx, event));
    return c.body(null, 200);
  });

  app.post('/slack/interactions', (c) => {
    const raw = new URLSearchParams(c.get('slackBody')).get('payload');
    if (!raw) throw new InvalidInputError('The Slack interaction has no payload.');
    const payload = parseJson(raw) as {
      type?: string;
      response_url?: string;
      user?: { id?: string };
      actions?: Array<{ action_id?: string; value?: string }>;
    };
    const action = payload.actions?.find((a) => a.action_id === SHOW_SOURCES_ACTION);
    if (payload.type === 'block_actions' && action && payload.response_url) {
      if (payload.user?.id) c.set('principal', payload.user.id);
      deps.background(answerShowSources(ctx, payload.response_url, action.value ?? '[]'));
    }
    return c.body(null, 200);
  });

  return app;
}
