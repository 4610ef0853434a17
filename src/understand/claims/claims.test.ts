import { describe, expect, it } from 'vitest';
import { findQuotes } from '../quotes/index.js';
import { entitiesOf, inputOf, timeOf, type EntitySpec } from '../quotes/testing.js';
import { extractClaims } from './index.js';

const SPECS: EntitySpec[] = [
  { name: 'Keir Starmer', type: 'person', forms: ['Starmer'], nominals: ['The UK prime minister'] },
  { name: 'Xi Jinping', type: 'person', forms: ['Xi'] },
  { name: 'Zhao Leji', type: 'person' },
  { name: 'Anneli Strand', type: 'person', forms: ['Strand'] },
  { name: 'Teodor Halloran', type: 'person' },
  { name: 'Downing Street', type: 'organization' },
  { name: 'Beijing', type: 'place' },
  { name: 'China', type: 'place' },
  { name: 'Britain', type: 'place' },
  { name: 'Velsand', type: 'place' },
  { name: 'Karsland', type: 'place' },
  { name: 'Shanghai', type: 'place' },
  { name: 'Customs House', type: 'place', subtype: 'facility' },
];

interface Expected {
  actors?: string[];
  predicate: string;
  negated?: boolean;
  object?: string | null;
  time?: string | null;
  place?: string | null;
  quantities?: string[];
  rankings?: string[];
  attributedTo?: string | null;
  subject?: string | null;
  tense?: string;
}

function claimsOf(text: string, times: [string, string][] = []) {
  const input = inputOf(text, '2026-01-29');
  const entities = entitiesOf(input, SPECS);
  const quotes = findQuotes(input, entities);
  return extractClaims(input, entities, times.map(([surface, value]) => timeOf(input, surface, value)), quotes);
}

function pick(c: ReturnType<typeof claimsOf>[number], e: Expected): Expected {
  const out: Expected = { predicate: c.predicate };
  if (e.actors) out.actors = c.actors;
  if (e.negated !== undefined) out.negated = c.negated;
  if (e.object !== undefined) out.object = c.object;
  if (e.time !== undefined) out.time = c.time?.value ?? null;
  if (e.place !== undefined) out.place = c.place;
  if (e.quantities) out.quantities = c.quantities.map((q) => `${q.qualifier} ${q.value} ${q.unit}`);
  if (e.rankings) out.rankings = c.rankings.map((r) => `${r.rank} ${r.measure} ${r.of}`);
  if (e.attributedTo !== undefined) out.attributedTo = c.attributedTo;
  if (e.subject !== undefined) out.subject = c.subject ?? null;
  if (e.tense) out.tense = c.tense;
  return out;
}

