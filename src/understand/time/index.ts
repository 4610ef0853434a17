// Time expressions of one article, as TimeML TIMEX3: found by regex rules over lexicon/time-words.json,
// resolved against the reference date with the clause tense deciding "Monday" and "in November".
// Public surface of src/understand/time.
import type { AnnotationInput, TimeExpression } from '../../core/annotations.js';
import type { Sentence } from '../../core/types.js';
import { InputError } from '../../core/errors.js';
import { anchorToDays } from './anchor-day.js';
import { anchorToQuarters } from './anchor-quarter.js';
import { findCandidates } from './find-candidates.js';
import { resolveRelative } from './resolve-relative.js';
import type { RelativeTime, TimeSpec } from './spec.js';
import { clauseTense, tenseCues, type TenseCue } from './tense.js';
import { precisionOf } from './timeml-value.js';

export type { RelativeTime, TimeSpec, Tense } from './spec.js';
export { tagTimesInLanguage } from './chrono-times.js';

function checkReference(reference: string | null): void {
  if (reference !== null && !/^\d{4}-\d{2}-\d{2}/.test(reference)) {
    throw new InputError('usage', `time: reference date "${reference}" is not an ISO date`, 'give the reference as YYYY-MM-DD');
  }
}

/** Index of the sentence holding `offset`, or -1 when it lies outside every sentence (a heading). */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Every time expression of the text, in text order, non-overlapping, with exact offsets and TimeML extents. */
export function tagTimes(input: AnnotationInput): TimeExpression[] {
  checkReference(input.reference);
  const cueCache = new Map<number, TenseCue[]>();
  const out: TimeExpression[] = [];
  for (const found of findCandidates(input.text)) {
    const sentence = sentenceAt(input.sentences, found.start);
    let tense: RelativeTime['tense'] = 'none';
    if (found.tense) tense = found.tense;
    else if (sentence >= 0) {
      const s = input.sentences[sentence]!;
      let cues = cueCache.get(sentence);
      if (!cues) cueCache.set(sentence, (cues = tenseCues(s.text)));
      tense = clauseTense(cues, found.start - s.start, found.end - s.start);
    }
    const relative: RelativeTime | null =
      found.spec.kind === 'absolute' && !found.time ? null : { spec: found.spec, tense, time: found.time ?? null };
    const value = relative === null ? (found.spec as { value: string }).value : resolveRelative(relative, input.reference);
    out.push({
      start: found.start,
      end: found.end,
      text: input.text.slice(found.start, found.end),
      type: found.type,
      value,
      precision: precisionOf(value),
      mod: found.mod ?? null,
      relative,
      reference: input.reference,
      sentence,
    });
  }
  anchorToQuarters(out, (spec: TimeSpec, t) => respec(t, spec, input.reference));
  anchorToDays(out, (spec, tense, t) => respec(t, spec, input.reference, tense));
  return out;
}

/** The expression with a new meaning (and tense, when given), resolved again. */
function respec(t: TimeExpression, spec: TimeSpec, reference: string | null, tense?: RelativeTime['tense']): TimeExpression {
  const old = t.relative as RelativeTime | null;
  const time = old?.time ?? null;
  const relative: RelativeTime | null = spec.kind === 'absolute' && time === null ? null : { spec, tense: tense ?? old?.tense ?? 'none', time };
  const value = relative === null ? (spec as { value: string }).value : resolveRelative(relative, reference);
  return { ...t, value, precision: precisionOf(value), relative };
}

/**
 * Re-resolves a stored expression against a (new) reference date: an undated article's "on Tuesday"
 * (XXXX-WXX-2) becomes a date once the story tells when the article was written.
 */
export function resolveTime(t: TimeExpression, reference: string | null): TimeExpression {
  checkReference(reference);
  const relative = t.relative as RelativeTime | null;
  if (relative === null) return { ...t, reference };
  const value = resolveRelative(relative, reference);
  return { ...t, value, precision: precisionOf(value), reference };
}
