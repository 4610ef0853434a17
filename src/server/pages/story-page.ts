// The story page (`/stories/{id}`): one story's cross-checked dossier for a reader — the summary with
// citation markers (each carries its outlet and exact source sentence for app.js's popover), the
// timeline as a plot and a list, the claim ledger with a status filter and both sides of each conflict,
// the quote ledger, the outlet × claim coverage heatmap, entities, related stories, the articles, and
// the merge / split corrections (forms app.js submits to the JSON API). Server-rendered and readable
// without the script; all dossier text is untrusted and escaped.
import { storyNotices } from '../../services/story-notices.js';
import type { ClaimEvidence, ClaimStatus, EvidenceRef, QuoteLedgerEntry, TimelineEntry } from '../../core/crosscheck.js';
import type { DossierArticle, DossierStory } from '../../core/dossier.js';
import { COVERAGE_CELLS, STATUS_LABELS } from '../../services/render-html.js';
import {
  emptyNote,
  escapeHtml,
  formStatus,
  idPath,
  needsScript,
  pageLink,
  plural,
  renderLayout,
  scrollTable,
  tokenField,
} from './layout.js';
import type { StoryPageData } from './page-data.js';
import { entryFlags, renderTimelinePlot } from './timeline-plot.js';

const STATUSES = Object.keys(STATUS_LABELS) as ClaimStatus[];

/** Evidence sentences shown per side of a claim; the rest fold into a "n more" disclosure. */
const SHOWN_EVIDENCE = 3;

/** Outlet names of the story's articles, for evidence that names only an article id. */
type Outlets = Map<string, string | null>;

const outletOf = (outlets: Outlets, articleId: string, fallback?: string | null): string =>
  outlets.get(articleId) ?? fallback ?? articleId;

/** The id of a claim's table row (the timeline's disputed flags and the coverage header link to it). */
export const claimRowId = (claimId: string): string => `claim-${claimId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * Numbers a page's cited sentences [1], [2] … in order of first citation (one sentence keeps one number)
 * and renders the markers: `<a class="cite" data-cite="<exact sentence>" data-outlet data-article>`,
 * a link to the sentence's entry in the list of sources at the foot of the page.
 */
export class Citations {
  private readonly numbers = new Map<string, number>();
  readonly refs: { articleId: string; sentence: string; outlet: string }[] = [];

  constructor(private readonly outlets: Outlets) {}

  marker(ref: Pick<EvidenceRef, 'articleId' | 'sentence'>): string {
    const key = `${ref.articleId}\u0000${ref.sentence}`;
    let n = this.numbers.get(key);
    const outlet = outletOf(this.outlets, ref.articleId);
    if (n === undefined) {
      this.refs.push({ articleId: ref.articleId, sentence: ref.sentence, outlet });
      n = this.refs.length;
      this.numbers.set(key, n);
    }
    return (
      `<a class="cite" href="#cited-${n}" data-cite="${escapeHtml(ref.sentence)}" data-outlet="${escapeHtml(outlet)}" ` +
      `data-article="${escapeHtml(ref.articleId)}" aria-label="source ${n}: ${escapeHtml(outlet)}">[${n}]</a>`
    );
  }

  markers(refs: readonly Pick<EvidenceRef, 'articleId' | 'sentence'>[]): string {
    return refs.map((r) => this.marker(r)).join('');
  }

  /** The numbered list the markers link to: outlet, sentence and a link to the article. */
  list(): string {
    if (!this.refs.length) return '';
    const items = this.refs.map(
      (r, i) =>
        `<li id="cited-${i + 1}"><span class="outlet">${escapeHtml(r.outlet)}</span>: “${escapeHtml(r.sentence)}” ${pageLink('/articles/', r.articleId, 'article')}</li>`,
    );
    return section('sources', `Sources cited (${this.refs.length})`, `<ol class="cited-list">\n${items.join('\n')}\n</ol>`);
  }
}

function section(id: string, heading: string, body: string, className = ''): string {
  return `<section id="${id}"${className ? ` class="${className}"` : ''} aria-labelledby="${id}-h">\n<h2 id="${id}-h">${escapeHtml(heading)}</h2>\n${body}\n</section>`;
}

const statusBadge = (status: ClaimStatus): string =>
  `<span class="status status-${escapeHtml(status)}">${escapeHtml(STATUS_LABELS[status] ?? status)}</span>`;

function summarySection(story: DossierStory, cites: Citations): string {
  if (!story.summary.length) return section('summary', 'Summary', emptyNote('No summary was computed for this story.'));
  const items = story.summary.map((s) => `<li>${escapeHtml(s.text)} <span class="cites">${cites.markers(s.evidence)}</span></li>`);
  return section('summary', 'Summary', `<ol class="summary">\n${items.join('\n')}\n</ol>`);
}

function timelineFlagBadges(entry: TimelineEntry): string {
  return entryFlags(entry)
    .map((flag) => {
      const key = flag.split(' ')[0]!;
      if (entry.disputedBy && key === 'disputed') {
        return `<a class="flag flag-disputed" href="#${claimRowId(entry.disputedBy)}">${escapeHtml(flag)}</a>`;
      }
      return `<span class="flag flag-${key}">${escapeHtml(flag)}</span>`;
    })
    .join(' ');
}

function timelineSection(story: DossierStory, cites: Citations): string {
  if (!story.timeline.length) return section('timeline', 'Timeline', emptyNote('No timeline was computed for this story.'));
  const plot = renderTimelinePlot(story.timeline, { href: (i) => `#tl-${i + 1}` });
  const items = story.timeline.map((t, i) => {
    const outlets = t.outlets?.length ? `<span class="muted"> — ${escapeHtml(t.outlets.join(', '))}</span>` : '';
    const flags = timelineFlagBadges(t);
    return `<li id="tl-${i + 1}" class="tl-item"><time>${escapeHtml(t.date)}</time> ${escapeHtml(t.text)} <span class="cites">${cites.markers(t.evidence)}</span>${outlets}${flags ? ` ${flags}` : ''}</li>`;
  });
  return section('timeline', 'Timeline', `${plot}\n<ol class="timeline-list" id="timeline-list">\n${items.join('\n')}\n</ol>`);
}

