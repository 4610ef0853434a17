// Specifies the cross-check's union-find root finder: a loop, so a chain of any length never blows the stack.
import { describe, expect, it } from 'vitest';
import { rootFinder } from './union-find.js';

describe('rootFinder', () => {
  it('finds the root of a chain of 1,000,000 unions (a recursive find overflowed the stack at 20,000)', () => {
    const parent = Array.from({ length: 1_000_000 }, (_, i) => Math.max(0, i - 1));
    const root = rootFinder(parent);
    expect(root(999_999)).toBe(0);
    expect(root(500_000)).toBe(0);
  });

  it('shortens the paths it walks, so later finds are quick', () => {
    const parent = [0, 0, 1, 2, 3];
    rootFinder(parent)(4);
    expect(parent[4]).toBeLessThan(3);
  });
});
