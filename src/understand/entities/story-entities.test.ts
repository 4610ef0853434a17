// Specification of a story's entity list: each outlet's entities merged into one entry per entity, with
// the fullest name, the type most outlets gave, every form as an alias and every role (issue 13).
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences.js';
import { findEntities } from './index.js';
import { mergeStoryEntities, type StoryEntity } from './story-entities.js';

/** The story entities of one invented article per outlet. */
function story(...texts: string[]): StoryEntity[] {
  return mergeStoryEntities(texts.map((text, i) => ({
    id: `a${i + 1}`,
    entities: findEntities({ text, sentences: splitSentences(text), headings: [], reference: null, dateline: null }),
  })));
}
const named = (entities: StoryEntity[], name: string): StoryEntity | undefined => entities.find((e) => e.name === name);

describe('one entity per person across outlets', () => {
  it('joins a middle initial, the plain name and the family name, and adds the family name as an alias', () => {
    const found = story('Former Senator Scott P. Brellin, a Republican, may run.', 'Former Sen. Scott Brellin has not said what he will do.', 'Mr. Brellin has high name recognition.');
    const brewer = named(found, 'Scott Brellin');
    expect(brewer?.type).toBe('person');
    expect(brewer?.aliases).toEqual(expect.arrayContaining(['Scott P. Brellin', 'Mr. Brellin', 'Brellin']));
    expect(brewer?.roles).toEqual(expect.arrayContaining(['Senator', 'a Republican']));
    expect(brewer?.articleIds).toEqual(['a1', 'a2', 'a3']);
    expect(found.filter((e) => /Brellin/.test(e.name))).toHaveLength(1);
  });

  // Issue 13: the name a quote's speaker gets is the plain one an outlet wrote, its other forms aliases.
  it.each([
    ['a nickname without the middle initial over the formal name with it', ['Rep. Robert W. Haldane, Republican of Virginia, spoke.', 'Rep. Bob Haldane, R-Va., spoke first.'], 'Bob Haldane', 'Robert W. Haldane'],
    ['the name without a generational suffix', ['Jesse Lund Jr. argued the case.', 'Jesse Lund argued for the company.'], 'Jesse Lund', 'Jesse Lund Jr.'],
    ['the name most outlets write, even with a middle initial', ['Scott P. Brellin may run.', 'Scott P. Brellin has not said.', 'Scott Brellin is popular.'], 'Scott P. Brellin', 'Scott Brellin'],
    ['the middle name an outlet writes over a leading initial', ['Chief executive A. Barry Rook said on Monday that the group would act.', 'Barry Rook, the chief executive, spoke.', 'Mr. Rook left.'], 'Barry Rook', 'A. Barry Rook'],
    ['the only full form, initials and all, over a family name alone', ['Joseph R. Holm Jr. spoke.', 'Holm left early.'], 'Joseph R. Holm Jr.', 'Holm'],
  ])('names a person by %s', (_label, texts, name, alias) => {
    const found = story(...texts);
    expect(named(found, name)?.aliases).toContain(alias);
  });

  it('gives a family name two persons share only to the one an outlet wrote it for', () => {
    const found = story('Mark Rossi, whose son, Jamie Rossi, was hurt, spoke. Mark Rossi praised the report.', 'On Monday, Mr. Rossi praised the group for its work.');
    expect(named(found, 'Mark Rossi')?.aliases).toEqual(expect.arrayContaining(['Rossi', 'Mr. Rossi']));
    expect(named(found, 'Jamie Rossi')?.aliases ?? []).not.toContain('Rossi');
  });

  it('gives a person named once the family name as an alias', () => {
    expect(named(story('Rep. Zara Lindqvist (D-Ore.) said the bill was historic.'), 'Zara Lindqvist')?.aliases).toContain('Lindqvist');
  });

  it('keeps two people of one family apart and gives a bare family name to the one mentioned most', () => {
    const found = story(
      'Ida Reyes, whose son, Eli Reyes, was hurt, spoke to reporters. Ida Reyes said she wanted answers.',
      'Mrs. Reyes praised the report. Ida Reyes thanked the nurses.',
    );
    expect(named(found, 'Ida Reyes')?.aliases).toContain('Mrs. Reyes');
    expect(named(found, 'Eli Reyes')?.aliases).not.toContain('Mrs. Reyes');
  });

  it('joins a family name misspelt by one letter to the one person it nearly names', () => {
    const found = story('Former Rep. Asa Hollings released the report.', 'Technically, Mr. Holings’s task force is independent.');
    expect(named(found, 'Asa Hollings')?.aliases).toContain('Mr. Holings');
  });
});

describe('one entity per organisation across outlets', () => {
  it('joins a company’s short form, even one read as a place ("against Harlow"), to its full name', () => {
    const found = story('A lawsuit against Harlow may soon be dismissed.', 'Harlow Stores Inc. is the country’s largest retailer.', 'Harlow Stores, the largest employer, declined to comment.');
    const harlow = found.find((e) => e.aliases.includes('Harlow'));
    expect(harlow?.type).toBe('organization');
    expect(harlow?.aliases).toEqual(expect.arrayContaining(['Harlow', 'Harlow Stores']));
    expect(found.filter((e) => e.name === 'Harlow')).toEqual([]);
  });

  it('joins an acronym written in one outlet to the name spelt out in another', () => {
    const found = story('A report by the National Harbour Pilots Association came out.', 'NHPA said the rules were unsafe.');
    expect(named(found, 'National Harbour Pilots Association')?.aliases).toContain('NHPA');
    expect(found.some((e) => e.name === 'NHPA')).toBe(false);
  });

  it('joins a newspaper’s last word to its name, with "the" as written', () => {
    const found = story('The Valeport Ledger first reported the plan on Friday.', 'The talks stalled, the Ledger reported.');
    expect(named(found, 'Valeport Ledger')?.aliases).toEqual(expect.arrayContaining(['Ledger', 'the Ledger']));
  });

  it('joins two spellings of a country before one court, both written short the same way', () => {
    const found = story('The states asked the United States Supreme Court to act. The Supreme Court may take the case.', 'They filed suit in the U.S. Supreme Court. It went to the Supreme Court directly.');
    expect(found.filter((e) => /Supreme Court/.test(e.name))).toHaveLength(1);
  });

  it('does not join a place the gazetteer knows to a person of that name', () => {
    const found = story('Talks were held in Jordan on Monday.', 'Michael Jordan was not there.');
    expect(named(found, 'Jordan')?.type).toBe('place');
    expect(named(found, 'Michael Jordan')?.aliases).not.toContain('Jordan');
  });
});
