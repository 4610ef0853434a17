// Sums of money told as taken from one pool by its purpose ("from harbour dredging projects" / "the harbour dredging
// budget, to the tune of …") are one sum: they align whatever else their sentences say, and two amounts that cannot
// both hold contradict each other, the majority side counted over every outlet that gives the pool.
import { describe, expect, it } from 'vitest';
import type { AlignedClaim, CrossCheckArticle } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';

let next = 0x900;
const id = (): string => (++next).toString(16).padStart(16, '0');
const OUTLETS = ['Meridian Wire', 'Northgate Times', 'Radio Kestrel'];

function ledger(texts: readonly string[]): AlignedClaim[] {
  const members: CrossCheckArticle[] = texts.map((s, k) => member(annotatedArticle(id(), s, '2026-03-03', OUTLETS[k]!)));
  return storyClaims(members);
}

const conflicts = (claims: readonly AlignedClaim[]) => claims.filter((c) => c.status === 'conflicting');

describe('sums taken from one pool', () => {
  it.each([
    ['the pool after "from" and before "to the tune of"', [
      'The order, according to port officials, lets the minister shift €4.6 billion from harbour dredging projects to the ferry berth.',
      'By signing the order, Castell would also free money from the Velsand port board’s harbour dredging budget, to the tune of €4.5 billion.',
      'The decree will allow the ministry to use about €4.6 billion from harbour dredging funds to rebuild the berth.',
    ], '€4.5 billion', ['Meridian Wire', 'Radio Kestrel']],
    ['the pool before "totaling"', [
      'Castell plans to divert £12 million from lighthouse repair accounts toward the new pier.',
      'The council voted to pull money out of its lighthouse repair budget, totaling £15 million, for the pier.',
      'The council will move £12 million from lighthouse repair funds, a spokeswoman said.',
    ], '£15 million', ['Meridian Wire', 'Radio Kestrel']],
  ])('sets two amounts against each other: %s', (_label, texts, minority, majority) => {
    const [conflict, ...more] = conflicts(ledger(texts));
    expect(more).toEqual([]);
    expect(conflict?.sources.sort()).toEqual(majority);
    expect(conflict?.evidence.filter((e) => e.stance === 'contradicts').map((e) => e.value)).toEqual([minority]);
    expect(conflict?.note).toMatch(new RegExp(`against .*${minority}.*The majority side is`));
  });

  it('leaves out another sum of the same sentence: "along with another €12 million …" contradicts nothing', () => {
    const claims = ledger([
      'The decree will allow the ministry to use about €4.6 billion from harbour dredging projects to rebuild the berth, along with another €12 million the board had set aside for pilot training, Castell said.',
      'The order, according to port officials, lets the minister shift €4.6 billion from harbour dredging projects to the ferry berth. The minister will also tap €12 million from pilot training programs and €3 million from a Velsand customs fund.',
      'By signing the order, Castell would also free money from the Velsand port board’s harbour dredging budget, to the tune of €4.5 billion.',
    ]);
    const [conflict, ...more] = conflicts(claims);
    expect(more).toEqual([]);
    expect(conflict?.evidence.map((e) => e.value).sort()).toEqual(['about €4.6 billion', '€4.5 billion', '€4.6 billion']);
  });

  // Guards: what the rule must not read as one pool.
  it.each([
    ['two pools', ['Castell will shift €40 million from harbour dredging projects to the berth.', 'The decree frees money from the board’s lighthouse repair budget, to the tune of €38 million.']],
    ['a payer, not a purpose', ['Castell will shift €40 million from the Velsand Treasury to the berth.', 'The decree frees money from the Velsand Treasury, to the tune of €25 million.']],
    ['a pool of one word', ['Castell will shift €40 million from dredging to the berth.', 'The decree frees money from the dredging budget, to the tune of €38 million.']],
    ['a source named only by its body', ['Castell will shift €40 million from the federal government to the berth.', 'The decree frees money from the federal government, to the tune of €25 million.']],
    ['the same pool in one article', ['Castell will shift €40 million from harbour dredging projects to the berth. The board had set aside €12 million from harbour dredging funds for pilots.']],
  ])('sets no sums against each other: %s', (_label, texts) => {
    expect(conflicts(ledger(texts))).toEqual([]);
  });
});