function evidenceItem(e: ClaimEvidence, outlets: Outlets): string {
  const outlet = outletOf(outlets, e.articleId, e.outlet ?? e.source);
  const value = e.value ? ` <span class="value">${escapeHtml(e.value)}</span>` : '';
  const copy = e.copyOf ? ` <span class="muted">(copy of ${escapeHtml(outletOf(outlets, e.copyOf))}, counted once)</span>` : '';
  return `<li><span class="outlet">${escapeHtml(outlet)}</span>:${value}${copy} — “${escapeHtml(e.sentence)}” ${pageLink('/articles/', e.articleId, 'article', 'class="evidence-link"')}</li>`;
}

function claimsSection(story: DossierStory, outlets: Outlets): string {
  if (!story.claims.length) return section('claims', 'Claims', emptyNote('No claims were aligned for this story.'));
  const counts = new Map<string, number>();
  for (const c of story.claims) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  const toggles = STATUSES.map(
    (s) =>
      `<label class="status-toggle-label"><input type="checkbox" class="status-toggle" id="status-toggle-${s}" value="${s}" checked> ${statusBadge(s)} <span class="count">${counts.get(s) ?? 0}</span></label>`,
  );
  const filter = [
    '<fieldset class="status-filter" id="status-filter">',
    '<legend>Show claims that are</legend>',
    toggles.join('\n'),
    '</fieldset>',
    `<p class="muted" id="claims-shown" aria-live="polite">Showing ${plural(story.claims.length, 'claim')}.</p>`,
  ].join('\n');
  const rows = story.claims.map((c) => {
    const sides = (['supports', 'contradicts'] as const).flatMap((stance) => {
      const items = c.evidence.filter((e) => e.stance === stance);
      if (!items.length) return [];
      const shown = items.slice(0, SHOWN_EVIDENCE).map((e) => evidenceItem(e, outlets)).join('');
      const rest = items.slice(SHOWN_EVIDENCE).map((e) => evidenceItem(e, outlets)).join('');
      const more = rest ? `<details class="more-evidence"><summary>${items.length - SHOWN_EVIDENCE} more</summary><ul>${rest}</ul></details>` : '';
      return [
        `<div class="side side-${stance}"><div class="side-title">${stance === 'supports' ? 'Supports' : 'Contradicts'} (${items.length})</div><ul>${shown}</ul>${more}</div>`,
      ];
    });
    const slot = c.slot ? `<div class="muted">compared: ${escapeHtml(c.slot)}</div>` : '';
    const sources = c.sources?.length ? `<div class="muted">independent sources: ${escapeHtml(c.sources.join(', '))}</div>` : '';
    return [
      `<tr class="claim" id="${claimRowId(c.id)}" data-status="${escapeHtml(c.status)}">`,
      `<td><code>${escapeHtml(c.id)}</code></td>`,
      `<td>${statusBadge(c.status)}${slot}</td>`,
      `<td class="claim-text">${escapeHtml(c.text)}<div class="note-text">${escapeHtml(c.note)}</div></td>`,
      `<td class="evidence">${sides.join('')}${sources}</td>`,
      '</tr>',
    ].join('');
  });
  return section(
    'claims',
    `Claims (${story.claims.length})`,
    `${filter}\n${scrollTable(['id', 'status', 'claim and why', 'evidence'], rows, 'class="claims" id="claims-table"')}`,
    'claims-section',
  );
}

