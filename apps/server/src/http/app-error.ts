/**
 * An error a client can act on: a stable dotted code, an HTTP status, and a
 * message that says what to do. Everything else that is thrown is an internal
 * fault and is answered with a generic 500 (see error-handler.ts).
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, code: string): AppError =>
  new AppError(404, code, `${what} was not found. Check the id, or list them to find it.`);
