// The shape every time-expression rule has, and the small helpers the rule files share.
import type { TimeExpression } from '../../core/annotations.js';
import type { Tense, TimeSpec } from './spec.js';

/** One expression a rule recognised, before tense and reference are applied. */
export interface Found {
  start: number;
  end: number;
  type: TimeExpression['type'];
  spec: TimeSpec;
  /** Time of day appended to a day value: "T09:00", "TNI". */
  time?: string | null;
  mod?: string | null;
  /** A tense the expression itself carries, overriding the clause: "Wednesday's ruling" is past. */
  tense?: Tense;
}

/**
 * The words that let the scan (find-candidates.ts) try a rule only where it can match. Words are
 * lower-case \w runs ([A-Za-z0-9_]+, as `\b` sees them); in `lead`, DIGITS stands for any run holding a digit.
 */
export interface Keys {
  /** Every match holds one of these runs: "days" for "the past three days". */
  trigger: ReadonlySet<string>;
  /** Or a run holding a digit and of this shape: /\d{4}$/ for the year of "1998" or "FY1998". */
  shape?: RegExp;
  /** Every run a match can hold before its trigger ("the", "past", "three"); the scan backs up over them. */
  lead: ReadonlySet<string>;
}

/** A regex plus a builder; the builder sees the whole text (for context checks) and may reject the match. */
export interface Rule {
  name: string;
  /** Global, starting with `\b`; find-candidates.ts runs a sticky copy at the starts `keys` allow. */
  re: RegExp;
  keys: Keys;
  build(m: RegExpExecArray, text: string): Found | Found[] | null;
}

/** Stands for any \w run holding a digit in `Keys`. */
export const DIGITS = '#';

/** The lower-case \w runs of phrases or regex-free word lists: "at the moment" → at, the, moment. */
export function runsOf(...lists: Iterable<string>[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const phrase of list) for (const run of phrase.toLowerCase().split(/[^a-z0-9_#]+/)) if (run) out.add(run);
  return out;
}

/** Keys of a rule: trigger runs, and the runs that may precede them inside a match. */
export function keys(trigger: Iterable<string>, ...lead: Iterable<string>[]): Keys {
  return { trigger: runsOf(trigger), lead: runsOf(...lead) };
}

/** Keys of a rule triggered by a digit run of a given shape. */
export function digitKeys(shape: RegExp, ...lead: Iterable<string>[]): Keys {
  return { trigger: new Set(), shape, lead: runsOf(...lead) };
}

/** Keys of a rule matching exactly one phrase of a list: the trigger is each phrase's last run. */
export function phraseKeys(phrases: Iterable<string>): Keys {
  const list = [...phrases];
  return keys(list.map((p) => p.toLowerCase().split(/[^a-z0-9_]+/).filter(Boolean).pop()!), list);
}

export const absolute = (value: string): TimeSpec => ({ kind: 'absolute', value });

/** A found expression covering the whole match. */
export function whole(m: RegExpExecArray, type: Found['type'], spec: TimeSpec, extra: Partial<Found> = {}): Found {
  return { start: m.index, end: m.index + m[0].length, type, spec, ...extra };
}

/** An optional "early / late / mid / the end of / earlier" before a calendar name; its word becomes the mod. */
export const EARLY_WORDS = ['early', 'late', 'mid', 'the', 'end', 'beginning', 'start', 'middle', 'close', 'turn', 'rest', 'remainder', 'of', 'earlier', 'later'];
export const EARLY = String.raw`(?:(?<early>early|late|mid|the\s+(?:end|beginning|start|middle|close|turn|rest|remainder)\s+of|earlier|later|the\s+early|the\s+late|the\s+mid)[\s-]+)?`;

/** TIMEX3 mod of an "early/late/mid" word: "early 2012" → START. */
export function earlyMod(word: string | undefined): string | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (/early|beginning|start|earlier/.test(w)) return 'START';
  if (/late|end|close|later/.test(w)) return 'END';
  if (/mid|middle/.test(w)) return 'MID';
  return null;
}

/** TIMEX3 mod of a quantity qualifier: "about two years" → APPROX. */
export function qualifierMod(word: string | undefined): string | null {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(about|around|roughly|approximately|some|or so)$/.test(w)) return 'APPROX';
  if (/^(nearly|almost|up to|at most|no more than)$/.test(w)) return 'EQUAL_OR_LESS';
  if (/^(less than|under|fewer than)$/.test(w)) return 'LESS_THAN';
  if (/^(more than|over|longer than)$/.test(w)) return 'MORE_THAN';
  if (/^(at least|no less than)$/.test(w)) return 'EQUAL_OR_MORE';
  return null;
}

export const QUALIFIER_WORDS = ['about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'up', 'to', 'at', 'most', 'no', 'more', 'than', 'less', 'fewer', 'longer', 'least'];
export const QUALIFIER = String.raw`(?:(?<q>about|around|roughly|approximately|some|nearly|almost|up\s+to|at\s+most|no\s+more\s+than|less\s+than|fewer\s+than|more\s+than|longer\s+than|at\s+least|no\s+less\s+than)\s+)?`;

/** The text just before an offset, for lookbehind checks regexes cannot express well. */
export function before(text: string, at: number, n = 30): string {
  return text.slice(Math.max(0, at - n), at);
}
