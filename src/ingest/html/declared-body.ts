// Uses the article text a page declares in JSON-LD (`articleBody` of a NewsArticle/Article) as a
// second opinion on the container the extractor chose: it stands in for a container that missed the article.

import { collectBlocks, type Block } from './blocks.js';
import { collapse, parseHtml } from './dom.js';
import { decodeEntities, ldArticles, type PageMeta } from './metadata.js';

/** Shorter declared bodies are teasers or descriptions ("Read the full story…"), not the article. */
const MIN_DECLARED = 200;

/** The declared article body as paragraphs, or null when the page declares none (or a stub). */
export function declaredBody(m: PageMeta): string[] | null {
  for (const a of ldArticles(m)) {
    const v = a.articleBody;
    if (typeof v !== 'string' || v.length < MIN_DECLARED) continue;
    // Some CMSs put the HTML of the body in the field; others plain text with "\n" between paragraphs.
    const text = /<\/?(p|br|div|h[1-6])\b/i.test(v)
      ? collectBlocks(parseHtml(v).root).map((b) => b.text)
      : v.split(/\n+/).map((p) => collapse(decodeEntities(p)));
    const paras = text.filter((p) => p !== '');
    if (paras.join(' ').length >= MIN_DECLARED) return paras;
  }
  return null;
}

const WORD = /[\p{L}\p{N}]+/gu;
function words(s: string): string[] {
  return s.toLowerCase().match(WORD) ?? [];
}

/**
 * The declared paragraphs when they should replace the chosen blocks, else null. They replace them
 * when most declared words (≥ 50%) are missing from the blocks — the extractor chose the wrong
 * element (a teaser strip, a comment thread) or found nothing — and the declared body is the longer
 * text: a short declared body beside a longer container is a truncated teaser of a paywalled page.
 * Trimming the container's edges to the declared words was measured too and dropped: it cut lead
 * paragraphs and sub-headings that articleBody leaves out (scrapinghub F1 0.957 → 0.955).
 */
export function declaredInstead(blocks: Block[], declared: string[]): string[] | null {
  const vocab = new Set(words(declared.join(' ')));
  if (vocab.size === 0) return null;
  const bodyWords = new Set(blocks.flatMap((b) => words(b.text)));
  let found = 0;
  for (const w of vocab) if (bodyWords.has(w)) found++;
  if (found / vocab.size >= 0.5) return null;
  const declaredLen = declared.join(' ').length;
  const blockLen = blocks.reduce((n, b) => n + b.text.length, 0);
  return declaredLen > blockLen ? declared : null;
}
