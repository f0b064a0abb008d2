// The no-LLM mode's memory of a conversation: the last request (tool), its arguments and the slots it still needs.
export default {
  id: '006-dialogue-state',
  sql: `
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS dialogue_state jsonb;
`,
};
