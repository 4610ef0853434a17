import { describe, expect, it } from 'vitest';
import type { AlignedClaim, CrossCheckArticle } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { dayInterval } from './compare-values.js';
import { spanAround, spansCompatible, type TimeSpan } from './time-spans.js';

let next = 0x5a0;
const id = (): string => (++next).toString(16).padStart(16, '0');

describe('spans a time opens or closes', () => {
  it.each([
    ['"from … to …"', 'Brandt, who served from 1967 to 1979, was the first.', '1967', '1967/1979'],
    ['its closing end', 'Brandt, who served from 1967 to 1979, was the first.', '1979', '1967/1979'],
    ['"between … and …"', 'Strand held the seat between 2001 and 2004.', '2001', '2001/2004'],
    ['months, "until"', 'Castell ran the port from March 2019 until June 2020.', 'March 2019', '2019-03/2020-06'],
    ['a date alone', 'Castell ran the port until June 2020.', 'June 2020', null],
    ['two dates of two happenings', 'Castell joined the board in 2009 and left it in 2012.', '2009', null],
  ])('%s', (_label, sentence, timeText, expected) => {
    const article = annotatedArticle(id(), sentence, '2026-01-30', 'Coastline Daily');
    const t = article.annotations.times.find((x) => x.text === timeText)!;
    expect(t, article.annotations.times.map((x) => x.text).join(', ')).toBeDefined();
    expect(spanAround(article, t)?.value ?? null).toBe(expected);
  });

  const span = (from: string, to: string): TimeSpan => ({ from: dayInterval(from)!, to: dayInterval(to)!, value: `${from}/${to}` });
  const whole = (s: TimeSpan) => ({ interval: s.from, span: s });
  const date = (v: string) => ({ interval: dayInterval(v)!, span: null });
  it.each([
    ['two spans with both ends alike', whole(span('1967', '1979')), whole(span('1967-01', '1979-01')), true],
    ['two spans whose ends differ', whole(span('1967', '1979')), whole(span('1966', '1978')), false],
    ['a date inside a span', whole(span('1966', '1978')), date('1978'), true],
    ['a date outside a span', whole(span('1966', '1978')), date('1985'), false],
  ])('compares %s', (_label, a, b, expected) => {
    expect(spansCompatible(a, b)).toBe(expected);
  });
});

function ledger(members: readonly CrossCheckArticle[]): AlignedClaim[] {
  return storyClaims(members);
}

describe('spans in the ledger', () => {
  it('does not set a span’s first year against the year another outlet gives its end', () => {
    const a = member(annotatedArticle(id(), 'Ivo Brandt served on the Velsand harbour board from 1967 to 1979.', '2026-01-30', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Ivo Brandt served on the Velsand harbour board until 1979.', '2026-01-30', 'Meridian Wire'));
    const claims = ledger([a, b]);
    expect(claims.filter((k) => k.status === 'conflicting')).toEqual([]);
    expect(claims.some((k) => k.status === 'corroborated')).toBe(true);
  });

  it('names both ends when two spans of one tenure differ', () => {
    const a = member(annotatedArticle(id(), 'Ivo Brandt served on the Velsand harbour board from 1967 to 1979.', '2026-01-30', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Ivo Brandt served on the Velsand harbour board from 1966 to 1978.', '2026-01-30', 'Meridian Wire'));
    const [conflict] = ledger([a, b]).filter((k) => k.status === 'conflicting');
    expect(conflict?.note).toMatch(/1967\/1979 against .*1966\/1978|1966\/1978 against .*1967\/1979/);
  });
});

describe('a tenure worded two ways', () => {
  it('sets "held the seat from 1966 to 1978" against "served from 1967 to 1979" for one person', () => {
    const a = member(annotatedArticle(id(), 'Anneli Brandt will become the second black mayor of Velsand, after Senator Ivo Castell, who served from 1967 to 1979.', '2026-01-30', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Anneli Brandt will become the first black mayor of Velsand since Ivo Castell, a Republican, held the seat from 1966 to 1978.', '2026-01-30', 'Meridian Wire'));
    const conflict = ledger([a, b]).find((k) => k.status === 'conflicting' && k.slot === 'time');
    expect(conflict?.note).toMatch(/1967\/1979 against .*1966\/1978/);
  });
});