describe('extractClaims', () => {
  it.each<[string, string, [string, string][], Expected[]]>([
    ['subject, verb, object, place and the time closest to the verb', 'British Prime Minister Keir Starmer met Chinese President Xi Jinping in Beijing on Wednesday in a bid to improve ties.', [['on Wednesday', '2026-01-28']],
      [{ actors: ['Keir Starmer'], predicate: 'meet', object: 'Chinese President Xi Jinping', place: 'Beijing', time: '2026-01-28', tense: 'past' }]],
    ['coordinated clauses split and share the subject and time', 'Velsand and Karsland on Monday signed a long-awaited deal and agreed to cut fares.', [['on Monday', '2026-03-02']],
      [{ actors: ['Velsand', 'Karsland'], predicate: 'sign', object: 'a long-awaited deal', time: '2026-03-02' },
        { actors: ['Velsand', 'Karsland'], predicate: 'agree', object: 'to cut fares', time: '2026-03-02' }]],
    ['passive: the agents after "by" are the actors, the subject is the object; a facility is the place', 'The deal was signed at the Customs House by Karsland’s Foreign Minister Anneli Strand and Velsand’s Foreign Minister Teodor Halloran.', [],
      [{ actors: ['Anneli Strand', 'Teodor Halloran'], predicate: 'sign', object: 'The deal', place: 'Customs House' }]],
    ['a reported clause is the speaker’s claim', 'Starmer said he also raised human rights concerns during the meeting.', [],
      [{ actors: ['Keir Starmer'], predicate: 'raise', object: 'human rights concerns', attributedTo: 'Keir Starmer' }]],
    ['"says" frames a clause; the quantity is in it; no entity: the subject words are kept', 'The harbour authority says the new ferry terminal will create about 250 jobs.', [],
      [{ actors: [], subject: 'the new ferry terminal', predicate: 'create', object: 'about 250 jobs', quantities: ['approx 250 jobs'], attributedTo: 'The harbour authority', tense: 'future' }]],
    ['"according to X" attributes the sentence; "are set to sign" is a future sign', 'According to Downing Street, Britain and China are set to sign a cooperation agreement aimed at disrupting supply chains.', [],
      [{ actors: ['Britain', 'China'], predicate: 'sign', object: 'a cooperation agreement', attributedTo: 'Downing Street', tense: 'future' }]],
    ['negation with "did not"', 'Starmer did not meet Xi in 2024.', [['in 2024', '2024']],
      [{ actors: ['Keir Starmer'], predicate: 'meet', negated: true, object: 'Xi', time: '2024' }]],
    ['negation with "is not expected to"', 'Lammy’s visit is not expected to yield major diplomatic agreements.', [],
      [{ predicate: 'yield', negated: true, subject: 'Lammy’s visit', object: 'major diplomatic agreements', tense: 'future' }]],
    ['a copula claim with a ranking and a percentage', 'China is Britain’s sixth-largest trading partner, accounting for 5% of total trade.', [],
      [{ actors: ['China'], predicate: 'be', object: 'Britain’s sixth-largest trading partner', quantities: ['exact 5 percent'], rankings: ['6 largest trading partner'] }]],
    ['a nominal mention is the actor', 'The UK prime minister earlier on Thursday met Zhao Leji, the head of China’s rubber-stamp parliament.', [['on Thursday', '2026-01-29']],
      [{ actors: ['Keir Starmer'], predicate: 'meet', object: 'Zhao Leji', time: '2026-01-29' }]],
    ['a pronoun subject resolves to the previous sentence’s subject', 'Starmer will make a quick stop in Japan. He is also scheduled to visit Shanghai on Friday.', [['on Friday', '2026-01-30']],
      [{ actors: ['Keir Starmer'], predicate: 'make', object: 'a quick stop' },
        { actors: ['Keir Starmer'], predicate: 'visit', object: 'Shanghai', place: 'Shanghai', time: '2026-01-30', tense: 'future' }]],
    ['a motion verb takes its place after "to"', 'Starmer traveled to Beijing on Wednesday.', [['on Wednesday', '2026-01-28']],
      [{ actors: ['Keir Starmer'], predicate: 'travel', object: null, place: 'Beijing', time: '2026-01-28' }]],
    ['a direct quote’s sentence is the speaker’s claim; the attribution itself is not a claim', '“This agreement ties our two coasts together for a generation,” Strand said.', [],
      [{ subject: 'This agreement', predicate: 'tie', object: 'our two coasts together', attributedTo: 'Anneli Strand', tense: 'present' }]],
    ['an agentless claim kept for its ranking and quantity', 'It was the first visit by a British prime minister to China in eight years.', [],
      [{ actors: [], predicate: 'be', object: 'the first visit', rankings: ['1 order visit'], quantities: ['exact 8 years'] }]],
    ['a speech verb with a relative clause after a comma keeps its scope', 'After approving plans, which critics claim may be used to spy, the British government has also encountered strong local opposition.', [],
      [{ subject: 'the British government', predicate: 'encounter', object: 'strong local opposition', attributedTo: null }]],
  ])('%s', (_label, text, times, expected) => {
    const claims = claimsOf(text, times);
    expect(claims.map((c, k) => pick(c, expected[k] ?? { predicate: '' }))).toEqual(expected);
    for (const c of claims) {
      expect(text).toContain(c.evidence);
      if (c.object) expect(c.evidence).toContain(c.object);
    }
  });

  it.each([
    ['a lone attribution', '“We agree,” Strand said.'],
    ['a relative clause on a thing', 'It is a topic that has fueled rising support.'],
    ['an adjective after "and" is not a verb', 'Britain wants a more mature and balanced relationship.'],
    ['a participle after a determiner is not a verb', 'The signed agreement.'],
    ['a non-finite "after being convicted"', 'He faces years in prison after being convicted.'],
  ])('makes no claim of %s', (_label, text) => {
    const claims = claimsOf(text);
    expect(claims.filter((c) => ['say', 'fuel', 'balance', 'sign', 'convict'].includes(c.predicate))).toEqual([]);
  });

  it('numbers claims c1, c2, … in text order and copies the sentence as evidence', () => {
    const claims = claimsOf('Starmer met Xi in Beijing. Velsand signed a deal.');
    expect(claims.map((c) => [c.id, c.sentence, c.evidence])).toEqual([
      ['c1', 0, 'Starmer met Xi in Beijing.'],
      ['c2', 1, 'Velsand signed a deal.'],
    ]);
  });
});
