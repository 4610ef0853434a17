// Reads metadata paragraphs — "date 2026-01-29", "Published: 14 July 2025 10:32 BST", "Updated …",
// "By Jane Doe" — so the cleaner can keep their values and take them out of the story text.
import type { PlainRemovalCode } from '../core/removal-reasons.js';
import { parseLeadingDate } from '../text/index.js';
import { unwrapEmphasis } from './paragraphs.js';

export interface MetadataPiece {
  kind: 'published' | 'updated' | 'date' | 'byline';
  /** The metadata text as it stood in the line. */
  text: string;
  /** ISO date for dates, the author's name for bylines; null when the date cannot be read. */
  value: string | null;
  /** Why the piece is removed: `byline`, `publication-date`, `update-time`, `date-line`. */
  code: Extract<PlainRemovalCode, 'byline' | 'publication-date' | 'update-time' | 'date-line'>;
}

export interface MetadataLine {
  pieces: MetadataPiece[];
  /** What follows the metadata on the same line (a dateline and first sentence), or ''. */
  rest: string;
  /** Offset of `rest` in the line. */
  restOffset: number;
}

export interface MetadataPosition {
  /** Among the first paragraphs: a date line may carry the first sentence after it (seed 004). */
  atTop: boolean;
  /** Among the first or last paragraphs, where bare dates and bylines are printed. */
  atEdge: boolean;
}

// Site labels for the publication date. The bare "date" label is how one scraper prints it (seeds
// 002, 004), but "Date: Wed, 6 Feb 2002 …" also heads quoted e-mails and event listings inside
// pages (WCXB), so "date" counts only on an edge line.
const PUBLISHED_LABEL = /^(?:published|publication date|first published|posted|released)(?:\s+on)?\s*[:|–—-]?\s*/i;
const DATE_LABEL = /^(?:date|dated)\s*[:|–—-]?\s*/i;
const UPDATED_LABEL = /^(?:updated|last updated|last modified|modified)(?:\s+on)?\s*[:|–—-]?\s*/i;
// Relative stamps ("Updated 2 hours ago") cannot give a date but are still page chrome.
const RELATIVE_STAMP = /^(?:\d{1,2}|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$|^(?:just now|today|yesterday)$/i;
const SEPARATOR = /^[\s,;|·•]*/;
// Text after metadata may open the story only when it starts like a sentence or a dateline:
// "LINDOR/HOLMSTAD — Velsand and Karsland…"; ", the report found" is a sentence that began earlier.
const STORY_START = /^[\p{Lu}\d“"‘']/u;

const BYLINE = /^(?:[Bb][Yy]|(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Rr]eport(?:ed)?) by)\s+((?:\p{Lu}[\p{L}.'’-]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|da|di|van|von|der|den|bin|al|la|le|and|&)){0,7})(?:\s*(?:,|\||–|—|\bin\b)\s*((?:\p{Lu}[\p{L}.&'’-]*|of|for|the|and|in|at)(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|for|the|and|in|at)){0,7}))?$/u;
// "By Monday the deal…" / "By March, …": calendar words after "By" open a sentence, not a byline.
const CALENDAR_WORD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight|then|now|contrast|comparison|law|far)$/i;

// Markdown sets bylines in emphasis, "*By Jane Doe*": the name is read inside, the whole line removed.
function readByline(line: string): MetadataPiece | null {
  const m = BYLINE.exec(unwrapEmphasis(line));
  if (!m?.[1]) return null;
  const first = m[1].split(/\s+/)[0] ?? '';
  if (CALENDAR_WORD.test(first)) return null;
  return { kind: 'byline', text: line, value: m[1].replace(/\s+(?:and|&)$/, ''), code: 'byline' };
}

function readDated(value: string, kind: 'published' | 'updated'): { piece: Omit<MetadataPiece, 'text'>; end: number } | null {
  const code = kind === 'published' ? 'publication-date' : 'update-time';
  const date = parseLeadingDate(value);
  if (date) return { piece: { kind, value: date.iso, code }, end: date.end };
  const stamp = value.trim();
  if (RELATIVE_STAMP.test(stamp)) return { piece: { kind, value: null, code }, end: value.length };
  return null;
}

/**
 * Reads `line` as metadata, or returns null when it is (or may be) story text. Labelled dates may
 * be followed by more labelled dates ("Published 14 July 2025, updated 15 July 2025"); at the top
 * of a body the remainder may be the story's first sentence, which the caller keeps.
 */
export function readMetadataLine(line: string, where: MetadataPosition): MetadataLine | null {
  if (where.atEdge) {
    const byline = readByline(line);
    if (byline) return { pieces: [byline], rest: '', restOffset: line.length };
  }
  const pieces: MetadataPiece[] = [];
  let pos = 0;
  for (;;) {
    const tail = line.slice(pos);
    const published = PUBLISHED_LABEL.exec(tail) ?? (where.atEdge ? DATE_LABEL.exec(tail) : null);
    const label = published ?? UPDATED_LABEL.exec(tail);
    const kind = published ? 'published' : 'updated';
    let read: ReturnType<typeof readDated> = null;
    if (label) {
      read = readDated(tail.slice(label[0].length), kind);
      if (read) {
        const end = label[0].length + read.end;
        pieces.push({ ...read.piece, text: tail.slice(0, end).trim() });
        pos += end;
      }
    } else if (pieces.length === 0 && where.atEdge && tail.length <= 60) {
      // A bare date alone on an edge line: "14 July 2025" above or below the story. Such a line is
      // short ("Wednesday 29 January 2026 14:05 GMT" is 36), and chrono is costly on a paragraph.
      const date = parseLeadingDate(tail);
      if (date && tail.slice(date.end).trim() === '') {
        pieces.push({ kind: 'date', text: tail.trim(), value: date.iso, code: 'date-line' });
        pos = line.length;
      }
    }
    if (!label || !read) break;
    pos += (SEPARATOR.exec(line.slice(pos))?.[0].length ?? 0);
  }
  if (pieces.length === 0) return null;
  const rest = line.slice(pos).trim();
  if (rest === '') return { pieces, rest: '', restOffset: line.length };
  if (!where.atTop || !STORY_START.test(rest)) return null;
  return { pieces, rest, restOffset: line.length - line.slice(pos).trimStart().length };
}
