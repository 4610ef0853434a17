// The story page's timeline as an inline SVG plot: each dated entry is a point on a horizontal time axis,
// so a reader sees at a glance what happened when, what is background, what rests on an inferred date
// and which dates outlets dispute. A story's own days and the background it recalls can be years apart,
// so the axis breaks into segments across long gaps (each segment keeps its own linear scale) instead
// of squeezing the story's days into one pixel. Positions are SVG attributes and the look comes from
// classes in web/app.css (the CSP forbids style attributes); every text passes `escapeHtml`. It draws the
// story view's timeline rows (services/story-view.ts), whose flags are typed codes with their labels.
import type { TimelineRow } from '../../services/story-view.js';
import type { TimelineFlag } from '../../services/view-labels.js';
import { escapeHtml } from './layout.js';

/** What the plot reads of a timeline row. */
export type PlotEntry = Pick<TimelineRow, 'date' | 'text' | 'flags'>;

const DAY = 86_400_000;
/** Gaps longer than this break the axis into segments. */
const BREAK_AFTER = 60 * DAY;
const MAX_SEGMENTS = 5;

const WIDTH = 800;
const MARGIN_LEFT = 20;
const MARGIN_RIGHT = 36;
/** Room between two segments for the break mark. */
const BREAK_GAP = 26;
const LANE_HEIGHT = 20;
const RADIUS = 6;
/** Points closer than this horizontally are stacked in lanes. */
const MIN_DX = 16;
const TOP = 12;

export type PlotPrecision = 'day' | 'month' | 'year';

/** The start of the period a timeline date names (UTC ms) and its precision, or null when it is not YYYY, YYYY-MM or YYYY-MM-DD. */
export function timelineDate(date: string): { t: number; precision: PlotPrecision } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { t: d.getTime(), precision: m[3] ? 'day' : m[2] ? 'month' : 'year' };
}

interface Segment {
  min: number;
  max: number;
  x0: number;
  x1: number;
}

/** Groups the distinct times into at most MAX_SEGMENTS runs split at the longest gaps over BREAK_AFTER, and lays them out. */
function layoutSegments(times: number[]): Segment[] {
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  let groups: number[][] = [];
  for (const t of distinct) {
    const last = groups[groups.length - 1];
    if (last && t - last[last.length - 1]! <= BREAK_AFTER) last.push(t);
    else groups.push([t]);
  }
  while (groups.length > MAX_SEGMENTS) {
    // Join the two neighbouring groups with the smallest gap.
    let best = 0;
    for (let i = 1; i < groups.length - 1; i++) {
      const gap = groups[i + 1]![0]! - groups[i]![groups[i]!.length - 1]!;
      const bestGap = groups[best + 1]![0]! - groups[best]![groups[best]!.length - 1]!;
      if (gap < bestGap) best = i;
    }
    groups = [...groups.slice(0, best), [...groups[best]!, ...groups[best + 1]!], ...groups.slice(best + 2)];
  }
  const weights = groups.map((g) => 1 + Math.min(g.length, 12));
  const total = weights.reduce((a, b) => a + b, 0);
  const available = WIDTH - MARGIN_LEFT - MARGIN_RIGHT - BREAK_GAP * (groups.length - 1);
  let x = MARGIN_LEFT;
  return groups.map((g, i) => {
    const w = (available * weights[i]!) / total;
    const segment = { min: g[0]!, max: g[g.length - 1]!, x0: x, x1: x + w };
    x += w + BREAK_GAP;
    return segment;
  });
}

function xOf(segments: Segment[], t: number): number {
  const s = segments.find((seg) => t >= seg.min && t <= seg.max) ?? segments[0]!;
  if (s.max === s.min) return (s.x0 + s.x1) / 2;
  const pad = (s.max - s.min) * 0.06;
  return s.x0 + ((t - s.min + pad) / (s.max - s.min + 2 * pad)) * (s.x1 - s.x0);
}

const num = (n: number): string => String(Math.round(n * 10) / 10);

/** The classes of one point: always `tl-point`, plus `tl-<flag>` per flag, in the flags' order. */
export const pointClasses = (entry: PlotEntry): string => ['tl-point', ...entry.flags.map((f) => `tl-${f.code}`)].join(' ');

export interface TimelinePlotOptions {
  /** The link target of entry `index` (e.g. its row in the list under the plot), or null for none. */
  href?: (index: number) => string | null;
}

/**
 * The plot: `<svg id="timeline-plot">` with one `.tl-point` per entry whose date parses, and a legend
 * after it; '' when no entry has a date the plot can place.
 */
