// The per-request variables every HTTP route can read (set by middleware).
import type { Caller } from '../../security/caller';

export interface AppEnv {
  Variables: {
    requestId: string;
    /** Who is calling: an API key id, a widget key id or a Slack user; never the key itself. */
    principal?: string;
    /** Set on chat routes: who owns the conversations, what it may read, which tools it reaches. */
    caller?: Caller;
  };
}
