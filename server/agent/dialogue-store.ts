// SQL for the no-LLM dialogue state kept with each conversation (see dialogue.ts).
import type { Queryable } from '../../core/db';
import type { DialogueState } from './dialogue';

export async function loadDialogueState(
  db: Queryable,
  conversationId: string,
): Promise<DialogueState | null> {
  const { rows } = await db.query<{ dialogue_state: DialogueState | null }>(
    'SELECT dialogue_state FROM conversations WHERE id = $1',
    [conversationId],
  );
  return rows[0]?.dialogue_state ?? null;
}

export async function saveDialogueState(
  db: Queryable,
  conversationId: string,
  state: DialogueState,
): Promise<void> {
  await db.query('UPDATE conversations SET dialogue_state = $2 WHERE id = $1', [
    conversationId,
    JSON.stringify(state),
  ]);
}
