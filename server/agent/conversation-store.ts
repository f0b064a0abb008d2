// SQL for conversations and messages: resolve or create a conversation, append messages, read history.
import type { Queryable } from '../../core/db';
import type { Citation, Usage } from './events';
import type { GroundingReport } from './grounding/stream-guard';
import {
  hashVisitorToken,
  mayAccess,
  needsVisitorToken,
  newVisitorToken,
  type ConversationAccess,
  type StoredOwnership,
} from './conversation-access';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isConversationId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export interface ConversationRef {
  id: string;
  /** Notices already given in this conversation (e.g. 'no_llm', 'not_legal_advice'). */
  notices: string[];
  /** Language-model tokens this conversation has used so far. */
  tokens_used: number;
  created: boolean;
  /** Issued when a widget visitor starts the conversation; only its hash is stored. */
  visitorToken?: string;
}

export interface StoredToolCall {
  id: string;
  name: string;
  arguments: string;
}

export interface StoredMessage {
  id: number;
  turn: number;
  role: 'user' | 'assistant' | 'tool';
  content: string;
  tool_calls: StoredToolCall[] | null;
  tool_call_id: string | null;
  tool_name: string | null;
  tool_result: { ok: boolean; summary: string } | null;
  citations: Citation[] | null;
  /** The grounding check of an LLM answer. */
  grounding: GroundingReport | null;
  cited: boolean;
  mode: 'llm' | 'no-llm' | null;
  model: string | null;
  prompt_tokens: number;
  completion_tokens: number;
  latency_ms: number | null;
  created_at: string;
}

export type NewMessage = Partial<
  Omit<StoredMessage, 'id' | 'created_at' | 'role' | 'turn' | 'content'>
> & { role: StoredMessage['role']; turn: number; content?: string };

/** Finds the conversation named by id or external key, or creates one; an unknown id, or one the caller may not
 * continue, starts a new one (so an id is never confirmed to someone else). */
export async function resolveConversation(
  db: Queryable,
  input: {
    conversationId?: string;
    conversationKey?: string;
    surface: string;
    principal?: string;
    access: ConversationAccess;
  },
): Promise<ConversationRef> {
  if (isConversationId(input.conversationId)) {
    const { rows } = await db.query<
      { id: string; notices: string[]; tokens_used: number } & StoredOwnership
    >(
      `SELECT id, notices, prompt_tokens + completion_tokens AS tokens_used, owner, visitor_hash
       FROM conversations WHERE id = $1`,
      [input.conversationId],
    );
    const row = rows[0];
    if (row && (await mayAccess(row, input.access, true)))
      return { id: row.id, notices: row.notices, tokens_used: row.tokens_used, created: false };
  }
  const id = crypto.randomUUID();
  const owner = input.access.owner;
  if (input.conversationKey) {
    const { rows } = await db.query<{ id: string; notices: string[]; tokens_used: number }>(
      `INSERT INTO conversations (id, external_key, surface, principal, owner) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (external_key) DO UPDATE SET updated_at = now()
       RETURNING id, notices, prompt_tokens + completion_tokens AS tokens_used`,
      [id, input.conversationKey, input.surface, input.principal ?? null, owner],
    );
    return { ...rows[0], created: rows[0].id === id };
  }
  const visitorToken = needsVisitorToken(owner) ? newVisitorToken() : undefined;
  await db.query(
    'INSERT INTO conversations (id, surface, principal, owner, visitor_hash) VALUES ($1, $2, $3, $4, $5)',
    [
      id,
      input.surface,
      input.principal ?? null,
      owner,
      visitorToken ? await hashVisitorToken(visitorToken) : null,
    ],
  );
  return {
    id,
    notices: [],
    tokens_used: 0,
    created: true,
    ...(visitorToken ? { visitorToken } : {}),
  };
}

/** Unique-index violations while taking a turn number (another instance took it first) retried before giving up. */
const TURN_RETRIES = 10;

function isTurnTaken(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string; message?: string };
  return (
    e?.code === '23505' &&
    (e.constraint === 'messages_user_turn_key' || !!e.message?.includes('messages_user_turn_key'))
  );
}

/**
 * Stores the user's message as the next turn and returns its number. The number is taken in the INSERT itself
 * and a unique index allows one user message per turn, so a concurrent turn from another instance retries.
 */
