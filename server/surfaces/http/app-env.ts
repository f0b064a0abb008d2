// The per-request variables every HTTP route can read (set by middleware).
export interface AppEnv {
  Variables: {
    requestId: string;
    /** Who is calling: an API key id, a widget key id or a Slack user; never the key itself. */
    principal?: string;
  };
}
