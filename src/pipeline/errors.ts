// Per-input failures: one line each on stderr, or JSON lines with --errors ndjson.

export class InputError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

export type ErrorFormat = 'text' | 'ndjson';

export function formatInputError(err: InputError, format: ErrorFormat): string {
  return format === 'ndjson'
    ? JSON.stringify({ type: 'error', path: err.path, reason: err.reason }) + '\n'
    : `vnpress: ${err.path}: ${err.reason}\n`;
}

/** Exit statuses, as documented in --help and the README. */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;
