// Specs for the inline SVG timeline: date parsing, one point per dated entry with the classes the CSS
// and the browser tests rely on, titles with date and text, positions in date order across axis breaks.
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../core/crosscheck.js';
import { buildStoryView } from '../../services/story-view.js';
import { dom, story } from '../../../test/support/page-fixtures.js';
import { renderTimelinePlot, timelineDate } from './timeline-plot.js';

const entry = (date: string, over: Partial<TimelineEntry> = {}): TimelineEntry => ({
  date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year', text: `event on ${date}`,
  inferred: false, background: false, planned: false, disputedBy: null, evidence: [], outlets: [], ...over,
});

/** The plot draws the story view's timeline rows (flags as codes and labels). */
const rows = (timeline: TimelineEntry[] = story().timeline) => buildStoryView({ ...story(), timeline }, []).timeline.rows;

describe('timelineDate', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD as the start of the period', () => {
    expect(timelineDate('2026-03-02')).toEqual({ t: Date.UTC(2026, 2, 2), precision: 'day' });
    expect(timelineDate('2026-03')).toEqual({ t: Date.UTC(2026, 2, 1), precision: 'month' });
    expect(timelineDate('2019')).toEqual({ t: Date.UTC(2019, 0, 1), precision: 'year' });
  });

  it('rejects anything else', () => {
    for (const bad of ['2026-02-30', '2026-13', 'PRESENT_REF', '2026-W05', '', '<script>']) expect(timelineDate(bad)).toBeNull();
  });
});

describe('renderTimelinePlot', () => {
  it('draws one point per dated entry, with tl-background / tl-inferred / tl-disputed / tl-planned as flagged', () => {
    const doc = dom(renderTimelinePlot(rows(), { href: (i) => `#tl-${i + 1}` }));
    const points = Array.from(doc.querySelectorAll('#timeline-plot .tl-point'));
    expect(points.map((p) => p.getAttribute('class'))).toEqual([
      'tl-point tl-background',
      'tl-point tl-disputed',
      'tl-point tl-inferred tl-disputed',
      'tl-point tl-planned',
    ]);
    expect(points.map((p) => p.getAttribute('href'))).toEqual(['#tl-1', '#tl-2', '#tl-3', '#tl-4']);
  });

  it('gives each point a <title> with its date and text', () => {
    const doc = dom(renderTimelinePlot(rows()));
    const titles = Array.from(doc.querySelectorAll('.tl-point title')).map((t) => t.textContent);
    expect(titles[0]).toBe('2019 (background): The old ferry stopped sailing in 2019.');
    expect(titles[2]).toMatch(/^2026-03-03 \(inferred date, disputed \(k2\)\): Karsland and Velsand signed the ferry deal on 3 March 2026\.$/);
  });

  it('places points left to right in date order, across the breaks between distant periods', () => {
    const entries = [entry('2026-03-04'), entry('2011'), entry('2026-03-02'), entry('2027-04'), entry('2026-03-03')];
    const doc = dom(renderTimelinePlot(rows(entries)));
    const x = (date: string) => Number(doc.querySelector(`.tl-point[data-date="${date}"] circle`)?.getAttribute('cx'));
    const order = ['2011', '2026-03-02', '2026-03-03', '2026-03-04', '2027-04'].map(x);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The story's three days are not squeezed together by the 15-year span.
    expect(x('2026-03-03') - x('2026-03-02')).toBeGreaterThan(40);
    expect(doc.querySelectorAll('.tl-break').length).toBeGreaterThan(0);
  });

  it('stacks points on the same day instead of drawing them on top of each other', () => {
    const doc = dom(renderTimelinePlot(rows([entry('2026-03-02'), entry('2026-03-02', { text: 'another' })])));
    const ys = Array.from(doc.querySelectorAll('.tl-point circle')).map((c) => c.getAttribute('cy'));
    expect(new Set(ys).size).toBe(2);
  });

  it('leaves undated entries out of the plot and says so; nothing at all without a dated entry', () => {
    const html = renderTimelinePlot(rows([entry('2026-03-02'), entry('sometime')]));
    expect(dom(html).querySelectorAll('.tl-point').length).toBe(1);
    expect(html).toContain('1 entry has a date the plot cannot place');
    expect(renderTimelinePlot(rows([entry('sometime')]))).toBe('');
  });

  it('positions with SVG attributes only and escapes the text', () => {
    const html = renderTimelinePlot(rows([entry('2026-03-02', { text: '<script>alert(1)</script>' })]));
    expect(html).not.toContain('style=');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
