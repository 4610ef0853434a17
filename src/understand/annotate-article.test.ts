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
    for (const reference of ['2026-03-05', null]) {
      const a = annotateArticle({ text, sentences: splitSentences(text), headings: [], reference, dateline: null });
      for (const t of a.times) expect(text.slice(t.start, t.end)).toBe(t.text);
      for (const q of a.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
      for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const c of a.claims) expect(text).toContain(c.evidence);
    }
  });
});
