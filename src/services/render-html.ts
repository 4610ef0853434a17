// Renders a dossier as ONE self-contained HTML5 report a user can mail or open offline: inline CSS,
// no scripts, no external assets, and a Content-Security-Policy that forbids loading any. It prints the
// dossier's view (dossier-view.ts, story-view.ts): per story the summary with citation markers that jump
// to the cited article sentence, the timeline, the claim and quote ledgers, the coverage matrix, entities,
// related stories, then every article with its metadata, clean text and removed junk. Links are anchors
// in the file. Everything comes from the articles and is untrusted: every piece of text is escaped.
import type { ArticleView } from './article-view.js';
import { buildDossierView } from './dossier-view.js';
import { documentStart, escapeHtml, inlineHtml, metadataCells, statusBadge, type Href } from './html-parts.js';
import type { Citation, ClaimRow, QuoteRow, Section, SentenceRef, StoryView, TimelineRow } from './story-view.js';
import { EMPTY_STATES, STATUSES, UNATTRIBUTED, plural } from './view-labels.js';
import type { Dossier } from '../core/dossier.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

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

/** Where things are in the file: the index of every article and story (their anchors are numbered). */
interface Anchors {
  articles: Map<string, number>;
  stories: Map<string, number>;
}

const articleAnchor = (index: number): string => `article-${index}`;
const storyAnchor = (index: number): string => `story-${index}`;
const claimAnchor = (story: number, claim: number): string => `story-${story}-claim-${claim}`;

/** The in-file href of view links, inside story `si` whose claims are `claims` (id → row). */
function hrefs(anchors: Anchors, si = -1, claims = new Map<string, number>()): Href {
  const at = (index: number | undefined, anchor: (i: number) => string): string | null => (index === undefined ? null : `#${anchor(index)}`);
  return (link) => {
    if ('article' in link) return at(anchors.articles.get(link.article), articleAnchor);
    if ('story' in link) return at(anchors.stories.get(link.story), storyAnchor);
    if ('claim' in link) return at(claims.get(link.claim), (ci) => claimAnchor(si, ci));
    return null;
  };
}

/** A link to a sentence (or its article when the sentence is not found) whose tooltip names the outlet and quotes it. */
function refLink(anchors: Anchors, ref: SentenceRef, label: string, className?: string): string {
  const title = escapeHtml(`${ref.outlet}: ${ref.sentence}`);
  const ai = anchors.articles.get(ref.articleId);
  if (ai === undefined) return `<span class="${className ? `${className} ` : ''}cite-missing" title="${title}">${escapeHtml(label)}</span>`;
  const anchor = ref.sentenceIndex === null ? articleAnchor(ai) : `${articleAnchor(ai)}-s${ref.sentenceIndex}`;
  return `<a${className ? ` class="${className}"` : ''} href="#${anchor}" title="${title}">${escapeHtml(label)}</a>`;
}

const markers = (anchors: Anchors, cites: readonly Citation[]): string => cites.map((c) => refLink(anchors, c, `[${c.n}]`, 'cite')).join('');

function table(head: string[], rows: string[][], className = ''): string {
  const cls = className ? ` class="${className}"` : '';
  const thead = `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`;
  const tbody = `<tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}</tbody>`;
  return `<div class="scroll"><table${cls}>${thead}\n${tbody}</table></div>`;
}

const td = (html: string): string => `<td>${html}</td>`;
const badge = (text: string, title?: string): string =>
  `<span class="badge"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(text)}</span>`;

/** A section's heading and body, or its empty state. */
function part<Row>(s: Section<Row>, body: (rows: Row[]) => string[]): string {
  const empty = s.empty === null ? [] : [`<p class="empty">${escapeHtml(s.empty)}</p>`];
  return [`<h3>${escapeHtml(s.title)}</h3>`, ...(s.rows.length ? body(s.rows) : empty)].join('\n');
}

function timelineRow(t: TimelineRow, anchors: Anchors, href: Href): string[] {
  const flags = t.flags.map((f) => {
    const target = f.claimId ? href({ claim: f.claimId }) : null;
    return target ? `<a class="badge" href="${escapeHtml(target)}" title="${escapeHtml(f.explanation)}">${escapeHtml(f.label)}</a>` : badge(f.label, f.explanation);
  });
  return [
    td(`<time>${escapeHtml(t.date)}</time>`),
    td(escapeHtml(t.precision ?? '')),
    td(`${escapeHtml(t.text)} ${markers(anchors, t.cites)}`),
    td(escapeHtml(t.outlets.join(', '))),
    td(flags.join(' ')),
  ];
}

