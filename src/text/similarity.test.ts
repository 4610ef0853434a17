// Similarity of word bags and sets, as a table of [label, a, b, expected].
import { describe, expect, it } from 'vitest';
import { addUnit, cosine, jaccard, sharedCount, vectorNorm, type TermVector } from './similarity.js';

const bag = (counts: Record<string, number>): TermVector => new Map(Object.entries(counts));

describe('cosine', () => {
  it.each([
    ['the same bag', { ferry: 2, deal: 1 }, { ferry: 2, deal: 1 }, 1],
    ['no word in common', { ferry: 1 }, { storm: 1 }, 0],
    ['an empty bag', {}, { ferry: 1 }, 0],
    ['scaled bags are alike', { ferry: 1, deal: 1 }, { ferry: 3, deal: 3 }, 1],
    ['half the words in common', { ferry: 1, deal: 1 }, { ferry: 1, storm: 1 }, 0.5],
  ])('%s → %s', (_label, a, b, expected) => {
    expect(cosine(bag(a), bag(b))).toBeCloseTo(expected, 12);
    expect(cosine(bag(b), bag(a))).toBeCloseTo(expected, 12);
  });
});

describe('addUnit', () => {
  it('adds a bag at unit length, so a long text weighs no more than a short one', () => {
    const sum: TermVector = new Map();
    addUnit(sum, bag({ ferry: 3, deal: 4 }));
    addUnit(sum, bag({ ferry: 10 }));
    expect(sum.get('ferry')).toBeCloseTo(0.6 + 1, 12);
    expect(sum.get('deal')).toBeCloseTo(0.8, 12);
    expect(vectorNorm(bag({ ferry: 3, deal: 4 }))).toBe(5);
  });

  it('adds nothing for an empty bag', () => {
    const sum: TermVector = new Map();
    addUnit(sum, new Map());
    expect(sum.size).toBe(0);
  });
});

describe('jaccard and sharedCount', () => {
  it.each([
    ['the same set', ['ferry', 'deal'], ['ferry', 'deal'], 1, 2],
    ['one of three in common', ['ferry', 'deal'], ['ferry', 'storm'], 1 / 3, 1],
    ['nothing in common', ['ferry'], ['storm'], 0, 0],
    ['an empty set', [], ['storm'], 0, 0],
  ])('%s: jaccard %s, shared %s', (_label, a, b, expectedJaccard, expectedShared) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(expectedJaccard, 12);
    expect(sharedCount(new Set(a), new Set(b))).toBe(expectedShared);
  });
});
