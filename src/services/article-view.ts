// One article as every writer shows it: its metadata rows with where each value came from, the notes a
// reader needs first (an inferred publication date, a near-copy), and its clean text as paragraphs and
// headings with each sentence placed in it. The HTML and Markdown reports and the web UI's article and
// story pages print this; none of them reads an article's fields on its own. Plain text only: writers escape.
import type { DossierArticle } from '../core/dossier.js';
import { NO_HEADLINE, type Inline } from './view-labels.js';

export interface MetadataRow {
  field: string;
  /** null when the article has no value (writers show a dash). */
  value: Inline | null;
  /** Where the value came from (`html-meta`, `text`, `input` …), or null. */
  from: string | null;
}

export interface ArticleNote {
  kind: 'inference' | 'near-copy';
  text: Inline[];
}

/** A paragraph or heading of the clean text; `start`/`end` are offsets into the article's text. */
export interface Paragraph {
  start: number;
  end: number;
  text: string;
  heading: boolean;
  /** The sentences found verbatim in it: index into the article's sentences, offsets into `text` (this paragraph's). */
  sentences: { index: number; start: number; end: number }[];
}

export interface ArticleView {
  id: string;
  headline: string;
  outlet: string | null;
  published: string | null;
  publishedInferred: boolean;
  nearCopy: boolean;
  metadata: MetadataRow[];
  notes: ArticleNote[];
  sentenceCount: number;
  /** Non-blank paragraphs and headings, in order. */
  paragraphs: Paragraph[];
  /** Sentences not found verbatim in the text (writers list them after it), by index. */
  unplacedSentences: { index: number; text: string }[];
  removed: { text: string; reason: string }[];
}

/** The URL when it is an http(s) URL, else null: nothing else (javascript:, data:, relative) ever becomes a link. */
export function httpUrl(url: string | null): string | null {
  if (!url || !URL.canParse(url.trim())) return null;
  const parsed = new URL(url.trim());
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

const valueOf = (v: string | null | undefined): Inline | null => (v === null || v === undefined || v === '' ? null : v);
const code = (text: string): Inline => ({ text, style: 'code' });

function metadataRows(a: DossierArticle): MetadataRow[] {
  const rows: MetadataRow[] = [
    { field: 'id', value: code(a.id), from: 'content' },
    { field: 'outlet', value: valueOf(a.outlet), from: a.outletFrom },
    { field: 'published', value: valueOf(a.published), from: a.publishedFrom },
    { field: 'dateline', value: valueOf(a.dateline), from: a.dateline ? 'text' : null },
    { field: 'title', value: valueOf(a.title), from: a.titleFrom },
    { field: 'language', value: valueOf(a.language), from: a.languageFrom },
  ];
  if (a.author) rows.push({ field: 'author', value: a.author, from: 'byline' });
  if (a.wire) rows.push({ field: 'wire copy of', value: a.wire, from: 'text' });
  if (a.url) {
    const href = httpUrl(a.url);
    rows.push({ field: 'url', value: href ? { text: a.url, link: { url: href } } : code(a.url), from: 'input' });
  }
  if (a.file) rows.push({ field: 'file', value: code(a.file), from: 'input' });
  if (a.sourceId) rows.push({ field: 'source id', value: code(a.sourceId), from: 'input' });
  rows.push({ field: 'format', value: valueOf(a.format), from: 'detected' });
  rows.push({ field: 'read from', value: valueOf((a.sources ?? []).join(', ')), from: 'input' });
  // Stages the article's language kept from running (or ran with less): so an empty list is not read as "none found".
  for (const note of [...(a.analysis?.skipped ?? []), ...(a.analysis?.limited ?? [])]) {
    rows.push({ field: note.stage, value: { text: note.reason, style: 'muted' }, from: 'language' });
  }
  return rows;
}

function notesOf(a: DossierArticle, lookup: (id: string) => DossierArticle | undefined): ArticleNote[] {
  const notes: ArticleNote[] = [];
  const inference = a.publishedInference;
  if (inference) {
    const range = inference.earliest === inference.latest ? '' : ` (equally consistent: ${inference.earliest} to ${inference.latest})`;
    notes.push({ kind: 'inference', text: ['Publication date inferred as ', { text: inference.date, style: 'strong' }, `${range}: ${inference.why}`] });
  }
  if (a.duplicateOf) {
    const { articleId, similarity, reason } = a.duplicateOf;
    const original = lookup(articleId);
    const label: Inline = original
      ? { text: `${original.outlet ?? original.id}: ${original.title ?? NO_HEADLINE}`, link: { article: articleId } }
      : { text: articleId, style: 'code', link: { article: articleId } };
    notes.push({
      kind: 'near-copy',
      text: ['Near-copy of ', label, ` (${Math.round(similarity * 100)}% shared: ${reason}); not counted as an independent source.`],
    });
  }
  return notes;
}

/**
 * The clean text's paragraphs (split at blank lines; a paragraph starting where a heading does is that
 * heading) with each sentence placed where it is found, in order. A sentence not found verbatim, or one
 * that would cross a paragraph, is left unplaced: writers list those after the text so none is lost.
 */
function placeSentences(a: DossierArticle): Pick<ArticleView, 'paragraphs' | 'unplacedSentences'> {
  const placed: { start: number; end: number; index: number }[] = [];
  const unplaced: number[] = [];
  let cursor = 0;
  a.sentences.forEach((s, index) => {
    const at = a.text.indexOf(s, cursor);
    if (at < 0 || s.includes('\n\n')) unplaced.push(index);
    else {
      placed.push({ start: at, end: at + s.length, index });
      cursor = at + s.length;
    }
  });
  const headingStarts = new Set((a.headings ?? []).map((h) => h.start));
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let next = 0;
  for (const text of a.text.split('\n\n')) {
    const start = offset;
    const end = start + text.length;
    offset = end + 2;
    const sentences: Paragraph['sentences'] = [];
    let pos = start;
    for (; next < placed.length && placed[next]!.end <= end; next++) {
      const s = placed[next]!;
      if (s.start < pos) unplaced.push(s.index);
      else {
        sentences.push({ index: s.index, start: s.start - start, end: s.end - start });
        pos = s.end;
      }
    }
    if (text.trim()) paragraphs.push({ start, end, text, heading: headingStarts.has(start), sentences });
    else for (const s of sentences) unplaced.push(s.index);
  }
  for (; next < placed.length; next++) unplaced.push(placed[next]!.index);
  return { paragraphs, unplacedSentences: unplaced.sort((x, y) => x - y).map((index) => ({ index, text: a.sentences[index] ?? '' })) };
}

/** The view of one article; `lookup` finds other articles (the original of a near-copy) when the writer has them. */
export function buildArticleView(a: DossierArticle, lookup: (id: string) => DossierArticle | undefined = () => undefined): ArticleView {
  return {
    id: a.id,
    headline: a.title ?? NO_HEADLINE,
    outlet: a.outlet,
    published: a.published,
    publishedInferred: a.publishedFrom === 'inferred',
    nearCopy: a.duplicateOf !== null && a.duplicateOf !== undefined,
    metadata: metadataRows(a),
    notes: notesOf(a, lookup),
    sentenceCount: a.sentences.length,
    ...placeSentences(a),
    removed: a.removed.map((r) => ({ text: r.text, reason: r.reason })),
  };
}
