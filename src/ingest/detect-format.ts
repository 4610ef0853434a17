// Decides what kind of text a file holds from its content, not its name: JSON, JSONL, RSS, Atom, HTML
// or plain text; the extension or MIME type only breaks ties. Binary files are refused before this
// (sniff-binary.ts, re-exported here).

import type { InputFormat } from '../core/types.js';

export { sniffBinary } from './sniff-binary.js';

/** What a text file's name or MIME type suggests; used only when its content is ambiguous. */
export type FormatHint = InputFormat | 'xml' | null;

const EXTENSIONS: Record<string, FormatHint> = {
  json: 'json', jsonl: 'jsonl', ndjson: 'jsonl', html: 'html', htm: 'html', xhtml: 'html', shtml: 'html',
  rss: 'rss', atom: 'atom', xml: 'xml', txt: 'text', text: 'text', md: 'text', markdown: 'text',
};

const MIME_TYPES: Record<string, FormatHint> = {
  'application/json': 'json', 'application/ld+json': 'json', 'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl', 'application/jsonlines': 'jsonl', 'text/html': 'html',
  'application/xhtml+xml': 'html', 'application/rss+xml': 'rss', 'application/atom+xml': 'atom',
  'application/xml': 'xml', 'text/xml': 'xml', 'text/plain': 'text', 'text/markdown': 'text',
};

export function formatHint(name: string | null, contentType: string | null | undefined): FormatHint {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mime && MIME_TYPES[mime]) return MIME_TYPES[mime];
  const ext = /\.([a-z0-9]+)$/i.exec(name ?? '')?.[1]?.toLowerCase();
  return (ext && EXTENSIONS[ext]) || null;
}

/** The detected format; JSON comes already parsed so a 20 MB file is not parsed twice. */
export type Detection =
  | { format: Exclude<InputFormat, 'json'> }
  | { format: 'json'; value: unknown }
  | { problem: 'xml-not-feed'; root: string }
  | { problem: 'bad-json'; detail: string };

const HTML_ROOTS = new Set(['html', 'head', 'body', 'div', 'article', 'main', 'section', 'p', 'span', 'header',
  'nav', 'table', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'meta', 'title', 'link', 'script', 'style',
  'a', 'img', 'br', 'figure', 'blockquote', 'pre', 'form', 'iframe', 'footer', 'aside', 'noscript', 'font', 'b', 'i', 'em', 'strong']);

/**
 * Content first, name second: markup is classified by its root element (`<rss>`, `<feed>`, `<html>`),
 * `{`/`[` by whether it parses as JSON or as JSON lines, and everything else is text unless it is
 * clearly HTML. The name or MIME hint only decides the ambiguous cases noted below.
 */
export function detectFormat(text: string, hint: FormatHint): Detection {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('<')) {
    const root = rootElement(head);
    if (root !== null) {
      if (root === 'rss' || root === 'rdf:rdf') return { format: 'rss' };
      if (root === 'feed') return { format: 'atom' };
      if (root === '!doctype html' || HTML_ROOTS.has(root)) return { format: 'html' };
      // Unknown root: an XML declaration, or a name/MIME saying XML or feed, means "XML, not a feed";
      // otherwise it is most likely an HTML fragment with custom elements.
      if (head.startsWith('<?xml') && hint !== 'html') return { problem: 'xml-not-feed', root };
      if (hint === 'xml' || hint === 'rss' || hint === 'atom') return { problem: 'xml-not-feed', root };
      return { format: 'html' };
    }
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    const json = detectJson(text, head, hint);
    if (json) return json;
  }
  // Saved with HTTP headers (`curl -i`) or a stray line before the document: an HTML root near the top.
  if (/<!doctype html|<html[\s>]/i.test(text.slice(0, 2048))) return { format: 'html' };
  // A page body without <html>: three closing block tags are far more than prose ever contains
  // ("use the <p> tag" mentions one); with an .html name one tag is enough.
  const blockTags = text.slice(0, 65536).match(/<\/(?:p|div|h[1-6]|li|article|section|td)>|<br\s*\/?>/gi)?.length ?? 0;
  if (blockTags >= 3 || (hint === 'html' && blockTags >= 1)) return { format: 'html' };
  return { format: 'text' };
}

/** The first element name of a markup document, lower-cased, skipping declarations and comments. */
function rootElement(head: string): string | null {
  let rest = head;
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) rest = rest.slice(rest.indexOf('?>') + 2 || rest.length);
    else if (rest.startsWith('<!--')) rest = rest.slice((rest.indexOf('-->') + 3) || rest.length);
    else if (/^<!doctype\s+html/i.test(rest)) return '!doctype html';
    else if (/^<!doctype/i.test(rest)) rest = rest.slice(rest.indexOf('>') + 1 || rest.length);
    else break;
    if (rest.length === 0) return null;
  }
  const m = /^<([a-zA-Z][\w:.-]*)/.exec(rest);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * JSON vs JSON lines vs prose that happens to start with a bracket ("[Updated] Starmer lands…").
 * A whole-document parse wins; else lines that each start with "{", at least one parsing on its own,
 * make JSON lines (so a broken first line does not lose the rest); else the text is reported as
 * broken JSON only if it looks like JSON (`{"`, `[{`) or is named .json.
 */
function detectJson(text: string, head: string, hint: FormatHint): Detection | null {
  try {
    const value: unknown = JSON.parse(text);
    if (hint === 'jsonl' && value !== null && typeof value === 'object' && !Array.isArray(value)) return { format: 'jsonl' };
    return { format: 'json', value };
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    if (looksLikeJsonLines(text) || (hint === 'jsonl' && head.startsWith('{'))) return { format: 'jsonl' };
    if (/^(?:\{\s*["}]|\[\s*[[{"\]\d-]|\[\s*$)/.test(head) || hint === 'json') {
      return { problem: 'bad-json', detail: describeJsonError(err, text) };
    }
    return null;
  }
}

/** The first 20 non-blank lines all start with "{" and one of them, at least, is a whole JSON object. */
function looksLikeJsonLines(text: string): boolean {
  const lines: string[] = [];
  for (const line of text.split('\n', 200)) {
    if (line.trim() !== '') lines.push(line.trim());
    if (lines.length === 20) break;
  }
  return lines.length >= 2 && lines.every((l) => l.startsWith('{')) && lines.some(parsesAsObject);
}

function parsesAsObject(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch (err) {
    if (err instanceof SyntaxError) return false;
    throw err;
  }
}

/**
 * A JSON.parse error as "line 31: Unexpected token '}'" so users can find the spot. V8 gives either
 * "… in JSON at position 812" or, for unexpected tokens, only a snippet (`…, ..." "title": }\n" is not
 * valid JSON`), which is found in the text to recover the line.
 */
export function describeJsonError(err: SyntaxError, text: string): string {
  const position = /at position (\d+)/.exec(err.message)?.[1];
  if (position !== undefined) {
    const message = err.message.replace(/ in JSON at position \d+.*$/s, '');
    return `line ${lineAt(text, Number(position))}: ${message}`;
  }
  const snippet = /^(.*?), (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/s.exec(err.message);
  if (snippet) {
    const at = text.indexOf(snippet[2]!);
    const token = /'(.+)'/.exec(snippet[1]!)?.[1] ?? '';
    if (at >= 0) return `line ${lineAt(text, at + Math.max(0, snippet[2]!.indexOf(token)))}: ${snippet[1]}`;
    return snippet[1]!;
  }
  return err.message.replace(/\s+/g, ' ');
}

function lineAt(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}
