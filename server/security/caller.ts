// The caller of a chat route as access control established it: conversation ownership and the tools it may reach.
import type { Context } from 'hono';
import { ForbiddenError } from '../../core/errors';
import type { ConversationAccess } from '../agent/conversation-access';
import type { AppEnv } from '../surfaces/http/app-env';

export interface Caller extends ConversationAccess {
  /** The tools this caller's chats may use; undefined = every tool. */
  tools?: ReadonlySet<string>;
}

/** An admin key: owns its conversations, reads every conversation, reaches every tool. */
export const adminCaller = (keyId: string): Caller => ({ owner: `admin:${keyId}`, readsAll: true });

/** Local development (loopback, no keys configured): the operator, like an admin key. */
export const LOCAL_CALLER: Caller = { owner: 'local', readsAll: true };

/** The caller set by the access middleware; a route reached without one is refused rather than opened. */
export function callerOf(c: Context<AppEnv>): Caller {
  const caller = c.get('caller');
  if (!caller) throw new ForbiddenError('This route needs an API key.');
  return caller;
}
