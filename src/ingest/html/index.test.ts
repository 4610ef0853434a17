// Specifies the HTML extractor on small invented pages: what stays in the body, what goes, and
// which metadata is read from where. Corpus-scale quality is measured by bench/extract.ts.

import { describe, expect, it } from 'vitest';
import { extractHtmlPage, htmlToText } from './index.js';

const PROSE = [
  'The harbour council voted on Tuesday to close the old pier after engineers found deep cracks in three of its supporting piles.',
  'Fishermen who moor there said they had warned the council for years, and asked for a temporary landing stage before the winter season.',
  'Repairs are expected to cost about four million, the council said, and work could start in the spring if the budget is approved.',
];

function page(opts: { head?: string; article?: string; extra?: string; htmlAttrs?: string } = {}): string {
  const article = opts.article ?? PROSE.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html ${opts.htmlAttrs ?? 'lang="en-GB"'}><head>${opts.head ?? '<title>Pier closed | Harbour Times</title>'}</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="page"><article><h1>Pier closed</h1><div class="article-body">${article}</div></article>
${opts.extra ?? ''}</div>
<footer><p>© Harbour Times Ltd. All rights reserved. Registered in the harbour district, company number 12345.</p></footer>
</body></html>`;
}

describe('extractHtmlPage: body', () => {
  it('keeps the article paragraphs, one per paragraph, separated by blank lines', () => {
    const r = extractHtmlPage(page());
    expect(r.body).toBe(PROSE.join('\n\n'));
  });

  it('removes navigation, footer and a comments section, and records the comments removal', () => {
    const comments = `<section id="comments"><h3>Comments (2)</h3>
      <p>I have been saying this for years, the pier was never safe after the storm of last winter and everyone knew it.</p>
      <p>Good news for once, though the cost seems very high for what is basically a few planks and some concrete.</p></section>`;
    const r = extractHtmlPage(page({ extra: comments }));
    expect(r.body).not.toMatch(/Home|News|Sport|rights reserved|saying this for years|Comments/);
    expect(r.removed.some((x) => x.reason === 'boilerplate: comments section' && x.text.startsWith('Comments (2)'))).toBe(true);
  });

  it('drops a share bar and a newsletter box inside the article', () => {
    const article = `<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div><p>${PROSE[0]}</p>
      <div class="newsletter-signup"><p>Sign up for our free morning briefing and get the day's harbour news in your inbox before breakfast.</p></div>
      <p>${PROSE[1]}</p><p>${PROSE[2]}</p>`;
    const r = extractHtmlPage(page({ article }));
    expect(r.body).toBe(PROSE.join('\n\n'));
  });

  it('keeps sub-headings as their own lines and lists them, without the title', () => {
    const article = `<p>${PROSE[0]}</p><h2>What happens next</h2><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`;
    const r = extractHtmlPage(page({ article }));
    expect(r.body.split('\n\n')).toEqual([PROSE[0], 'What happens next', PROSE[1], PROSE[2]]);
    expect(r.headings).toEqual(['What happens next']);
    expect(r.body).not.toContain('Pier closed');
  });

  it('turns <br> into a line break, list items into lines and table rows into lines', () => {
    const article = `<p>${PROSE[0]}</p><p>Harbour Office<br>1 Quay Street</p>
      <ul><li>Pier A: closed</li><li>Pier B: open</li></ul>
      <table><tr><th>Pier</th><th>Status</th></tr><tr><td>A</td><td>closed</td></tr></table><p>${PROSE[1]}</p>`;
    const r = extractHtmlPage(page({ article }));
    expect(r.body).toContain('Harbour Office\n1 Quay Street');
    expect(r.body).toContain('Pier A: closed\n\nPier B: open');
    expect(r.body).toContain('Pier | Status\n\nA | closed');
  });

  it('never puts script, style or noscript text in the body', () => {
    const article = `<p>${PROSE[0]}</p><script>var tracking = "do not show";</script><style>.x{color:red}</style>
      <noscript>Enable JavaScript</noscript><p>${PROSE[1]}</p>`;
    const r = extractHtmlPage(page({ article }));
    expect(r.body).not.toMatch(/tracking|color:red|Enable JavaScript/);
  });

  it('ignores a list of teaser cards below the article', () => {
    const card = (n: number): string => `<div class="card"><a href="/s${n}">Another story number ${n} from the harbour</a>
      <p>A longer teaser paragraph about story ${n}, written to look like prose so that it would otherwise count.</p></div>`;
    const extra = `<div class="more">${[1, 2, 3, 4].map(card).join('')}</div>`;
    const r = extractHtmlPage(page({ extra }));
    expect(r.body).toBe(PROSE.join('\n\n'));
  });

  it.each([
    ['unclosed tags', `<html><body><div><p>${PROSE[0]}<p>${PROSE[1]}<div><p>${PROSE[2]}`],
    ['stray closing tags', `<html><body></div></span><p>${PROSE[0]}</p></div></div><p>${PROSE[1]}</p></b><p>${PROSE[2]}</p>`],
    ['no <html> or <body>', `<p>${PROSE[0]}</p><p>${PROSE[1]}</p><p>${PROSE[2]}</p>`],
  ])('still yields the text with %s', (_label, html) => {
    const r = extractHtmlPage(html);
    for (const p of PROSE) expect(r.body).toContain(p);
  });

  it.each([
    ['an empty string', ''],
    ['only markup', '<html><head></head><body><div></div></body></html>'],
    ['not HTML at all', '\u0000\u0001 binary'],
  ])('returns an empty body for %s without throwing', (_label, html) => {
    expect(() => extractHtmlPage(html)).not.toThrow();
    expect(extractHtmlPage(html).body.length).toBeLessThan(20);
  });
});

describe('extractHtmlPage: metadata', () => {
  it.each([
    ['pipe suffix', '<title>Storm hits coast | Daily Planet</title>', 'Storm hits coast'],
    ['dash suffix naming the site', '<title>Storm hits coast - Daily Planet</title><meta property="og:site_name" content="Daily Planet">', 'Storm hits coast'],
    ['site prefix', '<title>Daily Planet | Storm hits coast tonight</title><meta property="og:site_name" content="Daily Planet">', 'Storm hits coast tonight'],
    ['colon that is part of the headline', '<title>Brexit: what happens next</title>', 'Brexit: what happens next'],
    ['double-escaped og:title', '<meta property="og:title" content="Storms &amp;#8211; a guide">', 'Storms \u2013 a guide'],
  ])('reads the title without the site name (%s)', (_label, head, expected) => {
    const html = `<html><head>${head}</head><body><div>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(extractHtmlPage(html).title).toEqual({ value: expected, from: 'html-meta' });
  });

  it('prefers the visible <h1> of the article over a differently worded og:title', () => {
    const r = extractHtmlPage(page({ head: '<meta property="og:title" content="Council shuts pier (SEO version)">' }));
    expect(r.title?.value).toBe('Pier closed');
  });

  it('reads JSON-LD headline, date, author and publisher', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' },
      { '@type': 'NewsArticle', headline: 'Pier closed', datePublished: '2024-03-05T09:30:00+01:00',
        author: [{ '@type': 'Person', name: 'Ann Lee' }], publisher: { '@type': 'Organization', name: 'Harbour Times' } }] };
    const r = extractHtmlPage(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }));
    expect(r.published).toEqual({ value: '2024-03-05T09:30:00+01:00', from: 'html-meta' });
    expect(r.author).toBe('Ann Lee');
    expect(r.outlet).toEqual({ value: 'Harbour Times', from: 'html-meta' });
  });

  it('reads OpenGraph site name, published time, locale and canonical URL', () => {
    const head = `<meta property="og:site_name" content="Harbour Times"><meta property="article:published_time" content="2024-03-05">
      <meta property="og:locale" content="fr_FR"><link rel="canonical" href="https://harbour.example/pier">`;
    const r = extractHtmlPage(page({ head, htmlAttrs: '' }));
    expect(r.outlet).toEqual({ value: 'Harbour Times', from: 'html-meta' });
    expect(r.published).toEqual({ value: '2024-03-05', from: 'html-meta' });
    expect(r.language).toEqual({ value: 'fr', from: 'html-meta' });
    expect(r.url).toBe('https://harbour.example/pier');
  });

  it.each([
    ['<time datetime>', '<time datetime="2023-11-02T08:00:00Z">2 November</time>', '2023-11-02T08:00:00Z'],
    ['itemprop=datePublished', '<span itemprop="datePublished" content="2023-11-02">Nov 2</span>', '2023-11-02'],
    ['a long-form meta date', '', '2023-11-02'],
  ])('reads the publication date from %s', (label, markup, expected) => {
    const head = label === 'a long-form meta date' ? '<meta name="date" content="November 2, 2023">' : '';
    const r = extractHtmlPage(page({ head, article: `${markup}${PROSE.map((p) => `<p>${p}</p>`).join('')}` }));
    expect(r.published?.value).toBe(expected);
  });

  it('falls back to the URL host for the outlet, without "www."', () => {
    const r = extractHtmlPage(page(), { url: 'https://www.bbc.co.uk/news/pier' });
    expect(r.outlet).toEqual({ value: 'bbc.co.uk', from: 'url' });
    expect(r.url).toBe('https://www.bbc.co.uk/news/pier');
  });

  it('invents nothing: no date, author or outlet when the page declares none', () => {
    const r = extractHtmlPage(`<p>${PROSE[0]}</p>`);
    expect(r).toMatchObject({ published: null, author: null, outlet: null, title: null, url: null, language: null });
  });

  it('maps <html lang="en-GB"> to "en"', () => {
    expect(extractHtmlPage(page()).language).toEqual({ value: 'en', from: 'html-meta' });
  });
});

describe('htmlToText', () => {
  it('turns a feed content fragment into paragraphs and headings, dropping scripts', () => {
    const fragment = `<p>First paragraph of the <b>item</b>.</p><h3>Background</h3><p>Second&nbsp;paragraph,
      across lines.</p><script>alert(1)</script><ul><li>one</li><li>two</li></ul>`;
    expect(htmlToText(fragment)).toEqual({
      body: 'First paragraph of the item.\n\nBackground\n\nSecond paragraph, across lines.\n\none\n\ntwo',
      headings: ['Background'],
    });
  });

  it('keeps text outside any block element', () => {
    expect(htmlToText('Plain words <i>and</i> more').body).toBe('Plain words and more');
  });
});
