// Specs for the stories page: the list with links, outlets, counts ("—" when not built), the search
// hits with their snippets, the filter form echoing its values, and paging links that keep the filters.
import { describe, expect, it } from 'vitest';
import { dom, pageViolations, storiesPageData } from '../../../test/support/page-fixtures.js';
import { renderStoriesPage, snippetHtml, storiesUrl } from './stories-page.js';

describe('renderStoriesPage', () => {
  it('lists stories with a link, outlets, article count, date span and claim counts', () => {
    const html = renderStoriesPage(storiesPageData());
    const doc = dom(html);
    const rows = Array.from(doc.querySelectorAll('table#stories tbody tr.story'));
    expect(rows).toHaveLength(2);
    const first = Array.from(rows[0]!.querySelectorAll('td')).map((td) => td.textContent);
    expect(first).toEqual(['Karsland and Velsand sign ferry deal', 'Northgate Times, The Harbour Ledger', '2', '2026-03-02 – 2026-03-03', '1', '1']);
    expect(rows[0]!.querySelector('a')?.getAttribute('href')).toBe('/stories/story-1');
    const second = Array.from(rows[1]!.querySelectorAll('td')).map((td) => td.textContent);
    // No headline: the lead stands in; counts not built yet show a dash.
    expect(second).toEqual(['Harbour pilots struck for two days.', '—', '1', '—', '—', '—']);
    expect(doc.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/');
    expect(pageViolations(html)).toEqual([]);
  });

  it('has a GET filter form with the outlets, dates and the conflicts filter, echoing the query', () => {
    const doc = dom(renderStoriesPage(storiesPageData({ query: { q: 'ferry', outlet: 'Northgate Times', since: '2026-03-01', until: '2026-03-31', status: 'conflicting', offset: 0, limit: 50 } })));
    const form = doc.querySelector('form#filter-form');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toBe('/');
    expect(Array.from(form?.querySelectorAll('#outlet option') ?? []).map((o) => [o.getAttribute('value'), o.hasAttribute('selected')])).toEqual([
      ['', false],
      ['Northgate Times', true],
      ['The Harbour Ledger', false],
    ]);
    expect(form?.querySelector('#since')?.getAttribute('value')).toBe('2026-03-01');
    expect(form?.querySelector('#until')?.getAttribute('value')).toBe('2026-03-31');
    expect(form?.querySelector('#status')?.hasAttribute('checked')).toBe(true);
    expect(form?.querySelector('#q')?.getAttribute('value')).toBe('ferry');
  });

  it('shows search hits with marked snippets linking to the articles and their stories', () => {
    const doc = dom(renderStoriesPage(storiesPageData({
      query: { q: 'ferry deal', outlet: '', since: '', until: '', status: '', offset: 0, limit: 50 },
      hits: [{ id: 'art-ledger-1', title: 'Ferry deal signed', outlet: 'The Harbour Ledger', published: '2026-03-02T08:00:00Z', snippet: '…signed the [ferry] [deal] on <b>2 March</b>…', storyId: 'story-1' }],
    })));
    const hit = doc.querySelector('#search-hits li.hit');
    expect(hit?.querySelector('a')?.getAttribute('href')).toBe('/articles/art-ledger-1');
    expect(Array.from(hit?.querySelectorAll('.snippet mark') ?? []).map((m) => m.textContent)).toEqual(['ferry', 'deal']);
    expect(hit?.querySelector('.snippet')?.textContent).toBe('…signed the ferry deal on <b>2 March</b>…');
    expect(hit?.querySelector('a[href="/stories/story-1"]')).not.toBeNull();
    expect(hit?.textContent).toContain('The Harbour Ledger · 2026-03-02');
  });

  it('says when nothing matches, and invites an ingest when the store is empty', () => {
    const none = dom(renderStoriesPage(storiesPageData({ query: { q: 'zzz', outlet: '', since: '', until: '', status: '', offset: 0, limit: 50 } })));
    expect(none.querySelector('.hits .empty')?.textContent).toBe('No article matches every word.');
    const empty = dom(renderStoriesPage(storiesPageData({ stories: [], total: 0 })));
    expect(empty.querySelector('.story-list a[href="/ingest"]')).not.toBeNull();
  });

  it('pages with offset/limit links that keep the filters', () => {
    const doc = dom(renderStoriesPage(storiesPageData({ total: 7, query: { q: '', outlet: 'Northgate Times', since: '', until: '', status: 'conflicting', offset: 2, limit: 2 } })));
    expect(doc.querySelector('.pager a[rel="prev"]')?.getAttribute('href')).toBe('/?outlet=Northgate+Times&status=conflicting&limit=2');
    expect(doc.querySelector('.pager a[rel="next"]')?.getAttribute('href')).toBe('/?outlet=Northgate+Times&status=conflicting&offset=4&limit=2');
    expect(doc.querySelector('.pager')?.textContent).toContain('3–4 of 7');
    expect(dom(renderStoriesPage(storiesPageData())).querySelector('.pager')).toBeNull();
  });
});

describe('storiesUrl and snippetHtml', () => {
  it('builds a URL with only the set filters', () => {
    expect(storiesUrl({ q: '', outlet: '', since: '', until: '', status: '', offset: 0, limit: 50 })).toBe('/');
    expect(storiesUrl({ q: 'a&b', outlet: '', since: '2026-01-01', until: '', status: '', offset: 0, limit: 50 }, { offset: 50 })).toBe('/?q=a%26b&since=2026-01-01&offset=50');
  });

  it('marks the matched words and escapes the rest', () => {
    expect(snippetHtml('<i>[x]</i> [<script>]')).toBe('&lt;i&gt;<mark>x</mark>&lt;/i&gt; <mark>&lt;script&gt;</mark>');
  });
});
