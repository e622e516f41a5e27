// Per-document latency in a fixed-size log histogram (2% buckets), so a summary costs no per-document memory.

const GROWTH = Math.log(1.02);
const BUCKETS = 1200; // 1 µs × 1.02^1200 ≈ 20 minutes

export class LatencyHistogram {
  readonly counts = new Uint32Array(BUCKETS);
  n = 0;
  max = 0;
  sum = 0;

  add(ms: number): void {
    const us = Math.max(1, ms * 1000);
    this.counts[Math.min(BUCKETS - 1, Math.ceil(Math.log(us) / GROWTH))]++;
    this.n++;
    this.sum += ms;
    if (ms > this.max) this.max = ms;
  }

  /** The upper edge of the bucket holding quantile q, in ms (within 2%). */
  quantile(q: number): number {
    if (!this.n) return 0;
    const rank = Math.max(1, Math.ceil(q * this.n));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) return Math.min(this.max, Math.exp(i * GROWTH) / 1000);
    }
    return this.max;
  }
}

/** `VNPRESS_STATS=1` makes a batch run end with one `vnpress-stats {json}` line on stderr, for the benchmark. */
export function statsEnabled(): boolean {
  return process.env.VNPRESS_STATS === '1';
}

export function formatStats(h: LatencyHistogram, wallMs: number, bytes: number): string {
  const usage = process.resourceUsage(); // whole process, worker threads included
  const rss = usage.maxRSS; // KiB
  return `vnpress-stats ${JSON.stringify({
    docs: h.n,
    wallMs: Math.round(wallMs),
    bytes,
    p50Ms: +h.quantile(0.5).toFixed(4),
    p99Ms: +h.quantile(0.99).toFixed(4),
    maxMs: +h.max.toFixed(3),
    // CPU of the process against time spent inside documents (read + extract + serialise): the rest is pipeline overhead.
    cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    docMs: Math.round(h.sum),
    maxRssMB: +(rss / 1024).toFixed(1),
  })}\n`;
}
