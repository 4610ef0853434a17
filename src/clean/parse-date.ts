// Reads the date at the start of a metadata value ("14 July 2025 10:32 BST", "2026-01-29") with
// chrono-node and writes it as ISO: YYYY-MM-DD, or a datetime when the input had a time.
import type * as Chrono from 'chrono-node';
import { lazyModule } from '../config/lazy-module.js';

export interface LeadingDate {
  /** ISO date, or datetime "2025-07-14T10:32+01:00" when the text gave a time. */
  iso: string;
  /** Length of the date text from the start of the input (leading spaces included). */
  end: number;
}

type Component = Chrono.ParsedComponents;
const chrono = lazyModule<typeof Chrono>('chrono-node');

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function offsetText(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function toIso(date: Component, time: Component | null): string {
  const day = `${pad(date.get('year') ?? 0, 4)}-${pad(date.get('month') ?? 1)}-${pad(date.get('day') ?? 1)}`;
  const clock = time ?? date;
  if (!clock.isCertain('hour')) return day;
  const seconds = clock.isCertain('second') ? `:${pad(clock.get('second') ?? 0)}` : '';
  const zone = clock.isCertain('timezoneOffset') ? offsetText(clock.get('timezoneOffset') ?? 0) : '';
  return `${day}T${pad(clock.get('hour') ?? 0)}:${pad(clock.get('minute') ?? 0)}${seconds}${zone}`;
}

/**
 * The calendar date that opens `text`, or null. Only dates with a written four-digit year and a
 * day count: "Updated 2 hours ago" or "14 July" would make chrono invent the year from today, and
 * a publication date must never be invented. Ranges are refused. A time right after the date joins it:
 * "Jan 29, 2026 | 10:32 AM".
 */
export function parseLeadingDate(text: string): LeadingDate | null {
  const results = chrono().strict.parse(text, new Date(0));
  const first = results[0];
  if (!first || text.slice(0, first.index).trim() !== '') return null;
  if (!/\b\d{4}\b/.test(first.text) || !first.start.isCertain('day') || !first.start.isCertain('year')) {
    return null;
  }
  // "May 18-21, 2026" is an event's span (WCXB listings), not the day a page was published.
  if (first.end?.isCertain('day')) return null;
  let end = first.index + first.text.length;
  let time: Component | null = null;
  const next = results[1];
  if (next && !next.start.isCertain('day') && next.start.isCertain('hour')) {
    const gap = text.slice(end, next.index);
    if (/^[\s|,·•–—-]*$/.test(gap)) {
      time = next.start;
      end = next.index + next.text.length;
    }
  }
  return { iso: toIso(first.start, time), end };
}
