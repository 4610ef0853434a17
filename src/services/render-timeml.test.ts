import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../core/annotations.js';
import { renderTimeml } from './render-timeml.js';

const time = (start: number, end: number, text: string, value: string, extra: Partial<TimeExpression> = {}): TimeExpression => ({
  start, end, text, value, type: 'DATE', precision: 'day', mod: null, relative: null, reference: '2026-03-05', sentence: 0, ...extra,
});

describe('renderTimeml', () => {
  const text = 'Talks ended on Tuesday & resume in 2027 <maybe>.';
  const xml = renderTimeml('a.txt', text, [
    time(15, 22, 'Tuesday', '2026-03-03', { relative: { weekday: 2 } }),
    time(35, 39, '2027', '2027', { precision: 'year' }),
  ], '2026-03-05');

  it('tags each expression inline with its TIMEX3 type and value', () => {
    expect(xml).toContain('<TIMEX3 tid="t1" type="DATE" value="2026-03-03" temporalFunction="true" anchorTimeID="t0">Tuesday</TIMEX3>');
    expect(xml).toContain('<TIMEX3 tid="t2" type="DATE" value="2027">2027</TIMEX3>');
  });

  it('writes the reference date as the document creation time', () => {
    expect(xml).toContain('<DCT><TIMEX3 tid="t0" type="DATE" value="2026-03-05" temporalFunction="false" functionInDocument="CREATION_TIME">2026-03-05</TIMEX3></DCT>');
  });

  it('escapes the text, and the text between tags is the input unchanged', () => {
    expect(xml).toContain('&amp; resume in');
    expect(xml).toContain('&lt;maybe&gt;.');
    const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
    const plain = body.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    expect(plain).toBe(text);
  });

  it('omits the DCT when there is no reference date', () => {
    expect(renderTimeml('x', 'no dates', [], null)).not.toContain('<DCT>');
  });
});
