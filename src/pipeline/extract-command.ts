// `vnpress extract`: inputs → batch run → sink, with signals, progress and exit status. The CLI only parses flags.
import { atomicFileSink, SinkError, streamSink, type Sink } from '../output/sink.js';
import { createWriter, type CsvLayout, type OutputFormat } from '../output/writers.js';
import type { InputFormatOption } from '../input/load.js';
import { EXIT, UsageError, formatInputError, formatInterrupted, formatSummary, type ErrorFormat } from './errors.js';
import { countInputs, expandInputs, lookahead, type InputTally } from './inputs.js';
import { createProgress, shouldShowProgress, type Progress } from './progress.js';
import { tuneRegexpsForLongRun } from './jit.js';
import { runBatch } from './run.js';
import { itemSource, ndjsonSource, type TaskSource } from './source.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Fewer inputs than this run in this thread: starting workers would cost more than they save. */
const IN_PROCESS_MAX_INPUTS = 32;

export interface ExtractCommandOptions {
  format: OutputFormat;
  out?: string;
  id?: string;
  includeText?: boolean;
  csvLayout: CsvLayout;
  bom?: boolean;
  inputFormat: InputFormatOption | 'ndjson';
  errors: ErrorFormat;
  jobs: number;
  ordered?: boolean;
  maxBytes: number;
  legacyEncoding?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** Runs one extract command and returns its exit status. */
export async function runExtractCommand(paths: string[], flags: ExtractCommandOptions): Promise<number> {
  if (!paths.length) {
    if (process.stdin.isTTY) throw new UsageError('no input: give paths, or pipe text and use "-"');
    paths = ['-'];
  }
  // Inputs stream lazily; a short look ahead tells one input from many, and small runs stay in this thread.
  let source: TaskSource;
  let known: number | null = null;
  if (flags.inputFormat === 'ndjson') {
    if (flags.id) throw new UsageError('--id cannot be used with --input-format ndjson: ids come from the lines');
    source = ndjsonSource(paths);
  } else {
    const tally: InputTally = { left: 0, open: 0 };
    const ahead = lookahead(expandInputs(paths, tally), IN_PROCESS_MAX_INPUTS);
    if (flags.id && ahead.head.length > 1) throw new UsageError('--id names one record, but there are several inputs');
    if (ahead.exhausted) known = ahead.head.length;
    source = itemSource(ahead.iterator, tally);
  }
  const inputFormat = flags.inputFormat === 'ndjson' ? 'auto' : flags.inputFormat;
  const jobs = known !== null ? 1 : flags.jobs;
  // A long run in this thread (the workers do the same when they start) walks the locations, agencies and officials passes' rare branches first.
  // Imported here, not at the top: with workers this thread never extracts and need not load the extractors.
  if (known === null && jobs === 1) {
    // (its regexps straight to machine code, as in a pool: set before the extractors make them)
    tuneRegexpsForLongRun();
    (await import('../extract/locations.js')).warmUpLocations();
    (await import('../extract/agencies.js')).warmUpAgencies();
    (await import('../extract/foreign-officials.js')).warmUpOfficials();
  }
  let sink: Sink;
  try {
    sink = flags.out ? atomicFileSink(flags.out) : streamSink(process.stdout);
  } catch (e) {
    if (e instanceof SinkError) throw new UsageError(e.message);
    throw e;
  }
  const writer = createWriter({ format: flags.format, csvLayout: flags.csvLayout, bom: flags.bom, expected: known ?? Infinity });
  let progress: Progress | null = null;
  if (shouldShowProgress({ quiet: flags.quiet, stderrIsTTY: process.stderr.isTTY, recordsToTerminal: !flags.out && process.stdout.isTTY })) {
    const total = flags.inputFormat === 'ndjson' ? null : known ?? countInputs(paths);
    progress = createProgress(process.stderr, total);
  }
  let interrupted = false;
  // First signal: finish the record in hand, then stop. A second one: stop now, still leaving no half file.
  const onSignal = () => {
    if (interrupted) {
      sink.abort();
      process.stderr.write(formatInterrupted(flags.errors));
      process.exit(EXIT.INTERRUPTED);
    }
    interrupted = true;
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A reader that went away (`| head -1`) wants no more: stop quietly.
  const readerGone = () => (sink as Partial<ReturnType<typeof streamSink>>).closed?.() === true;
  try {
    const summary = await runBatch(
      source,
      {
        inputFormat, includeText: !!flags.includeText, id: flags.id, maxBytes: flags.maxBytes, legacyEncoding: flags.legacyEncoding ? 'auto' : undefined,
        jobs, ordered: flags.ordered, format: flags.format, csvLayout: flags.csvLayout,
      },
      writer,
      sink,
      {
        onError: (err) => {
          const line = formatInputError(err, flags.errors);
          if (progress) progress.log(line);
          else process.stderr.write(line);
        },
        onProgress: progress ? (done, bytes) => progress!.update(done, bytes) : undefined,
        stopped: () => interrupted || readerGone(),
      },
    );
    progress?.stop();
    if (interrupted) {
      sink.abort();
      process.stderr.write(formatInterrupted(flags.errors));
      return EXIT.INTERRUPTED;
    }
    await sink.commit();
    if (!flags.quiet && !readerGone() && (known !== 1 || summary.failed)) {
      process.stderr.write(formatSummary(summary, flags.errors));
    }
    return summary.failed ? EXIT.SOME_FAILED : EXIT.OK;
  } catch (e) {
    progress?.stop();
    sink.abort();
    throw e;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
