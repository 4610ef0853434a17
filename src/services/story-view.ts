// The story view model: one story of a dossier as a reader sees it, built once and printed by thin
// writers — the HTML report (render-html.ts), the Markdown report (render-markdown.ts) and the web UI's
// story page (server/pages/story-page.ts). Every section's rows, labels, flags, empty states, notices and
// the numbering of cited sentences are decided here, so a story says the same thing in every front door.
// The view holds plain text only; each writer escapes it (HTML) and links it (anchors or pages) its own way.
import type { ClaimStatus } from '../core/crosscheck.js';
import type { DossierArticle, DossierStory } from '../core/dossier.js';
import { buildArticleView, type ArticleView } from './article-view.js';
import { storyNotices, type StoryNotice } from './story-notices.js';
import { citedSections, sentenceRef, type Citation, type CitedSections, type OutletOf, type SentenceRef } from './story-view-cited.js';
import {
  COVERAGE_CELLS,
  EMPTY_STATES,
  STANCE_LABELS,
  STATUSES,
  STATUS_LABELS,
  plural,
  section,
  type CoverageState,
  type Inline,
  type Section,
} from './view-labels.js';

export type { Citation, FlagView, QuoteRow, SentenceRef, SummaryRow, TimelineRow } from './story-view-cited.js';
export type { Section } from './view-labels.js';

/** One outlet's sentence on one side of a claim. */
export interface EvidenceView extends SentenceRef {
  /** The value this sentence gives the compared slot ("2026-03-03"), or null. */
  value: string | null;
  /** "copy of Coastline Daily, counted once" for a near-copy's evidence, else null. */
  copyNote: string | null;
}

export interface ClaimRow {
  id: string;
  status: ClaimStatus;
  statusLabel: string;
  text: string;
  note: string;
  /** "compared: time", or null when nothing differs. */
  compared: string | null;
  /** The supporting side, then the contradicting one; a side without evidence is left out. */
  sides: { stance: 'supports' | 'contradicts'; title: string; items: EvidenceView[] }[];
  /** "independent sources: A, B", or null. */
  sources: string | null;
}

export interface ClaimsSection extends Section<ClaimRow> {
  /** Every status in the fixed order, with its label and how many of the story's claims have it. */
  statuses: { status: ClaimStatus; label: string; count: number }[];
}

export interface CoverageCell {
  state: CoverageState;
  symbol: string;
  label: string;
  /** "Harbour Post · k1: contradicts" */
  title: string;
}

export interface CoverageSection extends Section<{ outlet: string; cells: CoverageCell[] }> {
  /** The claim columns; `claimText` is null when the claim is not in the story's claim list (no link then). */
  columns: { claimId: string; claimText: string | null }[];
  legend: { state: CoverageState; symbol: string; label: string }[];
  /** "Harbour Post alone reports k3", one per outlet with a claim of its own. */
  exclusives: string[];
  /** Said when no outlet has a claim of its own (and the matrix has rows), else null. */
  noExclusives: string | null;
}

export interface EntityRow {
  name: string;
  type: string;
  /** The type as a known key for styling: an unknown type is 'other'. */
  typeKey: 'person' | 'organization' | 'place' | 'other';
  roles: string[];
  aliases: string[];
  articleCount: number;
}

export interface RelatedRow {
  storyId: string;
  /** The related story's title, or its id when the writer does not know the title. */
  title: string;
  titleKnown: boolean;
  why: string;
}

export interface StoryView extends Omit<CitedSections, 'citations'> {
  id: string;
  title: string;
  /** "3 articles from A, B · 2026-03-02 – 2026-03-04 · <id>" */
  byline: Inline[];
  /** "Title in the words of <outlet>." when the title's article is given, else null. */
  titleFrom: Inline[] | null;
  notices: StoryNotice[];
  /** "Near-copies (not independent sources): A copies B (93%)." or null. */
  nearCopies: string | null;
  claims: ClaimsSection;
  coverage: CoverageSection;
  entities: Section<EntityRow>;
  related: Section<RelatedRow>;
  /** The numbered list the citation markers point to, in order of first citation. */
  sources: Section<Citation>;
  /** The story's articles (those given), in the story's order. */
  articles: Section<ArticleView>;
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

function claimsSection(story: DossierStory, byId: ReadonlyMap<string, DossierArticle>, outletOf: OutletOf): ClaimsSection {
  const rows = story.claims.map((c): ClaimRow => ({
    id: c.id,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status] ?? c.status,
    text: c.text,
    note: c.note,
    compared: c.slot ? `compared: ${c.slot}` : null,
    sides: (['supports', 'contradicts'] as const).flatMap((stance) => {
      const items = c.evidence.filter((e) => e.stance === stance);
      if (!items.length) return [];
      const views = items.map((e) => ({
        ...sentenceRef(byId, outletOf, e, e.outlet ?? e.source),
        value: e.value || null,
        copyNote: e.copyOf ? `copy of ${outletOf(e.copyOf)}, counted once` : null,
      }));
      return [{ stance, title: `${STANCE_LABELS[stance]} (${items.length})`, items: views }];
    }),
    sources: c.sources?.length ? `independent sources: ${c.sources.join(', ')}` : null,
  }));
  const statuses = STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], count: story.claims.filter((c) => c.status === status).length }));
  return { ...section('claims', rows, EMPTY_STATES.claims), statuses };
}

