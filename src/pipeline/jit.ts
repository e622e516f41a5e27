// V8 tier-up for runs whose worker threads fill every core.
//
// The extractors are a few very large functions (officials' candidate scan, position and organisation
// parsers) with many rarely taken branches. With V8's default interrupt budget they are optimised early,
// and each time a cold branch is first taken the optimised code is thrown away and the function
// recompiled: a 10,000-document run recompiled the officials scan 15 times, ~7.5 s of compiler-thread
// time against ~5.5 s of extraction. One thread per core leaves no core for that compiler thread, so the
// workers wait on it. Optimising later, once feedback has settled, removes most recompiles.
// Measured (2-core box, whole corpus, back to back): --jobs 2 19.0 s → 16.9 s; --jobs 1 (a free core
// for the compiler) is 7 % slower with the higher budget, so it is left alone there.
import { setFlagsFromString } from 'node:v8';

/** Bytecode budget before a function is considered for optimisation (V8's default is 67,584). */
export const BUSY_CORES_INTERRUPT_BUDGET = 600_000;

export interface JitSituation {
  jobs: number;
  cores: number;
  /** Node and V8 options the process was started with (execArgv and NODE_OPTIONS). */
  nodeOptions: string;
}

/** The V8 flag to set for a pool of `jobs` workers, or null: only when they take every core, and never over the user's own choice. */
export function jitFlagFor({ jobs, cores, nodeOptions }: JitSituation): string | null {
  if (jobs < 2 || jobs < cores) return null;
  if (/--interrupt[-_]budget/.test(nodeOptions)) return null;
  return `--interrupt-budget=${BUSY_CORES_INTERRUPT_BUDGET}`;
}

/**
 * Regular expressions compiled once, to machine code. V8 compiles a regexp first to bytecode for its interpreter, runs
 * that once, and at the next execution compiles machine code, which runs from then on: nearly every regexp of the
 * extractors is compiled twice, in every thread of a pool, and the bytecode compile (with its peephole pass) is the
 * dearer one for a Unicode class (\p{L}, \p{Lu}: ~300 in the extractors' patterns; ~0.75 ms a pattern in all, ~0.2 ms
 * for the machine code alone). With no ticks to wait, a regexp made after the flag is set goes straight to machine
 * code, the same machine code; one made before keeps its own count. (--no-regexp-tier-up would do the same for new
 * regexps but, set while the process runs, crashes V8 at the next run of one already compiled to bytecode.)
 */
export function regexpFlagFor({ jobs, nodeOptions }: JitSituation): string | null {
  if (jobs < 2) return null;
  return regexpFlagForLongRun(nodeOptions);
}

/**
 * The same flag for a long run in this thread (`--jobs 1` over more inputs than a small run), set before the extractors
 * load: regexp compiles are never on a background thread, so one thread pays for both compiles of every regexp as each
 * worker does; null when the user set their own regexp tier-up. (A short in-process run, and the library's own `extract`,
 * are left alone.)
 */
export function regexpFlagForLongRun(nodeOptions: string): string | null {
  if (/--(no-)?regexp[-_]tier[-_]up/.test(nodeOptions)) return null;
  return '--regexp-tier-up-ticks=0';
}

/** Sets regexpFlagForLongRun's flag for this process; returns it, or null when the user's own flag stands. */
export function tuneRegexpsForLongRun(): string | null {
  const flag = regexpFlagForLongRun(jitSituation(1, 1).nodeOptions);
  if (flag) setFlagsFromString(flag);
  return flag;
}

/** Sets the flags for this process (V8 flags are process-wide, so the workers started after it see them). */
export function tuneJitForWorkers(jobs: number, cores: number): string | null {
  const situation = jitSituation(jobs, cores);
  const regexp = regexpFlagFor(situation);
  if (regexp) setFlagsFromString(regexp);
  const flag = jitFlagFor(situation);
  if (flag) setFlagsFromString(flag);
  return flag;
}

/** This process's situation for a pool of `jobs` on `cores`. */
export function jitSituation(jobs: number, cores: number): JitSituation {
  return { jobs, cores, nodeOptions: `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}` };
}

/**
 * The end of a long pool run starts no optimising compile. With the busy-cores budget a function reaches TurboFan once
 * it has run long enough: the hottest in a run's first documents, colder ones later, each at a compile cost that grows
 * with its size (the officials' position parser, first optimised some 16,700 documents into a worker's 17,700 of the
 * corpus, took half a second of compiler-thread time). A function first hot when a thread has done d documents costs
 * about 1/d of its time a document; what it saves in the r documents left is some r/d of its time, too little for the
 * compile once r is a small part of d. So once the inputs not yet extracted are fewer than LATE_RUN_PART of those
 * done (the last third of a run whose size the input listing tells), TurboFan is switched off: code already
 * optimised keeps running; a function it would have compiled stays in baseline code. Switched back on when the pool ends.
 * (A worker-like thread, 17,728 corpus documents, under valgrind: 65.63 G instructions; TurboFan off from document
 * 15,500 63.72 G, from 14,000 62.73 G, from 11,800, this part, 62.50 G.)
 */
export const LATE_RUN_PART = 0.5;

/** Whether this pool may switch TurboFan off late in its run: only where it set the busy-cores budget, and never over the user's own optimiser flags. */
export function lateStopFor(situation: JitSituation): boolean {
  return jitFlagFor(situation) !== null && !/--(no-)?(turbofan|opt)\b/.test(situation.nodeOptions);
}

/** Switches TurboFan off (true) or back on (false), for every thread of the process. */
export function setOptimising(on: boolean): void {
  setFlagsFromString(on ? '--turbofan' : '--no-turbofan');
}
