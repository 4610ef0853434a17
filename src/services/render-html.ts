// Renders a dossier as ONE self-contained HTML5 report a user can mail or open offline: inline CSS,
// no scripts, no external assets, and a Content-Security-Policy that forbids loading any. Per story it
// shows the summary (with citation markers that jump to the cited article sentence), the timeline, the
// claim ledger, the quote ledger, the outlet coverage matrix, entities and related stories, then every
// article with its metadata (and where each value came from), its clean text and the junk removed.
// Everything in a dossier comes from the articles and is untrusted: every piece of text goes through
// `escapeHtml`, and only http(s) URLs ever become links.
import { storyNotices } from './story-notices.js';
import type { ClaimStatus, EvidenceRef, QuoteLedgerEntry, TimelineEntry } from '../core/crosscheck.js';
import type { Dossier, DossierArticle, DossierStory } from '../core/dossier.js';

/** Escapes text for use in HTML content and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  corroborated: 'corroborated',
  'single-source': 'single source',
  conflicting: 'conflicting',
  compatible: 'compatible',
  changed: 'changed',
};

export const COVERAGE_CELLS = {
  covered: { symbol: '✓', label: 'covered' },
  'not-covered': { symbol: '·', label: 'not covered' },
  contradicts: { symbol: '✗', label: 'contradicts' },
} as const;

const STYLE = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d9d9de; --soft: #f5f5f7; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1, h2, h3, h4 { line-height: 1.25; }
h2 { margin-top: 2.5rem; padding-top: 1rem; border-top: 3px solid var(--ink); }
h3 { margin-top: 1.75rem; }
a { color: #0b57d0; }
.muted, .empty { color: var(--muted); }
.notice { border-left: 4px solid #b06000; background: #fff4e5; padding: 0.5rem 0.75rem; }
.notice-error { border-left-color: #b3261e; background: #fdecea; }
.empty { font-style: italic; }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; min-width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
.badge { display: inline-block; padding: 0 0.4rem; margin: 0 0.2rem 0.2rem 0; border-radius: 0.6rem; font-size: 0.8rem; border: 1px solid var(--line); background: var(--soft); white-space: nowrap; }
.status { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 0.3rem; font-weight: 600; font-size: 0.85rem; white-space: nowrap; border: 1px solid; }
.status-corroborated { background: #e6f4ea; color: #137333; border-color: #137333; }
.status-single-source { background: #f1f3f4; color: #3c4043; border-color: #80868b; }
.status-conflicting { background: #fce8e6; color: #a50e0e; border-color: #a50e0e; }
.status-compatible { background: #e8f0fe; color: #174ea6; border-color: #174ea6; }
.status-changed { background: #fef7e0; color: #8a5300; border-color: #b06000; }
.stance { margin: 0.2rem 0; padding-left: 1.1rem; }
.stance-title { font-weight: 600; font-size: 0.85rem; }
.value { font-weight: 600; }
.cov-covered { background: #e6f4ea; color: #137333; text-align: center; }
.cov-not-covered { color: var(--muted); text-align: center; }
.cov-contradicts { background: #fce8e6; color: #a50e0e; text-align: center; font-weight: 700; }
.cite { font-size: 0.75rem; vertical-align: super; line-height: 0; text-decoration: none; }
.cite-missing { color: var(--muted); }
blockquote { margin: 0.3rem 0; padding-left: 0.8rem; border-left: 3px solid var(--line); }
.article { margin-top: 2rem; padding: 0.75rem; border: 1px solid var(--line); border-radius: 0.4rem; }
.article-text p { margin: 0.6rem 0; }
.sentence:target, tr:target, .article:target { background: #fff3b0; }
.removed del { color: #a50e0e; }
.removed .reason { color: var(--muted); font-size: 0.9rem; }
.note { padding: 0.4rem 0.6rem; background: var(--soft); border-left: 3px solid #b06000; }
details > summary { cursor: pointer; font-weight: 600; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
code { font-size: 0.9em; word-break: break-all; }
`;

/** Where each article of the dossier is, for links and for outlet labels. */
interface ArticleIndex {
  byId: Map<string, { article: DossierArticle; index: number }>;
}

