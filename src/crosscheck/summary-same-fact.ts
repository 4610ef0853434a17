// When two sentences of a story state the same fact, for the summary: it must not say a fact twice, and
// each of its sentences cites every outlet that states it. The claim aligner's claims are the first
// answer (two sentences supporting one claim); sentences it did not align still state the same fact
// when they share its anchors — names, figures, dates — and enough rarity-weighted words:
// "Gov. Lena Ostrom on Monday appointed her former aide Piet Harjo to the vacant seat" and "Ostrom
// picked Harjo, her former chief of staff, on Monday to fill the seat" share two names, a date and
// "former", "seat" (cosine 0.3; two anchors, one of them a date or figure, need 0.25); "Ostrom spoke
// at a rally on Monday" shares two anchors but few words.
import type { CrossCheckArticle } from '../core/crosscheck.js';
import { cosine, entityKey, type TermVector } from '../text/index.js';

/** What the same-fact test reads of one sentence. */
export interface FactSentence {
  member: CrossCheckArticle;
  index: number;
  /** Content words weighted by rarity among the story's sentences. */
  vector: TermVector;
  /** Ids of the aligned claims the sentence supports. */
  claims: ReadonlySet<string>;
  /** Entity keys, figures ("#1.6", "#50") and day dates ("@2026-01-29") the sentence names. */
  anchors: Set<string>;
}

/** Words alike enough to be one statement whatever else they name (a near-copy, a light rewording). */
const SAME_WORDS = 0.6;
/** With two shared anchors (names, figures, dates), this much word overlap makes one fact. */
const TWO_ANCHORS_WORDS = 0.25;
/** With one shared anchor, more overlap is needed. */
const ONE_ANCHOR_WORDS = 0.4;

/** Whether two sentences state the same fact (see the file comment). */
export function sameFact(a: FactSentence, b: FactSentence, cos: number = cosine(a.vector, b.vector)): boolean {
  for (const id of a.claims) if (b.claims.has(id)) return true;
  return sameFactInWords(a, b, cos);
}

/** Whether two sentences state the same fact by their anchors and words alone, whatever the claims say. */
export function sameFactInWords(a: FactSentence, b: FactSentence, cos: number): boolean {
  if (cos >= SAME_WORDS) return true;
  if (cos < TWO_ANCHORS_WORDS) return false;
  const { names, values } = sharedAnchors(a.anchors, b.anchors);
  // Names alone do not tell one fact from another: "Strand landed in Port Elan on Monday" and "the
  // agreement, signed by Strand in Port Elan" share two names; a shared date or figure must be among them.
  return (values >= 1 && names + values >= 2) || (names + values >= 1 && cos >= ONE_ANCHOR_WORDS);
}

/** Names, and figures or dates, two sentences share; a name also matches a longer form of it ("patrick" ~ "deval patrick"). */
function sharedAnchors(a: ReadonlySet<string>, b: ReadonlySet<string>): { names: number; values: number } {
  let names = 0;
  let values = 0;
  for (const x of a) {
    const value = /^[#@]/.test(x);
    if (b.has(x)) {
      if (value) values++;
      else names++;
    } else if (!value) for (const y of b) if (!/^[#@]/.test(y) && nameWithin(x, y)) { names++; break; }
  }
  return { names, values };
}
function nameWithin(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.startsWith(`${short} `) || long.endsWith(` ${short}`);
}

const FIGURE = /\d[\d,]*(?:\.\d+)?/g;

/** The anchors of each sentence of an article: its entities' keys, its figures outside dates, its day dates. */
export function sentenceAnchors(member: CrossCheckArticle): Set<string>[] {
  const { article } = member;
  const out = article.sentences.map(() => new Set<string>());
  const times = article.annotations.times;
  for (const t of times) {
    if (t.sentence >= 0 && /^\d{4}-\d{2}-\d{2}/.test(t.value)) out[t.sentence]?.add(`@${t.value.slice(0, 10)}`);
  }
  const mentions = article.annotations.entities.flatMap((e) => e.mentions);
  for (const e of article.annotations.entities) {
    const key = entityKey(e);
    if (key) for (const m of e.mentions) out[m.sentence]?.add(key);
  }
  article.sentences.forEach((s, i) => {
    for (const m of s.text.matchAll(FIGURE)) {
      const at = s.start + m.index;
      // a number inside a date or a name ("Quay 4") is no figure
      if (times.some((t) => t.start <= at && at < t.end) || mentions.some((n) => n.start <= at && at < n.end)) continue;
      out[i]!.add(`#${m[0].replace(/,/g, '')}`);
    }
  });
  return out;
}
