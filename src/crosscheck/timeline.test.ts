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

  describe('every dated happening, not only the aligned event claims', () => {
    // Invented senate race: the primary, an interview, first election, a report — side and background events.
    const herald = member(annotatedArticle(id(), 'Governor Mara Linde named Tomas Ekberg to the vacant Senate seat on Wednesday. Ekberg, who was first elected to the state house in 2004, said in a Tuesday interview that he would not run. The special primary would be held on May 3. Linde has led the state since 2015.', '2025-02-12', 'Harbor Herald'));
    const courier = member(annotatedArticle(id(), 'Tomas Ekberg was appointed Wednesday by Governor Mara Linde to fill the Senate seat. A report issued last month put the state’s deficit at $2 billion. From Dec. 22 through Jan. 19 the legislature was deadlocked over the budget.', '2025-02-12', 'Valley Courier'));

    const { timeline: t } = timeline([herald, courier]);
    const at = (date: string) => t.filter((e) => e.date === date);

    it.each([
      ['a year alone: "first elected … in 2004"', '2004', 'first elected'],
      ['a weekday before a noun, resolved back from the article\'s Wednesday: "in a Tuesday interview"', '2025-02-11', 'Tuesday interview'],
      ['a month and day ahead in a conditional clause: "would be held on May 3"', '2025-05-03', 'May 3'],
      ['a year after "since": "has led the state since 2015"', '2015', 'since 2015'],
      ['a month counted back: "a report issued last month"', '2025-01', 'issued last month'],
      ['both ends of a span: "From Dec. 22 …"', '2024-12-22', 'Dec. 22'],
      ['both ends of a span: "… through Jan. 19"', '2025-01-19', 'Jan. 19'],
    ])('gives %s its entry', (_label, date, words) => {
      expect(at(date).some((e) => e.evidence.some((ev) => ev.sentence.includes(words))), t.map((e) => `${e.date} ${e.text}`).join('\n')).toBe(true);
    });

    it('merges one happening told in other words by two outlets into one entry citing both', () => {
      const [appointment, ...rest] = at('2025-02-12');
      expect(rest).toEqual([]);
      expect(appointment!.outlets).toEqual(['Harbor Herald', 'Valley Courier']);
    });

    it('keeps the timeline sorted by event date', () => {
      const dates = t.map((e) => e.date);
      expect([...dates].sort()).toEqual(dates);
    });

    it.each([
      ['a length of time', 'The strike lasted 35 days and ended in March 2024.', ['2024-03']],
      ['an age', 'Ekberg, 43, is a 12-year-old company’s founder.', []],
      ['a repeat', 'The fair is held every year in the square.', []],
      ['"now" and the current year', 'The mill is now closed, and this year the town expects no harvest.', []],
      ['a date inside a quotation', '“We will close the mill on June 30,” Ekberg said.', []],
    ])('gives no entry to %s', (_label, text, dates) => {
      const article = member(annotatedArticle(id(), text, '2025-02-12', 'Harbor Herald'));
      expect(timeline([article]).timeline.map((e) => e.date)).toEqual(dates);
    });

    it('keeps two different happenings of one day apart', () => {
      const a = member(annotatedArticle(id(), 'The city council approved the harbour budget on Monday.', '2025-02-12', 'Harbor Herald'));
      const b = member(annotatedArticle(id(), 'A storm flooded three farms near Ostby on Monday.', '2025-02-12', 'Valley Courier'));
      expect(timeline([a, b]).timeline.map((e) => e.outlets)).toEqual([['Harbor Herald'], ['Valley Courier']]);
    });
  });
});
