import { describe, expect, it } from 'vitest';
import type { ArticleProfile, ProfileEntity } from '../core/stories.js';
import { StoryClusterer } from './clusterer.js';
import { contentTerms } from '../text/index.js';
import { findRelatedStories } from './related.js';

/** A profile as profileArticle would make it, from a text and the names in it. */
function profile(id: string, text: string, names: [string, ProfileEntity['type'], number][], published: string | null, extra: Partial<ArticleProfile> = {}): ArticleProfile {
  const counts = new Map<string, number>();
  for (const t of contentTerms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return {
    articleId: id,
    outlet: null,
    published,
    dateline: null,
    terms: [...counts],
    entities: names.map(([name, type, count]) => ({ key: type === 'person' ? name.split(' ').pop()!.toLowerCase() : name.toLowerCase(), name, type, count })),
    eventDates: [],
    years: published ? [Number(published.slice(0, 4))] : [],
    quotes: [],
    length: contentTerms(text).length,
    ...extra,
  };
}

const FERRY_2026 = [
  profile('a1', 'Foreign minister Anneli Strand signed the ferry agreement in Port Elan, restoring the Brekka crossing after seven years.',
    [['Anneli Strand', 'person', 3], ['Port Elan', 'place', 2], ['Brekka', 'place', 1]], '2026-03-03'),
  profile('a2', 'The Port Elan ferry deal signed by Anneli Strand brings back the daily Brekka crossing and a new terminal.',
    [['Anneli Strand', 'person', 2], ['Port Elan', 'place', 2], ['Brekka', 'place', 1]], '2026-03-03'),
  profile('a3', 'Strand hailed the ferry agreement at the Port Elan customs house as the Brekka crossing returns.',
    [['Anneli Strand', 'person', 2], ['Port Elan', 'place', 1], ['Brekka', 'place', 1]], '2026-03-04'),
];
const VISIT_2024 = profile('b1', 'Trade minister Henrik Molander toured the empty ferry berth in Port Elan and agreed to open ferry talks about Brekka.',
  [['Henrik Molander', 'person', 3], ['Port Elan', 'place', 2], ['Brekka', 'place', 1]], '2024-12-05');
const STORM = profile('c1', 'Storm Ottilie brought down power lines across northern Velsand and closed the harbour at Lisk.',
  [['Storm Ottilie', 'other', 2], ['Velsand', 'place', 1], ['Lisk', 'place', 1]], '2026-02-16');

const input = (p: ArticleProfile, text = '') => ({ profile: p, text, published: p.published });

// A long-running topic: three events in Velsand's capital weeks apart, three outlets each, all naming
// the same three leaders.
const LEADERS: [string, ProfileEntity['type'], number][] = [['Oda Karsten', 'person', 3], ['Tomas Lind', 'person', 2], ['Ines Varga', 'person', 2]];
const OUTLETS = ['Velsand Courier', 'Harbour Post', 'Lisk Daily'];
const topicEvent = (id: string, date: string, texts: string[]): ArticleProfile[] =>
  texts.map((t, i) => profile(`${id}${i}`, t, LEADERS, date, { outlet: OUTLETS[i]! }));
const BUDGET_DEAL = topicEvent('deal', '2026-03-02', [
  'Prime Minister Oda Karsten agreed a budget deal with Tomas Lind to end the government shutdown; Ines Varga called the vote on the spending bill.',
  'Karsten and Lind struck a deal reopening the government for three weeks, and Speaker Varga scheduled the budget vote on the shutdown bill.',
  'The government shutdown ends: Oda Karsten signed the stopgap spending bill after Tomas Lind and Ines Varga backed the budget deal.',
]);
const EMERGENCY = topicEvent('emergency', '2026-03-23', [
  'Oda Karsten declared a state of emergency to fund the border fence, and Tomas Lind and Ines Varga vowed to challenge the government in court.',
  'Karsten invoked emergency powers for the border fence money the spending bill denied; Lind and Speaker Varga called the declaration unlawful.',
  'A national emergency over the border: Oda Karsten moved fence money by decree as Tomas Lind and Ines Varga prepared a court challenge.',
]);
const ELECTION_BILL = topicEvent('election', '2026-04-13', [
  'Parliament passed the election reform bill of Ines Varga on voter registration and campaign donations; Oda Karsten and Tomas Lind opposed it.',
  'Speaker Ines Varga carried the voting rights and campaign finance bill through parliament over the objections of Karsten and Lind.',
  'The election reform bill cleared parliament: Varga hailed automatic voter registration, while Oda Karsten said Tomas Lind would block the bill.',
]);

describe('StoryClusterer', () => {
  it('puts reports of one event in one story and opens a story for an unrelated event', () => {
    const c = new StoryClusterer();
    const decisions = [...FERRY_2026, STORM].map((p) => c.assign(input(p)));
    expect(decisions.map((d) => d.explanation.decision)).toEqual(['opened', 'joined', 'joined', 'opened']);
    expect(new Set(decisions.slice(0, 3).map((d) => d.storyId)).size).toBe(1);
    expect(decisions[3]!.storyId).not.toBe(decisions[0]!.storyId);
  });

  it('keeps a visit 15 months earlier by another minister apart, and links the two as related with the gap as reason', () => {
    const c = new StoryClusterer();
    for (const p of FERRY_2026) c.assign(input(p));
    const visit = c.assign(input(VISIT_2024));
    expect(visit.explanation.decision).toBe('opened');
    expect(visit.explanation.runnerUp?.dateGapDays).toBeGreaterThan(400);
    expect(visit.explanation.runnerUp?.dateFactor).toBeLessThan(0.2);
    const links = findRelatedStories(c.index, [visit.storyId]);
    expect(links).toHaveLength(1);
    expect(links[0]!.relatedId).toBe(c.index.storyOfArticle('a1'));
    expect(links[0]!.why).toMatch(/^Same topic \(shared words .*ferry.*\) but a different event: dated 15 months apart \(2024-12-05 vs 2026-03-03 to 2026-03-04\)/);
  });

  it('keeps three events of one topic weeks apart as three related stories when they share only the topic\'s leaders', () => {
    const c = new StoryClusterer();
    const stories = [BUDGET_DEAL, EMERGENCY, ELECTION_BILL].map((event) => new Set(event.map((p) => c.assign(input(p)).storyId)));
    for (const ids of stories) expect(ids.size).toBe(1);
    const [deal, emergency, election] = stories.map((ids) => [...ids][0]!) as [string, string, string];
    expect(new Set([deal, emergency, election]).size).toBe(3);
    const opened = c.assign(input({ ...EMERGENCY[0]!, articleId: 'late', published: '2026-04-30' }));
    expect(opened.explanation.runnerUp?.topicNames).toEqual(expect.arrayContaining(['Oda Karsten']));
    expect(opened.explanation.summary).toMatch(/not counted, as names of a topic weeks apart: /);
    const links = findRelatedStories(c.index, [emergency]);
    expect(links.map((l) => l.relatedId)).toEqual(expect.arrayContaining([deal]));
    expect(links.find((l) => l.relatedId === deal)!.why).toMatch(/names .*Karsten.*\) but a different event: dated 21 days apart .*; no names in common but the topic's own/);
  });

  it('keeps them apart in a large stream too, where the leaders are in few articles but in the news week after week', () => {
    const c = new StoryClusterer();
    // 250 reports of other news, and one a week for eight weeks on the leaders' other doings: the leaders
    // are in under 10 % of the articles, but in the news in many separate weeks.
    for (let i = 0; i < 250; i++) {
      c.assign(input(profile(`other${i}`, `Report ${i} on the orchard harvest and rail timetable of district ${i}.`, [[`District ${i}`, 'place', 1]], '2026-01-05')));
    }
    for (let week = 0; week < 8; week++) {
      const day = new Date(Date.UTC(2026, 0, 5 + 7 * week)).toISOString().slice(0, 10);
      c.assign(input(profile(`week${week}`, `Harbour festival number ${week} opened in Lisk with music.`, LEADERS, day)));
    }
    const stories = [BUDGET_DEAL, EMERGENCY, ELECTION_BILL].map((event) => new Set(event.map((p) => c.assign(input(p)).storyId)));
    expect(stories.every((ids) => ids.size === 1)).toBe(true);
    expect(new Set(stories.map((ids) => [...ids][0])).size).toBe(3);
  });

  it('still lets a follow-up weeks later join its event when it shares the event\'s own rarer names', () => {
    const c = new StoryClusterer();
    // Other news, so that the cable company's name is rare in the collection and the leaders' are not.
    for (let i = 0; i < 40; i++) {
      c.assign(input(profile(`other${i}`, `Report ${i} on the orchard harvest and rail timetable of district ${i}.`, [[`District ${i}`, 'place', 1], ['Oda Karsten', 'person', 1]], '2026-05-10')));
    }
    const cut = [
      profile('cut1', 'The Norvik undersea cable was cut near Lisk, slowing internet traffic across Velsand; Norvik Telecom sent a repair ship.',
        [['Norvik Telecom', 'organization', 2], ['Lisk', 'place', 1]], '2026-05-04'),
      profile('cut2', 'Norvik Telecom said its undersea cable off Lisk was severed, and internet traffic was rerouted while the repair ship sails.',
        [['Norvik Telecom', 'organization', 2], ['Lisk', 'place', 1]], '2026-05-04'),
    ];
    const ids = cut.map((p) => c.assign(input(p)).storyId);
    const repaired = c.assign(input(profile('fix', 'Norvik Telecom finished repairing the undersea cable cut off Lisk, and internet traffic is back to normal.',
      [['Norvik Telecom', 'organization', 2], ['Lisk', 'place', 1]], '2026-06-08')));
    expect(repaired.explanation.chosen?.dateGapDays).toBe(35);
    expect(new Set([...ids, repaired.storyId]).size).toBe(1);
  });

  it('explains a join with the shared names and words, the threshold and the runner-up', () => {
    const c = new StoryClusterer();
    c.assign(input(STORM));
    c.assign(input(FERRY_2026[0]!));
    const joined = c.assign(input(FERRY_2026[1]!));
    const e = joined.explanation;
    expect(e.chosen?.shared.map((f) => f.value)).toEqual(expect.arrayContaining(['Anneli Strand', 'Port Elan']));
    expect(e.chosen!.score).toBeGreaterThanOrEqual(e.threshold);
    expect(e.summary).toMatch(/^Joined s-a1 \(score \d\.\d\d; shared names: Anneli Strand, Port Elan/);
  });

  it('clusters undated articles on names and words alone', () => {
    const c = new StoryClusterer();
    const ids = FERRY_2026.map((p) => c.assign(input({ ...p, published: null, years: [] })).storyId);
    expect(new Set(ids).size).toBe(1);
  });

  it('lets a near-copy follow the story of the text it copies, and makes a wire original canonical over an earlier re-post', () => {
    const text = 'Karsland and Velsand signed an agreement on Tuesday to restore a daily ferry between Port Elan and Brekka. '.repeat(6);
    const c = new StoryClusterer();
    c.assign(input(STORM, 'A storm report with other words entirely, about power lines and harbours and boats. '.repeat(6)));
    const repost = c.assign(input({ ...FERRY_2026[0]!, articleId: 'repost', wire: 'Meridian Wire' }, text));
    const original = c.assign(input({ ...FERRY_2026[1]!, articleId: 'wire', outlet: 'Meridian Wire' }, text));
    expect(original.storyId).toBe(repost.storyId);
    expect(original.duplicate).toMatchObject({ copyId: 'repost', canonicalId: 'wire', jaccard: 1 });
    const third = c.assign(input({ ...FERRY_2026[2]!, articleId: 'copy2' }, text));
    expect(third.explanation.decision).toBe('duplicate-of');
    expect(third.duplicate).toMatchObject({ copyId: 'copy2' });
  });

  it('merges two stories once an article shows they are one event, and says so for the moved articles', () => {
    const c = new StoryClusterer();
    // Two thin first reports with nothing in common open a story each …
    const left = profile('l', 'Divers searched the Corvan river near Halden weir.', [['Corvan', 'place', 1], ['Halden', 'place', 1]], '2026-05-01');
    const right = profile('r', 'The Aldmere council closed the old stone bridge after a crack appeared.', [['Aldmere', 'place', 1]], '2026-05-01');
    // … until a fuller report tells both halves of the event, and the two stories become one.
    const bridge = profile('m', 'Divers searched the Corvan river near Halden weir after the Aldmere council closed the old stone bridge when a crack appeared.',
      [['Corvan', 'place', 1], ['Halden', 'place', 1], ['Aldmere', 'place', 1]], '2026-05-02');
    const a = c.assign(input(left));
    const b = c.assign(input(right));
    expect(b.storyId).not.toBe(a.storyId);
    const m = c.assign(input(bridge));
    expect(m.moved.map((x) => x.articleId)).toEqual([expect.stringMatching(/^[lr]$/)]);
    expect(m.moved[0]!.summary).toMatch(/merged into/);
    expect(new Set(['l', 'r', 'm'].map((id) => c.index.storyOfArticle(id))).size).toBe(1);
  });

  it('never merges a story a user corrected automatically', () => {
    const c = new StoryClusterer();
    for (const p of FERRY_2026.slice(0, 2)) c.assign(input(p));
    c.move(['a2'], 's-user-split', 'split-by-user', 'a user split it');
    c.assign(input(FERRY_2026[2]!));
    expect(c.index.storyOfArticle('a2')).toBe('s-user-split');
    expect(c.index.storyOfArticle('a1')).not.toBe('s-user-split');
  });
});
