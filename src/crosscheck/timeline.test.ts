import { describe, expect, it } from 'vitest';
import type { CrossCheckArticle } from '../core/crosscheck.js';
import { annotatedArticle, member } from '../../test/support/annotated-article.js';
import { draftLedger, eventGroups, finishLedger } from './claim-ledger.js';
import { storyFacts } from './facts.js';
import { buildTimeline } from './timeline.js';

let next = 0x100;
const id = (): string => (++next).toString(16).padStart(16, '0');

function timeline(members: readonly CrossCheckArticle[]) {
  const { facts } = storyFacts(members);
  const events = eventGroups(facts);
  const { claims, facts: claimFacts } = finishLedger(draftLedger(facts, events, []), members);
  return { timeline: buildTimeline(members, events, claims, claimFacts), claims };
}

describe('the timeline', () => {
  const wire = member(annotatedArticle(id(), 'Karsland and Velsand signed the ferry agreement on Tuesday in Port Elan. The talks began in December 2024, when Henrik Molander visited Port Elan. Daily crossings are due to resume in April 2027.', '2026-03-03', 'Meridian Wire'));
  const ledger = member(annotatedArticle(id(), 'Velsand and Karsland signed an agreement on Tuesday that restores the ferry to Port Elan. The Brekka ferry stopped sailing in 2019.', '2026-03-04', 'The Harbour Ledger'));
  const daily = member(annotatedArticle(id(), 'Velsand and Karsland on Monday signed the ferry agreement in Port Elan.', '2026-03-04', 'Coastline Daily'));

  it('sorts entries by when things happened, keeping each date’s precision', () => {
    const { timeline: t } = timeline([wire, ledger]);
    expect(t.map((e) => [e.date, e.precision])).toEqual([
      ['2019', 'year'],
      ['2024-12', 'month'],
      ['2026-03-03', 'day'],
      ['2027-04', 'month'],
    ]);
  });

  it('merges one happening told by several outlets into one entry with all their evidence', () => {
    const signing = timeline([wire, ledger]).timeline.find((e) => e.date === '2026-03-03')!;
    expect(signing.outlets).toEqual(['Meridian Wire', 'The Harbour Ledger']);
    expect(signing.evidence.map((e) => e.articleId)).toEqual([wire.article.id, ledger.article.id]);
    expect(signing.text).toBe(wire.article.sentences[0]!.text);
  });

  it('flags events well before the first report as background and events after the last as planned', () => {
    const t = timeline([wire, ledger]).timeline;
    expect(t.filter((e) => e.background).map((e) => e.date)).toEqual(['2019', '2024-12']);
    expect(t.filter((e) => e.planned).map((e) => e.date)).toEqual(['2027-04']);
  });

  it('marks both dates of a disputed happening with the conflicting claim', () => {
    const { timeline: t, claims } = timeline([wire, ledger, daily]);
    const conflict = claims.find((c) => c.status === 'conflicting')!;
    expect(t.filter((e) => e.disputedBy === conflict.id).map((e) => e.date)).toEqual(['2026-03-02', '2026-03-03']);
  });

  it('flags an entry whose date rests only on an inferred publication date', () => {
    const undated = { ...member(annotatedArticle(id(), 'The harbour reopened on Tuesday morning.', '2026-02-17', 'Valeport Post')), dateInferred: true };
    const [entry] = timeline([undated]).timeline;
    expect(entry).toMatchObject({ date: '2026-02-17', inferred: true });
    const dated = member(annotatedArticle(id(), 'The harbour reopened on Tuesday morning.', '2026-02-17', 'Radio Kestrel'));
    expect(timeline([undated, dated]).timeline[0]).toMatchObject({ date: '2026-02-17', inferred: false });
  });
});
