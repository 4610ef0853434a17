// Dates of an article in a language other than English, by chrono-node's parser for that language (the
// tagger in this folder knows English words only). Each result becomes a TIMEX3 DATE at the precision
// chrono is certain of, resolved by chrono against the reference date:
//   "am 12. März 2026" → 2026-03-12;  "Gestern" (reference 2026-03-05) → 2026-03-04;
//   "am Mittwoch" → the nearest Wednesday, chrono's choice (no tense rules: they are English);
//   "vergangene Woche" → 2026-W09;  "letztes Jahr" → 2025;  "letzten Monat" → 2026-02;
//   "enero de 2025" → 2025-01 (month);  "vom 3. bis 5. Mai" → 2026-05 (the range's month);
//   "sexta-feira, 22 de outubro de 2010 às 20:13" → 2010-10-22 (a DATE: clock times are left out);
//   "um 14 Uhr" alone, "une visite de deux jours" (a duration chrono reads as "in two days") → nothing.
// Without a reference date only dates that write their year (and "now") are kept: anything else would
// be dated against an invented day. `relative` is always null: resolveTime cannot re-read chrono's meaning, and an
// undated article is annotated again once its date is inferred.
import type * as Chrono from 'chrono-node';
import type { AnnotationInput, TimeExpression } from '../../core/annotations.js';
import { lazyModule } from '../../config/lazy-module.js';
import type { ChronoLanguage } from '../language-support.js';
import { isoWeek } from './calendar.js';
import { precisionOf } from './timeml-value.js';

const chrono = lazyModule<typeof Chrono>('chrono-node');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Any day will do when there is no reference date: only results that write their year are kept. */
const NO_REFERENCE = '2000-01-01';

/**
 * The TIMEX3 value of one parsed point at the precision chrono is certain of, or null. A weekday counts
 * as a day (chrono resolved it). A relative week ("vergangene Woche", "vor zwei Wochen") comes out of
 * chrono as a day a week away, without a weekday: it is the week (2026-W09). A relative year
 * ("letztes Jahr") is the year. Clock times are left out ("heute Abend" would come out as an invented
 * hour, so the value is the day), and so are offsets in hours or minutes.
 */
function pointValue(c: Chrono.ParsedComponents): string | null {
  const year = c.get('year') ?? 0;
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  const tags = c.tags();
  if (tags.has('casualReference/now')) return 'PRESENT_REF'; // "jetzt", "maintenant", "сейчас", as the English tagger has "now"
  if (tags.has('result/relativeDateAndTime')) return null; // "vor 3 Stunden", "в течение 5 минут": a day guessed from hours
  const relative = tags.has('result/relativeDate');
  if (relative && c.isCertain('day') && !c.isCertain('weekday')) return isoWeek({ y: year, m: month, d: day });
  if (c.isCertain('day') || c.isCertain('weekday')) return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (c.isCertain('month')) return `${pad(year, 4)}-${pad(month)}`;
  if (relative && c.isCertain('year')) return pad(year, 4);
  return null; // a clock time alone ("um 14 Uhr"), or "morgen" read as "morning"
}

/**
 * chrono reads "in N units" also where news means a duration — "une visite de deux jours" → in two
 * days, "une peine de cinq ans" → 2031, "für fünf Jahre" — so a relative expression pointing after the
 * reference day is kept only when it is one unit ahead: "nächste Woche", "le mois prochain",
 * "im nächsten Jahr". "in zwei Tagen" is lost with the durations.
 */
function credibleForward(c: Chrono.ParsedComponents, reference: string): boolean {
  const tags = c.tags();
  if (!tags.has('result/relativeDate') || tags.has('result/relativeDateAndTime')) return true;
  const [ry, rm, rd] = reference.split('-').map(Number) as [number, number, number];
  const y = c.get('year') ?? ry;
  const m = c.get('month') ?? rm;
  const d = c.get('day') ?? rd;
  const days = (Date.UTC(y, m - 1, d) - Date.UTC(ry, rm - 1, rd)) / 86_400_000;
  if (days <= 0) return true;
  const months = (y - ry) * 12 + (m - rm);
  return days === 1 || days === 7 || (d === rd && (months === 1 || months === 12));
}

