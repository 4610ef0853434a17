// Specifies the second opinions on the body (JSON-LD articleBody, the Readability fallback) and the
// date shown in a byline, on small invented pages.

import { describe, expect, it } from 'vitest';
import { extractHtmlPage } from './index.js';
import { parseShownDate } from './visible-date.js';

const PROSE = [
  'The harbour council voted on Tuesday to close the old pier after engineers found deep cracks in three of its supporting piles.',
  'Fishermen who moor there said they had warned the council for years, and asked for a temporary landing stage before the winter season.',
  'Repairs are expected to cost about four million, the council said, and work could start in the spring if the budget is approved.',
  'The pier was built in 1898 and has survived two world wars, several storms and a fire that destroyed its pavilion in the 1970s.',
  'Local businesses fear the closure will keep summer visitors away, and the chamber of commerce has asked for an emergency meeting.',
  'Engineers will inspect the remaining piles next month and report to the council before the end of the year, officials said.',
  'A public consultation on the future of the pier, including a possible full rebuild, will open in January and run for six weeks.',
  'Until then the pier will stay fenced off, and the harbour master has asked boat owners to use the north quay for landing.',
];

function wrap(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Pier closed | Harbour Times</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>${body}<footer>© Harbour Times</footer></body></html>`;
}

/** A hard-wrapped text (an e-mail pasted into a CMS): one <div> per ≤ 38-character line, no stops. */
function hardWrapped(p: string): string {
  const lines: string[] = [];
  for (const w of p.replace(/[.,]/g, '').split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${w}`.length < 38) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return `<div>${lines.map((l) => `<div>${l}</div>`).join('')}</div>`;
}

describe('extractHtmlPage: Readability fallback', () => {
  it('does not try Readability on a page nested deeper than MAX_DEPTH (2,000 levels took it 28 s, 5,000 five minutes)', () => {
    const deep = (html: string) => `${'<div>'.repeat(300)}${html}${'</div>'.repeat(300)}`;
    const r = extractHtmlPage(wrap(`<div id="story"><h1>Pier closed</h1>${deep(PROSE.map(hardWrapped).join(''))}</div>`));
    expect(r.extractor).toBe('dossier');
    expect(r.fallbackNote).toBe('readability not tried: the page nests 305 levels deep');
  });

  it('falls back to Readability when the own vote keeps nothing of a page full of hard-wrapped text', () => {
    const r = extractHtmlPage(wrap(`<div id="story"><h1>Pier closed</h1>${PROSE.map(hardWrapped).join('')}</div>`));
    expect(r.extractor).toBe('readability');
    expect(r.body).toContain('The harbour council voted');
    expect(r.body).toContain('boat owners to use the north quay for');
    expect(r.body.length).toBeGreaterThan(900);
  });

  it('does not call a short page a failure: a page of two sentences keeps the own result', () => {
    const r = extractHtmlPage(wrap(`<article><h1>Pier closed</h1><p>${PROSE[0]}</p><p>${PROSE[1]}</p></article>`));
    expect(r.extractor).toBe('dossier');
    expect(r.body).toBe(`${PROSE[0]}\n\n${PROSE[1]}`);
  });

  it('keeps the own body of a normal article without trying the fallback', () => {
    const r = extractHtmlPage(wrap(`<article><h1>Pier closed</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`));
    expect(r.extractor).toBe('dossier');
    expect(r.fallbackNote).toBeNull();
  });
});

describe('extractHtmlPage: JSON-LD articleBody', () => {
  const ld = (body: string): string => `<script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Pier closed', articleBody: body,
  })}</script>`;

  it('uses the declared articleBody when the page shows only teaser cards of other stories', () => {
    const teasers = ['Storm warning for the weekend as winds reach the coast', 'Ferry timetable changes from Monday for winter',
      'Lifeboat crew rescues two kayakers off the headland'].map((t) => `<div class="card"><a href="/x">${t}</a><p>${t} and more details inside.</p></div>`).join('');
    const r = extractHtmlPage(wrap(`<main><h1>Pier closed</h1><div id="app">Loading…</div><section>${teasers}</section></main>`, ld(PROSE.join('\n'))));
    expect(r.extractor).toBe('json-ld');
    expect(r.body).toBe(PROSE.join('\n\n'));
  });

  it('keeps the container when it already holds the declared body', () => {
    const r = extractHtmlPage(wrap(`<article><h1>Pier closed</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`, ld(PROSE.join(' '))));
    expect(r.extractor).toBe('dossier');
    expect(r.body).toBe(PROSE.join('\n\n'));
  });

  it('ignores a declared body shorter than the container (a paywall teaser)', () => {
    const other = 'Subscribers can read how the harbour board plans to pay for new moorings, ferry berths and a visitor centre.'.repeat(2);
    const r = extractHtmlPage(wrap(`<article><h1>Pier closed</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`, ld(other)));
    expect(r.extractor).toBe('dossier');
  });
});

