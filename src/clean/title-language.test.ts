// Titles are read only from a real headline line; languages are declared or detected, never guessed
// from too little text.
import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguageTag } from './language.js';
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

describe('detectLanguage', () => {
  it('keeps a declared language, reduced to ISO 639-1', () => {
    expect(detectLanguage(body, { value: 'en-GB', from: 'html-meta' })).toEqual({ value: 'en', from: 'html-meta' });
    expect(normaliseLanguageTag('deu')).toBe('de');
    expect(normaliseLanguageTag('x-klingon')).toBeNull();
  });
  it('detects English, French and German from a sentence or two', () => {
    expect(detectLanguage(body, null)).toEqual({ value: 'en', from: 'detected' });
    const fr = 'La ministre des Affaires étrangères du Karsland est arrivée lundi soir à Port Elan pour signer un accord sur le ferry.';
    expect(detectLanguage(fr, null)).toEqual({ value: 'fr', from: 'detected' });
    const de = 'Die Außenministerin von Karsland ist am Montagabend in Port Elan eingetroffen, um ein lange erwartetes Abkommen über die Fähre zu unterzeichnen.';
    expect(detectLanguage(de, null)).toEqual({ value: 'de', from: 'detected' });
  });
  it('answers null for text under 80 characters rather than guess', () => {
    expect(detectLanguage('Strand met Halloran in Port Elan.', null)).toBeNull();
  });
});
