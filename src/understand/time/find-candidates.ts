// Runs every rule over the text and keeps the best non-overlapping matches: the longest span wins
// ("last Friday night" over "Friday"), ties go to the earlier rule in the list. For speed, one pass over
// the text's \w runs finds where each rule can start (its `keys`), and the rule's regex runs only there.
import { DIGITS, type Found, type Rule } from './rule.js';
import { once } from '../../core/lazy.js';
import { calendarRules } from './rules-calendar.js';
import { durationRules } from './rules-durations.js';
import { relativeRules } from './rules-relative.js';

/** The rules in priority order and the scan's tables, built from the rules the first time a text is tagged. */
const scanTables = once(() => {
  // Order = tie-break priority: calendar names before relative words before lengths of time.
  const rules: Rule[] = [...calendarRules(), ...relativeRules(), ...durationRules()];
  // A sticky copy of each rule's regex tries one start position without scanning ahead (its lastIndex is
  // set before every use).
  const sticky = rules.map((r) => {
    // a match must begin at a word boundary, where the scan looks: "\b…" or "(?:\b…)?\b…"
    if (!/^(?:\(\?:)?\\b/.test(r.re.source)) throw new Error(`time rule ${r.name}: the scan needs its regex to start with \\b`);
    return new RegExp(r.re.source, `${r.re.flags.replace('g', '')}y`);
  });
  /** Rules (indexes into `rules`) that a lower-case run triggers. */
  const byTrigger = new Map<string, number[]>();
  rules.forEach((r, i) => {
    for (const w of r.keys.trigger) byTrigger.set(w, [...(byTrigger.get(w) ?? []), i]);
  });
  return {
    rules,
    sticky,
    byTrigger,
    /** Rules a run holding a digit triggers when it has their shape. */
    digitRules: rules.flatMap((r, i) => (r.keys.shape ? [i] : [])),
    // Runs longer than every key word need no lower-casing: "administration" can neither trigger nor lead.
    longestKey: Math.max(...rules.flatMap((r) => [...r.keys.trigger, ...r.keys.lead].map((w) => w.length))),
    // Two scans find the trigger runs: whole trigger words, and runs holding a digit ("1990s", "FY2015")
    // from their first digit. They can run apart because no trigger word holds a digit.
    wordTrigger: new RegExp(String.raw`\b(?:${trie([...byTrigger.keys()])})\b`, 'gi'),
  };
});

/** A regex alternation of words (letters and digits only) as a trie ("jan(?:uary)?|ju(?:ne?|ly?)…"), so the scan branches on each letter. */
function trie(words: string[]): string {
  if (words.includes('')) {
    const rest = words.filter((w) => w !== '');
    return rest.length ? `(?:${trie(rest)})?` : '';
  }
  const byFirst = new Map<string, string[]>();
  for (const w of words) byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w.slice(1)]);
  return [...byFirst].map(([c, tails]) => c + (tails.length === 1 ? tails[0]! : `(?:${trie(tails)})`)).join('|');
}
const DIGIT_RUN_RE = /\d\w*/g;

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The \w runs before a trigger run, nearest first, read lazily: the walks of all its rules share them. */
class RunsBefore {
  start: number[] = [];
  end: number[] = [];
  word: string[] = [];
  digit: boolean[] = [];
  /** Runs read so far; the arrays are reused from one trigger to the next, not cleared. */
  private n = 0;
  private text = '';
  private from = 0;
  constructor(private readonly longestKey: number) {}
  /** Starts over before the run at `from`. */
  reset(text: string, from: number): this {
    this.text = text;
    this.from = from;
    this.n = 0;
    return this;
  }
  /** Reads the k-th run back; false when the text starts before it. */
  has(k: number): boolean {
    const { text } = this;
    while (this.n <= k) {
      let e = this.n ? this.start[this.n - 1]! : this.from;
      while (e > 0 && !isWordChar(text.charCodeAt(e - 1))) e--;
      if (e === 0) return false;
      let s = e;
      let digit = false;
      while (s > 0 && isWordChar(text.charCodeAt(s - 1))) if (isDigit(text.charCodeAt(--s))) digit = true;
      this.start[this.n] = s;
      this.end[this.n] = e;
      this.word[this.n] = e - s <= this.longestKey ? text.slice(s, e).toLowerCase() : '';
      this.digit[this.n] = digit;
      this.n++;
    }
    return true;
  }
}

