// Titles are read only from a real headline line. (Languages: language.test.ts.)
import { describe, expect, it } from 'vitest';
import { readTitleLine } from './title.js';

const body = 'Karsland’s foreign minister arrived in Port Elan on Monday evening to sign a long-awaited agreement on the ferry.';

describe('readTitleLine', () => {
  const table: Array<[label: string, first: string, next: string | null, expected: string | null]> = [
    ['headline line', 'Starmer and Xi pledge closer ties in Beijing', body, 'Starmer and Xi pledge closer ties in Beijing'],
    ['Markdown title', '# Starmer meets Xi', body, 'Starmer meets Xi'],
    ['headline ending in a quotation', 'Fenwick hails “a new chapter” for Port Elan', body, 'Fenwick hails “a new chapter” for Port Elan'],
    ['a question is refused (often the lede)', 'Remember Britain’s long quest to reset ties with China?', body, null],
    ['two sentences', 'This shop has been compensated. All opinions are mine alone #ad', body, null],
    ['ALL-CAPS kicker', 'CLICK FOR FULL STATE SWIM RESULTS', body, null],
    ['a spec line with several colons', 'Tested by: John Milbank RRP: £23.99 More info: www.clymer.co.uk', body, null],
    ['one colon is fine', 'Analysis: Starmer bets on a China reset', body, 'Analysis: Starmer bets on a China reset'],
    ['first sentence (seed 000 shape)', 'Valeport: The harbour reopened on Tuesday after the storm closed it for a day.', body, null],
    ['Markdown sub-heading', '## Background', body, null],
    ['two words', 'Maren Okoro', body, null],
    ['nothing after it', 'Starmer and Xi pledge closer ties in Beijing', null, null],
    ['followed by a short line', 'Starmer and Xi pledge closer ties in Beijing', 'By Jane Doe', null],
    ['breadcrumb-like', 'World | Asia | China news today', body, null],
    ['lower-case start', 'updated with comments from Downing Street', body, null],
  ];
  it.each(table)('%s: %j → %j', (_label, first, next, expected) => {
    expect(readTitleLine(first, next)).toBe(expected);
  });
});
