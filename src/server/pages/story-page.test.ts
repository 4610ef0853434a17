// Specs for the story page: every section renders; citation markers carry the outlet and the exact
// source sentence; the timeline plot has one classed point per dated entry; claim rows carry their
// status and both sides of a conflict; coverage cells carry their state; the merge / split forms point
// at the API and ask for the token only when the server needs one.
import { describe, expect, it } from 'vitest';
import { dom, pageViolations, story, storyPageData } from '../../../test/support/page-fixtures.js';
import { renderStoryPage } from './story-page.js';

describe('renderStoryPage', () => {
  const html = renderStoryPage(storyPageData());
  const doc = dom(html);

  it('renders the title and every section', () => {
    expect(doc.querySelector('h1')?.textContent).toBe('Karsland and Velsand sign ferry deal');
    for (const id of ['summary', 'timeline', 'claims', 'quotes', 'coverage-section', 'entities', 'related', 'articles', 'corrections', 'sources']) {
      expect(doc.querySelector(`section#${id} h2`), id).not.toBeNull();
    }
    expect(pageViolations(html)).toEqual([]);
  });

  it('gives each summary citation marker the outlet and the exact source sentence', () => {
    const markers = Array.from(doc.querySelectorAll('#summary a.cite'));
    const s = story();
    expect(markers.map((m) => m.textContent)).toEqual(['[1]', '[2]', '[3]']);
    expect(markers.map((m) => m.getAttribute('data-cite'))).toEqual([
      s.summary[0]!.evidence[0]!.sentence,
      s.summary[0]!.evidence[1]!.sentence,
      s.summary[1]!.evidence[0]!.sentence,
    ]);
    expect(markers.map((m) => m.getAttribute('data-outlet'))).toEqual(['The Harbour Ledger', 'Northgate Times', 'The Harbour Ledger']);
    expect(markers[0]?.getAttribute('data-article')).toBe('art-ledger-1');
    // Without the script a marker is a link to its numbered source at the foot of the page.
    expect(markers[1]?.getAttribute('href')).toBe('#cited-2');
    expect(doc.querySelector('#cited-2')?.textContent).toContain('Northgate Times: “Karsland and Velsand signed the ferry deal on 3 March 2026.”');
    expect(doc.querySelector('#cite-popover.cite-popover')?.hasAttribute('hidden')).toBe(true);
  });

  it('numbers a sentence cited twice once', () => {
    const timelineMarkers = Array.from(doc.querySelectorAll('#timeline-list a.cite')).map((m) => m.textContent);
    // The 2026-03-02 entry cites the summary's first sentence again: it keeps [1].
    expect(timelineMarkers).toContain('[1]');
  });

  it('draws the timeline plot with one point per dated entry and lists the entries below it', () => {
    const points = Array.from(doc.querySelectorAll('svg#timeline-plot .tl-point'));
    expect(points).toHaveLength(4);
    expect(points.filter((p) => p.classList.contains('tl-background'))).toHaveLength(1);
    expect(points.filter((p) => p.classList.contains('tl-inferred'))).toHaveLength(1);
    expect(points.filter((p) => p.classList.contains('tl-disputed'))).toHaveLength(2);
    expect(doc.querySelectorAll('#timeline-list li')).toHaveLength(4);
    expect(doc.querySelector('#tl-2 a.flag-disputed')?.getAttribute('href')).toBe('#claim-k2');
    expect(doc.querySelector('.tl-legend')?.textContent).toContain('inferred');
  });

  it('lists claims as rows with data-status, a status filter, and both sides of a conflict', () => {
    const rows = Array.from(doc.querySelectorAll('tr.claim'));
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['corroborated', 'conflicting', 'single-source']);
    expect(rows[1]?.querySelector('.status')?.textContent).toBe('conflicting');
    const supports = rows[1]?.querySelector('.side-supports')?.textContent ?? '';
    const contradicts = rows[1]?.querySelector('.side-contradicts')?.textContent ?? '';
    expect(supports).toContain('The Harbour Ledger: 2026-03-02');
    expect(supports).toContain('Karsland and Velsand signed the ferry deal on 2 March 2026 in Port Elan.');
    expect(contradicts).toContain('Northgate Times: 2026-03-03 (copy of The Harbour Ledger, counted once)');
    const toggles = Array.from(doc.querySelectorAll('#status-filter input.status-toggle'));
    expect(toggles.map((t) => t.getAttribute('value'))).toEqual(['corroborated', 'single-source', 'conflicting', 'compatible', 'changed']);
    expect(toggles.every((t) => t.hasAttribute('checked'))).toBe(true);
  });

  it('shows the quote ledger with speaker, outlets, first and variants with their relation', () => {
    const q = doc.querySelector('.quote-entry');
    expect(q?.querySelector('.speaker')?.textContent).toBe('Henrik Molander');
    expect(q?.textContent).toContain('Outlets: The Harbour Ledger, Northgate Times');
    expect(q?.textContent).toContain('First: The Harbour Ledger (2026-03-02)');
    expect(Array.from(q?.querySelectorAll('.relation') ?? []).map((r) => r.textContent)).toEqual(['full', 'paraphrased']);
  });

  it('draws coverage as a heatmap whose cells carry their state in a class, data-state and text', () => {
    const table = doc.querySelector('table#coverage');
    expect(table).not.toBeNull();
    const cells = Array.from(table!.querySelectorAll('tbody tr')).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-state')));
    expect(cells).toEqual([
      ['covered', 'covered', 'covered'],
      ['covered', 'contradicts', 'not-covered'],
    ]);
    const contradicts = table!.querySelector('td[data-state="contradicts"]');
    expect(contradicts?.getAttribute('class')).toBe('cov cov-contradicts');
    expect(contradicts?.querySelector('.sr-only')?.textContent).toBe('contradicts');
    expect(contradicts?.getAttribute('title')).toBe('Northgate Times · k2: contradicts');
    expect(doc.querySelector('.cov-legend')?.textContent).toContain('not covered');
  });

  it('shows entities with roles, related stories and the article list as links', () => {
    expect(doc.querySelector('table.entities tbody tr')?.textContent).toContain('ferry campaigner');
    expect(doc.querySelector('#related a')?.getAttribute('href')).toBe('/stories/story-2');
    const articles = Array.from(doc.querySelectorAll('#split-form .article-item a')).map((a) => a.getAttribute('href'));
    expect(articles).toEqual(['/articles/art-ledger-1', '/articles/art-times-2']);
  });

  it('has merge and split forms aimed at the API, with no token field when none is needed', () => {
    const merge = doc.querySelector('form#merge-form');
    expect(merge?.getAttribute('data-endpoint')).toBe('/api/stories/story-1/merge');
    expect(merge?.querySelector('input[name="other"]')).not.toBeNull();
    const split = doc.querySelector('form#split-form');
    expect(split?.getAttribute('data-endpoint')).toBe('/api/stories/story-1/split');
    expect(Array.from(split?.querySelectorAll('input[type="checkbox"][name="articleIds"]') ?? []).map((i) => i.getAttribute('value'))).toEqual(['art-ledger-1', 'art-times-2']);
    expect(doc.querySelector('input[name="token"]')).toBeNull();
  });

  it('adds a token field to both forms when writes need the token', () => {
    const withToken = dom(renderStoryPage(storyPageData({ writeNeedsToken: true })));
    expect(withToken.querySelector('#merge-form input[name="token"][type="password"]')).not.toBeNull();
    expect(withToken.querySelector('#split-form input[name="token"][type="password"]')).not.toBeNull();
  });

  it('says so when a section has nothing to show', () => {
    const empty = { ...story(), summary: [], timeline: [], claims: [], quotes: [], entities: [], coverage: { outlets: [], claimIds: [], cells: [], exclusives: [] } };
    const d = dom(renderStoryPage(storyPageData({ story: empty, related: [] })));
    expect(d.querySelector('#summary .empty')?.textContent).toBe('No summary was computed for this story.');
    expect(d.querySelector('#timeline-plot')).toBeNull();
    expect(d.querySelector('#claims .empty')).not.toBeNull();
    expect(d.querySelector('#coverage-section .empty')).not.toBeNull();
  });
});
