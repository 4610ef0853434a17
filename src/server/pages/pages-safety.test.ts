// Specs for what every page must never do: run article text. Hostile markup in every text field of an
// article and a story (script tags, an event handler, javascript: URLs) renders as inert text on every
// page; no page has a style attribute or a script other than /assets/app.js (the CSP would block them);
// and web/app.js never writes data as HTML and, like app.css, loads nothing from elsewhere.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderArticlePage } from './article-page.js';
import { HOSTILE, articlePageData, dom, hostileArticle, hostileStoryPageData, pageViolations, storiesPageData, storyPageData } from '../../../test/support/page-fixtures.js';
import { renderIngestPage } from './ingest-page.js';
import { renderStoriesPage } from './stories-page.js';
import { renderStoryPage } from './story-page.js';

const hostileStories = () =>
  renderStoriesPage(storiesPageData({
    stories: [{ id: HOSTILE, title: HOSTILE, titleFrom: HOSTILE, claims: null, lead: null, articleCount: 1, outlets: [HOSTILE], dateFrom: HOSTILE, dateTo: null, articleIds: [], corroborated: 0, conflicting: 3 }],
    total: 1,
    query: { q: HOSTILE, outlet: HOSTILE, since: HOSTILE, until: '', status: HOSTILE, offset: 0, limit: 50 },
    hits: [{ id: HOSTILE, title: HOSTILE, outlet: HOSTILE, published: HOSTILE, snippet: `[${HOSTILE}] ${HOSTILE}`, storyId: HOSTILE }],
    outlets: [HOSTILE],
  }));

const pages: [string, () => string][] = [
  ['article page', () => renderArticlePage({ article: hostileArticle(), story: { id: HOSTILE, title: HOSTILE } })],
  ['story page', () => renderStoryPage(hostileStoryPageData())],
  ['stories page', hostileStories],
];

describe('hostile article text', () => {
  for (const [name, render] of pages) {
    it(`renders inert on the ${name}: no <script, no onerror= attribute, no href="javascript:`, () => {
      const html = render();
      expect(html.match(/<script/gi)).toHaveLength(1);
      expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(pageViolations(html)).toEqual([]);
      const doc = dom(html);
      expect(doc.querySelectorAll('img')).toHaveLength(0);
      expect(Array.from(doc.querySelectorAll('a')).some((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))).toBe(false);
    });
  }

  it('keeps the exact hostile sentence in data-cite, as an attribute value only', () => {
    const data = hostileStoryPageData();
    const doc = dom(renderStoryPage(data));
    expect(doc.querySelector('.cite')?.getAttribute('data-cite')).toBe(data.articles[0]!.sentences[1]);
  });

  it('shows a non-http URL as text, never as a link', () => {
    const doc = dom(renderArticlePage({ article: hostileArticle(), story: null }));
    const url = Array.from(doc.querySelectorAll('table.meta tr')).find((tr) => tr.querySelector('th')?.textContent === 'url');
    expect(url?.querySelector('a')).toBeNull();
    expect(url?.querySelector('code')?.textContent).toBe('javascript:alert(document.cookie)');
  });
});

describe('every page under the CSP', () => {
  const all: [string, string][] = [
    ['stories', renderStoriesPage(storiesPageData())],
    ['story', renderStoryPage(storyPageData({ writeNeedsToken: true }))],
    ['article', renderArticlePage(articlePageData())],
    ['ingest', renderIngestPage({ maxBytes: 1024, writeNeedsToken: true })],
  ];
  for (const [name, html] of all) {
    it(`the ${name} page has no style attribute and no inline script`, () => {
      expect(html).not.toMatch(/\sstyle=/);
      expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/assets/app.js" defer>']);
      expect(pageViolations(html)).toEqual([]);
    });
  }
});

describe('web assets', () => {
  const js = readFileSync(new URL('../../../web/app.js', import.meta.url), 'utf8');
  const css = readFileSync(new URL('../../../web/app.css', import.meta.url), 'utf8');

  it('app.js writes text with textContent, never as HTML, and evaluates nothing', () => {
    const code = js.replace(/^\s*\/\/.*$/gm, '');
    for (const bad of [/\.(inner|outer)HTML\b/, /insertAdjacentHTML/, /document\.write/, /\beval\s*\(/, /new Function/, /setAttribute\(\s*['"]style/, /createContextualFragment/]) {
      expect(code).not.toMatch(bad);
    }
    expect(js).toContain('textContent');
  });

  it('app.js and app.css load nothing from another origin', () => {
    expect(js).not.toMatch(/https?:\/\//);
    expect(css).not.toMatch(/https?:\/\/|@import|url\(/);
  });
});
