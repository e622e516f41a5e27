// The command line: a thin commander layer over the pipeline.
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { EXIT, UsageError } from '../pipeline/errors.js';
import { DEFAULT_MAX_BYTES, runExtractCommand, type ExtractCommandOptions } from '../pipeline/extract-command.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };


const EXAMPLES = `
Examples:
  $ vnpress extract fixtures/bca-20200107.txt              one record as JSON
  $ vnpress extract corpus/ --format ndjson --out all.jsonl a directory, one line per article
  $ vnpress extract 'pages/**/*.html' --format csv --bom   CSV that Excel opens with Vietnamese intact
  $ vnpress extract a.txt --format csv --csv-layout entities   one row per entity, with spans
  $ cat article.txt | vnpress extract - --id my-article    stdin in, stdout out
  $ vnpress extract corpus/ -f ndjson --jobs 4 --ordered    four threads, records in input order
  $ cat docs.jsonl | vnpress extract --input-format ndjson -f ndjson --jobs 1   a filter: {"id","text"} lines in, records out
  $ vnpress schema > record.schema.json                    the JSON Schema of a record

Exit status:
  0    every input gave a record
  1    some inputs failed (each named on stderr); the others were written
  2    usage error (bad option, unwritable --out, nothing to read)
  130  interrupted (SIGINT/SIGTERM); output holds only whole records
`;

function parseIntOption(name: string) {
  return (v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} must be a positive integer, got "${v}"`);
    return n;
  };
}

export function buildProgram(): Command {
  const program = new Command('vnpress')
    .description('Turn Vietnamese press texts and saved news pages into typed records with character spans.')
    .version(pkg.version)
    .showHelpAfterError('(run vnpress --help for usage)')
    .addHelpText('after', EXAMPLES)
    // Set before subcommands are added, which copy these settings: usage errors must exit 2, not 1.
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('extract')
    .description('extract records from files, directories (.txt, .html, .htm), globs, or - for stdin')
    .argument('[paths...]', 'inputs; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'ndjson', 'csv']).default('json'))
    .option('-o, --out <file>', 'write to FILE atomically instead of stdout')
    .option('--id <id>', 'record id for a single input (default: the file stem)')
    .option('--include-text', 'add the document text that spans index')
    .addOption(new Option('--csv-layout <layout>', 'CSV rows per document or per entity').choices(['documents', 'entities']).default('documents'))
    .option('--bom', 'start output with a UTF-8 BOM (for Excel)')
    .addOption(new Option('--input-format <format>', 'how to read inputs; ndjson: lines of {"id","text"} or {"id","html"}').choices(['auto', 'text', 'html', 'ndjson']).default('auto'))
    .option('-j, --jobs <n>', 'parallel jobs: this thread and N - 1 worker threads (default: one per core)', parseIntOption('--jobs'), availableParallelism())
    .option('--ordered', 'with several jobs, keep records in input order')
    .addOption(new Option('--errors <format>', 'how to report failed inputs on stderr').choices(['text', 'ndjson']).default('text'))
    .option('--legacy-encoding', 'convert inputs detected as pre-Unicode TCVN3 (ABC) or VNI to Unicode (without it they are only flagged in warnings)')
    .option('--max-bytes <n>', 'refuse inputs larger than N bytes', parseIntOption('--max-bytes'), DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: ExtractCommandOptions) => {
      process.exitCode = await runExtractCommand(paths, flags);
    });

  program
    .command('schema')
    .description('print the JSON Schema of a record')
    .action(async () => {
      // zod (~0.4 s to load) only for this command: an extract run starts its workers that much sooner.
      const { recordJsonSchema } = await import('../record/schema.js');
      process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
    });

  return program;
}

/** Entry point for bin/vnpress.js. */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  const debug = argv.includes('--debug');
  // A closed stderr (2>&- or a reader that quit) must not turn into a crash of its own.
  process.stderr.on('error', () => {});
  // Last resort for errors outside the awaited chain (stream or worker events): one line, no trace.
  // process.exit runs the --out sink's exit hook, so no half-written file stays behind.
  const fatal = (e: unknown) => {
    const err = e instanceof Error ? e : new Error(String(e));
    process.stderr.write(debug ? `${err.stack}\n` : `vnpress: internal error: ${err.message} (run with --debug for details)\n`);
    process.exit(70);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : EXIT.USAGE;
      return;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`vnpress: ${e.message}\n`);
      process.exitCode = EXIT.USAGE;
      return;
    }
    process.stderr.write(debug ? `${(e as Error).stack}\n` : `vnpress: internal error: ${(e as Error).message} (run with --debug for details)\n`);
    process.exitCode = 70;
  }
}