function coverageSection(story: DossierStory): CoverageSection {
  // Dossiers built before the cross-check have no coverage; a failed story has an empty one.
  const coverage = story.coverage as DossierStory['coverage'] | undefined;
  const legend = Object.entries(COVERAGE_CELLS).map(([state, c]) => ({ state: state as CoverageState, ...c }));
  if (!coverage || !coverage.claimIds.length || !coverage.outlets.length) {
    return { ...section('coverage', [], EMPTY_STATES.coverage), columns: [], legend, exclusives: [], noExclusives: null };
  }
  const claimText = new Map(story.claims.map((c) => [c.id, c.text]));
  const rows = coverage.outlets.map((outlet, r) => ({
    outlet,
    cells: coverage.claimIds.map((id, c): CoverageCell => {
      const raw = coverage.cells[r]?.[c] ?? 'not-covered';
      const state: CoverageState = raw in COVERAGE_CELLS ? raw : 'not-covered';
      const { symbol, label } = COVERAGE_CELLS[state];
      return { state, symbol, label, title: `${outlet} · ${id}: ${label}` };
    }),
  }));
  const exclusives = coverage.exclusives.filter((e) => e.claimIds.length).map((e) => `${e.outlet} alone reports ${e.claimIds.join(', ')}`);
  return {
    ...section('coverage', rows, EMPTY_STATES.coverage),
    columns: coverage.claimIds.map((claimId) => ({ claimId, claimText: claimText.get(claimId) ?? null })),
    legend,
    exclusives,
    noExclusives: exclusives.length ? null : EMPTY_STATES.exclusives,
  };
}

function entityRows(story: DossierStory): EntityRow[] {
  return story.entities.map((e) => ({
    name: e.name,
    type: e.type,
    typeKey: e.type === 'person' || e.type === 'organization' || e.type === 'place' ? e.type : 'other',
    roles: e.roles,
    aliases: e.aliases,
    articleCount: e.articleIds.length,
  }));
}

function byline(story: DossierStory, articles: readonly DossierArticle[]): Inline[] {
  const outlets = unique(articles.map((a) => a.outlet).filter((o): o is string => Boolean(o)));
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const span = dates.length ? (dates[0] === dates[dates.length - 1] ? dates[0]! : `${dates[0]} – ${dates[dates.length - 1]}`) : null;
  const words = `${plural(story.articleIds.length, 'article')}${outlets.length ? ` from ${outlets.join(', ')}` : ''}${span ? ` · ${span}` : ''} · `;
  return [words, { text: story.id, style: 'code' }];
}

/**
 * The view of one story. `articles` are the dossier's articles as the writer has them, as a list or by id
 * (the story's own at least; others serve only as the original of a near-copy); `relatedTitle` names a
 * related story the writer knows, or returns null.
 */
export function buildStoryView(
  story: DossierStory,
  articles: readonly DossierArticle[] | ReadonlyMap<string, DossierArticle>,
  relatedTitle: (storyId: string) => string | null = () => null,
): StoryView {
  const byId: ReadonlyMap<string, DossierArticle> = 'get' in articles ? articles : new Map(articles.map((a) => [a.id, a]));
  const outletOf: OutletOf = (articleId, fallback) => byId.get(articleId)?.outlet ?? fallback ?? articleId;
  const own = story.articleIds.flatMap((id) => byId.get(id) ?? []);
  const titleArticle = story.titleFrom ? byId.get(story.titleFrom) : undefined;
  const copies = (story.duplicates ?? []).map((d) => `${outletOf(d.articleId)} copies ${outletOf(d.canonicalId)} (${Math.round(d.similarity * 100)}%)`);
  const { citations, ...cited } = citedSections(story, byId, outletOf);
  const related = story.related.map((r) => {
    const title = relatedTitle(r.storyId);
    return { storyId: r.storyId, title: title ?? r.storyId, titleKnown: title !== null, why: r.why };
  });
  return {
    id: story.id,
    title: story.title,
    byline: byline(story, own),
    titleFrom: titleArticle
      ? ['Title in the words of ', titleArticle.outlet ? { text: titleArticle.outlet, link: { article: titleArticle.id } } : { text: titleArticle.id, style: 'code', link: { article: titleArticle.id } }, '.']
      : null,
    notices: storyNotices(story),
    nearCopies: copies.length ? `Near-copies (not independent sources): ${copies.join('; ')}.` : null,
    ...cited,
    claims: claimsSection(story, byId, outletOf),
    coverage: coverageSection(story),
    entities: section('entities', entityRows(story), EMPTY_STATES.entities),
    related: section('related', related, EMPTY_STATES.related),
    sources: section('sources', citations, null),
    articles: section('articles', own.map((a) => buildArticleView(a, (id) => byId.get(id))), EMPTY_STATES.articles),
  };
}