/** An evidence reference as the dossier may carry it: `sentenceIndex` is an extension and may be absent. */
type Ref = Pick<EvidenceRef, 'articleId' | 'sentence'> & { sentenceIndex?: number };

const articleAnchor = (index: number): string => `article-${index}`;
const sentenceAnchor = (index: number, sentence: number): string => `article-${index}-s${sentence}`;
const storyAnchor = (index: number): string => `story-${index}`;
const claimAnchor = (story: number, claim: number): string => `story-${story}-claim-${claim}`;

/** The URL when it is an http(s) URL, else null: nothing else (javascript:, data:, relative) becomes a link. */
export function httpUrl(url: string | null): string | null {
  if (!url || !URL.canParse(url.trim())) return null;
  const parsed = new URL(url.trim());
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

function outletOf(index: ArticleIndex, articleId: string, fallback?: string | null): string {
  return index.byId.get(articleId)?.article.outlet ?? fallback ?? articleId;
}

/** The anchor of the cited sentence (or of its article when the sentence cannot be found), or null for an unknown article. */
function refAnchor(index: ArticleIndex, ref: Ref): string | null {
  const found = index.byId.get(ref.articleId);
  if (!found) return null;
  const { article } = found;
  const at =
    typeof ref.sentenceIndex === 'number' && article.sentences[ref.sentenceIndex] === ref.sentence
      ? ref.sentenceIndex
      : article.sentences.indexOf(ref.sentence);
  return at >= 0 ? sentenceAnchor(found.index, at) : articleAnchor(found.index);
}

/** A link to the cited sentence whose tooltip names the outlet and quotes the sentence. */
function refLink(index: ArticleIndex, ref: Ref, label: string, className?: string, outlet?: string | null): string {
  const title = escapeHtml(`${outletOf(index, ref.articleId, outlet)}: ${ref.sentence}`);
  const cls = className ? ` class="${className}"` : '';
  const anchor = refAnchor(index, ref);
  return anchor
    ? `<a${cls} href="#${anchor}" title="${title}">${escapeHtml(label)}</a>`
    : `<span class="${className ? `${className} ` : ''}cite-missing" title="${title}">${escapeHtml(label)}</span>`;
}

/** Numbers a story's cited sentences [1], [2] … in order of first citation; one sentence keeps one number. */
class Citations {
  private readonly numbers = new Map<string, number>();
  readonly refs: Ref[] = [];

  constructor(private readonly index: ArticleIndex) {}

  marker(ref: Ref): string {
    const key = `${ref.articleId}\u0000${ref.sentence}`;
    let n = this.numbers.get(key);
    if (n === undefined) {
      this.refs.push(ref);
      n = this.refs.length;
      this.numbers.set(key, n);
    }
    return refLink(this.index, ref, `[${n}]`, 'cite');
  }

  markers(refs: readonly Ref[]): string {
    return refs.map((r) => this.marker(r)).join('');
  }
}

function table(head: string[], rows: string[][], className = ''): string {
  const cls = className ? ` class="${className}"` : '';
  const thead = `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`;
  const tbody = `<tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}</tbody>`;
  return `<div class="scroll"><table${cls}>${thead}\n${tbody}</table></div>`;
}

const td = (html: string, attrs = ''): string => `<td${attrs}>${html}</td>`;
const empty = (text: string): string => `<p class="empty">${escapeHtml(text)}</p>`;
const badge = (text: string, title?: string): string =>
  `<span class="badge"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(text)}</span>`;

function summarySection(story: DossierStory, cites: Citations): string {
  const parts = ['<h3>Summary</h3>'];
  if (!story.summary.length) return parts.concat(empty('No summary was computed for this story.')).join('\n');
  parts.push('<ol class="summary">');
  for (const s of story.summary) parts.push(`<li>${escapeHtml(s.text)} ${cites.markers(s.evidence)}</li>`);
  parts.push('</ol>');
  return parts.join('\n');
}

function timelineFlags(entry: TimelineEntry, claimIds: Map<string, number>, storyIndex: number): string {
  const flags: string[] = [];
  if (entry.inferred) flags.push(badge('inferred date', 'The date rests on an inferred publication date.'));
  if (entry.background) flags.push(badge('background', "Before the story's own days."));
  if (entry.planned) flags.push(badge('planned', 'After the latest publication date: planned or expected.'));
  if (entry.disputedBy) {
    const at = claimIds.get(entry.disputedBy);
    const label = `disputed (${entry.disputedBy})`;
    flags.push(
      at === undefined
        ? badge(label, 'Outlets disagree on this date.')
        : `<a class="badge" href="#${claimAnchor(storyIndex, at)}" title="Outlets disagree on this date.">${escapeHtml(label)}</a>`,
    );
  }
  return flags.join(' ');
}

function timelineSection(story: DossierStory, storyIndex: number, cites: Citations, claimIds: Map<string, number>): string {
  const parts = ['<h3>Timeline</h3>'];
  if (!story.timeline.length) return parts.concat(empty('No timeline was computed for this story.')).join('\n');
  const rows = story.timeline.map((t) => [
    td(`<time>${escapeHtml(t.date)}</time>`),
    td(escapeHtml(t.precision ?? '')),
    td(`${escapeHtml(t.text)} ${cites.markers(t.evidence)}`),
    td(escapeHtml((t.outlets ?? []).join(', '))),
    td(timelineFlags(t, claimIds, storyIndex)),
  ]);
  parts.push(table(['date', 'precision', 'what happened', 'outlets', 'flags'], rows, 'timeline'));
  return parts.join('\n');
}

function claimsSection(story: DossierStory, storyIndex: number, index: ArticleIndex): string {
  const parts = ['<h3>Claims</h3>'];
  if (!story.claims.length) return parts.concat(empty('No claims were aligned for this story.')).join('\n');
  const rows = story.claims.map((c, ci) => {
    const sides = (['supports', 'contradicts'] as const).flatMap((stance) => {
      const items = c.evidence.filter((e) => e.stance === stance);
      if (!items.length) return [];
      const lis = items.map((e) => {
        const outlet = outletOf(index, e.articleId, e.outlet ?? e.source);
        const value = e.value ? ` <span class="value">${escapeHtml(e.value)}</span>` : '';
        const copy = e.copyOf ? ` <span class="muted">(copy of ${escapeHtml(outletOf(index, e.copyOf))}, counted once)</span>` : '';
        return `<li>${escapeHtml(outlet)}:${value}${copy} — ${refLink(index, e, e.sentence, undefined, e.outlet)}</li>`;
      });
      return [`<div class="stance-title">${stance === 'supports' ? 'Supports' : 'Contradicts'} (${items.length})</div><ul class="stance">${lis.join('')}</ul>`];
    });
    const status = `<span class="status status-${escapeHtml(c.status)}">${escapeHtml(STATUS_LABELS[c.status] ?? c.status)}</span>`;
    const slot = c.slot ? `<div class="muted">compared: ${escapeHtml(c.slot)}</div>` : '';
    const sources = c.sources?.length ? `<div class="muted">independent sources: ${escapeHtml(c.sources.join(', '))}</div>` : '';
    return [
      `<td id="${claimAnchor(storyIndex, ci)}">${escapeHtml(c.id)}</td>`,
      td(status + slot),
      td(escapeHtml(c.text)),
      td(escapeHtml(c.note)),
      td(sides.join('') + sources),
    ];
  });
  parts.push(table(['id', 'status', 'claim', 'note', 'evidence'], rows, 'claims'));
  parts.push(
    `<p class="muted">Statuses: ${Object.entries(STATUS_LABELS)
      .map(([k, label]) => `<span class="status status-${k}">${label}</span>`)
      .join(' ')}</p>`,
  );
  return parts.join('\n');
}

function quoteItem(q: QuoteLedgerEntry, index: ArticleIndex): string {
  const speaker = q.speaker ? escapeHtml(q.speaker) : '<span class="muted">unattributed</span>';
  const variants = (q.variants ?? []).map(
    (v) => `<li>${badge(v.relation)} ${escapeHtml(outletOf(index, v.articleId, v.outlet))}: “${escapeHtml(v.text)}”</li>`,
  );
  const outlets = q.outlets?.length ? q.outlets : [...new Set(q.evidence.map((e) => outletOf(index, e.articleId)))];
  const first = q.first
    ? `<div>First: ${escapeHtml(outletOf(index, q.first.articleId, q.first.outlet))} (${escapeHtml(q.first.published)})</div>`
    : '';
  const evidence = q.evidence.map((e, i) => refLink(index, e, `[${outletOf(index, e.articleId)}${q.evidence.length > 1 ? ` ${i + 1}` : ''}]`, 'cite')).join(' ');
  return [
    '<li class="quote">',
    `<div><strong>${speaker}</strong></div>`,
    `<blockquote>“${escapeHtml(q.text)}” ${evidence}</blockquote>`,
    `<div class="muted">Outlets: ${escapeHtml(outlets.join(', '))}</div>`,
    first,
    variants.length ? `<div>Variants:</div><ul>${variants.join('')}</ul>` : '',
    '</li>',
  ]
    .filter(Boolean)
    .join('\n');
}

function quotesSection(story: DossierStory, index: ArticleIndex): string {
  const parts = ['<h3>Quotes</h3>'];
  if (!story.quotes.length) return parts.concat(empty('No quotes were found in this story.')).join('\n');
  parts.push(`<ul class="quotes">${story.quotes.map((q) => quoteItem(q, index)).join('\n')}</ul>`);
  return parts.join('\n');
}

function coverageSection(story: DossierStory, storyIndex: number, claimIds: Map<string, number>): string {
  const parts = ['<h3>Coverage</h3>'];
  const coverage = story.coverage as DossierStory['coverage'] | undefined;
  if (!coverage || !coverage.claimIds.length || !coverage.outlets.length) {
    return parts.concat(empty('No coverage matrix was computed for this story.')).join('\n');
  }
  const claimText = new Map(story.claims.map((c) => [c.id, c.text]));
  const head = [
    'outlet',
    ...coverage.claimIds.map((id) => {
      const at = claimIds.get(id);
      const title = claimText.get(id);
      const label = escapeHtml(id);
      return at === undefined ? label : `<a href="#${claimAnchor(storyIndex, at)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${label}</a>`;
    }),
  ];
  const rows = coverage.outlets.map((outlet, r) => [
    `<th scope="row">${escapeHtml(outlet)}</th>`,
    ...coverage.claimIds.map((id, c) => {
      const value = coverage.cells[r]?.[c] ?? 'not-covered';
      const cell = COVERAGE_CELLS[value] ?? COVERAGE_CELLS['not-covered'];
      return `<td class="cov-${value}" title="${escapeHtml(`${outlet} · ${id}: ${cell.label}`)}">${cell.symbol}<span class="sr-only"> ${cell.label}</span></td>`;
    }),
  ]);
  parts.push(table(head, rows, 'coverage'));
  parts.push(`<p class="legend muted">Legend: ${Object.values(COVERAGE_CELLS).map((c) => `${c.symbol} ${c.label}`).join(', ')}.</p>`);
  const exclusives = coverage.exclusives.filter((e) => e.claimIds.length);
  if (exclusives.length) {
    parts.push('<h4>Exclusives</h4>', '<ul class="exclusives">');
    for (const e of exclusives) parts.push(`<li>${escapeHtml(e.outlet)} alone reports ${escapeHtml(e.claimIds.join(', '))}</li>`);
    parts.push('</ul>');
  } else {
    parts.push('<p class="muted">No outlet reports a claim alone.</p>');
  }
  return parts.join('\n');
}

function entitiesSection(story: DossierStory): string {
  const parts = ['<h3>Entities</h3>'];
  if (!story.entities.length) return parts.concat(empty('No entities were found in this story.')).join('\n');
  const rows = story.entities.map((e) => [
    td(escapeHtml(e.name)),
    td(escapeHtml(e.type)),
    td(escapeHtml(e.roles.join('; '))),
    td(escapeHtml(e.aliases.join(', '))),
    td(String(e.articleIds.length)),
  ]);
  parts.push(table(['name', 'type', 'roles', 'aliases', 'articles'], rows, 'entities'));
  return parts.join('\n');
}

function relatedSection(story: DossierStory, stories: Map<string, { story: DossierStory; index: number }>): string {
  if (!story.related.length) return '';
  const items = story.related.map((r) => {
    const other = stories.get(r.storyId);
    const label = escapeHtml(other?.story.title ?? r.storyId);
    return `<li>${other ? `<a href="#${storyAnchor(other.index)}">${label}</a>` : label} — ${escapeHtml(r.why)}</li>`;
  });
  return ['<h3>Related stories</h3>', `<ul class="related">${items.join('')}</ul>`].join('\n');
}

function citedSentences(cites: Citations, index: ArticleIndex): string {
  if (!cites.refs.length) return '';
  const items = cites.refs.map((r) => `<li>${escapeHtml(outletOf(index, r.articleId))}: ${refLink(index, r, r.sentence)}</li>`);
  return `<details class="cited"><summary>Cited sentences (${cites.refs.length})</summary><ol>${items.join('')}</ol></details>`;
}

/** The clean text with every sentence wrapped in an anchor; sentences not found verbatim are listed after it. */
function articleText(a: DossierArticle, ai: number): string {
  const placed: { start: number; end: number; i: number }[] = [];
  const unplaced: number[] = [];
  let cursor = 0;
  a.sentences.forEach((s, i) => {
    const at = a.text.indexOf(s, cursor);
    if (at < 0 || s.includes('\n\n')) unplaced.push(i);
    else {
      placed.push({ start: at, end: at + s.length, i });
      cursor = at + s.length;
    }
  });
  const headingStarts = new Set((a.headings ?? []).map((h) => h.start));
  const out: string[] = [];
  let offset = 0;
  let next = 0;
  for (const para of a.text.split('\n\n')) {
    const end = offset + para.length;
    let html = '';
    let pos = offset;
    while (next < placed.length && placed[next]!.end <= end) {
      const s = placed[next]!;
      if (s.start < pos) {
        unplaced.push(s.i);
      } else {
        html += escapeHtml(a.text.slice(pos, s.start));
        html += `<span class="sentence" id="${sentenceAnchor(ai, s.i)}">${escapeHtml(a.text.slice(s.start, s.end))}</span>`;
        pos = s.end;
      }
      next++;
    }
    html += escapeHtml(a.text.slice(pos, end));
    if (html.trim()) out.push(headingStarts.has(offset) ? `<h5>${html}</h5>` : `<p>${html}</p>`);
    offset = end + 2;
  }
  for (; next < placed.length; next++) unplaced.push(placed[next]!.i);
  if (unplaced.length) {
    out.push('<p class="muted">Sentences not found verbatim in the text:</p><ul>');
    for (const i of unplaced.sort((x, y) => x - y)) out.push(`<li class="sentence" id="${sentenceAnchor(ai, i)}">${escapeHtml(a.sentences[i] ?? '')}</li>`);
    out.push('</ul>');
  }
  return `<div class="article-text">${out.join('\n')}</div>`;
}

function metaRow(field: string, valueHtml: string, from: string | null | undefined): string[] {
  return [`<th scope="row">${escapeHtml(field)}</th>`, td(valueHtml), td(from ? escapeHtml(from) : '<span class="muted">—</span>')];
}

const orDash = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? '<span class="muted">—</span>' : escapeHtml(v));

