// Names the outlet from text cues: a sign-off line ("News.Az"), a copyright holder, a newsletter
// name in a promo ("myFT" → Financial Times), a wire credit, or a known web host.
import { outletLexicon, type OutletCue } from './lexicon.js';

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

function byName(name: string): OutletCue | undefined {
  const key = fold(name);
  return outletLexicon().outlets.find((o) => fold(o.name) === key || o.names.some((n) => fold(n) === key));
}

/** The lexicon's name for a known outlet ("The Financial Times Ltd" → "Financial Times"), else null. */
export function canonicalOutlet(name: string): string | null {
  return byName(name)?.name ?? null;
}

// A brand written as a web address, "News.Az" or "Euronews.com": the way many sites sign off.
const DOMAIN_LIKE = /^[\p{L}\d][\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;
// "— Reuters", "(AFP)", "Source: Xinhua": the name without its punctuation.
const SIGN_OFF = /^(?:[—–-]+\s*|source:\s*)?\(?\s*([^()]+?)\s*\)?\.?$/i;

/**
 * The outlet when `line` (the last paragraph of a story) is only its name: a known outlet name or
 * a domain-like brand. "News.Az" qualifies; "Jimmy Lai" does not, so unknown plain names never do.
 */
export function outletFromSignOff(line: string): string | null {
  if (line.length > 60) return null;
  const name = SIGN_OFF.exec(line)?.[1];
  if (!name) return null;
  const known = canonicalOutlet(name);
  if (known) return known;
  return DOMAIN_LIKE.test(name) ? name : null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The outlet whose newsletter a promo line names: "Simply sign up to the … myFT Digest" → Financial
 * Times. Call it on lines already removed as promos only: in a story sentence "the Telegraph
 * newspaper revealed" names a source, not the outlet.
 */
export function outletFromNewsletter(promo: string): string | null {
  for (const outlet of outletLexicon().outlets) {
    for (const cue of outlet.newsletters) {
      if (new RegExp(`(?<![\\p{L}\\d])${escape(cue)}(?![\\p{L}\\d])`, 'iu').test(promo)) return outlet.name;
    }
  }
  return null;
}

const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.*?)\s*(?:[.,]?\s*all rights reserved)?\.?$/i;
const RESERVED = /^(.*?)[.,]?\s*all rights reserved\.?$/i;

/**
 * The holder of a copyright line ("© 2026 Daily Planet. All rights reserved." → "Daily Planet"),
 * mapped to the lexicon's name when known; company suffixes ("Ltd", "Inc.") are dropped.
 */
export function outletFromCopyright(line: string): string | null {
  const m = COPYRIGHT.exec(line) ?? RESERVED.exec(line);
  // "© The Financial Times Ltd 2026" puts the year last.
  let holder = (m?.[1] ?? '').replace(/,?\s+\d{4}(?:\s*[-–]\s*\d{4})?$/, '').trim();
  const known = canonicalOutlet(holder);
  if (known) return known;
  for (const suffix of outletLexicon().corporateSuffixes) {
    holder = holder.replace(new RegExp(`,?\\s+${escape(suffix)}$`), '');
  }
  holder = holder.trim();
  // A name, not a sentence: at most six words, starting with a capital or digit.
  if (holder === '' || holder.split(/\s+/).length > 6 || !/^[\p{Lu}\d]/u.test(holder)) return null;
  return canonicalOutlet(holder) ?? holder;
}

/** The outlet behind a dateline's wire credit ("Reuters" in "LONDON (Reuters) -"), when known. */
export function outletFromWireCredit(credit: string): string | null {
  const key = fold(credit);
  return outletLexicon().outlets.find((o) => o.datelineCredits.some((c) => fold(c) === key))?.name ?? null;
}

/** The outlet of a known web host ("https://www.ft.com/content/…" → Financial Times), else null. */
export function outletFromUrl(url: string): string | null {
  // Not a URL (a reader may keep a bare path): there is no host to go on.
  if (!URL.canParse(url)) return null;
  const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  return outletLexicon().outlets.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)))?.name ?? null;
}
