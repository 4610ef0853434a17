// The story's title: one of its articles' own headlines, never words the dossier made up, and never the
// losing side of a conflict. It is chosen once, here, and every front door shows it as stored. The
// headline chosen is the one that best says what the whole story says, not whichever article came first:
// an analysis piece or a follow-up on a side issue makes a poor title for the event.
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
//
// Disputed words are left out first (see `disputedWords`): a lead sentence on the contradicting side of a
// conflicting claim — or on either side while neither has more independent sources — and a headline
// (which the claim ledger does not read) that states such a side's value: "€430m" where the story's
// sources say €340 million, "Wednesday" where two reports disagree on the meeting's day. Only when every
// headline and lead is disputed is the title chosen among them all: a story needs a title in its sources' words.
import type { AlignedClaim, ClaimEvidence, CrossCheckArticle } from '../core/crosscheck.js';
import type { Article } from '../core/types.js';
import { cosineOfNormed, foldedWords, termVector, vectorNorm, type TermVector } from '../text/index.js';
import { readingOrder } from './reading-order.js';

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
  return (v) => {
    const weighed: TermVector = new Map();
    for (const [t, x] of v) weighed.set(t, x * Math.log((docs.length + 1) / ((df.get(t) ?? 0) + 0.5)));
    return weighed;
  };
}

/** The mean cosine of `v` to the vectors of the members that are not `self` nor a copy of it; 0 when none. */
function meanSimilarity(self: CrossCheckArticle, v: TermVector, members: readonly CrossCheckArticle[], of: (m: CrossCheckArticle) => TermVector): number {
  const others = members.filter((o) => !sameText(o, self));
  if (others.length === 0) return 0;
  const norm = vectorNorm(v);
  return others.reduce((sum, o) => {
    const w = of(o);
    return sum + cosineOfNormed(v, norm, w, normOf(w));
  }, 0) / others.length;
}

/**
 * The norms of the members' vectors, read once (every candidate is compared with every member). Those
 * vectors are never changed once weighed; the memo holds them only while they live.
 */
const norms = new WeakMap<TermVector, number>();
function normOf(v: TermVector): number {
  let n = norms.get(v);
  if (n === undefined) {
    n = vectorNorm(v);
    norms.set(v, n);
  }
  return n;
}

/**
 * The share of a headline's terms that some other article (not a copy) uses anywhere in its text. A
 * figure or name only one outlet gives — a disputed amount — makes a poor title for the story.
 */
function attested(self: CrossCheckArticle, v: TermVector, members: readonly CrossCheckArticle[], textOf: (m: CrossCheckArticle) => TermVector): number {
  const others = members.filter((o) => !sameText(o, self));
  if (others.length === 0 || v.size === 0) return 1;
  let found = 0;
  for (const t of v.keys()) if (others.some((o) => textOf(o).has(t))) found++;
  return found / v.size;
}

/** What a title must not say: the losing sides' sentences, and their values as words a headline would use. */
interface Disputed {
  sentences: Set<string>;
  /** Each disputed value as the words that state it: an amount normalised ("€430000000"), a role's stems, a date's words ("wednesday"). */
  values: Set<string>[];
}

const sentenceKey = (articleId: string, index: number): string => `${articleId}#${index}`;
/** Plain words of three letters or more: weekdays and months, which content terms leave out as stopwords. */
const plainWords = (text: string): string[] => foldedWords(text).filter((w) => w.length >= 3);

/** The words a text can state a value with: its content terms and amounts, and its plain words. */
function wordsOf(text: string): Set<string> {
  return new Set([...termVector(text).keys(), ...plainWords(text)]);
}

/**
 * The words that state an evidence sentence's value: for a date, the words of the time expression in the
 * sentence that resolved to it ("on Wednesday" → "wednesday"); for a figure or role, the value's terms.
 */
function valueWords(article: Article | undefined, e: ClaimEvidence): Set<string> {
  if (!e.value) return new Set();
  if (/^\d{4}(?:-|$)/.test(e.value)) {
    const span = article?.sentences[e.sentenceIndex];
    if (!article || !span) return new Set();
    const times = article.annotations.times.filter((t) => t.start >= span.start && t.end <= span.end && t.value.startsWith(e.value!));
    return new Set(times.flatMap((t) => plainWords(t.text)));
  }
  return new Set(termVector(e.value).keys());
}

/**
 * The disputed sentences and values of a story's conflicts: the contradicting side of each, and both sides
 * when neither has more independent sources (the seeds' "met on Wednesday" against the Financial Times'
 * "on Thursday": one source each, so neither is the story's word).
 */
