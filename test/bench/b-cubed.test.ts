// The scale bench's local B-cubed must mean what ../shared/tools/score-clustering.mjs means: textbook cases
// worked by hand, and agreement with the scorer itself on random clusterings when ../shared is present.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bCubed } from '../../bench/lib/b-cubed.js';

const labels = (pairs: [string, string][]): Map<string, string> => new Map(pairs);
const gold = labels([['a', 'G1'], ['b', 'G1'], ['c', 'G2'], ['d', 'G2'], ['e', 'G2']]);
const scorerPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/tools/score-clustering.mjs');
if (!existsSync(scorerPath)) console.warn(`skipping the agreement test with the reference scorer: ${scorerPath} is absent`);

describe('bCubed', () => {
  it('gives 1/1/1 for the gold clustering itself, whatever the labels are called', () => {
    expect(bCubed(gold, labels([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y'], ['e', 'y']]))).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('all in one cluster: recall 1, precision the mean share of the own gold cluster (2/5 twice, 3/5 three times)', () => {
    const r = bCubed(gold, labels([['a', 'p'], ['b', 'p'], ['c', 'p'], ['d', 'p'], ['e', 'p']]));
    expect(r.recall).toBe(1);
    expect(r.precision).toBeCloseTo(0.52, 12);
    expect(r.f1).toBeCloseTo((2 * 0.52) / 1.52, 12);
  });

  it('all singletons: precision 1, recall the mean of 1/|gold(d)| (1/2 twice, 1/3 three times)', () => {
    const r = bCubed(gold, labels([['a', '1'], ['b', '2'], ['c', '3'], ['d', '4'], ['e', '5']]));
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(0.4, 12);
    expect(r.f1).toBeCloseTo(0.8 / 1.4, 12);
  });

  it('a hand-computed split-and-merge: gold {1,2,3}{4,5}, predicted {1,2}{3,4,5} gives 11/15 each', () => {
    const g = labels([['1', 'A'], ['2', 'A'], ['3', 'A'], ['4', 'B'], ['5', 'B']]);
    const p = labels([['1', 'x'], ['2', 'x'], ['3', 'y'], ['4', 'y'], ['5', 'y']]);
    // Precision: 1, 1, 1/3, 2/3, 2/3; recall: 2/3, 2/3, 1/3, 1, 1.
    const r = bCubed(g, p);
    expect(r.precision).toBeCloseTo(11 / 15, 12);
    expect(r.recall).toBeCloseTo(11 / 15, 12);
    expect(r.f1).toBeCloseTo(11 / 15, 12);
  });

  it('counts a document missing from the prediction as a singleton, like the scorer', () => {
    const r = bCubed(gold, labels([['a', 'p'], ['b', 'p'], ['c', 'q'], ['d', 'q']]));
    const withSingleton = bCubed(gold, labels([['a', 'p'], ['b', 'p'], ['c', 'q'], ['d', 'q'], ['e', 'own']]));
    expect(r).toEqual(withSingleton);
  });

  it('gives zeros for an empty gold set rather than NaN', () => {
    expect(bCubed(new Map(), new Map())).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it.skipIf(!existsSync(scorerPath))('agrees with ../shared/tools/score-clustering.mjs to 1e-12 on random clusterings', async () => {
    const { scoreClustering } = (await import(pathToFileURL(scorerPath).href)) as {
      scoreClustering: (g: Map<string, string>, p: Map<string, string>) => { b3_p: number; b3_r: number; b3_f1: number };
    };
    let state = 12345;
    const next = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
      return state % n;
    };
    for (let round = 0; round < 20; round++) {
      const g = new Map<string, string>();
      const p = new Map<string, string>();
      for (let i = 0; i < 300; i++) {
        g.set(`d${i}`, `g${next(40)}`);
        p.set(`d${i}`, `p${next(25 + round)}`);
      }
      const ref = scoreClustering(g, p);
      const local = bCubed(g, p);
      expect(Math.abs(local.precision - ref.b3_p)).toBeLessThan(1e-12);
      expect(Math.abs(local.recall - ref.b3_r)).toBeLessThan(1e-12);
      expect(Math.abs(local.f1 - ref.b3_f1)).toBeLessThan(1e-12);
    }
  });
});
