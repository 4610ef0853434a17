// Paragraph splitting: one paragraph per line, blank lines and odd spaces dropped, hard-wrapped
// blocks joined back into paragraphs.
import { describe, expect, it } from 'vitest';
import { normaliseLine, splitParagraphs, unwrapEmphasis } from './paragraphs.js';

describe('splitParagraphs', () => {
  const long = 'Halloran spent a year pressing Karsland to bring back the ferry between Port Elan and Brekka, idle since its operator went bankrupt.';
  const table: Array<[label: string, body: string, expected: string[]]> = [
    ['one paragraph per line (seed 000 style)', `${long}\nHe said so.\n`, [long, 'He said so.']],
    ['blank-line paragraphs (seed 002 style)', ` date 2026-01-29\n\n${long}\n\nNews.Az`, ['date 2026-01-29', long, 'News.Az']],
    ['trailing blank lines (seed 001 style)', `\n${long}\n\n\n\n`, [long]],
    ['CRLF line ends and NBSP', `Xi\u00a0said  so.\r\nHe left.\r\n`, ['Xi said so.', 'He left.']],
    ['hard-wrapped blocks', 'Britain and China agreed on Thursday to share intelligence on\npeople-smuggling gangs.\n\nThe pact covers small boat engines made in China and sold to\nsmugglers in Europe.',
      ['Britain and China agreed on Thursday to share intelligence on people-smuggling gangs.', 'The pact covers small boat engines made in China and sold to smugglers in Europe.']],
    ['short lines in one block are not wrapping', 'Maren Okoro\nPort Elan\n\nShe was reappointed.', ['Maren Okoro', 'Port Elan', 'She was reappointed.']],
  ];
  it.each(table)('%s', (_label, body, expected) => {
    expect(splitParagraphs(body)).toEqual(expected);
  });

  it('keeps a known heading apart when joining a hard-wrapped block', () => {
    const body = 'What the pact covers\nThe pact covers small boat engines made in China and sold to\nsmugglers in Europe, officials said.\n\nBritain and China agreed on Thursday to share intelligence on\npeople-smuggling gangs.';
    expect(splitParagraphs(body, new Set(['What the pact covers']))).toEqual([
      'What the pact covers',
      'The pact covers small boat engines made in China and sold to smugglers in Europe, officials said.',
      'Britain and China agreed on Thursday to share intelligence on people-smuggling gangs.',
    ]);
  });

  it('splits a body of 300,000 short lines (found by fuzzing: Math.max(...lines) overflowed the stack)', () => {
    const paragraphs = splitParagraphs('x\n'.repeat(300_000));
    expect(paragraphs).toHaveLength(300_000);
  });

  it('drops zero-width characters that would break pattern matching', () => {
    expect(normaliseLine('\ufeffAdvert\u200bisement ')).toBe('Advertisement');
  });
});

describe('unwrapEmphasis', () => {
  const table: Array<[label: string, input: string, expected: string]> = [
    ['italic line', '*By Jane Doe*', 'By Jane Doe'],
    ['bold line', '**Advertisement**', 'Advertisement'],
    ['underscore italic', '_This article first appeared in the Daily Planet._', 'This article first appeared in the Daily Planet.'],
    // Hard cases: emphasis that does not wrap the whole line.
    ['two spans', '*Ferry* and *port*', '*Ferry* and *port*'],
    ['emphasis inside', 'The word *ferry* is old.', 'The word *ferry* is old.'],
    ['unbalanced', '*By Jane Doe', '*By Jane Doe'],
    ['a bullet', '* The pact covers engines.', '* The pact covers engines.'],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(unwrapEmphasis(input)).toBe(expected);
  });
});
