import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const cases: [label: string, text: string, expected: string[]][] = [
  ['two plain sentences', 'The ferry sank. Nine were rescued.', ['The ferry sank.', 'Nine were rescued.']],
  ['decimal numbers do not end a sentence', 'He paid $3.5 million. It rose 2.5%.', ['He paid $3.5 million.', 'It rose 2.5%.']],
  ['titles before names', 'Mr. Okoro met Gen. Adeyemi on Monday.', ['Mr. Okoro met Gen. Adeyemi on Monday.']],
  ['"No." before a number', 'He spoke at No. 10 Downing St. on Friday. Then he left.', ['He spoke at No. 10 Downing St. on Friday.', 'Then he left.']],
  ['"no." at a sentence end is an end', 'The answer was no. Talks ended.', ['The answer was no.', 'Talks ended.']],
  ['initials', 'J. R. Okafor said so. Others agreed.', ['J. R. Okafor said so.', 'Others agreed.']],
  ['country abbreviations', 'The U.K. diplomat met U.N. staff. The U.S. said it would act.', ['The U.K. diplomat met U.N. staff.', 'The U.S. said it would act.']],
  ['a quote spanning two sentences stays one', 'He said: “We agree. We will act.” Then he left.', ['He said: “We agree. We will act.”', 'Then he left.']],
  ['straight quotes too', 'She said: "It is over. We go home." Nobody moved.', ['She said: "It is over. We go home."', 'Nobody moved.']],
  ['a question in quotes followed by its attribution', '“Why now?” she asked. Nobody answered.', ['“Why now?” she asked.', 'Nobody answered.']],
  ['an exclamation in quotes followed by its attribution', '“Stop!” he shouted. They left.', ['“Stop!” he shouted.', 'They left.']],
  ['month abbreviation before a day', 'The talks began on Jan. 29 in Beijing. They ended later.', ['The talks began on Jan. 29 in Beijing.', 'They ended later.']],
  ['"p.m." before a weekday goes on', 'The vote is at 6 p.m. Monday in the hall. It is open.', ['The vote is at 6 p.m. Monday in the hall.', 'It is open.']],
  ['"p.m." before a new sentence ends it', 'The meeting ended at 6 p.m. Officials left soon after.', ['The meeting ended at 6 p.m.', 'Officials left soon after.']],
  ['"Inc." ending a sentence', 'He sold the shares to Acme Inc. The deal closed.', ['He sold the shares to Acme Inc.', 'The deal closed.']],
  ['military titles and "i.e."', 'Lt. Col. Ahmed Khan said the U.N. mission, i.e. the observers, had left.', ['Lt. Col. Ahmed Khan said the U.N. mission, i.e. the observers, had left.']],
  ['paragraphs never merge', 'First line ends here\n\nSecond paragraph.', ['First line ends here', 'Second paragraph.']],
];

describe('splitSentences', () => {
  it.each(cases)('%s', (_label, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('skips headings given by the cleaner', () => {
    const text = 'The court ruled on Monday.\n\nWhat comes next\n\nAn appeal is likely.';
    const start = text.indexOf('What');
    const sentences = splitSentences(text, [{ text: 'What comes next', start, end: start + 15 }]);
    expect(sentences.map((s) => s.text)).toEqual(['The court ruled on Monday.', 'An appeal is likely.']);
  });

  it('an unclosed quote merges at most a few sentences', () => {
    const text = '“One. Two. Three. Four. Five. Six. Seven.';
    expect(splitSentences(text).length).toBeGreaterThan(1);
  });
});
