// Progress on stderr for interactive runs: files done / total, docs/s, MB/s, ETA (cli-progress draws it).
import type CliProgress from 'cli-progress';
import { createRequire } from 'node:module';

// Loaded only when a bar is drawn: batch runs (--quiet, pipes) start without it.
const loadCliProgress = () => createRequire(import.meta.url)('cli-progress') as typeof CliProgress;

export interface Progress {
  update(done: number, bytes: number): void;
  /** A line (an error) printed above the bar instead of through it. */
  log(line: string): void;
  stop(): void;
}

/** Only a person watching a terminal wants a bar; not pipes, logs, --quiet, or records printed to the same screen. */
export function shouldShowProgress(o: { quiet?: boolean; stderrIsTTY?: boolean; recordsToTerminal?: boolean }): boolean {
  return !o.quiet && !!o.stderrIsTTY && !o.recordsToTerminal;
}

/** `total` is null when unknown (ndjson input), and then the bar shows counts and rates only. */
export function createProgress(stream: NodeJS.WritableStream, total: number | null): Progress {
  const t0 = performance.now();
  const format = total === null
    ? '{value} docs | {docsPerSec} docs/s | {mbPerSec} MB/s | {duration_formatted}'
    : '[{bar}] {value}/{total} files | {docsPerSec} docs/s | {mbPerSec} MB/s | ETA {eta_formatted}';
  const cliProgress = loadCliProgress();
  const multi = new cliProgress.MultiBar(
    { stream: stream as NodeJS.WriteStream, format, hideCursor: true, clearOnComplete: false, fps: 8, etaBuffer: 200, barsize: 30 },
    cliProgress.Presets.shades_classic,
  );
  const bar = multi.create(total ?? 0, 0, { docsPerSec: '0', mbPerSec: '0.0' });
  return {
    update(done, bytes) {
      const s = Math.max(1e-3, (performance.now() - t0) / 1000);
      if (total === null) bar.setTotal(done);
      bar.update(done, { docsPerSec: Math.round(done / s).toLocaleString('en-US'), mbPerSec: (bytes / 1e6 / s).toFixed(1) });
    },
    log(line) {
      multi.log(line.endsWith('\n') ? line : line + '\n');
    },
    stop() {
      multi.update(); // flush lines logged since the last redraw, or the last errors would be lost
      multi.stop();
    },
  };
}
