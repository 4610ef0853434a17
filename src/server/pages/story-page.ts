// The story page (`/stories/{id}`): one story's cross-checked dossier for a reader, printed from the story
// view (services/story-view.ts) that the HTML and Markdown reports print too — the summary with citation
// markers (each carries its outlet and exact source sentence for app.js's popover), the timeline as a plot
// and a list, the claim ledger with a status filter and both sides of each conflict, the quote ledger, the
// outlet × claim coverage heatmap, entities, related stories, the articles, and the merge / split
// corrections (forms app.js submits to the JSON API). Server-rendered and readable without the script;
// all dossier text is untrusted and escaped.
import { escapeHtml, inlineHtml, statusBadge, type Href } from '../../services/html-parts.js';
import { buildStoryView, type Citation, type ClaimRow, type EntityRow, type EvidenceView, type QuoteRow, type Section, type StoryView } from '../../services/story-view.js';
import { SECTION_TITLES, UNATTRIBUTED, type StorySection } from '../../services/view-labels.js';
import type { ArticleView } from '../../services/article-view.js';
import { emptyNote, formStatus, idPath, needsScript, pageHref, pageLink, plural, renderLayout, scrollTable, tokenField } from './layout.js';
import type { StoryPageData } from './page-data.js';
import { renderTimelinePlot } from './timeline-plot.js';

/** Evidence sentences shown per side of a claim; the rest fold into a "n more" disclosure. */
const SHOWN_EVIDENCE = 3;

/** The id of a claim's table row (the timeline's disputed flags and the coverage header link to it). */
export const claimRowId = (claimId: string): string => `claim-${claimId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Links of the story page: articles and stories are pages, claims are rows of this page. */
const href: Href = (link) => ('claim' in link ? `#${claimRowId(link.claim)}` : pageHref(link));

/** A citation marker: a link to its numbered source at the foot of the page, carrying what app.js's popover shows. */
const marker = (c: Citation): string =>
  `<a class="cite" href="#cited-${c.n}" data-cite="${escapeHtml(c.sentence)}" data-outlet="${escapeHtml(c.outlet)}" ` +
  `data-article="${escapeHtml(c.articleId)}" aria-label="source ${c.n}: ${escapeHtml(c.outlet)}">[${c.n}]</a>`;

const markers = (cites: readonly Citation[]): string => `<span class="cites">${cites.map(marker).join('')}</span>`;

function section(id: string, heading: string, body: string, className = ''): string {
  return `<section id="${id}"${className ? ` class="${className}"` : ''} aria-labelledby="${id}-h">\n<h2 id="${id}-h">${escapeHtml(heading)}</h2>\n${body}\n</section>`;
}

/** A view section as a page section: its rows through `body`, or its empty state; `counted` adds "(n)" to the heading. */
function part<Row>(id: string, s: Section<Row>, body: (rows: Row[]) => string, counted = false, className = ''): string {
  if (!s.rows.length) return section(id, s.title, emptyNote(s.empty ?? ''));
  return section(id, counted ? `${s.title} (${s.rows.length})` : s.title, body(s.rows), className);
}

function timelineList(view: StoryView): string {
  const items = view.timeline.rows.map((t, i) => {
    const outlets = t.outlets.length ? `<span class="muted"> — ${escapeHtml(t.outlets.join(', '))}</span>` : '';
    const flags = t.flags.map((f) =>
      f.claimId && f.claimListed
        ? `<a class="flag flag-${f.code}" href="#${claimRowId(f.claimId)}">${escapeHtml(f.label)}</a>`
        : `<span class="flag flag-${f.code}">${escapeHtml(f.label)}</span>`,
    );
    return `<li id="tl-${i + 1}" class="tl-item"><time>${escapeHtml(t.date)}</time> ${escapeHtml(t.text)} ${markers(t.cites)}${outlets}${flags.length ? ` ${flags.join(' ')}` : ''}</li>`;
  });
  const plot = renderTimelinePlot(view.timeline.rows, { href: (i) => `#tl-${i + 1}` });
  return `${plot}\n<ol class="timeline-list" id="timeline-list">\n${items.join('\n')}\n</ol>`;
}

