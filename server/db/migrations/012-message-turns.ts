// One user message per conversation turn, enforced by a unique index, so two instances answering the same
// conversation at once cannot both take the same turn number. Turns of conversations that already hold a
// duplicate are renumbered first (each message belongs to the latest user message stored before it).
export default {
  id: '012-message-turns',
  sql: `
WITH dup AS (
  SELECT DISTINCT conversation_id FROM messages WHERE role = 'user'
  GROUP BY conversation_id, turn HAVING count(*) > 1
), renumbered AS (
  SELECT m.id, greatest(1, count(*) FILTER (WHERE m.role = 'user') OVER (
           PARTITION BY m.conversation_id ORDER BY m.id ROWS UNBOUNDED PRECEDING)) AS turn
  FROM messages m JOIN dup USING (conversation_id)
)
UPDATE messages SET turn = renumbered.turn FROM renumbered WHERE messages.id = renumbered.id;

CREATE UNIQUE INDEX IF NOT EXISTS messages_user_turn_key ON messages (conversation_id, turn) WHERE role = 'user';
`,
};
