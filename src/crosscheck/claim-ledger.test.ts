import { describe, expect, it } from 'vitest';
import type { AlignedClaim, CrossCheckArticle } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { storyClaims } from '../../test/support/story-claims.js';
import { resolveGroup, type Comparison, type LedgerDraft } from './claim-ledger.js';
import type { QuantityFact } from './facts.js';
import { storyFacts } from './facts.js';

let next = 0;
const id = (): string => (++next).toString(16).padStart(16, '0');

function ledger(members: readonly CrossCheckArticle[], background: readonly CrossCheckArticle[] = []): AlignedClaim[] {
  return storyClaims(members, background);
}

const statuses = (claims: readonly AlignedClaim[]) => claims.filter((c) => c.status !== 'single-source').map((c) => `${c.status}:${c.kind}`);

describe('the claim ledger', () => {
  it('reports two different days for one signing as a date conflict, naming both values', () => {
    const a = member(annotatedArticle(id(), 'Velsand and Karsland signed a ferry agreement on Monday in Port Elan.', '2026-03-05', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Karsland and Velsand signed the ferry agreement on Tuesday in Port Elan.', '2026-03-05', 'Meridian Wire'));
    const c = member(annotatedArticle(id(), 'Velsand and Karsland signed an agreement on Tuesday to restore the ferry.', '2026-03-05', 'Northgate Times'));
    const [conflict] = ledger([a, b, c]).filter((k) => k.status === 'conflicting');
    expect(conflict).toMatchObject({ kind: 'event', slot: 'time' });
    expect(conflict!.evidence.filter((e) => e.stance === 'contradicts').map((e) => [e.articleId, e.value])).toEqual([[a.article.id, '2026-03-02']]);
    expect(conflict!.note).toMatch(/Meridian Wire, Northgate Times: 2026-03-03 against Coastline Daily: 2026-03-02/);
  });

  describe('a verb whose object its sentence leaves out, after naming it ("joined the Brekka harbour board in 2009 and quit …")', () => {
    it.each([
      ['one departure dated two ways is a conflict', 'Tomas Varga joined the Brekka harbour board in 2009 and reportedly quit earlier this month to open a law office.', 'Tomas Varga will chair the new ferry authority. He left the Brekka harbour board last year to return to shipping, but said this short stint in Port Elan was a duty worth doing because he wanted to repay the town that had raised him.', ['conflicting:event']],
      ['an object the sentence never names stays unknown', 'Tomas Varga praised the ferry crews in 2009 and reportedly quit earlier this month to open a law office.', 'Tomas Varga will chair the new ferry authority. He left the Brekka harbour board last year to return to shipping, but said this short stint in Port Elan was a duty worth doing because he wanted to repay the town that had raised him.', []],
    ])('%s', (_label, first, second, expected) => {
      const a = member(annotatedArticle(id(), first, '2026-01-30', 'Coastline Daily'));
      const b = member(annotatedArticle(id(), second, '2026-01-30', 'Northgate Times'));
      expect(statuses(ledger([a, b])).filter((s) => s.startsWith('conflicting'))).toEqual(expected);
    });
  });

  it('does not call a difference of precision a conflict ("in 2019" and "in March 2019")', () => {
    const a = member(annotatedArticle(id(), 'The Brekka ferry stopped sailing in 2019 when Brekka Line went bankrupt.', '2026-03-03', 'The Harbour Ledger'));
    const b = member(annotatedArticle(id(), 'The Brekka ferry stopped sailing in March 2019 when Brekka Line went bankrupt.', '2026-03-04', 'Northgate Times'));
    const claims = ledger([a, b]);
    expect(claims.filter((k) => k.status === 'conflicting')).toEqual([]);
    expect(statuses(claims)).toContain('corroborated:event');
  });

  it('does not let a loose week ("earlier this week") contradict a day just across the week’s boundary', () => {
    const a = member(annotatedArticle(id(), 'Storm Ottilie swept across the coast on Sunday, killing 12 people in Harrowmere.', '2026-02-16', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'Storm Ottilie swept across the coast earlier this week, killing 12 people in Harrowmere.', '2026-02-18', 'Radio Kestrel'));
    expect(a.article.annotations.times[0]?.value).toBe('2026-02-15');
    expect(b.article.annotations.times[0]?.value).toBe('2026-W08');
    expect(ledger([a, b]).filter((k) => k.status === 'conflicting')).toEqual([]);
  });

  it('does not set figures counted by different verbs against each other ("killed 19 miners", "4 miners were trapped")', () => {
    const a = member(annotatedArticle(id(), 'A rockfall at a copper mine operated by Seman Mining near Kruvil killed 19 miners on Sunday, officials said.', '2026-02-16', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'Rescuers said 4 miners were trapped underground after a rockfall at a copper mine operated by Seman Mining near Kruvil.', '2026-02-16', 'Radio Kestrel'));
    expect(ledger([a, b]).filter((k) => k.status === 'conflicting')).toEqual([]);
  });

  it('calls exact figures that differ for one investment a conflict and qualified figures that overlap compatible', () => {
    const a = member(annotatedArticle(id(), 'The Karsland Infrastructure Fund will invest €340 million in the new terminal at Quay 4. The harbour authority expects the terminal work to create more than 200 jobs.', '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'The Karsland Infrastructure Fund will invest €430 million in the new terminal at Quay 4. The harbour authority says the terminal work will create about 250 jobs.', '2026-03-04', 'Northgate Times'));
    expect(statuses(ledger([a, b])).sort()).toEqual(['compatible:quantity', 'conflicting:quantity']);
  });

  it('calls a figure a later report gives as "still" standing a change, not a conflict', () => {
    const a = member(annotatedArticle(id(), 'The grid operator Nordvel said about 18,000 homes in Harrowmere had no power.', '2026-02-16', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'The grid operator Nordvel said about 3,000 homes in Harrowmere still had no power.', '2026-02-17', 'Radio Kestrel'));
    expect(statuses(ledger([a, b]))).toEqual(['changed:quantity']);
  });

  it('counts a near-copy as its original: what only the two carry is single-source, and the note says so', () => {
    const original = annotatedArticle(id(), 'Daily crossings are due to resume in April 2027, according to the harbour authority.', '2026-03-03', 'Meridian Wire');
    const copy = annotatedArticle(id(), 'Daily crossings are due to resume in April 2027, according to the harbour authority.', '2026-03-03', 'Valeport Post');
    const claims = ledger([member(original), member(copy, original)]);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c.status).toBe('single-source');
      expect(c.sources).toEqual(['Meridian Wire']);
      expect(c.note).toMatch(/Valeport Post copies Meridian Wire and is counted once/);
    }
  });

  it.each([
    ['a negated light verb', 'The Velsand government is not taking part in the ferry talks.', /not taking part/],
    ['a copula with a described subject', 'Given that, Ms. Berg said, the harbour authority’s hiring decisions were “arbitrary” and “unwritten.”', /arbitrary/],
    ['an agentless passive about a described patient', 'At one point, there was shouting in the chamber, and the harbour master was called to remove a protester.', /harbour master was called/],
  ])('lists a statement only one outlet makes as single-source: %s', (_label, sentence, expected) => {
    const a = member(annotatedArticle(id(), sentence, '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'Karsland and Velsand signed the ferry agreement on Tuesday in Port Elan.', '2026-03-04', 'Northgate Times'));
    const claims = ledger([a, b]);
    expect(claims.some((c) => c.status === 'single-source' && expected.test(c.text))).toBe(true);
  });

  it('aligns one large count told in different sentences ("covers 40,000 fishermen" / "up to 42,000 fishermen") as compatible figures', () => {
    const a = member(annotatedArticle(id(), 'Even Judge Ines Vautrin, a defender of coastal trades, voiced doubts about the compensation claim that covers 40,000 fishermen and could cost the port millions.', '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'The Velsand high court appears ready to throw out a compensation claim on behalf of up to 42,000 fishermen.', '2026-03-03', 'Northgate Times'));
    const figure = ledger([a, b]).find((c) => c.kind === 'quantity' && c.evidence.length === 2);
    expect(figure?.status).toBe('compatible');
  });

  it('keeps the figure of a quoted sentence as the outlet’s claim, but not its other statements', () => {
    const a = member(annotatedArticle(id(), '"Our audit showed that at 90 percent of the harbours, there was no pay gap," Maren Okoro told the court.', '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), '"We will not sign anything this week," Maren Okoro told the court.', '2026-03-03', 'Meridian Wire'));
    const c = member(annotatedArticle(id(), 'Karsland and Velsand signed the ferry agreement on Tuesday in Port Elan.', '2026-03-04', 'Northgate Times'));
    const claims = ledger([a, b, c]);
    expect(claims.some((k) => k.kind === 'quantity' && k.status === 'single-source' && /90 percent/.test(k.text))).toBe(true);
    expect(claims.some((k) => /will not sign/.test(k.text))).toBe(false);
  });

  it('calls chair against chief executive of one authority a role conflict, but not when one outlet gives her both posts', () => {
    const chair = member(annotatedArticle(id(), 'Maren Okoro, chair of the Port Elan Harbour Authority, welcomed the deal.', '2026-03-04', 'Northgate Times'));
    const ceo = member(annotatedArticle(id(), 'Maren Okoro, chief executive of the Port Elan Harbour Authority, welcomed the deal.', '2026-03-03', 'Meridian Wire'));
    expect(statuses(ledger([chair, ceo]))).toContain('conflicting:role');
    const both = member(annotatedArticle(id(), 'Maren Okoro, chair of the Port Elan Harbour Authority, spoke first. Okoro, also the authority’s chief executive, said work would start in the summer.', '2026-03-04', 'Lindor Observer'));
    expect(statuses(ledger([chair, ceo, both]))).not.toContain('conflicting:role');
  });

  it('calls a rank an earlier related story gave for another year a change', () => {
    const earlier = member(annotatedArticle(id(), 'Port Elan is the country’s third-largest port after Grenmouth and Valeport.', '2024-12-05', 'Northgate Times'));
    const later = member(annotatedArticle(id(), 'Port Elan is now the country’s second-largest port after Grenmouth.', '2026-03-04', 'Northgate Times'));
    const [changed] = ledger([later], [earlier]).filter((k) => k.kind === 'ranking');
    expect(changed?.status).toBe('changed');
    expect(changed!.note).toMatch(/third-largest port \(Northgate Times, 2024-12-05\) → second-largest port \(Northgate Times, 2026-03-04\)/);
    // The earlier story is left as it was: a later report does not rewrite it.
    expect(ledger([earlier], [later]).filter((k) => k.status === 'changed')).toEqual([]);
  });

  it('orders claims conflicting first and numbers them k1, k2, …', () => {
    const a = member(annotatedArticle(id(), 'Velsand and Karsland signed a ferry agreement on Monday in Port Elan. Strand toured the Halvard Yards shipyard.', '2026-03-05', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Karsland and Velsand signed the ferry agreement on Tuesday in Port Elan.', '2026-03-05', 'Meridian Wire'));
    const claims = ledger([a, b]);
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `k${i + 1}`));
    expect(claims[0]!.status).toBe('conflicting');
  });
});

describe('judging a group ends on any input', () => {
  // Five outlets give one figure; the comparison is made degenerate on purpose: no value holds beside
  // any other, not even itself, and no two facts are close enough to contradict. Every split must still
  // shrink the group, so the ledger ends with one draft per fact instead of overflowing the stack.
  const outlets = ['Meridian Wire', 'Coastline Daily', 'Northgate Times', 'Radio Kestrel', 'The Harbour Ledger'];
  const members = outlets.map((outlet, i) => member(annotatedArticle(id(), `The fund will invest €${340 + i} million in the port, officials said.`, '2026-03-04', outlet)));
  const quantities = storyFacts(members, []).facts.filter((f): f is QuantityFact => f.kind === 'quantity');
  const never: Comparison<QuantityFact> = {
    slot: 'amount',
    valueOf: (f) => f.quantity.text,
    compatible: () => false,
    strong: () => false,
    changedBetween: () => false,
    differenceIsCompatible: true,
  };

  it('splits a group whose values never hold, not even beside themselves, into single facts', () => {
    expect(quantities).toHaveLength(5);
    const out: LedgerDraft[] = [];
    resolveGroup('quantity', quantities, never, out);
    expect(out.map((d) => d.supports.length)).toEqual([1, 1, 1, 1, 1]);
    expect(out.every((d) => d.status === 'single-source')).toBe(true);
  });

  it('sets against the main side only the facts strongly aligned with it, or with such a fact; the rest are judged on their own', () => {
    const [f0, f1, f2, f3, f4] = quantities as [QuantityFact, QuantityFact, QuantityFact, QuantityFact, QuantityFact];
    const pair = (a: QuantityFact, b: QuantityFact, x: QuantityFact, y: QuantityFact): boolean => (a === x && b === y) || (a === y && b === x);
    const out: LedgerDraft[] = [];
    // f0 and f1 agree; f2 contradicts f1 and f3 contradicts f2 (a chain); f4 only shares the group.
    resolveGroup('quantity', [f0, f1, f2, f3, f4], {
      ...never,
      compatible: (a, b) => a === b || pair(a, b, f0, f1) || pair(a, b, f2, f3),
      strong: (a, b) => pair(a, b, f1, f2) || pair(a, b, f2, f3),
    }, out);
    expect(out.map((d) => [d.status, d.supports.length, d.contradicts.length])).toEqual([['conflicting', 2, 2], ['single-source', 1, 0]]);
    expect(out[1]!.supports).toEqual([f4]);
  });

  it('handles a group of 3,000 facts without recursion', () => {
    const many = Array.from({ length: 3_000 }, (_, i) => quantities[i % quantities.length]!);
    const out: LedgerDraft[] = [];
    resolveGroup('quantity', many, { ...never, compatible: (a, b) => a === b }, out);
    expect(out.length).toBeGreaterThan(0);
  });
});

describe('the claim ledger on facts stated in other words (issue 13)', () => {
  const conflictsOf = (claims: readonly AlignedClaim[]) => claims.filter((k) => k.status === 'conflicting');

  it('corroborates "the first visit … since 2021" and "the first trip … in five years" in a 2026 story, and says why', () => {
    const a = member(annotatedArticle(id(), 'Premier Ilse Marrow’s trip is the first visit to Karsland by a Velsian premier since 2021 and comes amid new efforts to reset trade ties.', '2026-05-12', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'The Velsian premier’s first trip to Karsland in five years comes after a row over fishing quotas strained trade ties with Velsand.', '2026-05-12', 'Meridian Wire'));
    const claims = ledger([a, b]);
    expect(conflictsOf(claims)).toEqual([]);
    const visit = claims.find((c) => c.status === 'corroborated' && c.evidence.some((e) => /since 2021/.test(e.sentence)) && c.evidence.some((e) => /five years/.test(e.sentence)));
    expect(visit).toBeDefined();
    expect(visit!.alignment![0]!.words).toContainEqual({ a: 'since-2021', b: 'since-2021', how: 'same lemma' });
  });

  it('corroborates "It was the first visit … in five years" (a ranked description after an open "it") with "the first visit … since 2021"', () => {
    const a = member(annotatedArticle(id(), 'Premier Ilse Marrow’s trip is the first visit to Karsland by a Velsian premier since 2021 and comes amid new efforts to reset trade ties.', '2026-05-12', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Premier Ilse Marrow met President Oren Kask in Ostrava on Tuesday. It was the first visit by a Velsian premier to Karsland in five years.', '2026-05-12', 'Meridian Wire'));
    const claims = ledger([a, b]);
    expect(conflictsOf(claims)).toEqual([]);
    expect(claims.some((c) => c.status === 'corroborated' && c.evidence.some((e) => /in five years/.test(e.sentence)) && c.evidence.some((e) => /since 2021/.test(e.sentence)))).toBe(true);
  });

  it('corroborates a ranked "It is …" in a sentence naming no one, about what the sentence before names, with a foreseen description ("would be the largest of its kind")', () => {
    const a = member(annotatedArticle(id(), 'A pending class action lawsuit against Brekka Line that would be the largest of its kind in Velsian history may soon be dismissed, judges signalled on Tuesday.', '2026-05-12', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'The Brekka Line case dwarfs those rulings in importance. It is the largest pay discrimination class action in history, and a ruling is expected by June.', '2026-05-12', 'Meridian Wire'));
    const claims = ledger([a, b]);
    expect(conflictsOf(claims)).toEqual([]);
    expect(claims.some((c) => c.status === 'corroborated' && c.evidence.some((e) => /largest of its kind/.test(e.sentence)) && c.evidence.some((e) => /largest pay discrimination/.test(e.sentence)))).toBe(true);
    // Without the sentence before, "It" is about nothing named: no shared participant.
    const c = member(annotatedArticle(id(), 'Rulings on pay have piled up this year. It is the largest pay discrimination class action in history, and a ruling is expected by June.', '2026-05-12', 'Meridian Wire'));
    expect(ledger([a, c]).some((k) => k.status === 'corroborated')).toBe(false);
  });

  it('keeps a foreseen description apart from a stated rank of the same trip ("is going to be a really important trip" / "is the first visit … since 2021")', () => {
    const a = member(annotatedArticle(id(), 'Premier Ilse Marrow’s trip to Karsland is the first visit to Karsland by a Velsian premier since 2021.', '2026-05-12', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Premier Ilse Marrow said her trip to Karsland is going to be a really important trip for Velsian trade.', '2026-05-12', 'Meridian Wire'));
    expect(ledger([a, b]).some((k) => k.status === 'corroborated')).toBe(false);
  });

  it('reads an apposition’s fact in its own words, not its long sentence’s ("Marrow, the first … in five years, is expected to sign …")', () => {
    const a = member(annotatedArticle(id(), 'Premier Ilse Marrow’s trip is the first visit to Karsland by a Velsian premier since 2021 and comes amid renewed efforts by northern leaders to reset relations with Karsland, following years of strained ties and uncertainty driven in part by an increasingly unpredictable Lindor.', '2026-05-12', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Ilse Marrow, the first Velsian premier to visit Karsland in five years, is expected to sign a pact with President Oren Kask to share intelligence to tackle smuggling gangs and to curb the supply of small boat engines used in illegal crossings.', '2026-05-12', 'Meridian Wire'));
    const claims = ledger([a, b]);
    expect(conflictsOf(claims)).toEqual([]);
    expect(claims.some((c) => c.status === 'corroborated' && c.evidence.some((e) => /in five years/.test(e.sentence)) && c.evidence.some((e) => /since 2021/.test(e.sentence)))).toBe(true);
  });

  it('corroborates an exact figure inside another outlet’s bound ("41 senators" / "more than 40 senators")', () => {
    const a = member(annotatedArticle(id(), 'In the vote on Tuesday, 41 senators opposed the Harbour Levy Bill in Port Elan.', '2026-03-04', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'More than 40 senators opposed the Harbour Levy Bill in Port Elan on Tuesday.', '2026-03-04', 'Northgate Times'));
    const claims = ledger([a, b]);
    const senators = claims.find((c) => c.kind === 'quantity' && c.evidence.length === 2);
    expect(senators?.status).toBe('corroborated');
  });

  it.each([
    ['an estimated', 'an estimated 600,000 public employees'],
    ['more than', 'more than 600,000 federal employees'],
  ])('never sets "%s 600,000" against a bare "600,000 workers" of other words', (_label, phrase) => {
    const a = member(annotatedArticle(id(), `The closure left ${phrase} without pay in Velsand.`, '2026-01-20', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'The closure kept 600,000 workers in Velsand from being paid.', '2026-01-20', 'Meridian Wire'));
    expect(conflictsOf(ledger([a, b]))).toEqual([]);
  });

  it('never makes a date conflict of "signed it" (a pronoun object) and "signed the levy bill"', () => {
    const a = member(annotatedArticle(id(), 'Governor Tam Oduya signed the levy bill on Friday in Port Elan.', '2026-02-20', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Governor Tam Oduya signed it on Friday night in Port Elan, ending the standoff.', '2026-02-06', 'Coastline Daily'));
    const c = member(annotatedArticle(id(), 'Governor Tam Oduya signed the levy bill on Friday after a long session in Port Elan.', '2026-02-20', 'Meridian Wire'));
    expect(conflictsOf(ledger([a, b, c]))).toEqual([]);
  });

  it('keeps a meeting with another named person out of the meeting’s group, whatever the shared words', () => {
    const a = member(annotatedArticle(id(), 'Premier Ilse Marrow met President Oren Kask in Ostrava on Tuesday to discuss fishing rights and quotas.', '2026-05-13', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Premier Ilse Marrow earlier met Speaker Tove Lund in Ostrava on Tuesday to discuss fishing rights and quotas.', '2026-05-13', 'Meridian Wire'));
    const grouped = ledger([a, b]).filter((c) => c.kind === 'event' && new Set(c.evidence.map((e) => e.articleId)).size > 1);
    expect(grouped).toEqual([]);
  });

  it('never makes a date conflict of two reports, days apart, each of a happening of its own day (two signings)', () => {
    const a = member(annotatedArticle(id(), 'Governor Tam Oduya signed the stopgap budget bill on Friday in Port Elan.', '2026-01-23', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Governor Tam Oduya signed the budget bill on Friday in Port Elan, ending the standoff.', '2026-02-13', 'Meridian Wire'));
    expect(conflictsOf(ledger([a, b]))).toEqual([]);
    // Background told as last month's happening beside this week's: two signings, whoever tells them.
    const d = member(annotatedArticle(id(), 'At the end of last month, Governor Tam Oduya signed a stopgap budget bill in Port Elan.', '2026-02-13', 'Northgate Times'));
    expect(conflictsOf(ledger([b, d]))).toEqual([]);
    // The same Friday told by an outlet writing days later is still one happening with two dates.
    const c = member(annotatedArticle(id(), 'Governor Tam Oduya signed the budget bill on Thursday in Port Elan, ending the standoff.', '2026-02-13', 'Northgate Times'));
    expect(conflictsOf(ledger([b, c]))).toHaveLength(1);
  });

  it('counts a date conflict’s sides over every outlet naming both participants with a day, and names the majority', () => {
    const a = member(annotatedArticle(id(), 'Premier Ilse Marrow met President Oren Kask in Ostrava on Monday to discuss fishing rights.', '2026-05-13', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Ilse Marrow met Oren Kask on Tuesday as the two leaders sought to repair fishing ties.', '2026-05-13', 'Meridian Wire'));
    const c = member(annotatedArticle(id(), 'Ilse Marrow and Oren Kask on Tuesday stressed the need for closer cooperation on fishing, as they met in Ostrava.', '2026-05-13', 'Northgate Times'));
    // Another happening of the same two people that day is not the meeting: the journey does not count for Monday.
    const d = member(annotatedArticle(id(), 'In a bid to mend strained ties, Ilse Marrow flew to Ostrava on Monday to see Oren Kask.', '2026-05-13', 'Harbour Ledger'));
    const [conflict] = conflictsOf(ledger([a, b, c, d]));
    expect(conflict).toBeDefined();
    expect(new Set(conflict!.evidence.filter((e) => e.stance === 'supports').map((e) => e.outlet))).toEqual(new Set(['Meridian Wire', 'Northgate Times']));
    expect(new Set(conflict!.evidence.filter((e) => e.stance === 'contradicts').map((e) => e.outlet))).toEqual(new Set(['Coastline Daily']));
    expect(conflict!.note).toMatch(/majority side is 2026-05-12 \(2 independent sources/);
  });

  it('shows a rank a related story gave for an earlier year as changed ("sixth-largest" in 2024, "third-largest" in 2026)', () => {
    const older = member(annotatedArticle(id(), 'Karsland is Velsand’s sixth-largest trading partner, official figures show.', '2024-06-02', 'Coastline Daily'));
    const now = member(annotatedArticle(id(), 'Marrow has worked to mend relations with Velsand’s third-largest trading partner since taking office in 2024.', '2026-05-12', 'Meridian Wire'));
    const claims = ledger([now], [older]);
    expect(claims.find((c) => c.kind === 'ranking')?.status).toBe('changed');
  });

  it('keeps a figure only one outlet gives as its own single-source line beside the sentence’s corroborated figure', () => {
    const a = member(annotatedArticle(id(), 'The Velsand government also plans to move about €90 million from the Ferry Authority and another €250 million from the Treasury’s harbour reserve.', '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'That money includes about €250 million from the Treasury’s harbour reserve.', '2026-03-04', 'Northgate Times'));
    const claims = ledger([a, b]);
    const said = (figure: string) => claims.filter((c) => c.evidence.some((e) => e.value === figure)).map((c) => c.status);
    expect(said('€250 million')).toContain('corroborated');
    expect(said('about €90 million')).toEqual(['single-source']);
    // Another outlet gives €90 million too, in words that do not align: not news only one outlet has.
    const c = member(annotatedArticle(id(), 'Storm damage cost the operator some €90 million last winter.', '2026-03-04', 'Coastline Daily'));
    const withC = ledger([a, b, c]);
    expect(withC.filter((k) => k.evidence.some((e) => e.articleId === a.article.id && e.value === 'about €90 million')).map((k) => k.status)).not.toContain('single-source');
  });

  it.each([
    ['a fence is a barrier', 'The bill, as it stands, is enough to build just 40 miles of barrier.', 'Instead, it paid for about 40 miles of fencing.', 'corroborated'],
    ['nothing around the figures meets', 'The storm left a trail of debris across 40 miles of coastline.', 'Instead, it paid for about 40 miles of fencing.', 'single-source'],
  ] as const)('one figure worded around in other words: %s', (_label, first, second, status) => {
    const a = member(annotatedArticle(id(), first, '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), second, '2026-03-03', 'Northgate Times'));
    const figures = ledger([a, b]).filter((c) => c.kind === 'quantity' && c.evidence.some((e) => /40 miles/.test(e.value ?? '')));
    expect(figures.map((c) => c.status)).toContain(status);
    if (status === 'single-source') expect(figures.map((c) => c.status)).not.toContain('corroborated');
  });

  it.each([
    ['one year written out', 'Trustees last week warned the Velsand Pension Fund will be exhausted in 2041 and under current law pensioners would face a cut in benefits.', 'The latest projections from the Velsian treasury indicate that at the current rate the reserve will be exhausted by 2041, leaving benefits unpaid.', 'corroborated'],
    ['a calendar day, its year read from the report', 'Trustees last week warned the Velsand Pension Fund will be exhausted on June 25 and under current law pensioners would face a cut in benefits.', 'The latest projections from the Velsian treasury indicate that at the current rate the reserve will be exhausted by June 25, leaving benefits unpaid.', 'corroborated'],
    ['one weekday told relatively is no shared date', 'Trustees last week warned the Velsand Pension Fund will be exhausted on Tuesday and under current law pensioners would face a cut in benefits.', 'The latest projections from the Velsian treasury indicate that at the current rate the reserve will be exhausted on Tuesday, leaving benefits unpaid.', 'single-source'],
  ] as const)('sentences naming no one in common, aligned by a date: %s', (_label, first, second, status) => {
    const a = member(annotatedArticle(id(), first, '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), second, '2026-03-03', 'Northgate Times'));
    const events = ledger([a, b]).filter((c) => c.kind === 'event' && /exhausted/.test(c.text));
    expect(events.some((c) => c.status === 'corroborated')).toBe(status === 'corroborated');
  });

  it.each([
    ['the words around them tell one count', 'The closure of the port has left more than 2,000 dockers furloughed or working without pay, with unions representing them stepping up their calls for the council to end the deadlock.', 'Tam Oduya signed it on Friday night, restoring normal operations at a series of harbour agencies and opening the way to paying the 2,300 dockers who have been furloughed or forced to work without pay for five weeks.', 'compatible'],
    ['a shared topic only', 'The closure of the port has left more than 2,000 dockers idle, with unions representing them stepping up their calls for the council to end the deadlock.', 'Tam Oduya signed it on Friday night, restoring normal operations at a series of harbour agencies and opening the way to paying the 2,300 dockers who have been furloughed for five weeks.', 'single-source'],
  ] as const)('figures that can both hold, sharing no name: %s', (_label, first, second, status) => {
    const a = member(annotatedArticle(id(), first, '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), second, '2026-03-03', 'Northgate Times'));
    const figures = ledger([a, b]).filter((c) => c.kind === 'quantity' && c.evidence.some((e) => /dockers/.test(e.value ?? '')));
    expect(figures.map((c) => c.status)).toContain(status);
    if (status === 'single-source') expect(figures.map((c) => c.status)).not.toContain('compatible');
  });

  it.each([
    ['one occasion, two months', 'Both harbour unions will hold leadership ballots in mid June.', 'The ballot would be held on May 28.', 'conflicting'],
    ['one occasion, one day at two precisions', 'Both harbour unions will hold leadership ballots in June.', 'The ballot would be held on June 12.', 'corroborated'],
    ['two occasions: different modifiers on both sides', 'The dockers’ ballot will be held on May 28.', 'The pilots’ ballot will be held on June 12.', 'none'],
    ['another thing held', 'Both harbour unions will hold leadership ballots in mid June.', 'The meeting would be held on May 28.', 'none'],
    ['a plan beside a report', 'Both harbour unions will hold leadership ballots in mid June.', 'The ballot was held on May 28.', 'none'],
    ['each outlet’s own day, told by the time of day', 'A minute of silence was held at noon.', 'A minute of silence was held at noon.', 'none'],
  ] as const)('an occasion dated with nobody named around it: %s', (_label, first, second, status) => {
    const a = member(annotatedArticle(id(), first, '2026-01-30', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), second, '2026-01-31', 'Northgate Times'));
    const joint = ledger([a, b]).filter((c) => c.kind === 'event' && new Set(c.evidence.map((e) => e.articleId)).size > 1);
    expect(joint.map((c) => c.status)).toEqual(status === 'none' ? [] : [status]);
  });

  // An age between commas is the person's figure (its own claim), so the sentence is listed by that figure.
  it('lists a sentence whose only figure is an age ("Marrow, 52, is married to …"), corroborated', () => {
    const a = member(annotatedArticle(id(), 'Premier Ilse Marrow flew to Ostrava on Monday. Marrow, 52, is married to Oren Kask, an adviser to Governor Tam Oduya.', '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'Premier Ilse Marrow arrived in Ostrava for talks. Marrow, 52, is married to Oren Kask, an adviser to Governor Tam Oduya.', '2026-03-03', 'Northgate Times'));
    const married = ledger([a, b]).filter((c) => /married/.test(c.text));
    expect(married.map((c) => `${c.status}:${c.kind}`)).toEqual(['corroborated:quantity']);
  });

  it.each([
    ['a plan to appear and an event planned that day', 'Governor Tam Oduya is scheduled to appear at a news conference later today with dockers in Holmstad.', 'Governor Tam Oduya planned an event Tuesday with dockers, his office said.', 'corroborated'],
    ['a rally held that day', 'Governor Tam Oduya is scheduled to appear at a rally on Tuesday in Holmstad.', 'Oduya held a rally in Holmstad on Tuesday, his office said.', 'corroborated'],
    ['in few words alike', 'The governor is scheduled to appear at a news conference later today at the Quay 4 hall in Holmstad, after Governor Tam Oduya toured it.', 'Governor Tam Oduya planned an event Tuesday with supporters of his pension reform, aides said.', 'corroborated'],
    ['another day', 'Governor Tam Oduya is scheduled to appear at a news conference later today with dockers in Holmstad.', 'Governor Tam Oduya planned an event Thursday with dockers, his office said.', 'none'],
  ] as const)('one person’s appearance at an event on one day, planned and reported: %s', (_label, first, second, status) => {
    const a = member(annotatedArticle(id(), first, '2026-05-12', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), second, '2026-05-12', 'Meridian Wire'));
    const joint = ledger([a, b]).filter((c) => c.kind === 'event' && new Set(c.evidence.map((e) => e.articleId)).size > 1);
    expect(joint.map((c) => c.status)).toEqual(status === 'none' ? [] : [status]);
  });

  it('aligns one traveller’s journey to one place on one day however worded, and keeps journeys to two places apart', () => {
    const a = member(annotatedArticle(id(), 'Premier Ilse Marrow will later make a quick stop in Holmstad to meet Governor Tam Oduya. Marrow is also scheduled to visit Valeport on Friday.', '2026-05-12', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Marrow is scheduled to remain in Ostrava until Saturday and will travel to Valeport on Friday before making a brief stop in Holmstad to meet Governor Tam Oduya.', '2026-05-13', 'Meridian Wire'));
    const claims = ledger([a, b]);
    expect(conflictsOf(claims)).toEqual([]);
    const shared = claims.filter((c) => c.status === 'corroborated').map((c) => c.evidence.filter((e) => e.articleId === a.article.id).map((e) => e.sentenceIndex));
    // The stop in Holmstad (a's first sentence) and the visit to Valeport (its second) are each corroborated, never as one claim.
    expect(shared).toContainEqual([0]);
    expect(shared).toContainEqual([1]);
  });

  it.each([
    ['a leader’s rank beside another official’s title (guards a join once seen on real news)',
      'Following visits by President Oren Kask, Premier Ilse Marrow is the most recent leader to be hosted by Ostrava in recent months. Marrow’s trip is the first visit to Ostrava by a Velsian premier since 2021 and comes amid efforts to reset ties.',
      'The Velsian premier earlier on Tuesday met Tove Lund, the head of Ostrava’s rubber-stamp council.'],
    ['one rank said of two people, each sentence naming the other',
      'Governor Tam Oduya is the longest-serving leader in the history of Ostrava province, officials said.',
      'Premier Ilse Marrow is the longest-serving leader in the history of Ostrava province, officials said of the premier who succeeded Tam Oduya.'],
    ['one description said of two people, in the same words',
      'Tam Oduya is the most senior official of the Ostrava harbour board and a former adviser to Ilse Marrow.',
      'Ilse Marrow is the most senior official of the Ostrava harbour board and a former adviser to Tam Oduya.'],
  ] as const)('keeps copular statements about two different named subjects apart: %s', (_label, first, second) => {
    const a = member(annotatedArticle(id(), first, '2026-05-12', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), second, '2026-05-12', 'Meridian Wire'));
    const joint = ledger([a, b]).filter((c) => c.status !== 'single-source' && new Set(c.evidence.map((e) => e.articleId)).size > 1);
    expect(joint).toEqual([]);
  });

  it.each([
    ['two doers, each named in the other’s sentence: two happenings', 'Premier Ilse Marrow is the most recent leader to visit Ostrava since Governor Tam Oduya came in March.', 'Governor Tam Oduya is the most recent leader to visit Ostrava before Premier Ilse Marrow came in May.', false],
    ['one doer, two months: a conflict', 'Governor Tam Oduya came to Ostrava in March, weeks before Premier Ilse Marrow spoke there.', 'Governor Tam Oduya came to Ostrava in May, weeks before Premier Ilse Marrow spoke there.', true],
  ] as const)('never sets one doer’s date against another’s: %s', (_label, first, second, conflict) => {
    const a = member(annotatedArticle(id(), first, '2026-05-12', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), second, '2026-05-12', 'Meridian Wire'));
    expect(ledger([a, b]).some((c) => c.status === 'conflicting')).toBe(conflict);
  });

  it('counts a claim’s actor named by a pronoun as a participant its sentence shares ("He said that he had hired …")', () => {
    const a = member(annotatedArticle(id(), 'Governor Tam Oduya said his email account had been hacked. He said that he had hired an Ostrava security company and a lawyer to look into the matter, but that he did not believe the episode merited a police inquiry.', '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'Tam Oduya said he has hired a private security company to investigate how his account was hacked.', '2026-03-03', 'Northgate Times'));
    const hired = ledger([a, b]).filter((c) => c.evidence.some((e) => /hired/.test(e.sentence) && e.articleId === a.article.id));
    expect(hired.map((c) => c.status)).toContain('corroborated');
  });
});


describe('a lone sentence joining a group told twice by one outlet', () => {
  it('weighs the group outlet by outlet: a second sentence of one outlet does not outvote a third outlet’s match', () => {
    const a = member(annotatedArticle(id(), 'Governor Tam Oduya said his email account had been hacked. He said that he had hired an Ostrava security company and a lawyer to look into the matter, but that he did not believe the episode merited a police inquiry.', '2026-03-03', 'Meridian Wire'));
    const b = member(annotatedArticle(id(), 'Tam Oduya said he has hired a private security company to investigate how his account was hacked. Oduya declined to answer questions about why he was hiring a lawyer for the matter instead of having police officers pursue the inquiry.', '2026-03-03', 'Northgate Times'));
    const c = member(annotatedArticle(id(), 'Governor Tam Oduya spoke on Monday. He said he has asked an Ostrava security firm and a law firm to take a hard look at the matter and find out what happened, though he suggested he does not want a federal case.', '2026-03-03', 'Coastline Daily'));
    const hired = ledger([a, b, c]).find((k) => k.evidence.some((e) => e.articleId === a.article.id && /hired/.test(e.sentence)));
    expect(hired?.status).toBe('corroborated');
    expect(new Set(hired?.evidence.map((e) => e.articleId))).toEqual(new Set([a.article.id, b.article.id, c.article.id]));
  });
});

describe('statements that name nobody', () => {
  const deleted = (claims: readonly AlignedClaim[]) => claims.find((k) => k.evidence.some((e) => /deleted/.test(e.sentence)) && k.status !== 'single-source');
  it('corroborates "It was deleted within minutes" with "It was quickly deleted" when each "it" is a photo', () => {
    const a = member(annotatedArticle(id(), 'The photo in question showed a close-up of a harbour crane. It was deleted within minutes of being posted.', '2026-03-03', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Last week, a blurry photo of a harbour crane was sent to a student in Lindor from the council account. It was quickly deleted, but a storm of comment followed.', '2026-03-03', 'Meridian Wire'));
    const claim = deleted(ledger([a, b]));
    expect(claim?.status).toBe('corroborated');
    expect(claim?.evidence.map((e) => e.sentence).sort()).toEqual(['It was deleted within minutes of being posted.', 'It was quickly deleted, but a storm of comment followed.']);
    expect(claim?.alignment?.[0]).toMatchObject({ by: 'event', words: [{ a: expect.stringMatching(/^deleted$/), b: 'deleted', how: 'same lemma' }] });
  });

  it('corroborates "The report doesn’t contain figures" with "the report did not mention specific figures about …" (one subject, one object, contain ~ mention)', () => {
    const a = member(annotatedArticle(id(), 'The report doesn’t contain figures to support the charge.', '2026-03-03', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'Velsand and Karsland complained about a rise in smuggling, but the report did not mention specific figures about harbour seizures or fines.', '2026-03-03', 'Meridian Wire'));
    const claim = ledger([a, b]).find((k) => k.evidence.some((e) => /contain/.test(e.sentence)));
    expect(claim?.status).toBe('corroborated');
    expect(claim?.evidence.map((e) => e.articleId).sort()).toEqual([a.article.id, b.article.id].sort());
  });

  it('keeps a described subject’s statement apart from another subject’s ("The report …" / "The letter …")', () => {
    const a = member(annotatedArticle(id(), 'The report doesn’t contain figures to support the charge.', '2026-03-03', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'The letter did not mention specific figures about harbour seizures.', '2026-03-03', 'Meridian Wire'));
    expect(ledger([a, b]).filter((k) => k.status !== 'single-source')).toEqual([]);
  });

  it('keeps two deleted things of different heads apart (a photo, a letter)', () => {
    const a = member(annotatedArticle(id(), 'The photo in question showed a close-up of a harbour crane. It was deleted within minutes of being posted.', '2026-03-03', 'Coastline Daily'));
    const b = member(annotatedArticle(id(), 'A letter from the council was sent to a student in Lindor. It was quickly deleted, but a storm of comment followed.', '2026-03-03', 'Meridian Wire'));
    expect(deleted(ledger([a, b]))).toBeUndefined();
  });
});
