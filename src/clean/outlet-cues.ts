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

/** What the rest of the article and the batch say about a closing line. */
export interface SignOffContext {
  /** Outlet names the batch has from metadata (HTML meta, JSON, feeds): "Planet FM". */
  knownOutlets: readonly string[];
  /** Chrome lines already removed from this article ("Follow Daily Planet on WhatsApp"). */
  chrome: readonly string[];
  /** The line recurs at the end of other articles of its group (corpus evidence). */
  recurs: boolean;
}

const NO_CONTEXT: SignOffContext = { knownOutlets: [], chrome: [], recurs: false };

// A sign-off with a station or site slogan after a dash: "Daily Planet FM — on air and online at
// 94.6 FM". The slogan is a phrase, not a sentence: up to 12 words, no closing full stop.
const TAGLINE = /^(.+?)\s+[—–|]\s+([^.!?]+(?:\.\d[^.!?]*)*)$/u;
// Capitalised words joined by a few lowercase connectors: a name, with no verb in it.
const NAME_SHAPE = /^(?:[Tt]he )?[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d.&'’-]*|of|the|and|&|on)){0,4}$/u;

const withoutThe = (s: string): string => fold(s).replace(/^the /, '');

/**
 * The batch's outlet that `name` is or starts with: "Planet FM News" → "Planet FM" when a feed of
 * the batch is called "Planet FM"; the longest known name wins. Word-bounded, so
 * "Planetarium" never matches "Planet".
 */
export function matchKnownOutlet(name: string, knownOutlets: readonly string[]): string | null {
  const key = withoutThe(name);
  let best: string | null = null;
  for (const known of knownOutlets) {
    const k = withoutThe(known);
    if (k !== '' && (key === k || key.startsWith(`${k} `)) && (!best || k.length > withoutThe(best).length)) best = known;
  }
  return best;
}

function namesIn(line: string, name: string): boolean {
  return new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?![\\p{L}\\d])`, 'iu').test(line);
}

/**
 * The outlet when `line` (the last paragraph of a story) only names it, else null:
 *   1. a lexicon outlet or a domain-like brand: "News.Az", "— Reuters", "(AFP)";
 *   2. a name the batch knows from metadata, alone or with more words: "Planet FM News";
 *   3. a bare name with a masthead word ("Daily Planet") that something else vouches for — it
 *      recurs at the end of other articles, or a removed chrome line names it. The masthead word
 *      keeps people out ("Jimmy Lai" is a sub-heading in seed 001, "Jane Doe" at the end an
 *      author), the voucher keeps out a last line that merely names a paper ("Daily Mail").
 * Each may carry a slogan after a dash: "Daily Planet FM — on air and online at 94.6 FM".
 */
export function outletFromSignOff(line: string, context: SignOffContext = NO_CONTEXT): string | null {
  if (line.length > 80) return null;
  const tagline = TAGLINE.exec(line);
  const candidates = [line];
  if (tagline?.[1] && tagline[2] && tagline[2].split(/\s+/).length <= 12) candidates.push(tagline[1]);
  for (const candidate of candidates) {
    const name = SIGN_OFF.exec(candidate)?.[1];
    if (!name || name.length > 60) continue;
    const known = canonicalOutlet(name);
    if (known) return known;
    if (DOMAIN_LIKE.test(name)) return name;
    if (!NAME_SHAPE.test(name)) continue;
    const batch = matchKnownOutlet(name, context.knownOutlets);
    if (batch) return batch;
    const masthead = outletLexicon().mastheadWords;
    const words = name.split(/\s+/);
    if (!words.some((w) => masthead.has(w.toLowerCase())) || words.every((w) => masthead.has(w.toLowerCase()))) continue;
    if (context.recurs || context.chrome.some((c) => c !== line && namesIn(c, name))) return name;
  }
  return null;
}

/**
 * The outlet a removed chrome line names, and whether it is the page's own ("Sign up to The Daily
 * Planet’s … newsletter") or the publisher of the original ("This article first appeared in the
 * Daily Planet’s weekend edition"). Shapes are lexicon `namingLines`. Call it on removed lines only.
 */
export function outletFromNamingLine(line: string, knownOutlets: readonly string[] = []): { name: string; role: 'own' | 'origin' } | null {
  for (const cue of outletLexicon().namingLines) {
    const raw = cue.regex.exec(line)?.groups?.name;
    // "… first appeared on The Daily Planet and" leaves a connector at the end of the name.
    const name = raw?.replace(/(?:\s+(?:of|the|and|on|&))+$/u, '').trim();
    if (!name) continue;
    return { name: canonicalOutlet(name) ?? matchKnownOutlet(name, knownOutlets) ?? name, role: cue.role };
  }
  return null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The outlet whose newsletter a promo line names: "… myFT Digest — delivered …" promo → Financial
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
