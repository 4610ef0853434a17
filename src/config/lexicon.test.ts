// Lexicons are checked against their shape when first read: every file in lexicon/ passes, and a file
// that does not fit is reported by file and key, with what was expected and what was found.
import { describe, expect, it } from 'vitest';
import { LexiconError, lexiconValueError, parseLexicon, readLexicon } from './lexicon.js';
import { list, nullable, number, object, oneOf, optional, record, string } from './lexicon-shape.js';
import { ALL_LEXICONS } from './lexicons.js';
import { readdirSync } from 'node:fs';

describe('the lexicons in lexicon/', () => {
  it.each(Object.entries(ALL_LEXICONS))('%s has its shape', (_name, load) => {
    expect(() => load()).not.toThrow();
  });

  it('declares a shape for every file', () => {
    const files = readdirSync(new URL('../../lexicon/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(Object.keys(ALL_LEXICONS).sort()).toEqual(files.sort());
  });

  it('reads a file once and hands back the same value', () => {
    const load = ALL_LEXICONS['stopwords']!;
    expect(load()).toBe(load());
  });
});

const shape = object({
  words: list(string),
  scales: record(number),
  lines: list(object({ code: oneOf(['newsletter-promo', 'share-widget'] as const), pattern: string, flags: optional(string) })),
  pronouns: record(nullable(oneOf(['m', 'f'] as const))),
});
const good = { _about: 'notes are allowed', words: ['a'], scales: { 'tens of': 10 }, lines: [{ code: 'share-widget', pattern: 'x' }], pronouns: { he: 'm', it: null } };
const withChange = (change: (v: Record<string, unknown>) => void): string => {
  const v = structuredClone(good) as Record<string, unknown>;
  change(v);
  return JSON.stringify(v);
};

describe('parseLexicon', () => {
  it('returns a well-shaped file as it is', () => {
    expect(parseLexicon('lexicon/test.json', JSON.stringify(good), shape)).toEqual(good);
  });

  const table: Array<[label: string, text: string, message: string]> = [
    ['not JSON', '{"words": [', 'lexicon: "lexicon/test.json": is not valid JSON ('],
    ['a list where an object belongs', '[]', 'lexicon: "lexicon/test.json": expected an object with words, scales, lines, pronouns, found a list'],
    ['a missing key', withChange((v) => delete v.words), 'lexicon: "lexicon/test.json" at words: missing (expected a list of strings)'],
    ['a misspelt key', withChange((v) => { v.wrods = []; }), 'lexicon: "lexicon/test.json" at wrods: unknown key (expected only words, scales, lines, pronouns; notes start with "_")'],
    ['a number in a word list', withChange((v) => { v.words = ['a', 12]; }), 'lexicon: "lexicon/test.json" at words[1]: expected a string, found a number 12'],
    ['a string where a number belongs, under a key with spaces', withChange((v) => { v.scales = { 'tens of': 'ten' }; }), 'lexicon: "lexicon/test.json" at scales["tens of"]: expected a number, found the string "ten"'],
    ['a code the program does not know', withChange((v) => { v.lines = [{ code: 'newsleter-promo', pattern: 'x' }]; }), 'lexicon: "lexicon/test.json" at lines[0].code: expected one of "newsletter-promo", "share-widget", found the string "newsleter-promo"'],
    ['a wrong optional key', withChange((v) => { v.lines = [{ code: 'share-widget', pattern: 'x', flags: 1 }]; }), 'lexicon: "lexicon/test.json" at lines[0].flags: expected a string, found a number 1'],
    ['a value outside a nullable set', withChange((v) => { v.pronouns = { he: 'x' }; }), 'lexicon: "lexicon/test.json" at pronouns.he: expected one of "m", "f" or null, found the string "x"'],
    ['a list of objects given an object', withChange((v) => { v.lines = {}; }), 'lexicon: "lexicon/test.json" at lines: expected a list of objects with code, pattern, flags, found an object'],
  ];
  it.each(table)('names the file and key for %s', (_label, text, message) => {
    let error: unknown;
    try {
      parseLexicon('lexicon/test.json', text, shape);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as Error).message.startsWith(message)).toBe(true);
    if (message.endsWith('(')) return;
    expect((error as Error).message).toBe(message);
  });

  it('checks the keys of a record when told their shape', () => {
    const keyed = object({ kinds: record(string, oneOf(['caption', 'sidebar'] as const)) });
    expect(() => parseLexicon('lexicon/k.json', '{"kinds": {"caption": "x", "footer": "y"}}', keyed))
      .toThrow('lexicon: "lexicon/k.json" at kinds.footer: the key is not one of "caption", "sidebar"');
  });
});

describe('readLexicon', () => {
  it('names a file that cannot be read', () => {
    expect(() => readLexicon('no-such-list', object({}))).toThrow('lexicon: "lexicon/no-such-list.json": cannot be read (ENOENT)');
  });

  it('reports the first wrong key of a real file read with a stricter shape', () => {
    expect(() => readLexicon('stopwords', object({ words: list(number) }))).toThrow(/^lexicon: "lexicon\/stopwords\.json" at words\[0\]: expected a number, found the string "/);
  });
});

describe('lexiconValueError', () => {
  it('names the file and key of a value that has its shape but no meaning (a pattern that does not compile)', () => {
    const err = lexiconValueError('junk-patterns', 'lines[3].pattern', 'not a valid regular expression (Unterminated group)');
    expect(err).toBeInstanceOf(LexiconError);
    expect(err.message).toBe('lexicon: "lexicon/junk-patterns.json" at lines[3].pattern: not a valid regular expression (Unterminated group)');
    expect([err.file, err.key]).toEqual(['lexicon/junk-patterns.json', 'lines[3].pattern']);
  });
});