describe('extractHtmlPage: date shown in the byline', () => {
  const article = PROSE.map((p) => `<p>${p}</p>`).join('');

  it('reads "Published 3 Mar 2026" under the headline when no date is declared', () => {
    const r = extractHtmlPage(wrap(`<article><h1>Pier closed</h1><div class="byline">Published 3 Mar 2026 by Ann Lee</div>${article}</article>`));
    expect(r.published?.value).toBe('2026-03-03');
  });

  it('prefers the shown date to an older declared one, keeping the declared time of the same day', () => {
    const head = '<meta property="article:published_time" content="2025-01-10T08:00:00Z"><meta property="article:modified_time" content="2026-02-04T09:30:00Z">';
    const r = extractHtmlPage(wrap(`<article><h1>Pier closed</h1><p class="date">February 4, 2026</p>${article}</article>`, head));
    expect(r.published?.value).toBe('2026-02-04T09:30:00Z');
  });

  it('keeps the declared publication when the byline only shows an update ("Updated …")', () => {
    const head = '<meta property="article:published_time" content="2025-01-10T08:00:00Z">';
    const r = extractHtmlPage(wrap(`<article><h1>Pier closed</h1><p>Updated March 5, 2026</p>${article}</article>`, head));
    expect(r.published?.value).toBe('2025-01-10T08:00:00Z');
  });

  it('does not take a date from a related-links list far below the headline', () => {
    const related = Array.from({ length: 15 }, (_, i) => `<p>Ferry news item ${i} — January ${i + 1}, 2026</p>`).join('');
    const r = extractHtmlPage(wrap(`<article><h1>Pier closed</h1>${article}${article}</article>${related}`));
    expect(r.published).toBeNull();
  });
});

describe('parseShownDate', () => {
  const cases: [string, string, string | null, string | null][] = [
    ['month first with comma', 'March 3, 2026', null, '2026-03-03'],
    ['abbreviated month with a dot', 'Dec. 19, 2025 · 6 min read', null, '2025-12-19'],
    ['day first', 'Published 3 Mar 2026', null, '2026-03-03'],
    ['ordinal day', 'September 1st, 2023 By Emily Norwood', null, '2023-09-01'],
    ['German day first', 'Veröffentlicht am 3. März 2026', 'de', '2026-03-03'],
    ['date glued to the author name', 'Dec 17, 2025Julian K. Arni', null, '2025-12-17'],
    ['dotted numeric is day first', '23.07.2025 · 6 min read', null, '2025-07-23'],
    ['US slash date on an en-US page', 'Updated: 03/04/2026', 'en-US', '2026-03-04'],
    ['same slash date on an en-GB page is day first', 'Updated: 03/04/2026', 'en-GB', '2026-04-03'],
    ['a part above 12 settles the order', 'Posted on the 15/12/2025 at 19:00', 'en-US', '2025-12-15'],
    ['ISO date', 'Last build 2025-11-02', null, '2025-11-02'],
    ['first of two dates', 'August 16, 2019 - Updated July 9, 2025', null, '2019-08-16'],
    ['no year: not a date', 'Updated Dec 19', null, null],
    ['"mar" inside a word is no month', 'Supermarket 12 2024 report', null, null],
    ['impossible day', 'February 30, 2025', null, null],
  ];
  it.each(cases)('%s: %s', (_label, text, lang, expected) => {
    expect(parseShownDate(text, lang)).toBe(expected);
  });
});
