// Slack's message markup back to plain text for the agent: mentions, channel links, URLs and escaped characters.

/**
 * Plain text of a Slack message. Mentions of `dropUser` (the bot) are removed; other user mentions become
 * `@U123` (or `@name`), channels `#name`, links their label and address, and &amp; &lt; &gt; are unescaped.
 */
export function slackTextToPlain(text: string, dropUser?: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) =>
      id === dropUser ? '' : `@${name || id}`,
    )
    .replace(
      /<#([CG][A-Z0-9]+)(?:\|([^>]*))?>/g,
      (_m, id: string, name?: string) => `#${name || id}`,
    )
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => name ?? '@group')
    .replace(/<!date\^\d+\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]*)>/g, (_m, url: string, label: string) =>
      label && label !== url.replace(/^mailto:/, '')
        ? `${label} (${url})`
        : url.replace(/^mailto:/, ''),
    )
    .replace(/<((?:https?|mailto):[^>]+)>/g, (_m, url: string) => url.replace(/^mailto:/, ''))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
