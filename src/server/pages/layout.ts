// The shell every web UI page shares: doctype, viewport, title, the stylesheet and the deferred script
// from /assets, a header with the navigation (Stories · Ingest) and a search box. Also the few small
// HTML helpers the page renderers share. The server sends a CSP of `script-src 'self'; style-src 'self'`,
// so nothing here (or in any page) writes an inline script, an event handler attribute or a style
// attribute; all text goes through `escapeHtml`, shared with the HTML report (services/html-parts.ts).
import { DASH, documentStart, escapeHtml, type Href } from '../../services/html-parts.js';
import { plural } from '../../services/view-labels.js';

export { escapeHtml, plural };

export type NavItem = 'stories' | 'ingest';

export interface LayoutOptions {
  /** The page's own title (the site name is appended). */
  title: string;
  /** The main content, already escaped HTML. */
  main: string;
  /** The navigation entry to mark as current, if any. */
  active?: NavItem;
  /** The search box's current value. */
  q?: string;
  /** A class for <body> (pages style themselves by it). */
  bodyClass?: string;
}

const NAV: { id: NavItem; href: string; label: string }[] = [
  { id: 'stories', href: '/', label: 'Stories' },
  { id: 'ingest', href: '/ingest', label: 'Ingest' },
];

/** A whole HTML document around `main`. */
export function renderLayout(options: LayoutOptions): string {
  const nav = NAV.map(
    (n) => `<li><a href="${n.href}"${n.id === options.active ? ' aria-current="page"' : ''}>${n.label}</a></li>`,
  ).join('');
  return [
    ...documentStart(),
    `<title>${escapeHtml(options.title)} — Dossier</title>`,
    '<link rel="icon" href="data:,">',
    '<link rel="stylesheet" href="/assets/app.css">',
    '<script src="/assets/app.js" defer></script>',
    '</head>',
    `<body${options.bodyClass ? ` class="${escapeHtml(options.bodyClass)}"` : ''}>`,
    '<a class="skip-link" href="#main">Skip to content</a>',
    '<header class="site-header">',
    '<div class="wrap header-row">',
    '<a class="brand" href="/">Dossier</a>',
    `<nav class="site-nav" aria-label="Main"><ul>${nav}</ul></nav>`,
    '<form class="site-search" role="search" method="get" action="/">',
    '<label class="sr-only" for="site-search">Search articles</label>',
    `<input type="search" id="site-search" name="q" value="${escapeHtml(options.q ?? '')}" placeholder="Search articles" maxlength="500">`,
    '<button type="submit">Search</button>',
    '</form>',
    '</div>',
    '</header>',
    `<main id="main" class="wrap">`,
    options.main,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A table inside a wrapper that scrolls sideways on narrow screens. */
export function scrollTable(head: string[], rows: string[], attrs = ''): string {
  const thead = `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>`;
  return `<div class="table-scroll"><table${attrs ? ` ${attrs}` : ''}>${thead}\n<tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

/** A muted note for an empty section. */
export const emptyNote = (text: string): string => `<p class="empty">${escapeHtml(text)}</p>`;

/** Escaped text, or a muted dash when there is none. */
export const orDash = (v: string | null | undefined): string => (v === null || v === undefined || v === '' ? DASH : escapeHtml(v));

/** A path segment for an id from the store: always URL-encoded, then HTML-escaped by the caller's template. */
export const idPath = (prefix: '/stories/' | '/articles/' | '/api/stories/', id: string): string => `${prefix}${encodeURIComponent(id)}`;

/** Where view links go in the web UI: an article or a story is its page (a page adds its own in-page targets). */
export const pageHref: Href = (link) =>
  'article' in link ? idPath('/articles/', link.article) : 'story' in link ? idPath('/stories/', link.story) : null;

/** A link to a story or article page. */
export function pageLink(prefix: '/stories/' | '/articles/', id: string, labelHtml: string, attrs = ''): string {
  return `<a href="${escapeHtml(idPath(prefix, id))}"${attrs ? ` ${attrs}` : ''}>${labelHtml}</a>`;
}

/** The token field write forms carry when the server needs one (sent as `Authorization: Bearer`). */
export function tokenField(id: string): string {
  return [
    '<p class="field token-field">',
    `<label for="${id}">Access token</label>`,
    `<input type="password" id="${id}" name="token" autocomplete="off" required>`,
    '<span class="hint">This server needs its token (DOSSIER_TOKEN) for changes.</span>',
    '</p>',
  ].join('\n');
}

/** A line that shows a form's result; it keeps its height empty so the page does not jump. */
export const formStatus = (id: string): string => `<p class="form-status" id="${id}" role="status" aria-live="polite"></p>`;

/** Said where a control does nothing without the script. */
export const needsScript = (what: string): string =>
  `<noscript><p class="note">${escapeHtml(what)} needs JavaScript; the JSON API (/api/openapi.json) does the same.</p></noscript>`;
