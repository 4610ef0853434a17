// A minimal element tree built from htmlparser2's tolerant tokenizer, for the HTML extractor.
// Why not linkedom/jsdom: a full DOM costs 3–4× the parse time, and extraction only needs tags,
// attributes, children and text. Scripts and styles are dropped while parsing (JSON-LD is kept aside).
// The tree is at most MAX_DEPTH deep, so the extractor's walks over it never blow the stack.

import { Parser } from 'htmlparser2';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | null;
}
/** A text node is its raw (entity-decoded, not yet whitespace-collapsed) string. */
export type Node = El | string;

export interface ParsedHtml {
  root: El;
  /** Raw text of every <script type="application/ld+json">, in document order. */
  jsonLd: string[];
  /** How deep the page's elements nest, dropped ones included (the tree itself stops at MAX_DEPTH). */
  depth: number;
}

/**
 * Elements nested deeper than this are flattened: each is placed beside the others at this depth, in
 * document order, so their text and paragraph breaks stay. The deepest of 974 real pages (WCXB and
 * scrapinghub) nests 55 levels; a page of 5,000 nested <div>s (or unclosed <font>s) overflowed the
 * stack of the recursive walks below.
 */
export const MAX_DEPTH = 256;

/** Elements whose content is never article text. `noscript` mostly holds tracking pixels and
 *  lazy-image duplicates; `template` holds inert markup that a browser never shows. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe',
  'object', 'embed', 'select', 'textarea', 'button', 'input', 'option', 'datalist', 'audio', 'video', 'source', 'picture']);

/** Parses any HTML string; never throws (htmlparser2 recovers from unclosed and stray tags). */
export function parseHtml(html: string): ParsedHtml {
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  const jsonLd: string[] = [];
  let current = root;
  // Depth of `current`; the deepest nesting seen; elements open beyond MAX_DEPTH, and the element at
  // MAX_DEPTH that holds them (see MAX_DEPTH).
  let depth = 0;
  let deepest = 0;
  let over = 0;
  let anchor = root;
  // Depth inside a dropped element; while > 0 nothing is attached to the tree.
  let skip = 0;
  let ld: string[] | null = null;
  const parser = new Parser({
    onopentag(name, attrs) {
      if (skip > 0 || DROPPED.has(name)) {
        skip++;
        deepest = Math.max(deepest, depth + over + skip);
        if (name === 'script' && skip === 1 && /ld\+json/i.test(attrs.type ?? '')) ld = [];
        return;
      }
      if (depth + over >= MAX_DEPTH) {
        if (over === 0) anchor = current;
        over++;
        deepest = Math.max(deepest, depth + over);
        const el: El = { tag: name, attrs, children: [], parent: anchor };
        anchor.children.push(el);
        current = el;
        return;
      }
      const el: El = { tag: name, attrs, children: [], parent: current };
      current.children.push(el);
      current = el;
      depth++;
      deepest = Math.max(deepest, depth);
    },
    ontext(data) {
      if (skip > 0) {
        if (ld) ld.push(data);
        return;
      }
      current.children.push(data);
    },
    onclosetag(name) {
      if (skip > 0) {
        skip--;
        if (skip === 0 && ld) {
          jsonLd.push(ld.join(''));
          ld = null;
        }
        return;
      }
      if (over > 0) {
        over--;
        current = anchor;
        return;
      }
      // htmlparser2 reports a close for every open (implied ones included), so one pop suffices;
      // the name check guards against an unbalanced event sequence on very broken input.
      if (current.parent && current.tag === name) {
        current = current.parent;
        depth--;
      } else {
        let el: El | null = current;
        while (el && el.tag !== name) el = el.parent;
        if (el?.parent) current = el.parent;
        depth = depthOf(current);
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return { root, jsonLd, depth: deepest };
}

function depthOf(el: El): number {
  let n = 0;
  for (let e = el.parent; e; e = e.parent) n++;
  return n;
}

/** Depth-first pre-order walk over elements; `visit` returning false skips the element's children. */
export function walk(el: El, visit: (el: El) => boolean | void): void {
  for (const child of el.children) {
    if (typeof child === 'string') continue;
    if (visit(child) !== false) walk(child, visit);
  }
}

/** First element matching a predicate, in document order. */
export function find(el: El, pred: (el: El) => boolean): El | null {
  let found: El | null = null;
  walk(el, (e) => {
    if (found) return false;
    if (pred(e)) {
      found = e;
      return false;
    }
    return true;
  });
  return found;
}

/** All elements matching a predicate, in document order. */
export function findAll(el: El, pred: (el: El) => boolean): El[] {
  const out: El[] = [];
  walk(el, (e) => {
    if (pred(e)) out.push(e);
  });
  return out;
}

/** Text content with whitespace collapsed to single spaces and trimmed. */
export function textOf(el: El): string {
  const parts: string[] = [];
  const rec = (e: El): void => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else {
        if (c.tag === 'br') parts.push(' ');
        rec(c);
      }
    }
  };
  rec(el);
  return collapse(parts.join(''));
}

/** Collapses runs of whitespace (incl. NBSP) to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Detaches an element from its parent. */
export function remove(el: El): void {
  const p = el.parent;
  if (!p) return;
  const i = p.children.indexOf(el);
  if (i >= 0) p.children.splice(i, 1);
  el.parent = null;
}
