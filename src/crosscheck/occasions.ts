// Occasions a noun phrase dates: "the May 14 special council election", "a special election set for May
// 14", "the council election slated for May 14". Such a phrase states a fact of its own — the occasion falls
// on that day — whatever its clause says about something else ("the pick should not run in the general
// election slated for May 14" is negated; the election's day is not). Outlets that name one occasion on one
// calendar day corroborate that day, though no claim of theirs has the occasion as its verb.
// A day that ends a period is one too: "keep the government open for three weeks until Feb. 15", "restoring
// normal operations at federal agencies until Feb. 15", "open the government through Feb. 15" — one story's
// sentences that bound a state by one calendar day, with a word in common, bound one period.
// Only a calendar day written out counts ("May 14", not "Tuesday": a report's own weekday dates many
// occasions of a story), and two days for one noun never conflict: "the May 14 special election" and "a
// special election in January 2010" are two elections, and a phrase says too little to tell them apart.
import { crosscheckLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import { contentTerms } from '../text/index.js';

export interface DatedOccasion {
  /** The occasion's words as written ("May 14 special council election"). */
  phrase: string;
  /** The occasion noun, singular and folded ("election"). */
  head: string;
  /** The words between determiner (or date) and noun, folded ("special", "general"). */
  modifiers: Set<string>;
  /** The calendar day, YYYY-MM-DD. */
  day: string;
  /** For the end of a period ("until Feb. 15"), the sentence's other content words: two periods must share one. */
  context: Set<string> | null;
}

/** The head of a period's end: "until", "through" or "till" a day. */
export const PERIOD_END = 'until';

/** A time expression of the sentence, its offsets within the sentence. */
export interface SentenceTime {
  start: number;
  end: number;
  value: string;
}

const DETERMINER = String.raw`\b(?:the|a|an|that|this|its|their|his|her|next)\s+`;
// Up to three modifiers before the noun: "special general", "Democratic", "final".
// Function words end the phrase: "the vote and the hearing set for" is the hearing's.
const MODIFIERS = String.raw`((?:(?!(?:and|or|the|a|an|of|to|in|for|on|at|with|by|from)\s)[A-Za-z][a-z-]*\s+){0,3}?)`;
// A plan participle between the noun and its day: "an election set for", "the hearing slated for".
const PLAN = String.raw`(?:(?:set|slated|scheduled|planned|due|expected)\s+)?(?:for|on)\s+`;

const patterns = once(() => {
  const nouns = crosscheckLexicon().occasionNouns.join('|');
  return {
    // "the May 14 special election": a determiner, the day, then the noun.
    before: new RegExp(`${DETERMINER}$`, 'i'),
    after: new RegExp(`^(?:[’']s)?\\s+${MODIFIERS}(${nouns})(?:s|es)?\\b`),
    // "a special election set for May 14": the noun, a plan word or "for"/"on", then the day.
    preceding: new RegExp(`${DETERMINER}${MODIFIERS}(${nouns})(?:s|es)?\\s+${PLAN}$`, 'i'),
    // "open the government through Feb. 15": the day a state lasts to.
    bound: /\b(?:until|through|till|thru)\s+$/i,
  };
});

const words = (s: string): Set<string> => new Set(s.toLowerCase().split(/\s+/).filter((w) => w.length > 0));

/** The occasions a sentence dates by a calendar day written beside their noun. */
export function datedOccasions(sentence: string, times: readonly SentenceTime[]): DatedOccasion[] {
  const { before, after, preceding, bound } = patterns();
  const out: DatedOccasion[] = [];
  for (const t of times) {
    const day = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(t.value)?.[1];
    if (!day) continue;
    const lead = sentence.slice(Math.max(0, t.start - 80), t.start);
    const m = before.test(lead) ? after.exec(sentence.slice(t.end)) : null;
    if (m) {
      out.push({ phrase: sentence.slice(t.start, t.end + m.index + m[0].length), head: m[2]!.toLowerCase(), modifiers: words(m[1]!), day, context: null });
      continue;
    }
    const p = preceding.exec(lead);
    if (p) {
      out.push({ phrase: sentence.slice(t.start - (lead.length - p.index), t.end), head: p[2]!.toLowerCase(), modifiers: words(p[1]!), day, context: null });
      continue;
    }
    const b = bound.exec(lead);
    if (b) {
      const own = new Set(contentTerms(sentence.slice(t.start - (lead.length - b.index), t.end)));
      const context = new Set(contentTerms(sentence).filter((w) => !own.has(w)));
      out.push({ phrase: sentence.slice(t.start - (lead.length - b.index), t.end), head: PERIOD_END, modifiers: new Set(), day, context });
    }
  }
  return out;
}

/**
 * One occasion: the same noun on the same day, one wording's modifiers all inside the other's ("the May 14
 * special general election" / "the council election slated for May 14"); "the June 4 Democratic primary"
 * and "the June 4 Republican primary" are two.
 */
export function sameOccasion(a: DatedOccasion, b: DatedOccasion): boolean {
  if (a.head !== b.head || a.day !== b.day) return false;
  if (a.context && b.context && ![...a.context].some((w) => b.context!.has(w))) return false;
  const [small, large] = a.modifiers.size <= b.modifiers.size ? [a.modifiers, b.modifiers] : [b.modifiers, a.modifiers];
  return [...small].every((w) => large.has(w));
}
