// Specifies the element tree the extractor walks: how deep it may get (MAX_DEPTH), and what happens to
// elements nested deeper — the shape of a page of 5,000 nested <div>s that overflowed the stack.
import { describe, expect, it } from 'vitest';
import { collectBlocks } from './blocks.js';
import { MAX_DEPTH, parseHtml, textOf, type El } from './dom.js';
import { extractHtmlPage } from './index.js';

function treeDepth(root: El): number {
  let max = 0;
  const stack: [El, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of el.children) if (typeof c !== 'string') stack.push([c, d + 1]);
  }
  return max;
}

const PARAGRAPHS = '<p>The council voted on Tuesday to close the bridge.</p><p>Repairs will take forty days, officials said.</p>';

describe('parseHtml depth', () => {
  it('keeps a page nested less than MAX_DEPTH as it is', () => {
    const { root, depth } = parseHtml(`<div>${'<section>'.repeat(50)}<p>Deep text</p>${'</section>'.repeat(50)}</div>`);
    expect(depth).toBe(52);
    expect(treeDepth(root)).toBe(52);
  });

  it('flattens elements nested deeper than MAX_DEPTH beside each other, keeping their text and paragraphs in order', () => {
    const { root, depth } = parseHtml(`${'<div>'.repeat(10_000)}${PARAGRAPHS}${'</div>'.repeat(10_000)}<p>After.</p>`);
    expect(depth).toBe(10_001);
    expect(treeDepth(root)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(collectBlocks(root).map((b) => b.text)).toEqual([
      'The council voted on Tuesday to close the bridge.', 'Repairs will take forty days, officials said.', 'After.',
    ]);
  });

  it('flattens 10,000 unclosed inline tags, whose text still reads as one paragraph', () => {
    const { root } = parseHtml(`<p>${'<font size="2">'.repeat(10_000)}The council voted <b>on Tuesday</b> to close the bridge.</p>`);
    expect(treeDepth(root)).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(textOf(root)).toBe('The council voted on Tuesday to close the bridge.');
  });

  it('counts the depth of dropped elements too (an <svg> of 1,000 nested groups)', () => {
    expect(parseHtml(`<p>Text</p><svg>${'<g>'.repeat(1000)}${'</g>'.repeat(1000)}</svg>`).depth).toBe(1001);
  });
});

describe('extractHtmlPage on deep pages', () => {
  it('reads the article of a page nested 10,000 <div>s deep (it overflowed the stack at 5,000)', () => {
    const page = extractHtmlPage(`<html><body>${'<div>'.repeat(10_000)}${PARAGRAPHS}${'</div>'.repeat(10_000)}</body></html>`);
    expect(page.body).toBe('The council voted on Tuesday to close the bridge.\n\nRepairs will take forty days, officials said.');
  });

  it('reads no author from JSON-LD whose author is nested 10,000 arrays deep (it overflowed the stack)', () => {
    const ld = `{"@type": "NewsArticle", "author": ${'['.repeat(10_000)}"Anna Berg"${']'.repeat(10_000)}, "headline": "Bridge closes"}`;
    const page = extractHtmlPage(`<html><head><script type="application/ld+json">${ld}</script></head><body>${PARAGRAPHS}</body></html>`);
    expect(page.author).toBeNull();
    expect(page.title?.value).toBe('Bridge closes');
  });
});
