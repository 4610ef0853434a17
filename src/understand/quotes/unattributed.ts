// Quotes of an article in a language other than English: the quoted passages, paired by the marks that
// language prints (../quote-marks.ts), each with `speaker: null`. Who said it is read from English cues
// ("X said", "according to X"), so no speaker is guessed; the quote ledger still lines up the same words
// quoted by several outlets, and clustering still sees shared quotes.
//
// Kind, without English cue verbs: `direct` when the passage stands as a statement — it opens its
// paragraph, or follows a colon or a sentence end ("„Wir sind bereit“, sagte Merz.", "Il a déclaré :
// « Nous sommes prêts. »") — else `fragment` (quoted words inside a sentence: "nannte die Lage
// „ernst“"). A passage of at most four words without closing punctuation is a name or scare quotes,
// never a statement, as in English.
import type { AnnotationInput, Quote } from '../../core/annotations.js';
import { pairOtherLanguageMarks } from '../quote-marks.js';
import { sentenceIndexAt } from './mentions.js';

const MAX_LABEL_WORDS = 4;
/** Characters before an opening mark that decide whether it opens a statement (as in quotes/index.ts). */
const LEAD_IN = 80;

/** `before`: the text between the start of the quote's line (at most LEAD_IN characters of it) and its opening mark. */
function kindOf(before: string, content: string): Quote['kind'] {
  const words = content.split(/\s+/u).length;
  if (words <= MAX_LABEL_WORDS && !/[.!?…]$/u.test(content)) return 'fragment';
  const lead = before.trimEnd();
  return lead === '' || /[:.!?…。]["”“»«」』]?$/u.test(lead) ? 'direct' : 'fragment';
}

export function findUnattributedQuotes(input: AnnotationInput): Quote[] {
  const { text } = input;
  const out: Quote[] = [];
  // The start of the current line, moved forward as the quotes (in text order) go: linear on a 100,000-character line.
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (const q of pairOtherLanguageMarks(text)) {
    while (nextBreak >= 0 && nextBreak < q.open) {
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    // The quoted words without the marks, the spaces French puts inside them, or a trailing comma.
    let start = q.open + 1;
    let end = q.close;
    while (start < end && /[\s\u202f]/u.test(text[start]!)) start++;
    while (end > start && /[\s\u202f,]/u.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    const content = text.slice(start, end);
    out.push({
      start,
      end,
      text: content,
      speaker: null,
      speakerId: null,
      cue: null,
      kind: kindOf(text.slice(Math.max(lineStart, q.open - LEAD_IN), q.open), content),
      sentence: Math.max(0, sentenceIndexAt(input, q.open)),
    });
  }
  return out;
}