function quoteItem(q: QuoteLedgerEntry, outlets: Outlets, cites: Citations): string {
  const speaker = q.speaker ? escapeHtml(q.speaker) : '<span class="muted">unattributed</span>';
  const carriers = q.outlets?.length ? q.outlets : [...new Set(q.evidence.map((e) => outletOf(outlets, e.articleId)))];
  const first = q.first
    ? `<div class="muted">First: ${escapeHtml(outletOf(outlets, q.first.articleId, q.first.outlet))} (${escapeHtml(q.first.published)})</div>`
    : '';
  const variants = (q.variants ?? []).map(
    (v) =>
      `<li><span class="relation relation-${escapeHtml(v.relation)}">${escapeHtml(v.relation)}</span> ${escapeHtml(outletOf(outlets, v.articleId, v.outlet))}: “${escapeHtml(v.text)}”</li>`,
  );
  return [
    '<li class="quote-entry">',
    `<div class="speaker">${speaker}</div>`,
    `<blockquote>“${escapeHtml(q.text)}” <span class="cites">${cites.markers(q.evidence)}</span></blockquote>`,
    `<div class="muted">Outlets: ${escapeHtml(carriers.join(', '))}</div>`,
    first,
    variants.length ? `<details class="variants"><summary>Variants (${variants.length})</summary><ul>${variants.join('')}</ul></details>` : '',
    '</li>',
  ]
    .filter(Boolean)
    .join('\n');
}

function quotesSection(story: DossierStory, outlets: Outlets, cites: Citations): string {
  if (!story.quotes.length) return section('quotes', 'Quotes', emptyNote('No quotes were found in this story.'));
  return section('quotes', `Quotes (${story.quotes.length})`, `<ul class="quote-ledger">\n${story.quotes.map((q) => quoteItem(q, outlets, cites)).join('\n')}\n</ul>`);
}

