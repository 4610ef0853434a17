// The quote ledger: every quoted statement of a story once, with each outlet's version of it. Outlets
// trim, extend and re-word quotes, and a wire copy repeats the wire's; a reader needs to see who said
// what, who carries which version, how many independent sources stand behind it, and who had it first.
//
// How it works: each article's quotes become statements (scare quotes — fragments without a speaker —
// are skipped; consecutive quotes of one speaker, as in `“A,” she said. “B.”`, are joined into one
// statement). Two statements are one entry when their speakers match (the same name, or one name's
// words inside the other's with the same last word: "Strand" = "Anneli Strand"; no speaker only
// matches no speaker) and their words relate: the same words, one contained in the other (trimmed /
// extended, in order, pieces split at an ellipsis or an attribution allowed), or most content words
// shared (paraphrased). Matches are joined transitively, closest first, as long as every speaker of
// the joined group matches every other. Each entry keeps one variant per article, compares it with the
// fullest variant, and quotes as evidence every whole sentence its quotes touch. Entries are ordered by
// independent sources (most first), then by where they first appear in reading order (earliest-
// published article first, then position in the article).
import type { Quote } from '../core/annotations.js';
import type { CrossCheckArticle, EvidenceRef, QuoteLedgerEntry } from '../core/crosscheck.js';
import { givenNamesLexicon } from '../config/lexicons.js';
import { boundedMemo, once } from '../core/lazy.js';
import { contentTerms, entityKey, foldText } from '../text/index.js';
import { evidenceOf, outletLabel, sentencesOverlapping } from './evidence.js';
import { placePieces } from './quote-fragments.js';
import { publishedInterval, readingOrder } from './reading-order.js';
import { rootFinder } from './union-find.js';

type Relation = QuoteLedgerEntry['variants'][number]['relation'];

/** Share of the shorter side's content words the other must contain for a paraphrase. */
const PARAPHRASE_SHARE = 0.75;
/** And at least this many content words in common: two words in common say little. */
const PARAPHRASE_MIN_SHARED = 3;
/** Words a quote without a speaker needs to join a named speaker's ("Teachers should teach."): not "No." */
const MIN_UNNAMED_WORDS = 3;
/** Words a single quote needs to split a joined statement it shares with another outlet: not "We'll see." */
const MIN_SHARED_QUOTE_WORDS = 3;

/** One quoted statement in one article: one quote, or consecutive quotes of one speaker joined. */
interface Statement {
  member: CrossCheckArticle;
  /** The article's rank in reading order (see `readingOrder`). */
  rank: number;
  quotes: Quote[];
  speaker: string | null;
  /** The quoted words; joined quotes are separated by " … " (the attribution between them is left out). */
  text: string;
  /** Normalised words of each piece (a quote, or part of one between ellipses), in order. */
  pieces: string[][];
  words: string[];
  terms: Set<string>;
  sentences: number[];
  /** No speaker, and no one else named either: no cue ("“…”" alone), or a pronoun cue left unresolved ("he said"). */
  unresolved: boolean;
}

/** A cue whose speaker is a pronoun: "he said", "She added", "said they". */
const PRONOUN_CUE = /^(?:he|she|they|we|i)\b|\b(?:he|she|they)$/i;