/** Scripts whose words are not split by spaces: a date word there is short ("昨日", "周三"). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * chrono reads things news means otherwise, found on the scrapinghub pages; each is dropped:
 *   - part of a word: Russian "май" (May) in "майонеза", "в дек" in "в декрете" (its patterns end at an
 *     ASCII word boundary, which Cyrillic letters are not); "5 года назад" in "1,5 года назад";
 *   - a fraction as a day and month without a year: "сок 1/3 лайма", "1/3 der Stimmen";
 *   - weekday abbreviations that are common words: Portuguese "ter" (to have / terça), German "so", "Di"
 *     (a weekday of fewer than four letters);
 *   - Russian "последней" ("the last") alone, read as a relative day (a one-word relative expression).
 * Scripts without spaces are exempt from the word rules.
 */
function plausible(full: string, start: number, text: string, c: Chrono.ParsedComponents): boolean {
  if (/^\d{1,2}[./]\d{1,2}\.?$/u.test(text)) return false;
  if (UNSPACED.test(text)) return true;
  const before = full.slice(Math.max(0, start - 2), start);
  const after = full[start + text.length] ?? '';
  if (/\p{L}/u.test(after) || /[\p{L}\p{N}]$/u.test(before) || /\d[.,]$/u.test(before)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const weekdayOnly = c.isCertain('weekday') && !c.isCertain('day') && !/\d/u.test(text);
  if (weekdayOnly && letters < 4) return false;
  const relative = c.tags().has('result/relativeDate');
  return !(relative && !/\d/u.test(text) && !/\s/u.test(text.trim()));
}

/** A range's value: the longest calendar prefix its two ends share ("3. bis 5. Mai" → the month), or null. */
function rangeValue(start: string, end: string): string | null {
  if (start === end) return start;
  const lengths = /^\d{4}(-\d{2}){0,2}$/.test(start) && /^\d{4}(-\d{2}){0,2}$/.test(end) ? [7, 4] : [4];
  for (const length of lengths) {
    if (start.length >= length && end.length >= length && start.slice(0, length) === end.slice(0, length)) return start.slice(0, length);
  }
  return null;
}

/** Index of the sentence holding `offset`, or -1 (a heading); binary search, as the English tagger's. */
function sentenceOf(input: AnnotationInput, offset: number): number {
  let lo = 0;
  let hi = input.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = input.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function tagTimesInLanguage(input: AnnotationInput, language: ChronoLanguage): TimeExpression[] {
  // An unreadable reference is no reference (the English tagger refuses it; here it would date every result wrongly).
  const reference = input.reference && /^\d{4}-\d{2}-\d{2}/.test(input.reference) ? input.reference.slice(0, 10) : null;
  const instant = new Date(`${reference ?? NO_REFERENCE}T12:00:00Z`);
  const out: TimeExpression[] = [];
  for (const r of chrono()[language].parse(input.text, { instant, timezone: 0 })) {
    // chrono's text may carry the space or comma before it ("…, lundi prochain").
    const lead = r.text.length - r.text.replace(/^[\s,;:]+/u, '').length;
    const text = r.text.slice(lead).replace(/[\s,;:]+$/u, '');
    if (!text || !plausible(input.text, r.index + lead, text, r.start)) continue;
    let value = pointValue(r.start);
    if (value && r.end) {
      const end = pointValue(r.end);
      value = end ? rangeValue(value, end) : null;
    }
    if (!value || (reference !== null && !credibleForward(r.start, reference))) continue;
    const written = value === 'PRESENT_REF' || (r.start.isCertain('year') && text.includes(String(r.start.get('year'))));
    if (reference === null && !written) continue;
    const start = r.index + lead;
    out.push({
      start,
      end: start + text.length,
      text,
      type: 'DATE',
      value,
      precision: precisionOf(value),
      mod: null,
      relative: null,
      reference,
      sentence: sentenceOf(input, start),
    });
  }
  return out;
}

/**
 * Whether a sentence break after a number with a period falls inside a date chrono reads in `language`:
 * German and Finnish write the day as an ordinal ("Am 12. | März 2026", "12. | maaliskuuta"), where ICU
 * sees a sentence end. "Der Wert lag bei 12. | Danach sank er." is no date, so the break stays.
 */
export function dateSpansBreak(piece: string, next: string, language: ChronoLanguage): boolean {
  const day = /(?:^|\s)(\d{1,2}\.)\s*$/u.exec(piece)?.[1];
  const head = /^\p{L}+(?:\s+\d{4})?/u.exec(next.trimStart())?.[0];
  if (!day || !head) return false;
  const joined = `${day} ${head}`;
  return chrono()[language].parse(joined, { instant: new Date(0), timezone: 0 }).some((r) => r.index === 0 && r.text.length > day.length + 1);
}
