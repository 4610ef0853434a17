// JSON exports → drafts: one object, an array of objects, an API-style wrapper ({"articles": […]}) or
// JSON lines. Field names vary by tool (NewsAPI, news-please, schema.org), so each field has aliases.

import type { ArticleDraft, InputFormat } from '../core/types.js';
import type { InputError } from '../core/errors.js';
import { normalizeDate } from '../text/index.js';
import { describeJsonError } from './detect-format.js';
import { htmlToText } from './html/index.js';
import { folderGroup, inputError, newDraft, recordInput, type InputSource, type ReadItem } from './read-item.js';

/** Field aliases, matched case-insensitively, first present wins. `html` is converted to text. */
const FIELDS = {
  text: ['text', 'body', 'content', 'article', 'articleBody', 'maintext', 'fullText', 'full_text', 'html'],
  title: ['title', 'headline'],
  published: ['date', 'published', 'publishedAt', 'published_at', 'pubDate', 'datePublished', 'date_publish', 'date_published'],
  url: ['url', 'link', 'permalink', 'canonical_url'],
  outlet: ['source', 'outlet', 'publisher', 'site', 'site_name', 'siteName', 'source_name', 'source_domain'],
  id: ['id', 'guid', '_id', 'uuid'],
  language: ['lang', 'language', 'inLanguage'],
  author: ['author', 'authors', 'byline', 'creator'],
};

/** Keys under which API responses and scraper dumps wrap their list of articles. */
const CONTAINERS = ['articles', 'items', 'data', 'results', 'entries', 'posts', 'records', 'documents', 'docs', 'stories', 'news'];

/** A parsed JSON document: one article object, or many (an array, or an object wrapping one). */
export function readJson(value: unknown, src: InputSource): ReadItem[] {
  const records = Array.isArray(value) ? value : isObject(value) && !hasTextField(value) ? wrappedList(value) : null;
  if (records === null) {
    if (!isObject(value)) {
      return [{ input: src.label, error: inputError('bad-json', src, `holds a JSON ${jsonKind(value)}, expected an article object or an array of them`) }];
    }
    const draft = recordToDraft(value, src, 'json', folderGroup(src), undefined);
    return ['body' in draft ? { input: src.label, draft } : { input: src.label, error: draft }];
  }
  if (records.length === 0) {
    return [{ input: src.label, error: inputError('empty', src, 'is an empty JSON array: no articles in it') }];
  }
  return records.map((rec, i) => {
    const input = recordInput(src, i + 1);
    const where = `record ${i + 1}`;
    if (!isObject(rec)) {
      return { input, error: inputError('bad-json', src, `holds a JSON ${jsonKind(rec)}, expected an article object`, { record: where }) };
    }
    const draft = recordToDraft(rec, src, 'json', src.label, where);
    return 'body' in draft ? { input, draft } : { input, error: draft };
  });
}

/** JSON lines: one object per line; a line that does not parse fails alone and the others still read. */
export function readJsonLines(text: string, src: InputSource): ReadItem[] {
  const items: ReadItem[] = [];
  const lines = text.split('\n');
  let n = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    n++;
    const input = recordInput(src, n);
    const where = `record ${n} (line ${i + 1})`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      const detail = describeJsonError(err, line).replace(/^line 1: /, '');
      items.push({ input, error: inputError('bad-json', src, `is not valid JSON: ${detail}`, { record: where, hint: 'each line of a JSONL file must be one complete JSON object' }) });
      return;
    }
    if (!isObject(value)) {
      items.push({ input, error: inputError('bad-json', src, `holds a JSON ${jsonKind(value)}, expected an article object`, { record: where }) });
      return;
    }
    const draft = recordToDraft(value, src, 'jsonl', src.label, where);
    items.push('body' in draft ? { input, draft } : { input, error: draft });
  });
  if (items.length === 0) items.push({ input: src.label, error: inputError('empty', src, 'has no JSON lines') });
  return items;
}

