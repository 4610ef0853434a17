// RSS 2.0 / RSS 1.0 (RDF) and Atom feeds → one draft per item, with fast-xml-parser. Full content
// (content:encoded, Atom <content>) is preferred over the description/summary teaser.

import { XMLParser } from 'fast-xml-parser';
import type { ArticleDraft, InputFormat } from '../core/types.js';
import { normalizeDate } from '../text/index.js';
import { htmlToText } from './html/index.js';
import { inputError, newDraft, recordInput, type InputSource, type ReadItem } from './read-item.js';

/**
 * Content elements are kept as raw markup (stop nodes): feeds put HTML in them escaped, in CDATA, or —
 * in broken feeds and Atom type="xhtml" — as bare tags that a parser would otherwise tear into objects.
 */
const CONTENT_NODES = ['description', 'content:encoded', 'content', 'summary'];
/** fast-xml-parser's guard against deep input (its default): a feed is rss › channel › item › field, and HTML
 *  inside content is kept as raw text, so real feeds nest a handful of levels. */
const MAX_FEED_DEPTH = 100;
const parser = new XMLParser({
  maxNestedTags: MAX_FEED_DEPTH,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  stopNodes: ['rss.channel.item', 'rdf:RDF.item', 'feed.entry'].flatMap((p) => CONTENT_NODES.map((c) => `${p}.${c}`)),
});

type Node = Record<string, unknown>;

export function readFeed(xml: string, format: Extract<InputFormat, 'rss' | 'atom'>, src: InputSource): ReadItem[] {
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    // fast-xml-parser throws plain Errors for malformed XML; the message says where.
    if (!(err instanceof Error)) throw err;
    const problem = /maximum nested tags/i.test(err.message) ? `nests its elements more than ${MAX_FEED_DEPTH} levels deep` : `is not well-formed XML: ${err.message}`;
    return [{ input: src.label, error: inputError('bad-feed', src, problem) }];
  }
  const rss = asNode(doc['rss']);
  const rdf = asNode(doc['rdf:RDF']);
  const atom = asNode(doc['feed']);
  const channel = asNode(rss?.['channel']) ?? asNode(rdf?.['channel']) ?? atom;
  const items = (format === 'atom' ? atom?.['entry'] : rss ? asNode(rss['channel'])?.['item'] : rdf?.['item']) as unknown[] | undefined;
  if (!items || items.length === 0) {
    return [{ input: src.label, error: inputError('bad-feed', src, `is ${format === 'atom' ? 'an Atom' : 'an RSS'} feed, but the feed has no items`, { hint: 'check that the file is the feed itself and that it lists at least one <item> or <entry>' }) }];
  }
  const outlet = text(channel?.['title']);
  const language = languageTag(text(channel?.['language']) ?? text(channel?.['dc:language']) ?? attr(atom, 'xml:lang'));
  return items.map((raw, i) => {
    const input = recordInput(src, i + 1);
    const item = asNode(raw) ?? {};
    const draft = itemToDraft(item, format, src);
    if (draft === null) {
      const title = text(item['title']);
      return {
        input,
        error: inputError('no-text', src, 'has neither content nor a description', {
          record: `item ${i + 1}${title ? ` (${JSON.stringify(title.slice(0, 60))})` : ''}`,
          hint: 'the feed carries only links for this item; save the linked page as HTML and read that',
        }),
      };
    }
    if (outlet) draft.outlet = { value: outlet, from: 'feed' };
    if (language) draft.language = { value: language, from: 'feed' };
    return { input, draft };
  });
}

function itemToDraft(item: Node, format: InputFormat, src: InputSource): ArticleDraft | null {
  const content = [item['content:encoded'], item['content'], item['description'], item['summary']]
    .map(contentText)
    .find((c) => c !== null && c.body.trim() !== '');
  if (!content) return null;
  const draft = newDraft(format, src, content.body, src.label);
  draft.headings = content.headings;
  const title = text(item['title']);
  if (title) draft.title = { value: title, from: 'feed' };
  draft.url = itemLink(item['link']);
  draft.sourceId = text(item['guid']) ?? text(item['id']);
  const published = ['pubDate', 'dc:date', 'published', 'updated', 'issued', 'modified']
    .map((k) => normalizeDate(text(item[k])))
    .find((d) => d !== null);
  if (published) draft.published = { value: published, from: 'feed' };
  draft.author = text(item['dc:creator']) ?? text(asNode(item['author'])?.['name']) ?? text(item['author']);
  return draft;
}

/**
 * A stop node's raw inner markup → plain text. Outside CDATA sections the markup is still XML-escaped
 * ("&lt;p&gt;…"), so it is unescaped once; CDATA holds literal HTML. Atom type="text" is plain text,
 * type="xhtml" is bare XHTML, and everything else (RSS description, content:encoded, Atom html) is HTML.
 */
function contentText(node: unknown): { body: string; headings: string[] } | null {
  const n = asNode(node);
  const raw = typeof node === 'string' ? node : typeof n?.['#text'] === 'string' ? (n['#text'] as string) : null;
  if (raw === null || raw.trim() === '') return null;
  const type = attr(n, 'type');
  if (type === 'xhtml') return htmlToText(raw);
  const unescaped = raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('');
  if (type === 'text') return { body: unescaped.trim(), headings: [] };
  return htmlToText(unescaped);
}

function decodeXmlEntities(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (m, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()] ?? m;
  });
}

/** RSS `<link>url</link>`; Atom `<link rel="alternate" href>` (or the first link without a rel). */
function itemLink(links: unknown): string | null {
  const list = Array.isArray(links) ? links : links === undefined ? [] : [links];
  for (const l of list) if (typeof l === 'string' && l.trim() !== '') return l.trim();
  const nodes = list.map(asNode).filter((n): n is Node => n !== null);
  const alt = nodes.find((n) => attr(n, 'rel') === 'alternate') ?? nodes.find((n) => attr(n, 'rel') === null);
  return attr(alt ?? null, 'href') ?? text(alt?.['#text']);
}

/** The text of an element that may carry attributes ({"#text": …, "@_type": …}); tags stripped. */
function text(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    const s = v.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
    return s === '' ? null : s;
  }
  const n = asNode(v);
  return n ? text(n['#text']) : null;
}

function attr(n: Node | null | undefined, name: string): string | null {
  const v = n?.[`@_${name}`];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function asNode(v: unknown): Node | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null;
}

function languageTag(v: string | null): string | null {
  return v && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(v) ? v.replace(/_/g, '-') : null;
}
