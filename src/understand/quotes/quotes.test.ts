import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { entitiesOf, inputOf, type EntitySpec } from './testing.js';

const HALLORAN: EntitySpec = { name: 'Teodor Halloran', type: 'person', forms: ['Halloran', 'Mr Teodor Halloran'], nominals: ['the Velsand minister', 'The Velsand foreign minister'] };
const VENN: EntitySpec = { name: 'Ottar Venn', type: 'person', forms: ['Venn', 'President Venn'] };
const HAUG: EntitySpec = { name: 'Bertil Haug', type: 'person', forms: ['Haug'] };
const STRAND: EntitySpec = { name: 'Anneli Strand', type: 'person', forms: ['Strand'] };
const BRIX: EntitySpec = { name: 'Aldo Brix', type: 'person' };
const VAUTRIN: EntitySpec = { name: 'Ines Vautrin', type: 'person', forms: ['Dr. Ines Vautrin'] };
const OKORO: EntitySpec = { name: 'Maren Okoro', type: 'person', forms: ['Ms Okoro'] };
const KALLIO: EntitySpec = { name: 'Vera Kallio', type: 'person' };
const MERIDIAN: EntitySpec = { name: 'Meridian Wire', type: 'organization', subtype: 'agency' };
const HARBOUR_HOUSE: EntitySpec = { name: 'Harbour House', type: 'organization' };
const BRENNER: EntitySpec = { name: 'Gustav Brenner', type: 'person', forms: ['Brenner'] };
const KARSLAND: EntitySpec = { name: 'Karsland', type: 'place' };
const HOLMSTAD: EntitySpec = { name: 'Holmstad', type: 'place' };

type Row = [string, string, EntitySpec[], { text: string; speaker: string | null; kind: 'direct' | 'fragment' }[]];