export function disputedWords(members: readonly CrossCheckArticle[], claims: readonly AlignedClaim[]): Disputed {
  const articles = new Map(members.map((m) => [m.article.id, m.article]));
  const out: Disputed = { sentences: new Set(), values: [] };
  for (const c of claims) {
    if (c.status !== 'conflicting') continue;
    const sources = (stance: ClaimEvidence['stance']): number => new Set(c.evidence.filter((e) => e.stance === stance).map((e) => e.source)).size;
    const decided = sources('supports') > sources('contradicts');
    for (const e of c.evidence) {
      if (decided && e.stance === 'supports') continue;
      out.sentences.add(sentenceKey(e.articleId, e.sentenceIndex));
      const words = valueWords(articles.get(e.articleId), e);
      if (words.size > 0) out.values.push(words);
    }
  }
  return out;
}

/** Whether a headline states a disputed value: every word of that value is in it. */
function statesDisputedValue(headline: string, disputed: Disputed): boolean {
  if (disputed.values.length === 0) return false;
  const words = wordsOf(headline);
  return disputed.values.some((v) => [...v].every((w) => words.has(w)));
}

/**
 * Chooses the story's title from its articles' headlines (else a lead sentence), leaving out disputed
 * words when anything else is left; see the file comment. `claims` are the story's aligned claims.
 */
export function chooseTitle(members: readonly CrossCheckArticle[], claims: readonly AlignedClaim[] = []): { text: string; articleId: string } {
  if (members.length === 0) throw new RangeError('a story without articles has no title');
  const disputed = disputedWords(members, claims);
  const headlines = members.filter((m) => headline(m) !== null);
  const freeHeadlines = headlines.filter((m) => !statesDisputedValue(headline(m)!, disputed));
  if (freeHeadlines.length > 0) return choose(members, freeHeadlines, 'headline');
  const freeLeads = members.filter((m) => m.article.sentences.length > 0 && !disputed.sentences.has(sentenceKey(m.article.id, 0)));
  if (freeLeads.length > 0) return choose(members, freeLeads, 'lead');
  // Only disputed words left: the rule without the dispute check (a story needs a title in its sources' words).
  return headlines.length > 0 ? choose(members, headlines, 'headline') : choose(members, members, 'lead');
}

const headline = (m: CrossCheckArticle): string | null => (m.article.title?.trim() ? m.article.title : null);
const lead = (m: CrossCheckArticle): string => m.article.sentences[0]?.text ?? '';

/** The best title among `candidates` (some of `members`): the most representative headline, or the most central article's lead. */
function choose(members: readonly CrossCheckArticle[], candidates: readonly CrossCheckArticle[], by: 'headline' | 'lead'): { text: string; articleId: string } {
  const order = readingOrder(members);
  const preferIndependent = (ms: CrossCheckArticle[]): CrossCheckArticle[] => {
    const independent = ms.filter((m) => m.copyOf === null);
    return independent.length > 0 ? independent : ms;
  };

  // An article's whole text as terms, read the first time it is needed: a headline's terms are mostly
  // found in the first other articles looked at, so most texts of a big story need not be read for them.
  const known = new Map<CrossCheckArticle, TermVector>();
  const textOf = (m: CrossCheckArticle): TermVector => {
    let v = known.get(m);
    if (!v) {
      v = termVector(`${headline(m) ?? ''}\n${m.article.text}`);
      known.set(m, v);
    }
    return v;
  };
  if (by === 'headline') {
    const titled = preferIndependent(candidates.filter((m) => headline(m) !== null));
    const raw = new Map(members.map((m) => [m, termVector(`${headline(m) ?? ''}\n${lead(m)}`)]));
    const weigh = idfWeigher([...raw.values()]);
    const summaries = new Map([...raw].map(([m, v]) => [m, weigh(v)]));
    const score = (m: CrossCheckArticle): number => {
      const v = termVector(headline(m)!);
      return meanSimilarity(m, weigh(v), members, (o) => summaries.get(o)!) * attested(m, v, members, textOf);
    };
    const chosen = best(titled, score, order)!;
    return { text: headline(chosen)!, articleId: chosen.article.id };
  }

  const withLead = preferIndependent(candidates.filter((m) => m.article.sentences.length > 0));
  if (withLead.length === 0) throw new RangeError('a story whose articles have neither a headline nor a sentence has no title');
  const texts = new Map(members.map((m) => [m, textOf(m)]));
  const weigh = idfWeigher([...texts.values()]);
  const bodies = new Map([...texts].map(([m, v]) => [m, weigh(v)]));
  const central = best(withLead, (m) => meanSimilarity(m, bodies.get(m)!, members, (o) => bodies.get(o)!), order)!;
  return { text: lead(central), articleId: central.article.id };
}
