// The tense of the clause around a time expression, read from the nearest verb cue (src/text/verbs.ts).
// "He said on Monday that talks will resume on Saturday": Monday's nearest cue is "said" (past),
// Saturday's is "will" (future), so each day name resolves in its own direction.
import { verbsLexicon } from '../../config/lexicons.js';
import { boundedMemo, once } from '../../core/lazy.js';
import { futureMarkers, isPastForm } from '../../text/index.js';
import type { Tense } from './spec.js';

// "next" is a future marker in verbs.json but here it belongs to the expression itself ("next week").
// A plan reported in the past still points ahead: "protesters planned a demonstration on Saturday",
// "talks set to resume Monday", "has scheduled a news conference Thursday" — the next Saturday, Monday, Thursday.
const future = once(() => new RegExp(
  `\\b(?:${futureMarkers().filter((m) => m !== 'next' && m !== "'ll").map((m) => m.replace(/\s+/g, '\\s+')).join('|')}|won't|upcoming|plann(?:ed|ing)|scheduled|set\\s+to|due\\s+to|expected\\s+to|intend(?:s|ed)?\\s+to)\\b|\\w'll\\b`,
  'gi',
));
// A plan word with its date and no "to": "the court's decision, expected by June", "a vote due on
// Tuesday", "slated for Friday", "an election set for May 14" — a past clause around it ("until voters
// chose a successor in an election set for May 14") tells the plan, not when it falls (not "better than
// expected", "as expected", "had expected"; "set" only before "for": "set in 1990" is a past setting).
const PLAN_DATE = /(?<!\b(?:as|than|had|have|has)\s+)\b(?:(?:expected|due|slated)\s+(?:by|in|on|at|for|before|within|later|next|this|early|late)|set\s+for)\b/gi;
// A past form after a determiner or possessive is a noun: "his bid", "the cut", "a hit".
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|its|their|our|my|your|whose|every|each)\s+$/i;
// Past forms in an "as" clause compare with a plan, they tell no event of the clause: "could take place
// on Tuesday as had been previously scheduled", "as originally planned", "as expected".
const AS_CLAUSE_BEFORE = /\bas\s+(?:(?:had|has|have|was|were|is|been|\w+ly)\s+)*$/i;
// Modals and "as early as" point ahead: "the vanguard could arrive as early as Tuesday"
const MODAL = /\b(?:might|could|may|as\s+early\s+as|as\s+soon\s+as|no\s+later\s+than)\b/g;
const PRESENT = /\b(?:is|are|am|says|say)\b/gi;
// A participle after these is not a past event: "will be held", "is scheduled", "to be signed".
const NOT_PAST_BEFORE = /\b(?:be|is|are|am|being|to)\s+(?:\w+\s+)?$/i;
// A past auxiliary carrying a plan is no past event: "were planning to drive … on Monday", "was set to
// resume Monday", "was to meet Friday" — the plan word (a future cue) decides.
const PLAN_AFTER = /^\s+(?:planning|planned|scheduled|set\s+to|due\s+to|expected\s+to|going\s+to|about\s+to|to\s)/i;
const PLAN_WORD = /^(?:plann|scheduled|set|due|expected|intend)/i;
const HAD_BEFORE = /\bhad\s+(?:been\s+)?$/i;
// Cues farther than this (characters) from the expression belong to another clause more often than not.
const MAX_DISTANCE = 120;
// A cue after the expression usually belongs to it only when nothing before is as close:
// "He arrived on Monday and will travel" — Monday goes with "arrived" (11 chars before, "will" 11 after).
const AFTER_PENALTY = 15;

export interface TenseCue {
  at: number;
  tense: Tense;
}