/** Normalised words: folded, lower-case, apostrophes dropped ("Don’t" → "dont"). */
export function wordsOf(text: string): string[] {
  return [...foldText(text).matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)].map((m) => m[0].replace(/['’]/g, ''));
}

/**
 * The words of a speaker's name without titles ("Dr. Ines Vautrin" → ["ines", "vautrin"]), or null;
 * memoised: big stories compare every pair of quotes' speakers.
 */
const nameWords = boundedMemo((speaker: string): string[] | null => {
  const key = entityKey({ name: speaker, type: 'other' });
  return key ? key.split(' ').map((w) => formalNames().get(w) ?? w) : null;
}, 50_000);

/** Given names by their short forms, folded: "mike" → "michael", so "Mike Hale" and "Michael Hale" are one speaker. */
const formalNames = once(() => new Map(Object.entries(givenNamesLexicon().nicknames).map(([nick, formal]) => [foldText(nick), foldText(formal)])));

/**
 * Whether two speakers are one: both unknown; the same name; or one name's words all inside the
 * other's with the same last word ("Strand", "Ms Strand", "Anneli Strand" — but not "Erik Strand").
 */
export function sameSpeaker(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (!wa || !wb) return foldText(a).trim() === foldText(b).trim();
  if (wa[wa.length - 1] !== wb[wb.length - 1]) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return short.every((w) => long.includes(w));
}

/** Whether `pieces`, in order and without overlapping, each occur as a contiguous run of `words`. */
function containedIn(pieces: readonly string[][], words: readonly string[]): boolean {
  let from = 0;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    let found = -1;
    for (let i = from; i + piece.length <= words.length && found < 0; i++) {
      if (piece.every((w, j) => words[i + j] === w)) found = i;
    }
    if (found < 0) return false;
    from = found + piece.length;
  }
  return true;
}

/** How statement `v` relates to statement `f`, or null when they are not one statement. */
function relate(v: Statement, f: Statement): Exclude<Relation, 'full'> | null {
  if (v.words.length === f.words.length && v.words.every((w, i) => w === f.words[i])) return 'same';
  if (v.words.length <= f.words.length && containedIn(v.pieces, f.words)) return 'trimmed';
  if (f.words.length <= v.words.length && containedIn(f.pieces, v.words)) return 'extended';
  let shared = 0;
  for (const t of v.terms) if (f.terms.has(t)) shared++;
  const smaller = Math.min(v.terms.size, f.terms.size);
  if (shared >= PARAPHRASE_MIN_SHARED && shared / smaller >= PARAPHRASE_SHARE) return 'paraphrased';
  return null;
}

function makeStatement(member: CrossCheckArticle, rank: number, quotes: Quote[]): Statement {
  const pieces = quotes.flatMap((q) => q.text.split(/…|\.\.\./).map(wordsOf));
  const sentences = [...new Set(quotes.flatMap((q) => sentencesOverlapping(member.article, q)))].sort((a, b) => a - b);
  return {
    member,
    rank,
    quotes,
    speaker: quotes[0]!.speaker,
    text: quotes.map((q) => q.text.trim()).join(' … '),
    pieces,
    words: pieces.flat(),
    terms: new Set(quotes.flatMap((q) => contentTerms(q.text))),
    sentences,
    unresolved: quotes[0]!.speaker === null && quotes.every((q) => q.cue === null || PRONOUN_CUE.test(q.cue.text.trim())),
  };
}

/**
 * An article's statements. A direct quote that starts in the sentence after (or the same sentence as)
 * the previous direct quote of the same speaker ends continues that statement.
 */
function statementsOf(member: CrossCheckArticle, rank: number): Statement[] {
  const article = member.article;
  // A quote outside every sentence (a quoted sub-heading: "'Kind of a good question'") has no sentence
  // to cite as evidence, so it is no ledger entry.
  const quotes = article.annotations.quotes
    .filter((q) => !isLoose(q) && sentencesOverlapping(article, q).length > 0)
    .slice()
    .sort((a, b) => a.start - b.start);
  const groups: Quote[][] = [];
  for (const q of quotes) {
    const prev = groups[groups.length - 1];
    const last = prev?.[prev.length - 1];
    if (prev && last && last.kind === 'direct' && q.kind === 'direct' && last.speaker !== null && sameSpeaker(last.speaker, q.speaker)) {
      const lastSentence = Math.max(last.sentence, ...sentencesOverlapping(article, last));
      const firstSentence = Math.min(q.sentence, ...sentencesOverlapping(article, q));
      if (firstSentence <= lastSentence + 1) {
        prev.push(q);
        continue;
      }
    }
    groups.push([q]);
  }
  return groups.map((g) => makeStatement(member, rank, g));
}

/** A fragment with no speaker: a scare quote, or a piece of someone's statement (see quote-fragments.ts). */
const isLoose = (q: Quote): boolean => q.kind === 'fragment' && q.speaker === null;

/** Words every one of which is capitalised, small words aside: a title or a name ("Meet the Press", "Smiles for Life"), not words someone said. */
const TITLE = /^(?:\s*(?:\p{Lu}[\p{L}\p{N}'’.-]*|of|the|and|on|for|a|an|in|to|at|with)[\s,.!?]*)+$/u;

/** An article's speakerless fragments, each a statement of its own that can only join a named one; titles are none. */
function looseOf(member: CrossCheckArticle, rank: number): Statement[] {
  return member.article.annotations.quotes
    .filter((q) => isLoose(q) && !TITLE.test(q.text) && sentencesOverlapping(member.article, q).length > 0)
    .map((q) => makeStatement(member, rank, [q]));
}

/** Whether `a` and `b` are one statement word for word, or one a trimmed part of the other. */
function sameWords(a: Statement, b: Statement): boolean {
  const r = relate(a, b);
  return r === 'same' || r === 'trimmed' || r === 'extended';
}

/**
 * Joined statements split back into their quotes where another outlet carries one of those quotes with
 * other quotes around it: “This is not about all teachers,” he said. “Teachers should teach.” and
 * “Teachers should teach, but …,” Hutchinson said share the second quote only, which becomes one entry
 * of both outlets, the first its own entry.
 */
function splitShared(statements: readonly Statement[]): Statement[] {
  const singles = new Map<Statement, Statement[]>();
  const singlesOf = (s: Statement): Statement[] => {
    let out = singles.get(s);
    if (!out) singles.set(s, (out = s.quotes.map((q) => makeStatement(s.member, s.rank, [q]))));
    return out;
  };
  const split = new Set<Statement>();
  for (const a of statements) {
    if (a.quotes.length < 2 || a.speaker === null) continue;
    for (const b of statements) {
      if (b.member === a.member || !sameSpeaker(a.speaker, b.speaker) || sameWords(a, b)) continue;
      const shared = singlesOf(a).some((q) => q.words.length >= MIN_SHARED_QUOTE_WORDS && singlesOf(b).some((r) => r.words.length >= MIN_SHARED_QUOTE_WORDS && sameWords(q, r)));
      if (shared) {
        split.add(a);
        break;
      }
    }
  }
  return statements.flatMap((s) => (split.has(s) ? singlesOf(s) : [s]));
}

/** The fullest form of a speaker's name among the statements: most name words, then the longest. */
function fullestSpeaker(statements: readonly Statement[]): string | null {
  let best: string | null = null;
  let bestWords = -1;
  for (const s of statements) {
    if (s.speaker === null) continue;
    const n = nameWords(s.speaker)?.length ?? 0;
    if (n > bestWords || (n === bestWords && best !== null && s.speaker.length > best.length)) {
      best = s.speaker;
      bestWords = n;
    }
  }
  return best;
}

/** Builds the story's quote ledger: one entry per quoted statement, most independent sources first. */
export function buildQuoteLedger(members: readonly CrossCheckArticle[]): QuoteLedgerEntry[] {
  const order = readingOrder(members);
  const statements = splitShared(members.flatMap((m) => statementsOf(m, order.get(m)!)))
    .sort((a, b) => a.rank - b.rank || a.quotes[0]!.start - b.quotes[0]!.start);

  // Union-find: statements of one speaker whose words relate are one entry. The closest pairs join
  // first (the same name before a family name alone, the same words before a paraphrase), and two
  // groups join only when all their speakers match: a bare "Strand" joins one of "Anneli Strand" and
  // "Erik Strand", never both into one.
  const pairs: { i: number; j: number; rank: number; fragment: boolean }[] = [];
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const a = statements[i]!;
      const b = statements[j]!;
      // A statement whose speaker one outlet did not name is the named speaker's when its words are the
      // same, trimmed or extended (never a paraphrase), and long enough to be one statement.
      const oneUnnamed = (a.speaker === null) !== (b.speaker === null) && (a.speaker === null ? a.unresolved : b.unresolved);
      if (!oneUnnamed && !sameSpeaker(a.speaker, b.speaker)) continue;
      const relation = relate(a, b);
      if (relation === null || (oneUnnamed && (relation === 'paraphrased' || Math.min(a.words.length, b.words.length) < MIN_UNNAMED_WORDS))) continue;
      const sameName = a.speaker === null || b.speaker === null || nameWords(a.speaker)?.join(' ') === nameWords(b.speaker)?.join(' ');
      const fragment = relation !== 'same' && Math.min(a.words.length, b.words.length) < MIN_SHARED_QUOTE_WORDS;
      pairs.push({ i, j, rank: (oneUnnamed ? 6 : sameName ? 0 : 3) + (relation === 'same' ? 0 : relation === 'paraphrased' ? 2 : 1), fragment });
    }
  }
  pairs.sort((x, y) => x.rank - y.rank || x.i - y.i || x.j - y.j);
  const parent = statements.map((_, i) => i);
  const speakers = statements.map((s) => [s.speaker]);
  const held = statements.map((s) => [s]);
  const root = rootFinder(parent);
  for (const { i, j, fragment } of pairs) {
    const [ri, rj] = [root(i), root(j)];
    if (ri === rj || !speakers[ri]!.every((a) => speakers[rj]!.every((b) => a === null || b === null || sameSpeaker(a, b)))) continue;
    // A word or two inside two statements an article keeps apart never glues them into one: “joke” is in both
    // “… played a joke on the forum” and “It was a joke”.
    if (fragment && held[ri]!.some((x) => held[rj]!.some((y) => x !== y && x.member === y.member))) continue;
    parent[rj] = ri;
    speakers[ri]!.push(...speakers[rj]!);
    held[ri]!.push(...held[rj]!);
  }
  const components = new Map<number, Statement[]>();
  statements.forEach((s, i) => {
    const r = root(i);
    const component = components.get(r);
    if (component) component.push(s);
    else components.set(r, [s]);
  });

  // Speakerless pieces join the named statement they come from, when one stands out (quote-fragments.ts).
  const groups = [...components.values()];
  const pieces = members.flatMap((m) => looseOf(m, order.get(m)!));
  placePieces(pieces, groups, (piece, s) => s.speaker !== null && s.member !== piece.member).forEach((at, i) => {
    if (at >= 0) groups[at]!.push(pieces[i]!);
  });
  const entries = groups.map((group, firstIndex) => ({ entry: toEntry(group), firstIndex }));
  entries.sort((a, b) => b.entry.sources.length - a.entry.sources.length || a.firstIndex - b.firstIndex);
  return entries.map((e) => e.entry);
}

/** One ledger entry from one group of statements (given in reading order). */
function toEntry(group: readonly Statement[]): QuoteLedgerEntry {
  // One variant per article: its longest statement in the group (an article may repeat a quote).
  const byArticle = new Map<CrossCheckArticle, Statement[]>();
  for (const s of group) byArticle.set(s.member, [...(byArticle.get(s.member) ?? []), s]);
  const variants = [...byArticle.values()].map((ss) => ss.reduce((best, s) => (s.words.length > best.words.length ? s : best)));

  // The fullest: most words; on a tie an independent article before a copy, then reading order.
  const fullest = variants.reduce((best, v) => {
    if (v.words.length !== best.words.length) return v.words.length > best.words.length ? v : best;
    if ((v.member.copyOf === null) !== (best.member.copyOf === null)) return v.member.copyOf === null ? v : best;
    return best;
  });

  const evidence: EvidenceRef[] = [];
  for (const [member, ss] of byArticle) {
    const sentences = [...new Set(ss.flatMap((s) => s.sentences))].sort((a, b) => a - b);
    for (const i of sentences) evidence.push(evidenceOf(member.article, i));
  }

  const distinct = (xs: string[]): string[] => [...new Set(xs)];
  return {
    speaker: fullestSpeaker(group),
    text: fullest.text,
    evidence,
    variants: variants.map((v) => ({
      articleId: v.member.article.id,
      outlet: v.member.article.outlet,
      text: v.text,
      // A variant linked only through a third one (a chain of paraphrases) counts as paraphrased.
      relation: v === fullest ? 'full' : relate(v, fullest) ?? 'paraphrased',
    })),
    outlets: distinct(variants.map((v) => outletLabel(v.member))),
    sources: distinct(variants.map((v) => v.member.source)),
    first: firstCarrier(variants.map((v) => v.member)),
  };
}

/**
 * The article that provably published first: the one whose publication time ends before every other
 * dated carrier's begins. Null with fewer than two dated carriers or when the earliest ones tie.
 */
function firstCarrier(carriers: readonly CrossCheckArticle[]): QuoteLedgerEntry['first'] {
  const dated = carriers.flatMap((m) => {
    const t = publishedInterval(m);
    return t ? [{ m, ...t }] : [];
  });
  if (dated.length < 2) return null;
  const earliest = dated.reduce((best, d) => (d.lo < best.lo || (d.lo === best.lo && d.hi < best.hi) ? d : best));
  if (!dated.every((d) => d === earliest || earliest.hi < d.lo)) return null;
  return { articleId: earliest.m.article.id, outlet: earliest.m.article.outlet, published: earliest.m.article.published! };
}
