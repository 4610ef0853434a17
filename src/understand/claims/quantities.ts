// Finds quantities with their qualifier and unit ("more than 200 jobs", "about forty", "€340 million",
// "5%"), the slot the cross-check compares across outlets: "more than 200" and "about 250" agree.
//
// Steps, each with its example:
//   1. a number at a token: digits ("18,000", "3.5 million", "340m" after a currency) or words ("forty-two");
//      a hyphenated fraction reads as the spaced one: "three-fifths" as "three fifths" (3, unit "fifths");
//      vague plurals become lower bounds: "hundreds of protesters" → ≥ 200;
//   2. not a quantity: a year ("in 2019"), a date ("3 March"), a clock time ("18:02"), a label ("No. 10",
//      "Quay 4"), a lone "one";
//   3. a qualifier right before it ("more than", "about", "at least", "nearly", "up to", "between … and");
//   4. the unit right after it: currency, percent, "years old" for ages ("a 78-year-old", "Weller, 52,"), "tally" for a vote
//      or a score ("passed 234-193": value 234, high 193), else the counted
//      noun phrase, up to 3 words ("about seventy harbour pilots" → "harbour pilots"; its last
//      word is the head noun the cross-check matches on).
import type { Quantity } from '../../core/annotations.js';
import { isCapitalized, isKnownVerb, isPastForm, isWord, tokenize, type Token } from '../../text/index.js';
import { claimQuantitiesLexicon } from '../../config/lexicons.js';
import { once } from '../../core/lazy.js';
import { hyphenatedFraction, parseNumber, type ParsedNumber } from './number-words.js';
import { adjectivalMeasure, isMeasureWord, measureAfter, measureFirst } from './measures.js';

/** The quantity words of lexicon/claim-quantities.json, indexed for the scan. */
const quantityWords = once(() => {
  const lex = claimQuantitiesLexicon();
  const vague = Object.entries(lex.vague)
    .map(([phrase, value]) => ({ words: phrase.split(' '), value }))
    .sort((a, b) => b.words.length - a.words.length);
  return {
    lex,
    qualifiers: Object.entries(lex.qualifiers)
      .map(([phrase, qualifier]) => ({ words: phrase.split(' '), qualifier }))
      .sort((a, b) => b.words.length - a.words.length),
    vague,
    unitStops: new Set(lex.unitStops),
    nameBefore: new Set(lex.nameBeforeNumber),
    months: new Set(lex.months),
    timeAfter: new Set(lex.timeUnitsAfter),
    definite: new Set(lex.definiteBefore),
    // Words a quantity can start with; any other word is rejected at once (the scan visits every token).
    starts: new Set([
      ...Object.keys(lex.units), ...Object.keys(lex.tens), ...Object.keys(lex.currencySymbols), ...vague.map((v) => v.words[0]!),
      'a', 'an', 'us', 'hk',
    ]),
  };
});

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
// Capitalised words that may stand before a number at a sentence start without naming it ("About 250 …").
const FUNCTION_WORDS = new Set(['in', 'on', 'at', 'by', 'for', 'the', 'with', 'and', 'of', 'from', 'to', 'since', 'after', 'until', 'than', 'all', 'only', 'just', 'another', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'but', 'when', 'while', 'between', 'some', 'of', 'last', 'nearly', 'almost', 'about', 'over', 'around', 'roughly', 'more', 'at', 'up', 'less', 'fewer', 'under', 'an', 'a', 'estimated', 'approximately', 'close', 'no', 'as']);
const VERBISH = new Set(['say', 'says', 'said', 'also', 'still', 'now', 'already', 'each', 'ago', 'earlier', 'later', 'old']);

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.lower === w);
}

/** A qualifier ending right before token `i`: returns its first token index. */
function qualifierBefore(tokens: readonly Token[], i: number): { at: number; qualifier: Quantity['qualifier'] } | null {
  for (const q of quantityWords().qualifiers) {
    const at = i - q.words.length;
    if (at >= 0 && matchWords(tokens, at, q.words)) return { at, qualifier: q.qualifier };
  }
  return null;
}

