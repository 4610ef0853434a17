// One quote, two opposite meanings: outlets that carry the same statement of a speaker but word it with and
// without a negation ("“If they don't pass this budget this month it will raise the risk of a slump”" / "“To pass
// this bill this month would raise the risk of a slump”") cannot both quote the speaker right, and a reader
// must be told. Facts never see this — a sentence that is mostly a quote is the quote ledger's — so it is read
// here, from the ledger: two variants of one entry (one speaker, words already matched), from two sources,
// where one puts a negation right before at least three words (two of them content words) that the other
// carries with no negation anywhere in its quote. A variant that is a piece of the other ("pass this budget"
// inside "we will not pass this budget") only leaves words out, and never conflicts.
import type { AlignedClaim, ClaimEvidence, CrossCheckArticle, EvidenceRef, QuoteLedgerEntry } from '../core/crosscheck.js';
import { contentTerms } from '../text/index.js';
import { outletLabel } from './evidence.js';
import { wordsOf } from './quote-ledger.js';

/** Negations as the quote ledger writes words: folded, apostrophes dropped ("don't" → "dont"). */
const NEGATIONS = new Set([
  'not', 'never', 'no', 'nor', 'neither', 'cannot', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'isnt', 'arent', 'wasnt', 'werent',
  'wouldnt', 'shouldnt', 'couldnt', 'havent', 'hasnt', 'hadnt', 'mustnt', 'neednt', 'aint',
]);
/** Words a negated run must share with the plain variant, and content words among them. */
const MIN_RUN = 3;
const MIN_RUN_TERMS = 2;

/** Whether `piece` occurs as a contiguous run of `words`. */
function runIn(piece: readonly string[], words: readonly string[]): boolean {
  for (let i = 0; i + piece.length <= words.length; i++) if (piece.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/**
 * The words right after a negation of `negated` that `plain` carries without one, or null: the longest such
 * run of at least MIN_RUN words with MIN_RUN_TERMS content words. `plain` must hold no negation at all and
 * must not be a piece of `negated`.
 */
export function negatedRun(negated: readonly string[], plain: readonly string[]): string[] | null {
  if (plain.some((w) => NEGATIONS.has(w)) || runIn(plain, negated)) return null;
  let best: string[] | null = null;
  negated.forEach((w, i) => {
    if (!NEGATIONS.has(w)) return;
    for (let end = negated.length; end >= i + 1 + MIN_RUN; end--) {
      const run = negated.slice(i + 1, end);
      if (best && run.length <= best.length) break;
      if (runIn(run, plain) && new Set(contentTerms(run.join(' '))).size >= MIN_RUN_TERMS) {
        best = run;
        break;
      }
    }
  });
  return best;
}

interface Side {
  member: CrossCheckArticle;
  /** The sentences of the article's evidence that hold the run (all of them when none does alone). */
  sentences: EvidenceRef[];
}

/** The claims of a story's quotes that outlets give with opposite polarity, `conflicting`, ids from `firstId` on. */
export function quotePolarityClaims(entries: readonly QuoteLedgerEntry[], members: readonly CrossCheckArticle[], firstId: number): AlignedClaim[] {
  const byId = new Map(members.map((m) => [m.article.id, m]));
  const out: AlignedClaim[] = [];
  for (const entry of entries) {
    if (entry.sources.length < 2) continue;
    const variants = entry.variants.map((v) => ({ v, member: byId.get(v.articleId), words: wordsOf(v.text) })).filter((x): x is typeof x & { member: CrossCheckArticle } => x.member !== undefined);
    let found: { run: string[]; negated: typeof variants; plain: typeof variants } | null = null;
    // Only a variant with a negation against one without, each wording once per source (a quote a big
    // story's every article repeats is a few wordings, not hundreds of pairs).
    const wordings = (negatedOnes: boolean): typeof variants =>
      [...new Map(variants.filter((x) => x.words.some((w) => NEGATIONS.has(w)) === negatedOnes).map((x) => [`${x.member.source}\u0000${x.words.join(' ')}`, x] as const)).values()];
    const plainOnes = wordings(false);
    for (const a of wordings(true)) {
      for (const b of plainOnes) {
        if (a.member.source === b.member.source) continue;
        const run = negatedRun(a.words, b.words);
        if (!run || (found && found.run.length >= run.length)) continue;
        // Every variant takes the side its own words give the run: negated, plain, or neither (left out).
        const negated = variants.filter((x) => x.words.some((w, i) => NEGATIONS.has(w) && runIn(run, x.words.slice(i + 1, i + 1 + run.length))));
        const plain = variants.filter((x) => !negated.includes(x) && !x.words.some((w) => NEGATIONS.has(w)) && runIn(run, x.words));
        found = { run, negated, plain };
      }
    }
    if (!found) continue;
    const side = (xs: typeof variants): Side[] => xs.map(({ member }) => {
      const own = entry.evidence.filter((e) => e.articleId === member.article.id);
      const holding = own.filter((e) => runIn(found!.run, wordsOf(e.sentence)));
      return { member, sentences: holding.length > 0 ? holding : own };
    });
    const sources = (xs: Side[]): Set<string> => new Set(xs.map((s) => s.member.source));
    let [supports, contradicts] = [side(found.plain), side(found.negated)];
    if (sources(contradicts).size > sources(supports).size) [supports, contradicts] = [contradicts, supports];
    const words = found.run.join(' ');
    const valueOf = (s: Side): string => (found!.plain.some((x) => x.member === s.member) ? words : `not ${words}`);
    const evidence = (xs: Side[], stance: ClaimEvidence['stance']): ClaimEvidence[] =>
      xs.flatMap((s) => s.sentences.map((e) => ({ articleId: e.articleId, sentence: e.sentence, sentenceIndex: e.sentenceIndex, stance, outlet: s.member.article.outlet, source: s.member.source, value: valueOf(s), copyOf: s.member.copyOf })));
    const lead = supports[0]!.sentences[0]!;
    const label = (xs: Side[]): string => [...new Set(xs.map((s) => outletLabel(s.member)))].join(', ');
    out.push({
      id: `k${firstId + out.length}`,
      kind: 'event',
      text: lead.sentence,
      status: 'conflicting',
      slot: null,
      note: `One quote${entry.speaker ? ` of ${entry.speaker}` : ''} with opposite meanings: ${label(found.negated.length ? side(found.negated) : [])} quote${found.negated.length === 1 ? 's' : ''} it with a negation before “${words}”, ${label(side(found.plain))} without one; both cannot be what was said.`,
      evidence: [...evidence(supports, 'supports'), ...evidence(contradicts, 'contradicts')],
      sources: [...sources(supports)],
      alignment: [],
    });
  }
  return out;
}
