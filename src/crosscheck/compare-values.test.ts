import { describe, expect, it } from 'vitest';
import type { Quantity } from '../core/annotations.js';
import { compareRoles, datesCompatible, dayInterval, hasChangingCue, isoDay, parseRole, quantitiesCompatible, quantityEntails, quantityRange } from './compare-values.js';

const q = (text: string, value: number, qualifier: Quantity['qualifier'], high: number | null = null) => ({ text, value, qualifier, high });

describe('dates', () => {
  it('reads a day, a day with a time of day, a week, a month and a year as spans of days', () => {
    expect(dayInterval('2026-03-03')).toMatchObject({ precision: 'day' });
    expect(dayInterval('2026-03-04TEV')).toEqual(dayInterval('2026-03-04'));
    const week = dayInterval('2026-W10')!;
    expect([isoDay(week.first), isoDay(week.last)]).toEqual(['2026-03-02', '2026-03-08']);
    const month = dayInterval('2026-02')!;
    expect([isoDay(month.first), isoDay(month.last)]).toEqual(['2026-02-01', '2026-02-28']);
    expect(dayInterval('2019')).toMatchObject({ precision: 'year' });
  });

  it('keeps days within four-digit years: past 9999-12-31 is 9999-12-31 (found by fuzzing: "+010000-01" broke a story)', () => {
    const last = dayInterval('9999-12-31')!.first;
    expect([isoDay(last), isoDay(last + 21), isoDay(dayInterval('0000-01-01')!.first - 7)]).toEqual(['9999-12-31', '9999-12-31', '0000-01-01']);
  });

  it('reads the years 0–99 as written, not as 1900–1999', () => {
    expect(isoDay(dayInterval('0050-03-01')!.first)).toBe('0050-03-01');
    expect(datesCompatible(dayInterval('0050')!, dayInterval('1950')!)).toBe(false);
  });

  it('has no span for durations, references, seasons or unresolved dates', () => {
    for (const v of ['P5Y', 'PRESENT_REF', '2026-SU', 'XXXX-WXX-2', '201']) expect(dayInterval(v)).toBeNull();
  });

  it('does not count a difference of precision as a conflict ("in 2019" and "in March 2019")', () => {
    expect(datesCompatible(dayInterval('2019')!, dayInterval('2019-03')!)).toBe(true);
    expect(datesCompatible(dayInterval('2026-W10')!, dayInterval('2026-03-03')!)).toBe(true);
  });

  it('finds two different days for one event incompatible', () => {
    expect(datesCompatible(dayInterval('2026-03-02')!, dayInterval('2026-03-03')!)).toBe(false);
    expect(datesCompatible(dayInterval('2019')!, dayInterval('2020-01')!)).toBe(false);
  });
});

