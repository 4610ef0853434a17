// Quotes of articles in other languages: paired by that language's marks, always without a speaker.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.js';
import { findUnattributedQuotes } from './unattributed.js';

type Row = [label: string, language: string, text: string, expected: { text: string; kind: 'direct' | 'fragment' }[]];

const rows: Row[] = [
  ['German „…“ at a paragraph start is direct', 'de', '„Die deutsch-französische Partnerschaft ist unverzichtbar“, sagte Merz.',
    [{ text: 'Die deutsch-französische Partnerschaft ist unverzichtbar', kind: 'direct' }]],
  ['German „…“ after a colon, two sentences', 'de', 'Merz sagte: „Wir sind bereit. Wir handeln jetzt.“ Dann ging er.',
    [{ text: 'Wir sind bereit. Wir handeln jetzt.', kind: 'direct' }]],
  ['German one-word „…“ inside a sentence is a fragment', 'de', 'Macron nannte die Lage „ernst“ und reiste ab.',
    [{ text: 'ernst', kind: 'fragment' }]],
  ['German »…« after a sentence end', 'de', 'Er kam spät. »Das reicht uns so nicht«, sagte die Ministerin.',
    [{ text: 'Das reicht uns so nicht', kind: 'direct' }]],
  ['French « … » with the spaces inside', 'fr', 'Il a déclaré : « Nous sommes prêts à signer. » Puis il est parti.',
    [{ text: 'Nous sommes prêts à signer.', kind: 'direct' }]],
  ['French « … » title inside a sentence is a fragment', 'fr', 'Le plan « Europe solidaire » sera présenté mercredi.',
    [{ text: 'Europe solidaire', kind: 'fragment' }]],
  ['Spanish “…” in English marks', 'es', '“Estamos listos para firmar el acuerdo”, dijo el ministro.',
    [{ text: 'Estamos listos para firmar el acuerdo', kind: 'direct' }]],
  ['Japanese 「…」', 'ja', '首相は「協定に署名する準備ができている」と述べた。',
    [{ text: '協定に署名する準備ができている', kind: 'fragment' }]],
  ['an unclosed mark at a paragraph end is dropped', 'de', 'Er sagte „wir kommen\n\nDann ging er.', []],
  ['an apostrophe is no quote', 'fr', 'L’accord sera signé à l’Élysée.', []],
];

describe('findUnattributedQuotes', () => {
  it.each(rows)('%s', (_label, language, text, expected) => {
    const quotes = findUnattributedQuotes({ text, sentences: splitSentences(text, [], language), headings: [], reference: null, dateline: null, language });
    expect(quotes.map((q) => ({ text: q.text, kind: q.kind }))).toEqual(expected);
    for (const q of quotes) {
      expect(text.slice(q.start, q.end)).toBe(q.text);
      expect(q.speaker).toBeNull();
      expect(q.cue).toBeNull();
    }
  });
});
