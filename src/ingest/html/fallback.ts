// A second extractor for the rare page whose structure defeats Dossier's own container vote: Mozilla
// Readability on a linkedom DOM. It costs ~5× the own extractor, so it runs only when that one failed.

import type * as ReadabilityModule from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { lazyModule } from '../../config/lazy-module.js';
import { collectBlocks, type Block } from './blocks.js';
import { parseHtml } from './dom.js';

// Loaded on the first fallback only: most pages never need them (see src/config/lazy-module.ts).
const readability = lazyModule<typeof ReadabilityModule>('@mozilla/readability');
const linkedom = lazyModule<typeof Linkedom>('linkedom');

/**
 * The own extractor failed when it kept under 1,000 characters (a few short paragraphs) of a page
 * that shows at least three times as much non-link text, and 1,000 at least. A page that is short
 * everywhere (an error page, a video with a caption) is not a failure. Thresholds measured on the
 * dev corpora (WCXB body F1): under 200 chars 0.9344, under 500 0.9373, under 1,000 0.9405, under
 * 2,000 0.9405 with more Readability runs; scrapinghub 0.962 for all four.
 */
export function looksFailed(body: string, pageBlocks: Block[]): boolean {
  if (body.length >= 1000) return false;
  let prose = 0;
  for (const b of pageBlocks) if (b.linkChars / b.text.length < 0.5) prose += b.text.length;
  return prose >= Math.max(1000, 3 * body.length);
}

export interface FallbackResult {
  blocks: Block[];
  /** Why Readability gave nothing, when it did not; the caller records it. */
  error: string | null;
}

/** Readability's article content as Dossier blocks (paragraphs, headings, list items). */
export function extractWithReadability(html: string): FallbackResult {
  let content: string | null | undefined;
  try {
    const { document } = linkedom().parseHTML(html);
    const { Readability } = readability();
    content = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()?.content;
  } catch (err) {
    // Readability throws on some malformed documents; the page then keeps the own (short) result.
    return { blocks: [], error: `readability failed: ${String(err).slice(0, 120)}` };
  }
  if (!content) return { blocks: [], error: 'readability found no article' };
  return { blocks: collectBlocks(parseHtml(content).root), error: null };
}
