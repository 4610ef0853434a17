// The age of a thing, told as an age or as a start so long ago: "the 12-year-old dispute" and "the dispute
// began a dozen years ago" / "twelve years ago" give one year it began (the report's year less the age). Two
// outlets' sentences that give one thing (the same noun, or a synonym: "dispute" / "quarrel") the same start
// state one fact; numbers in words and in digits, and "a decade", are one count.
import { stopwordsLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import { foldedWords } from '../text/index.js';
import { NUMBER_WORDS } from './paraphrase.js';

const stopwords = once(() => new Set(stopwordsLexicon().words));

/** A thing's age in a sentence: the nouns it may be told by, the year it began, and the words that say it. */
export interface StatedAge {
  nouns: string[];
  since: number;
  phrase: string;
}

const COUNT = `(\\d{1,3}|[a-z]+)`;
/** "the 10-year-old lawsuit", "a two-decade-old feud", "the 10-year old class-action lawsuit". */
const AGE_BEFORE = new RegExp(`\\b${COUNT}[- ](year|decade)s?[- ]old\\s+((?:[a-z-]+\\s+)?[a-z-]+)`, 'gi');
/** "The case started a decade ago", "the dispute began 12 years ago", "the suit was filed two decades ago". */
const STARTED_AGO = new RegExp(`\\b(?:the|this|that|its|their|his|her)\\s+((?:[a-z-]+\\s+)?[a-z-]+)\\s+(?:started|began|was\\s+filed|was\\s+brought|was\\s+launched|was\\s+founded|opened)\\s+(a|an|${COUNT})\\s+(year|decade)s?\\s+ago\\b`, 'gi');

/** "10" / "ten" / "a" → 10 / 10 / 1; null for a word that is no count. */
function count(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  const i = NUMBER_WORDS.indexOf(w);
  return i > 0 ? i : null;
}

/** The ages the sentence gives things, read against the report's year. */
export function statedAges(sentence: string, year: number | null): StatedAge[] {
  // Most sentences give no age: the cheap test first (every sentence of every story is read).
  if (year === null || !/year|decade/i.test(sentence)) return [];
  const out: StatedAge[] = [];
  const add = (n: string, unit: string, nouns: string, phrase: string): void => {
    const c = count(n);
    if (c === null || c <= 0) return;
    const years = unit.toLowerCase() === 'decade' ? c * 10 : c;
    // The thing's words without function words ("the 42-year-old man was" → man); general nouns stay ("case").
    const words = foldedWords(nouns).filter((w) => w.length >= 3 && !stopwords().has(w));
    if (words.length > 0) out.push({ nouns: words, since: year - years, phrase });
  };
  for (const m of sentence.matchAll(AGE_BEFORE)) add(m[1]!, m[2]!, m[3]!, m[0]);
  for (const m of sentence.matchAll(STARTED_AGO)) add(m[3] ?? m[2]!, m[4]!, m[1]!, m[0]);
  return out;
}
