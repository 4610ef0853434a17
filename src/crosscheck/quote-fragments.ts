// Quoted words with no speaker of their own, put back beside the statement they come from. An outlet often
// quotes only a piece of what another outlet quotes in full, woven into its own sentence with no attribution
// the annotator can read: "recommended armed staff to provide “an important layer of extra safety”" beside
// "“armed staff add a layer of extra safety and cut response times,” Hale said", or "calling one a “clown”"
// beside "Hale referred to a reporter as a “clown”". Alone such a piece is a scare quote and no ledger entry;
// beside a named statement of the story that holds the same words it is that statement, carried by one more
// outlet. The piece must share a run of at least three words, two of them content words, with the statement
// (or be the statement's very words), and one statement must share more than any other: a phrase several
// speakers used is left alone.
import { contentTerms } from '../text/index.js';

/** The parts of a quote-ledger statement this reads. */
export interface LooseSide {
  words: readonly string[];
  terms: ReadonlySet<string>;
}

/** Words in a row a piece must share with a statement: "line of defence", not "the country". */
const MIN_RUN = 3;
/** Content words among them: "a lot of" shares three words and says nothing. */
const MIN_RUN_TERMS = 2;

/**
 * The longest run of words `a` and `b` share, in order, that says something: at least MIN_RUN words with
 * MIN_RUN_TERMS content words ("are alleged to be both liars and victims" / "who are alleged to be liars and
 * victims" → "liars and victims", not "are alleged to be"). Dynamic programming over two short word lists;
 * each run is weighed where it ends.
 */
function longestTellingRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      const run = (row[j] = prev[j - 1]! + 1);
      const ends = i === a.length || j === b.length || a[i] !== b[j];
      if (ends && run > best && run >= MIN_RUN && new Set(contentTerms(a.slice(i - run, i).join(' '))).size >= MIN_RUN_TERMS) best = run;
    }
    prev = row;
  }
  return best;
}

/** How strongly a piece matches a statement: the length of the shared run, or 0 when it is no match. */
export function pieceMatch(piece: LooseSide, statement: LooseSide): number {
  if (piece.words.length === 0) return 0;
  if (piece.words.length === statement.words.length && piece.words.every((w, i) => w === statement.words[i])) return piece.words.length;
  return longestTellingRun(piece.words, statement.words);
}

/**
 * For each piece, the index of the one group whose statement it matches best, or -1 (no match, or a tie
 * between groups). Only statements sharing a content word with the piece are compared.
 */
export function placePieces<S extends LooseSide>(pieces: readonly S[], groups: readonly (readonly S[])[], eligible: (piece: S, statement: S) => boolean): number[] {
  const byTerm = new Map<string, number[]>();
  groups.forEach((g, gi) => {
    for (const s of g) {
      for (const t of s.terms) {
        const posting = byTerm.get(t);
        if (posting) posting.push(gi);
        else byTerm.set(t, [gi]);
      }
    }
  });
  return pieces.map((piece) => {
    const candidates = new Set([...piece.terms].flatMap((t) => byTerm.get(t) ?? []));
    let best = 0;
    let at = -1;
    for (const gi of candidates) {
      const score = Math.max(0, ...groups[gi]!.filter((s) => eligible(piece, s)).map((s) => pieceMatch(piece, s)));
      if (score > best) [best, at] = [score, gi];
      else if (score === best && score > 0) at = -1;
    }
    return at;
  });
}