function evidenceItem(e: EvidenceView): string {
  const value = e.value ? ` <span class="value">${escapeHtml(e.value)}</span>` : '';
  const copy = e.copyNote ? ` <span class="muted">(${escapeHtml(e.copyNote)})</span>` : '';
  return `<li><span class="outlet">${escapeHtml(e.outlet)}</span>:${value}${copy} — “${escapeHtml(e.sentence)}” ${pageLink('/articles/', e.articleId, 'article', 'class="evidence-link"')}</li>`;
}

function claimRow(c: ClaimRow): string {
  const sides = c.sides.map((side) => {
    const shown = side.items.slice(0, SHOWN_EVIDENCE).map(evidenceItem).join('');
    const rest = side.items.slice(SHOWN_EVIDENCE).map(evidenceItem).join('');
    const more = rest ? `<details class="more-evidence"><summary>${side.items.length - SHOWN_EVIDENCE} more</summary><ul>${rest}</ul></details>` : '';
    return `<div class="side side-${side.stance}"><div class="side-title">${escapeHtml(side.title)}</div><ul>${shown}</ul>${more}</div>`;
  });
  const muted = (text: string | null): string => (text ? `<div class="muted">${escapeHtml(text)}</div>` : '');
  return [
    `<tr class="claim" id="${claimRowId(c.id)}" data-status="${escapeHtml(c.status)}">`,
    `<td><code>${escapeHtml(c.id)}</code></td>`,
    `<td>${statusBadge(c.status)}${muted(c.compared)}</td>`,
    `<td class="claim-text">${escapeHtml(c.text)}<div class="note-text">${escapeHtml(c.note)}</div></td>`,
    `<td class="evidence">${sides.join('')}${muted(c.sources)}</td>`,
    '</tr>',
  ].join('');
}

function claimsBody(view: StoryView): string {
  const toggles = view.claims.statuses.map(
    (s) =>
      `<label class="status-toggle-label"><input type="checkbox" class="status-toggle" id="status-toggle-${s.status}" value="${s.status}" checked> ${statusBadge(s.status)} <span class="count">${s.count}</span></label>`,
  );
  return [
    '<fieldset class="status-filter" id="status-filter">',
    '<legend>Show claims that are</legend>',
    toggles.join('\n'),
    '</fieldset>',
    `<p class="muted" id="claims-shown" aria-live="polite">Showing ${plural(view.claims.rows.length, 'claim')}.</p>`,
    scrollTable(['id', 'status', 'claim and why', 'evidence'], view.claims.rows.map(claimRow), 'class="claims" id="claims-table"'),
  ].join('\n');
}

function quoteItem(q: QuoteRow): string {
  const variants = q.variants.map(
    (v) => `<li><span class="relation relation-${escapeHtml(v.relation)}">${escapeHtml(v.relation)}</span> ${escapeHtml(v.outlet)}: “${escapeHtml(v.text)}”</li>`,
  );
  return [
    '<li class="quote-entry">',
    `<div class="speaker">${q.speaker === null ? `<span class="muted">${UNATTRIBUTED}</span>` : escapeHtml(q.speaker)}</div>`,
    `<blockquote>“${escapeHtml(q.text)}” ${markers(q.cites)}</blockquote>`,
    `<div class="muted">Outlets: ${escapeHtml(q.outlets.join(', '))}</div>`,
    q.first ? `<div class="muted">First: ${escapeHtml(q.first.outlet)} (${escapeHtml(q.first.published)})</div>` : '',
    variants.length ? `<details class="variants"><summary>Variants (${variants.length})</summary><ul>${variants.join('')}</ul></details>` : '',
    '</li>',
  ]
    .filter(Boolean)
    .join('\n');
}

