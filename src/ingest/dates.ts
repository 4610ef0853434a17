// Publication dates as readers meet them — ISO strings, RSS's RFC 822, epoch numbers, "January 29, 2026",
// dates in file names — turned into ISO dates or datetimes. A date without a year is never completed.

import type * as Chrono from 'chrono-node';
import { lazyModule } from '../config/lazy-module.js';

const chrono = lazyModule<typeof Chrono>('chrono-node');

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * An ISO date (`2026-01-29`) or datetime (`2026-01-29T10:00:00+01:00`), keeping the offset the source
 * wrote so the calendar date is the one its readers saw; null when `raw` names no complete date.
 */
export function normalizeDate(raw: unknown): string | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return fromEpoch(raw);
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (s === '') return null;
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  const iso = ISO.exec(s);
  if (iso) {
    if (!validDay(+iso[1]!, +iso[2]!, +iso[3]!)) return null;
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

/**
 * "Thu, 29 Jan 2026 23:30:00 -0500" → "2026-01-29T23:30:00-05:00"; "January 29, 2026" → "2026-01-29".
 * The matched text must contain a four-digit year: chrono would otherwise complete "29 January" or
 * "yesterday" from today's date, inventing a year the source never gave.
 */
function fromChrono(s: string): string | null {
  const result = chrono().en.strict.parse(s)[0] ?? chrono().parse(s)[0];
  if (!result || !/\b\d{4}\b/.test(result.text)) return null;
  const c = result.start;
  if (!c.isCertain('day') || !c.isCertain('month') || !c.isCertain('year')) return null;
  const y = c.get('year')!;
  const mo = c.get('month')!;
  const d = c.get('day')!;
  // An ISO date has a four-digit year: chrono reads "-0001-01-01" as the year 1 (which printed "1-01-01").
  if (y < 1 || y > 9999 || !validDay(y, mo, d)) return null;
  const date = `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}`;
  if (!c.isCertain('hour')) return date;
  const time = `${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}:${pad(c.get('second') ?? 0)}`;
  const offset = c.get('timezoneOffset');
  if (offset === null || offset === undefined) return `${date}T${time}`;
  if (offset === 0) return `${date}T${time}Z`;
  const abs = Math.abs(offset);
  return `${date}T${time}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
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
    const y = +m[1]!;
    const mo = +m[3]!;
    const d = +m[4]!;
    if (validDay(y, mo, d)) return `${m[1]}-${m[3]}-${m[4]}`;
  }
  return null;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
