import { describe, expect, it } from 'vitest';
import type { DateInference } from '../core/crosscheck.js';
import type { Article } from '../core/types.js';
import { annotatedArticle } from '../../test/support/annotated-article.js';
import { sampleStories } from '../../test/support/sample-stories.js';
import { inferPublicationDate } from './infer-date.js';

/** An article with real annotations, resolved against `published` (null: the relative values stay XXXX…). */
function article(id: string, text: string, published: string | null, outlet = 'Coastline Daily'): Article {
  return annotatedArticle(id, text, published, outlet);
}

/** Every evidence sentence is exactly the sentence of the article it names. */
function expectEvidenceQuotesItsArticles(inference: DateInference, articles: readonly Article[]): void {
  expect(inference.evidence.length).toBeGreaterThan(0);
  for (const e of inference.evidence) {
    const source = articles.find((a) => a.id === e.articleId);
    expect(source?.sentences[e.sentenceIndex]?.text).toBe(e.sentence);
  }
}

describe('inferPublicationDate on hand-made stories', () => {
  const undatedMeeting = article('0000000000000001', 'The ministers met in Port Elan on Monday to discuss the ferry.', null, 'Radio Kestrel');
  const datedMeeting = article('0000000000000002', 'The ministers met in Port Elan on Monday to discuss the ferry, officials said.', '2026-03-04');

  it('infers nothing when the story has no dated sibling', () => {
    expect(inferPublicationDate(undatedMeeting, [])).toBeNull();
    const otherUndated = article('0000000000000003', 'The ministers met on Monday.', null);
    expect(inferPublicationDate(undatedMeeting, [otherUndated])).toBeNull();
  });

  it('infers nothing from an article without relative time expressions', () => {
    const absolute = article('0000000000000004', 'The ministers met in Port Elan on 2 March 2026 to discuss the ferry.', null);
    expect(inferPublicationDate(absolute, [datedMeeting])).toBeNull();
  });

  it('infers nothing when no expression lands on a date the story gives', () => {
    const unrelated = article('0000000000000005', 'The harbour reopened on Thursday.', null);
    expect(inferPublicationDate(unrelated, [datedMeeting])).toBeNull();
  });

  it('infers the week after a past-tense "on Monday" from the Monday a sibling gives the same meeting', () => {
    const inference = inferPublicationDate(undatedMeeting, [datedMeeting]);
    expect(inference).toMatchObject({ articleId: undatedMeeting.id, date: '2026-03-02', earliest: '2026-03-02', latest: '2026-03-08' });
    expect(inference!.why).toContain('“on Monday” (meet, past) = 2026-03-02 as in Coastline Daily');
    expect(inference!.evidence.map((e) => [e.articleId, e.sentenceIndex])).toEqual([
      [undatedMeeting.id, 0],
      [datedMeeting.id, 0],
    ]);
    expectEvidenceQuotesItsArticles(inference!, [undatedMeeting, datedMeeting]);
  });

  it('infers a date no later than the Friday a future-tense "will sign on Friday" still looks forward to', () => {
    const plan = article('0000000000000006', 'The ministers will sign the ferry agreement on Friday.', null, 'Radio Kestrel');
    const signed = article('0000000000000007', 'The ministers signed the ferry agreement on Friday in Port Elan.', '2026-03-06');
    const inference = inferPublicationDate(plan, [signed]);
    // Friday 2026-03-06 is still to come from Saturday 2026-02-28 on; from Saturday 2026-03-07 it has passed
    expect(inference).toMatchObject({ date: '2026-02-28', earliest: '2026-02-28', latest: '2026-03-06' });
    expect(inference!.why).toContain('“on Friday” (sign, future) = 2026-03-06');
  });

  it('infers from a past meeting and a future signing together the days between them', () => {
    const text = 'The ministers met in Port Elan on Monday. They will sign the ferry agreement on Friday.';
    const undated = article('0000000000000008', text, null, 'Radio Kestrel');
    const signed = article('0000000000000009', 'The ministers signed the ferry agreement on Friday in Port Elan.', '2026-03-06');
    const inference = inferPublicationDate(undated, [datedMeeting, signed]);
    expect(inference).toMatchObject({ date: '2026-03-02', earliest: '2026-03-02', latest: '2026-03-06' });
    expectEvidenceQuotesItsArticles(inference!, [undated, datedMeeting, signed]);
  });

  it('prefers, among dates no sibling ties to the same happening, the one more articles give', () => {
    const undated = article('0000000000000010', 'Divers inspected the quay on Tuesday morning.', null, 'Valeport Post');
    const early = article('0000000000000011', 'Fishermen counted their nets on Tuesday.', '2026-02-12', 'Meridian Wire');
    const laterA = article('0000000000000012', 'Trains ran late on Tuesday.', '2026-02-17');
    const laterB = article('0000000000000013', 'Schools stayed closed on Tuesday.', '2026-02-18', 'Northgate Times');
    const inference = inferPublicationDate(undated, [early, laterA, laterB]);
    // Tuesday 2026-02-10 (one article) for 2026-02-10..16, Tuesday 2026-02-17 (two) for 2026-02-17..23
    expect(inference).toMatchObject({ date: '2026-02-17', earliest: '2026-02-17', latest: '2026-02-23' });
    expect(inference!.why).toContain('= 2026-02-17, a date Coastline Daily and Northgate Times also give');
  });

  it('infers nothing from “the day”, which points back into the text rather than at the day of writing', () => {
    const undated = article('0000000000000014', 'The harbour was closed for most of the day.', null, 'Valeport Post');
    const dated = article('0000000000000015', 'The harbour was closed on Tuesday.', '2026-02-17');
    expect(inferPublicationDate(undated, [dated])).toBeNull();
  });
});

