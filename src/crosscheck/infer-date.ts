// Infers when an undated article was written from the dated articles of its story. An undated article
// still says "on Monday evening", "on Tuesday", "last week": each names a day only once the reference
// date is known, and the story's dated articles say which days its happenings fell on. So we try
// reference days and keep the ones under which the article's own words land on the story's dates.
//
// Method.
// 1. Candidates: every day from a week before the earliest sibling publication day to three weeks after
//    the latest (an article reporting the story exists near its dated ones; a follow-up runs later).
// 2. Evidence: the article's relative time expressions (the stored `relative` meaning), except absolute
//    ones (they name the same day whatever the reference) and anaphoric ones ("the day", "that week" refer
//    back to a time in the text, not to the writing day). Each is re-resolved with `resolveTime(t, R)`.
// 3. Scoring: a resolved day, week (weekend) or month that equals or contains a date a dated sibling gives
//    scores strongly when that sibling's sentence reports the same happening as the article's sentence:
//    a shared kind of event (claim predicates and listed event verbs, grouped by lexicon/crosscheck.json's
//    predicateClasses, so "arrived" meets "landed" and "signing" meets "signed"), a shared actor, or two
//    shared content words that are not the story's common vocabulary. Any other sibling date that matches
//    scores weakly, except for expressions that always name the reference itself ("today", "this week"):
//    for those a weak match would only say "R is one of the story's dates". More dated articles giving the
//    date add a little (up to five), so a date only one article gives yields to one several give.
// 4. Constraints: a time in a past-tense clause must not fall after R, one in a future-tense clause ("is
//    due to sign on Tuesday", "will sign") not before R; a violation costs as much as a strong match.
// 5. The best-scoring candidates win: `date` is the earliest, `earliest`/`latest` span all of them.
//    Coarser values (years, seasons) are not evidence: they cannot tell candidate days apart.
// No fallback: when none of the article's relative expressions lands on a sibling's date the result is
// null. A date taken from the siblings alone (say, "near their publication days") would be a guess the
// dossier then prints as if the article had said it; an undated article is shown undated instead.
import type { Claim, TimeExpression } from '../core/annotations.js';
import type { DateInference, EvidenceRef } from '../core/crosscheck.js';
import type { Article } from '../core/types.js';
import { contentTerms, entityKey, verbLemma } from '../text/index.js';
import { resolveTime, type RelativeTime } from '../understand/index.js';
import { dayInterval, isoDay } from './compare-values.js';
import { evidenceOf, independentSource } from './evidence.js';
import { eventClassOf, predicateClassOf } from './facts.js';

/** Verbs that name no happening of their own: copulas, speech, aspect, expectation. */
const LIGHT = new Set([
  'be', 'have', 'do', 'say', 'tell', 'add', 'state', 'declare', 'become', 'remain', 'seem', 'see', 'make', 'take',
  'get', 'go', 'come', 'put', 'give', 'want', 'need', 'expect', 'include', 'know',
]);

const STRONG = 20;
const WEAK = 10;
/** A broken tense constraint cancels a strong match. */
const VIOLATION = 20;
/** Extra dated articles giving the date count up to this many. */
const MAX_SUPPORT = 5;
const DAYS_BEFORE = 7;
const DAYS_AFTER = 21;

/** A span of day numbers (days since 1970-01-01), inclusive. */
interface DaySpan {
  first: number;
  last: number;
}

/** What a sentence says happened, and to whom: compared across articles to find the same happening. */
interface SentenceCues {
  /** Event class → the word that named it in this sentence ("arrive", "signing"). */
  events: Map<string, string>;
  /** Entity keys of the sentence's claim actors and object entities. */
  actors: Set<string>;
  /** Content-word stems, without the story's common vocabulary. */
  terms: Set<string>;
}

interface SiblingTime {
  article: Article;
  time: TimeExpression;
  span: DaySpan;
}

interface ArticleTime {
  time: TimeExpression;
  /** The clause tense that constrains R: the claim's own (from its verb group), else the time's. */
  tense: RelativeTime['tense'];
  /** The claim whose time slot this expression fills, if any. */
  claim: Claim | null;
  /** Always the reference itself at its unit ("today", "this week"): only same-happening matches count. */
  selfAnchored: boolean;
}

interface Match {
  at: ArticleTime;
  value: string;
  span: DaySpan;
  strong: boolean;
  support: SiblingTime[];
  /** The word that tied the sentences together (strong matches), or null. */
  cue: string | null;
}

