// Pairs quotation marks into quoted spans, one scan over the text. Curly “ ” and straight " always
// quote; single ‘ ’ and ' only when they cannot be apostrophes (a ‘ after a space, a ’ before a non-letter).
//
// Rules, each with its example:
//   1. “ opens, ” closes; a second “ before the close is either a new paragraph that continues the quote
//      (“…¶“…”, the news convention: no closing mark at the end of a continued paragraph) or a stray mark
//      (the first one is dropped);
//   2. a straight " opens before a non-space and closes after one; a " at a paragraph start while one is
//      open continues the quote the same way;
//   3. single quotes only at the top level (inside “…” they are a quote within the quote) and within a
//      paragraph: ‘Council of Tides’ pairs, "the coasts’ harbours" does not open anything;
//   4. a quote still open at a paragraph end that the next paragraph does not continue is dropped;
//   5. mismatched marks still pair: “…" and "…” close as the writer meant; a paragraph that opens with
//      no mark but closes a quote (its first mark is a closing one) continues the quote left open before
//      it ("…said. "We are a big company.¶But not too big to answer for it.""), its opening mark lost;
//   6. a doubled straight opening mark (""We have …,") opens one quote;
//   7. a quote whose closing mark was left out before its attribution ends there: “We agree, Mr. Brix
//      said. “We will act.” is two quotes, “We agree” and “We will act.”.

export interface QuoteSpan {
  /** Offsets of the quoted words (marks excluded, trimmed of spaces and a trailing comma). */
  start: number;
  end: number;
  /** Offset of the opening mark, and of the closing mark (or the paragraph end for a continued piece). */
  open: number;
  close: number;
  /** Index of the span's group: the pieces of one multi-paragraph quote share it. */
  group: number;
}

interface Open {
  at: number; // offset of the mark
  style: 'double' | 'straight' | 'single' | 'straight-single';
  group: number;
}

const LETTER = /\p{L}/u;

// The end of an opened quote that runs into its own attribution: ", Mr. Brix said." before the next “.
const UNCLOSED_BEFORE_CUE = /,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|added|asked|told|wrote)\b[^“”"\n]*$/u;

/** A straight mark before this character (or the text's end) can close a quote: a space, punctuation, a dash. */
function isCloserContext(next: string | undefined): boolean {
  return next === undefined || /[\s,.;:!?)\]—–-]/.test(next);
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Quoted spans of `text` in order. */
export function pairQuoteMarks(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open: Open | null = null;
  let groups = 0;

  const emit = (o: Open, close: number, contentEnd: number): void => {
    const t = trimmed(text, o.at + 1, contentEnd);
    if (t.end > t.start) out.push({ ...t, open: o.at, close, group: o.group });
  };
  /** The quote open at a paragraph break: continue it if the next paragraph opens with the same mark. */
  const atBreak = (i: number): void => {
    if (!open) return;
    let j = i;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    const next = text[j];
    const continues = (open.style === 'double' && next === '“') || (open.style === 'straight' && next === '"');
    if (continues) {
      emit(open, i, i);
      open = { at: j, style: open.style, group: open.group };
    } else if ((open.style === 'double' || open.style === 'straight') && closesFirst(j)) {
      // Rule 5: the paragraph's opening mark was lost; its words start at j (`at` is the mark before them).
      emit(open, i, i);
      open = { at: j - 1, style: open.style, group: open.group };
    } else {
      open = null; // rule 4: an unclosed quote is malformed
    }
  };
  /** Whether the first double mark of the paragraph starting at `from` closes a quote ("…us." then a space or the end). */
  const closesFirst = (from: number): boolean => {
    for (let k = from; k < text.length && text[k] !== '\n'; k++) {
      const c = text[k]!;
      if (c === '“') return false;
      if (c === '”') return true;
      if (c === '"') return !/\s/.test(text[k - 1] ?? ' ') && isCloserContext(text[k + 1]);
    }
    return false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      if (open) {
        const o: Open = open;
        atBreak(i);
        // atBreak moved the open mark to the next paragraph's mark: skip to it.
        if (open && (open as Open).at !== o.at) i = (open as Open).at;
      }
      continue;
    }
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (ch === '“') {
      if (open && (open.style === 'single' || open.style === 'straight-single')) open = null;
      if (!open) open = { at: i, style: 'double', group: groups++ };
      else if (open.style === 'double') {
        // Rule 7: “We agree, Mr. Brix said. “… — the closing mark was left out before the attribution.
        const unclosed = UNCLOSED_BEFORE_CUE.exec(text.slice(open.at + 1, i));
        if (unclosed) emit(open, open.at + 1 + unclosed.index, open.at + 1 + unclosed.index);
        open = { at: i, style: 'double', group: groups++ }; // rule 1: stray
      }
    } else if (ch === '”') {
      // Rule 5: "…” — a straight opening closed by a curly mark.
      if (open?.style === 'double' || open?.style === 'straight') {
        emit(open, i, i);
        open = null;
      }
    } else if (ch === '"' && next === '"' && !open && !/\s/.test(text[i + 2] ?? ' ')) {
      // Rule 6: a doubled opening mark (""We have …", left by a copy of a quote) opens once, at the second.
      continue;
    } else if (ch === '"') {
      if ((open?.style === 'straight' && !/\s/.test(prev)) || (open?.style === 'double' && !/\s/.test(prev) && isCloserContext(next))) {
        // Rule 5 for the second: “…," he said — a curly opening closed by a straight mark.
        emit(open, i, i);
        open = null;
      } else if ((!open || open.style.includes('single')) && !/\s/.test(next)) {
        open = { at: i, style: 'straight', group: groups++ };
      }
    } else if (ch === '‘' && !open && !LETTER.test(prev) && LETTER.test(next)) {
      open = { at: i, style: 'single', group: groups++ };
    } else if (ch === "'" && !open && /[\s(—–]/.test(prev) && LETTER.test(next)) {
      open = { at: i, style: 'straight-single', group: groups++ };
    } else if ((ch === '’' || ch === "'") && open && (open.style === 'single' || open.style === 'straight-single')) {
      // A closing single mark is followed by a non-letter and preceded by a non-space: "‘Council of Tides’ and".
      if (!LETTER.test(next) && !/\s/.test(prev) && (ch === '’') === (open.style === 'single')) {
        emit(open, i, i);
        open = null;
      }
    }
  }
  if (open) atBreak(text.length);
  return out;
}
