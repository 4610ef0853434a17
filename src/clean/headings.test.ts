// Sub-headings: short stand-alone lines and run-in labels are headings; quotes and clauses are not.
import { describe, expect, it } from 'vitest';
import { isStandaloneHeading, readMarkdownHeading, splitRunInHeading } from './headings.js';

const prose = 'Jimmy Lai, a 78-year-old British national who is facing years in prison, is a Hong Kong media mogul.';
const before = 'On the fringes of the November 2024 G20 summit in Brazil, the Labour leader also had a conversation with Xi.';

describe('isStandaloneHeading', () => {
  const table: Array<[label: string, line: string, previous: string | null, next: string | null, expected: boolean]> = [
    ['a name between paragraphs (seed 001)', 'Jimmy Lai', before, prose, true],
    ['a question heading', 'What happens next?', before, prose, true],
    ['a question sentence with a comma', 'Really, have you ever seen anything so gorgeous?', before, prose, false],
    ['first line of a body', 'Jimmy Lai', null, prose, false],
    ['last line of a body', 'Jimmy Lai', before, null, false],
    ['a short sentence', 'He declined to comment.', before, prose, false],
    ['after an unfinished line (hard wrap)', 'Jimmy Lai', 'The case of the media mogul', prose, false],
    ['before another short line', 'Jimmy Lai', before, 'Hong Kong', false],
    ['a long line without a stop', 'Britain and China agree to deepen cooperation on migrant smuggling and trade', before, prose, false],
  ];
  it.each(table)('%s: %j → %j', (_label, line, previous, next, expected) => {
    expect(isStandaloneHeading(line, previous, next)).toBe(expected);
  });
});

describe('splitRunInHeading', () => {
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['seed 001 run-in label', 'Reset ties: After Beijing passed a broad national security ordinance on Hong Kong in 2020, relations fell apart.', 'Reset ties'],
    ['sentence-case label', 'What comes next: Both governments will meet again in March to sign the trade deal.', 'What comes next'],
    ['speech attribution (seed 003)', 'Starmer added: “We have made this trip because I believe it is strongly in our common interest.”', null],
    ['speech verb in a longer label', 'The minister said: The plan will be published next week after consultations.', null],
    ['a clause before a colon', 'The reason is simple: China needs buyers for its exports and Britain needs investment.', null],
    ['a pronoun clause', 'He put it bluntly: Britain cannot afford to ignore the world’s second-largest economy.', null],
    ['Title Case name', 'Jimmy Lai: The media mogul was convicted of collusion charges in December last year.', null],
    ['one word', 'Beijing: British Prime Minister Keir Starmer met Chinese President Xi Jinping on Wednesday.', null],
    ['too short after the colon', 'Key dates: March 3 and April 9.', null],
    ['lower-case after the colon', 'Two points stand out: the timing of the visit and the size of the delegation.', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    const split = splitRunInHeading(input);
    expect(split?.heading ?? null).toBe(expected);
    if (split) expect(input.slice(split.restOffset)).toMatch(/^\p{Lu}/u);
  });
});

describe('readMarkdownHeading', () => {
  it('reads "## What comes next" as a level-2 heading', () => {
    expect(readMarkdownHeading('## What comes next')).toEqual({ level: 2, text: 'What comes next' });
  });
  it('does not read "#hashtag" as a heading', () => {
    expect(readMarkdownHeading('#StarmerInChina trended on Weibo.')).toBeNull();
  });
});