interface Candidate {
  day: number;
  score: number;
  matches: Match[];
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const publicationDay = (a: Article): number | null => (a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published) ? dayOf(a.published) : null);

/** The days a resolved value covers at day, week, weekend or month precision; null for anything else. */
function spanOf(value: string): DaySpan | null {
  const weekend = /^(\d{4}-W\d{2})-WE$/.exec(value);
  if (weekend) {
    const week = dayInterval(weekend[1]!);
    return week && { first: week.first + 5, last: week.last };
  }
  const span = dayInterval(value);
  return span && span.precision !== 'year' ? { first: span.first, last: span.last } : null;
}

/**
 * A story's dated articles read once for dating its undated ones: their time expressions (by first
 * day, so a span finds the ones inside it without a scan), their sentence cues and content terms.
 * `inferPublicationDate` takes one per round instead of re-reading every sibling for every article.
 */
export interface StoryDating {
  dated: readonly Article[];
  /** Every dated sibling's times that name a day, week or month, ordered by first day. */
  times: readonly SiblingTime[];
  cues: (a: Article, sentence: number) => SentenceCues;
  terms: (a: Article) => ReadonlySet<string>;
}

/** Compared siblings per undated article: in a story of thousands, the ones sharing most words with it. */
const MAX_SIBLINGS = 150;
/** Candidate reference days per undated article: a year of them is more than any one story's reports span. */
const MAX_CANDIDATE_DAYS = 366;

export function storyDating(siblings: readonly Article[]): StoryDating {
  const dated = siblings.filter((s) => publicationDay(s) !== null);
  const times: SiblingTime[] = dated.flatMap((s) =>
    s.annotations.times.flatMap((time) => {
      const span = time.sentence >= 0 ? spanOf(time.value) : null;
      return span ? [{ article: s, time, span }] : [];
    }),
  );
  times.sort((x, y) => x.span.first - y.span.first);
  const termsOf = new Map<string, ReadonlySet<string>>();
  const terms = (a: Article): ReadonlySet<string> => {
    let found = termsOf.get(a.id);
    if (!found) termsOf.set(a.id, (found = new Set(contentTerms(a.text))));
    return found;
  };
  return { dated, times, cues: cueReader(dated, terms), terms };
}

/** Infers an undated article's publication (reference) date from its dated story siblings, or null when the story gives no evidence. */
export function inferPublicationDate(article: Article, siblings: readonly Article[] | StoryDating): DateInference | null {
  const story = Array.isArray(siblings) ? storyDating(siblings) : (siblings as StoryDating);
  let dated = story.dated.filter((s) => s.id !== article.id);
  if (dated.length === 0) return null;
  const times = evidenceTimes(article);
  if (times.length === 0) return null;
  const closest = (): Article[] => {
    const own = story.terms(article);
    const shared = (s: Article): number => [...story.terms(s)].filter((t) => own.has(t)).length;
    return dated.map((s) => [s, shared(s)] as const).sort((x, y) => y[1] - x[1]).map(([s]) => s);
  };
  if (dated.length > MAX_SIBLINGS) dated = closest().slice(0, MAX_SIBLINGS);
  const compared = new Set(dated);
  const siblingTimes = story.times.filter((st) => compared.has(st.article));
  const cues = story.cues;
  const relation = new Map<string, string | false>();
  /** The cue tying the two sentences to one happening ('' when only content words do), or null. */
  const related = (at: ArticleTime, st: SiblingTime): string | null => {
    const key = `${at.time.sentence}|${st.article.id}|${st.time.sentence}`;
    let known = relation.get(key);
    if (known === undefined) {
      known = sameHappening(cues(article, at.time.sentence), cues(st.article, st.time.sentence)) ?? false;
      relation.set(key, known);
    }
    return known === false ? null : known;
  };

  // Candidate days: near some sibling's publication day (a story spread over years is not one range);
  // beyond a year of them, near the siblings that share most words with the article.
  const daysNear = (list: readonly Article[]): Set<number> => {
    const days = new Set<number>();
    for (const s of list) {
      const published = publicationDay(s)!;
      for (let day = published - DAYS_BEFORE; day <= published + DAYS_AFTER; day++) days.add(day);
      if (days.size >= MAX_CANDIDATE_DAYS) break;
    }
    return days;
  };
  let days = daysNear(dated);
  if (days.size >= MAX_CANDIDATE_DAYS) days = daysNear(closest());
  const candidates = [...days].sort((x, y) => x - y).map((day) => scoreCandidate(day, times, siblingTimes, related));
  const best = Math.max(...candidates.map((c) => c.score));
  if (best <= 0) return null;
  const winners = candidates.filter((c) => c.score === best);
  const chosen = winners[0]!;
  const date = isoDay(chosen.day);
  const latest = isoDay(winners[winners.length - 1]!.day);
  return {
    articleId: article.id,
    date,
    earliest: date,
    latest,
    why: explain(article, date, latest, chosen.matches),
    evidence: evidenceFor(article, chosen.matches),
  };
}