function coverageBody(view: StoryView): string {
  const { columns, rows, legend, exclusives, noExclusives } = view.coverage;
  const head = columns.map((c) => (c.claimText === null ? escapeHtml(c.claimId) : `<a href="#${claimRowId(c.claimId)}" title="${escapeHtml(c.claimText)}">${escapeHtml(c.claimId)}</a>`));
  const body = rows.map((r) => {
    const cells = r.cells.map(
      (c) => `<td class="cov cov-${c.state}" data-state="${c.state}" title="${escapeHtml(c.title)}"><span aria-hidden="true">${c.symbol}</span><span class="sr-only">${c.label}</span></td>`,
    );
    return `<tr><th scope="row">${escapeHtml(r.outlet)}</th>${cells.join('')}</tr>`;
  });
  const keys = legend.map((c) => `<li><span class="cov cov-${c.state} cov-key" aria-hidden="true">${c.symbol}</span> ${c.label}</li>`);
  const alone = exclusives.length
    ? `<ul class="exclusives">${exclusives.map((e) => `<li>${escapeHtml(e)}</li>`).join('')}</ul>`
    : `<p class="muted">${escapeHtml(noExclusives ?? '')}</p>`;
  return [
    '<p class="muted">Which outlet reports which claim.</p>',
    scrollTable(['outlet', ...head], body, 'class="coverage heatmap" id="coverage"'),
    `<ul class="cov-legend" aria-label="Legend">${keys.join('')}</ul>`,
    alone,
  ].join('\n');
}

const entityRow = (e: EntityRow): string =>
  `<tr><td>${escapeHtml(e.name)}</td><td><span class="ent-chip ent-${e.typeKey}">${escapeHtml(e.type)}</span></td>` +
  `<td>${escapeHtml(e.roles.join('; '))}</td><td>${escapeHtml(e.aliases.join(', '))}</td><td>${e.articleCount}</td></tr>`;

function articleItem(a: ArticleView): string {
  const label = escapeHtml(a.headline);
  const published = a.published ? ` · <time>${escapeHtml(a.published)}</time>${a.publishedInferred ? ' <span class="flag flag-inferred">inferred</span>' : ''}` : '';
  return [
    '<li class="article-item">',
    `<input type="checkbox" name="articleIds" value="${escapeHtml(a.id)}" id="split-${escapeHtml(a.id)}" aria-label="Split off: ${label}">`,
    `<span>${pageLink('/articles/', a.id, label)}`,
    `<span class="muted"> — ${escapeHtml(a.outlet ?? 'unknown outlet')}${published}</span>${a.nearCopy ? ' <span class="flag">near-copy</span>' : ''}</span>`,
    '</li>',
  ].join('');
}

function articlesSection(view: StoryView, writeNeedsToken: boolean): string {
  const endpoint = escapeHtml(`${idPath('/api/stories/', view.id)}/split`);
  const { rows, empty, title } = view.articles;
  const form = [
    `<form id="split-form" class="api-form" data-api="split" method="post" action="${endpoint}" data-endpoint="${endpoint}">`,
    rows.length ? `<ul class="article-list">\n${rows.map(articleItem).join('\n')}\n</ul>` : emptyNote(empty ?? ''),
    '<div class="form-row">',
    writeNeedsToken ? tokenField('split-token') : '',
    '<button type="submit" id="split-submit" disabled>Split the checked articles into a new story</button>',
    '</div>',
    formStatus('split-status'),
    '</form>',
  ];
  return section('articles', `${title} (${rows.length})`, form.filter(Boolean).join('\n'));
}

function mergeSection(view: StoryView, writeNeedsToken: boolean): string {
  const endpoint = escapeHtml(`${idPath('/api/stories/', view.id)}/merge`);
  const form = [
    `<form id="merge-form" class="api-form" data-api="merge" method="post" action="${endpoint}" data-endpoint="${endpoint}">`,
    '<p class="field"><label for="merge-other">Merge with story id</label>',
    '<input type="text" id="merge-other" name="other" required minlength="6" maxlength="64" autocomplete="off" spellcheck="false"></p>',
    writeNeedsToken ? tokenField('merge-token') : '',
    '<button type="submit" id="merge-submit" disabled>Merge into this story</button>',
    formStatus('merge-status'),
    '</form>',
  ];
  return section(
    'corrections',
    'Corrections',
    `<p class="muted">Stories are grouped automatically; a merge or split is kept when articles are re-grouped. Split: check articles in the list above.</p>\n${needsScript('Merging and splitting')}\n${form.filter(Boolean).join('\n')}`,
  );
}

