// Public surface of the HTML extractor: a whole page → main text + metadata, a feed fragment → text.
// Steps: parse (htmlparser2) → read metadata → drop furniture → pick the content container → join blocks.

import type { Removal, Sourced } from '../../core/types.js';
import { collectBlocks, joinBlocks, type Block } from './blocks.js';
import { removeFurniture } from './clean.js';
import { ancestorsOf, bestContainer, selectContent } from './content.js';
import { collapse, find, parseHtml } from './dom.js';
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
}

const MAX_REMOVALS = 30;

/** Main content of a whole page. Never throws on malformed HTML; body is '' when nothing is found. */
export function extractHtmlPage(html: string, options?: { url?: string | null }): HtmlPage {
  const { root, jsonLd } = parseHtml(html);
  const meta = collectMeta(root, jsonLd);
  const url = pickUrl(meta, options?.url ?? null);
  const host = hostOf(url ?? options?.url);
  const outlet = pickOutlet(meta, url ?? options?.url ?? null);

  const bodyEl = find(root, (e) => e.tag === 'body') ?? root;
  // A first vote on the raw page protects the wrappers of the likely article from class-name rules.
  const first = bestContainer(collectBlocks(bodyEl));
  const removed = removeFurniture(bodyEl, ancestorsOf(first));
  const content = selectContent(bodyEl);
  const title = pickTitle(meta, outlet?.value ?? null, host, content.container);
  const blocks = dropTitleBlocks(content.blocks, title?.value ?? null);
  removed.push(...content.removed);

  return {
    body: joinBlocks(blocks),
    headings: headingsOf(blocks),
    title,
    outlet,
    published: pickPublished(meta, url ?? options?.url ?? null),
    language: pickLanguage(meta),
    author: pickAuthor(meta),
    url,
    removed: removed.slice(0, MAX_REMOVALS),
  };
}

/** A content fragment (RSS content:encoded, Atom <content type="html">) to plain text. */
export function htmlToText(fragment: string): { body: string; headings: string[] } {
  const { root } = parseHtml(fragment);
  const blocks = collectBlocks(root);
  return { body: joinBlocks(blocks), headings: headingsOf(blocks) };
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
