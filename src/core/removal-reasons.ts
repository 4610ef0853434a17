// Why a piece of input was removed, as a code the program tests, and the one table of the text a reader
// sees for it ("boilerplate: newsletter promo"). Stored articles and dossiers carry the text (Removal's
// `reason`); logic — which removed lines are promos, which a copyright notice — reads only codes.
import type { Removal } from './types.js';

/** Codes a page-chrome pattern of lexicon/junk-patterns.json may carry (its `code`). */
export const JUNK_LINE_CODES = [
  'advertisement', 'audio-player', 'breadcrumb', 'call-to-action', 'cookie-notice', 'copyright-line',
  'feed-footer', 'font-size-widget', 'newsletter-promo', 'photo-credit', 'reading-time', 'share-widget',
  'subscription-notice', 'subscription-promo', 'syndication-credit', 'wire-credits',
] as const;
export type JunkLineCode = (typeof JUNK_LINE_CODES)[number];

/**
 * Kinds of HTML page furniture (lexicon/html-boilerplate.json names elements by these). Only some are
 * reported as removals (src/ingest/html/clean.ts); each still has its label.
 */
export const FURNITURE_CODES = [
  'advertisement', 'author-box', 'byline-box', 'caption', 'comments-section', 'cookie-notice', 'hidden',
  'navigation', 'newsletter-box', 'page-furniture', 'related-links', 'share-bar', 'sidebar', 'tags',
] as const;
export type FurnitureCode = (typeof FURNITURE_CODES)[number];
const FURNITURE = new Set<string>(FURNITURE_CODES);
export const isFurnitureCode = (code: string): code is FurnitureCode => FURNITURE.has(code);

/** The text shown for each code that needs no detail. */
const LABELS = {
  // page chrome matched by pattern (lexicon/junk-patterns.json)
  'advertisement': 'boilerplate: advertisement',
  'audio-player': 'boilerplate: audio player',
  'breadcrumb': 'boilerplate: breadcrumb',
  'call-to-action': 'boilerplate: call to action',
  'cookie-notice': 'boilerplate: cookie notice',
  'copyright-line': 'boilerplate: copyright line',
  'feed-footer': 'boilerplate: feed footer',
  'font-size-widget': 'boilerplate: font-size widget',
  'newsletter-promo': 'boilerplate: newsletter promo',
  'photo-credit': 'boilerplate: photo credit',
  'reading-time': 'boilerplate: reading time',
  'share-widget': 'boilerplate: share widget',
  'subscription-notice': 'boilerplate: subscription notice',
  'subscription-promo': 'boilerplate: subscription promo',
  'syndication-credit': 'metadata: syndication credit',
  'wire-credits': 'metadata: wire credits',
  // HTML page furniture (src/ingest/html)
  'author-box': 'boilerplate: author box',
  'byline-box': 'boilerplate: byline',
  'caption': 'boilerplate: caption',
  'comments-section': 'boilerplate: comments section',
  'hidden': 'boilerplate: hidden',
  'navigation': 'boilerplate: navigation',
  'newsletter-box': 'boilerplate: newsletter box',
  'page-furniture': 'boilerplate: page furniture',
  'page-furniture-line': 'boilerplate: page furniture line',
  'related-links': 'boilerplate: related links',
  'share-bar': 'boilerplate: share bar',
  'sidebar': 'boilerplate: sidebar',
  'tags': 'boilerplate: tags',
  // the cleaner's steps (src/clean) and the plain-text reader
  'outlet-sign-off': 'boilerplate: outlet sign-off',
  'byline': 'metadata: byline',
  'publication-date': 'metadata: publication date',
  'update-time': 'metadata: update time',
  'date-line': 'metadata: date line',
  'dateline': 'metadata: dateline',
  'title': 'metadata: title',
  'title-repeat': 'metadata: title (repeats the headline)',
  'front-matter': 'metadata: front matter',
} as const satisfies Record<JunkLineCode | FurnitureCode, string> & Record<string, string>;

export type PlainRemovalCode = keyof typeof LABELS;

/** A removal reason: a code, with the detail its text needs. */
export type RemovalReason =
  | { code: PlainRemovalCode }
  /** A promo's own short headline right above it ("Stay ahead of the news"); `promo` is the promo's code. */
  | { code: 'promo-headline'; promo: PlainRemovalCode }
  /** A line the corpus shows to be boilerplate: it recurs in `count` articles of `group` ("outlet Daily Planet"). */
  | { code: 'recurring-line'; count: number; group: string }
  /** A dateline that credits a wire service ("LONDON (Reuters) —"). */
  | { code: 'dateline-wire-credit'; wire: string };

export type RemovalCode = RemovalReason['code'];

/** The text a reader sees for a reason: today's wording, kept stable (stored articles carry it). */
export function removalLabel(reason: RemovalReason): string {
  switch (reason.code) {
    case 'promo-headline':
      return `${LABELS[reason.promo]} (its headline)`;
    case 'recurring-line':
      return `boilerplate: recurs in ${reason.count} articles of ${reason.group}`;
    case 'dateline-wire-credit':
      return `metadata: dateline with wire credit (${reason.wire})`;
    default:
      return LABELS[reason.code];
  }
}

/** The removal a reader or the cleaner records: the text taken out and the label of why. */
export function removalOf(text: string, reason: RemovalReason): Removal {
  return { text, reason: removalLabel(reason) };
}
