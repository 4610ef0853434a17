// Metadata lines: dates become ISO values, bylines become authors, and sentences that merely start
// with a label word stay in the story.
import { describe, expect, it } from 'vitest';
import { readMetadataLine, type MetadataPosition } from './metadata-lines.js';

const top: MetadataPosition = { atTop: true, atEdge: true };
const middle: MetadataPosition = { atTop: false, atEdge: false };

describe('readMetadataLine', () => {
  it('reads "date 2024-12-05" and hands back the dateline and sentence after it (seed 004 shape)', () => {
    const line = 'date 2024-12-05 LINDOR/HOLMSTAD — Velsand and Karsland agreed on Thursday to open ferry talks.';
    const meta = readMetadataLine(line, top);
    expect(meta?.pieces).toEqual([
      { kind: 'published', text: 'date 2024-12-05', value: '2024-12-05', code: 'publication-date' },
    ]);
    expect(meta?.rest).toBe('LINDOR/HOLMSTAD — Velsand and Karsland agreed on Thursday to open ferry talks.');
    expect(line.slice(meta?.restOffset)).toBe(meta?.rest);
  });

  const table: Array<[label: string, input: string, where: MetadataPosition, expected: Array<[string, string | null]> | null]> = [
    ['"Published:" with time', 'Published: 14 July 2025 10:32 BST', middle, [['publication-date', '2025-07-14T10:32+01:00']]],
    ['"Updated" with date', 'Updated 15 July 2025', middle, [['update-time', '2025-07-15']]],
    ['"Updated" relative', 'Updated 2 hours ago', middle, [['update-time', null]]],
    ['published and updated', 'Published 14 July 2025, updated 15 July 2025', middle, [
      ['publication-date', '2025-07-14'], ['update-time', '2025-07-15'],
    ]],
    ['"Posted on"', 'Posted on January 29, 2026', middle, [['publication-date', '2026-01-29']]],
    ['byline', 'By Jane Doe', top, [['byline', 'Jane Doe']]],
    ['byline with two authors and a role', 'By Jane Doe and John Smith, Beijing Correspondent', top, [['byline', 'Jane Doe and John Smith']]],
    ['bare date at the top', '29 January 2026', top, [['date-line', '2026-01-29']]],
    ['Markdown-emphasised byline', '*By Jane Doe*', top, [['byline', 'Jane Doe']]],
    ['bold byline', '**By Jane Doe and John Smith**', top, [['byline', 'Jane Doe and John Smith']]],
    // Hard cases: sentences that start like metadata.
    ['bare date mid-article', '29 January 2026', middle, null],
    ['"By" + calendar word', 'By Monday, the deal was done.', top, null],
    ['"By" + lower-case', 'By the end of the year, prices rose.', top, null],
    ['byline mid-article', 'By Jane Doe', middle, null],
    ['emphasised sentence starting with "By"', '*By Monday, the deal was done.*', top, null],
    ['sentence continues after a date', 'Published on 14 July 2025, the report found widespread abuse.', top, null],
    ['sentence mid-article after a date', 'Dated 14 July 2025 The letter said so.', middle, null],
    ['"Published" without a date', 'Published reports say the talks stalled.', top, null],
    ['"Date:" mid-article (a quoted e-mail header)', 'Date: Wed, 6 Feb 2002 23:08:40 +0000', middle, null],
    ['"Date:" on an edge line', 'Date: 29 January 2026', top, [['publication-date', '2026-01-29']]],
    ['an event\'s date range', 'Date: May 18-21, 2026', top, null],
  ];
  it.each(table)('%s: %j', (_label, input, where, expected) => {
    const meta = readMetadataLine(input, where);
    expect(meta ? meta.pieces.map((p) => [p.code, p.value]) : null).toEqual(expected);
    if (meta) expect(meta.rest).toBe('');
  });
});