export function renderTimelinePlot(entries: readonly PlotEntry[], options: TimelinePlotOptions = {}): string {
  const dated = entries.flatMap((entry, index) => {
    const date = timelineDate(entry.date);
    return date ? [{ entry, index, ...date }] : [];
  });
  if (!dated.length) return '';
  const segments = layoutSegments(dated.map((d) => d.t));

  // Stack points that would overlap into lanes, nearest the axis first.
  const placed = dated
    .map((d) => ({ ...d, x: xOf(segments, d.t), lane: 0 }))
    .sort((a, b) => a.x - b.x || a.index - b.index);
  const laneEnds: number[] = [];
  for (const p of placed) {
    let lane = laneEnds.findIndex((end) => p.x - end >= MIN_DX);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(p.x);
    } else laneEnds[lane] = p.x;
    p.lane = lane;
  }
  const lanes = Math.max(1, laneEnds.length);
  const axisY = TOP + (lanes - 1) * LANE_HEIGHT + RADIUS + 14;
  const height = axisY + 44;
  const yOf = (lane: number): number => TOP + RADIUS + (lanes - 1 - lane) * LANE_HEIGHT;

  const parts: string[] = [];
  for (const [i, s] of segments.entries()) {
    parts.push(`<line class="tl-axis" x1="${num(s.x0)}" y1="${axisY}" x2="${num(s.x1)}" y2="${axisY}"/>`);
    if (i > 0) {
      const bx = s.x0 - BREAK_GAP / 2;
      parts.push(
        `<path class="tl-break" d="M${num(bx - 6)} ${axisY + 5} L${num(bx - 2)} ${axisY - 5} M${num(bx + 2)} ${axisY + 5} L${num(bx + 6)} ${axisY - 5}"><title>time skipped</title></path>`,
      );
    }
  }

  // Tick labels: one per distinct date, on two rows, skipped when there is no room.
  const rowEnds = [-Infinity, -Infinity];
  const labelled = new Set<string>();
  for (const p of [...placed].sort((a, b) => a.t - b.t || a.x - b.x)) {
    const label = p.entry.date.trim();
    if (labelled.has(label)) continue;
    labelled.add(label);
    parts.push(`<line class="tl-tick" x1="${num(p.x)}" y1="${axisY}" x2="${num(p.x)}" y2="${axisY + 4}"/>`);
    const w = label.length * 6.4 + 4;
    const cx = Math.min(Math.max(p.x, w / 2 + 2), WIDTH - w / 2 - 2);
    const row = rowEnds.findIndex((end) => cx - w / 2 >= end + 4);
    if (row < 0) continue;
    rowEnds[row] = cx + w / 2;
    parts.push(`<text class="tl-label" x="${num(cx)}" y="${axisY + 17 + row * 14}" text-anchor="middle">${escapeHtml(label)}</text>`);
  }

  for (const p of [...placed].sort((a, b) => a.index - b.index)) {
    const y = yOf(p.lane);
    const flags = p.entry.flags.map((f) => f.label);
    const title = `${p.entry.date}${flags.length ? ` (${flags.join(', ')})` : ''}: ${p.entry.text}`;
    const href = options.href?.(p.index) ?? null;
    const open = href
      ? `<a class="${pointClasses(p.entry)}" href="${escapeHtml(href)}" data-date="${escapeHtml(p.entry.date)}">`
      : `<g class="${pointClasses(p.entry)}" data-date="${escapeHtml(p.entry.date)}">`;
    parts.push(
      [
        open,
        `<title>${escapeHtml(title)}</title>`,
        `<line class="tl-stem" x1="${num(p.x)}" y1="${y + RADIUS}" x2="${num(p.x)}" y2="${axisY}"/>`,
        p.precision === 'day' ? '' : `<line class="tl-range tl-range-${p.precision}" x1="${num(p.x)}" y1="${y}" x2="${num(p.x + 16)}" y2="${y}"/>`,
        `<circle cx="${num(p.x)}" cy="${y}" r="${RADIUS}"/>`,
        href ? '</a>' : '</g>',
      ].join(''),
    );
  }

  const first = dated.reduce((a, b) => (b.t < a.t ? b : a));
  const last = dated.reduce((a, b) => (b.t > a.t ? b : a));
  const label = `Timeline plot: ${dated.length} dated ${dated.length === 1 ? 'event' : 'events'} from ${first.entry.date} to ${last.entry.date}`;
  const skipped = entries.length - dated.length;
  return [
    '<figure class="timeline-figure">',
    '<div class="plot-scroll">',
    `<svg id="timeline-plot" class="timeline-plot" role="group" aria-label="${escapeHtml(label)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">`,
    ...parts,
    '</svg>',
    '</div>',
    `<figcaption>${legend()}${skipped > 0 ? `<p class="muted">${skipped} ${skipped === 1 ? 'entry has' : 'entries have'} a date the plot cannot place; see the list.</p>` : ''}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/** The legend's words: how the plot draws a plain event and each flag (its marks are the plot's own, so its words are too). */
const KEYS: Record<'event' | TimelineFlag, string> = {
  event: 'story event',
  background: 'background (before the story)',
  planned: 'planned / expected',
  inferred: 'date rests on an inferred publication date (hollow)',
  disputed: 'outlets dispute the date (red)',
};

function legend(): string {
  const items = Object.entries(KEYS).map(
    ([key, label]) =>
      `<li><svg class="tl-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><g class="tl-key tl-key-${key}"><circle cx="8" cy="8" r="5.5"/></g></svg> ${escapeHtml(label)}</li>`,
  );
  items.push('<li><svg class="tl-swatch" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true"><line class="tl-range" x1="4" y1="8" x2="22" y2="8"/><circle class="tl-key-dot" cx="6" cy="8" r="4"/></svg> month or year only (tail)</li>');
  return `<ul class="tl-legend" aria-label="Legend">${items.join('')}</ul>`;
}
