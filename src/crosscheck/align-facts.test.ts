// Specifies how facts are grouped across articles: transitive links between facts of different articles,
// never of one article, and with no recursion a long chain of links could overflow.
import { describe, expect, it } from 'vitest';
import { groupFacts } from './align-facts.js';
import type { Fact } from './facts.js';

/** A stand-in fact: groupFacts reads only the article a fact comes from. */
const fact = (article: string, n: number) => ({ n, member: { article: { id: article } } }) as unknown as Fact & { n: number };

describe('groupFacts', () => {
  it('joins facts of different articles that link, transitively, and never compares facts of one article', () => {
    const facts = [fact('a', 1), fact('b', 2), fact('c', 3), fact('a', 4), fact('d', 9)];
    const compared: [number, number][] = [];
    const groups = groupFacts(facts, (x, y) => {
      compared.push([x.n, y.n]);
      return Math.abs(x.n - y.n) === 1;
    });
    expect(groups.map((g) => g.map((f) => f.n))).toEqual([[1, 2, 3, 4], [9]]);
    expect(compared).not.toContainEqual([1, 4]);
  });

  it('groups 20,000 facts that each link only to the last one (the recursive find overflowed the stack)', () => {
    const facts = [...Array.from({ length: 19_999 }, (_, i) => fact('a', i)), fact('b', 19_999)];
    const groups = groupFacts(facts, (x, y) => y.n === 19_999 || x.n === 19_999);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(20_000);
  });
});
