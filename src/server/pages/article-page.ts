// The article page (`/articles/{id}`): the clean text with the entities, times and quotes the
// understanding stage found highlighted at their offsets, headings as headings, the junk the cleaner
// removed shown apart (struck through, with its reason), the metadata with where each value came from,
// an inferred publication date's reasoning, a near-copy note and a link back to the story. The text is
// untrusted: the highlighter escapes every slice it cuts, and only http(s) URLs become links.
import type { EntityType } from '../../core/annotations.js';
import type { DossierArticle } from '../../core/dossier.js';
import { buildArticleView, type ArticleView } from '../../services/article-view.js';
import { inlineHtml, metadataCells } from '../../services/html-parts.js';
import { EMPTY_STATES } from '../../services/view-labels.js';
import { emptyNote, escapeHtml, pageHref, pageLink, renderLayout, scrollTable } from './layout.js';
import type { ArticlePageData } from './page-data.js';

export type HighlightKind = 'quote' | 'entity' | 'time';

/** One range of the text to wrap: offsets are JS string indices into the text given to `highlightText`. */
export interface HighlightSpan {
  start: number;
  end: number;
  kind: HighlightKind;
  /** Entities only: their type (picks the `ent-<type>` class). */
  entityType?: EntityType;
  /** A tooltip (escaped on output). */
  title?: string;
}

const KIND_ORDER: Record<HighlightKind, number> = { quote: 0, entity: 1, time: 2 };
const ENTITY_TYPES: ReadonlySet<string> = new Set<EntityType>(['person', 'organization', 'place', 'other']);

interface Node {
  span: HighlightSpan;
  children: Node[];
}

function openTag(span: HighlightSpan): string {
  const title = span.title ? ` title="${escapeHtml(span.title)}"` : '';
  if (span.kind === 'quote') return `<span class="quote"${title}>`;
  if (span.kind === 'time') return `<mark class="time"${title}>`;
  const type = span.entityType && ENTITY_TYPES.has(span.entityType) ? span.entityType : 'other';
  return `<mark class="ent ent-${type}"${title}>`;
}

const closeTag = (span: HighlightSpan): string => (span.kind === 'quote' ? '</span>' : '</mark>');

/**
 * The text as HTML with each span wrapped (quotes in `<span class="quote">`, entities in
 * `<mark class="ent ent-person|organization|place|other">`, times in `<mark class="time">`) and every
 * slice escaped. Spans may nest (a quote holding names and times); a span that crosses the edge of an
 * earlier one, or repeats its range and kind, is skipped. Out-of-range spans are ignored.
 */
export function highlightText(text: string, spans: readonly HighlightSpan[]): string {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start < s.end)
    .slice()
    .sort((a, b) => a.start - b.start || b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const root: Node[] = [];
  const stack: Node[] = [];
  for (const span of valid) {
    while (stack.length && stack[stack.length - 1]!.span.end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      // Every open span contains span.start; the innermost must contain the whole span, else they cross.
      if (span.end > parent.span.end) continue;
      if (span.start === parent.span.start && span.end === parent.span.end && span.kind === parent.span.kind) continue;
    }
    const node: Node = { span, children: [] };
    (parent ? parent.children : root).push(node);
    stack.push(node);
  }
  const render = (from: number, to: number, nodes: Node[]): string => {
    let html = '';
    let pos = from;
    for (const n of nodes) {
      html += escapeHtml(text.slice(pos, n.span.start));
      html += openTag(n.span) + render(n.span.start, n.span.end, n.children) + closeTag(n.span);
      pos = n.span.end;
    }
    return html + escapeHtml(text.slice(pos, to));
  };
  return render(0, text.length, root);
}

/** The article's entity, time and quote annotations as highlight spans (offsets into `article.text`). */
export function articleSpans(article: DossierArticle): HighlightSpan[] {
  const annotations = article.annotations;
  const roles = new Map((annotations.entityIndex ?? []).map((e) => [e.id, e.roles]));
  const spans: HighlightSpan[] = [];
  for (const q of annotations.quotes ?? []) {
    spans.push({ start: q.start, end: q.end, kind: 'quote', title: `quote — ${q.speaker ?? 'speaker unknown'}` });
  }
  for (const e of annotations.entities ?? []) {
    const r = roles.get(e.entityId) ?? [];
    const title = `${e.type}: ${e.name}${e.kind === 'nominal' ? ' (described)' : ''}${r.length ? ` — ${r.join('; ')}` : ''}`;
    spans.push({ start: e.start, end: e.end, kind: 'entity', entityType: e.type, title });
  }
  for (const t of annotations.times ?? []) {
    spans.push({ start: t.start, end: t.end, kind: 'time', title: `${t.value}${t.mod ? ` (${t.mod})` : ''} — ${t.type.toLowerCase()}, ${t.precision}` });
  }
  return spans;
}

