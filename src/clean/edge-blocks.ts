// Steps 6–7 of cleanDraft: lines at the edges of a story that belong to the chrome beside them — a
// promo's own headline above it, outlet sign-offs at the end — and the blocks the steps work on.
import type { RemovalReason } from '../core/removal-reasons.js';
import { matchPromoHeadline } from './junk-lines.js';
import { outletFromSignOff } from './outlet-cues.js';
import type { TextCues } from './settle-metadata.js';

export interface Block {
  text: string;
  heading: boolean;
  /** Order key: paragraph index, then offset in the paragraph. */
  at: number;
  /** The block is its whole paragraph (nothing was cut off it). */
  whole?: boolean;
  /** Why, when corpus evidence shows the line to be boilerplate (it recurs); removed after step 7. */
  recurs?: RemovalReason;
}

/** A piece the cleaner takes out: its text, why, and where (to list removals in reading order). */
export interface Cut {
  text: string;
  why: RemovalReason;
  at: number;
}

/** Order key of a piece: paragraph index, then offset in the paragraph. */
export const at = (paragraph: number, offset = 0): number => paragraph * 100_000 + offset;

/**
 * Step 6: "Stay ahead of the news" right above "Sign up to our … newsletter" is that promo's own
 * headline (FT-style "Stay informed with …" promo headlines have the same shape). Only a whole paragraph
 * directly above a paragraph removed as a promo qualifies, so the same words elsewhere stay.
 */
export function dropPromoHeadlines(blocks: Block[], cuts: Cut[], promoParagraphs: ReadonlySet<number>): Block[] {
  return blocks.filter((b) => {
    const paragraph = Math.floor(b.at / at(1));
    if (b.heading || !b.whole || !promoParagraphs.has(paragraph + 1)) return true;
    const promo = matchPromoHeadline(b.text);
    if (!promo) return true;
    cuts.push({ text: b.text, why: { code: 'promo-headline', promo }, at: b.at });
    return false;
  });
}

/**
 * Step 7: "News.Az" alone at the end of seed 002 names the outlet and is not story text; so does a
 * closing "Daily Planet FM — on air at 94.6 FM". Lines marked by corpus evidence are passed over
 * at the end (they may follow the sign-off) and may vouch for it: a name that ends several
 * articles of one group is a sign-off, not a sentence.
 */
export function dropSignOffs(
  blocks: Block[],
  cuts: Cut[],
  cues: TextCues,
  context: { knownOutlets: readonly string[]; chrome: readonly string[] },
): Block[] {
  const out = [...blocks];
  let signOffs = 0;
  while (out.length > 1) {
    const last = out[out.length - 1];
    if (!last || last.heading) break;
    const outlet = signOffs < 2 ? outletFromSignOff(last.text, { ...context, recurs: last.recurs !== undefined }) : null;
    if (outlet) {
      cuts.push({ text: last.text, why: { code: 'outlet-sign-off' }, at: last.at });
      cues.signOff ??= outlet;
      signOffs += 1;
    } else if (last.recurs) {
      cuts.push({ text: last.text, why: last.recurs, at: last.at });
    } else {
      break;
    }
    out.pop();
  }
  return out;
}
