import { describe, expect, it } from 'vitest';
import { findRankings } from './rankings.js';

describe('findRankings', () => {
  it.each<[string, string, { rank: number; measure: string; of: string | null }[]]>([
    ['ordinal-superlative compound', 'relations with the second-largest economy in the world', [{ rank: 2, measure: 'largest', of: 'economy' }]],
    ['three-part compound', 'Zhao Leji, China’s third-highest-ranking official, who said', [{ rank: 3, measure: 'highest-ranking', of: 'official' }]],
    ['multi-word ranked noun', 'China is Britain’s sixth-largest trading partner, accounting for', [{ rank: 6, measure: 'largest', of: 'trading partner' }]],
    ['"ranked"', 'China’s second-ranked official, Premier Li Qiang', [{ rank: 2, measure: 'ranked', of: 'official' }]],
    ['ordinal and superlative as words', 'the third largest port in Europe', [{ rank: 3, measure: 'largest', of: 'port' }]],
    ['"most populous"', 'the second most populous city', [{ rank: 2, measure: 'most populous', of: 'city' }]],
    ['digit ordinal', 'the 5th-largest carmaker', [{ rank: 5, measure: 'largest', of: 'carmaker' }]],
    ['bare superlative after "the"', 'the busiest port on the coast', [{ rank: 1, measure: 'busiest', of: 'port' }]],
    ['bare superlative after a possessive', 'China’s largest trading partner', [{ rank: 1, measure: 'largest', of: 'trading partner' }]],
    ['bare ordinal with a noun', 'It was the first visit by a British prime minister to China in eight years.', [{ rank: 1, measure: 'order', of: 'visit' }]],
    ['bare ordinal with a modified noun', 'Starmer, the first UK prime minister to visit China', [{ rank: 1, measure: 'order', of: 'uk prime minister' }]],
  ])('%s: %s', (_label, input, expected) => {
    const got = findRankings(input);
    expect(got.map((r) => ({ rank: r.rank, measure: r.measure, of: r.of }))).toEqual(expected);
    for (const r of got) expect(input.slice(r.start, r.end)).toBe(r.text);
  });

  it.each([
    ['"for the first time"', 'they met for the first time'],
    ['"the second half"', 'in the second half of the year'],
    ['an adverb "first"', 'Starmer first met Xi in 2024'],
    ['"leading" without a rank', 'the leading candidate'],
    ['"most recent" is not a ranking measure', 'the most recent Western leader'],
  ])('is not a ranking: %s', (_label, input) => {
    expect(findRankings(input)).toEqual([]);
  });
});
