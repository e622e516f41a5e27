import { describe, expect, it } from 'vitest';
import { BUSY_CORES_INTERRUPT_BUDGET, jitFlagFor, lateStopFor, regexpFlagFor, regexpFlagForLongRun } from '../../src/pipeline/jit.js';

describe('jitFlagFor: later optimisation only when the workers take every core', () => {
  const flag = `--interrupt-budget=${BUSY_CORES_INTERRUPT_BUDGET}`;
  it.each([
    // jobs, cores, node options, flag
    [1, 2, '', null], // one worker: the compiler thread has a free core
    [1, 1, '', null], // in-process run, no pool
    [2, 2, '', flag], // the bench: two workers on two cores
    [4, 2, '', flag], // more workers than cores
    [2, 8, '', null], // spare cores for the compiler threads
    [8, 8, '', flag],
    [2, 2, '--interrupt-budget=100000', null], // the user's own choice wins
    [2, 2, '--max-old-space-size=4096 --interrupt_budget=1', null],
    [2, 2, '--max-old-space-size=4096', flag],
  ])('jobs %i on %i cores with "%s" → %s', (jobs, cores, nodeOptions, want) => {
    expect(jitFlagFor({ jobs, cores, nodeOptions })).toBe(want);
  });
});

describe('regexpFlagFor: regexps made in a pool go straight to machine code', () => {
  const flag = '--regexp-tier-up-ticks=0';
  it.each([
    // jobs, node options, flag
    [1, '', null], // in-process run: left alone
    [2, '', flag],
    [8, '--max-old-space-size=4096', flag],
    [2, '--regexp-tier-up-ticks=5', null], // the user's own choice wins
    [2, '--no-regexp_tier_up', null],
  ])('jobs %i with "%s" → %s', (jobs, nodeOptions, want) => {
    expect(regexpFlagFor({ jobs, cores: 2, nodeOptions })).toBe(want);
  });
});

describe('regexpFlagForLongRun: a long run in this thread compiles its regexps as a pool does', () => {
  it.each([
    // node options, flag
    ['', '--regexp-tier-up-ticks=0'],
    ['--max-old-space-size=4096', '--regexp-tier-up-ticks=0'],
    ['--regexp-tier-up-ticks=5', null], // the user's own choice wins
    ['--no-regexp_tier_up', null],
  ])('"%s" → %s', (nodeOptions, want) => {
    expect(regexpFlagForLongRun(nodeOptions)).toBe(want);
  });
});

describe('lateStopFor: the end of a pool run starts no optimising compile', () => {
  it.each([
    // jobs, cores, node options, may stop
    [2, 2, '', true], // the bench
    [1, 2, '', false], // no busy-cores budget: left alone
    [2, 8, '', false],
    [2, 2, '--interrupt-budget=100000', false], // the user's own tiering
    [2, 2, '--no-turbofan', false],
    [2, 2, '--turbofan', false],
    [2, 2, '--no-opt', false],
    [2, 2, '--optimize-for-size', true],
    [2, 2, '--max-old-space-size=4096', true],
  ])('jobs %i on %i cores with "%s" → %s', (jobs, cores, nodeOptions, want) => {
    expect(lateStopFor({ jobs, cores, nodeOptions })).toBe(want);
  });
});