function coverageSection(story: DossierStory): string {
  const coverage = story.coverage as DossierStory['coverage'] | undefined;
  if (!coverage || !coverage.claimIds.length || !coverage.outlets.length) {
    return section('coverage-section', 'Coverage', emptyNote('No coverage matrix was computed for this story.'));
  }
  const claimText = new Map(story.claims.map((c) => [c.id, c.text]));
  const head = [
    'outlet',
    ...coverage.claimIds.map((id) => {
      const text = claimText.get(id);
      return text ? `<a href="#${claimRowId(id)}" title="${escapeHtml(text)}">${escapeHtml(id)}</a>` : escapeHtml(id);
    }),
  ];
  const rows = coverage.outlets.map((outlet, r) => {
    const cells = coverage.claimIds.map((id, c) => {
      const raw = coverage.cells[r]?.[c] ?? 'not-covered';
      const state = raw in COVERAGE_CELLS ? raw : 'not-covered';
      const cell = COVERAGE_CELLS[state];
      return `<td class="cov cov-${state}" data-state="${state}" title="${escapeHtml(`${outlet} · ${id}: ${cell.label}`)}"><span aria-hidden="true">${cell.symbol}</span><span class="sr-only">${cell.label}</span></td>`;
    });
    return `<tr><th scope="row">${escapeHtml(outlet)}</th>${cells.join('')}</tr>`;
  });
  const legend = `<ul class="cov-legend" aria-label="Legend">${Object.entries(COVERAGE_CELLS)
    .map(([state, c]) => `<li><span class="cov cov-${state} cov-key" aria-hidden="true">${c.symbol}</span> ${c.label}</li>`)
    .join('')}</ul>`;
  const exclusives = coverage.exclusives.filter((e) => e.claimIds.length);
  const exclusiveList = exclusives.length
    ? `<ul class="exclusives">${exclusives.map((e) => `<li>${escapeHtml(e.outlet)} alone reports ${escapeHtml(e.claimIds.join(', '))}</li>`).join('')}</ul>`
    : '<p class="muted">No outlet reports a claim alone.</p>';
  return section(
    'coverage-section',
    'Coverage',
    `<p class="muted">Which outlet reports which claim.</p>\n${scrollTable(head, rows, 'class="coverage heatmap" id="coverage"')}\n${legend}\n${exclusiveList}`,
  );
}

function entitiesSection(story: DossierStory): string {
  if (!story.entities.length) return section('entities', 'Entities', emptyNote('No entities were found in this story.'));
  const rows = story.entities.map(
    (e) =>
      `<tr><td>${escapeHtml(e.name)}</td><td><span class="ent-chip ent-${['person', 'organization', 'place'].includes(e.type) ? e.type : 'other'}">${escapeHtml(e.type)}</span></td><td>${escapeHtml(e.roles.join('; '))}</td><td>${escapeHtml(e.aliases.join(', '))}</td><td>${e.articleIds.length}</td></tr>`,
  );
  return section('entities', `Entities (${story.entities.length})`, scrollTable(['name', 'type', 'roles', 'aliases', 'articles'], rows, 'class="entities"'));
}

function relatedSection(data: StoryPageData): string {
  if (!data.related.length) return section('related', 'Related stories', emptyNote('No related stories.'));
  const items = data.related.map((r) => `<li>${pageLink('/stories/', r.id, escapeHtml(r.title))} <span class="muted">— ${escapeHtml(r.why)}</span></li>`);
  return section('related', 'Related stories', `<ul class="related">${items.join('')}</ul>`);
}

function articleItem(a: DossierArticle): string {
  const label = escapeHtml(a.title ?? '(no headline)');
  const published = a.published
    ? ` · <time>${escapeHtml(a.published)}</time>${a.publishedFrom === 'inferred' ? ' <span class="flag flag-inferred">inferred</span>' : ''}`
    : '';
  const copy = a.duplicateOf ? ' <span class="flag">near-copy</span>' : '';
  return [
    '<li class="article-item">',
    `<input type="checkbox" name="articleIds" value="${escapeHtml(a.id)}" id="split-${escapeHtml(a.id)}" aria-label="Split off: ${label}">`,
    `<span>${pageLink('/articles/', a.id, label)}`,
    `<span class="muted"> — ${escapeHtml(a.outlet ?? 'unknown outlet')}${published}</span>${copy}</span>`,
    '</li>',
  ].join('');
}

function articlesSection(data: StoryPageData): string {
  const endpoint = escapeHtml(`${idPath('/api/stories/', data.story.id)}/split`);
  const list = data.articles.length
    ? `<ul class="article-list">\n${data.articles.map(articleItem).join('\n')}\n</ul>`
    : emptyNote('This story has no articles.');
  const form = [
    `<form id="split-form" class="api-form" data-api="split" method="post" action="${endpoint}" data-endpoint="${endpoint}">`,
    list,
    '<div class="form-row">',
    data.writeNeedsToken ? tokenField('split-token') : '',
    '<button type="submit" id="split-submit" disabled>Split the checked articles into a new story</button>',
    '</div>',
    formStatus('split-status'),
    '</form>',
  ];
  return section('articles', `Articles (${data.articles.length})`, form.filter(Boolean).join('\n'));
}

