// Page-chrome patterns: every lexicon example is caught, and story sentences that share words with
// chrome ("Readers who subscribe to the paper…") are kept.
import { describe, expect, it } from 'vitest';
import { cutEdgeWidgets, matchJunkLine } from './junk-lines.js';
import { junkLexicon } from './lexicon.js';

describe('matchJunkLine', () => {
  it.each(junkLexicon().lines.map((p) => [p.example, p.reason]))('catches its lexicon example %j', (example, reason) => {
    expect(matchJunkLine(example)).toBe(reason);
  });

  it.each(junkLexicon().keep)('keeps the story sentence %j listed in the lexicon', (sentence) => {
    expect(matchJunkLine(sentence)).toBeNull();
  });

  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['font-size widget', '+ ↺ − 16 px', 'boilerplate: font-size widget'],
    ['newsletter sign-up', 'Subscribe to our newsletter', 'boilerplate: newsletter promo'],
    ['newsletter sign-up with a pitch', 'Sign up for our daily newsletter to get the top stories in your inbox.', 'boilerplate: newsletter promo'],
    ['FT promo', 'Stay informed with free updates', 'boilerplate: newsletter promo'],
    ['share widget', 'Share this article', 'boilerplate: share widget'],
    ['share buttons', 'Share | Tweet | Email', 'boilerplate: share widget'],
    ['follow us', 'Follow us on Facebook, Instagram and X', 'boilerplate: share widget'],
    ['advert slot', 'Advertisement', 'boilerplate: advertisement'],
    ['scroll prompt', 'Story continues below advertisement', 'boilerplate: advertisement'],
    ['call to action', 'Click here to read more', 'boilerplate: call to action'],
    ['read the full article', 'Read the full article here', 'boilerplate: call to action'],
    ['related link', 'Related: UK and China sign migrant smuggling pact', 'boilerplate: call to action'],
    ['cookie notice', 'This site uses cookies to personalise content. Accept or manage your preferences.', 'boilerplate: cookie notice'],
    ['cookie button', 'Accept all cookies', 'boilerplate: cookie notice'],
    ['subscription wall', 'Subscribe to continue reading.', 'boilerplate: subscription notice'],
    ['photo credit', 'Photo: Reuters', 'boilerplate: photo credit'],
    ['bracketed credit', '(Photo credit: Jane Doe/AFP)', 'boilerplate: photo credit'],
    ['agency credit', 'Dan Kitwood/Getty Images', 'boilerplate: photo credit'],
    ['copyright', '© 2026 Daily Planet. All rights reserved.', 'boilerplate: copyright line'],
    ['copyright word', 'Copyright 2025 The Associated Press. All rights reserved.', 'boilerplate: copyright line'],
    ['wire credits', 'Reporting by Jane Doe in London; Editing by John Smith', 'metadata: wire credits'],
    ['breadcrumb', 'Home | World | Asia', 'boilerplate: breadcrumb'],
    // Hard cases: story sentences that begin like chrome.
    ['"subscribe" in a sentence', 'Readers who subscribe to the paper pay 4 euros.', null],
    ['"share" as a noun', 'Share prices in Hong Kong rose 2% on Thursday.', null],
    ['"cookies" in a story', 'We use cookies as a bargaining chip, the baker joked.', null],
    ['"photo" in a story', 'Photos of the meeting showed Starmer smiling.', null],
    ['"reporting by" in a story', 'Reporting by the Telegraph revealed the hacking.', null],
    ['"read the" in a quote', 'Read the agreement before you criticise it, Lammy said.', null],
    ['"follow" in a story', 'Follow-up talks are planned for March.', null],
    ['"copyright" in a story', 'Copyright law in China was revised in 2020.', null],
    ['a seed sentence', 'Following their talks, the two leaders were scheduled to have lunch together.', null],
    ['a seed sub-heading', 'Jimmy Lai', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(matchJunkLine(input)).toBe(expected);
  });
});

describe('cutEdgeWidgets', () => {
  it('cuts the "+ ↺ − 16 px" font-size widget off the end of a date line', () => {
    expect(cutEdgeWidgets('date 2026-01-29 + ↺ − 16 px')).toEqual({
      kept: 'date 2026-01-29',
      keptOffset: 0,
      cuts: [{ text: '+ ↺ − 16 px', reason: 'boilerplate: font-size widget', offset: 16 }],
    });
  });

  it('cuts a bracketed photo credit off a caption and keeps the caption', () => {
    expect(cutEdgeWidgets('Starmer and Xi at the Great Hall of the People. (Photo credit: AFP)')).toEqual({
      kept: 'Starmer and Xi at the Great Hall of the People.',
      keptOffset: 0,
      cuts: [{ text: '(Photo credit: AFP)', reason: 'boilerplate: photo credit', offset: 48 }],
    });
  });

  it('leaves a line without widgets untouched', () => {
    const line = 'It was the first visit by a British prime minister to China in eight years.';
    expect(cutEdgeWidgets(line)).toEqual({ kept: line, keptOffset: 0, cuts: [] });
  });

  it('cuts a widget off the start of a line and says where the rest begins', () => {
    expect(cutEdgeWidgets('+ ↺ − 16 px date 2026-01-29')).toEqual({
      kept: 'date 2026-01-29',
      keptOffset: 12,
      cuts: [{ text: '+ ↺ − 16 px', reason: 'boilerplate: font-size widget', offset: 0 }],
    });
  });
});
