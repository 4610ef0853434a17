// Write-once values and bounded memos: computed when first asked, the same answers after.
import { describe, expect, it } from 'vitest';
import { boundedMemo, once } from './lazy.js';

describe('once', () => {
  it('computes on the first call only, and not before', () => {
    let calls = 0;
    const value = once(() => ++calls);
    expect(calls).toBe(0);
    expect([value(), value()]).toEqual([1, 1]);
    expect(calls).toBe(1);
  });

  it('computes again after a failure', () => {
    let calls = 0;
    const value = once(() => {
      if (++calls === 1) throw new Error('first');
      return calls;
    });
    expect(() => value()).toThrow('first');
    expect(value()).toBe(2);
  });
});

describe('boundedMemo', () => {
  it('remembers answers, null and false included, and empties itself at the bound', () => {
    const asked: string[] = [];
    const f = boundedMemo((w: string) => {
      asked.push(w);
      return w === 'none' ? null : w.length > 2;
    }, 2);
    expect([f('said'), f('said'), f('none'), f('none')]).toEqual([true, true, null, null]);
    expect(asked).toEqual(['said', 'none']);
    f('in'); // the third key: the memo is emptied first
    f('said');
    expect(asked).toEqual(['said', 'none', 'in', 'said']);
  });
});
