// The HTML pieces both HTML writers print the same way — the self-contained report (render-html.ts) and
// the web UI's pages (server/pages/) — so the web does not borrow them from the report: the escaper every
// piece of article text goes through, view text with its links, a claim's status badge, a metadata row.
// Each writer passes its own `href` (an in-file anchor, a page path); only http(s) URLs ever become links.
import type { ClaimStatus } from '../core/crosscheck.js';
import { httpUrl, type MetadataRow } from './article-view.js';
import { STATUS_LABELS, type Inline, type ViewLink } from './view-labels.js';

/** Escapes text for use in HTML content and in double- or single-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Where a writer's links go: the href for a view link, or null to print the text unlinked. */
export type Href = (link: ViewLink) => string | null;

/** A muted dash, where a value is missing. */
export const DASH = '<span class="muted">—</span>';

function pieceHtml(piece: Inline, href: Href): string {
  if (typeof piece === 'string') return escapeHtml(piece);
  const text = escapeHtml(piece.text);
  const styled =
    piece.style === 'code' ? `<code>${text}</code>` : piece.style === 'strong' ? `<strong>${text}</strong>` : piece.style === 'muted' ? `<span class="muted">${text}</span>` : text;
  if (!piece.link) return styled;
  if ('url' in piece.link) {
    const url = httpUrl(piece.link.url);
    return url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${styled}</a>` : styled;
  }
  const target = href(piece.link);
  return target === null ? styled : `<a href="${escapeHtml(target)}">${styled}</a>`;
}

/** View text as HTML: every piece escaped, styled, and linked where `href` knows the target. */
export function inlineHtml(parts: Inline | readonly Inline[], href: Href): string {
  return (typeof parts === 'string' || !Array.isArray(parts) ? [parts as Inline] : parts).map((p) => pieceHtml(p, href)).join('');
}

/** The start of an HTML5 document, up to the metas every page carries; the writer adds its title, styles and script. */
export function documentStart(csp?: string): string[] {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    ...(csp ? [`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`] : []),
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
  ];
}

/** A claim's status as a coloured badge that also spells it out. */
export const statusBadge = (status: ClaimStatus): string =>
  `<span class="status status-${escapeHtml(status)}">${escapeHtml(STATUS_LABELS[status] ?? status)}</span>`;

/** A metadata row's three cells: field, value (a dash when missing), where the value came from. */
export function metadataCells(row: MetadataRow, href: Href): string {
  const value = row.value === null ? DASH : inlineHtml(row.value, href);
  return `<th scope="row">${escapeHtml(row.field)}</th><td>${value}</td><td>${row.from ? escapeHtml(row.from) : DASH}</td>`;
}