describe('inferPublicationDate on the sample corpus (examples/README.md, item 10)', () => {
  async function infer(key: string): Promise<{ inference: DateInference | null; articles: Article[] }> {
    const samples = await sampleStories();
    const target = samples.byKey.get(key)!;
    const articles = samples.storyOf(key).map((m) => m.article);
    return { inference: inferPublicationDate(target, articles.filter((a) => a.id !== target.id)), articles };
  }

  it('infers 2026-03-02 for the Radio Kestrel arrival report from “on Monday evening” and “on Tuesday”', async () => {
    const { inference, articles } = await infer('text/radio-kestrel-strand-arrives.txt');
    expect(inference?.date).toBe('2026-03-02');
    expect(['2026-03-02', '2026-03-03']).toContain(inference?.latest);
    expect(inference?.why).toContain('“on Monday evening” (arrive, past) = 2026-03-02 as in The Harbour Ledger');
    expect(inference?.why).toContain('“on Tuesday” (sign, future) = 2026-03-03');
    expectEvidenceQuotesItsArticles(inference!, articles);
  });

  it('infers the week after the signing for the Lindor Observer analysis from “Last week’s signing”', async () => {
    const { inference, articles } = await infer('text/lindor-observer-ferry-analysis.md');
    expect(inference).not.toBeNull();
    expect(inference!.earliest >= '2026-03-09' && inference!.latest <= '2026-03-15').toBe(true);
    expect(inference!.date).toBe(inference!.earliest);
    expect(inference?.why).toContain('“Last week” (signing, past)');
    expect(inference?.evidence[0]?.sentence).toBe('Last week’s signing in Port Elan was the easy bit.');
    expectEvidenceQuotesItsArticles(inference!, articles);
  });

  it('infers 2026-02-17 for the undated Valeport Post storm page from “on Monday” and “on Tuesday morning”', async () => {
    const { inference, articles } = await infer('html/valeport-post-storm-ottilie.html');
    expect(inference?.date).toBe('2026-02-17');
    expect(inference!.earliest >= '2026-02-17' && inference!.latest <= '2026-02-22').toBe(true);
    expect(inference?.why).toContain('“on Monday” (hit, past) = 2026-02-16');
    expect(inference?.why).toContain('“on Tuesday morning”');
    expectEvidenceQuotesItsArticles(inference!, articles);
  });
});