export async function appendUserMessage(
  db: Queryable,
  conversationId: string,
  content: string,
): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { rows } = await db.query<{ turn: number }>(
        `INSERT INTO messages (conversation_id, turn, role, content)
         SELECT $1, COALESCE(max(turn), 0) + 1, 'user', $2 FROM messages WHERE conversation_id = $1
         RETURNING turn`,
        [conversationId, content.replaceAll(String.fromCharCode(0), '')],
      );
      return rows[0].turn;
    } catch (err) {
      if (attempt >= TURN_RETRIES || !isTurnTaken(err)) throw err;
    }
  }
}

export async function appendMessage(
  db: Queryable,
  conversationId: string,
  m: NewMessage,
): Promise<void> {
  await db.query(
    `INSERT INTO messages (conversation_id, turn, role, content, tool_calls, tool_call_id, tool_name,
       tool_result, citations, cited, mode, model, prompt_tokens, completion_tokens, latency_ms, grounding)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      conversationId,
      m.turn,
      m.role,
      m.content ?? '',
      m.tool_calls ? JSON.stringify(m.tool_calls) : null,
      m.tool_call_id ?? null,
      m.tool_name ?? null,
      m.tool_result ? JSON.stringify(m.tool_result) : null,
      m.citations ? JSON.stringify(m.citations) : null,
      m.cited ?? false,
      m.mode ?? null,
      m.model ?? null,
      m.prompt_tokens ?? 0,
      m.completion_tokens ?? 0,
      m.latency_ms ?? null,
      m.grounding ? JSON.stringify(m.grounding) : null,
    ],
  );
}

/** Marks the tool messages of a turn whose citations the final answer referenced. */
export async function markCited(
  db: Queryable,
  conversationId: string,
  toolCallIds: string[],
): Promise<void> {
  if (!toolCallIds.length) return;
  await db.query(
    'UPDATE messages SET cited = true WHERE conversation_id = $1 AND tool_call_id = ANY($2::text[])',
    [conversationId, toolCallIds],
  );
}

export async function loadMessages(
  db: Queryable,
  conversationId: string,
): Promise<StoredMessage[]> {
  const { rows } = await db.query<StoredMessage>(
    `SELECT id::int AS id, turn, role, content, tool_calls, tool_call_id, tool_name, tool_result, citations,
            cited, mode, model, prompt_tokens, completion_tokens, latency_ms, grounding,
            to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
     FROM messages WHERE conversation_id = $1 ORDER BY id`,
    [conversationId],
  );
  return rows;
}

/** Adds a turn's token usage to the conversation totals and records notices given in it. */
export async function finishTurn(
  db: Queryable,
  conversationId: string,
  usage: Usage,
  noticesGiven: string[],
): Promise<void> {
  await db.query(
    `UPDATE conversations SET prompt_tokens = prompt_tokens + $2, completion_tokens = completion_tokens + $3,
       notices = ARRAY(SELECT DISTINCT unnest(notices || $4::text[])), updated_at = now()
     WHERE id = $1`,
    [conversationId, usage.prompt_tokens, usage.completion_tokens, noticesGiven],
  );
}

export interface ConversationView {
  id: string;
  created_at: string;
  updated_at: string;
  usage: Usage;
  messages: Array<{
    role: 'user' | 'assistant';
    content: string;
    citations: Citation[];
    mode: 'llm' | 'no-llm' | null;
    created_at: string;
  }>;
}

/** The conversation as a chat client shows it: user and assistant answers (no tool plumbing); null if unknown or
 * not the caller's. */
export async function getConversationView(
  db: Queryable,
  id: string,
  access: ConversationAccess,
): Promise<ConversationView | null> {
  if (!isConversationId(id)) return null;
  const { rows } = await db.query<
    {
      id: string;
      created_at: string;
      updated_at: string;
      prompt_tokens: number;
      completion_tokens: number;
    } & StoredOwnership
  >(
    `SELECT id, prompt_tokens, completion_tokens, owner, visitor_hash,
            to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
            to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at
     FROM conversations WHERE id = $1`,
    [id],
  );
  const conv = rows[0];
  if (!conv || !(await mayAccess(conv, access, false))) return null;
  const messages = (await loadMessages(db, id)).filter(
    (m) => m.role === 'user' || (m.role === 'assistant' && !m.tool_calls?.length),
  );
  return {
    id: conv.id,
    created_at: conv.created_at,
    updated_at: conv.updated_at,
    usage: {
      prompt_tokens: conv.prompt_tokens,
      completion_tokens: conv.completion_tokens,
      total_tokens: conv.prompt_tokens + conv.completion_tokens,
    },
    messages: messages.map((m) => ({
      role: m.role as 'user' | 'assistant',
      content: m.content,
      citations: m.citations ?? [],
      mode: m.mode,
      created_at: m.created_at,
    })),
  };
}