describe('figures', () => {
  it('lets "more than 200" and "about 250" both hold', () => {
    expect(quantitiesCompatible(q('more than 200', 200, 'more-than'), q('about 250', 250, 'approx'))).toBe(true);
  });

  it('does not let two exact figures that differ both hold (€340 million against €430 million)', () => {
    expect(quantitiesCompatible(q('€340 million', 340e6, 'exact'), q('€430 million', 430e6, 'exact'))).toBe(false);
  });

  it('takes a stated figure as rounded to its last digit ("5.6 million" holds for 5,62 million; "€340 million" for 340.2 million)', () => {
    expect(quantitiesCompatible(q('5.6 million', 5.6e6, 'exact'), q('5.62 million', 5.62e6, 'exact'))).toBe(true);
    expect(quantitiesCompatible(q('€340 million', 340e6, 'exact'), q('€340.2 million', 340.2e6, 'exact'))).toBe(true);
    expect(quantitiesCompatible(q('12', 12, 'exact'), q('13', 13, 'exact'))).toBe(false);
  });

  it.each([
    ['one decimal apart', '$3.5 billion', 3.5e9, 'exact', '$3.6 billion', 3.6e9, 'exact', false],
    ['"about" a decimal figure is rounded to that decimal', '$3.5 billion', 3.5e9, 'exact', 'about $3.6 billion', 3.6e9, 'approx', false],
    ['"about" a decimal figure holds its own rounding', '3.62 million', 3.62e6, 'exact', 'about 3.6 million', 3.6e6, 'approx', true],
    ['"about" a round figure keeps 10%', '235', 235, 'exact', 'about 250', 250, 'approx', true],
    ['a point at a bound holds', '40', 40, 'exact', 'up to 40', 40, 'up-to', true],
    ['edges of two roundings touching in floating point', '0.3 million', 0.3e6, 'exact', '0.2 million', 0.2e6, 'exact', false],
  ] as const)('figures whose ranges only touch at a rounding edge are two figures (%s)', (_label, ta, va, qa, tb, vb, qb, expected) => {
    expect(quantitiesCompatible(q(ta, va, qa), q(tb, vb, qb))).toBe(expected);
    expect(quantitiesCompatible(q(tb, vb, qb), q(ta, va, qa))).toBe(expected);
  });

  it.each([
    ['two stated maxima that differ', 'as many as 1.2 million', 1.2e6, 'up to 1.3 million', 1.3e6, false],
    ['two stated maxima alike to their rounding', 'up to 1.2 million', 1.2e6, 'as many as 1.24 million', 1.24e6, true],
    ['one maximum the same', 'up to 40', 40, 'as many as 40', 40, true],
  ] as const)('reads two "up to" / "as many as" figures of one count as two stated maxima (%s)', (_label, ta, va, tb, vb, expected) => {
    expect(quantitiesCompatible(q(ta, va, 'up-to'), q(tb, vb, 'up-to'))).toBe(expected);
    expect(quantitiesCompatible(q(tb, vb, 'up-to'), q(ta, va, 'up-to'))).toBe(expected);
  });

  it('lets bounds that only bound a count both hold ("no more than 120" / "at most 150")', () => {
    expect(quantitiesCompatible(q('no more than 120', 120, 'at-most'), q('at most 150', 150, 'at-most'))).toBe(true);
    expect(quantitiesCompatible(q('up to 150', 150, 'up-to'), q('no more than 120', 120, 'at-most'))).toBe(true);
  });

  it('gives ranges, upper bounds and "nearly" their spans', () => {
    expect(quantityRange(q('between 200 and 300', 200, 'range', 300))).toEqual([200, 300]);
    expect(quantitiesCompatible(q('up to 140', 140, 'up-to'), q('120', 120, 'exact'))).toBe(true);
    expect(quantitiesCompatible(q('nearly 50', 50, 'nearly'), q('60', 60, 'exact'))).toBe(false);
    expect(quantitiesCompatible(q('fewer than 100', 100, 'less-than'), q('about 150', 150, 'approx'))).toBe(false);
  });

  it.each([
    ['"hundreds of thousands" holds 800,000', q('hundreds of thousands of workers', 200_000, 'at-least'), q('800,000 workers', 800_000, 'exact'), true],
    ['"hundreds of" holds 900', q('hundreds of protesters', 200, 'at-least'), q('900 protesters', 900, 'exact'), true],
    ['"hundreds of" does not hold 2,000', q('hundreds of protesters', 200, 'at-least'), q('2,000 protesters', 2000, 'exact'), false],
    ['"at least 200" stays a bound near its figure', q('at least 200 protesters', 200, 'at-least'), q('900 protesters', 900, 'exact'), false],
  ] as const)('reads a vague plural up to the next order of magnitude: %s', (_label, a, b, expected) => {
    expect(quantitiesCompatible(a, b)).toBe(expected);
  });

  it('knows the words that mark a figure as a moving state', () => {
    expect(hasChangingCue('About 3,000 homes were still without power on Tuesday.')).toBe(true);
    expect(hasChangingCue('The fund will invest €340 million.')).toBe(false);
  });
});

describe('roles', () => {
  it('reads a title and its organisation from the ways articles word a role', () => {
    expect(parseRole('chair of the Port Elan Harbour Authority')).toMatchObject({ title: 'chair', organisation: 'port elan harbour authority', recognised: true });
    expect(parseRole('the harbour authority’s chief executive')).toMatchObject({ title: 'chief executive', organisation: 'harbour authority' });
    expect(parseRole('then Karsland’s trade minister')).toMatchObject({ title: 'trade minister', former: true });
    expect(parseRole('her Velsand counterpart').recognised).toBe(false);
  });

  it('calls chair against chief executive of one authority a conflict', () => {
    expect(compareRoles(parseRole('chair of the Port Elan Harbour Authority'), parseRole('the harbour authority’s chief executive'))).toBe('conflicting');
  });

  it('calls complementary roles compatible and one title in other words the same', () => {
    expect(compareRoles(parseRole('British Prime Minister'), parseRole('Labour leader'))).toBe('compatible');
    expect(compareRoles(parseRole('the opposition’s transport spokeswoman'), parseRole('transport spokeswoman of the opposition Coastal Party'))).toBe('same');
    expect(compareRoles(parseRole('Mayor'), parseRole('the town’s mayor'))).toBe('same');
    expect(compareRoles(parseRole('chairwoman'), parseRole('chair of the board'))).toBe('same');
  });

  it('never compares a former role with a current one', () => {
    expect(compareRoles(parseRole('then Karsland’s trade minister'), parseRole('Karsland’s Foreign Minister'))).toBe('unrelated');
  });

  it('does not call posts in two different organisations a conflict', () => {
    expect(compareRoles(parseRole('chair of the Lindor Rowing Club'), parseRole('chief executive of Brekka Line'))).toBe('compatible');
  });
});