/**
 * Start positions where each rule can match, ascending: for every trigger run, the run itself and the runs
 * before it that the rule's `lead` allows ("the past three days" backs up from "days" to "the"), plus the
 * word ends among them (the decade rule can start at the quote of "x'90s").
 */
function startPositions(text: string): number[][] {
  const { rules, byTrigger, digitRules, longestKey, wordTrigger } = scanTables();
  const runsBefore = new RunsBefore(longestKey);
  const out: number[][] = rules.map(() => []);
  const last: number[] = rules.map(() => -1);
  const push = (r: number, p: number): void => {
    if (p > last[r]!) {
      out[r]!.push(p);
      last[r] = p;
    }
  };
  const walk = (r: number, runStart: number, before: RunsBefore): void => {
    const lead = rules[r]!.keys.lead;
    let k = 0; // runs backed up over
    while (before.has(k) && before.start[k]! > last[r]! && ((before.digit[k]! && lead.has(DIGITS)) || lead.has(before.word[k]!))) k++;
    if (before.has(k)) push(r, before.end[k]!);
    for (let j = k - 1; j >= 0; j--) {
      push(r, before.start[j]!);
      push(r, before.end[j]!);
    }
    push(r, runStart);
  };
  for (const m of text.matchAll(wordTrigger)) {
    const before = runsBefore.reset(text, m.index);
    for (const r of byTrigger.get(m[0].toLowerCase())!) walk(r, m.index, before);
  }
  for (const m of text.matchAll(DIGIT_RUN_RE)) {
    let runStart = m.index;
    while (runStart > 0 && isWordChar(text.charCodeAt(runStart - 1))) runStart--;
    const run = runStart === m.index ? m[0] : text.slice(runStart, m.index + m[0].length);
    const before = runsBefore.reset(text, runStart);
    for (const r of digitRules) if (rules[r]!.keys.shape!.test(run)) walk(r, runStart, before);
  }
  return out;
}

/** Every match of every rule, as `text.matchAll(rule.re)` would give them, built into Found. */
function allMatches(text: string, exhaustive: boolean): { found: Found; rank: number }[] {
  const { rules, sticky } = scanTables();
  const all: { found: Found; rank: number }[] = [];
  const add = (rank: number, m: RegExpExecArray): void => {
    const built = rules[rank]!.build(m, text);
    if (built === null) return;
    for (const found of Array.isArray(built) ? built : [built]) all.push({ found, rank });
  };
  if (exhaustive) {
    rules.forEach((rule, rank) => {
      for (const m of text.matchAll(rule.re)) if (m[0].length > 0) add(rank, m);
    });
    return all;
  }
  startPositions(text).forEach((positions, rank) => {
    const re = sticky[rank]!;
    let end = 0; // like matchAll: the next match starts where the last one ended
    for (const p of positions) {
      if (p < end) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null || m[0].length === 0) continue;
      add(rank, m);
      end = p + m[0].length;
    }
  });
  return all;
}

/**
 * Candidate time expressions of `text`, in text order, non-overlapping, offsets into `text`.
 * `exhaustive` runs every regex over the whole text instead: the reference the scan is tested against.
 */
export function findCandidates(text: string, options: { exhaustive?: boolean } = {}): Found[] {
  const all = allMatches(text, options.exhaustive ?? false);
  all.sort((a, b) => (b.found.end - b.found.start) - (a.found.end - a.found.start) || a.rank - b.rank || a.found.start - b.found.start);
  const kept: Found[] = [];
  for (const { found } of all) {
    if (kept.some((k) => k.start < found.end && found.start < k.end)) continue;
    kept.push(found);
  }
  return kept.sort((a, b) => a.start - b.start);
}
