// Configuration: the environment's schema, the typed AppConfig every layer receives, and helpers over it.
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));

const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const flag = (fallback: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      if (/^(1|true|yes|on)$/i.test(v)) return true;
      if (/^(0|false|no|off)$/i.test(v)) return false;
      ctx.addIssue({ code: 'custom', message: 'expected 1/0, true/false, yes/no or on/off' });
      return z.NEVER;
    });

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./.tradepilot'),
  DATABASE_URL: optionalString.pipe(
    z.union([z.url({ protocol: /^postgres(ql)?$/ }), z.undefined()]),
  ),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(8),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalString.pipe(z.union([z.url(), z.undefined()])),
  LLM_MODEL: z.string().min(1).default('gpt-4o-mini'),
  LLM_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  CONVERSATION_TOKEN_BUDGET: z.coerce.number().int().positive().default(200_000),
  EMBEDDINGS_PROVIDER: z.enum(['local', 'openai']).default('local'),
  EMBEDDINGS_MODEL: z.string().min(1).default('text-embedding-3-small'),
  TRADEPILOT_API_KEYS: list,
  TRADEPILOT_PUBLIC_KEYS: optionalString,
  TRADEPILOT_WIDGET_TOOLS: list,
  TRUST_PROXY: flag(false),
  MCP_ALLOWED_HOSTS: list,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_BOT_TOKEN: optionalString,
  SLACK_API_URL: optionalString.pipe(z.union([z.url(), z.undefined()])),
  FX_RATES_FILE: optionalString,
  RATE_LIMIT_RPS_PER_KEY: z.coerce.number().positive().default(100),
  RATE_LIMIT_RPS_PER_IP: z.coerce.number().positive().default(50),
  /** Where rate-limit buckets live: per process (memory) or shared by every instance on the database (postgres). */
  RATE_LIMIT_STORE: z.enum(['memory', 'postgres']).default('memory'),
  DEMO_DATA: flag(true),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type AppConfig = z.output<typeof envSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** True when an OpenAI-compatible chat model is configured. */
export function hasLlm(config: AppConfig): boolean {
  return Boolean(config.OPENAI_API_KEY || config.OPENAI_BASE_URL);
}

/** The password in DATABASE_URL, as written and decoded. */
function databasePassword(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const { password } = new URL(url);
    return password ? [password, decodeURIComponent(password)] : [];
  } catch {
    return [];
  }
}

/** Every configured secret value, so the logger can redact them. */
export function configuredSecrets(config: AppConfig): string[] {
  return [
    ...config.TRADEPILOT_API_KEYS,
    config.OPENAI_API_KEY,
    config.SLACK_SIGNING_SECRET,
    config.SLACK_BOT_TOKEN,
    ...databasePassword(config.DATABASE_URL),
  ].filter((s): s is string => Boolean(s));
}