/** Every tense cue of a sentence, computed once per sentence and shared by its expressions. */
export function tenseCues(sentence: string): TenseCue[] {
  const out: TenseCue[] = [];
  for (const m of sentence.matchAll(future())) {
    // "had been scheduled to expire at midnight Friday": a plan that was already due
    if (PLAN_WORD.test(m[0]) && HAD_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ at: m.index, tense: 'future' });
  }
  for (const m of sentence.matchAll(PLAN_DATE)) out.push({ at: m.index, tense: 'future' });
  for (const m of sentence.matchAll(MODAL)) out.push({ at: m.index, tense: 'future' });
  for (const m of sentence.matchAll(PRESENT)) {
    // "Halloran, who is responsible for shipping": a relative clause says nothing about the main event
    if (/\b(?:who|which|that)\s+$/i.test(sentence.slice(Math.max(0, m.index - 7), m.index))) continue;
    out.push({ at: m.index, tense: 'present' });
  }
  const shapes = irregularShapes();
  eachWord(sentence, (at, end) => {
    // capitalised -ed words mid-sentence are names: "United", "Allied"
    if (at > 0 && isUpper(sentence.charCodeAt(at))) return;
    if (!mayBePast(sentence, at, end, shapes) || !pastForm(sentence.slice(at, end))) return;
    if (/^(?:who|which|that)\s+$/i.test(sentence.slice(Math.max(0, at - 6), at))) return;
    if (NOT_PAST_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))) return;
    if (PLAN_AFTER.test(sentence.slice(end, end + 14))) return;
    const lead = sentence.slice(Math.max(0, at - 40), at);
    if (DETERMINER_BEFORE.test(lead) || AS_CLAUSE_BEFORE.test(lead)) return;
    out.push({ at, tense: 'past' });
  });
  return out;
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;

/** Calls `f` with the bounds of each word as /[A-Za-z]+(?:'[a-z]+)?/g finds them, without building strings. */
function eachWord(text: string, f: (at: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLower(text.charCodeAt(i)) && !isUpper(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (isLower(text.charCodeAt(i)) || isUpper(text.charCodeAt(i)))) i++;
    if (text.charCodeAt(i) === 39 && isLower(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < n && isLower(text.charCodeAt(i))) i++;
    }
    f(start, i);
  }
}

// isPastForm (src/text/verbs.ts) holds for -ed words and the irregular forms of lexicon/verbs.json
// only; a word of another length, first letter and last letter than every irregular form and not ending in
// "ed" is skipped before a string is built for it. index.test.ts checks this against isPastForm.
const irregularShapes = once(() => {
  const shapes = new Set<number>();
  for (const forms of Object.values(verbsLexicon().irregular)) {
    for (const w of [...forms.past, ...forms.participle]) shapes.add(shapeOf(w.toLowerCase(), 0, w.length));
  }
  return shapes;
});
function shapeOf(text: string, at: number, end: number): number {
  return ((end - at) << 16) | ((text.charCodeAt(at) | 32) << 8) | (text.charCodeAt(end - 1) | 32);
}
/** False when `text.slice(at, end)` cannot be a past form: not "-ed" and shaped like no irregular form. */
export function mayBePast(text: string, at: number, end: number, shapes: ReadonlySet<number> = irregularShapes()): boolean {
  if (end - at >= 4 && (text.charCodeAt(end - 1) | 32) === 100 && (text.charCodeAt(end - 2) | 32) === 101) return true;
  return shapes.has(shapeOf(text, at, end));
}

// isPastForm by word, remembered: news repeats its words, and the -ed test runs a regex per call.
// Cleared when full so a long-running server does not grow it without bound.
const pastForm = boundedMemo(isPastForm, 50_000);

/**
 * The tense governing the span [start, end) (offsets within the sentence the cues came from): the tense
 * of the nearest cue, so a subordinate "will" beats a main-clause "said" when it is closer.
 */
export function clauseTense(cues: readonly TenseCue[], start: number, end: number): Tense {
  let best: TenseCue | null = null;
  let bestDistance = Infinity;
  for (const cue of cues) {
    if (cue.at >= start && cue.at < end) continue;
    const distance = cue.at < start ? start - cue.at : cue.at - end + AFTER_PENALTY;
    if (distance < bestDistance) {
      best = cue;
      bestDistance = distance;
    }
  }
  if (best !== null && bestDistance <= MAX_DISTANCE) return best.tense;
  // far from every cue: the main verb, usually the sentence's first cue ("Lammy will meet … on Saturday")
  return cues.length ? cues.reduce((a, b) => (b.at < a.at ? b : a)).tense : 'none';
}
