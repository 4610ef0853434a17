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
  ['a stray opening mark does not keep a quote open past the next closing one', '“We agree, Mr. Brix said. “We will act.” Then he left.', ['“We agree, Mr. Brix said. “We will act.”', 'Then he left.']],
  ['a curly quote closed by a straight mark is closed', '“It is over," she said. Nobody moved. Then we left.', ['“It is over," she said.', 'Nobody moved.', 'Then we left.']],
  ['a straight quote closed by a curly mark is closed', '"It is over. We go home.” Nobody moved. Then we left.', ['"It is over. We go home.”', 'Nobody moved.', 'Then we left.']],
  ['a question in quotes followed by its attribution', '“Why now?” she asked. Nobody answered.', ['“Why now?” she asked.', 'Nobody answered.']],
  ['an exclamation in quotes followed by its attribution', '“Stop!” he shouted. They left.', ['“Stop!” he shouted.', 'They left.']],
  ['a quoted question before a named speaker and his verb', '“Have we not been clear on the levy?” Ms. Okoro asked at a briefing. Nobody answered.', ['“Have we not been clear on the levy?” Ms. Okoro asked at a briefing.', 'Nobody answered.']],
  ['a quoted exclamation before a titled speaker with a party tag', '"Enough is enough!" Sen. Ann Hale (D-Ore.) said on Friday. The vote followed.', ['"Enough is enough!" Sen. Ann Hale (D-Ore.) said on Friday.', 'The vote followed.']],
  ['a quoted question before a new sentence that names no speech', '“Why now?” Harbour officials met on Monday. They left.', ['“Why now?”', 'Harbour officials met on Monday.', 'They left.']],
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

// Articles in other languages: their quotation marks, and dates chrono-node reads across an ICU break.
const otherLanguages: [label: string, language: string, text: string, expected: string[]][] = [
  ['German „…“: the closing “ does not open a quote that swallows the next sentences', 'de',
    '„Die Partnerschaft ist unverzichtbar“, sagte Merz. Seit Jahren arbeiten beide Länder zusammen. Die Gespräche dauern an.',
    ['„Die Partnerschaft ist unverzichtbar“, sagte Merz.', 'Seit Jahren arbeiten beide Länder zusammen.', 'Die Gespräche dauern an.']],
  ['German „…“ spanning two sentences stays one', 'de',
    'Merz sagte: „Wir sind bereit. Wir handeln jetzt.“ Dann ging er.',
    ['Merz sagte: „Wir sind bereit. Wir handeln jetzt.“', 'Dann ging er.']],
  ['German »…« spanning two sentences stays one', 'de',
    'Er sagte: »Das reicht. Wir gehen.« Niemand rührte sich.',
    ['Er sagte: »Das reicht. Wir gehen.«', 'Niemand rührte sich.']],
  ['French « … » spanning two sentences stays one', 'fr',
    'Il a déclaré : « Nous sommes prêts. Nous agirons. » Puis il est parti.',
    ['Il a déclaré : « Nous sommes prêts. Nous agirons. »', 'Puis il est parti.']],
  ['a German ordinal date is not a sentence end', 'de',
    'Am 12. März 2026 unterzeichnen beide die Erklärung. Am 3. Oktober wird gefeiert.',
    ['Am 12. März 2026 unterzeichnen beide die Erklärung.', 'Am 3. Oktober wird gefeiert.']],
  ['a German number ending a sentence still ends it', 'de',
    'Der Wert lag zuletzt bei 12. Danach sank er deutlich.',
    ['Der Wert lag zuletzt bei 12.', 'Danach sank er deutlich.']],
  ['a Finnish ordinal date is not a sentence end', 'fi',
    'Sopimus allekirjoitetaan 12. maaliskuuta 2026 Helsingissä. Neuvottelut jatkuvat.',
    ['Sopimus allekirjoitetaan 12. maaliskuuta 2026 Helsingissä.', 'Neuvottelut jatkuvat.']],
];

describe('splitSentences in other languages', () => {
  it.each(otherLanguages)('%s', (_label, language, text, expected) => {
    const sentences = splitSentences(text, [], language);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('English rules read German „…“ as an open quote (why the language matters)', () => {
    const text = otherLanguages[0]![2];
    expect(splitSentences(text).length).toBe(1);
  });
});

describe('splitSentences on degenerate paragraphs', () => {
  it('splits a paragraph longer than its reading window exactly as ICU splits it whole', () => {
    // A break ICU finds at a window's end may be one the next characters undo: "invite.\n" then "n" (a
    // literal backslash-n in a scraped text) is no sentence end.
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const filler = 'The council met again on Tuesday to talk about the bridge. '.repeat(40);
    // The awkward break placed at every offset around the first window's end (2,000 characters).
    for (let cut = 1940; cut < 2020; cut++) {
      const text = `${filler.slice(0, cut - 25)}Everyone gets an invite.\\n\\n8 Months Out\\n\\nRegister early. ${filler}`;
      const whole = [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((s) => s !== '');
      expect(splitSentences(text).map((s) => s.text)).toEqual(whole);
    }
  });

  it.each([
    ['a title (15 s before: every break re-read the whole paragraph)', 'Mr. '],
    ['a sentence (V8’s segmenter re-reads the input for each one)', 'Berg said. '],
    ['a capital initial', 'A. '],
  ])('splits a 100,000-character paragraph of %s within seconds', (_label, unit) => {
    const text = unit.repeat(100_000 / unit.length);
    const started = performance.now();
    const sentences = splitSentences(text);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(sentences.map((s) => s.text).join(' ')).toBe(text.trim());
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