function claimRow(c: ClaimRow, ci: number, si: number, anchors: Anchors): string[] {
  const sides = c.sides.map((side) => {
    const items = side.items.map((e) => {
      const value = e.value ? ` <span class="value">${escapeHtml(e.value)}</span>` : '';
      const copy = e.copyNote ? ` <span class="muted">(${escapeHtml(e.copyNote)})</span>` : '';
      return `<li>${escapeHtml(e.outlet)}:${value}${copy} — ${refLink(anchors, e, e.sentence)}</li>`;
    });
    return `<div class="stance-title">${escapeHtml(side.title)}</div><ul class="stance">${items.join('')}</ul>`;
  });
  const muted = (text: string | null): string => (text ? `<div class="muted">${escapeHtml(text)}</div>` : '');
  return [
    `<td id="${claimAnchor(si, ci)}">${escapeHtml(c.id)}</td>`,
    td(statusBadge(c.status) + muted(c.compared)),
    td(escapeHtml(c.text)),
    td(escapeHtml(c.note)),
    td(sides.join('') + muted(c.sources)),
  ];
}

function quoteItem(q: QuoteRow, anchors: Anchors): string {
  const variants = q.variants.map((v) => `<li>${badge(v.relation)} ${escapeHtml(v.outlet)}: “${escapeHtml(v.text)}”</li>`);
  return [
    '<li class="quote">',
    `<div><strong>${q.speaker === null ? `<span class="muted">${UNATTRIBUTED}</span>` : escapeHtml(q.speaker)}</strong></div>`,
    `<blockquote>“${escapeHtml(q.text)}” ${markers(anchors, q.cites)}</blockquote>`,
    `<div class="muted">Outlets: ${escapeHtml(q.outlets.join(', '))}</div>`,
    q.first ? `<div>First: ${escapeHtml(q.first.outlet)} (${escapeHtml(q.first.published)})</div>` : '',
    variants.length ? `<div>Variants:</div><ul>${variants.join('')}</ul>` : '',
    '</li>',
  ]
    .filter(Boolean)
    .join('\n');
}

function coverageSection(view: StoryView, href: Href): string {
  const coverage = view.coverage;
  return part(coverage, (rows) => {
    const head = coverage.columns.map((c) => {
      const target = c.claimText === null ? null : href({ claim: c.claimId });
      return target ? `<a href="${escapeHtml(target)}" title="${escapeHtml(c.claimText!)}">${escapeHtml(c.claimId)}</a>` : escapeHtml(c.claimId);
    });
    const body = rows.map((r) => [
      `<th scope="row">${escapeHtml(r.outlet)}</th>`,
      ...r.cells.map((c) => `<td class="cov-${c.state}" title="${escapeHtml(c.title)}">${c.symbol}<span class="sr-only"> ${c.label}</span></td>`),
    ]);
    const exclusives = coverage.exclusives.length
      ? ['<h4>Exclusives</h4>', '<ul class="exclusives">', ...coverage.exclusives.map((e) => `<li>${escapeHtml(e)}</li>`), '</ul>']
      : [`<p class="muted">${escapeHtml(coverage.noExclusives ?? '')}</p>`];
    return [table(['outlet', ...head], body, 'coverage'), `<p class="legend muted">Legend: ${coverage.legend.map((c) => `${c.symbol} ${c.label}`).join(', ')}.</p>`, ...exclusives];
  });
}

/** The clean text with every sentence wrapped in an anchor; sentences not found verbatim are listed after it. */
function articleText(a: ArticleView, ai: number): string {
  const out = a.paragraphs.map((p) => {
    let html = '';
    let pos = 0;
    for (const s of p.sentences) {
      html += `${escapeHtml(p.text.slice(pos, s.start))}<span class="sentence" id="${articleAnchor(ai)}-s${s.index}">${escapeHtml(p.text.slice(s.start, s.end))}</span>`;
      pos = s.end;
    }
    html += escapeHtml(p.text.slice(pos));
    return p.heading ? `<h5>${html}</h5>` : `<p>${html}</p>`;
  });
  if (a.unplacedSentences.length) {
    out.push('<p class="muted">Sentences not found verbatim in the text:</p><ul>');
    for (const u of a.unplacedSentences) out.push(`<li class="sentence" id="${articleAnchor(ai)}-s${u.index}">${escapeHtml(u.text)}</li>`);
    out.push('</ul>');
  }
  return `<div class="article-text">${out.join('\n')}</div>`;
}

function articleSection(a: ArticleView, anchors: Anchors): string {
  const ai = anchors.articles.get(a.id)!;
  const href = hrefs(anchors);
  const removed = a.removed.length
    ? [
        `<h5>Removed (${a.removed.length})</h5>`,
        '<ul class="removed">',
        ...a.removed.map((r) => `<li><del>${escapeHtml(r.text)}</del> <span class="reason">— ${escapeHtml(r.reason)}</span></li>`),
        '</ul>',
      ].join('\n')
    : `<p class="muted">${escapeHtml(EMPTY_STATES.removed)}</p>`;
  return [
    `<article class="article" id="${articleAnchor(ai)}">`,
    `<h4>${escapeHtml(a.headline)}</h4>`,
    table(['field', 'value', 'from'], a.metadata.map((row) => [metadataCells(row, href)]), 'meta'),
    ...a.notes.map((n) => `<p class="note">${inlineHtml(n.text, href)}</p>`),
    `<p class="muted">${plural(a.sentenceCount, 'sentence')}.</p>`,
    articleText(a, ai),
    removed,
    '</article>',
  ].join('\n');
}

