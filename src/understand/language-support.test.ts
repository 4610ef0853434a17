// What understanding says it did with an article, by the article's language.
import { describe, expect, it } from 'vitest';
import { articleAnalysis, chronoLanguage, languageLabel, usesEnglishRules } from './language-support.js';

type Row = [label: string, language: string | null, skipped: string[], limited: string[]];

const rows: Row[] = [
  ['English: every stage, English rules', 'en', [], []],
  ['unknown language: annotated as English, nothing skipped', null, [], []],
  ['German: no entities or claims; dates by chrono-node, quotes without speakers', 'de', ['entities', 'claims'], ['sentences', 'times', 'quotes']],
  ['Japanese: chrono-node reads its dates too', 'ja', ['entities', 'claims'], ['sentences', 'times', 'quotes']],
  ['Korean: no chrono-node parser, so no times either', 'ko', ['times', 'entities', 'claims'], ['sentences', 'quotes']],
];

describe('articleAnalysis', () => {
  it.each(rows)('%s', (_label, language, skipped, limited) => {
    const analysis = articleAnalysis(language);
    expect(analysis.language).toBe(language);
    expect(analysis.skipped.map((n) => n.stage)).toEqual(skipped);
    expect(analysis.limited.map((n) => n.stage)).toEqual(limited);
  });

  it('names the language in every reason about it', () => {
    const analysis = articleAnalysis('de');
    expect(analysis.skipped.find((n) => n.stage === 'entities')?.reason).toBe('English rules only (capitalised names, titles, roles); the article is in German (de)');
    expect(articleAnalysis('ko').skipped.find((n) => n.stage === 'times')?.reason).toContain('no parser for Korean (ko)');
  });
});

describe('language helpers', () => {
  it.each([
    ['en', true], [null, true], [undefined, true], ['de', false], ['ja', false],
  ] as const)('usesEnglishRules(%j) is %j', (language, expected) => {
    expect(usesEnglishRules(language)).toBe(expected);
  });

  it.each([['de', 'de'], ['zh', 'zh'], ['ko', null], ['en', null], [null, null]] as const)('chronoLanguage(%j) is %j', (language, expected) => {
    expect(chronoLanguage(language)).toBe(expected);
  });

  it.each([['de', 'German (de)'], ['pt', 'Portuguese (pt)'], ['qq', 'qq'], ['not a tag', 'not a tag']])('languageLabel(%j) is %j', (code, expected) => {
    expect(languageLabel(code)).toBe(expected);
  });
});
