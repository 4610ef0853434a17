// One projection told from its two sides: "will only be able to pay 81 percent of promised pensions" / "would face
// a 19 percent cut in pensions". The share taken away and the share left add up to the whole, so the two
// percentages state one fact: they align, and neither contradicts the other. Only percentages whose words
// right after them name the same thing, one of them a reduction and the other not, are read this way: two
// shares of one whole that merely add up to 100 ("52 percent voted yes", "48 percent of turnout") are not.
import { crosscheckLexicon } from '../config/lexicons.js';
import { once } from '../core/lazy.js';
import { contentTerms, sharedCount, tokenize } from '../text/index.js';
import type { QuantityFact } from './facts.js';

const reductionWords = once(() => new Set(crosscheckLexicon().reductionWords));

/** How many words after a figure say what it is a share of ("of promised benefits", "across-the-board cut in benefits"). */
const WINDOW = 6;

/** The words around a figure in its sentence: two before it, WINDOW after it. */
function around(f: QuantityFact): { before: string[]; after: string[] } {
  const s = f.member.article.sentences[f.sentenceIndex];
  if (!s) return { before: [], after: [] };
  const tokens = tokenize(s.text, s.start);
  const first = tokens.findIndex((t) => t.start >= f.quantity.start);
  const last = tokens.findIndex((t) => t.start >= f.quantity.end);
  const after = last < 0 ? [] : tokens.slice(last, last + WINDOW).map((t) => t.lower);
  return { before: tokens.slice(Math.max(0, first - 2), Math.max(0, first)).map((t) => t.lower), after };
}

function isReduction(words: { before: string[]; after: string[] }): boolean {
  const reduction = reductionWords();
  return [...words.before, ...words.after].some((w) => reduction.has(w) || w.split('-').some((p) => reduction.has(p)));
}

/** Whether two exact percentages are the share taken away and the share left of one whole. */
export function complementaryShares(f: QuantityFact, g: QuantityFact): boolean {
  if (f.unit !== 'percent' || g.unit !== 'percent') return false;
  if (f.quantity.qualifier !== 'exact' || g.quantity.qualifier !== 'exact' || f.quantity.high !== null || g.quantity.high !== null) return false;
  if (Math.abs(f.quantity.value + g.quantity.value - 100) > 1e-9 || f.quantity.value === 50) return false;
  const [wf, wg] = [around(f), around(g)];
  if (isReduction(wf) === isReduction(wg)) return false;
  return sharedCount(new Set(contentTerms(wf.after.join(' '))), new Set(contentTerms(wg.after.join(' ')))) > 0;
}
