// How long no-LLM answers are: characters and sources of whole chat turns on the bundled knowledge and demo data
// (`npx tsx bench/answer-size.ts`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLogger } from '../core/log';
import { runChatTurn } from '../server/agent/run-turn';
import { openNodeDeps } from '../server/entry/node';
import { loadConfig } from '../server/env';

const QUESTIONS = [
  'What do I need to sell Bluetooth earbuds in Germany?',
  '蓝牙耳机卖到德国需要什么？',
  'What certification do toys need in the EU?',
  'Which SKUs will run out in Germany?',
  'Give me a compliance checklist for selling toys in Germany',
];

const dir = await mkdtemp(path.join(tmpdir(), 'tradepilot-answer-size-'));
const config = loadConfig({ DATA_DIR: dir, DEMO_DATA: '1', LOG_LEVEL: 'silent' });
const deps = await openNodeDeps(config, createLogger({ level: 'silent' }));
try {
  for (const message of QUESTIONS) {
    const turn = await runChatTurn(deps, { message, surface: 'bench' }, () => undefined);
    console.log(
      JSON.stringify({ message, characters: turn.text.length, sources: turn.citations.length }),
    );
  }
} finally {
  await deps.db.close();
  await rm(dir, { recursive: true, force: true });
}