/** The article's relative time expressions that can tell reference days apart. */
function evidenceTimes(article: Article): ArticleTime[] {
  const out: ArticleTime[] = [];
  for (const time of article.annotations.times) {
    const relative = time.relative as RelativeTime | null;
    if (relative === null || time.sentence < 0 || relative.spec.kind === 'absolute') continue;
    const selfAnchored = relative.spec.kind === 'shift' && relative.spec.n === 0;
    // "the day", "that week": anaphora to a time the text already gave, not the day of writing
    if (selfAnchored && /^(?:the|that)\b/i.test(time.text)) continue;
    const claim = article.annotations.claims.find((c) => c.sentence === time.sentence && c.time?.text === time.text) ?? null;
    const tense = claim?.tense === 'past' || claim?.tense === 'future' ? claim.tense : relative.tense;
    out.push({ time, tense, claim, selfAnchored });
  }
  return out;
}

function scoreCandidate(
  day: number,
  times: readonly ArticleTime[],
  siblingTimes: readonly SiblingTime[],
  related: (at: ArticleTime, st: SiblingTime) => string | null,
): Candidate {
  const reference = isoDay(day);
  let score = 0;
  const matches: Match[] = [];
  for (const at of times) {
    const value = resolveTime(at.time, reference).value;
    const span = spanOf(value);
    if (!span) continue;
    if ((at.tense === 'past' && span.first > day) || (at.tense === 'future' && span.last < day)) {
      score -= VIOLATION;
      continue;
    }
    const strong: SiblingTime[] = [];
    const weak: SiblingTime[] = [];
    let cue: string | null = null;
    for (let i = firstFrom(siblingTimes, span.first); i < siblingTimes.length && siblingTimes[i]!.span.first <= span.last; i++) {
      const st = siblingTimes[i]!;
      if (st.span.last > span.last) continue;
      const tie = related(at, st);
      if (tie === null) weak.push(st);
      else {
        strong.push(st);
        if (!cue && tie) cue = tie;
      }
    }
    if (strong.length > 0) {
      score += STRONG + Math.min(articleCount(strong), MAX_SUPPORT);
      matches.push({ at, value, span, strong: true, support: strong, cue });
    } else if (weak.length > 0 && !at.selfAnchored) {
      score += WEAK + Math.min(articleCount(weak), MAX_SUPPORT);
      matches.push({ at, value, span, strong: false, support: weak, cue: null });
    }
  }
  return { day, score, matches };
}

/** The index of the first sibling time starting on or after `day` (the times are ordered by first day). */
function firstFrom(times: readonly SiblingTime[], day: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid]!.span.first < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

const articleCount = (support: readonly SiblingTime[]): number => new Set(support.map((s) => s.article.id)).size;

/** Reads (and caches) each sentence's cues; the story's common vocabulary is left out of the terms. */
function cueReader(dated: readonly Article[], termsOf: (a: Article) => ReadonlySet<string>): (a: Article, sentence: number) => SentenceCues {
  const frequency = new Map<string, number>();
  for (const s of dated) for (const term of termsOf(s)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const common = Math.max(2, Math.ceil(dated.length / 2));
  const cache = new Map<string, SentenceCues>();
  return (a, sentence) => {
    const key = `${a.id}#${sentence}`;
    let found = cache.get(key);
    if (!found) {
      found = sentenceCues(a, sentence, (t) => (frequency.get(t) ?? 0) >= common);
      cache.set(key, found);
    }
    return found;
  };
}

function sentenceCues(article: Article, sentence: number, isCommon: (term: string) => boolean): SentenceCues {
  const text = article.sentences[sentence]?.text ?? '';
  const claims = article.annotations.claims.filter((c) => c.sentence === sentence);
  const events = new Map<string, string>();
  for (const c of claims) {
    if (!c.negated && !LIGHT.has(c.predicate)) events.set(predicateClassOf(c.predicate), c.predicate);
  }
  // lower-case words only: "the Karsland Infrastructure Fund" names no funding
  for (const m of text.matchAll(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu)) {
    const lemma = verbLemma(m[0]);
    const cls = eventClassOf(lemma);
    if (cls && !LIGHT.has(lemma) && !events.has(cls)) events.set(cls, m[0]);
  }
  const keyOf = new Map(article.annotations.entities.flatMap((e) => [e.name, ...e.aliases].map((n) => [n, entityKey(e)] as const)));
  const actors = new Set<string>();
  for (const c of claims) {
    for (const name of [...c.actors, ...(c.objectEntities ?? [])]) {
      const key = keyOf.get(name) ?? entityKey({ name, type: 'other' });
      if (key) actors.add(key);
    }
  }
  const terms = new Set(contentTerms(text).filter((t) => !isCommon(t)));
  return { events, actors, terms };
}

/** The cue two sentences share as one happening: an event word, an actor, or '' for two content words; null when none. */
function sameHappening(a: SentenceCues, b: SentenceCues): string | null {
  for (const [cls, word] of a.events) if (b.events.has(cls)) return word;
  for (const actor of a.actors) if (b.actors.has(actor)) return '';
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term) && ++shared >= 2) return '';
  return null;
}

