// The grounding check of each LLM answer ({checked, unsupported, regenerated, removed}) stored with the message.
export default {
  id: '008-grounding',
  sql: `ALTER TABLE messages ADD COLUMN IF NOT EXISTS grounding jsonb;`,
};
