// Datelines: the place is read off the first paragraph and the sentence after it is kept whole.
import { describe, expect, it } from 'vitest';
import { namedPlaces, readDateline } from './dateline.js';

type Expected = { place: string; wire: string | null; text: string; rest: string } | null;

describe('readDateline', () => {
  const table: Array<[label: string, input: string, expected: Expected]> = [
    ['two capitals, em dash', 'NAIROBI/GENEVA — The World Health Organization said on Monday…',
      { place: 'NAIROBI/GENEVA', wire: null, text: 'NAIROBI/GENEVA —', rest: 'The World Health Organization said on Monday…' }],
    ['known city, colon', 'Lagos: Nigeria’s central bank raised rates again.',
      { place: 'Lagos', wire: null, text: 'Lagos:', rest: 'Nigeria’s central bank raised rates again.' }],
    ['seed 000', 'Beijing: Chinese Premier Li Qiang received a delegation of Dutch investors.',
      { place: 'Beijing', wire: null, text: 'Beijing:', rest: 'Chinese Premier Li Qiang received a delegation of Dutch investors.' }],
    ['wire credit', 'LONDON (Reuters) - Britain’s economy grew 0.1% in the third quarter.',
      { place: 'LONDON', wire: 'Reuters', text: 'LONDON (Reuters) -', rest: 'Britain’s economy grew 0.1% in the third quarter.' }],
    ['wire credit and date', 'BEIJING, Jan 29 (Xinhua) -- China’s exports rose 5% last month.',
      { place: 'BEIJING', wire: 'Xinhua', text: 'BEIJING, Jan 29 (Xinhua) --', rest: 'China’s exports rose 5% last month.' }],
    ['place with region', 'WASHINGTON, D.C. — The Senate voted on Tuesday.',
      { place: 'WASHINGTON, D.C.', wire: null, text: 'WASHINGTON, D.C. —', rest: 'The Senate voted on Tuesday.' }],
    ['two-word city', 'HONG KONG — The city’s stock index fell 2% on Monday.',
      { place: 'HONG KONG', wire: null, text: 'HONG KONG —', rest: 'The city’s stock index fell 2% on Monday.' }],
    ['CNN style', 'Beijing (CNN) — A Dutch trade mission arrived on Monday.',
      { place: 'Beijing', wire: 'CNN', text: 'Beijing (CNN) —', rest: 'A Dutch trade mission arrived on Monday.' }],
    // Hard cases: look like datelines, are not.
    ['speech attribution', 'Strand added: “We came to finish the work…”', null],
    ['run-in label', 'Ferry plans: After the old operator went bankrupt in 2019…', null],
    ['section label', 'Analysis: China is playing a long game.', null],
    ['capitalised label', 'EXCLUSIVE: Britain to sign pact with China.', null],
    ['ALL-CAPS colon label', 'SUMMARY: The pact covers small boat engines.', null],
    ['ALL-CAPS known city with colon', 'NEW DELHI: India said on Monday it would respond.',
      { place: 'NEW DELHI', wire: null, text: 'NEW DELHI:', rest: 'India said on Monday it would respond.' }],
    ['capitalised two-word label', 'BREAKING NEWS: Starmer lands in Beijing.', null],
    ['US wire date and AP', 'KYIV, Ukraine, Oct. 18 (AP) — Russia launched drones overnight.',
      { place: 'KYIV, Ukraine', wire: 'AP', text: 'KYIV, Ukraine, Oct. 18 (AP) —', rest: 'Russia launched drones overnight.' }],
    ['plain sentence', 'Velsand and Karsland moved closer to a ferry deal on Friday.', null],
    ['colon without a sentence after it', 'Beijing: a city of contrasts', null],
    ['unknown place in Title case', 'Springfield: The mayor resigned.', null],
  ];
  it.each(table)('%s: %j', (_label, input, expected) => {
    const d = readDateline(input);
    expect(d ? { place: d.place, wire: d.wire, text: d.text, rest: input.slice(d.restOffset) } : null).toEqual(expected);
  });
});

describe('readDateline with places the batch vouches for', () => {
  const batch = new Set(['springfield', 'port royal']);
  const isPlace = (p: string): boolean => batch.has(p);
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['vouched place, colon', 'Springfield: The mayor resigned on Monday.', 'Springfield'],
    ['vouched two-word place, dash', 'Port Royal — The harbour reopened on Tuesday.', 'Port Royal'],
    // Hard cases: a vouched list does not make other words places.
    ['unvouched place', 'Shelbyville: The mayor resigned.', null],
    ['section label', 'Analysis: China is playing a long game.', null],
    ['mid-sentence attribution', 'Springfield said: “We will rebuild.”', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(readDateline(input, isPlace)?.place ?? null).toBe(expected);
  });
});

describe('namedPlaces', () => {
  const table: Array<[label: string, input: string, expected: string[]]> = [
    ['after "in"', 'The shipyard in Springfield hired 40 welders.', ['springfield']],
    ['two words and a possessive', 'Prices in Port Royal’s market rose.', ['port royal']],
    ['several', 'Talks in Springfield and a vote in Shelbyville.', ['springfield', 'shelbyville']],
    // Hard cases: capitalised words after "in" that are no places.
    ['a month', 'The talks began in December 2024.', []],
    ['a day', 'The vote is in Tuesday’s session.', []],
    ['sentence-initial "In"', 'In Springfield, nobody voted.', []],
    ['inside a word', 'The within Springfield clause.', []],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect([...namedPlaces(input)]).toEqual(expected);
  });
});
