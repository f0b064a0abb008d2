// What a digest says: the regulatory changes of the next 90 days for the channel's markets (regulatory_calendar)
// and the critical stockouts there (stockout_risk), both through the invoke wrapper, as one answer for Slack.
import type { AppDeps } from '../../deps';
import type { Answer, Block } from '../../../core/answer';
import { mapCitations } from '../../../core/answer-citations';
import { isoDay } from '../../../core/domain/rule-timing';
import { invokeTool } from '../../../tools/invoke';
import type { DigestSubscription } from './digest-store';

/** How far ahead a digest looks for regulatory changes. */
export const DIGEST_DAYS = 90;

const TITLES = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly' } as const;

/** A tool's answer, or its refusal as a notice (a digest still goes out when one half fails). */
async function section(
  deps: AppDeps,
  tool: string,
  input: Record<string, unknown>,
): Promise<Answer> {
  const result = await invokeTool(deps.registry, deps, tool, input, {
    surface: 'slack',
    principal: 'digest',
  });
  if (result.ok) return result.answer;
  return {
    blocks: [
      { type: 'notice', tone: 'warning', text: `Could not check this: ${result.error.message}` },
    ],
    citations: [],
  };
}

export async function digestAnswer(deps: AppDeps, sub: DigestSubscription): Promise<Answer> {
  const now = deps.now();
  const today = isoDay(now);
  const until = isoDay(new Date(now.getTime() + DIGEST_DAYS * 86_400_000));
  const calendar = await section(deps, 'regulatory_calendar', {
    markets: sub.markets,
    ...(sub.categories.length ? { categories: sub.categories } : {}),
    from: today,
    to: until,
  });
  const stock = await section(deps, 'stockout_risk', {
    markets: sub.markets,
    min_risk: 'critical',
  });
  const scope = [sub.markets.join(', '), sub.categories.join(', ')].filter(Boolean).join(' · ');
  const shift = calendar.citations.length;
  const blocks: Block[] = [
    { type: 'heading', text: `${TITLES[sub.cadence]} tradepilot digest: ${scope} (${today})` },
    { type: 'heading', level: 3, text: `Regulatory changes in the next ${DIGEST_DAYS} days` },
    ...calendar.blocks,
    { type: 'heading', level: 3, text: 'Critical stockouts' },
    ...mapCitations(stock.blocks, (n) => n + shift),
  ];
  return {
    blocks,
    citations: [...calendar.citations, ...stock.citations.map((c) => ({ ...c, n: c.n + shift }))],
  };
}
