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
 * Regular expressions compiled without the bytecode peephole pass. V8 compiles a regexp first to bytecode for its
 * interpreter, then, at its second execution, to machine code, which runs from then on: the bytecode serves once.
 * Its peephole pass is the dearer part of that compile for a Unicode class (\p{L}, \p{Lu}: ~300 in the extractors'
 * patterns; ~0.75 ms a pattern in all, ~0.45 ms without the pass), and a pool pays it in every thread. The machine code
 * is the same either way. (--no-regexp-tier-up, which skips the bytecode altogether, saves more but cannot be set
 * once the process runs: a regexp already compiled to bytecode then crashes V8; this pass only shapes bytecode
 * still to be made.)
 */
export function regexpFlagFor({ jobs, nodeOptions }: JitSituation): string | null {
  if (jobs < 2) return null;
  if (/--(no-)?regexp[-_]peephole[-_]optimization/.test(nodeOptions)) return null;
  return '--no-regexp-peephole-optimization';
}

/** Sets the flags for this process (V8 flags are process-wide, so the workers started after it see them). */
export function tuneJitForWorkers(jobs: number, cores: number): string | null {
  const situation = { jobs, cores, nodeOptions: `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}` };
  const regexp = regexpFlagFor(situation);
  if (regexp) setFlagsFromString(regexp);
  const flag = jitFlagFor(situation);
  if (flag) setFlagsFromString(flag);
  return flag;
}