describe('titles in other words', () => {
  it('takes "UK prime minister", "British Prime Minister" and "the first UK prime minister" for one title', () => {
    expect(compareRoles(parseRole('UK prime minister'), parseRole('British Prime Minister'))).toBe('same');
    expect(compareRoles(parseRole('Chinese President'), parseRole('President'))).toBe('same');
  });

  it('does not take a deputy for the post itself', () => {
    expect(compareRoles(parseRole('Deputy Prime Minister'), parseRole('Prime Minister'))).toBe('compatible');
  });
});

describe('every value is compatible with itself, whatever its text', () => {
  // Real pages give the extractor figures a ledger must survive: a group is split around its main value,
  // and a value that did not hold beside itself sent that split round for ever (a stack overflow).
  const odd: [label: string, quantity: ReturnType<typeof q>][] = [
    ['a huge float', q('1e308', 1e308, 'exact')],
    ['zero', q('0', 0, 'exact')],
    ['zero with "more than"', q('more than 0', 0, 'more-than')],
    ['not a number', q('NaN', Number.NaN, 'exact')],
    ['infinity', q('1e999', Number.POSITIVE_INFINITY, 'approx')],
    ['a sextillion with separators', q('1,000,000,000,000,000,000,000', 1e21, 'exact')],
    ['a fraction sign', q('½', 0.5, 'exact')],
    ['a negative figure', q('-3', -3, 'exact')],
    ['a negative figure, approximately', q('about -30', -30, 'approx')],
    ['a negative figure with "more than"', q('more than -3', -3, 'more-than')],
    ['a negative figure with "fewer than"', q('fewer than -3', -3, 'less-than')],
    ['a fraction in words', q('two-thirds', 2 / 3, 'exact')],
    ['nearly a negative figure', q('nearly -40', -40, 'nearly')],
    ['a reversed range', q('between 300 and 200', 300, 'range', 200)],
    ['a range without an upper end', q('between 300 and', 300, 'range', Number.NaN)],
  ];
  it.each(odd)('%s', (_label, quantity) => {
    const [low, high] = quantityRange(quantity);
    expect(low).toBeLessThanOrEqual(high);
    expect(quantitiesCompatible(quantity, quantity)).toBe(true);
  });

  it('lets an unreadable figure contradict nothing', () => {
    expect(quantitiesCompatible(q('NaN', Number.NaN, 'exact'), q('12', 12, 'exact'))).toBe(true);
  });

  it('still tells two different negative figures apart', () => {
    expect(quantitiesCompatible(q('-3', -3, 'exact'), q('-7', -7, 'exact'))).toBe(false);
  });

  it.each(['2026-03-03', '2026-W10', '2026-02', '2019', '0000', '9999-12-31'])('date %s', (value) => {
    const interval = dayInterval(value)!;
    expect(datesCompatible(interval, interval)).toBe(true);
  });

  it.each(['chair of the board', 'her counterpart', 'then trade minister', 'Prime Minister'])('role %s', (role) => {
    expect(compareRoles(parseRole(role), parseRole(role))).not.toBe('conflicting');
  });
});

describe('quantityEntails: an exact figure inside a bound states the bound too', () => {
  it.each([
    ['41 is more than 40', q('41', 41, 'exact'), q('more than 40', 40, 'more-than'), true],
    ['1,212 is at least 1,200', q('1,212', 1212, 'exact'), q('at least 1,200', 1200, 'at-least'), true],
    ['a round 800,000 may be fewer than "more than 800,000"', q('800,000', 800_000, 'exact'), q('more than 800,000', 800_000, 'more-than'), false],
    ['"about sixty" states no bound of its own', q('61', 61, 'exact'), q('about sixty', 60, 'approx'), false],
    ['39 is not more than 40', q('39', 39, 'exact'), q('more than 40', 40, 'more-than'), false],
    ['a bound does not state an exact figure', q('more than 40', 40, 'more-than'), q('41', 41, 'exact'), false],
  ])('%s', (_label, a, b, expected) => {
    expect(quantityEntails(a, b)).toBe(expected);
  });
});
