// Settles title, outlet, date and author: what the reader found (HTML meta, JSON, feed) wins;
// text cues only fill the gaps, strongest cue first.
import type { ArticleDraft, OutletSource, PublishedSource, Sourced, TitleSource } from '../core/types.js';
import { outletFromCopyright, outletFromNewsletter, outletFromUrl, outletFromWireCredit } from './outlet-cues.js';

/** What the text itself said about the article, gathered while cleaning. */
export interface TextCues {
  /** ISO date from a "Published …"/"date …" line. */
  published: string | null;
  author: string | null;
  /** Outlet named by a sign-off line. */
  signOff: string | null;
  /** Newsletter promo lines removed, to look for a newsletter name in. */
  promos: string[];
  /** Copyright lines removed. */
  copyrights: string[];
  /** A wire credit from the dateline. */
  wire: string | null;
  /** Outlet a removed chrome line names as the page's own ("Sign up to X’s … newsletter"). */
  named: string | null;
  /** Publisher a syndication credit names ("This story was first published by X"). */
  origin: string | null;
}

export interface SettledMetadata {
  title: Sourced<string, TitleSource> | null;
  outlet: Sourced<string, OutletSource> | null;
  published: Sourced<string, PublishedSource> | null;
  author: string | null;
  wire: string | null;
}

const fold = (s: string): string => s.toLowerCase().replace(/^the\s+/, '').trim();

function firstOf(lines: string[], read: (line: string) => string | null): string | null {
  for (const line of lines) {
    const found = read(line);
    if (found) return found;
  }
  return null;
}

/**
 * Outlet order: the reader's value; a known host of the URL; then text cues from the most to the
 * least direct — a sign-off names the outlet itself, a newsletter, promo or copyright line names
 * its owner, a syndication credit names the paper the text first ran in (the best guess for a bare
 * copy), and a dateline wire credit ("LONDON (Reuters) -") is that agency's own house style, so it
 * names the outlet only when nothing else does (a syndicated copy usually carries a sign-off).
 * A syndication credit naming another outlet than the settled one marks the text as that wire's.
 */
export function settleMetadata(draft: ArticleDraft, cues: TextCues, title: string | null): SettledMetadata {
  const fromUrl = draft.url ? outletFromUrl(draft.url) : null;
  const fromText =
    cues.signOff ??
    firstOf(cues.promos, outletFromNewsletter) ??
    cues.named ??
    firstOf(cues.copyrights, outletFromCopyright) ??
    cues.origin ??
    (cues.wire ? outletFromWireCredit(cues.wire) : null);
  const outlet: Sourced<string, OutletSource> | null =
    draft.outlet ?? (fromUrl ? { value: fromUrl, from: 'url' } : null) ?? (fromText ? { value: fromText, from: 'text' } : null);
  return {
    title: draft.title ?? (title ? { value: title, from: 'text' } : null),
    outlet,
    published: draft.published ?? (cues.published ? { value: cues.published, from: 'text' } : null),
    author: draft.author ?? cues.author,
    wire: cues.wire ?? (cues.origin && fold(cues.origin) !== fold(outlet?.value ?? '') ? cues.origin : null),
  };
}
