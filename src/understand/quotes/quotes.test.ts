import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { entitiesOf, inputOf, type EntitySpec } from './testing.js';

const STARMER: EntitySpec = { name: 'Keir Starmer', type: 'person', forms: ['Starmer', 'Sir Keir Starmer'], nominals: ['the British leader', 'The UK prime minister'] };
const XI: EntitySpec = { name: 'Xi Jinping', type: 'person', forms: ['Xi', 'President Xi'] };
const ZHAO: EntitySpec = { name: 'Zhao Leji', type: 'person', forms: ['Zhao'] };
const STRAND: EntitySpec = { name: 'Anneli Strand', type: 'person', forms: ['Strand'] };
const BRIX: EntitySpec = { name: 'Aldo Brix', type: 'person' };
const VAUTRIN: EntitySpec = { name: 'Ines Vautrin', type: 'person', forms: ['Dr. Ines Vautrin'] };
const OKORO: EntitySpec = { name: 'Maren Okoro', type: 'person', forms: ['Ms Okoro'] };
const GUO: EntitySpec = { name: 'Guo Jiakun', type: 'person' };
const XINHUA: EntitySpec = { name: 'Xinhua', type: 'organization', subtype: 'agency' };
const DOWNING: EntitySpec = { name: 'Downing Street', type: 'organization' };
const TRUMP: EntitySpec = { name: 'Donald Trump', type: 'person', forms: ['Trump'] };
const CHINA: EntitySpec = { name: 'China', type: 'place' };
const BEIJING: EntitySpec = { name: 'Beijing', type: 'place' };

type Row = [string, string, EntitySpec[], { text: string; speaker: string | null; kind: 'direct' | 'fragment' }[]];

