// The not-legal-advice notice of a no-LLM chat turn: said once, by the tool answer when it says it, else by the chat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../server/deps';
import { ensureBundledKnowledge } from '../../knowledge/ingest/bundled';
import { runChatTurn } from '../../server/agent/run-turn';
import { createTestDeps } from '../helpers/test-deps';

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'gi'))?.length ?? 0;

describe('no-LLM turns: the not-legal-advice notice', () => {
  let deps: AppDeps;
  beforeAll(async () => {
    deps = await createTestDeps({ now: new Date('2026-11-30T09:00:00Z') });
    await ensureBundledKnowledge(deps);
  });
  afterAll(async () => deps.db.close());

  const say = async (message: string) =>
    (await runChatTurn(deps, { message, surface: 'cli' }, () => {})).text;

  it('is not repeated after a compliance plan, which says it itself (en and zh)', async () => {
    const en = await say('Give me a compliance plan for selling toys in the EU');
    expect(en).toContain('Not legal advice: check each step against its source.');
    expect(count(en, /not legal advice/)).toBe(1);
    const zh = await say('我要在欧盟卖儿童玩具，给我一个合规计划');
    expect(count(zh, /不构成法律意见/)).toBe(1);
  });

  it('is still given after a compliance checklist, which does not say it', async () => {
    const text = await say('Give me a compliance checklist for selling toys in Germany');
    expect(text).toContain('not legal advice; confirm with the authority or a qualified adviser');
  });
});
