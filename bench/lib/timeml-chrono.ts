// Stock chrono-node as the bench:time baseline: its results turned into TIMEX3 values by the reference
// scorer's "unit-word adapter" (../shared/tools/score-temporal-chrono.mjs, toTimexValue, default mode).
import * as chrono from 'chrono-node';
import type { SystemTimex } from './timeml.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
function isoWeek(y: number, m: number, d: number): string {
  const dt = new Date(Date.UTC(y, m - 1, d));
  const day = (dt.getUTCDay() + 6) % 7;
  dt.setUTCDate(dt.getUTCDate() - day + 3);
  const wy = dt.getUTCFullYear();
  const jan4 = new Date(Date.UTC(wy, 0, 4));
  const w = 1 + Math.round(((dt.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${wy}-W${pad(w)}`;
}
const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

function toTimexValue(res: chrono.ParsedResult, ref: Date): string {
  const c = res.start;
  const known = (k: chrono.Component): boolean => c.isCertain(k);
  const y = c.get('year')!, mo = c.get('month')!, d = c.get('day')!;
  const txt = res.text.toLowerCase();
  const tags = [...(c.tags?.() ?? [])];
  if (tags.includes('casualReference/now')) return 'PRESENT_REF';
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const relative = tags.includes('result/relativeDate') || /\b(this|next|last|past|coming|previous)\b/.test(txt);
  if (relative) {
    if (/\bweekend\b/.test(txt)) return `${isoWeek(y, mo, d)}-WE`;
    if (/\bthis week\b/.test(txt)) return isoWeek(ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate());
    if (/\bweeks?\b/.test(txt)) return isoWeek(y, mo, d);
    if (/\bmonths?\b/.test(txt)) return `${y}-${pad(mo)}`;
    if (/\bquarters?\b/.test(txt)) return `${y}-Q${Math.floor((mo - 1) / 3) + 1}`;
    if (/\b(years?|decades?)\b/.test(txt)) return `${y}`;
  }
  if (/\bweekend\b/.test(txt)) return `${isoWeek(y, mo, d)}-WE`;
  const hasDay = known('day') || known('weekday');
  const casual = tags.find((t) => t.startsWith('casualReference/'));
  if (known('hour')) return `${date}T${pad(c.get('hour')!)}:${pad(c.get('minute') || 0)}`;
  if (casual && PART_OF_DAY[casual.split('/')[1]!]) return `${date}T${PART_OF_DAY[casual.split('/')[1]!]}`;
  if (hasDay) return date;
  if (known('month')) return `${y}-${pad(mo)}`;
  if (known('year')) return `${y}`;
  return date;
}

/** chrono.parse over the whole text with the DCT at 12:00 UTC as reference, as the reference scorer runs it. */
export function chronoTimexes(text: string, dct: string): SystemTimex[] {
  const [y, m, d] = dct.slice(0, 10).split('-').map(Number);
  const instant = new Date(Date.UTC(y!, m! - 1, d!, 12, 0, 0));
  return chrono.parse(text, { instant, timezone: 0 }).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    value: toTimexValue(r, instant),
  }));
}
