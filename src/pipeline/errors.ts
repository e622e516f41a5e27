// Per-input failures: one line each on stderr, or JSON lines with --errors ndjson.

/** A mistake in how the command was called: one line, exit 2. */
export class UsageError extends Error {}

export class InputError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

export type ErrorFormat = 'text' | 'ndjson';

/** Control characters (a newline in a file name or a message) escaped, so each error stays one line. */
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));

export function formatInputError(err: InputError, format: ErrorFormat): string {
  return format === 'ndjson'
    ? JSON.stringify({ type: 'error', path: err.path, reason: err.reason }) + '\n'
    : `vnpress: ${oneLine(err.path)}: ${oneLine(err.reason)}\n`;
}

/** Exit statuses, as documented in --help and the README. */
export const EXIT = { OK: 0, SOME_FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;

/** The end-of-run line: counts, or with --errors ndjson a JSON line a pipeline can read. */
export function formatSummary(s: { ok: number; failed: number; ms: number }, format: ErrorFormat): string {
  return format === 'ndjson'
    ? JSON.stringify({ type: 'summary', ok: s.ok, failed: s.failed, seconds: Number((s.ms / 1000).toFixed(2)) }) + '\n'
    : `vnpress: ${s.ok} ok, ${s.failed} failed in ${(s.ms / 1000).toFixed(2)} s\n`;
}

/** Said when a signal stopped the run. */
export function formatInterrupted(format: ErrorFormat): string {
  return format === 'ndjson' ? JSON.stringify({ type: 'interrupted' }) + '\n' : 'vnpress: interrupted\n';
}