/** One checkable sentence: which expressions, under the inferred date, landed on which articles' dates. */
function explain(article: Article, date: string, latest: string, matches: readonly Match[]): string {
  const parts = [...matches]
    .sort((x, y) => x.at.time.start - y.at.time.start)
    .map((m) => {
      const label = [labelOf(m), m.at.tense === 'past' || m.at.tense === 'future' ? m.at.tense : null].filter(Boolean).join(', ');
      const quoted = `“${quotedTime(article, m.at.time)}”${label ? ` (${label})` : ''}`;
      const oneDay = m.span.first === m.span.last;
      const shown = oneDay ? isoDay(m.span.first) : `${m.value} (${isoDay(m.span.first)}..${isoDay(m.span.last)})`;
      const held = oneDay ? '' : `, which holds ${commonestDay(m.support)}`;
      const sources = sourcesOf(m.support);
      return m.strong
        ? `${quoted} = ${shown}${held} as in ${sources.text}`
        : `${quoted} = ${shown}${held}, a date ${sources.text} also give${sources.plural ? '' : 's'}`;
    });
  const range = latest === date ? '' : ` (consistent up to ${latest})`;
  // One expression repeated in two sentences matches alike: say it once.
  return `Inferred ${date}${range} from its story: ${[...new Set(parts)].join('; ')}.`;
}

/** What the expression's sentence says happened: its claim's event verb, else the word that matched. */
function labelOf(m: Match): string | null {
  const predicate = m.at.claim?.predicate;
  if (predicate && !LIGHT.has(predicate) && !m.at.claim?.negated) return predicate;
  return m.cue;
}

/** The expression with the preposition just before it ("on Monday evening"), as the sentence has it. */
function quotedTime(article: Article, time: TimeExpression): string {
  const before = article.text.slice(Math.max(0, time.start - 6), time.start);
  const prep = /(?:^|\s)(on|in|at|by|since|until|from)\s$/i.exec(before);
  return prep ? `${prep[1]} ${time.text}` : time.text;
}

/** The day most supporting articles give (earliest on a tie). */
function commonestDay(support: readonly SiblingTime[]): string {
  const counts = new Map<number, Set<string>>();
  for (const s of support) counts.set(s.span.first, (counts.get(s.span.first) ?? new Set()).add(s.article.id));
  const [day] = [...counts].sort((x, y) => y[1].size - x[1].size || x[0] - y[0])[0]!;
  return isoDay(day);
}

/** "The Harbour Ledger", "Radio Kestrel and Coastline Daily", or "5 dated articles". */
function sourcesOf(support: readonly SiblingTime[]): { text: string; plural: boolean } {
  const articles = [...new Map(support.map((s) => [s.article.id, s.article])).values()];
  const names = [...new Set(articles.map((a) => independentSource(a, null)))];
  if (names.length <= 2) return { text: names.join(' and '), plural: names.length > 1 };
  return { text: `${articles.length} dated articles`, plural: true };
}

/** The article's matched sentences, then the siblings' sentences they matched, each once. */
function evidenceFor(article: Article, matches: readonly Match[]): EvidenceRef[] {
  const seen = new Set<string>();
  const out: EvidenceRef[] = [];
  const add = (a: Article, sentence: number): void => {
    const key = `${a.id}#${sentence}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(evidenceOf(a, sentence));
  };
  const ordered = [...matches].sort((x, y) => x.at.time.start - y.at.time.start);
  for (const m of ordered) add(article, m.at.time.sentence);
  for (const m of ordered) for (const s of m.support) add(s.article, s.time.sentence);
  return out;
}
