// Finds the element that holds the article: each text block votes for all its ancestors (+ for
// prose, − for link lists and short labels), and the element with the highest total wins.
// Then the blocks inside it are filtered for leftover junk lines.

import { removalOf } from '../../core/removal-reasons.js';
import type { Removal } from '../../core/types.js';
import { collectBlocks, type Block } from './blocks.js';
import { clip, isJunkLine } from './clean.js';
import type { El } from './dom.js';

/**
 * A block's vote. Prose ("The council voted on Tuesday to …", ≥ 80 chars, or ≥ 40 ending like a
 * sentence) counts its non-link characters; a block that is mostly link text (a menu, a "Related"
 * list) counts against; a short label ("Share", "5 min read") counts a little against, so that a
 * container does not win by gathering many of them.
 */
function vote(b: Block): number {
  const len = b.text.length;
  const ld = b.linkChars / len;
  if (ld >= 0.5) return -len;
  if (b.heading) return 0;
  if (len >= 80 || (len >= 40 && /[.!?…"”'’)]$/.test(b.text))) return len * (1 - ld);
  return -0.3 * len;
}

export interface ContentResult {
  blocks: Block[];
  removed: Removal[];
  container: El | null;
}

/**
 * Teaser cards: ≥ 3 sibling elements of the same tag and class that each hold a fully linked
 * headline (≥ 15 chars) and little else (< 600 chars), as in a "More from The Planet" strip of
 * <div class="card"><a>Headline</a><span>Tuesday</span><p>First lines…</p></div>. Their snippets
 * read like prose, so without this they would pull the content container up to the page wrapper.
 */
export function findTeasers(blocks: Block[]): Set<El> {
  const linked = new Set<El>();
  const size = new Map<El, number>();
  for (const b of blocks) {
    const headline = b.text.length >= 15 && b.linkChars / b.text.length > 0.8;
    for (let e: El | null = b.owner; e; e = e.parent) {
      size.set(e, (size.get(e) ?? 0) + b.text.length);
      if (headline) linked.add(e);
    }
  }
  const teasers = new Set<El>();
  const seen = new Set<El>();
  for (const el of linked) {
    const parent = el.parent;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    const groups = new Map<string, El[]>();
    for (const c of parent.children) {
      if (typeof c === 'string' || c.tag === 'p' || !size.has(c)) continue;
      const key = `${c.tag}.${c.attrs.class ?? ''}`;
      const g = groups.get(key);
      if (g) g.push(c);
      else groups.set(key, [c]);
    }
    for (const g of groups.values()) {
      if (g.length < 3) continue;
      const cards = g.filter((c) => linked.has(c) && (size.get(c) ?? 0) < 600);
      if (cards.length * 3 >= g.length * 2) for (const c of cards) teasers.add(c);
    }
  }
  return teasers;
}

function inSet(el: El, set: Set<El>): boolean {
  if (set.size === 0) return false;
  for (let e: El | null = el; e; e = e.parent) if (set.has(e)) return true;
  return false;
}

/** The element whose blocks' votes sum highest, or null when no element scores above zero. */
export function bestContainer(blocks: Block[], teasers: Set<El> = findTeasers(blocks)): El | null {
  const score = new Map<El, number>();
  for (const b of blocks) {
    const w = inSet(b.owner, teasers) ? -b.text.length : vote(b);
    for (let e: El | null = b.owner; e; e = e.parent) score.set(e, (score.get(e) ?? 0) + w);
  }
  let best: El | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}

/** Strict ancestors of an element. */
export function ancestorsOf(el: El | null): Set<El> {
  const out = new Set<El>();
  for (let e = el?.parent ?? null; e; e = e.parent) out.add(e);
  return out;
}

export function selectContent(body: El): ContentResult {
  const blocks = collectBlocks(body);
  const teasers = findTeasers(blocks);
  const best = bestContainer(blocks, teasers);
  if (!best) return { blocks: [], removed: [], container: null };
  const inside = blocks.filter((b) => isWithin(b.owner, best) && !inSet(b.owner, teasers));
  const removed: Removal[] = [];
  const kept = inside.filter((b) => {
    const ld = b.linkChars / b.text.length;
    // A link list inside the article ("Read more: …" teasers); a linked sentence of prose is kept.
    if (ld > 0.6 && !b.heading && !(b.text.length > 120 && /[.!?]$/.test(b.text))) return false;
    // Markup shown as text (an escaped tracking pixel "<img height=1 …>" from a <noscript>).
    if (/^<\/?[a-z][a-z0-9]*[\s>]/i.test(b.text) && b.text.endsWith('>')) return false;
    if (b.text.length < 120 && isJunkLine(b.text)) {
      if (removed.length < 10) removed.push(removalOf(clip(b.text), { code: 'page-furniture-line' }));
      return false;
    }
    return true;
  });
  return { blocks: kept, removed, container: best };
}

function isWithin(el: El, ancestor: El): boolean {
  for (let e: El | null = el; e; e = e.parent) if (e === ancestor) return true;
  return false;
}
