// Measures that describe a thing (measures.ts): the unit is the measure word, the noun is what it measures.
import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.js';

const read = (text: string) => findQuantities(text).map((q) => ({ text: q.text, value: q.value, high: q.high, unit: q.unit, measureOf: q.measureOf ?? null }));

describe('measures that describe a thing', () => {
  it.each<[string, string, { text: string; value: number; high?: number | null; unit: string; measureOf: string | null }]>([
    ['a hyphenated measure before its noun', 'The board released a 225-page report on the ferry.', { text: '225-page', value: 225, unit: 'page', measureOf: 'report' }],
    ['a count of people in a body', 'The plan came from a 12-person task force.', { text: '12-person', value: 12, unit: 'person', measureOf: 'task force' }],
    ['a measure in words', 'He would serve a six-year term.', { text: 'six-year', value: 6, unit: 'year', measureOf: 'term' }],
    ['a count of people in words', 'a five-member board', { text: 'five-member', value: 5, unit: 'member', measureOf: 'board' }],
    ['a scale word carries the hyphen', 'the 37 million-member pensioners’ league', { text: '37 million-member', value: 37_000_000, unit: 'member', measureOf: 'pensioners' }],
    ['a suspended range', 'Skippers must take a 40- to 60-hour safety course.', { text: '40- to 60-hour', value: 40, high: 60, unit: 'hour', measureOf: 'safety course' }],
    ['a dashed range before a singular measure word', 'Velsand wants a 40-60 hour safety program for skippers.', { text: '40-60 hour', value: 40, high: 60, unit: 'hour', measureOf: 'safety program' }],
    ['a measure "of" a thing', 'pilots who go through 40 to 60 hours of training', { text: '40 to 60 hours', value: 40, high: 60, unit: 'hours', measureOf: 'training' }],
    ['a measure "per" a thing', 'a safety program, 40-60 hours per person, for every skipper', { text: '40-60 hours', value: 40, high: 60, unit: 'hours', measureOf: 'per person' }],
    ['a qualifier before a hyphenated measure', 'a nearly 700-page bill', { text: 'nearly 700-page', value: 700, unit: 'page', measureOf: 'bill' }],
  ])('%s: %s', (_label, input, expected) => {
    expect(read(input)).toEqual([{ high: null, ...expected }]);
  });

  it.each([
    ['a count, not a measure: "200 harbour pilots"', '200 harbour pilots', { unit: 'harbour pilots', measureOf: null }],
    ['how long a happening lasted', 'the talks went on for 35 days', { unit: 'days', measureOf: null }],
    ['an age stays an age', 'his 6-year-old son', { unit: 'years old', measureOf: null }],
    ['a number word with a hyphen is a number', 'forty-two fishermen', { unit: 'fishermen', measureOf: null }],
  ])('%s', (_label, input, expected) => {
    expect(read(input).map((q) => ({ unit: q.unit, measureOf: q.measureOf }))).toEqual([expected]);
  });

  it.each([
    ['"30-odd" is no measure', 'a 30-odd crew'],
    ['"200-strong" counts, it does not measure', 'a 200-strong crowd'],
    ['a calibre after a decimal point', 'a .45-caliber pistol'],
    ['a measure with no noun after it', 'the report ran to 225-page.'],
    ['a number word in an idiom', 'a one-time payment for a two-state solution on a two-way street'],
  ])('reads no measure: %s', (_label, input) => {
    expect(read(input).filter((q) => q.measureOf !== null)).toEqual([]);
  });
});
