// The typed error tree and its two conversions: to an HTTP error body and to a tool-result message.
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';

export interface IssueDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details: { issues?: IssueDetail[]; cause?: unknown; retryAfter?: number } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = new.target.name;
  }
}

export class InvalidInputError extends AppError {
  constructor(message: string, issues: IssueDetail[] = []) {
    super('invalid_input', 400, message, { issues });
  }
}

export class NotFoundError extends AppError {
  constructor(message: string) {
    super('not_found', 404, message);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'A valid API key is required.') {
    super('unauthorized', 401, message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('forbidden', 403, message);
  }
}

export class UnavailableError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('unavailable', 503, message, { cause });
  }
}

export class InternalError extends AppError {
  constructor(cause?: unknown) {
    super('internal', 500, 'Something went wrong on our side.', { cause });
  }
}

/** Turns zod issues into `{path, message}` pairs that name the field. */
export function issuesFromZod(error: z.ZodError): IssueDetail[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(root)',
    message: issue.message,
  }));
}

export function invalidInputFromZod(error: z.ZodError, what = 'input'): InvalidInputError {
  const issues = issuesFromZod(error);
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return new InvalidInputError(`Invalid ${what}: ${summary}`, issues);
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  '57P01',
  '57P03',
  '08006',
]);

/** Server paths and SQL: a server-side error whose message holds them is not shown to users. */
const INTERNAL_TEXT =
  /(^|[\s'"(=])(\/[\w.@-]+){2,}|[A-Za-z]:\\\w|\b(SELECT|UPDATE|DELETE FROM|INSERT INTO)\b[\s\S]*\b(FROM|SET|WHERE|VALUES)\b/;

/** Maps any thrown value to an AppError; unknown errors become InternalError (their text never reaches users),
 * and so do server-side AppErrors whose message carries a server path or SQL. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError)
    return err.status >= 500 && INTERNAL_TEXT.test(err.message) ? new InternalError(err) : err;
  if (err instanceof HTTPException) {
    const status = err.status;
    if (status === 413)
      return new AppError('payload_too_large', 413, 'The request body is too large.');
    if (status < 500)
      return new AppError(
        status === 401 ? 'unauthorized' : 'bad_request',
        status,
        err.message || 'Bad request.',
      );
  }
  const code = (err as { code?: string } | null)?.code;
  const message = err instanceof Error ? err.message : '';
  if (
    (code && CONNECTION_CODES.has(code)) ||
    /Connection terminated|connection.*(closed|ended)|Client has encountered a connection error/i.test(
      message,
    )
  ) {
    return new UnavailableError('The database is unavailable; try again shortly.', err);
  }
  return new InternalError(err);
}

/** The JSON body every HTTP surface sends for an error. */
export function httpErrorBody(err: AppError, requestId?: string) {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details.issues?.length ? { issues: err.details.issues } : {}),
      ...(requestId ? { request_id: requestId } : {}),
    },
  };
}

/** The text a model or an MCP client reads when a tool call fails. */
export function toolErrorText(err: AppError): string {
  const issues = err.details.issues?.map((i) => `- ${i.path}: ${i.message}`).join('\n');
  return issues ? `${err.code}: ${err.message}\n${issues}` : `${err.code}: ${err.message}`;
}
