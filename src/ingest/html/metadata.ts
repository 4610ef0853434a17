// Reads a page's declared metadata: <meta> tags, JSON-LD, <time>, <link rel=canonical>, <html lang>.
// Readability's own title/date guesses are weak (0.57 / 0.54 exact on WCXB), so Dossier reads them here.

import { collapse, textOf, walk, type El } from './dom.js';

export interface PageMeta {
  /** <meta name|property|itemprop> → content, first occurrence, keys lower-cased. */
  meta: Map<string, string>;
  /** Flattened JSON-LD objects (@graph members included). */
  ld: Record<string, unknown>[];
  htmlTitle: string | null;
  h1s: { text: string; el: El }[];
  lang: string | null;
  canonical: string | null;
  /** `<time datetime>` values and itemprop=datePublished values in document order. */
  times: { value: string; published: boolean }[];
  relAuthor: string | null;
}

/** One pass over the tree collecting the metadata elements. */
export function collectMeta(root: El, jsonLd: string[]): PageMeta {
  const meta = new Map<string, string>();
  const out: PageMeta = { meta, ld: [], htmlTitle: null, h1s: [], lang: null, canonical: null, times: [], relAuthor: null };
  walk(root, (el) => {
    const a = el.attrs;
    switch (el.tag) {
      case 'html':
        if (a.lang && !out.lang) out.lang = a.lang;
        else if (a['xml:lang'] && !out.lang) out.lang = a['xml:lang'];
        break;
      case 'meta': {
        const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase().trim();
        const value = a.content ?? a.datetime;
        if (key && value !== undefined && !meta.has(key) && value.trim()) meta.set(key, decodeEntities(collapse(value)));
        if (a.itemprop === 'datePublished' && value) out.times.push({ value, published: true });
        return false;
      }
      case 'title':
        if (out.htmlTitle === null && el.parent && !isInSvg(el)) out.htmlTitle = textOf(el);
        return false;
      case 'link':
        if (/\bcanonical\b/i.test(a.rel ?? '') && a.href && !out.canonical) out.canonical = a.href;
        if (/\bauthor\b/i.test(a.rel ?? '') && !out.relAuthor) {
          const t = textOf(el);
          if (t) out.relAuthor = t;
        }
        break;
      case 'a':
        if (/\bauthor\b/i.test(a.rel ?? '') && !out.relAuthor) {
          const t = textOf(el);
          if (t && t.length < 80) out.relAuthor = t;
        }
        break;
      case 'h1': {
        const t = textOf(el);
        if (t) out.h1s.push({ text: t, el });
        break;
      }
      case 'time':
        if (a.datetime) out.times.push({ value: a.datetime, published: a.itemprop === 'datePublished' || /publish/i.test(a.class ?? '') });
        break;
      default:
        if (a.itemprop === 'datePublished') {
          const v = a.content ?? a.datetime ?? textOf(el);
          if (v) out.times.push({ value: v, published: true });
        }
    }
    return true;
  });
  for (const raw of jsonLd) {
    const parsed = parseJsonLd(raw);
    if (parsed !== undefined) flattenLd(parsed, out.ld, 0);
  }
  return out;
}

function isInSvg(el: El): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.tag === 'svg') return true;
  return false;
}

/** JSON-LD is often slightly broken (trailing commas, raw newlines in strings); a page with
 *  unparsable JSON-LD simply has no JSON-LD metadata, which is the value we record. */
function parseJsonLd(raw: string): unknown {
  const text = raw.trim().replace(/^<!--|-->$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\n\r\t]/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function flattenLd(v: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) flattenLd(x, out, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) flattenLd(o['@graph'], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === 'object') flattenLd(o.mainEntity, out, depth + 1);
}

/** Types that describe the page's own article (not its breadcrumbs, organisation or website). */
const ARTICLE_TYPES = /article|posting|report|blog|news|review|webpage|creativework|recipe|howto|qapage|liveblog/i;

export function ldType(o: Record<string, unknown>): string {
  const t = o['@type'];
  return Array.isArray(t) ? t.join(' ') : typeof t === 'string' ? t : '';
}

/** JSON-LD objects about the article itself, most specific type first (NewsArticle before WebPage). */
export function ldArticles(m: PageMeta): Record<string, unknown>[] {
  const arts = m.ld.filter((o) => ARTICLE_TYPES.test(ldType(o)) && !/breadcrumb/i.test(ldType(o)));
  return arts.sort((a, b) => rank(ldType(a)) - rank(ldType(b)));
}
function rank(t: string): number {
  if (/article|posting|report|blog|liveblog|review|recipe/i.test(t)) return 0;
  return 1;
}

/** Levels of arrays and `name` objects a JSON-LD value is read through ("author": [{"name": …}] is two). */
const MAX_LD_DEPTH = 4;

/**
 * A string from a JSON-LD value: a string, an object's `name`, or the names of an array joined. Nesting
 * beyond MAX_LD_DEPTH is not read: "author": [[[[…]]]] 10,000 levels deep overflowed the stack.
 */
export function ldString(v: unknown, depth = 0): string | null {
  if (typeof v === 'string') return decodeEntities(collapse(v)) || null;
  if (depth >= MAX_LD_DEPTH) return null;
  if (Array.isArray(v)) {
    const names = v.map((x) => ldString(x, depth + 1)).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return ldString((v as Record<string, unknown>).name, depth + 1);
  return null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '\u2013', mdash: '\u2014', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c', hellip: '\u2026' };

/**
 * Decodes entities left in metadata text. CMSs often escape twice, so after the parser's decoding
 * an og:title still reads "Plumbing Guide &amp; Rates" or "Tools &#8211; Spreadsheet".
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return NAMED[code.toLowerCase()] ?? m;
  });
}
