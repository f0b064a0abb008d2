// Who owns each conversation (admin key, widget key, Slack thread, CLI, ...) and the hash of a widget visitor's token.
export default {
  id: '007-conversation-owners',
  sql: `
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS owner text;
ALTER TABLE conversations ADD COLUMN IF NOT EXISTS visitor_hash text;
`,
};
