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

/** Sets the flag for this process (V8 flags are process-wide, so the workers started after it see it). */
export function tuneJitForWorkers(jobs: number, cores: number): string | null {
  const flag = jitFlagFor({ jobs, cores, nodeOptions: `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}` });
  if (flag) setFlagsFromString(flag);
  return flag;
}
