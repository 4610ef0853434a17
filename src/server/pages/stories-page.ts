// The stories page (`/`): the stories with their outlets, size, date span and cross-check counts; a
// full-text search whose hits (snippets with the matched words marked) link to the articles; filters by
// outlet, dates and "has conflicts" as one GET form; and paging links. Plain links and forms: it works
// without the script. Titles, outlets and snippets come from articles and are escaped.
import { escapeHtml, emptyNote, pageLink, plural, renderLayout, scrollTable } from './layout.js';
import type { StoriesPageData, StoryListItem } from './page-data.js';

type Query = StoriesPageData['query'];

/** A URL of this page with the given filters (empty values left out). */
export function storiesUrl(query: Query, change: Partial<Query> = {}): string {
  const q = { ...query, ...change };
  const params = new URLSearchParams();
  if (q.q) params.set('q', q.q);
  if (q.outlet) params.set('outlet', q.outlet);
  if (q.since) params.set('since', q.since);
  if (q.until) params.set('until', q.until);
  if (q.status) params.set('status', q.status);
  if (q.offset > 0) params.set('offset', String(q.offset));
  if (q.limit && q.limit !== 50) params.set('limit', String(q.limit));
  const s = params.toString();
  return s ? `/?${s}` : '/';
}

/** A search snippet (matched words in [brackets]) as escaped HTML with the matches in <mark>. */
export function snippetHtml(snippet: string): string {
  return snippet
    .split(/\[([^[\]]*)\]/)
    .map((part, i) => (i % 2 === 1 ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part)))
    .join('');
}

const day = (v: string | null): string | null => (v ? v.slice(0, 10) : null);

function dateSpan(s: StoryListItem): string {
  const from = day(s.dateFrom);
  const to = day(s.dateTo);
  if (!from && !to) return '<span class="muted">—</span>';
  if (!from || !to || from === to) return `<time>${escapeHtml((from ?? to)!)}</time>`;
  return `<time>${escapeHtml(from)}</time> – <time>${escapeHtml(to)}</time>`;
}

const countCell = (n: number | null, cls: string): string =>
  n === null ? '<td class="num"><span class="muted" title="not cross-checked yet">—</span></td>' : `<td class="num ${n > 0 ? cls : ''}">${n}</td>`;

function storyRow(s: StoryListItem): string {
  const title = s.title ?? s.lead ?? s.id;
  return [
    `<tr class="story" data-story-id="${escapeHtml(s.id)}">`,
    `<td class="story-title">${pageLink('/stories/', s.id, escapeHtml(title))}</td>`,
    `<td>${s.outlets.length ? escapeHtml(s.outlets.join(', ')) : '<span class="muted">—</span>'}</td>`,
    `<td class="num">${s.articleCount}</td>`,
    `<td class="nowrap">${dateSpan(s)}</td>`,
    countCell(s.corroborated, 'count-corroborated'),
    countCell(s.conflicting, 'count-conflicting'),
    '</tr>',
  ].join('');
}

function filterForm(data: StoriesPageData): string {
  const q = data.query;
  const outlets = [...new Set([...data.outlets, ...(q.outlet ? [q.outlet] : [])])];
  const options = ['<option value="">All outlets</option>', ...outlets.map((o) => `<option value="${escapeHtml(o)}"${o === q.outlet ? ' selected' : ''}>${escapeHtml(o)}</option>`)];
  return [
    '<form class="filters" id="filter-form" method="get" action="/" role="search">',
    '<p class="field field-wide"><label for="q">Search article text</label>',
    `<input type="search" id="q" name="q" value="${escapeHtml(q.q)}" maxlength="500" placeholder="words to find"></p>`,
    `<p class="field"><label for="outlet">Outlet</label><select id="outlet" name="outlet">${options.join('')}</select></p>`,
    `<p class="field"><label for="since">Since</label><input type="date" id="since" name="since" value="${escapeHtml(q.since)}"></p>`,
    `<p class="field"><label for="until">Until</label><input type="date" id="until" name="until" value="${escapeHtml(q.until)}"></p>`,
    `<p class="field field-check"><input type="checkbox" id="status" name="status" value="conflicting"${q.status === 'conflicting' ? ' checked' : ''}><label for="status">Has conflicts</label></p>`,
    q.limit !== 50 ? `<input type="hidden" name="limit" value="${escapeHtml(String(q.limit))}">` : '',
    '<p class="field field-buttons"><button type="submit">Apply</button> <a href="/">Clear</a></p>',
    '</form>',
  ]
    .filter(Boolean)
    .join('\n');
}