/** The clean text as paragraphs (and headings, from the article's view), highlighted; spans are clipped to the paragraph they fall in. */
export function articleTextHtml(article: DossierArticle, view: ArticleView = buildArticleView(article)): string {
  const spans = articleSpans(article);
  const out = view.paragraphs.map(({ start, end, text, heading }) => {
    const local = spans.flatMap((s) => {
      const a = Math.max(s.start, start);
      const b = Math.min(s.end, end);
      return b > a ? [{ ...s, start: a - start, end: b - start }] : [];
    });
    const html = highlightText(text, local);
    return heading ? `<h3 class="text-heading">${html}</h3>` : `<p>${html}</p>`;
  });
  return out.length ? `<div class="article-text">\n${out.join('\n')}\n</div>` : emptyNote('The article has no text.');
}

const LEGEND =
  '<p class="hl-legend">Highlighted: <mark class="ent ent-person">person</mark> <mark class="ent ent-organization">organization</mark> ' +
  '<mark class="ent ent-place">place</mark> <mark class="ent ent-other">other name</mark> <mark class="time">time</mark> ' +
  '<span class="quote">quotation</span> <span class="muted">(hover for details)</span></p>';

function metadataTable(view: ArticleView): string {
  return scrollTable(['field', 'value', 'from'], view.metadata.map((row) => `<tr>${metadataCells(row, pageHref)}</tr>`), 'class="meta"');
}

function removedSection(a: ArticleView): string {
  const head = `<h2 id="removed-h">Removed from the input (${a.removed.length})</h2>`;
  if (!a.removed.length) return `<section class="removed" aria-labelledby="removed-h">${head}${emptyNote(EMPTY_STATES.removed)}</section>`;
  const items = a.removed.map((r) => `<li><del>${escapeHtml(r.text)}</del> <span class="reason">${escapeHtml(r.reason)}</span></li>`);
  return `<section class="removed" aria-labelledby="removed-h">${head}\n<ul class="removed-list">\n${items.join('\n')}\n</ul></section>`;
}

function entitiesSection(a: DossierArticle): string {
  const index = a.annotations.entityIndex ?? [];
  if (!index.length) return '';
  const rows = index.map(
    (e) =>
      `<tr><td>${escapeHtml(e.name)}</td><td><span class="ent-chip ent-${ENTITY_TYPES.has(e.type) ? e.type : 'other'}">${escapeHtml(e.type)}</span></td><td>${escapeHtml(e.roles.join('; '))}</td><td>${escapeHtml(e.aliases.join(', '))}</td></tr>`,
  );
  return `<section aria-labelledby="entities-h"><h2 id="entities-h">Entities (${index.length})</h2>${scrollTable(['name', 'type', 'roles', 'aliases'], rows, 'class="entities"')}</section>`;
}

export function renderArticlePage(data: ArticlePageData): string {
  const a = data.article;
  const view = buildArticleView(a);
  const title = view.headline;
  const byline = [a.outlet, a.published, a.author ? `by ${a.author}` : null].filter((v): v is string => Boolean(v));
  const story = data.story
    ? `<p class="crumbs">Story: ${pageLink('/stories/', data.story.id, escapeHtml(data.story.title), 'class="story-link"')}</p>`
    : '<p class="crumbs muted">Not in a story yet.</p>';
  const main = [
    '<article class="article-page">',
    '<header class="page-head">',
    story,
    `<h1>${escapeHtml(title)}</h1>`,
    byline.length ? `<p class="byline">${byline.map(escapeHtml).join(' · ')}</p>` : '',
    '</header>',
    ...view.notes.map((n) => `<p class="note ${n.kind}">${inlineHtml(n.text, pageHref)}</p>`),
    '<section class="text-section" aria-labelledby="text-h">',
    '<h2 id="text-h">Text</h2>',
    LEGEND,
    articleTextHtml(a, view),
    '</section>',
    removedSection(view),
    '<section aria-labelledby="meta-h"><h2 id="meta-h">Metadata and where it came from</h2>',
    metadataTable(view),
    '</section>',
    entitiesSection(a),
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
  return renderLayout({ title, main, bodyClass: 'page-article' });
}
