// Publication dates as Dossier meets them, written as ISO: a whole value from a feed, JSON or page
// (`normalizeDate`: ISO strings, RFC 822, epoch numbers, "January 29, 2026"), the date a metadata line
// opens with (`parseLeadingDate`: "Published: 14 July 2025 10:32 BST"), and a date in a file name. The
// one wrapper around chrono-node; its rule everywhere: a date whose year the text does not write is
// never completed from today, since a publication date must never be invented.
import type * as Chrono from 'chrono-node';
import { lazyModule } from '../config/lazy-module.js';

const chrono = lazyModule<typeof Chrono>('chrono-node');

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** chrono's matched text must write a four-digit year: "29 January" or "yesterday" would take today's. */
const WRITTEN_YEAR = /\b\d{4}\b/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Whether y-m-d is a day of the calendar (no 30 February). */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes > 0 ? '+' : '-'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The time of day of a chrono result as ISO, or null without an hour. The two readers keep the forms
 * stored articles already have: whole values always with seconds and with any offset chrono knows
 * ("10:00:00Z"); metadata lines with seconds and offset only when written ("10:32+01:00").
 */
function clockText(c: Chrono.ParsedComponents, form: 'whole-value' | 'as-written'): string | null {
  if (!c.isCertain('hour')) return null;
  const seconds = form === 'whole-value' || c.isCertain('second') ? `:${pad(c.get('second') ?? 0)}` : '';
  const offset = form === 'whole-value' ? c.get('timezoneOffset') : c.isCertain('timezoneOffset') ? (c.get('timezoneOffset') ?? 0) : null;
  const zone = offset === null || offset === undefined ? '' : offsetText(offset);
  return `${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}${seconds}${zone}`;
}

/**
 * An ISO date (`2026-01-29`) or datetime (`2026-01-29T10:00:00+01:00`) for a whole value, keeping the
 * offset the source wrote so the calendar date is the one its readers saw; null when `raw` names no
 * complete date.
 */
export function normalizeDate(raw: unknown): string | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return fromEpoch(raw);
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (s === '') return null;
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  const iso = ISO.exec(s);
  if (iso) {
    if (!isCalendarDay(+iso[1]!, +iso[2]!, +iso[3]!)) return null;
    return s.replace(' ', 'T');
  }
  return fromChrono(s);
}

/**
 * Epoch seconds or milliseconds. Values ≥ 1e11 are milliseconds: as seconds they would be after the
 * year 5000, while as milliseconds 1e11 is 1973, before any online news archive.
 */
function fromEpoch(n: number): string | null {
  const ms = n >= 1e11 ? n : n * 1000;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  // 1e308 is past the last date a Date can hold: no year (NaN), and toISOString would throw.
  return Number.isNaN(year) || year < 1970 || year > 2200 ? null : d.toISOString().replace('.000Z', 'Z');
}

/** "Thu, 29 Jan 2026 23:30:00 -0500" → "2026-01-29T23:30:00-05:00"; "January 29, 2026" → "2026-01-29". */
function fromChrono(s: string): string | null {
  const result = chrono().en.strict.parse(s)[0] ?? chrono().parse(s)[0];
  if (!result || !WRITTEN_YEAR.test(result.text)) return null;
  const c = result.start;
  if (!c.isCertain('day') || !c.isCertain('month') || !c.isCertain('year')) return null;
  const y = c.get('year')!;
  const mo = c.get('month')!;
  const d = c.get('day')!;
  // An ISO date has a four-digit year: chrono reads "-0001-01-01" as the year 1 (which printed "1-01-01").
  if (y < 1 || y > 9999 || !isCalendarDay(y, mo, d)) return null;
  const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  const clock = clockText(c, 'whole-value');
  return clock === null ? date : `${date}T${clock}`;
}

export interface LeadingDate {
  /** ISO date, or datetime "2025-07-14T10:32+01:00" when the text gave a time. */
  iso: string;
  /** Length of the date text from the start of the input (leading spaces included). */
  end: number;
}

/**
 * The calendar date that opens `text` ("14 July 2025 10:32 BST", "2026-01-29"), or null. Only dates
 * with a written four-digit year and a day count: "Updated 2 hours ago" or "14 July" would make chrono
 * invent the year from today. Ranges are refused. A time right after the date joins it:
 * "Jan 29, 2026 | 10:32 AM".
 */
export function parseLeadingDate(text: string): LeadingDate | null {
  const results = chrono().strict.parse(text, new Date(0));
  const first = results[0];
  if (!first || text.slice(0, first.index).trim() !== '') return null;
  if (!WRITTEN_YEAR.test(first.text) || !first.start.isCertain('day') || !first.start.isCertain('year')) {
    return null;
  }
  // "May 18-21, 2026" is an event's span (WCXB listings), not the day a page was published.
  if (first.end?.isCertain('day')) return null;
  let end = first.index + first.text.length;
  let time: Chrono.ParsedComponents | null = null;
  const next = results[1];
  if (next && !next.start.isCertain('day') && next.start.isCertain('hour')) {
    const gap = text.slice(end, next.index);
    if (/^[\s|,·•–—-]*$/.test(gap)) {
      time = next.start;
      end = next.index + next.text.length;
    }
  }
  const date = first.start;
  const day = `${pad(date.get('year') ?? 0, 4)}-${pad(date.get('month') ?? 1)}-${pad(date.get('day') ?? 1)}`;
  const clock = clockText(time ?? date, 'as-written');
  return { iso: clock === null ? day : `${day}T${clock}`, end };
}

/**
 * A date in a file name: `2026-01-29-starmer-visit.txt`, `20260129_x.txt`, `notes_2026.01.29.md`.
 * The date must stand between separators (start, end, `-`, `_`, `.`, space) so the digits inside a
 * hash like `a20190312b` or `002_56c09f2fbedf40b3` are not taken for one.
 */
export function dateFromFileName(fileName: string | null): string | null {
  if (!fileName) return null;
  const base = fileName.replace(/\\/g, '/').split('/').pop() ?? '';
  const re = /(?:^|[-_. ])((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[-_. T])/g;
  for (const m of base.matchAll(re)) {
    if (isCalendarDay(+m[1]!, +m[3]!, +m[4]!)) return `${m[1]}-${m[3]}-${m[4]}`;
  }
  return null;
}