/** True when the number at `i` is a year, a date, a clock time or a label rather than a count. */
function isNotACount(tokens: readonly Token[], i: number, n: ParsedNumber, currency: boolean): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[n.next];
  // "the two countries", "our two coasts", "Karsland’s two ministers": a definite determiner before a small
  // number word refers to things already named; it states no count a cross-check should compare. Digits
  // ("the 300 soldiers") and larger words ("the twenty ministers") are kept: writers use them to give a figure.
  if (n.words) return n.value < 20 && n.next === i + 1 && prev !== undefined && (quantityWords().definite.has(prev.lower) || /\p{L}['’]s$/u.test(prev.lower));
  // "in 2019": a bare four-digit integer in the calendar range is a year (a time, not a quantity).
  if (!currency && /^\d{4}$/.test(t.text) && n.value >= 1000 && n.value <= 2199 && n.next === i + 1 && next?.text !== '%') return true;
  if (next && (quantityWords().months.has(next.lower) || quantityWords().timeAfter.has(next.lower))) return true; // "3 March", "6 am"
  if (prev && (quantityWords().months.has(prev.lower) || WEEKDAYS.has(prev.lower))) return true; // "March 3", "Thursday 5"
  if (next?.text === ':' && /^\d/.test(tokens[n.next + 1]?.text ?? '')) return true; // "18:02"
  if (prev?.text === ':' && /^\d/.test(tokens[i - 2]?.text ?? '')) return true;
  if (prev?.text === '.' && quantityWords().nameBefore.has(tokens[i - 2]?.lower ?? '')) return true; // "No. 10"
  if (prev && quantityWords().nameBefore.has(prev.lower)) return true; // "Number 10", "Quay 4"
  // "Boeing 737", "Windows 11": a capitalised word that is not a function word names the number.
  if (prev && isCapitalized(prev) && isWord(prev) && !FUNCTION_WORDS.has(prev.lower)) return true;
  return false;
}

interface UnitRead {
  unit: string | null;
  end: number; // token index after the unit
  measureOf?: string;
}

/** The counted noun phrase after a number: up to 3 words, stopping at function words, verbs and marks. */
function nounUnit(tokens: readonly Token[], j: number): UnitRead {
  let k = j;
  const words: Token[] = [];
  while (k < tokens.length && words.length < 3) {
    const t = tokens[k]!;
    if (!isWord(t) || quantityWords().unitStops.has(t.lower) || VERBISH.has(t.lower) || /ly$/.test(t.lower)) break;
    if (isPastForm(t.lower) && !/-/.test(t.lower)) break; // "200 jobs were created", "five people died"
    // "1.5 million women seeking back pay": a participle after a plural counted noun starts its modifier
    // (after a singular one it is a noun of the compound: "a 30-50 hour safety course").
    if (words.length > 0 && /(?:[^s]s|men|people|children)$/.test(words[words.length - 1]!.lower) && /^\p{Ll}{2,}ing$/u.test(t.text) && isKnownVerb(t.lower)) break;
    words.push(t);
    k++;
  }
  // A capitalised word is kept only as a modifier ("40 Karslander port executives"), never as the head.
  while (words.length > 0 && isCapitalized(words[words.length - 1])) words.pop();
  if (words.length === 0) return { unit: null, end: j };
  return { unit: words.map((w) => w.lower).join(' '), end: tokens.indexOf(words[words.length - 1]!) + 1 };
}

/**
 * A range whose figures share one hyphenated unit, after its first figure ("30" at `j - 1`): "30- to 50-hour
 * training course" (the first figure's hyphen suspended), "10 to 12-year term", "30–50-hour course". The unit is
 * the word after the second figure's hyphen and the noun phrase after it: "hour training course", as "a 30-50
 * hour training course" reads.
 */
function suspendedRange(tokens: readonly Token[], j: number): { high: number; unit: string; measureOf?: string; end: number } | null {
  let k = j;
  if (tokens[k]?.text === '-' && tokens[k]!.start === tokens[k - 1]?.end) k++;
  const link = tokens[k];
  if (!link || (link.lower !== 'to' && link.text !== '–' && link.text !== '—')) return null;
  const m = /^(\d+(?:\.\d+)?)-(\p{Ll}{2,})$/u.exec(tokens[k + 1]?.text ?? '');
  if (!m) return null;
  const rest = nounUnit(tokens, k + 2);
  // The noun after the measure is what it describes (measures.ts), outside the figure's span.
  return { high: Number(m[1]), unit: m[2]!, ...(rest.unit ? { measureOf: rest.unit } : {}), end: k + 2 };
}

/** Currency, percent, "years old", or the counted noun after the number. */
function unitAfter(tokens: readonly Token[], j: number, currency: string | null): UnitRead {
  if (currency) return { unit: currency, end: j };
  const t = tokens[j];
  if (!t) return { unit: null, end: j };
  if (t.text === '%') return { unit: 'percent', end: j + 1 };
  if (t.lower === 'percentage' && tokens[j + 1]?.lower === 'points') return { unit: 'percentage points', end: j + 2 };
  if (t.lower === 'percent' || t.lower === 'pct') return { unit: 'percent', end: j + 1 };
  if (t.lower === 'per' && tokens[j + 1]?.lower === 'cent') return { unit: 'percent', end: j + 2 };
  if (t.lower in quantityWords().lex.currencyWords) return { unit: quantityWords().lex.currencyWords[t.lower]!, end: j + 1 };
  if (quantityWords().lex.yearUnits.includes(t.lower) && tokens[j + 1]?.lower === 'old') return { unit: 'years old', end: j + 2 };
  const counted = nounUnit(tokens, j);
  if (!counted.unit) return counted;
  // "a 30-50 hour safety program": a measure of the noun after it (measures.ts).
  const first = measureFirst(counted.unit);
  if (first) return { unit: first.unit, measureOf: first.measureOf, end: j + 1 };
  // "30 hours of training", "30-50 hours per person".
  const after = isMeasureWord(counted.unit) ? measureAfter(tokens, counted.end, nounUnit) : null;
  return after ? { unit: counted.unit, measureOf: after.measureOf, end: counted.end } : counted;
}

/** A vague plural ("hundreds of", "tens of thousands of") at `i`: value is its lower bound. */
function vagueAt(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  for (const v of quantityWords().vague) {
    if (matchWords(tokens, i, v.words) && tokens[i + v.words.length]?.lower === 'of') return { value: v.value, next: i + v.words.length + 1 };
  }
  return null;
}

/** 4.1 × 1,000,000 is 4099999.9999999995 in floating point: 12 significant digits are more than any article gives. */
const tidy = (x: number): number => Number(x.toPrecision(12));

/** Quantities in `text`, in order; offsets are shifted by `offset`. */
export function findQuantities(text: string, offset = 0): Quantity[] {
  return quantitiesInTokens(tokenize(text, offset), text, offset);
}

/** Same as findQuantities, on tokens already made (the claim extractor reuses its tokens). */
export function quantitiesInTokens(tokens: readonly Token[], text: string, offset: number): Quantity[] {
  const words = quantityWords();
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = readQuantity(tokens, i, words);
    if (!found) {
      i++;
      continue;
    }
    const { quantity, next } = found;
    const first = tokens[quantity.firstToken]!;
    const last = tokens[next - 1]!;
    out.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start - offset, last.end - offset),
      value: tidy(quantity.value),
      high: quantity.high === null ? null : tidy(quantity.high),
      qualifier: quantity.qualifier,
      unit: quantity.unit,
      ...(quantity.measureOf ? { measureOf: quantity.measureOf } : {}),
    });
    i = next;
  }
  return out;
}

