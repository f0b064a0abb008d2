// `/tradepilot digest ...` carried out: subscribes the channel, stops its digest or shows it, and says so in mrkdwn.
import type { AppDeps } from '../../deps';
import { InvalidInputError } from '../../../core/errors';
import type { DigestPlan } from './commands';
import { DIGEST_DAYS } from './digest-message';
import {
  deleteSubscription,
  findSubscription,
  saveSubscription,
  type DigestSubscription,
} from './digest-store';
import type { SlackApi } from './slack-api';

export interface DigestChannel {
  team: string;
  channel: string;
  user: string;
}

const NO_TOKEN =
  'Digests are posted by the bot, and this server has no SLACK_BOT_TOKEN: ask your admin to set it (with the `chat:write` scope), then try again.';

const describe = (sub: Pick<DigestSubscription, 'cadence' | 'markets' | 'categories'>) =>
  `a *${sub.cadence}* digest for ${[sub.markets.join(', '), sub.categories.join(', ')].filter(Boolean).join(' · ')}`;

export async function runDigestCommand(
  deps: AppDeps,
  api: SlackApi,
  where: DigestChannel,
  plan: DigestPlan,
): Promise<string> {
  if (!where.team || !where.channel)
    throw new InvalidInputError('The slash command has no team_id or channel_id.');
  if (plan.action === 'off')
    return (await deleteSubscription(deps.db, where.team, where.channel))
      ? 'Digest stopped: nothing more will be posted in this channel.'
      : 'This channel has no digest.';
  if (plan.action === 'show') {
    const sub = await findSubscription(deps.db, where.team, where.channel);
    return sub
      ? `This channel gets ${describe(sub)}. \`/tradepilot digest off\` stops it.`
      : 'This channel has no digest. Subscribe with e.g. `/tradepilot digest weekly DE,FR toys`.';
  }
  if (!api.canPost) return NO_TOKEN;
  const sub = await saveSubscription(deps.db, {
    team: where.team,
    channel: where.channel,
    cadence: plan.cadence,
    markets: plan.markets,
    categories: plan.categories,
    created_by: where.user,
  });
  return `Subscribed: this channel gets ${describe(sub)}: the regulatory changes of the next ${DIGEST_DAYS} days and the critical stockouts, posted by the bot (invite it to private channels). \`/tradepilot digest off\` stops it.`;
}
