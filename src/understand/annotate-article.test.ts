import { describe, expect, it } from 'vitest';
import { annotateArticle } from './annotate-article.js';
import { splitSentences } from './sentences.js';

// Texts at the edges of what the annotators scan: ends of text right after a capital or a mark,
// unclosed quotes, lone symbols, numbers and dates with nothing around them.
const EDGES: [string, string][] = [
  ['empty', ''],
  ['one letter', 'A'],
  ['a capital and a period at the very end', 'They chose Plan B.'],
  ['an initialism at the very end', 'He moved to the U.S.'],
  ['an unclosed quote at the end', 'She said “we will'],
  ['a closing quote with no opening', 'done,” he said.'],
  ['only punctuation', '… — “ ” ‘ ’ ( ) ; :'],
  ['a bare number', '2026'],
  ['a date and nothing else', 'Tuesday, March 3, 2026'],
  ['a currency sign at the end', 'It cost €'],
  ['a possessive at the end', 'It was Starmer’s'],
  ['a hyphen at the end', 'a long-'],
  ['a quantity qualifier at the end', 'more than'],
  ['a title at the end', 'said President'],
  ['digits with separators only', '1,000,000.5'],
  ['a very long sentence', `${'The minister met the delegation in Port Elan, '.repeat(200)}and left.`],
];

describe('annotateArticle on edge inputs', () => {
  it.each(EDGES)('%s: no error, every offset slices its text', (_label, text) => {
    for (const [reference, language] of [['2026-03-05', null], [null, null], ['2026-03-05', 'de'], [null, 'fr'], ['2026-03-05', 'ko']] as const) {
      const a = annotateArticle({ text, sentences: splitSentences(text, [], language), headings: [], reference, dateline: null, language });
      for (const t of a.times) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (const q of a.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const c of a.claims) expect(text).toContain(c.evidence);
    }
  });
});

// An article in another language gets no English-rule entities or claims; its dates come from chrono-node.
// The German text below is the example: English rules made "entities" of Mittwoch, Besuch,
// Jahren and Partnerschaft.
const DE = [
  'Bundeskanzler Friedrich Merz ist am Mittwoch zu einem zweitägigen Besuch in Paris eingetroffen. Nach Jahren der Abstimmung wollen Deutschland und Frankreich ihre Partnerschaft in der Verteidigung vertiefen.',
  '„Die deutsch-französische Partnerschaft ist für Europa unverzichtbar“, sagte Merz nach dem Treffen mit Präsident Emmanuel Macron im Élysée-Palast. Am 12. März 2026 wollen beide Regierungen eine gemeinsame Erklärung unterzeichnen.',
  'Gestern hatten die Außenminister bereits in Berlin beraten. Macron nannte die Lage „ernst“.',
].join('\n\n');
const FR = [
  'Le chancelier allemand Friedrich Merz est arrivé mercredi à Paris pour une visite de deux jours. Après des années de discussions, la France et l’Allemagne veulent approfondir leur partenariat de défense.',
  '« Le partenariat franco-allemand est indispensable pour l’Europe », a déclaré Emmanuel Macron. Le 12 mars 2026, les deux gouvernements signeront une déclaration commune.',
].join('\n\n');
const EN_WITH_FOREIGN_WORDS = 'German Chancellor Friedrich Merz arrived in Paris on Wednesday. He called the Zeitenwende a turning point, and said the Partnerschaft with France was “unverzichtbar” for Europe.';

interface Expected {
  entities: string[] | 'some';
  times: [string, string][];
  quotes: [string, string | null][];
  claims: 'none' | 'some';
}

const BY_LANGUAGE: [label: string, language: string | null, text: string, expected: Expected][] = [
  ['German chancellor visit: no entities or claims, German dates resolved, quotes without speakers', 'de', DE, {
    entities: [],
    times: [['am Mittwoch', '2026-03-04'], ['Am 12. März 2026', '2026-03-12'], ['Gestern', '2026-03-04']],
    quotes: [['Die deutsch-französische Partnerschaft ist für Europa unverzichtbar', null], ['ernst', null]],
    claims: 'none',
  }],
  ['French visit: no entities or claims, French dates resolved, « … » quoted without a speaker', 'fr', FR, {
    entities: [],
    times: [['mercredi', '2026-03-04'], ['12 mars 2026', '2026-03-12']],
    quotes: [['Le partenariat franco-allemand est indispensable pour l’Europe', null]],
    claims: 'none',
  }],
  ['Korean (no chrono-node parser): nothing but quotes', 'ko', '메르츠 총리는 수요일 파리에 도착했다. 그는 “양국의 협력은 필수적이다”라고 말했다.', {
    entities: [],
    times: [],
    quotes: [['양국의 협력은 필수적이다', null]],
    claims: 'none',
  }],
  ['English with a few German words: English rules, names and speaker found', 'en', EN_WITH_FOREIGN_WORDS, {
    entities: 'some',
    times: [['Wednesday', '2026-03-04']],
    quotes: [['unverzichtbar', 'Friedrich Merz']],
    claims: 'some',
  }],
  ['unknown language is annotated as English', null, EN_WITH_FOREIGN_WORDS, {
    entities: 'some',
    times: [['Wednesday', '2026-03-04']],
    quotes: [['unverzichtbar', 'Friedrich Merz']],
    claims: 'some',
  }],
];

describe('annotateArticle by language', () => {
  it.each(BY_LANGUAGE)('%s', (_label, language, text, expected) => {
    const a = annotateArticle({ text, sentences: splitSentences(text, [], language), headings: [], reference: '2026-03-05', dateline: null, language });
    if (expected.entities === 'some') expect(a.entities.map((e) => e.name)).toContain('Friedrich Merz');
    else expect(a.entities.map((e) => e.name)).toEqual(expected.entities);
    expect(a.times.map((t) => [t.text, t.value])).toEqual(expected.times);
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual(expected.quotes);
    if (expected.claims === 'none') expect(a.claims).toEqual([]);
    else expect(a.claims.length).toBeGreaterThan(0);
  });
});
