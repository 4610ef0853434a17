// The words a story is shown in, one table per kind of code: claim statuses, timeline flags, coverage
// states, evidence stances, section titles and empty states. The story view model (story-view.ts) and
// its writers (the HTML and Markdown reports, the web UI's story and article pages) take every label
// from here, so the same story reads the same wherever a user meets it. Also the one way views carry
// text with links (`Inline`): plain text, never HTML, that each writer escapes and links its own way.
import type { ClaimStatus, CoverageMatrix } from '../core/crosscheck.js';

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  corroborated: 'corroborated',
  'single-source': 'single source',
  conflicting: 'conflicting',
  compatible: 'compatible',
  changed: 'changed',
};

/** The statuses in the order filters and legends list them. */
export const STATUSES = Object.keys(STATUS_LABELS) as ClaimStatus[];

/** What a timeline entry can be flagged as; the table's order is the order flags are shown in. */
export type TimelineFlag = 'background' | 'planned' | 'inferred' | 'disputed';

/**
 * Each flag's label and what it means (a tooltip). First where the entry stands in time (before the
 * story, after it), then how sure its date is (inferred, disputed).
 */
export const TIMELINE_FLAGS: Record<TimelineFlag, { label: string; explanation: string }> = {
  background: { label: 'background', explanation: "Before the story's own days." },
  planned: { label: 'planned', explanation: 'After the latest publication date: planned or expected.' },
  inferred: { label: 'inferred date', explanation: 'The date rests on an inferred publication date.' },
  disputed: { label: 'disputed', explanation: 'Outlets disagree on this date.' },
};

export type CoverageState = CoverageMatrix['cells'][number][number];

/** A coverage cell's symbol and words; the table's order is the legend's. */
export const COVERAGE_CELLS: Record<CoverageState, { symbol: string; label: string }> = {
  covered: { symbol: '✓', label: 'covered' },
  'not-covered': { symbol: '·', label: 'not covered' },
  contradicts: { symbol: '✗', label: 'contradicts' },
};

export const STANCE_LABELS = { supports: 'Supports', contradicts: 'Contradicts' } as const;

/** The parts of a story, in the order every writer shows them. */
export type StorySection = 'summary' | 'timeline' | 'claims' | 'quotes' | 'coverage' | 'entities' | 'related' | 'sources' | 'articles';

export const SECTION_TITLES: Record<StorySection, string> = {
  summary: 'Summary',
  timeline: 'Timeline',
  claims: 'Claims',
  quotes: 'Quotes',
  coverage: 'Coverage',
  entities: 'Entities',
  related: 'Related stories',
  sources: 'Sources cited',
  articles: 'Articles',
};

/** What a writer says instead of an empty part (a story built before its cross-check, a failed one, a lone article). */
export const EMPTY_STATES = {
  summary: 'No summary was computed for this story.',
  timeline: 'No timeline was computed for this story.',
  claims: 'No claims were aligned for this story.',
  quotes: 'No quotes were found in this story.',
  coverage: 'No coverage matrix was computed for this story.',
  entities: 'No entities were found in this story.',
  related: 'No related stories.',
  articles: 'This story has no articles.',
  exclusives: 'No outlet reports a claim alone.',
  removed: 'Nothing was removed.',
} as const;

export const NO_HEADLINE = '(no headline)';
export const UNATTRIBUTED = 'unattributed';

/** A part of a story as a view holds it: its title, its rows, and what to say instead when it has none. */
export interface Section<Row> {
  title: string;
  rows: Row[];
  /** The empty state when `rows` is empty, else null. */
  empty: string | null;
}

export function section<Row>(key: StorySection, rows: Row[], empty: string | null): Section<Row> {
  return { title: SECTION_TITLES[key], rows, empty: rows.length ? null : empty };
}

/** "1 article", "3 articles". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Where a piece of view text points; each writer turns it into its own link (an anchor in the report, a page in the web UI) or none. */
export type ViewLink = { article: string } | { story: string } | { claim: string } | { url: string };

/** View text: a plain string, or a piece shown as code, emphasized, muted and/or linked. Never HTML. */
export type Inline = string | { text: string; style?: 'code' | 'strong' | 'muted'; link?: ViewLink };

/** The text of inline pieces without their styles and links (for Markdown, titles, tests). */
export const inlineText = (parts: readonly Inline[]): string => parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