/** The element id of a story section on this page, where it is not the section's own name. */
const PAGE_IDS: Partial<Record<StorySection, string>> = { coverage: 'coverage-section' };
const pageId = (key: StorySection): string => PAGE_IDS[key] ?? key;

/** The table of contents: the story's sections in the view's order, then the corrections. */
const TOC: [string, string][] = [
  ...(['summary', 'timeline', 'claims', 'quotes', 'coverage', 'entities', 'related', 'articles'] as const).map((key): [string, string] => [pageId(key), SECTION_TITLES[key]]),
  ['corrections', 'Corrections'],
];

function header(view: StoryView): string {
  const lines = [`<h1>${escapeHtml(view.title)}</h1>`, `<p class="byline">${inlineHtml(view.byline, href)}</p>`];
  for (const notice of view.notices) lines.push(`<p class="notice notice-${notice.kind}"${notice.kind === 'error' ? ' role="alert"' : ''}>${escapeHtml(notice.text)}</p>`);
  if (view.titleFrom) lines.push(`<p class="muted">${inlineHtml(view.titleFrom, href)}</p>`);
  if (view.nearCopies) lines.push(`<p class="muted">${escapeHtml(view.nearCopies)}</p>`);
  lines.push(`<nav class="toc" aria-label="On this page"><ul>${TOC.map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label)}</a></li>`).join('')}</ul></nav>`);
  return `<header class="page-head">\n${lines.join('\n')}\n</header>`;
}

export function renderStoryPage(data: StoryPageData): string {
  const titles = new Map(data.related.map((r) => [r.id, r.title]));
  const view = buildStoryView(data.story, data.articles, (id) => titles.get(id) ?? null);
  const sources = view.sources.rows.map(
    (c) => `<li id="cited-${c.n}"><span class="outlet">${escapeHtml(c.outlet)}</span>: “${escapeHtml(c.sentence)}” ${pageLink('/articles/', c.articleId, 'article')}</li>`,
  );
  const main = [
    `<article class="story-page" data-story-id="${escapeHtml(view.id)}">`,
    header(view),
    part('summary', view.summary, (rows) => `<ol class="summary">\n${rows.map((s) => `<li>${escapeHtml(s.text)} ${markers(s.cites)}</li>`).join('\n')}\n</ol>`),
    part('timeline', view.timeline, () => timelineList(view)),
    part('claims', view.claims, () => claimsBody(view), true, 'claims-section'),
    part('quotes', view.quotes, (rows) => `<ul class="quote-ledger">\n${rows.map(quoteItem).join('\n')}\n</ul>`, true),
    part(pageId('coverage'), view.coverage, () => coverageBody(view)),
    part('entities', view.entities, (rows) => scrollTable(['name', 'type', 'roles', 'aliases', 'articles'], rows.map(entityRow), 'class="entities"'), true),
    part('related', view.related, (rows) =>
      `<ul class="related">${rows.map((r) => `<li>${inlineHtml({ text: r.title, link: { story: r.storyId } }, href)} <span class="muted">— ${escapeHtml(r.why)}</span></li>`).join('')}</ul>`),
    articlesSection(view, data.writeNeedsToken),
    mergeSection(view, data.writeNeedsToken),
    sources.length ? section('sources', `${view.sources.title} (${sources.length})`, `<ol class="cited-list">\n${sources.join('\n')}\n</ol>`) : '',
    '</article>',
    '<div id="cite-popover" class="cite-popover" role="tooltip" hidden></div>',
  ]
    .filter(Boolean)
    .join('\n');
  return renderLayout({ title: view.title, main, bodyClass: 'page-story' });
}
