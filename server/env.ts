// The only reader of the environment: parses variables once with zod and fails fast with a readable message.
import { ConfigError, envSchema, type AppConfig } from '../core/config';

/** Parses an environment record (process.env by default) into a typed config, or throws ConfigError. */
export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example.`);
}