function recordToDraft(
  rec: Record<string, unknown>,
  src: InputSource,
  format: InputFormat,
  group: string | null,
  where: string | undefined,
): ArticleDraft | InputError {
  const get = fieldGetter(rec);
  const found = findText(rec);
  if (!found) {
    const keys = Object.keys(rec);
    const present = FIELDS.text.filter((f) => get([f]) !== undefined || keys.some((k) => k.toLowerCase() === f.toLowerCase()));
    const wrong = present.filter((f) => !isTextValue(get([f]) ?? null));
    const reason = wrong.length > 0
      ? `has ${wrong.map((f) => `a JSON ${jsonKind(get([f]) ?? null)} in ${JSON.stringify(f)}`).join(', ')}, expected the article text as a string`
      : present.length > 0
        ? `has an empty ${present.map((f) => JSON.stringify(f)).join(', ')} field`
        : `has no text field (found: ${keys.length > 0 ? keys.slice(0, 12).join(', ') + (keys.length > 12 ? ', …' : '') : 'no fields'})`;
    return inputError('no-text', src, reason, {
      record: where,
      hint: `put the article text in one of: ${FIELDS.text.join(', ')}`,
    });
  }
  const draft = newDraft(format, src, found.body, group);
  draft.headings = found.headings;
  const title = plainString(get(FIELDS.title));
  if (title) draft.title = { value: title, from: 'json' };
  const published = normalizeDate(get(FIELDS.published));
  if (published) draft.published = { value: published, from: 'json' };
  draft.url = plainString(get(FIELDS.url));
  const outlet = nameOf(get(FIELDS.outlet));
  if (outlet) draft.outlet = { value: outlet, from: 'json' };
  const id = get(FIELDS.id);
  draft.sourceId = typeof id === 'string' || typeof id === 'number' ? String(id).trim() || null : null;
  const language = languageTag(get(FIELDS.language));
  if (language) draft.language = { value: language, from: 'json' };
  draft.author = namesOf(get(FIELDS.author));
  return draft;
}

/** The first non-empty text field, as plain text; HTML (the `html` field, or tags in `content`) is converted. */
function findText(rec: Record<string, unknown>): { body: string; headings: string[] } | null {
  const get = fieldGetter(rec);
  for (const field of FIELDS.text) {
    let value = get([field]);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) value = value.join('\n\n');
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (field === 'html' || looksLikeHtml(value)) {
      const converted = htmlToText(value);
      if (converted.body.trim() !== '') return converted;
      continue;
    }
    return { body: value.trim(), headings: [] };
  }
  return null;
}

/** What findText reads as text: a string, or a list of strings (paragraphs). */
function isTextValue(v: unknown): boolean {
  return typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
}

/**
 * Scraper exports often put the page's HTML in `content`: one closing block tag or <br> is enough,
 * because article prose does not contain "</p>" while a single HTML paragraph does.
 */
function looksLikeHtml(s: string): boolean {
  return /<\/(?:p|div|h[1-6]|li|blockquote|span|a|strong|em|b|i|figure|section)>|<br\s*\/?>/i.test(s);
}

function hasTextField(rec: Record<string, unknown>): boolean {
  return fieldGetter(rec)(FIELDS.text) !== undefined;
}

/** `{"status": "ok", "articles": [ … ]}` → the list, when exactly one known container key holds an array. */
function wrappedList(rec: Record<string, unknown>): unknown[] | null {
  const get = fieldGetter(rec);
  const lists = CONTAINERS.map((k) => get([k])).filter(Array.isArray);
  return lists.length === 1 ? lists[0]! : null;
}

function fieldGetter(rec: Record<string, unknown>): (aliases: string[]) => unknown {
  const byLower = new Map<string, unknown>();
  for (const [k, v] of Object.entries(rec)) if (!byLower.has(k.toLowerCase())) byLower.set(k.toLowerCase(), v);
  return (aliases) => {
    for (const a of aliases) {
      const v = byLower.get(a.toLowerCase());
      if (v !== undefined && v !== null) return v;
    }
    return undefined;
  };
}

function plainString(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  return s === '' ? null : s;
}

/** "BBC News", {"name": "BBC News"} (NewsAPI, schema.org publisher) → "BBC News". */
function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return plainString(v);
  if (isObject(v)) return plainString(v['name'] ?? v['title']);
  return null;
}

/** "Jo Bloggs", {"name": …}, or a list of either → "Jo Bloggs, Al Smith". */
function namesOf(v: unknown): string | null {
  const list = Array.isArray(v) ? v : [v];
  const names = list.map(nameOf).filter((n): n is string => n !== null);
  return names.length > 0 ? names.join(', ') : null;
}

/** A BCP-47-looking tag ("en", "en_GB" → "en-GB"); names like "English" are left to language detection. */
function languageTag(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(s) ? s : null;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
