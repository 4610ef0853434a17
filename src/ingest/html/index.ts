// Public surface of the HTML extractor: a whole page → main text + metadata, a feed fragment → text.
// Steps: parse (htmlparser2) → read metadata → drop furniture → pick the content container → join
// blocks; then second opinions: JSON-LD articleBody when the vote missed it, Readability when it failed.

import type { Removal, Sourced } from '../../core/types.js';
import { collectBlocks, joinBlocks, type Block } from './blocks.js';
import { removeFurniture } from './clean.js';
import { ancestorsOf, bestContainer, selectContent } from './content.js';
import { MAX_DEPTH, collapse, find, parseHtml, type El } from './dom.js';
import { declaredBody, declaredInstead } from './declared-body.js';
import { extractWithReadability, looksFailed } from './fallback.js';
import { findShownDate, type ShownDate } from './visible-date.js';
import { hostOf, pickAuthor, pickLanguage, pickOutlet, pickPublished, pickTitle, pickUrl } from './fields.js';
import { collectMeta } from './metadata.js';

export interface HtmlPage {
  /** plain text: one paragraph or heading per line, paragraphs separated by a blank line ("\n\n") */
  body: string;
  /** lines of body that are sub-headings (from <h1>..<h6> inside the content, excluding the title) */
  headings: string[];
  title: Sourced<string, 'html-meta'> | null;
  outlet: Sourced<string, 'html-meta' | 'url'> | null;
  published: Sourced<string, 'html-meta'> | null;
  language: Sourced<string, 'html-meta'> | null;
  author: string | null;
  url: string | null;
  removed: Removal[];
  /** Which extractor produced the body: the own container vote, the page's JSON-LD articleBody
   *  (when the vote missed the article it declares), or the Readability fallback (when the vote
   *  kept almost nothing of a page full of text). */
  extractor: 'dossier' | 'json-ld' | 'readability';
  /** Why the Readability fallback, when tried, was not used ("readability found no article"). */
  fallbackNote: string | null;
}

const MAX_REMOVALS = 30;

/** Main content of a whole page. Never throws on malformed HTML; body is '' when nothing is found. */
export function extractHtmlPage(html: string, options?: { url?: string | null }): HtmlPage {
  const { root, jsonLd, depth } = parseHtml(html);
  const meta = collectMeta(root, jsonLd);
  const url = pickUrl(meta, options?.url ?? null);
  const host = hostOf(url ?? options?.url);
  const outlet = pickOutlet(meta, url ?? options?.url ?? null);

  const bodyEl = find(root, (e) => e.tag === 'body') ?? root;
  // A first vote on the raw page protects the wrappers of the likely article from class-name rules.
  const rawBlocks = collectBlocks(bodyEl);
  const first = bestContainer(rawBlocks);
  const removed = removeFurniture(bodyEl, ancestorsOf(first));
  const content = selectContent(bodyEl);
  const title = pickTitle(meta, outlet?.value ?? null, host, content.container);
  let blocks = dropTitleBlocks(content.blocks, title?.value ?? null);
  removed.push(...content.removed);
  const declared = declaredBody(meta);
  const instead = declared ? declaredInstead(blocks, declared) : null;
  let extractor: HtmlPage['extractor'] = 'dossier';
  let fallbackNote: string | null = null;
  if (instead) {
    blocks = instead.map((text) => ({ text, owner: bodyEl, heading: 0, linkChars: 0, tag: 'p' }));
    extractor = 'json-ld';
  } else if (looksFailed(joinBlocks(blocks), rawBlocks) && depth > MAX_DEPTH) {
    // Readability's time grows faster than the square of the nesting (500 levels: 0.8 s; 2,000: 28 s;
    // 5,000: 5 minutes), so a page nested this deep keeps the own extractor's (flattened) result.
    fallbackNote = `readability not tried: the page nests ${depth} levels deep`;
  } else if (looksFailed(joinBlocks(blocks), rawBlocks)) {
    const fb = extractWithReadability(html);
    const text = joinBlocks(fb.blocks);
    if (text.length > joinBlocks(blocks).length) {
      blocks = dropTitleBlocks(fb.blocks, title?.value ?? null);
      extractor = 'readability';
    } else fallbackNote = fb.error ?? 'readability found no longer text';
  }

  return {
    body: joinBlocks(blocks),
    headings: headingsOf(blocks),
    title,
    outlet,
    published: pickPublished(meta, url ?? options?.url ?? null, shownDate(rawBlocks, title?.value ?? null, first, meta.lang)),
    language: pickLanguage(meta),
    author: pickAuthor(meta),
    url,
    removed: removed.slice(0, MAX_REMOVALS),
    extractor,
    fallbackNote,
  };
}

/** A content fragment (RSS content:encoded, Atom <content type="html">) to plain text. */
export function htmlToText(fragment: string): { body: string; headings: string[] } {
  const { root } = parseHtml(fragment);
  const blocks = collectBlocks(root);
  return { body: joinBlocks(blocks), headings: headingsOf(blocks) };
}

/**
 * The date printed near the headline, read from the page as it was before furniture removal (byline
 * boxes such as <div class="post-date"> are dropped as furniture). The headline block is the one
 * whose text is the title; without one, the start of the first-vote container stands in for it.
 */
function shownDate(blocks: Block[], title: string | null, container: El | null, lang: string | null): ShownDate | null {
  const t = title ? collapse(title).toLowerCase() : null;
  let anchor = t ? blocks.findIndex((b) => b.heading > 0 && collapse(b.text).toLowerCase() === t) : -1;
  if (anchor < 0 && container) anchor = blocks.findIndex((b) => isInside(b.owner, container));
  if (anchor < 0) return null;
  return findShownDate(blocks, anchor, lang);
}

function isInside(el: El, ancestor: El): boolean {
  for (let e: El | null = el; e; e = e.parent) if (e === ancestor) return true;
  return false;
}

function headingsOf(blocks: Block[]): string[] {
  return blocks.filter((b) => b.heading > 0).map((b) => b.text);
}

/** The headline repeated at the top of the content is the title, not body text. */
function dropTitleBlocks(blocks: Block[], title: string | null): Block[] {
  if (!title) return blocks;
  const t = collapse(title).toLowerCase();
  const i = blocks.slice(0, 5).findIndex((b) => collapse(b.text).toLowerCase() === t);
  return i >= 0 ? blocks.filter((_, j) => j !== i) : blocks;
}
