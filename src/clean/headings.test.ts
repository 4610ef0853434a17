// Sub-headings: short stand-alone lines and run-in labels are headings; quotes and clauses are not.
import { describe, expect, it } from 'vitest';
import { isStandaloneHeading, readMarkdownHeading, splitRunInHeading } from './headings.js';

const prose = 'Maren Okoro, a 52-year-old former harbour pilot who has run the port for a decade, grew up in Port Elan.';
const before = 'Last December, during the first round of talks in Port Elan, the trade minister toured the old ferry berth.';

describe('isStandaloneHeading', () => {
  const table: Array<[label: string, line: string, previous: string | null, next: string | null, expected: boolean]> = [
    ['a name between paragraphs (seed 001)', 'Maren Okoro', before, prose, true],
    ['a question heading', 'What happens next?', before, prose, true],
    ['a question sentence with a comma', 'Really, have you ever seen anything so gorgeous?', before, prose, false],
    ['first line of a body', 'Maren Okoro', null, prose, false],
    ['last line of a body', 'Maren Okoro', before, null, false],
    ['a short sentence', 'He declined to comment.', before, prose, false],
    ['after an unfinished line (hard wrap)', 'Maren Okoro', 'The record of the harbour chief', prose, false],
    ['before another short line', 'Maren Okoro', before, 'Port Elan', false],
    ['a long line without a stop', 'Britain and China agree to deepen cooperation on migrant smuggling and trade', before, prose, false],
  ];
  it.each(table)('%s: %j → %j', (_label, line, previous, next, expected) => {
    expect(isStandaloneHeading(line, previous, next)).toBe(expected);
  });
});

describe('splitRunInHeading', () => {
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['seed 001 run-in label', 'Ferry plans: After the old operator went bankrupt in 2019, the crossing stood idle for years.', 'Ferry plans'],
    ['sentence-case label', 'What comes next: Both governments will meet again in March to sign the trade deal.', 'What comes next'],
    ['speech attribution (seed 003)', 'Strand added: “We have come to finish the work that our predecessors began a year ago.”', null],
    ['speech verb in a longer label', 'The minister said: The plan will be published next week after consultations.', null],
    ['a clause before a colon', 'The reason is simple: China needs buyers for its exports and Britain needs investment.', null],
    ['a pronoun clause', 'He put it bluntly: Britain cannot afford to ignore the world’s second-largest economy.', null],
    ['Title Case name', 'Maren Okoro: The harbour chief was appointed to a third term in December last year.', null],
    ['one word', 'Valeport: The harbour reopened on Tuesday after the storm had closed it for a day.', null],
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
