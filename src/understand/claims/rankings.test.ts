import { describe, expect, it } from 'vitest';
import { findRankings } from './rankings.js';

describe('findRankings', () => {
  it.each<[string, string, { rank: number; measure: string; of: string | null }[]]>([
    ['ordinal-superlative compound', 'trade with the second-largest fleet in the region', [{ rank: 2, measure: 'largest', of: 'fleet' }]],
    ['three-part compound', 'Maren Okoro, the port’s third-highest-ranking judge, who added', [{ rank: 3, measure: 'highest-ranking', of: 'judge' }]],
    ['multi-word ranked noun', 'Karsland is Velsand’s fourth-largest export market, accounting for', [{ rank: 4, measure: 'largest', of: 'export market' }]],
    ['"ranked"', 'Karsland’s second-ranked minister, Deputy Premier Ola Berg', [{ rank: 2, measure: 'ranked', of: 'minister' }]],
    ['ordinal and superlative as words', 'the third largest port in Europe', [{ rank: 3, measure: 'largest', of: 'port' }]],
    ['"most populous"', 'the second most populous city', [{ rank: 2, measure: 'most populous', of: 'city' }]],
    ['digit ordinal', 'the 5th-largest carmaker', [{ rank: 5, measure: 'largest', of: 'carmaker' }]],
    ['bare superlative after "the"', 'the busiest port on the coast', [{ rank: 1, measure: 'busiest', of: 'port' }]],
    ['bare superlative after a possessive', 'Velsand’s largest export market', [{ rank: 1, measure: 'largest', of: 'export market' }]],
    ['bare ordinal with a noun', 'It was the first crossing by a passenger ferry to Brekka in seven years.', [{ rank: 1, measure: 'order', of: 'crossing' }]],
    ['bare ordinal with a modified noun', 'Strand, the first KL foreign minister to tour Velsand', [{ rank: 1, measure: 'order', of: 'kl foreign minister' }]],
  ])('%s: %s', (_label, input, expected) => {
    const got = findRankings(input);
    expect(got.map((r) => ({ rank: r.rank, measure: r.measure, of: r.of }))).toEqual(expected);
    for (const r of got) expect(input.slice(r.start, r.end)).toBe(r.text);
  });

  it.each([
    ['"for the first time"', 'they met for the first time'],
    ['"the second half"', 'in the second half of the year'],
    ['an adverb "first"', 'Strand first met Fenwick in 2024'],
    ['"leading" without a rank', 'the leading candidate'],
    ['"most recent" is not a ranking measure', 'the most recent Nordic envoy'],
  ])('is not a ranking: %s', (_label, input) => {
    expect(findRankings(input)).toEqual([]);
  });
});
