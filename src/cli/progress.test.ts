import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function stderr(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString()));
  return { stream, written: () => chunks.join('') };
}

describe('progress bar on stderr', () => {
  it('is silent when stderr is not a terminal', () => {
    const err = stderr(false);
    const bar = createProgress(err.stream);
    for (let i = 1; i <= 10; i++) bar.update({ read: i, total: 10, input: `f${i}.txt` });
    bar.stop();
    expect(err.written()).toBe('');
  });

  it('stays hidden for a batch of a few files', () => {
    const err = stderr(true);
    const bar = createProgress(err.stream);
    for (let i = 1; i <= 3; i++) bar.update({ read: i, total: 3, input: `f${i}.txt` });
    bar.stop();
    expect(err.written()).toBe('');
  });

  it('shows files read out of the total on a terminal for larger batches', () => {
    const err = stderr(true);
    const bar = createProgress(err.stream);
    bar.update({ read: 5, total: 12, input: 'examples/corpus/text/a.txt' });
    bar.stop(); // renders the last state (updates in between are throttled)
    expect(err.written()).toContain('5/12 files');
  });
});
