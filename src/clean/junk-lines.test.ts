// Page-chrome patterns: every lexicon example is caught, and story sentences that share words with
// chrome ("Readers who subscribe to the paper…") are kept.
import { describe, expect, it } from 'vitest';
import type { JunkLineCode } from '../core/removal-reasons.js';
import { cutEdgeWidgets, matchJunkLine, matchPromoHeadline } from './junk-lines.js';
import { junkLexicon } from './lexicon.js';

describe('matchJunkLine', () => {
  it.each(junkLexicon().lines.map((p) => [p.example, p.code]))('catches its lexicon example %j', (example, code) => {
    expect(matchJunkLine(example)).toBe(code);
  });

  it.each(junkLexicon().keep)('keeps the story sentence %j listed in the lexicon', (sentence) => {
    expect(matchJunkLine(sentence)).toBeNull();
  });

  const table: Array<[label: string, input: string, expected: JunkLineCode | null]> = [
    ['font-size widget', '+ ↺ − 16 px', 'font-size-widget'],
    ['newsletter sign-up', 'Subscribe to our newsletter', 'newsletter-promo'],
    ['newsletter sign-up with a pitch', 'Sign up for our daily newsletter to get the top stories in your inbox.', 'newsletter-promo'],
    ['FT promo', 'Stay informed with free updates', 'newsletter-promo'],
    ['share widget', 'Share this article', 'share-widget'],
    ['share buttons', 'Share | Tweet | Email', 'share-widget'],
    ['follow us', 'Follow us on Facebook, Instagram and X', 'share-widget'],
    ['advert slot', 'Advertisement', 'advertisement'],
    ['scroll prompt', 'Story continues below advertisement', 'advertisement'],
    ['call to action', 'Click here to read more', 'call-to-action'],
    ['read the full article', 'Read the full article here', 'call-to-action'],
    ['related link', 'Related: UK and China sign migrant smuggling pact', 'call-to-action'],
    ['cookie notice', 'This site uses cookies to personalise content. Accept or manage your preferences.', 'cookie-notice'],
    ['cookie button', 'Accept all cookies', 'cookie-notice'],
    ['subscription wall', 'Subscribe to continue reading.', 'subscription-notice'],
    ['photo credit', 'Photo: Reuters', 'photo-credit'],
    ['bracketed credit', '(Photo credit: Jane Doe/AFP)', 'photo-credit'],
    ['agency credit', 'Dan Kitwood/Getty Images', 'photo-credit'],
    ['copyright', '© 2026 Daily Planet. All rights reserved.', 'copyright-line'],
    ['copyright word', 'Copyright 2025 The Associated Press. All rights reserved.', 'copyright-line'],
    ['wire credits', 'Reporting by Jane Doe in London; Editing by John Smith', 'wire-credits'],
    ['breadcrumb', 'Home | World | Asia', 'breadcrumb'],
    ['audio player', 'Listen to this story', 'audio-player'],
    ['audio player with its length', 'Listen to this article · 4 min', 'audio-player'],
    ['WordPress feed footer', 'The post Ferry talks resume on Monday appeared first on Daily Planet.', 'feed-footer'],
    ['support-us promo', 'Support independent journalism: subscribe to the Daily Planet from €1 a week.', 'subscription-promo'],
    ['price promo', 'Subscribe for just $2 a month.', 'subscription-promo'],
    ['syndication credit', 'This story was first published by Daily Planet.', 'syndication-credit'],
    ['syndication credit with an edition', 'This article first appeared in the Daily Planet’s weekend edition.', 'syndication-credit'],
    ['syndication credit with a date', 'A version of this article first appeared in The Evening Star on 3 March.', 'syndication-credit'],
    ['follow us with a pitch', 'Follow Daily Planet on WhatsApp for breaking news', 'share-widget'],
    // Hard cases: story sentences that begin like chrome.
    ['"subscribe" in a sentence', 'Readers who subscribe to the paper pay 4 euros.', null],
    ['"share" as a noun', 'Share prices in Hong Kong rose 2% on Thursday.', null],
    ['"cookies" in a story', 'We use cookies as a bargaining chip, the baker joked.', null],
    ['"photo" in a story', 'Photos of the meeting showed Starmer smiling.', null],
    ['"reporting by" in a story', 'Reporting by the Telegraph revealed the hacking.', null],
    ['"read the" in a quote', 'Read the agreement before you criticise it, Lammy said.', null],
    ['"follow" in a story', 'Follow-up talks are planned for March.', null],
    ['"copyright" in a story', 'Copyright law in China was revised in 2020.', null],
    ['a story sentence', 'After the signing, the two ministers were due to dine with harbour officials.', null],
    ['a name sub-heading', 'Maren Okoro', null],
    ['"listen to" in a quote', 'Listen to the people who live by the river, the mayor said.', null],
    ['"the post" in a story', 'The post office appeared first on the council’s list of closures.', null],
    ['"support journalism" in a story', 'Support independent journalism, the minister said, is a duty of the state.', null],
    ['subscribers and a price', 'Subscribers to the paper paid €4 a week before the price rise.', null],
    ['"first published in" a month', 'The report was first published in March.', null],
    ['"first appeared in" a memoir', 'This story first appeared in the minister’s memoir, he said.', null],
    ['"first published in" a year', 'The article was first published in 2019 and corrected a year later.', null],
    ['"follow" with "breaking news"', 'Follow the river for breaking news, the guide said.', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(matchJunkLine(input)).toBe(expected);
  });
});

