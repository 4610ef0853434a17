// Publication dates as readers and the cleaner find them, written as ISO without inventing a missing year.

import { describe, expect, it } from 'vitest';
import { dateFromFileName, isCalendarDay, normalizeDate, parseLeadingDate } from './dates.js';

describe('normalizeDate', () => {
  const cases: [string, unknown, string | null][] = [
    ['ISO date', '2026-01-29', '2026-01-29'],
    ['ISO datetime with offset kept', '2026-01-29T10:00:00+01:00', '2026-01-29T10:00:00+01:00'],
    ['SQL-style datetime', '2026-01-29 10:00:00', '2026-01-29T10:00:00'],
    ['impossible ISO date', '2026-02-30', null],
    ['RSS RFC 822 in GMT', 'Thu, 29 Jan 2026 10:00:00 GMT', '2026-01-29T10:00:00Z'],
    ['RFC 822 late evening in New York keeps its own calendar day', 'Thu, 29 Jan 2026 23:30:00 -0500', '2026-01-29T23:30:00-05:00'],
    ['written-out date', 'January 29, 2026', '2026-01-29'],
    ['day-month-year', '29 January 2026', '2026-01-29'],
    ['epoch seconds', 1769680800, '2026-01-29T10:00:00Z'],
    ['epoch milliseconds', 1769680800000, '2026-01-29T10:00:00Z'],
    ['epoch seconds as a string', '1769680800', '2026-01-29T10:00:00Z'],
    ['no year: not completed from today', '29 January', null],
    ['relative: not resolved against today', 'yesterday', null],
    ['not a date', 'Breaking news', null],
    ['empty', '', null],
    ['an object', { date: '2026-01-29' }, null],
    // Found by fuzzing: "Invalid time value" thrown out of the JSON reader.
    ['an epoch number past the last date a Date holds', 1e308, null],
    ['a negative epoch number past the first', -1e308, null],
    ['epoch milliseconds of the year -1', -62198755200000, null],
    ['a year of five digits', '10000-01-01', null],
    ['a signed year is written with four digits (chrono reads "-0001" as the year 1)', '-0001-01-01', '0001-01-01'],
  ];
  it.each(cases)('%s: %j → %j', (_label, input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });
});

describe('dateFromFileName', () => {
  it.each([
    ['2026-01-29-starmer-visit.txt', '2026-01-29'],
    ['20260129_x.txt', '2026-01-29'],
    ['x_2026_01_29.html', '2026-01-29'],
    ['2026-01-29T10-00.json', '2026-01-29'],
    ['dir/2026-01-29/story.txt', null],
    ['2026-13-01.txt', null],
    ['2026-01_29.txt', null],
    ['1769680800.txt', null],
  ])('%s → %s', (name, expected) => {
    expect(dateFromFileName(name)).toBe(expected);
  });
});

describe('parseLeadingDate', () => {
  const table: Array<[label: string, input: string, expected: string | null]> = [
    ['ISO date', '2026-01-29', '2026-01-29'],
    ['date with time and zone', '14 July 2025 10:32 BST', '2025-07-14T10:32+01:00'],
    ['US style with a.m. and ET', 'July 14, 2025 at 10:32 a.m. ET', '2025-07-14T10:32-04:00'],
    ['ISO datetime in UTC', '2026-01-29T10:32:00Z', '2026-01-29T10:32:00Z'],
    ['date, separator, time', 'Jan 29, 2026 | 10:32 AM', '2026-01-29T10:32'],
    ['weekday and British time', 'Wednesday 29 January 2026 14.05 GMT', '2026-01-29T14:05Z'],
    ['no year: never invented', '14 July', null],
    ['relative: never invented', '2 hours ago', null],
    ['month only', 'January 2026', null],
    ['words before the date', 'the summit of 14 July 2025', null],
  ];
  it.each(table)('%s: %j → %j', (_label, input, expected) => {
    expect(parseLeadingDate(input)?.iso ?? null).toBe(expected);
  });
});

describe('isCalendarDay', () => {
  it.each([
    ['an ordinary day', 2026, 1, 29, true],
    ['29 February of a leap year', 2024, 2, 29, true],
    ['29 February of another year', 2026, 2, 29, false],
    ['30 February', 2026, 2, 30, false],
    ['month 13', 2026, 13, 1, false],
    ['day 0', 2026, 1, 0, false],
  ] as const)('%s: %i-%i-%i → %s', (_label, y, m, d, expected) => {
    expect(isCalendarDay(y, m, d)).toBe(expected);
  });
});