interface Draft {
  firstToken: number;
  value: number;
  high: number | null;
  qualifier: Quantity['qualifier'];
  unit: string | null;
  measureOf?: string;
}


function mayStartQuantity(t: Token, starts: ReadonlySet<string>): boolean {
  const c = t.lower.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (starts.has(t.lower)) return true;
  const dash = t.lower.indexOf('-');
  return dash > 0 && starts.has(t.lower.slice(0, dash)); // "forty-two", "five-year-old"
}

function readQuantity(tokens: readonly Token[], i: number, words: ReturnType<typeof quantityWords>): { quantity: Draft; next: number } | null {
  const t = tokens[i]!;
  if (!mayStartQuantity(t, words.starts)) return null;
  // "a 78-year-old": an age.
  const age = /^(\d+|\p{L}+(?:-\p{L}+)?)-years?-old$/u.exec(t.lower);
  if (age) {
    const n = /^\d+$/.test(age[1]!) ? Number(age[1]) : parseNumber(tokenize(age[1]!.replace('-', ' ')), 0)?.value;
    if (n !== undefined && n > 0) return { quantity: { firstToken: i, value: n, high: null, qualifier: 'exact', unit: 'years old' }, next: i + 1 };
  }
  // "a 212-page report", "a six-year term": a measure of the noun after it (measures.ts).
  const measure = adjectivalMeasure(tokens, i, nounUnit);
  if (measure) {
    const before = qualifierBefore(tokens, i);
    return { quantity: { firstToken: before?.at ?? i, value: measure.value, high: null, qualifier: before?.qualifier ?? 'exact', unit: measure.unit, measureOf: measure.measureOf }, next: measure.end };
  }
  const fraction = hyphenatedFraction(t.lower);
  if (fraction) {
    const before = qualifierBefore(tokens, i);
    return { quantity: { firstToken: before?.at ?? i, value: fraction.value, high: null, qualifier: before?.qualifier ?? 'exact', unit: fraction.unit }, next: i + 1 };
  }
  const vague = vagueAt(tokens, i);
  if (vague) {
    const unit = unitAfter(tokens, vague.next, null);
    const end = unit.unit ? unit.end : vague.next - 1; // without a unit, leave "of" out of the span
    return { quantity: { firstToken: i, value: vague.value, high: null, qualifier: 'at-least', unit: unit.unit }, next: end };
  }
  // "€340 million", "US$ 5bn": a currency symbol before the number.
  let currency: string | null = null;
  let numberAt = i;
  if (t.lower in words.lex.currencySymbols) {
    currency = words.lex.currencySymbols[t.lower]!;
    numberAt = i + 1;
  } else if ((t.lower === 'us' || t.lower === 'hk') && tokens[i + 1]?.text === '$' && tokens[i + 1]!.start === t.end) {
    currency = words.lex.currencySymbols[`${t.lower}$`]!;
    numberAt = i + 2;
  }
  // "200–300", "200-300": a range in one or three tokens.
  const dashed = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(tokens[numberAt]?.lower ?? '');
  let n: ParsedNumber | null;
  let high: number | null = null;
  if (dashed && !/^(1\d|20)\d\d-\d\d$/.test(tokens[numberAt]!.lower)) {
    n = { value: Number(dashed[1]), next: numberAt + 1, suffix: null, words: false };
    high = Number(dashed[2]);
    // "passed 234-193", "a 5-4 ruling": a second figure no larger than the first is a tally, not a range.
    // Both figures are kept (value and high) so two tallies compare; its unit says what it is.
    if (!currency && high <= n.value && !isNotACount(tokens, numberAt, n, false)) {
      return { quantity: { firstToken: i, value: n.value, high, qualifier: 'exact', unit: 'tally' }, next: numberAt + 1 };
    }
  } else {
    n = parseNumber(tokens, numberAt);
  }
  if (!n) return null;
  if (n.suffix) {
    if (!currency) return null; // "100m" without a currency is metres or a label: not read
    n = { ...n, value: n.value * words.lex.currencyScales[n.suffix]! };
  }
  if (isNotACount(tokens, numberAt, n, currency !== null)) return null;
  let next = n.next;
  let qualifier: Quantity['qualifier'] = 'exact';
  let firstToken = i;
  // "a 30- to 50-hour safety course", "a 10 to 12-year term": the second figure carries the unit's first word.
  const suspended = high === null && !currency && tokens[i - 1]?.lower !== 'from' ? suspendedRange(tokens, next) : null;
  if (suspended && suspended.high > n.value) {
    return { quantity: { firstToken: i, value: n.value, high: suspended.high, qualifier: 'range', unit: suspended.unit, ...(suspended.measureOf ? { measureOf: suspended.measureOf } : {}) }, next: suspended.end };
  }
  // A range: "200–300", "200 to 300", "between 200 and 300" (not "from 200 to 300", which is a change).
  const dash = tokens[next];
  // "$600 to $900": the second figure repeats the currency symbol.
  const secondAt = currency && tokens[next + 1] && tokens[next + 1]!.lower in words.lex.currencySymbols ? next + 2 : next + 1;
  const second = dash && (dash.text === '–' || dash.text === '—' || dash.lower === 'to') ? parseNumber(tokens, secondAt) : null;
  if (high === null && second && !second.suffix && second.value > n.value && tokens[i - 1]?.lower !== 'from') {
    high = second.value;
    next = second.next;
  }
  if (high !== null) qualifier = 'range';
  if (tokens[i - 1]?.lower === 'between' && tokens[next]?.lower === 'and') {
    const upper = parseNumber(tokens, next + ((tokens[next + 1]?.lower ?? '') in words.lex.currencySymbols ? 2 : 1));
    if (upper && upper.value > n.value) {
      high = upper.value * (upper.suffix ? words.lex.currencyScales[upper.suffix]! : 1);
      next = upper.next;
      qualifier = 'range';
      firstToken = i - 1;
    }
  }
  if (qualifier !== 'range') {
    const before = qualifierBefore(tokens, i);
    if (before) {
      qualifier = before.qualifier;
      firstToken = before.at;
    }
    for (const [phrase, q] of Object.entries(words.lex.trailingQualifiers)) {
      const words = phrase.split(' ');
      if (matchWords(tokens, next, words)) {
        qualifier = q;
        next += words.length;
        break;
      }
    }
  }
  // "Weiner, 46, is married …", "Mr. Weller, 52, a former partner": a bare whole number between commas
  // right after a name is that person's age.
  const name = tokens[i - 2];
  if (!currency && qualifier === 'exact' && firstToken === i && !n.words && Number.isInteger(n.value) && n.value > 0 && n.value < 120 &&
    tokens[i - 1]?.text === ',' && tokens[next]?.text === ',' && name !== undefined && isCapitalized(name) && isWord(name)) {
    return { quantity: { firstToken, value: n.value, high: null, qualifier, unit: 'years old' }, next };
  }
  const unit = unitAfter(tokens, next, currency);
  return { quantity: { firstToken, value: n.value, high, qualifier, unit: unit.unit, ...(unit.measureOf ? { measureOf: unit.measureOf } : {}) }, next: Math.max(next, unit.end) };
}
