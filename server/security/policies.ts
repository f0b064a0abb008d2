// The access policy of every route: public, widget key, admin key or Slack signature. Unlisted paths are denied.
export type Policy = 'public' | 'widget' | 'admin' | 'slack';

interface Rule {
  /** Exact path, or a prefix when it ends with '/' or '*'. */
  path: string;
  policy: Policy;
}

/** Ordered: the first matching rule decides. */
export const ROUTE_POLICIES: Rule[] = [
  { path: '/', policy: 'public' },
  { path: '/health', policy: 'public' },
  { path: '/openapi.json', policy: 'public' },
  { path: '/widget.js', policy: 'public' },
  // Browsers ask for it on every page; answered 404 rather than 403.
  { path: '/favicon.ico', policy: 'public' },
  { path: '/api/chat', policy: 'widget' },
  { path: '/api/conversations/*', policy: 'widget' },
  { path: '/api/*', policy: 'admin' },
  { path: '/mcp', policy: 'admin' },
  { path: '/v1/*', policy: 'admin' },
  { path: '/slack/*', policy: 'slack' },
];

function matches(rule: Rule, path: string): boolean {
  if (rule.path.endsWith('*')) return path.startsWith(rule.path.slice(0, -1));
  return path === rule.path;
}

/** The policy for a concrete request path or a route pattern (e.g. '/api/tools/:name'); undefined = no policy. */
export function policyFor(path: string): Policy | undefined {
  return ROUTE_POLICIES.find((rule) => matches(rule, path))?.policy;
}
