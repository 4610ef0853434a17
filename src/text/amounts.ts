// Money and large counts as one comparable term each: "€340 million", "€340m" and "€340,000,000" are
// all "€340000000". The currency signs and magnitude words are the claim extractor's own
// (lexicon/claim-quantities.json), so the summary and the claims read a figure the same way.
import { claimQuantitiesLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';

/**
 * The amount pattern: an optional currency sign, digits ("18,000", "3.5"), an optional magnitude word
 * ("million", "bn", "m"). "hundred" is left out: writers use it for counts ("two hundred"), not amounts.
 */
const amountPattern = once(() => {
  const lex = claimQuantitiesLexicon();
  const signs = Object.keys(lex.currencySymbols).filter((s) => [...s].length === 1);
  const magnitudes = new Map(Object.entries({ ...lex.scales, ...lex.currencyScales }).filter(([word]) => word !== 'hundred'));
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = [...magnitudes.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  return {
    regex: new RegExp(`([${signs.map(escape).join('')}])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s?(${words})\\b)?`, 'giu'),
    magnitudes,
  };
});

/**
 * One term per amount, the same however it is written ("€340 million" = "€340m" → "€340000000"), and
 * the text with the amounts taken out. Bare small numbers and years are no amounts: a figure needs a
 * currency, a magnitude or thousands separators ("18,000").
 */
export function amountTerms(text: string): { terms: string[]; rest: string } {
  // Every amount has digits: most sentences have none, and the pattern would try every position of them.
  if (!/\d/.test(text)) return { terms: [], rest: text };
  const { regex, magnitudes } = amountPattern();
  const terms: string[] = [];
  const rest = text.replace(regex, (whole, currency: string | undefined, digits: string, magnitude: string | undefined) => {
    if (!currency && !magnitude && !digits.includes(',')) return whole;
    const value = Math.round(Number(digits.replace(/,/g, '')) * (magnitude ? magnitudes.get(magnitude.toLowerCase()) ?? 1 : 1));
    terms.push(`${currency ?? ''}${value}`);
    return ' ';
  });
  return { terms, rest };
}
