// Turn numbers under concurrency: chat turns arriving together on one conversation (as from two instances) each
// get their own turn, a duplicate user turn is refused by the database, and older duplicates are renumbered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../core/db';
import { appendUserMessage, loadMessages } from '../../server/agent/conversation-store';
import { runChatTurn } from '../../server/agent/run-turn';
import { migrate } from '../../server/db/migrate';
import { migrations } from '../../server/db/migrations/index';
import type { AppDeps } from '../../server/deps';
import { openTestDb, testEngine } from '../helpers/test-db';
import { createTestDeps } from '../helpers/test-deps';

let deps: AppDeps;
beforeAll(async () => {
  deps = await createTestDeps({ now: new Date('2026-11-25T12:00:00Z') });
});
afterAll(() => deps.db.close());

describe(`conversation turns on ${testEngine}`, () => {
  it('gives twelve turns sent at once to one conversation twelve different turn numbers', async () => {
    const first = await runChatTurn(deps, { message: 'hello', surface: 'http' }, () => {});
    const id = first.conversationId;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        runChatTurn(
          deps,
          { message: `What is the VAT in market ${i}?`, conversationId: id, surface: 'http' },
          () => {},
        ),
      ),
    );
    expect(results.every((r) => r.conversationId === id)).toBe(true);
    const users = (await loadMessages(deps.db, id)).filter((m) => m.role === 'user');
    expect(users.map((m) => m.turn).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 13 }, (_, i) => i + 1),
    );
    // Every answer is stored under the turn of its own question.
    const answers = (await loadMessages(deps.db, id)).filter((m) => m.role === 'assistant');
    expect(new Set(answers.map((m) => m.turn)).size).toBe(13);
  });

  it('takes distinct turn numbers when messages are stored at the same instant', async () => {
    const { conversationId } = await runChatTurn(
      deps,
      { message: 'hi', surface: 'http' },
      () => {},
    );
    const turns = await Promise.all(
      Array.from({ length: 16 }, (_, i) => appendUserMessage(deps.db, conversationId, `q${i}`)),
    );
    expect(turns.sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, i) => i + 2));
  });

  it('refuses a second user message with the same turn number', async () => {
    const { conversationId } = await runChatTurn(
      deps,
      { message: 'hi', surface: 'http' },
      () => {},
    );
    expect(await appendUserMessage(deps.db, conversationId, 'next')).toBe(2);
    await expect(
      deps.db.query(
        `INSERT INTO messages (conversation_id, turn, role, content) VALUES ($1, 2, 'user', 'again')`,
        [conversationId],
      ),
    ).rejects.toThrow(/messages_user_turn_key|duplicate key/);
  });
});

describe(`turn migration on ${testEngine}`, () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDb();
  });
  afterAll(() => db.close());

  it('renumbers conversations that already hold duplicate turns, then enforces one user message per turn', async () => {
    const before = migrations.filter((m) => m.id !== '012-message-turns');
    await migrate(db, before);
    const conv = '00000000-0000-4000-8000-000000000001';
    await db.query(`INSERT INTO conversations (id, surface) VALUES ($1, 'http')`, [conv]);
    // Two instances both took turn 2 before the index existed.
    for (const [turn, role, content] of [
      [1, 'user', 'q1'],
      [1, 'assistant', 'a1'],
      [2, 'user', 'q2'],
      [2, 'user', 'q3'],
      [2, 'assistant', 'a2'],
      [2, 'assistant', 'a3'],
    ] as const)
      await db.query(
        'INSERT INTO messages (conversation_id, turn, role, content) VALUES ($1, $2, $3, $4)',
        [conv, turn, role, content],
      );
    expect(await migrate(db)).toEqual(['012-message-turns']);
    const rows = await loadMessages(db, conv);
    expect(rows.map((r) => [r.content, r.turn])).toEqual([
      ['q1', 1],
      ['a1', 1],
      ['q2', 2],
      ['q3', 3],
      ['a2', 3],
      ['a3', 3],
    ]);
    expect(await appendUserMessage(db, conv, 'q4')).toBe(4);
  });
});
