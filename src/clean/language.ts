// Decides an article's language, mapped from ISO 639-3 to 639-1 ("eng" → "en"): the one the input
// declared, checked against franc's guess on the clean text. Understanding runs its English rules
// unless this says another language, so a wrong "not English" costs more than a missed one: franc's
// "not English" is acted on only when it is sure, and otherwise the declared language (or null) stands.
import { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import type { LanguageSource, Sourced } from '../core/types.js';

/**
 * franc is unreliable on short strings (a 40-character line can come out as Scots or Tagalog);
 * 80 characters is about one full sentence, below which the answer is the declared language or null.
 */
export const MIN_DETECT_LENGTH = 80;

/**
 * franc's "not English" needs this much text and English scoring below this share of the winner's
 * score. Measured on the first N characters of 2,926 English texts (BASIL and ECB+ bodies with and
 * without their headline, WCXB dev bodies): franc names another language for 10% of them at 100
 * characters (headlines and datelines look Catalan, Galician or Danish to it: "NEW YORK -- U.S.
 * Sen. Marco Rubio (R-Fla.) set forth…"), 0.9% at 200, 0.1% at 300, but from 200 characters on
 * none of them scores English below 0.95 of the winner. Windows of the 20 non-English scrapinghub
 * pages (German, Portuguese, Italian, Indonesian, Russian, Japanese…) score English below 0.95 in 92
 * of 96 at 200 characters and 81 of 84 at 600 (0 when they are in another script); the rest keep
 * English rules, as before.
 */
export const MIN_CONFIDENT_LENGTH = 200;
export const MAX_ENGLISH_SCORE = 0.95;

/** "en-GB" → "en", "ENG" → "en"; null when the tag names no known language. */
export function normaliseLanguageTag(tag: string): string | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary)) return primary;
  if (/^[a-z]{3}$/.test(primary)) return iso6393To1[primary] ?? null;
  return null;
}

/**
 * franc also knows ~400 languages without a 639-1 code; they cannot be reported anyway, and they
 * steal short English texts (a short English sentence full of names can score Scots first), so
 * the candidates are limited to languages that have a 639-1 code.
 */
const CANDIDATES = Object.keys(iso6393To1);
/**
 * franc's cost grows with the text up to 2,048 characters (≈ 3 ms an article on this machine);
 * the first 600 gave the same answer on 792 of 793 WCXB bodies at a third of the cost.
 */
const SAMPLE_LENGTH = 600;

/** franc's best guess (ISO 639-3, or null) and English's score relative to it (0 when another script). */
function francGuess(sample: string): { code: string | null; english: number } {
  const scores = francAll(sample, { minLength: MIN_DETECT_LENGTH, only: CANDIDATES });
  const code = scores[0]?.[0];
  return { code: code && code !== 'und' ? code : null, english: scores.find(([c]) => c === 'eng')?.[1] ?? 0 };
}

/**
 * The declared language, unless franc disagrees in a way worth acting on:
 *   - franc says English (over ≥ 80 characters) → English, whatever was declared: English rules are the
 *     safe side, and pages declare wrongly both ways (two scrapinghub pages declare `de` over English text);
 *   - franc is sure of another language (see MIN_CONFIDENT_LENGTH) → that language, unless another
 *     non-English language was declared: the publisher tells Russian from Bulgarian, Portuguese from
 *     Galician, better than trigrams do; a declared `en` over German text (two scrapinghub pages) yields;
 *   - otherwise the declared language, or null (unknown) when none was declared.
 */
export function detectLanguage(
  text: string,
  declared: Sourced<string, LanguageSource> | null,
): Sourced<string, LanguageSource> | null {
  const stated = declared ? normaliseLanguageTag(declared.value) : null;
  const statedResult = stated && declared ? { value: stated, from: declared.from } : null;
  if (text.length < MIN_DETECT_LENGTH) return statedResult;
  const sample = text.slice(0, SAMPLE_LENGTH);
  const guess = francGuess(sample);
  const value = guess.code ? iso6393To1[guess.code] : undefined;
  if (!value) return statedResult;
  if (value === 'en') return stated === 'en' ? statedResult : { value, from: 'detected' };
  const sure = guess.english === 0 || (sample.length >= MIN_CONFIDENT_LENGTH && guess.english < MAX_ENGLISH_SCORE);
  if (!sure || (stated && stated !== 'en')) return statedResult;
  return { value, from: 'detected' };
}