describe('matchPromoHeadline', () => {
  it.each(junkLexicon().promoHeadlines.map((p) => [p.example, p.code]))('catches its lexicon example %j', (example, code) => {
    expect(matchPromoHeadline(example)).toBe(code);
  });

  it.each(junkLexicon().keep)('keeps the story sentence %j listed in the lexicon', (sentence) => {
    expect(matchPromoHeadline(sentence)).toBeNull();
  });

  // The caller asks only about a line directly above a removed promo; these rows are that case.
  const table: Array<[label: string, input: string, expected: JunkLineCode | null]> = [
    ['a promo headline', 'Stay ahead of the tide', 'newsletter-promo'],
    ['FT-style', 'Stay informed with free updates', 'newsletter-promo'],
    ['never miss', 'Never miss a story from the coast', 'newsletter-promo'],
    ['be the first', 'Be the first to know', 'newsletter-promo'],
    // Hard cases: the story's own lines.
    ['a sentence', 'Stay ahead of the storm, forecasters told residents.', null],
    ['a long line', 'Stay ahead of the crowds by booking the ferry before the end of April', null],
    ['a headline', 'Ferry pact signed as neighbours commit €340m', null],
    ['a sub-heading', 'What the deal covers', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(matchPromoHeadline(input)).toBe(expected);
  });
});

describe('cutEdgeWidgets', () => {
  it('cuts the "+ ↺ − 16 px" font-size widget off the end of a date line', () => {
    expect(cutEdgeWidgets('date 2026-03-03 + ↺ − 16 px')).toEqual({
      kept: 'date 2026-03-03',
      keptOffset: 0,
      cuts: [{ text: '+ ↺ − 16 px', code: 'font-size-widget', offset: 16 }],
    });
  });

  it('cuts a bracketed photo credit off a caption and keeps the caption', () => {
    expect(cutEdgeWidgets('Strand and Halloran at the Customs House in Port Elan. (Photo credit: AFP)')).toEqual({
      kept: 'Strand and Halloran at the Customs House in Port Elan.',
      keptOffset: 0,
      cuts: [{ text: '(Photo credit: AFP)', code: 'photo-credit', offset: 55 }],
    });
  });

  it('leaves a line without widgets untouched', () => {
    const line = 'The trip was the first by a Karsland foreign minister to Velsand in a decade.';
    expect(cutEdgeWidgets(line)).toEqual({ kept: line, keptOffset: 0, cuts: [] });
  });

  it('cuts a widget off the start of a line and says where the rest begins', () => {
    expect(cutEdgeWidgets('+ ↺ − 16 px date 2026-03-03')).toEqual({
      kept: 'date 2026-03-03',
      keptOffset: 12,
      cuts: [{ text: '+ ↺ − 16 px', code: 'font-size-widget', offset: 0 }],
    });
  });
});
