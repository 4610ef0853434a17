// The API's one error shape, `{error: {code, message, hint}}`, and the error a route throws to answer
// with a given status (404 for an unknown story, 401 for a missing token …).

export interface ErrorBody {
  error: { code: string; message: string; hint: string | null };
}

export function errorBody(code: string, message: string, hint?: string | null): ErrorBody {
  return { error: { code, message, hint: hint ?? null } };
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The OpenAPI schema of the error body, for route responses. */
export const ERROR_SCHEMA = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, hint: { type: 'string', nullable: true } },
      required: ['code', 'message', 'hint'],
    },
  },
  required: ['error'],
} as const;