/**
 * An article's metadata as rows of (field, value as HTML, where it came from): the report and the web
 * UI's article page print the same table. Every value is escaped here.
 */
export function articleMetadata(a: DossierArticle): [string, string, string | null][] {
  const rows: [string, string, string | null][] = [
    ['id', `<code>${escapeHtml(a.id)}</code>`, 'content'],
    ['outlet', orDash(a.outlet), a.outletFrom],
    ['published', orDash(a.published), a.publishedFrom],
    ['dateline', orDash(a.dateline), a.dateline ? 'text' : null],
    ['title', orDash(a.title), a.titleFrom],
    ['language', orDash(a.language), a.languageFrom],
  ];
  if (a.author) rows.push(['author', orDash(a.author), 'byline']);
  if (a.wire) rows.push(['wire copy of', orDash(a.wire), 'text']);
  const href = httpUrl(a.url);
  if (a.url) rows.push(['url', href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(a.url)}</a>` : `<code>${escapeHtml(a.url)}</code>`, 'input']);
  if (a.file) rows.push(['file', `<code>${escapeHtml(a.file)}</code>`, 'input']);
  if (a.sourceId) rows.push(['source id', `<code>${escapeHtml(a.sourceId)}</code>`, 'input']);
  rows.push(['format', orDash(a.format), 'detected']);
  rows.push(['read from', escapeHtml((a.sources ?? []).join(', ')) || '<span class="muted">—</span>', 'input']);
  // Stages the article's language kept from running (or ran with less): so an empty list is not read as "none found".
  for (const note of [...(a.analysis?.skipped ?? []), ...(a.analysis?.limited ?? [])]) {
    rows.push([`${note.stage}`, `<span class="muted">${escapeHtml(note.reason)}</span>`, 'language']);
  }
  return rows;
}

function articleSection(a: DossierArticle, ai: number, index: ArticleIndex): string {
  const rows: string[][] = articleMetadata(a).map(([field, value, from]) => metaRow(field, value, from));

  const notes: string[] = [];
  const inference = a.publishedInference;
  if (inference) {
    const range = inference.earliest === inference.latest ? '' : ` (equally consistent: ${escapeHtml(inference.earliest)} to ${escapeHtml(inference.latest)})`;
    notes.push(`<p class="note">Publication date inferred as ${escapeHtml(inference.date)}${range}: ${escapeHtml(inference.why)}</p>`);
  }
  if (a.duplicateOf) {
    const original = index.byId.get(a.duplicateOf.articleId);
    const label = escapeHtml(original ? `${original.article.outlet ?? original.article.id}: ${original.article.title ?? '(no headline)'}` : a.duplicateOf.articleId);
    const link = original ? `<a href="#${articleAnchor(original.index)}">${label}</a>` : label;
    notes.push(
      `<p class="note">Near-copy of ${link} (${Math.round(a.duplicateOf.similarity * 100)}% shared: ${escapeHtml(a.duplicateOf.reason)}); not counted as an independent source.</p>`,
    );
  }

  const removed = a.removed.length
    ? [
        `<h5>Removed (${a.removed.length})</h5>`,
        '<ul class="removed">',
        ...a.removed.map((r) => `<li><del>${escapeHtml(r.text)}</del> <span class="reason">— ${escapeHtml(r.reason)}</span></li>`),
        '</ul>',
      ].join('\n')
    : '<p class="muted">Nothing was removed.</p>';

  return [
    `<article class="article" id="${articleAnchor(ai)}">`,
    `<h4>${escapeHtml(a.title ?? '(no headline)')}</h4>`,
    table(['field', 'value', 'from'], rows, 'meta'),
    ...notes,
    `<p class="muted">${a.sentences.length} ${a.sentences.length === 1 ? 'sentence' : 'sentences'}.</p>`,
    articleText(a, ai),
    removed,
    '</article>',
  ].join('\n');
}

function storySection(story: DossierStory, si: number, index: ArticleIndex, stories: Map<string, { story: DossierStory; index: number }>): string {
  const cites = new Citations(index);
  const claimIds = new Map(story.claims.map((c, i) => [c.id, i]));
  const outlets = [...new Set(story.articleIds.map((id) => index.byId.get(id)?.article.outlet).filter((o): o is string => Boolean(o)))];
  const intro = [
    `<p class="muted">Story <code>${escapeHtml(story.id)}</code>: ${story.articleIds.length} ${story.articleIds.length === 1 ? 'article' : 'articles'}${
      outlets.length ? ` from ${escapeHtml(outlets.join(', '))}` : ''
    }.</p>`,
  ];
  const titleFrom = story.titleFrom as string | undefined;
  const titleArticle = titleFrom ? index.byId.get(titleFrom) : undefined;
  if (titleArticle) {
    intro.push(`<p class="muted">Title in the words of <a href="#${articleAnchor(titleArticle.index)}">${escapeHtml(titleArticle.article.outlet ?? titleArticle.article.id)}</a>.</p>`);
  }
  for (const notice of storyNotices(story)) intro.push(`<p class="notice notice-${notice.kind}">${escapeHtml(notice.text)}</p>`);
  if (story.duplicates.length) {
    const copies = story.duplicates.map((d) => `${escapeHtml(outletOf(index, d.articleId))} copies ${escapeHtml(outletOf(index, d.canonicalId))} (${Math.round(d.similarity * 100)}%)`);
    intro.push(`<p class="muted">Near-copies (not independent sources): ${copies.join('; ')}.</p>`);
  }
  // Summary and timeline share one numbering of cited sentences, so they are rendered before the list.
  const summary = summarySection(story, cites);
  const timeline = timelineSection(story, si, cites, claimIds);
  const articles = story.articleIds.flatMap((id) => {
    const found = index.byId.get(id);
    return found ? [articleSection(found.article, found.index, index)] : [];
  });
  return [
    `<section class="story" id="${storyAnchor(si)}">`,
    `<h2>${escapeHtml(story.title)}</h2>`,
    ...intro,
    summary,
    timeline,
    claimsSection(story, si, index),
    quotesSection(story, index),
    coverageSection(story, si, claimIds),
    entitiesSection(story),
    relatedSection(story, stories),
    citedSentences(cites, index),
    `<h3>Articles (${articles.length})</h3>`,
    ...articles,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The whole dossier as one self-contained HTML5 document. */
export function renderHtml(dossier: Dossier): string {
  const index: ArticleIndex = { byId: new Map(dossier.articles.map((article, i) => [article.id, { article, index: i }])) };
  const stories = new Map(dossier.stories.map((story, i) => [story.id, { story, index: i }]));
  const inStory = new Set(dossier.stories.flatMap((s) => s.articleIds));
  const loose = dossier.articles.flatMap((a, i) => (inStory.has(a.id) ? [] : [articleSection(a, i, index)]));

  const header = [
    '<h1>Dossier</h1>',
    `<p class="muted">Generated ${escapeHtml(dossier.generatedAt)}: ${dossier.articles.length} ${dossier.articles.length === 1 ? 'article' : 'articles'}, ${dossier.stories.length} ${
      dossier.stories.length === 1 ? 'story' : 'stories'
    }.</p>`,
  ];
  const notYet = dossier.analysis?.notYetComputed ?? [];
  if (notYet.length) header.push(`<p class="muted">Not computed by this version: ${escapeHtml(notYet.join('; '))}.</p>`);
  if (dossier.stories.length) {
    header.push(
      '<nav><h2 class="toc">Stories</h2><ol>',
      ...dossier.stories.map((s, i) => `<li><a href="#${storyAnchor(i)}">${escapeHtml(s.title)}</a> <span class="muted">(${s.articleIds.length})</span></li>`),
      '</ol></nav>',
    );
  }

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>Dossier — ${escapeHtml(dossier.stories[0]?.title ?? `${dossier.articles.length} articles`)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="wrap">',
    ...header,
    ...dossier.stories.map((s, i) => storySection(s, i, index, stories)),
    ...(loose.length ? ['<section class="story"><h2>Articles outside any story</h2>', ...loose, '</section>'] : []),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
