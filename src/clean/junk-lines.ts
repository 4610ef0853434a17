// Recognises page chrome: whole paragraphs that are widgets, promos, notices or credits, and
// widgets glued to the start or end of a real line. Patterns live in lexicon/junk-patterns.json.
import { once } from '../core/lazy.js';
import type { JunkLineCode } from '../core/removal-reasons.js';
import { junkLexicon, type LinePattern } from './lexicon.js';

/**
 * Chrome lines are short: the longest pattern allows ~350 characters (a cookie notice). Longer
 * paragraphs are story text, and skipping them keeps back-tracking patterns off long lines.
 */
const MAX_JUNK_LENGTH = 400;
/** Edge widgets are a few words; only the ends of a line are searched for them. */
const EDGE_WINDOW = 120;

/** Why the whole paragraph is chrome (its removal code), else null. */
export function matchJunkLine(line: string): JunkLineCode | null {
  if (line.length > MAX_JUNK_LENGTH) return null;
  for (const p of junkLexicon().lines) {
    if (p.regex.test(line)) return p.code;
  }
  return null;
}

/**
 * The promo's removal code when `line` is a promo's own headline ("Stay ahead of the news" right above
 * "Sign up to … newsletter"), else null. Call it only on a line directly above a removed promo:
 * alone, "Stay ahead of the tide" could be a story's sub-heading. A headline is at most 8 words
 * ("Be the first to know about breaking news" is 8) and ends without sentence punctuation.
 */
export function matchPromoHeadline(line: string): JunkLineCode | null {
  if (line.split(/\s+/).length > 8 || /[.,;:?…]$/u.test(line)) return null;
  for (const p of junkLexicon().promoHeadlines) {
    if (p.regex.test(line)) return p.code;
  }
  return null;
}

/** Codes of promo lines that a short headline above may belong to. */
export const PROMO_CODES: ReadonlySet<JunkLineCode> = new Set<JunkLineCode>(['newsletter-promo', 'subscription-promo']);

export interface EdgeCut {
  text: string;
  code: JunkLineCode;
  /** Offset of the cut piece in the line it was cut from. */
  offset: number;
}

interface EdgeRegexes {
  code: JunkLineCode;
  start: RegExp;
  end: RegExp;
}

const edgeRegexes = once(() => compileEdges(junkLexicon().edges));

// An edge widget must stand apart from the words next to it ("2026-01-29 + ↺ − 16 px"), so the
// anchored forms require whitespace (or the line edge) on its inner side.
function compileEdges(patterns: LinePattern[]): EdgeRegexes[] {
  return patterns.map((p) => ({
    code: p.code,
    start: new RegExp(`^(?:${p.regex.source})(?=\\s|$)`, p.regex.flags),
    end: new RegExp(`(?<=^|\\s)(?:${p.regex.source})$`, p.regex.flags),
  }));
}

/**
 * Cuts widgets off both ends of `line`: " date 2026-01-29 + ↺ − 16 px" keeps "date 2026-01-29"
 * and cuts "+ ↺ − 16 px". Returns the remaining text (trimmed), where it starts, and the cut pieces.
 */
export function cutEdgeWidgets(line: string): { kept: string; keptOffset: number; cuts: EdgeCut[] } {
  const cuts: EdgeCut[] = [];
  let start = 0;
  let end = line.length;
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of edgeRegexes()) {
      const slice = line.slice(start, end);
      // Search the tail from a word start so the window does not cut into the widget's text.
      const tailStart = Math.max(0, slice.length - EDGE_WINDOW);
      const atEnd = e.end.exec(tailStart > 0 ? slice.slice(slice.lastIndexOf(' ', tailStart) + 1) : slice);
      if (atEnd) {
        const index = slice.length - atEnd[0].length;
        cuts.push({ text: atEnd[0], code: e.code, offset: start + index });
        end = start + slice.slice(0, index).trimEnd().length;
        changed = true;
        continue;
      }
      const atStart = e.start.exec(slice);
      if (atStart) {
        cuts.push({ text: atStart[0], code: e.code, offset: start });
        const rest = slice.slice(atStart[0].length);
        start += atStart[0].length + (rest.length - rest.trimStart().length);
        changed = true;
      }
    }
  }
  cuts.sort((a, b) => a.offset - b.offset);
  return { kept: line.slice(start, end), keptOffset: start, cuts };
}
