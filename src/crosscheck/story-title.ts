// The story's title: one of its articles' own headlines, never words the dossier made up. The headline
// chosen is the one that best says what the whole story says, not whichever article came first: an
// analysis piece or a follow-up on a side issue makes a poor title for the event.
//
// How it works: each headline is compared with every other article's headline and lead sentence
// together (cosine of stemmed content words and amounts, weighted by rarity across the story, so the
// names every article repeats decide less than the words that set the event apart), and scores the
// average, scaled by the share of its words some other article uses: a figure only one outlet gives,
// like a disputed amount, counts against it. Headlines of independent articles are preferred to wire
// re-posts, and an article's own copies are left out of its average (they repeat its words, so they
// would vote for it). On a tie the earliest-published article wins. When no article has a headline, the
// title is the first sentence of the most central article: the one whose words are closest, on average,
// to the other articles'.
import type { CrossCheckArticle } from '../core/crosscheck.js';
import { readingOrder } from './quote-ledger.js';
import { cosine, termVector, type TermVector } from './summary.js';

/** Scores closer than this are a tie. */
const TIE = 1e-9;

/** Whether `a` and `b` are one text: one a near-copy of the other, or both copies of one original. */
function sameText(a: CrossCheckArticle, b: CrossCheckArticle): boolean {
  const origin = (m: CrossCheckArticle): string => m.copyOf ?? m.article.id;
  return origin(a) === origin(b);
}

/** The article with the highest score; ties go to the earliest published, then to the first given. */
function best(
  candidates: readonly CrossCheckArticle[],
  score: (m: CrossCheckArticle) => number,
  order: ReadonlyMap<CrossCheckArticle, number>,
): CrossCheckArticle | null {
  let top: { m: CrossCheckArticle; s: number } | null = null;
  for (const m of candidates) {
    const s = score(m);
    if (!top || s > top.s + TIE || (Math.abs(s - top.s) <= TIE && order.get(m)! < order.get(top.m)!)) top = { m, s };
  }
  return top?.m ?? null;
}

/** Weighs terms by how rare they are among `docs`: words every article repeats say little about which fits best. */
function idfWeigher(docs: readonly TermVector[]): (v: TermVector) => TermVector {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return (v) => new Map([...v].map(([t, x]) => [t, x * Math.log((docs.length + 1) / ((df.get(t) ?? 0) + 0.5))]));
}

/** The mean cosine of `v` to the vectors of the members that are not `self` nor a copy of it; 0 when none. */
function meanSimilarity(self: CrossCheckArticle, v: TermVector, members: readonly CrossCheckArticle[], of: (m: CrossCheckArticle) => TermVector): number {
  const others = members.filter((o) => !sameText(o, self));
  if (others.length === 0) return 0;
  return others.reduce((sum, o) => sum + cosine(v, of(o)), 0) / others.length;
}

/**
 * The share of a headline's terms that some other article (not a copy) uses anywhere in its text. A
 * figure or name only one outlet gives — a disputed amount — makes a poor title for the story.
 */
function attested(self: CrossCheckArticle, v: TermVector, members: readonly CrossCheckArticle[], texts: ReadonlyMap<CrossCheckArticle, TermVector>): number {
  const others = members.filter((o) => !sameText(o, self));
  if (others.length === 0 || v.size === 0) return 1;
  let found = 0;
  for (const t of v.keys()) if (others.some((o) => texts.get(o)!.has(t))) found++;
  return found / v.size;
}

/** Chooses the story's title from its articles' headlines (else a lead sentence); see the file comment. */
export function chooseTitle(members: readonly CrossCheckArticle[]): { text: string; articleId: string } {
  if (members.length === 0) throw new RangeError('a story without articles has no title');
  const order = readingOrder(members);
  const preferIndependent = (ms: CrossCheckArticle[]): CrossCheckArticle[] => {
    const independent = ms.filter((m) => m.copyOf === null);
    return independent.length > 0 ? independent : ms;
  };

  const headline = (m: CrossCheckArticle): string | null => (m.article.title?.trim() ? m.article.title : null);
  const lead = (m: CrossCheckArticle): string => m.article.sentences[0]?.text ?? '';

  const titled = preferIndependent(members.filter((m) => headline(m) !== null));
  const texts = new Map(members.map((m) => [m, termVector(`${headline(m) ?? ''}\n${m.article.text}`)]));
  if (titled.length > 0) {
    const raw = new Map(members.map((m) => [m, termVector(`${headline(m) ?? ''}\n${lead(m)}`)]));
    const weigh = idfWeigher([...raw.values()]);
    const summaries = new Map([...raw].map(([m, v]) => [m, weigh(v)]));
    const score = (m: CrossCheckArticle): number => {
      const v = termVector(headline(m)!);
      return meanSimilarity(m, weigh(v), members, (o) => summaries.get(o)!) * attested(m, v, members, texts);
    };
    const chosen = best(titled, score, order)!;
    return { text: headline(chosen)!, articleId: chosen.article.id };
  }

  const withLead = preferIndependent(members.filter((m) => m.article.sentences.length > 0));
  if (withLead.length === 0) throw new RangeError('a story whose articles have neither a headline nor a sentence has no title');
  const weigh = idfWeigher([...texts.values()]);
  const bodies = new Map([...texts].map(([m, v]) => [m, weigh(v)]));
  const central = best(withLead, (m) => meanSimilarity(m, bodies.get(m)!, members, (o) => bodies.get(o)!), order)!;
  return { text: lead(central), articleId: central.article.id };
}
