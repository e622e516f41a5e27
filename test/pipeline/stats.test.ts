import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from '../../src/pipeline/stats.js';

describe('LatencyHistogram', () => {
  it('gives p50 and p99 within its 2% bucket width, in constant memory', () => {
    const h = new LatencyHistogram();
    for (let i = 1; i <= 1000; i++) h.add(i / 100); // 0.01 .. 10 ms, uniform
    expect(h.n).toBe(1000);
    expect(h.quantile(0.5)).toBeGreaterThanOrEqual(5);
    expect(h.quantile(0.5)).toBeLessThanOrEqual(5 * 1.02);
    expect(h.quantile(0.99)).toBeGreaterThanOrEqual(9.9);
    expect(h.quantile(0.99)).toBeLessThanOrEqual(10);
    expect(h.max).toBe(10);
    expect(h.sum).toBeCloseTo(5005, 6);
  });

  it('is empty-safe and clamps sub-microsecond values', () => {
    const h = new LatencyHistogram();
    expect(h.quantile(0.5)).toBe(0);
    h.add(0);
    expect(h.quantile(0.5)).toBe(0);
  });
});
