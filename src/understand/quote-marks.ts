// Pairs the quotation marks of languages other than English — German „…“ and »…«, French « … »,
// Swedish ”…”, Japanese 「…」 (lexicon/quote-marks.json) — for the sentence splitter and the quotes of
// such articles. English's rules (quotes/marks.ts) would read German „Ja“ as a stray „ and an opening “.
// Simpler than English on purpose: a quote opens and closes within one paragraph (an open one is dropped
// at the line's end), and marks inside a quote are part of it, except the ones that close it.
import { quoteMarksLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';

/** Opening mark → the marks that close it. */
const closersOf = once(() => new Map(Object.entries(quoteMarksLexicon().closers)));

export interface MarkedQuote {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
}

/**
 * A mark opens a quote when the quoted words follow it ("„Wir", "»Wir"); French puts a no-break space
 * inside « … ». A mark before a space or a line end is a closing one or stray ("Weiter » Mehr").
 */
function opensQuote(mark: string, next: string): boolean {
  return /[^\s]/u.test(next) || (mark === '«' && /[ \u00a0\u202f]/u.test(next));
}

/** Pairs the marks of `text`, in order; `openAtEnd` is true when a quote is still open at its end. */
function scan(text: string): { quotes: MarkedQuote[]; openAtEnd: boolean } {
  const closers = closersOf();
  const quotes: MarkedQuote[] = [];
  let open: { at: number; closers: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') open = null;
    else if (open && open.closers.includes(ch)) {
      quotes.push({ open: open.at, close: i });
      open = null;
    } else if (!open && closers.has(ch) && opensQuote(ch, text[i + 1] ?? '')) {
      open = { at: i, closers: closers.get(ch)! };
    }
  }
  return { quotes, openAtEnd: open !== null };
}

/** The quoted passages of `text` by the marks of languages other than English. */
export function pairOtherLanguageMarks(text: string): MarkedQuote[] {
  return scan(text).quotes;
}

/** Whether a quote opened in `text` is still open at its end: a sentence break there is inside the quote. */
export function endsInsideQuote(text: string): boolean {
  return scan(text).openAtEnd;
}