function mergeSection(data: StoryPageData): string {
  const endpoint = escapeHtml(`${idPath('/api/stories/', data.story.id)}/merge`);
  const form = [
    `<form id="merge-form" class="api-form" data-api="merge" method="post" action="${endpoint}" data-endpoint="${endpoint}">`,
    '<p class="field"><label for="merge-other">Merge with story id</label>',
    '<input type="text" id="merge-other" name="other" required minlength="6" maxlength="64" autocomplete="off" spellcheck="false"></p>',
    data.writeNeedsToken ? tokenField('merge-token') : '',
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

function header(data: StoryPageData): string {
  const { story, articles } = data;
  const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => Boolean(o)))];
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const span = dates.length ? (dates[0] === dates[dates.length - 1] ? dates[0]! : `${dates[0]} – ${dates[dates.length - 1]}`) : null;
  const lines = [
    `<h1>${escapeHtml(story.title)}</h1>`,
    `<p class="byline">${plural(story.articleIds.length, 'article')}${outlets.length ? ` from ${escapeHtml(outlets.join(', '))}` : ''}${span ? ` · ${escapeHtml(span)}` : ''} · <code>${escapeHtml(story.id)}</code></p>`,
  ];
  for (const notice of storyNotices(story)) lines.push(`<p class="notice notice-${notice.kind}"${notice.kind === 'error' ? ' role="alert"' : ''}>${escapeHtml(notice.text)}</p>`);
  const titleArticle = articles.find((a) => a.id === story.titleFrom);
  if (titleArticle) lines.push(`<p class="muted">Title in the words of ${pageLink('/articles/', titleArticle.id, escapeHtml(titleArticle.outlet ?? titleArticle.id))}.</p>`);
  if (story.duplicates?.length) {
    const names = new Map(articles.map((a) => [a.id, a.outlet ?? a.id]));
    const copies = story.duplicates.map(
      (d) => `${escapeHtml(names.get(d.articleId) ?? d.articleId)} copies ${escapeHtml(names.get(d.canonicalId) ?? d.canonicalId)} (${Math.round(d.similarity * 100)}%)`,
    );
    lines.push(`<p class="muted">Near-copies (not independent sources): ${copies.join('; ')}.</p>`);
  }
  const toc = [
    ['summary', 'Summary'],
    ['timeline', 'Timeline'],
    ['claims', 'Claims'],
    ['quotes', 'Quotes'],
    ['coverage-section', 'Coverage'],
    ['entities', 'Entities'],
    ['related', 'Related'],
    ['articles', 'Articles'],
    ['corrections', 'Corrections'],
  ];
  lines.push(`<nav class="toc" aria-label="On this page"><ul>${toc.map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join('')}</ul></nav>`);
  return `<header class="page-head">\n${lines.join('\n')}\n</header>`;
}

export function renderStoryPage(data: StoryPageData): string {
  const { story } = data;
  const outlets: Outlets = new Map(data.articles.map((a) => [a.id, a.outlet]));
  const cites = new Citations(outlets);
  const main = [
    `<article class="story-page" data-story-id="${escapeHtml(story.id)}">`,
    header(data),
    summarySection(story, cites),
    timelineSection(story, cites),
    claimsSection(story, outlets),
    quotesSection(story, outlets, cites),
    coverageSection(story),
    entitiesSection(story),
    relatedSection(data),
    articlesSection(data),
    mergeSection(data),
    cites.list(),
    '</article>',
    '<div id="cite-popover" class="cite-popover" role="tooltip" hidden></div>',
  ]
    .filter(Boolean)
    .join('\n');
  return renderLayout({ title: story.title, main, bodyClass: 'page-story' });
}
