// Talks to Slack: the Web API through @slack/web-api (posting, thread replies, the bot's own id) and response_url posts.
import {
  LogLevel,
  WebClient,
  type Logger as SlackLogger,
  type WebClientOptions,
} from '@slack/web-api';
import type { AppDeps } from '../../deps';
import type { Logger } from '../../../core/log';
import type { SlackMessage } from './render';

/** A message of a thread as conversations.replies returns it (the fields we read). */
export interface ThreadMessage {
  ts: string;
  text?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
}

export interface SlackApi {
  /** Whether a bot token is configured (needed for mentions and DMs; slash commands answer without it). */
  readonly canPost: boolean;
  postMessage(channel: string, threadTs: string | undefined, message: SlackMessage): Promise<void>;
  threadReplies(channel: string, threadTs: string): Promise<ThreadMessage[]>;
  /** The bot's own user id (auth.test once, then cached); undefined when Slack cannot tell. */
  botUserId(): Promise<string | undefined>;
  /** Posts to a slash command's or a button's response_url (only Slack's hosts, or SLACK_API_URL's in tests). */
  respond(responseUrl: string, body: Record<string, unknown>): Promise<void>;
}

const SLACK_HOOKS_ORIGIN = 'https://hooks.slack.com';

/** The client's requests through a fetch Workers accept too: called as a plain function (workerd's fetch throws
 *  "Illegal invocation" as another object's method) and without `redirect: "error"`, which workerd refuses. */
const workerSafeFetch: NonNullable<WebClientOptions['fetch']> = (url, init) =>
  fetch(url, {
    ...(init as RequestInit),
    redirect: init?.redirect === 'error' ? 'manual' : (init?.redirect as RequestRedirect),
  });

function slackLogger(log: Logger): SlackLogger {
  let level = LogLevel.WARN;
  const text = (parts: unknown[]) =>
    parts.map((p) => (typeof p === 'string' ? p : String(p))).join(' ');
  return {
    debug: (...m: unknown[]) => log.debug('slack web api', { detail: text(m) }),
    info: (...m: unknown[]) => log.debug('slack web api', { detail: text(m) }),
    warn: (...m: unknown[]) => log.warn('slack web api', { detail: text(m) }),
    error: (...m: unknown[]) => log.error('slack web api', { detail: text(m) }),
    setLevel: (l: LogLevel) => (level = l),
    getLevel: () => level,
    setName: () => undefined,
  };
}

export function createSlackApi(deps: Pick<AppDeps, 'config' | 'log'>): SlackApi {
  const { config, log } = deps;
  const token = config.SLACK_BOT_TOKEN;
  let client: WebClient | undefined;
  const web = () =>
    (client ??= new WebClient(token, {
      slackApiUrl: config.SLACK_API_URL,
      logger: slackLogger(log),
      logLevel: LogLevel.WARN,
      retryConfig: { retries: 2, minTimeout: 250, maxTimeout: 2000 },
      timeout: 15_000,
      fetch: workerSafeFetch,
    }));
  let botId: Promise<string | undefined> | undefined;
  const allowedOrigins = new Set([
    SLACK_HOOKS_ORIGIN,
    ...(config.SLACK_API_URL ? [new URL(config.SLACK_API_URL).origin] : []),
  ]);

  return {
    canPost: Boolean(token),
    async postMessage(channel, threadTs, message) {
      await web().chat.postMessage({
        channel,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    },
    async threadReplies(channel, threadTs) {
      const result = await web().conversations.replies({ channel, ts: threadTs, limit: 100 });
      return (result.messages ?? []) as ThreadMessage[];
    },
    botUserId() {
      botId ??= web()
        .auth.test()
        .then((r) => r.user_id)
        .catch((err) => {
          log.warn('slack auth.test failed', { err });
          botId = undefined; // try again next time
          return undefined;
        });
      return botId;
    },
    async respond(responseUrl, body) {
      let origin: string;
      try {
        origin = new URL(responseUrl).origin;
      } catch {
        throw new Error('response_url is not a URL');
      }
      if (!allowedOrigins.has(origin)) throw new Error(`response_url host not allowed: ${origin}`);
      const res = await fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      if (!res.ok) throw new Error(`response_url answered ${res.status}`);
    },
  };
}
