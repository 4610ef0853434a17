// Turns an element tree into text blocks (one per paragraph, heading, list item or table row),
// each tied to the block element that owns it, so the extractor can score containers by their blocks.

import { collapse, type El } from './dom.js';

export interface Block {
  /** Collapsed text; lines (from <br>) joined by "\n". */
  text: string;
  /** The innermost block-level element containing this text. */
  owner: El;
  /** Heading level 1–6, or 0. */
  heading: number;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** Tag of the owner, for weighting (`p`, `li`, `td`, `div` …). */
  tag: string;
}

/** Tags that start a new paragraph; everything else is inline. */
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'caption', 'blockquote', 'pre', 'figure', 'figcaption', 'hr', 'address', 'details',
  'summary', 'form', 'fieldset', 'legend', 'center', 'body', 'html', '#root', 'menu', 'hgroup', 'dialog']);

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** Splits `root` into blocks in document order. `<pre>` keeps its line breaks. */
export function collectBlocks(root: El): Block[] {
  const blocks: Block[] = [];
  let buf: string[] = [];
  let linkChars = 0;
  let inLink = 0;
  let inPre = 0;
  const stack: El[] = [root];

  const flush = (): void => {
    if (buf.length === 0) return;
    const raw = buf.join('');
    buf = [];
    const lines = raw.split('\n').map(collapse).filter((l) => l !== '');
    const links = linkChars;
    linkChars = 0;
    if (lines.length === 0) return;
    const owner = stack[stack.length - 1] ?? root;
    const text = lines.join('\n');
    const h = /^h([1-6])$/.exec(owner.tag);
    blocks.push({ text, owner, heading: h ? Number(h[1]) : 0, linkChars: Math.min(links, text.length), tag: owner.tag });
  };

  const rec = (el: El): void => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        const t = inPre ? c : c.replace(/\n/g, ' ');
        buf.push(t);
        if (inLink) linkChars += collapse(c).length;
        continue;
      }
      const tag = c.tag;
      if (tag === 'br') {
        buf.push('\n');
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        flush();
        stack.push(c);
        if (tag === 'pre') inPre++;
        rec(c);
        flush();
        if (tag === 'pre') inPre--;
        stack.pop();
      } else {
        // Table cells stay on their row's line; a separator keeps cell texts apart.
        const cell = tag === 'td' || tag === 'th';
        if (cell && buf.some((x) => /\S/.test(x))) buf.push(' | ');
        if (tag === 'a') inLink++;
        rec(c);
        if (cell) buf.push(' ');
        if (tag === 'a') inLink--;
      }
    }
  };
  rec(root);
  flush();
  return blocks;
}

/** Joins blocks into the body convention: one block per paragraph, paragraphs separated by "\n\n". */
export function joinBlocks(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}
