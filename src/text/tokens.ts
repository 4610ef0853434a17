// Word tokens with offsets, shared by the quantity, ranking and claim scanners: one regex pass, no
// library. Hyphens, apostrophes, inner periods and digit commas stay inside a token ("forty-two",
// "Strand’s", "U.K.", "18,000", "3.5"), so a token is a unit the scanners can look up.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Letters only (with inner hyphens, apostrophes, periods): a word, not a number or a mark. */
  word: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
}

// A word: characters that are not spaces or marks, joined by - ’ ' . , when more follow ("forty-two",
// "Strand’s", "U.K", "18,000", "3.5"), or one mark. Not a \p{L} class: this plain class is twice as fast.
const TOKEN = /[^\s\-'’.,"“”‘(),;:!?€$£¥%—–[\]…/]+(?:[-'’.,][^\s\-'’.,"“”‘(),;:!?€$£¥%—–[\]…/]+)*|\S/g;
const WORD = /^\p{L}[\p{L}'’.-]*$/u;
const CAP = /^\p{Lu}/u;

/** Tokens of `text`; offsets are shifted by `offset` so they index the whole article. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  // TOKEN is compiled once; its lastIndex is reset here and the loop runs to the end without yielding.
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text))) {
    let word = m[0];
    // "U.K." keeps its final period (letter.letter.); a sentence-final one stays a separate token.
    if (word.length > 1 && text[TOKEN.lastIndex] === '.' && /\p{L}\.\p{L}$/u.test(word)) {
      word += '.';
      TOKEN.lastIndex++;
    }
    const start = offset + m.index;
    const c = word.charCodeAt(0);
    const ascii = c < 128;
    const isLetter = ascii ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : WORD.test(word[0]!);
    out.push({
      text: word, lower: word.toLowerCase(), start, end: start + word.length,
      word: isLetter && WORD.test(word),
      cap: ascii ? c >= 65 && c <= 90 : CAP.test(word),
    });
  }
  return out;
}

/** True for a token that starts with a capital letter ("Strand", "UK"). */
export function isCapitalized(token: Token | undefined): boolean {
  return token !== undefined && token.cap;
}

/** True for a token made of letters (and inner hyphens/apostrophes): a word, not a number or a mark. */
export function isWord(token: Token | undefined): boolean {
  return token !== undefined && token.word;
}