function hitsSection(data: StoriesPageData): string {
  if (!data.query.q) return '';
  const head = `<h2 id="hits-h">${plural(data.hits.length, 'article')} matching “${escapeHtml(data.query.q)}”</h2>`;
  if (!data.hits.length) return `<section class="hits" aria-labelledby="hits-h">${head}${emptyNote('No article matches every word.')}</section>`;
  const items = data.hits.map((h) => {
    const meta = [h.outlet, h.published ? day(h.published) : null].filter((v): v is string => Boolean(v)).map(escapeHtml).join(' · ');
    const story = h.storyId ? ` · ${pageLink('/stories/', h.storyId, 'story')}` : '';
    return [
      '<li class="hit">',
      `<div class="hit-title">${pageLink('/articles/', h.id, escapeHtml(h.title ?? '(no headline)'))}</div>`,
      `<div class="muted">${meta || '—'}${story}</div>`,
      `<p class="snippet">${snippetHtml(h.snippet)}</p>`,
      '</li>',
    ].join('\n');
  });
  return `<section class="hits" aria-labelledby="hits-h">${head}\n<ol class="hit-list" id="search-hits">\n${items.join('\n')}\n</ol></section>`;
}

function pager(data: StoriesPageData): string {
  const { offset, limit } = data.query;
  if (data.total <= limit && offset === 0) return '';
  const first = data.total === 0 ? 0 : Math.min(offset + 1, data.total);
  const last = Math.min(offset + data.stories.length, data.total);
  const prev = offset > 0 ? `<a rel="prev" href="${escapeHtml(storiesUrl(data.query, { offset: Math.max(0, offset - limit) }))}">← Previous</a>` : '<span class="muted">← Previous</span>';
  const next = offset + limit < data.total ? `<a rel="next" href="${escapeHtml(storiesUrl(data.query, { offset: offset + limit }))}">Next →</a>` : '<span class="muted">Next →</span>';
  return `<nav class="pager" aria-label="Pages">${prev} <span>${first}–${last} of ${data.total}</span> ${next}</nav>`;
}

export function renderStoriesPage(data: StoriesPageData): string {
  const filtered = Boolean(data.query.outlet || data.query.since || data.query.until || data.query.status);
  const table = data.stories.length
    ? scrollTable(['story', 'outlets', 'articles', 'dates', 'corroborated', 'conflicting'], data.stories.map(storyRow), 'class="stories" id="stories"')
    : filtered
      ? emptyNote('No story matches these filters.')
      : '<p class="empty">No stories yet. <a href="/ingest">Add articles</a> to start.</p>';
  const main = [
    '<header class="page-head">',
    '<h1>Stories</h1>',
    `<p class="byline">${plural(data.total, filtered ? 'story matches' : 'story', filtered ? 'stories match' : 'stories')}${filtered ? ' the filters' : ''}.</p>`,
    '</header>',
    filterForm(data),
    hitsSection(data),
    `<section class="story-list" aria-labelledby="stories-h"><h2 id="stories-h" class="sr-only">Story list</h2>`,
    table,
    pager(data),
    `<p class="muted legend-note">Corroborated and conflicting count the claims of each story’s cross-check, made when its articles last changed.</p>`,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
  return renderLayout({ title: data.query.q ? `“${data.query.q}” — Stories` : 'Stories', main, active: 'stories', q: data.query.q, bodyClass: 'page-stories' });
}