describe('findQuotes', () => {
  it.each<Row>([
    ['"X said" after the quote', '“Port Elan has waited a long time for this day,” Fenwick said.', [{ name: 'Dario Fenwick', type: 'person', forms: ['Fenwick'] }],
      [{ text: 'Port Elan has waited a long time for this day', speaker: 'Dario Fenwick', kind: 'direct' }]],
    ['"said X" after the quote, and the next quote continues the speaker', 'Residents welcomed the news. “My father worked on the old ferry for twenty years,” said Aldo Brix, who runs a café near the harbour. “I want my son to have that chance.”', [BRIX],
      [{ text: 'My father worked on the old ferry for twenty years', speaker: 'Aldo Brix', kind: 'direct' }, { text: 'I want my son to have that chance.', speaker: 'Aldo Brix', kind: 'direct' }]],
    ['"he said" resolved to the subject of the sentence, the next quote continues him', 'Xi acknowledged that difficulties would need to be overcome, but said deeper cooperation could usher in a new phase. “Good things often come with difficulties,” he said, adding that leaders should move forward with resolve. “Cooperation between our two countries will surely take the lead.”', [XI],
      [{ text: 'Good things often come with difficulties', speaker: 'Xi Jinping', kind: 'direct' }, { text: 'Cooperation between our two countries will surely take the lead.', speaker: 'Xi Jinping', kind: 'direct' }]],
    ['"he told reporters" resolved to the previous sentence\'s subject, not a possessive', 'However, Starmer quickly refuted new allegations after the Telegraph newspaper revealed on Monday that China has been hacking officials’ phones. “There is no proof of that. As you could anticipate, we have strong plans and security procedures in place,” he told reporters on Wednesday.', [STARMER, CHINA],
      [{ text: 'There is no proof of that. As you could anticipate, we have strong plans and security procedures in place', speaker: 'Keir Starmer', kind: 'direct' }]],
    ['"he said" skips the possessive "Starmer’s" for the subject "Zhao"', 'Zhao praised Starmer’s efforts to reach a rapprochement. He said ties were now on “the correct track to improvement and development” and “positive progress has been made”.', [ZHAO, STARMER],
      [{ text: 'the correct track to improvement and development', speaker: 'Zhao Leji', kind: 'fragment' }, { text: 'positive progress has been made', speaker: 'Zhao Leji', kind: 'fragment' }]],
    ['"she said" skips a man named by title', 'Mr Brix left. Dr. Ines Vautrin said the link could shorten journeys. “The question is whether they will still be full in the fifth,” she said.', [BRIX, VAUTRIN],
      [{ text: 'The question is whether they will still be full in the fifth', speaker: 'Ines Vautrin', kind: 'direct' }]],
    ['"X added:" before the quote', 'Starmer added: “We have made this trip because I believe it is strongly in our common interest.”', [STARMER],
      [{ text: 'We have made this trip because I believe it is strongly in our common interest.', speaker: 'Keir Starmer', kind: 'direct' }]],
    ['"X, who …, continued, “…”" skips the relative clause', 'Starmer, who has been criticized by the Conservative opposition of being too kind toward Beijing, continued, “You know my practice, which is to raise issues that need to be raised.”', [STARMER, BEIJING],
      [{ text: 'You know my practice, which is to raise issues that need to be raised.', speaker: 'Keir Starmer', kind: 'direct' }]],
    ['an outlet as the source: "state-owned news agency Xinhua said"', '“Since the UK Labour government came to power, it has clearly stated its willingness to develop a relationship,” state-owned news agency Xinhua said on Wednesday.', [XINHUA],
      [{ text: 'Since the UK Labour government came to power, it has clearly stated its willingness to develop a relationship', speaker: 'Xinhua', kind: 'direct' }]],
    ['an outlet with no entity: the capitalised name is the speaker', '“We will report on it,” the news agency Kestrel Wire said.', [],
      [{ text: 'We will report on it', speaker: 'Kestrel Wire', kind: 'direct' }]],
    ['"according to X" after the quote', '“The pact will be signed on Tuesday,” according to Downing Street.', [DOWNING],
      [{ text: 'The pact will be signed on Tuesday', speaker: 'Downing Street', kind: 'direct' }]],
    ['a nominal speaker: "the British leader declared", and a fragment governed by a participle', 'This trip to China is “going to be a really important trip for us,” the British leader declared on Wednesday, promising to achieve “some real progress.”', [STARMER, CHINA],
      [{ text: 'going to be a really important trip for us', speaker: 'Keir Starmer', kind: 'fragment' }, { text: 'some real progress.', speaker: 'Keir Starmer', kind: 'fragment' }]],
    ['a fragment inside reported speech, past an apposition', 'During a news briefing on Wednesday, Guo Jiakun, a spokeswoman for the foreign ministry, reaffirmed that China “is willing to take this visit as an opportunity to enhance political mutual trust.”', [GUO, CHINA],
      [{ text: 'is willing to take this visit as an opportunity to enhance political mutual trust.', speaker: 'Guo Jiakun', kind: 'fragment' }]],
    ['a one-word fragment after "told reporters that"', 'On the plane to China, Starmer told reporters that there are “opportunities” to strengthen bilateral ties.', [STARMER, CHINA],
      [{ text: 'opportunities', speaker: 'Keir Starmer', kind: 'fragment' }]],
    ['"who said" refers to the person before the apposition', 'Earlier in the day, Starmer met Zhao Leji, China’s third-highest-ranking official, who said bilateral relations were on the “correct track to improvement and development.”', [STARMER, ZHAO, CHINA],
      [{ text: 'correct track to improvement and development.', speaker: 'Zhao Leji', kind: 'fragment' }]],
    ['the governing verb wins over an outlet cue after the fragment', 'The two leaders met at the Great Hall of the People, where Starmer described China as a “vital player on the global stage,” News.Az reports, citing foreign media.', [STARMER, CHINA],
      [{ text: 'vital player on the global stage', speaker: 'Keir Starmer', kind: 'fragment' }]],
    ['a name in quotes with no speech verb has no speaker', 'In the face of Trump’s attempts to establish a new international organization with his “Board of Peace” and his threats to levy tariffs, Beijing has been reassuring leaders.', [TRUMP, BEIJING],
      [{ text: 'Board of Peace', speaker: null, kind: 'fragment' }]],
    ['a noun ("admission") is not a speech verb', 'Chinese officials took issue with Starmer’s admission that China constituted a “national security threat” to the United Kingdom.', [STARMER, CHINA],
      [{ text: 'national security threat', speaker: null, kind: 'fragment' }]],
    ['a short quote at a sentence start is a label, not a statement', '“Board of Peace” members met in Davos.', [],
      [{ text: 'Board of Peace', speaker: null, kind: 'fragment' }]],
    ['an unattributed quote stays unattributed', 'The banner read: “No ferry, no future.” Nobody claimed it.', [],
      [{ text: 'No ferry, no future.', speaker: null, kind: 'direct' }]],
    ['a quote continued over paragraphs shares the speaker found at its end', '“We will act.\n\n“We will not wait,” Maren Okoro said.', [OKORO],
      [{ text: 'We will act.', speaker: 'Maren Okoro', kind: 'direct' }, { text: 'We will not wait', speaker: 'Maren Okoro', kind: 'direct' }]],
    ['an apposition after the quote: "X, the chief executive, said"', '“The terminal opens in 2027,” Maren Okoro, the harbour authority’s chief executive, said.', [OKORO],
      [{ text: 'The terminal opens in 2027', speaker: 'Maren Okoro', kind: 'direct' }]],
    ['a quote after another person is named does not continue the first speaker', '“We agree,” Strand said. Starmer disagreed. “We do not.”', [STRAND, STARMER],
      [{ text: 'We agree', speaker: 'Anneli Strand', kind: 'direct' }, { text: 'We do not.', speaker: null, kind: 'direct' }]],
  ])('%s', (_label, text, specs, expected) => {
    const input = inputOf(text);
    const quotes = findQuotes(input, entitiesOf(input, specs));
    expect(quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind }))).toEqual(expected);
    for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it('records the cue it read and the speaker’s entity id', () => {
    const input = inputOf('“This agreement ties our two coasts together for a generation,” Strand said.');
    const [q] = findQuotes(input, entitiesOf(input, [STRAND]));
    expect(q).toMatchObject({ speaker: 'Anneli Strand', speakerId: 'e1', cue: { text: 'Strand said' }, sentence: 0 });
  });

  it('returns [] for a text without quotation marks', () => {
    expect(findQuotes(inputOf('Starmer met Xi in Beijing.'), [])).toEqual([]);
  });
});
