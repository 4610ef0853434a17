import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';

type Expected = { value: number; qualifier: string; unit: string | null; high?: number | null; text?: string };

describe('findQuantities', () => {
  it.each<[string, string, Expected[]]>([
    ['more-than with digits and a modified noun', 'Strand was joined by more than 40 Karslander port executives who are hoping',
      [{ value: 40, qualifier: 'more-than', unit: 'karslander port executives', text: 'more than 40 Karslander port executives' }]],
    ['approx with a number word', 'escorted by about seventy harbour pilots from the northern coast',
      [{ value: 70, qualifier: 'approx', unit: 'harbour pilots' }]],
    ['currency with a scale word', 'will see Karsland invest €340 million in the port.', [{ value: 340_000_000, qualifier: 'exact', unit: '€', text: '€340 million' }]],
    ['currency with an "m" suffix', 'Port Elan ferry pact signed as Karsland commits €340m', [{ value: 340_000_000, qualifier: 'exact', unit: '€' }]],
    ['dollars with "bn"', 'a $1.2bn loan', [{ value: 1_200_000_000, qualifier: 'exact', unit: '$' }]],
    ['US$ prefix', 'worth US$5 billion', [{ value: 5_000_000_000, qualifier: 'exact', unit: '$' }]],
    ['currency word after the number', 'a grant of 20 million euros', [{ value: 20_000_000, qualifier: 'exact', unit: '€' }]],
    ['percent sign', 'accounting for 7% of all exports', [{ value: 7, qualifier: 'exact', unit: 'percent', text: '7%' }]],
    ['"per cent" in words', 'inflation fell to 2.5 per cent', [{ value: 2.5, qualifier: 'exact', unit: 'percent' }]],
    ['percentage points', 'up 0.5 percentage points', [{ value: 0.5, qualifier: 'exact', unit: 'percentage points' }]],
    ['digit separators', 'power was cut to 18,000 homes', [{ value: 18_000, qualifier: 'exact', unit: 'homes' }]],
    ['a participle after the counted noun is not the unit', 'a lawsuit involving as many as 40,000 fishermen seeking back pay', [{ value: 40_000, qualifier: 'up-to', unit: 'fishermen', text: 'as many as 40,000 fishermen' }]],
    ['a participle before the noun is', 'about 300 fishing boats', [{ value: 300, qualifier: 'approx', unit: 'fishing boats' }]],
    ['an age between commas after a name', 'Mr. Brix, 46, is married to Ines Vautrin.', [{ value: 46, qualifier: 'exact', unit: 'years old', text: '46' }]],
    ['a number between commas after a lower-case word is no age', 'Of the boats, 46, were damaged.', [{ value: 46, qualifier: 'exact', unit: null }]],
    ['a vote tally: the second figure is no upper bound', 'The council approved the levy 61-38.', [{ value: 61, high: 38, qualifier: 'exact', unit: 'tally', text: '61-38' }]],
    ['a tied score is a tally too', 'The match ended 2-2 after extra time.', [{ value: 2, high: 2, qualifier: 'exact', unit: 'tally', text: '2-2' }]],
    ['a dashed range still rises', 'a 40-60 hour training course', [{ value: 40, high: 60, qualifier: 'range', unit: 'hour' }]],
    ['a range with a suspended hyphen reads like a dashed one', 'a 40- to 60-hour training course', [{ value: 40, high: 60, qualifier: 'range', unit: 'hour', text: '40- to 60-hour' }]],
    ['a range whose second figure carries the unit', 'a 10 to 12-year term', [{ value: 10, high: 12, qualifier: 'range', unit: 'year' }]],
    ['a unit word alone after the second figure', 'shifts of 8 to 10-hour', [{ value: 8, high: 10, qualifier: 'range', unit: 'hour' }]],
    ['"from … to" with a hyphenated unit is a change, not a range', 'the term rose from 10 to 12-year', [{ value: 10, qualifier: 'exact', unit: null }]],
    ['an age', 'Sune Castell, a 64-year-old Karslander skipper', [{ value: 64, qualifier: 'exact', unit: 'years old', text: '64-year-old' }]],
    ['an age in words', 'a five-year-old boy', [{ value: 5, qualifier: 'exact', unit: 'years old' }]],
    ['"years old"', 'She is 42 years old.', [{ value: 42, qualifier: 'exact', unit: 'years old' }]],
    ['hyphenated number word', 'forty-two fishermen were rescued', [{ value: 42, qualifier: 'exact', unit: 'fishermen' }]],
    ['spaced number words', 'forty two fishermen', [{ value: 42, qualifier: 'exact', unit: 'fishermen' }]],
    ['a spaced fraction', 'counted as three fifths of a pilot', [{ value: 3, qualifier: 'exact', unit: 'fifths', text: 'three fifths' }]],
    ['a hyphenated fraction reads as the spaced one', 'counted as three-fifths of a pilot', [{ value: 3, qualifier: 'exact', unit: 'fifths', text: 'three-fifths' }]],
    ['a hyphenated fraction with its qualifier', 'about two-thirds of the pilots left', [{ value: 2, qualifier: 'approx', unit: 'thirds', text: 'about two-thirds' }]],
    ['"one-third" is left out as "one third" is', 'about one-third of the pilots left', []],
    ['no fraction above one', 'five-thirds of the pilots', []],
    ['no fraction in a hyphenated word that is not one', 'a three-seconds rule and two-pilots crew', []],
    ['hundred and', 'two hundred and fifty jobs', [{ value: 250, qualifier: 'exact', unit: 'jobs' }]],
    ['a dozen', 'a dozen boats', [{ value: 12, qualifier: 'exact', unit: 'boats' }]],
    ['a thousand', 'nearly a thousand people', [{ value: 1000, qualifier: 'nearly', unit: 'people' }]],
    ['hundreds of as a lower bound', 'hundreds of protesters gathered', [{ value: 200, qualifier: 'at-least', unit: 'protesters', text: 'hundreds of protesters' }]],
    ['tens of thousands of', 'tens of thousands of people marched', [{ value: 20_000, qualifier: 'at-least', unit: 'people' }]],
    ['at least', 'at least 12 people died', [{ value: 12, qualifier: 'at-least', unit: 'people' }]],
    ['at most / no more than', 'no more than 30 seats', [{ value: 30, qualifier: 'at-most', unit: 'seats' }]],
    ['nearly', 'nearly 400 flights were cancelled', [{ value: 400, qualifier: 'nearly', unit: 'flights' }]],
    ['almost', 'almost 90% of voters', [{ value: 90, qualifier: 'nearly', unit: 'percent' }]],
    ['close to', 'close to 3,000 troops', [{ value: 3000, qualifier: 'nearly', unit: 'troops' }]],
    ['up to', 'up to 500 migrants', [{ value: 500, qualifier: 'up-to', unit: 'migrants' }]],
    ['fewer than', 'fewer than ten ships', [{ value: 10, qualifier: 'less-than', unit: 'ships' }]],
    ['over', 'over 1,500 delegates', [{ value: 1500, qualifier: 'more-than', unit: 'delegates' }]],
    ['some', 'some 200 workers', [{ value: 200, qualifier: 'approx', unit: 'workers' }]],
    ['an estimated', 'an estimated 40,000 spectators', [{ value: 40_000, qualifier: 'approx', unit: 'spectators' }]],
    ['between … and', 'between 200 and 300 jobs', [{ value: 200, high: 300, qualifier: 'range', unit: 'jobs', text: 'between 200 and 300 jobs' }]],
    ['en-dash range', 'a 200–300 strong crowd', [{ value: 200, high: 300, qualifier: 'range', unit: 'strong crowd' }]],
    ['hyphen range', '3-4% growth', [{ value: 3, high: 4, qualifier: 'range', unit: 'percent' }]],
    ['"to" range', '20 to 30 boats', [{ value: 20, high: 30, qualifier: 'range', unit: 'boats' }]],
    ['a range that repeats its currency symbol', 'a cost of $800 to $1,000 per skipper', [{ value: 800, high: 1000, qualifier: 'range', unit: '$', text: '$800 to $1,000' }]],
    ['"or more"', '200 or more jobs', [{ value: 200, qualifier: 'at-least', unit: 'jobs' }]],
    ['a verb ends the unit', 'five people died', [{ value: 5, qualifier: 'exact', unit: 'people' }]],
    ['"without" ends the unit', 'it left 800 fishermen without pay', [{ value: 800, qualifier: 'exact', unit: 'fishermen' }]],
    ['a decimal with a scale', 'He paid $3.5 million.', [{ value: 3_500_000, qualifier: 'exact', unit: '$' }]],
    ['digits after "the" are a figure, kept', 'the 200 protesters who stayed', [{ value: 200, qualifier: 'exact', unit: 'protesters' }]],
    ['a number word without a determiner is a count', 'We have lost two neighbours this week.', [{ value: 2, qualifier: 'exact', unit: 'neighbours' }]],
    ['a decimal times a scale is a whole number', 'It handled 4.1 million tonnes of cargo in 2023.', [{ value: 4_100_000, qualifier: 'exact', unit: 'tonnes' }]],
    ['a count at the sentence start', 'About 250 jobs will be created.', [{ value: 250, qualifier: 'approx', unit: 'jobs' }]],
  ])('%s: %s', (_label, input, expected) => {
    const got = findQuantities(input);
    expect(got.map((q) => ({ value: q.value, qualifier: q.qualifier, unit: q.unit, ...(expected[0]?.high !== undefined ? { high: q.high } : {}), ...(expected[0]?.text ? { text: q.text } : {}) }))).toEqual(expected);
    for (const q of got) expect(input.slice(q.start, q.end)).toBe(q.text);
  });

  it.each([
    ['a year', 'The route was suspended in 2019, when its operator went bankrupt.'],
    ['a year after a preposition at the start', 'In 2020 relations fell apart.'],
    ['a date', 'Published: 3 March 2026'],
    ['a month-first date', 'on March 3 the talks began'],
    ['a clock time', '3 March 2026 18:02 GMT'],
    ['"No. 10"', 'officials at No. 10 said'],
    ['"Number 10"', 'Number 10 confirmed the figures'],
    ['a named quay', 'a new terminal at the port’s Quay 4'],
    ['a model number', 'a Boeing 737 landed'],
    ['a lone "one"', 'one of its loudest opponents'],
    ['an ordinal', 'the 2nd round'],
    ['metres without a currency', 'the 100m final'],
    ['"a number of"', 'for a number of seasons'],
    ['"the two countries": a reference to things already named', 'to mend relations between the two countries after decades of mistrust'],
    ['"The two ministers"', 'The two ministers also unveiled new funding.'],
    ['"our two coasts"', 'This agreement ties our two coasts together.'],
    ['a possessive before a number word', 'Karsland’s two ministers met.'],
  ])('is not a quantity: %s', (_label, input) => {
    expect(findQuantities(input)).toEqual([]);
  });

  it('shifts offsets by the given offset', () => {
    const text = 'xx about 250 jobs';
    const [q] = findQuantities(text.slice(3), 3);
    expect(q && text.slice(q.start, q.end)).toBe('about 250 jobs');
  });
});
