// MCP logging: the level a client chose with logging/setLevel, and the log message each tool call sends it.
import { LoggingLevelSchema, type LoggingLevel } from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** Where one client's chosen level lives (stdio: the process; HTTP: the API key, since /mcp has no sessions). */
export interface LogLevelSlot {
  get(): LoggingLevel | undefined;
  set(level: LoggingLevel): void;
}

/** Until a client picks a level it gets info and above. */
export const DEFAULT_LOG_LEVEL: LoggingLevel = 'info';

const SEVERITY = new Map(LoggingLevelSchema.options.map((level, index) => [level, index]));

export function shouldSend(level: LoggingLevel, chosen: LoggingLevel = DEFAULT_LOG_LEVEL): boolean {
  return (SEVERITY.get(level) ?? 0) >= (SEVERITY.get(chosen) ?? 0);
}

export function memorySlot(): LogLevelSlot {
  let level: LoggingLevel | undefined;
  return { get: () => level, set: (l) => void (level = l) };
}

/** One slot per key: levels set over HTTP by a client apply to its later requests with the same API key. */
export function slotsByKey(): (key: string) => LogLevelSlot {
  const levels = new Map<string, LoggingLevel>();
  return (key) => ({ get: () => levels.get(key), set: (l) => void levels.set(key, l) });
}

/** The notifications/message params for a finished tool call: info when it worked, else warning or error. */
export function toolCallLogMessage(
  tool: string,
  result: CallToolResult,
  ms: number,
): { level: LoggingLevel; logger: string; data: Record<string, unknown> } {
  if (!result.isError) return { level: 'info', logger: 'tradepilot', data: { tool, ok: true, ms } };
  const first = result.content[0];
  const text = first?.type === 'text' ? first.text : '';
  const code = text.split(':', 1)[0];
  return {
    level: code === 'internal' || code === 'unavailable' ? 'error' : 'warning',
    logger: 'tradepilot',
    data: { tool, ok: false, ms, error: text },
  };
}