function storySection(view: StoryView, si: number, anchors: Anchors): string {
  const claims = new Map(view.claims.rows.map((c, ci) => [c.id, ci]));
  const href = hrefs(anchors, si, claims);
  const intro = [`<p class="muted">${inlineHtml(view.byline, href)}</p>`];
  if (view.titleFrom) intro.push(`<p class="muted">${inlineHtml(view.titleFrom, href)}</p>`);
  for (const notice of view.notices) intro.push(`<p class="notice notice-${notice.kind}">${escapeHtml(notice.text)}</p>`);
  if (view.nearCopies) intro.push(`<p class="muted">${escapeHtml(view.nearCopies)}</p>`);
  const cited = view.sources.rows.map((r) => `<li>${escapeHtml(r.outlet)}: ${refLink(anchors, r, r.sentence)}</li>`);
  return [
    `<section class="story" id="${storyAnchor(si)}">`,
    `<h2>${escapeHtml(view.title)}</h2>`,
    ...intro,
    part(view.summary, (rows) => ['<ol class="summary">', ...rows.map((s) => `<li>${escapeHtml(s.text)} ${markers(anchors, s.cites)}</li>`), '</ol>']),
    part(view.timeline, (rows) => [table(['date', 'precision', 'what happened', 'outlets', 'flags'], rows.map((t) => timelineRow(t, anchors, href)), 'timeline')]),
    part(view.claims, (rows) => [
      table(['id', 'status', 'claim', 'note', 'evidence'], rows.map((c, ci) => claimRow(c, ci, si, anchors)), 'claims'),
      `<p class="muted">Statuses: ${STATUSES.map(statusBadge).join(' ')}</p>`,
    ]),
    part(view.quotes, (rows) => [`<ul class="quotes">${rows.map((q) => quoteItem(q, anchors)).join('\n')}</ul>`]),
    coverageSection(view, href),
    part(view.entities, (rows) => [
      table(['name', 'type', 'roles', 'aliases', 'articles'], rows.map((e) => [td(escapeHtml(e.name)), td(escapeHtml(e.type)), td(escapeHtml(e.roles.join('; '))), td(escapeHtml(e.aliases.join(', '))), td(String(e.articleCount))]), 'entities'),
    ]),
    part(view.related, (rows) => [`<ul class="related">${rows.map((r) => `<li>${inlineHtml({ text: r.title, link: { story: r.storyId } }, href)} — ${escapeHtml(r.why)}</li>`).join('')}</ul>`]),
    cited.length ? `<details class="cited"><summary>${escapeHtml(view.sources.title)} (${cited.length})</summary><ol>${cited.join('')}</ol></details>` : '',
    `<h3>${escapeHtml(view.articles.title)} (${view.articles.rows.length})</h3>`,
    ...(view.articles.rows.length ? view.articles.rows.map((a) => articleSection(a, anchors)) : [`<p class="empty">${escapeHtml(view.articles.empty ?? '')}</p>`]),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The whole dossier as one self-contained HTML5 document. */
export function renderHtml(dossier: Dossier): string {
  const view = buildDossierView(dossier);
  const anchors: Anchors = {
    articles: new Map(dossier.articles.map((a, i) => [a.id, i])),
    stories: new Map(dossier.stories.map((s, i) => [s.id, i])),
  };
  const header = ['<h1>Dossier</h1>', `<p class="muted">${escapeHtml(view.generated)}</p>`];
  if (view.notYetComputed) header.push(`<p class="muted">${escapeHtml(view.notYetComputed)}</p>`);
  if (view.stories.length) {
    header.push(
      '<nav><h2 class="toc">Stories</h2><ol>',
      ...view.stories.map((s, i) => `<li><a href="#${storyAnchor(i)}">${escapeHtml(s.title)}</a> <span class="muted">(${s.articles.rows.length})</span></li>`),
      '</ol></nav>',
    );
  }
  const loose = view.looseArticles.map((a) => articleSection(a, anchors));

  return [
    ...documentStart(CSP),
    `<title>Dossier — ${escapeHtml(view.stories[0]?.title ?? plural(dossier.articles.length, 'article'))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main class="wrap">',
    ...header,
    ...view.stories.map((s, i) => storySection(s, i, anchors)),
    ...(loose.length ? ['<section class="story"><h2>Articles outside any story</h2>', ...loose, '</section>'] : []),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
