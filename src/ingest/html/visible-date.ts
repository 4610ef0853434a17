// Reads the date a page shows its reader near the headline ("Published March 3, 2026", "Dec. 19,
// 2025 · 6 min read", "23.07.2025"): many pages declare no date for machines but print one in the byline.

import { htmlDatesLexicon } from '../../config/lexicons.js';
import { once } from '../../core/lazy.js';
import type { Block } from './blocks.js';

/** Month names of lexicon/html-dates.json and the two written-date patterns built from them. */
const monthPatterns = once(() => {
  const monthOf = new Map<string, number>();
  htmlDatesLexicon().months.forEach((names, i) => names.forEach((n) => monthOf.set(n, i + 1)));
  const month = [...monthOf.keys()].sort((a, b) => b.length - a.length).join('|');
  // Letters may not touch a month name ("mar" in "market"), digits may not touch a day or year.
  const M = `(?<!\\p{L})(${month})(?!\\p{L})\\.?`;
  return {
    monthOf,
    monthFirst: new RegExp(`${M},?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d),?\\s+((?:19|20)\\d{2})(?!\\d)`, 'iu'),
    dayFirst: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+|de\\s+)?${M},?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)`, 'iu'),
  };
});
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;
const NUMERIC = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/;

/**
 * The first full date written in `text`, as YYYY-MM-DD; null when there is none. A date needs a
 * four-digit year: "Dec 19" alone could be any year. Numeric "03/04/2025" is month-first only for
 * US English pages (and pages that declare no language, most of which are American); a part above
 * 12 settles the order ("15/12/2025", "10/31/2024"); dotted "23.07.2025" is day-first.
 */
export function parseShownDate(text: string, lang: string | null = null): string | null {
  const found: { at: number; y: number; m: number; d: number }[] = [];
  const { monthOf, monthFirst, dayFirst } = monthPatterns();
  let r = monthFirst.exec(text);
  if (r) found.push({ at: r.index, y: +r[3]!, m: monthOf.get(r[1]!.toLowerCase())!, d: +r[2]! });
  r = dayFirst.exec(text);
  if (r) found.push({ at: r.index, y: +r[3]!, m: monthOf.get(r[2]!.toLowerCase())!, d: +r[1]! });
  r = ISO.exec(text);
  if (r) found.push({ at: r.index, y: +r[1]!, m: +r[2]!, d: +r[3]! });
  r = NUMERIC.exec(text);
  if (r) {
    const a = +r[1]!;
    const b = +r[3]!;
    const us = r[2] === '/' && (!lang || /^en-us$/i.test(lang) || lang.toLowerCase() === 'en');
    const monthFirst = a > 12 ? false : b > 12 ? true : us;
    found.push({ at: r.index, y: +r[4]!, m: monthFirst ? a : b, d: monthFirst ? b : a });
  }
  found.sort((x, y) => x.at - y.at);
  for (const f of found) if (validDate(f.y, f.m, f.d)) return `${f.y}-${pad(f.m)}-${pad(f.d)}`;
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (y < 1990 || y > new Date().getFullYear() + 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export interface ShownDate {
  value: string;
  /** Blocks between the headline and the date block; negative above the headline. */
  distance: number;
  /** The line calls the date a revision ("Updated Dec 19, 2025", "Last modified …"). */
  updated: boolean;
}

/** A byline line is short: "By Haley Hoekstra • March 12, 2025" (35 chars); 160 leaves room for
 *  "Posted by … on Friday December 19, 2025 @08:00PM from the … dept." and rejects prose sentences. */
const MAX_BYLINE = 160;

/**
 * The date shown in a byline-sized block near the headline block `anchor`: looked for from 3 blocks
 * above it (a date "eyebrow" over the headline) to `after` blocks below it (bylines sit between the
 * headline and the first paragraphs; further down, dates belong to comments and related links).
 */
export function findShownDate(blocks: Block[], anchor: number, lang: string | null, after = 12): ShownDate | null {
  const from = Math.max(0, anchor - 3);
  const to = Math.min(blocks.length, anchor + after + 1);
  let best: ShownDate | null = null;
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (b.text.length > MAX_BYLINE || !/\d{4}/.test(b.text)) continue;
    const value = parseShownDate(b.text, lang);
    if (!value) continue;
    const distance = i - anchor;
    // Below the headline wins over the same distance above it.
    if (!best || Math.abs(distance) < Math.abs(best.distance) || (Math.abs(distance) === Math.abs(best.distance) && distance > 0)) best = { value, distance, updated: /updated|modified|revised|reviewed|aktualisiert|mis à jour|actualizado/i.test(b.text) };
  }
  return best;
}
