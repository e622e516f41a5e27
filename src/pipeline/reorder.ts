// Keeps output in input order when batches finish out of order, holding at most `window` of them.

export class ReorderBuffer<T> {
  private readonly held = new Map<number, T>();
  private nextSeq = 0;

  constructor(readonly window: number) {
    if (!(window >= 1)) throw new RangeError('reorder window must be at least 1');
  }

  /** Whether `seq` may be started now: it must land inside the window, or the buffer could grow without bound. */
  accepts(seq: number): boolean {
    return seq >= this.nextSeq && seq < this.nextSeq + this.window;
  }

  get size(): number {
    return this.held.size;
  }

  put(seq: number, value: T): void {
    if (!this.accepts(seq)) throw new RangeError(`sequence ${seq} is outside the reorder window [${this.nextSeq}, ${this.nextSeq + this.window})`);
    if (this.held.has(seq)) throw new RangeError(`sequence ${seq} given twice`);
    this.held.set(seq, value);
  }

  /** Takes every value that is next in order, advancing the window. */
  *drain(): Generator<T> {
    for (;;) {
      const v = this.held.get(this.nextSeq);
      if (v === undefined) return;
      this.held.delete(this.nextSeq++);
      yield v;
    }
  }
}
