// Specs for the article page and its highlighter: spans wrapped at the right offsets with every slice
// escaped, nesting and bad overlaps, headings, removed junk struck through with reasons, metadata with
// provenance, the inferred date's reasoning, the near-copy note and the link back to the story.
import { describe, expect, it } from 'vitest';
import { articlePageData, dom, ledgerArticle, pageViolations, timesArticle } from '../../../test/support/page-fixtures.js';
import { articleTextHtml, highlightText, renderArticlePage } from './article-page.js';

describe('highlightText', () => {
  it('wraps entity, time and quote spans at their offsets', () => {
    const text = 'Strand met Berg on Monday.';
    const html = highlightText(text, [
      { start: 0, end: 6, kind: 'entity', entityType: 'person' },
      { start: 11, end: 15, kind: 'entity', entityType: 'organization' },
      { start: 19, end: 25, kind: 'time', title: '2026-03-02' },
    ]);
    expect(html).toBe(
      '<mark class="ent ent-person">Strand</mark> met <mark class="ent ent-organization">Berg</mark> on <mark class="time" title="2026-03-02">Monday</mark>.',
    );
  });

  it('escapes every slice, inside and outside the spans', () => {
    const text = 'a<b>&"c\' <script>alert(1)</script>';
    const html = highlightText(text, [{ start: 1, end: 4, kind: 'entity', entityType: 'place', title: '"><img src=x onerror=alert(1)>' }]);
    expect(html).toBe(
      'a<mark class="ent ent-place" title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;b&gt;</mark>&amp;&quot;c&#39; &lt;script&gt;alert(1)&lt;/script&gt;',
    );
  });

  it('nests entity and time spans inside a quote', () => {
    const text = 'She said: “Strand left on Monday.”';
    const q = text.indexOf('Strand');
    const html = highlightText(text, [
      { start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6, kind: 'time' },
      { start: q, end: text.indexOf('”'), kind: 'quote' },
      { start: q, end: q + 6, kind: 'entity', entityType: 'person' },
    ]);
    expect(html).toBe('She said: “<span class="quote"><mark class="ent ent-person">Strand</mark> left on <mark class="time">Monday</mark>.</span>”');
  });

  it('skips a span that crosses the edge of an earlier one, a duplicate, and out-of-range spans', () => {
    const text = 'Port Elan Harbour';
    const html = highlightText(text, [
      { start: 0, end: 9, kind: 'entity', entityType: 'place' },
      { start: 5, end: 17, kind: 'entity', entityType: 'organization' },
      { start: 0, end: 9, kind: 'entity', entityType: 'place' },
      { start: 10, end: 99, kind: 'time' },
      { start: 3, end: 3, kind: 'time' },
    ]);
    expect(html).toBe('<mark class="ent ent-place">Port Elan</mark> Harbour');
  });

  it('falls back to ent-other for an unknown entity type', () => {
    expect(highlightText('X', [{ start: 0, end: 1, kind: 'entity', entityType: 'weird' as never }])).toBe('<mark class="ent ent-other">X</mark>');
  });
});

describe('articleTextHtml', () => {
  it('shows headings as headings and paragraphs as paragraphs, with the annotations highlighted', () => {
    const doc = dom(`<div>${articleTextHtml(ledgerArticle())}</div>`);
    expect(doc.querySelector('h3.text-heading')?.textContent).toBe('Ferry deal signed');
    expect(doc.querySelectorAll('.article-text p').length).toBe(3);
    expect(Array.from(doc.querySelectorAll('mark.ent')).map((m) => `${m.getAttribute('class')}:${m.textContent}`)).toEqual([
      'ent ent-place:Karsland',
      'ent ent-place:Port Elan',
      'ent ent-person:Henrik Molander',
    ]);
    expect(Array.from(doc.querySelectorAll('mark.time')).map((m) => m.textContent)).toEqual(['2 March 2026', '2019']);
    expect(doc.querySelector('.quote')?.textContent).toBe('A quay without a ship is a sad thing');
    expect(doc.querySelector('mark.ent-person')?.getAttribute('title')).toBe('person: Henrik Molander — ferry campaigner');
  });
});

describe('renderArticlePage', () => {
  it('renders the title, byline, story link, text, removed junk and metadata with provenance', () => {
    const html = renderArticlePage(articlePageData());
    const doc = dom(html);
    expect(doc.querySelector('h1')?.textContent).toBe('Ferry deal signed in Port Elan');
    expect(doc.querySelector('.byline')?.textContent).toBe('The Harbour Ledger · 2026-03-02 · by Ada Berg');
    expect(doc.querySelector('a.story-link')?.getAttribute('href')).toBe('/stories/story-1');
    const removed = doc.querySelector('.removed-list li');
    expect(removed?.querySelector('del')?.textContent).toBe('Sign up to our newsletter!');
    expect(removed?.querySelector('.reason')?.textContent).toBe('boilerplate: newsletter promo');
    const meta = Object.fromEntries(
      Array.from(doc.querySelectorAll('table.meta tbody tr')).map((tr) => [tr.querySelector('th')?.textContent, Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)]),
    );
    expect(meta.outlet).toEqual(['The Harbour Ledger', 'html-meta']);
    expect(meta.published).toEqual(['2026-03-02', 'json']);
    expect(meta.title).toEqual(['Ferry deal signed in Port Elan', 'html-meta']);
    expect(doc.querySelector('table.meta a')?.getAttribute('href')).toBe('https://ledger.example/ferry');
    expect(doc.querySelector('table.entities')).not.toBeNull();
    expect(pageViolations(html)).toEqual([]);
  });

  it('explains an inferred publication date and a near-copy, and says when the article is in no story', () => {
    const doc = dom(renderArticlePage({ article: timesArticle(), story: null }));
    expect(doc.querySelector('.note.inference')?.textContent).toBe(
      'Publication date inferred as 2026-03-03 (equally consistent: 2026-03-03 to 2026-03-04): “on 3 March” matches The Harbour Ledger’s date of the signing.',
    );
    expect(doc.querySelector('.note.near-copy')?.textContent).toMatch(/^Near-copy of art-ledger-1 \(91% shared: same wire copy\)/);
    expect(doc.querySelector('.note.near-copy a')?.getAttribute('href')).toBe('/articles/art-ledger-1');
    expect(doc.querySelector('.crumbs')?.textContent).toBe('Not in a story yet.');
    expect(doc.querySelector('.removed .empty')?.textContent).toBe('Nothing was removed.');
  });
});
