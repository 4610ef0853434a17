// Plain-text and Markdown files → one draft. The body is the text as written; only what Markdown marks
// unambiguously (front matter, "# Title", "## Sub" headings, link syntax) is turned into metadata.
//
// Titles: a plain .txt keeps its first line in the body and gets no title here — whether that line is a
// headline or a dateline is the cleaner's call (src/clean). Markdown is explicit: front matter `title:` or
// a leading "# Title" line becomes `title` (from 'text') and leaves the body, recorded in `removed`.

import { removalOf } from '../core/removal-reasons.js';
import type { ArticleDraft } from '../core/types.js';
import { dateFromFileName, normalizeDate } from '../text/index.js';
import { folderGroup, inputError, newDraft, type InputSource, type ReadItem } from './read-item.js';

/** "# Title", "## Sub" … "###### Sub": ATX headings need a space after the hashes ("#Brexit" is a hashtag). */
const ATX_HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/;

export function readText(text: string, src: InputSource): ReadItem[] {
  const draft = newDraft('text', src, '', folderGroup(src));
  let rest = text;

  const front = splitFrontMatter(rest);
  if (front) {
    rest = front.body;
    applyFrontMatter(draft, front.fields);
    draft.removed.push(removalOf(front.raw, { code: 'front-matter' }));
  }

  const markdown = front !== null || /\.(?:md|markdown)$/i.test(src.name ?? '') || /^#{1,6}[ \t]+\S/m.test(rest);
  if (markdown) rest = readMarkdown(rest, draft);

  draft.body = rest.replace(/[ \t]+$/gm, '').replace(/^\n+|\s+$/g, '');
  if (draft.body === '') {
    return [{ input: src.label, error: inputError('empty', src, 'has a title or front matter but no article text') }];
  }
  if (!draft.published) {
    const fromName = dateFromFileName(src.name);
    if (fromName) draft.published = { value: fromName, from: 'filename' };
  }
  return [{ input: src.label, draft }];
}

/** Markdown → plain lines: title and headings out of the hashes, links down to their words, images gone. */
function readMarkdown(text: string, draft: ArticleDraft): string {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const titleMatch = first >= 0 ? ATX_HEADING.exec(lines[first]!) : null;
  if (titleMatch && titleMatch[1] === '#') {
    const title = inlineMarkdown(titleMatch[2]!);
    if (!draft.title) draft.title = { value: title, from: 'text' };
    draft.removed.push(removalOf(lines[first]!, { code: 'title' }));
    lines.splice(first, 1);
  } else if (first >= 0 && /^=+\s*$/.test(lines[first + 1] ?? '') && lines[first]!.trim().length > 0) {
    // Setext title: "Starmer visits Beijing\n======================".
    if (!draft.title) draft.title = { value: inlineMarkdown(lines[first]!.trim()), from: 'text' };
    draft.removed.push(removalOf(`${lines[first]}\n${lines[first + 1]}`, { code: 'title' }));
    lines.splice(first, 2);
  }
  const out: string[] = [];
  for (const line of lines) {
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const h = inlineMarkdown(heading[2]!);
      draft.headings.push(h);
      // A heading is its own paragraph in a draft body.
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      out.push(h, '');
    } else {
      out.push(inlineMarkdown(line));
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** `![img](x.png)` → "", `[words](https://…)` → "words", `**bold**`/`__bold__` → "bold". */
function inlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]+|[^()\s]*\([^()]*\))(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\*\*(\S(?:.*?\S)?)\*\*|__(\S(?:.*?\S)?)__/g, (_m, a: string | undefined, b: string | undefined) => a ?? b ?? '');
}

interface FrontMatter {
  raw: string;
  body: string;
  fields: Map<string, string>;
}

/** YAML front matter ("---\ntitle: …\n---") at the very top, read as flat `key: value` lines. */
function splitFrontMatter(text: string): FrontMatter | null {
  const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
  if (!m) return null;
  const fields = new Map<string, string>();
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const value = kv[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (value !== '') fields.set(kv[1]!.toLowerCase(), value);
  }
  // "---" rules in prose also pair up; only call it front matter when it holds key: value lines.
  if (fields.size === 0) return null;
  return { raw: m[0].trimEnd(), body: text.slice(m[0].length), fields };
}

function applyFrontMatter(draft: ArticleDraft, fields: Map<string, string>): void {
  const get = (...keys: string[]) => keys.map((k) => fields.get(k)).find((v) => v !== undefined) ?? null;
  const title = get('title', 'headline');
  if (title) draft.title = { value: title, from: 'text' };
  const published = normalizeDate(get('date', 'published', 'pubdate', 'published_at'));
  if (published) draft.published = { value: published, from: 'text' };
  const outlet = get('source', 'outlet', 'publisher', 'site');
  if (outlet) draft.outlet = { value: outlet, from: 'text' };
  draft.url = get('url', 'link', 'canonical');
  draft.author = get('author', 'byline');
}
