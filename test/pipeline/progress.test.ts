import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, shouldShowProgress } from '../../src/pipeline/progress.js';

describe('shouldShowProgress', () => {
  it.each([
    [{ stderrIsTTY: true }, true],
    [{ stderrIsTTY: true, quiet: true }, false],
    [{ stderrIsTTY: false }, false],
    [{ stderrIsTTY: true, recordsToTerminal: true }, false],
  ])('%o → %s', (o, want) => {
    expect(shouldShowProgress(o)).toBe(want);
  });
});

/** A stand-in terminal: cli-progress draws only on a TTY with cursor controls. */
function fakeTty() {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => (text += d));
  Object.assign(out, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { stream: out, text: () => text };
}

describe('createProgress', () => {
  it('draws files done/total, docs/s, MB/s and ETA, and logs errors above the bar', () => {
    const tty = fakeTty();
    const p = createProgress(tty.stream, 200);
    p.update(50, 175_000);
    p.log('vnpress: a.txt: is a directory');
    p.update(200, 700_000);
    p.stop();
    expect(tty.text()).toMatch(/200\/200 files \| [\d,]+ docs\/s \| [\d.]+ MB\/s \| ETA/);
    expect(tty.text()).toContain('vnpress: a.txt: is a directory\n');
  });

  it('without a total (ndjson input) shows counts and rates only', () => {
    const tty = fakeTty();
    const p = createProgress(tty.stream, null);
    p.update(30, 100_000);
    p.stop();
    expect(tty.text()).toMatch(/30 docs \| [\d,]+ docs\/s \| [\d.]+ MB\/s/);
  });
});
