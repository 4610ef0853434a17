// Which stages of understanding work for which language. Entities, quote speakers and claims are English
// rules: on a German article they would make names of "Mittwoch" and "Partnerschaft", so an article in
// another language gets none of them, and its `analysis` says why. Dates come from chrono-node's parser
// for the language where it ships one; quotes are paired by quotation marks, without speakers.
import type { ArticleAnalysis, StageNote } from '../core/dossier.js';

/** Languages (ISO 639-1) chrono-node ships a parser for; its locale modules are named by these codes. */
export const CHRONO_LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'uk', 'sv', 'fi', 'ja', 'zh', 'vi', 'id', 'ar'] as const;
export type ChronoLanguage = (typeof CHRONO_LANGUAGES)[number];

/** Unknown counts as English: a wrong "not English" would cost an English article all its annotations. */
export function usesEnglishRules(language: string | null | undefined): boolean {
  return !language || language === 'en';
}

/** The chrono-node locale for an article's language, or null when chrono-node has none. */
export function chronoLanguage(language: string | null | undefined): ChronoLanguage | null {
  return (CHRONO_LANGUAGES as readonly string[]).includes(language ?? '') ? (language as ChronoLanguage) : null;
}

const NAMES = new Intl.DisplayNames('en', { type: 'language' });

/** "de" → "German (de)"; a code ICU does not know is printed as itself. */
export function languageLabel(code: string): string {
  let name: string | undefined;
  try {
    name = NAMES.of(code);
  } catch {
    name = undefined; // not a well-formed tag
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/** How understanding treats an article in `language`: what it skips, and what runs with less than its English rules. */
export function articleAnalysis(language: string | null | undefined): ArticleAnalysis {
  const code = language ?? null;
  if (code === null || usesEnglishRules(code)) return { language: code, skipped: [], limited: [] };
  const label = languageLabel(code);
  const skipped: StageNote[] = [
    { stage: 'entities', reason: `English rules only (capitalised names, titles, roles); the article is in ${label}` },
    { stage: 'claims', reason: `English grammar only (verbs, subjects, objects); the article is in ${label}` },
  ];
  const limited: StageNote[] = [
    { stage: 'sentences', reason: `ICU sentence breaks and the quotation marks of ${label}; the abbreviations known are English ones` },
    { stage: 'quotes', reason: 'quoted passages paired by their quotation marks; speakers are found by English cues only, so every speaker is null' },
  ];
  if (chronoLanguage(code)) {
    limited.push({
      stage: 'times',
      reason: `dates by chrono-node's ${label} parser (calendar dates, weekdays, yesterday / today / tomorrow, last / next week, month or year) at the precision it gives; relative ones need the publication date; no durations, sets or bare years`,
    });
  } else {
    skipped.push({ stage: 'times', reason: `English rules only, and chrono-node has no parser for ${label}` });
  }
  return { language: code, skipped: sortByStage(skipped), limited: sortByStage(limited) };
}

const STAGE_ORDER: StageNote['stage'][] = ['sentences', 'times', 'entities', 'quotes', 'claims'];
const sortByStage = (notes: StageNote[]): StageNote[] => notes.sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));