describe('findQuotes', () => {
  it.each<Row>([
    ['"X said" after the quote', '“Port Elan has waited a long time for this day,” Fenwick said.', [{ name: 'Dario Fenwick', type: 'person', forms: ['Fenwick'] }],
      [{ text: 'Port Elan has waited a long time for this day', speaker: 'Dario Fenwick', kind: 'direct' }]],
    ['"said X" after the quote, and the next quote continues the speaker', 'Residents welcomed the news. “My father worked on the old ferry for twenty years,” said Aldo Brix, who runs a café near the harbour. “I want my son to have that chance.”', [BRIX],
      [{ text: 'My father worked on the old ferry for twenty years', speaker: 'Aldo Brix', kind: 'direct' }, { text: 'I want my son to have that chance.', speaker: 'Aldo Brix', kind: 'direct' }]],
    ['"he said" resolved to the subject of the sentence, the next quote continues him', 'Venn admitted that obstacles would have to be cleared, but said closer trade could open a new chapter. “Hard roads often end in good harbours,” he said, adding that both sides should press on with patience. “Trade between our two coasts will certainly recover first.”', [VENN],
      [{ text: 'Hard roads often end in good harbours', speaker: 'Ottar Venn', kind: 'direct' }, { text: 'Trade between our two coasts will certainly recover first.', speaker: 'Ottar Venn', kind: 'direct' }]],
    ['"he told reporters" resolved to the previous sentence\'s subject, not a possessive', 'However, Halloran promptly denied fresh claims after the Harbour Courier newspaper reported on Friday that Karsland has been reading ministers’ emails. “There is nothing to support that. As you might expect, we have firm rules and careful safeguards in place,” he told reporters on Thursday.', [HALLORAN, KARSLAND],
      [{ text: 'There is nothing to support that. As you might expect, we have firm rules and careful safeguards in place', speaker: 'Teodor Halloran', kind: 'direct' }]],
    ['"he said" skips the possessive "Halloran’s" for the subject "Haug"', 'Haug praised Halloran’s work to mend relations. He said links were now on “the right path to recovery and growth” and “real headway has been achieved”.', [HAUG, HALLORAN],
      [{ text: 'the right path to recovery and growth', speaker: 'Bertil Haug', kind: 'fragment' }, { text: 'real headway has been achieved', speaker: 'Bertil Haug', kind: 'fragment' }]],
    ['"she said" skips a man named by title', 'Mr Brix left. Dr. Ines Vautrin said the link could shorten journeys. “The question is whether they will still be full in the fifth,” she said.', [BRIX, VAUTRIN],
      [{ text: 'The question is whether they will still be full in the fifth', speaker: 'Ines Vautrin', kind: 'direct' }]],
    ['"X added:" before the quote', 'Halloran added: “We have come this far because I think it is clearly in both our interests.”', [HALLORAN],
      [{ text: 'We have come this far because I think it is clearly in both our interests.', speaker: 'Teodor Halloran', kind: 'direct' }]],
    ['"X, who …, continued, “…”" skips the relative clause', 'Halloran, who has been accused by the Coastal Party opposition of being too soft on Holmstad, continued, “You know my habit, which is to say the things that need to be said.”', [HALLORAN, HOLMSTAD],
      [{ text: 'You know my habit, which is to say the things that need to be said.', speaker: 'Teodor Halloran', kind: 'direct' }]],
    ['an outlet as the source: "state-owned news agency Meridian Wire said"', '“Since the new Velsand cabinet took office, it has plainly shown its readiness to build closer ties,” state-owned news agency Meridian Wire said on Thursday.', [MERIDIAN],
      [{ text: 'Since the new Velsand cabinet took office, it has plainly shown its readiness to build closer ties', speaker: 'Meridian Wire', kind: 'direct' }]],
    ['an outlet with no entity: the capitalised name is the speaker', '“We will report on it,” the news agency Kestrel Wire said.', [],
      [{ text: 'We will report on it', speaker: 'Kestrel Wire', kind: 'direct' }]],
    ['"according to X" after the quote', '“The pact will be signed on Tuesday,” according to Harbour House.', [HARBOUR_HOUSE],
      [{ text: 'The pact will be signed on Tuesday', speaker: 'Harbour House', kind: 'direct' }]],
    ['a nominal speaker: "the Velsand minister declared", and a fragment governed by a participle', 'This visit to Karsland is “going to be a very useful visit for both of us,” the Velsand minister declared on Thursday, promising to deliver “some genuine results.”', [HALLORAN, KARSLAND],
      [{ text: 'going to be a very useful visit for both of us', speaker: 'Teodor Halloran', kind: 'fragment' }, { text: 'some genuine results.', speaker: 'Teodor Halloran', kind: 'fragment' }]],
    ['a fragment inside reported speech, past an apposition', 'At a press conference on Friday, Vera Kallio, a spokeswoman for the trade ministry, reaffirmed that Karsland “is ready to use this visit as a chance to deepen economic cooperation.”', [KALLIO, KARSLAND],
      [{ text: 'is ready to use this visit as a chance to deepen economic cooperation.', speaker: 'Vera Kallio', kind: 'fragment' }]],
    ['a one-word fragment after "told reporters that"', 'On the ferry to Karsland, Halloran told reporters that there are “openings” to widen trade links.', [HALLORAN, KARSLAND],
      [{ text: 'openings', speaker: 'Teodor Halloran', kind: 'fragment' }]],
    ['"who said" refers to the person before the apposition', 'Later that morning, Halloran met Bertil Haug, Karsland’s second-most-senior official, who said relations between the neighbours were on the “right path to recovery and growth.”', [HALLORAN, HAUG, KARSLAND],
      [{ text: 'right path to recovery and growth.', speaker: 'Bertil Haug', kind: 'fragment' }]],
    ['the governing verb wins over an outlet cue after the fragment', 'The two ministers met at the Old Customs House, where Halloran described Karsland as a “key partner on the northern coast,” Harbour.Net reports, citing local media.', [HALLORAN, KARSLAND],
      [{ text: 'key partner on the northern coast', speaker: 'Teodor Halloran', kind: 'fragment' }]],
    ['a name in quotes with no speech verb has no speaker', 'Amid Brenner’s efforts to set up a new regional body with his “Council of Tides” and his threats to raise port fees, Holmstad has been calming partners.', [BRENNER, HOLMSTAD],
      [{ text: 'Council of Tides', speaker: null, kind: 'fragment' }]],
    ['a noun ("admission") is not a speech verb', 'Karslandic officials took issue with Halloran’s admission that Karsland posed a “serious economic risk” to the region.', [HALLORAN, KARSLAND],
      [{ text: 'serious economic risk', speaker: null, kind: 'fragment' }]],
    ['a short quote at a sentence start is a label, not a statement', '“Council of Tides” members met in Grenmouth.', [],
      [{ text: 'Council of Tides', speaker: null, kind: 'fragment' }]],
    ['an unattributed quote stays unattributed', 'The banner read: “No ferry, no future.” Nobody claimed it.', [],
      [{ text: 'No ferry, no future.', speaker: null, kind: 'direct' }]],
    ['a quote continued over paragraphs shares the speaker found at its end', '“We will act.\n\n“We will not wait,” Maren Okoro said.', [OKORO],
      [{ text: 'We will act.', speaker: 'Maren Okoro', kind: 'direct' }, { text: 'We will not wait', speaker: 'Maren Okoro', kind: 'direct' }]],
    ['an apposition after the quote: "X, the chief executive, said"', '“The terminal opens in 2027,” Maren Okoro, the harbour authority’s chief executive, said.', [OKORO],
      [{ text: 'The terminal opens in 2027', speaker: 'Maren Okoro', kind: 'direct' }]],
    ['a quote after another person is named does not continue the first speaker', '“We agree,” Strand said. Halloran disagreed. “We do not.”', [STRAND, HALLORAN],
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

  it('attributes the 3,001 fragments of one 45,000-character sentence within seconds (found by fuzzing: a 36,000-character one took a minute)', () => {
    const text = `Halloran described Karsland as a “key partner”${' and a “friend”'.repeat(3000)}.`;
    const input = inputOf(text);
    const started = performance.now();
    const quotes = findQuotes(input, entitiesOf(input, [HALLORAN, KARSLAND]));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(quotes).toHaveLength(3001);
    // The governing verb is looked for in the 600 characters before a fragment (about 100 words).
    expect(quotes.slice(0, 30).every((q) => q.speaker === 'Teodor Halloran')).toBe(true);
    expect(quotes.at(-1)!.speaker).toBeNull();
  });

  it('looks past the participles of one sentence for its main verb, however many there are', () => {
    const text = `Halloran declared${', promising'.repeat(40)} a “new era”.`;
    const input = inputOf(text);
    expect(findQuotes(input, entitiesOf(input, [HALLORAN])).map((q) => q.speaker)).toEqual(['Teodor Halloran']);
  });

  it('returns [] for a text without quotation marks', () => {
    expect(findQuotes(inputOf('Halloran met Venn in Holmstad.'), [])).toEqual([]);
  });
});

describe('speakers on real news (issue 13)', () => {
  const OKORO_MS: EntitySpec = { name: 'Maren Okoro', type: 'person', forms: ['Ms. Okoro', 'Okoro'] };
  const WHITLOW: EntitySpec = { name: 'Dana Whitlow', type: 'person' };
  const MOSS: EntitySpec = { name: 'Ida Moss', type: 'person' };
  const LUND: EntitySpec = { name: 'Jesse Lund Jr.', type: 'person', forms: ['Lund'] };
  const LIND: EntitySpec = { name: 'Arne Lind', type: 'person', forms: ['Justice Lind'] };
  const BERG: EntitySpec = { name: 'Tomas Berg', type: 'person' };
  it.each<Row>([
    ['"Ms. X said" after the quote: an abbreviation’s period ends no cue', '“The harbour will reopen in May,” Ms. Okoro said. “Crews are ready.”', [OKORO_MS],
      [{ text: 'The harbour will reopen in May', speaker: 'Maren Okoro', kind: 'direct' }, { text: 'Crews are ready.', speaker: 'Maren Okoro', kind: 'direct' }]],
    ['"said Rep. X" after the quote', '“We will vote no,” said Rep. Dana Whitlow.', [WHITLOW],
      [{ text: 'We will vote no', speaker: 'Dana Whitlow', kind: 'direct' }]],
    ['a suffix and a party-state tag between the name and "said"', '“This is very moving for me,” Rep. Jesse Lund Jr., D-Ohio, said on the floor.', [LUND],
      [{ text: 'This is very moving for me', speaker: 'Jesse Lund Jr.', kind: 'direct' }]],
    ['past a party-state tag and a relative clause to the speaker', 'Sen. Ida Moss, R-Ohio, who unveiled her own plan on Thursday, said the vote marked “a huge shift in the debate.”', [MOSS],
      [{ text: 'a huge shift in the debate.', speaker: 'Ida Moss', kind: 'fragment' }]],
    ['a cue after that names no one yields to the cue before', 'Sen. Ida Moss, who leads the committee, said Tuesday, “I think it is a turning point,” and predicted a close race.', [MOSS],
      [{ text: 'I think it is a turning point', speaker: 'Ida Moss', kind: 'direct' }]],
    ['"he said" is the one who spoke in the sentence before, not the first person named', 'The argument confounded Justice Lind and drew the ire of Justice Tomas Berg, who said he was whipsawed by it. “If someone tells you how to choose, you have no choice,” he said.', [LIND, BERG],
      [{ text: 'If someone tells you how to choose, you have no choice', speaker: 'Tomas Berg', kind: 'direct' }]],
    ['a party-state tag in parentheses between the name and "said": its period ends no cue', '“This is a proud day for the harbour,” Rep. Dana Whitlow (D-Ore.) said.', [WHITLOW],
      [{ text: 'This is a proud day for the harbour', speaker: 'Dana Whitlow', kind: 'direct' }]],
    ['a fragment before "Rep. X (D-Ore.) said"', 'The levy “takes money from the shipowners and gives it to the towns,” Rep. Dana Whitlow (D-Ore.) said.', [WHITLOW],
      [{ text: 'takes money from the shipowners and gives it to the towns', speaker: 'Dana Whitlow', kind: 'fragment' }]],
    ['a quoted question before "Ms. X asked": one sentence, her question', 'Ms. Okoro said the levy was settled. “Have I not been clear on the levy?” Ms. Okoro asked at a briefing with Tomas Berg.', [OKORO_MS, BERG],
      [{ text: 'Have I not been clear on the levy?', speaker: 'Maren Okoro', kind: 'direct' }]],
    ['the next quote continues the speaker past a person the cue’s relative clause names', '“I hope this leads to no name-calling,” said Mr. Berg, who joined Ms. Okoro at the briefing. “This is a plan that will keep our crews safer.”', [{ ...BERG, forms: ['Mr. Berg'] }, OKORO_MS],
      [{ text: 'I hope this leads to no name-calling', speaker: 'Tomas Berg', kind: 'direct' }, { text: 'This is a plan that will keep our crews safer.', speaker: 'Tomas Berg', kind: 'direct' }]],
    ['… and past the person "said of" names', '“She is calm,” Dana Whitlow said of Ms. Okoro. “Storms and strikes have nothing on her.”', [WHITLOW, OKORO_MS],
      [{ text: 'She is calm', speaker: 'Dana Whitlow', kind: 'direct' }, { text: 'Storms and strikes have nothing on her.', speaker: 'Dana Whitlow', kind: 'direct' }]],
    ['… but not past a person who starts a clause of the cue’s sentence', '“We agree,” Tomas Berg said, but Dana Whitlow shook her head. “We do not.”', [BERG, WHITLOW],
      [{ text: 'We agree', speaker: 'Tomas Berg', kind: 'direct' }, { text: 'We do not.', speaker: null, kind: 'direct' }]],
    ['"he said" skips a sentence whose subject is "he" too: the persons it names are objects', 'Tomas Berg said he took the post on Tuesday. He said there would be “no daylight” between him and Arne Lind. Asked about the levy, he said a “balanced approach” was best.', [BERG, LIND],
      [{ text: 'no daylight', speaker: 'Tomas Berg', kind: 'fragment' }, { text: 'balanced approach', speaker: 'Tomas Berg', kind: 'fragment' }]],
    ['"he said" reaches past sentences that name no one', 'Tomas Berg said on Friday he would back the plan. The plan keeps the ferry. It adds a pier. He said it would pass. The pier costs little. Its crews are ready. “Piers should not be controversial,” he said.', [BERG],
      [{ text: 'Piers should not be controversial', speaker: 'Tomas Berg', kind: 'direct' }]],
    ['an organisation that modifies the speaker’s name is no speaker', 'Harbour House policy director Dana Whitlow said on Friday that “there was some confusion with the report.”', [{ name: 'Harbour House', type: 'organization' }, WHITLOW],
      [{ text: 'there was some confusion with the report.', speaker: 'Dana Whitlow', kind: 'fragment' }]],
    ['"what he called “…”": the pronoun after an object relative is the speaker', 'Mr. Berg opened his remarks, saying that he was proud of what he called “a deal to reopen the harbour.”', [{ name: 'Tomas Berg', type: 'person', forms: ['Mr. Berg'] }],
      [{ text: 'a deal to reopen the harbour.', speaker: 'Tomas Berg', kind: 'fragment' }]],
    ['a passive participle ("announced by") governs no fragment; "just told" past the apposition does', 'Larry Hale, the outgoing chairman of the Harbour Council, just told reporters that failing to pass a levy like the one announced by President Venn this week “would sharply raise the risk” of a strike.', [{ name: 'Larry Hale', type: 'person' }, VENN],
      [{ text: 'would sharply raise the risk', speaker: 'Larry Hale', kind: 'fragment' }]],
    ['"X, advocating for crews, clearly says, “…”": past an -ly adverb and a participle clause to the speaker', 'At that event, which can be seen online, Ida Moss, advocating for crews returning from sea, clearly says, "We have learned something since the days I served at sea."', [MOSS],
      [{ text: 'We have learned something since the days I served at sea.', speaker: 'Ida Moss', kind: 'direct' }]],
    ['a verb of attitude right after the quote ("lamented Senator X") is the cue', '“We have already lost,” lamented Senator Ida Moss, Republican of Ohio, according to people in the room.', [MOSS],
      [{ text: 'We have already lost', speaker: 'Ida Moss', kind: 'direct' }]],
    ['"…” than a strike, said Senator X": the name after a late verb', '“There are other ways that would work better” than a strike, said Senator Ida Moss of Ohio.', [MOSS],
      [{ text: 'There are other ways that would work better', speaker: 'Ida Moss', kind: 'direct' }]],
    ['a long apposition between commas before "said"', '“We must hold our leaders to the highest standards,” Representative Dana Whitlow, Democrat of Oregon and the sponsor of the two harbour amendments, said on the floor.', [WHITLOW],
      [{ text: 'We must hold our leaders to the highest standards', speaker: 'Dana Whitlow', kind: 'direct' }]],
    ['a long relative clause between commas before "wrote"', '“Good news for the ferry: it is no longer the slowest in the north,” the commentator Ida Moss, who has pushed the council to keep its promise on the pier, wrote on Twitter.', [MOSS],
      [{ text: 'Good news for the ferry: it is no longer the slowest in the north', speaker: 'Ida Moss', kind: 'direct' }]],
    ['past two appositions that name no one to the name', '“If they succeed, the smugglers are back in charge,” Mike Hale, the executive director of the Harbour Pilots Union, a Valeport-based trade group, said in a statement.', [{ name: 'Mike Hale', type: 'person' }, { name: 'Harbour Pilots Union', type: 'organization' }],
      [{ text: 'If they succeed, the smugglers are back in charge', speaker: 'Mike Hale', kind: 'direct' }]],
    ['… but not past a coordination ("and X’s attorney general, Y,") to a name that does not speak', 'The lawsuit, which was brought by Karsland’s attorney general, Ida Moss, and Holmstad’s attorney general, Tomas Berg, accused the port of a “scheme” to ship fish.', [MOSS, BERG, KARSLAND, HOLMSTAD],
      [{ text: 'scheme', speaker: null, kind: 'fragment' }]],
    ['the name as the apposition: "one of the women, X, said"', '“The death was preventable,” one of the women, Ida Moss, said in an interview.', [MOSS],
      [{ text: 'The death was preventable', speaker: 'Ida Moss', kind: 'direct' }]],
    ['a quote missing its closing mark before "Mr. X said" is his, and so is the next', '“We have such a broad membership, Mr. Berg said. “Some will not be happy.”', [{ ...BERG, forms: ['Mr. Berg'] }],
      [{ text: 'We have such a broad membership', speaker: 'Tomas Berg', kind: 'direct' }, { text: 'Some will not be happy.', speaker: 'Tomas Berg', kind: 'direct' }]],
    ['"Added X:" opens the sentence with its verb', 'Added Tomas Berg: "You would have to ask somebody who wants an eight-week fight."', [BERG],
      [{ text: 'You would have to ask somebody who wants an eight-week fight.', speaker: 'Tomas Berg', kind: 'direct' }]],
    ['a participle after a noun ("a blog post stating") takes the subject of the clause that holds the noun', 'Kevin Rask, a former state lawmaker, published a blog post stating that the report was “fed to the paper by a rival campaign.”', [{ name: 'Kevin Rask', type: 'person' }],
      [{ text: 'fed to the paper by a rival campaign.', speaker: 'Kevin Rask', kind: 'fragment' }]],
    ['a quote with no cue after a sentence of reported speech in its paragraph is the reporter’s', 'On Tuesday, Ida Moss left the court full of calm, saying she felt no anger. "The company may be big. But not too big to answer for it."', [MOSS],
      [{ text: 'The company may be big. But not too big to answer for it.', speaker: 'Ida Moss', kind: 'direct' }]],
    ['a fragment after ", saying" with no speech verb before it: the main clause’s subject', 'Tomas Berg opened his remarks in the rain, saying that he was “very proud to announce” the deal.', [BERG],
      [{ text: 'very proud to announce', speaker: 'Tomas Berg', kind: 'fragment' }]],
    ['… where a party-of-state apposition ("Democrat of Oregon") is no speaker', 'Crews signed a letter from Representative Dana Whitlow, Democrat of Oregon, calling the levy “grossly unfair.”', [WHITLOW, { name: 'Democrat', type: 'other' }],
      [{ text: 'grossly unfair.', speaker: null, kind: 'fragment' }]],
    ['"In brief remarks": a speech word after a preposition is no verb; the main clause’s subject speaks', 'In brief remarks after meeting with President Venn, Mr. Brix on Wednesday disputed that crews feel betrayed, saying that “the more who look at it, the more will say this makes sense.”', [VENN, { name: 'Aldo Brix', type: 'person', forms: ['Mr. Brix'] }],
      [{ text: 'the more who look at it, the more will say this makes sense.', speaker: 'Aldo Brix', kind: 'fragment' }]],
    ['… but not when the main clause names no one', 'The ship sank in the harbour, prompting calls for “a full inquiry.”', [],
      [{ text: 'a full inquiry.', speaker: null, kind: 'fragment' }]],
    ['… but not after a sentence of no speech', 'Ida Moss left the court. "The company may be big."', [MOSS],
      [{ text: 'The company may be big.', speaker: null, kind: 'direct' }]],
    ['… nor across a paragraph break', 'Ida Moss said she felt no anger.\n\n"The company may be big."', [MOSS],
      [{ text: 'The company may be big.', speaker: null, kind: 'direct' }]],
    ['"To X, …" gives X’s view: X speaks the fragment', 'To Rep. Dana Whitlow, D-Ore., the levy "takes money away from the shipowners and gives it to the towns."', [WHITLOW],
      [{ text: 'takes money away from the shipowners and gives it to the towns.', speaker: 'Dana Whitlow', kind: 'fragment' }]],
    ['… but not "To" a place or a thing', 'To the harbour, Dana Whitlow brought "a fresh start."', [WHITLOW],
      [{ text: 'a fresh start.', speaker: null, kind: 'fragment' }]],
    ['an organisation that "encouraged" lawmakers because of its quoted reasons', 'The Harbour Pilots Union, in a letter to the council, encouraged members to vote no because of “rules that unfairly burden small crews.”', [{ name: 'Harbour Pilots Union', type: 'organization' }],
      [{ text: 'rules that unfairly burden small crews.', speaker: 'Harbour Pilots Union', kind: 'fragment' }]],
    ['"They vowed" after two persons joined by "and": the first named stands for the pair', '“The levy is unlawful,” Speaker Ida Moss and Senate Leader Tomas Berg said in a statement. They vowed the council would “defend our harbour rights in every court.”', [MOSS, BERG],
      [{ text: 'The levy is unlawful', speaker: 'Ida Moss', kind: 'direct' }, { text: 'defend our harbour rights in every court.', speaker: 'Ida Moss', kind: 'fragment' }]],
    ['… but "they" with no joined persons near is no one', 'Ida Moss met the crews. They vowed to “fight on.”', [MOSS],
      [{ text: 'fight on.', speaker: null, kind: 'fragment' }]],
    // A naming verb governs a fragment after its object (naming.ts), past verbs and names inside the object.
    ['"referred to X as a “…”": the subject of the naming verb speaks', 'At one point, Tomas Berg referred to a reporter in the crowd as a "clown."', [BERG],
      [{ text: 'clown.', speaker: 'Tomas Berg', kind: 'fragment' }]],
    ['"X’s campaign called a Courier report … an “…”": the campaign, not the paper named in the object', 'Berg’s campaign called a Harbour Courier report which includes video of him at a 2019 event an "outrageous smear" on his record.', [{ ...BERG, forms: ['Berg'] }, { name: 'Harbour Courier', type: 'organization' }],
      [{ text: 'outrageous smear', speaker: 'Berg’s campaign', kind: 'fragment' }]],
    ['"X’s campaign disputed a report in the Courier as an “…”"', 'Berg’s campaign disputed a report in the Harbour Courier as an "outrageous smear" of his service.', [{ ...BERG, forms: ['Berg'] }, { name: 'Harbour Courier', type: 'organization' }],
      [{ text: 'outrageous smear', speaker: 'Berg’s campaign', kind: 'fragment' }]],
    ['", calling X a “…”" after a quote: the main clause’s speech verb, not the words before the comma', 'Hale wrote that crews had “badly hurt” the Harbour Board’s name, calling them a "disgrace."', [{ name: 'Dana Hale', type: 'person', forms: ['Hale'] }, { name: 'Harbour Board', type: 'organization' }],
      [{ text: 'badly hurt', speaker: 'Dana Hale', kind: 'fragment' }, { text: 'disgrace.', speaker: 'Dana Hale', kind: 'fragment' }]],
    ['… nor a place read as the subject ("former Velsand envoy for the coast Ivo Marsh blasted … as")', 'Former Velsand envoy for the northern coast Ivo Marsh blasted the levy as "outrageous."', [{ name: 'Ivo Marsh', type: 'person' }, { name: 'Velsand', type: 'place' }],
      [{ text: 'outrageous.', speaker: null, kind: 'fragment' }]],
    ['… but a passive names no speaker ("was described as a “…”")', 'Tomas Berg was described by the crews as a "workhorse."', [BERG],
      [{ text: 'workhorse.', speaker: null, kind: 'fragment' }]],
    ['… nor "served as a “…”", with no object between the verb and "as"', 'Tomas Berg served as a "senior adviser" to the port.', [BERG],
      [{ text: 'senior adviser', speaker: null, kind: 'fragment' }]],
    ['… but a said-clause whose subject names no one does not borrow an earlier clause’s speaker', 'The Coastal Party has asked for the figure, and the government has said only that it will come “in due course”.', [{ name: 'Coastal Party', type: 'organization' }],
      [{ text: 'in due course', speaker: null, kind: 'fragment' }]],
  ])('%s', (_label, text, specs, expected) => {
    const input = inputOf(text);
    const quotes = findQuotes(input, entitiesOf(input, specs));
    expect(quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind }))).toEqual(expected);
  });
});
