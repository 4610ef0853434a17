// Renders a dossier as a Markdown report for people: per story, its outlets, related stories and
// near-copies, its cross-check (summary with cited outlets, timeline, claim and quote ledgers, outlet
// coverage), then its articles with their metadata (and where each value came from), the clean
// text, and the junk that was removed and why.
import { storyNotices } from './story-notices.js';
import type { ClaimEvidence, CoverageMatrix, TimelineEntry } from '../core/crosscheck.js';
import type { Dossier, DossierArticle, DossierStory } from '../core/dossier.js';

/** Escapes a value for a Markdown table cell. */
function cell(value: string | null): string {
  return value === null ? '—' : value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** An article's part of the report; `withHeading` is false when the story heading already names it. */
function articleSection(a: DossierArticle, withHeading: boolean): string[] {
  const lines = withHeading ? [`### ${a.title ?? '(no headline)'}`, ''] : [];
  lines.push('| field | value | from |', '| --- | --- | --- |');
  lines.push(`| id | \`${a.id}\` | content |`);
  lines.push(`| outlet | ${cell(a.outlet)} | ${cell(a.outletFrom)} |`);
  lines.push(`| published | ${cell(a.published)} | ${cell(a.publishedFrom)} |`);
  lines.push(`| dateline | ${cell(a.dateline)} | text |`);
  lines.push(`| title | ${cell(a.title)} | ${cell(a.titleFrom)} |`);
  lines.push(`| language | ${cell(a.language)} | ${cell(a.languageFrom)} |`);
  if (a.author) lines.push(`| author | ${cell(a.author)} | byline |`);
  if (a.wire) lines.push(`| wire copy of | ${cell(a.wire)} | text |`);
  if (a.duplicateOf) lines.push(`| near-copy of | \`${a.duplicateOf.articleId}\` (${Math.round(a.duplicateOf.similarity * 100)}% shared) | stories |`);
  lines.push(`| source | ${cell(a.sources.join(', ') || a.file || a.url)} | ${a.format} |`);
  for (const note of [...(a.analysis?.skipped ?? []), ...(a.analysis?.limited ?? [])]) lines.push(`| ${note.stage} | ${cell(note.reason)} | language |`);
  lines.push('', `${a.sentences.length} sentences.`, '');
  const headingStarts = new Set(a.headings.map((h) => h.start));
  let offset = 0;
  for (const para of a.text.split('\n\n')) {
    lines.push(headingStarts.has(offset) ? `#### ${para}` : `> ${para}`, '');
    offset += para.length + 2;
  }
  if (a.removed.length) {
    lines.push(`Removed (${a.removed.length}):`, '');
    for (const r of a.removed) lines.push(`- ~~${cell(r.text)}~~ — ${r.reason}`);
    lines.push('');
  }
  return lines;
}

/** The outlet an article is from, for citations: its outlet, else its id. */
type OutletOf = (articleId: string, fallback?: string | null) => string;

const unique = (values: readonly string[]): string[] => [...new Set(values)];

function summarySection(story: DossierStory, outletOf: OutletOf): string[] {
  const lines = ['### Summary', ''];
  if (!story.summary.length) return [...lines, 'No summary was computed for this story.', ''];
  story.summary.forEach((s, i) => {
    const cites = unique(s.evidence.map((e) => outletOf(e.articleId))).map((o) => `[${o}]`);
    lines.push(`${i + 1}. ${s.text.replace(/\n/g, ' ')}${cites.length ? ` ${cites.join(' ')}` : ''}`);
  });
  return [...lines, ''];
}

function timelineFlags(t: TimelineEntry): string {
  const flags = [
    t.inferred ? 'inferred date' : null,
    t.background ? 'background' : null,
    t.planned ? 'planned' : null,
    t.disputedBy ? `disputed (${t.disputedBy})` : null,
  ];
  return flags.filter((f): f is string => f !== null).join(', ');
}

function timelineSection(story: DossierStory): string[] {
  const lines = ['### Timeline', ''];
  if (!story.timeline.length) return [...lines, 'No timeline was computed for this story.', ''];
  lines.push('| date | what happened | outlets | flags |', '| --- | --- | --- | --- |');
  for (const t of story.timeline) {
    lines.push(`| ${cell(t.date)} | ${cell(t.text)} | ${cell((t.outlets ?? []).join(', '))} | ${cell(timelineFlags(t))} |`);
  }
  return [...lines, ''];
}

/** One side of a claim: each outlet with the value it gives, copies marked. */
function claimSide(items: readonly ClaimEvidence[], outletOf: OutletOf): string {
  return items
    .map((e) => `${outletOf(e.articleId, e.outlet ?? e.source)}${e.value ? ` (${e.value})` : ''}${e.copyOf ? ` [copy of ${outletOf(e.copyOf)}]` : ''}`)
    .join(', ');
}

function claimsSection(story: DossierStory, outletOf: OutletOf): string[] {
  const lines = ['### Claims', ''];
  if (!story.claims.length) return [...lines, 'No claims were aligned for this story.', ''];
  lines.push('| id | status | claim | note | sources |', '| --- | --- | --- | --- | --- |');
  for (const c of story.claims) {
    const supports = c.evidence.filter((e) => e.stance === 'supports');
    const contradicts = c.evidence.filter((e) => e.stance === 'contradicts');
    const sources = [
      supports.length ? `supports: ${claimSide(supports, outletOf)}` : null,
      contradicts.length ? `contradicts: ${claimSide(contradicts, outletOf)}` : null,
    ].filter((s): s is string => s !== null);
    lines.push(`| ${cell(c.id)} | ${cell(c.status)} | ${cell(c.text)} | ${cell(c.note)} | ${cell(sources.join('; '))} |`);
  }
  return [...lines, ''];
}

function quotesSection(story: DossierStory, outletOf: OutletOf): string[] {
  const lines = ['### Quotes', ''];
  if (!story.quotes.length) return [...lines, 'No quotes were found in this story.', ''];
  for (const q of story.quotes) {
    const outlets = q.outlets?.length ? q.outlets : unique(q.evidence.map((e) => outletOf(e.articleId)));
    const first = q.first ? ` (first: ${outletOf(q.first.articleId, q.first.outlet)}, ${q.first.published})` : '';
    lines.push(`- **${q.speaker ?? 'unattributed'}** — “${q.text.replace(/\n/g, ' ')}” — ${outlets.join(', ')}${first}`);
    for (const v of (q.variants ?? []).filter((v) => v.relation !== 'full')) {
      lines.push(`  - ${v.relation} (${outletOf(v.articleId, v.outlet)}): “${v.text.replace(/\n/g, ' ')}”`);
    }
  }
  return [...lines, ''];
}

const COVERAGE_MARKS: Record<CoverageMatrix['cells'][number][number], string> = { covered: '✓', 'not-covered': '·', contradicts: '✗' };

function coverageSection(story: DossierStory): string[] {
  const lines = ['### Coverage', ''];
  const coverage = story.coverage as CoverageMatrix | undefined;
  if (!coverage || !coverage.claimIds.length || !coverage.outlets.length) return [...lines, 'No coverage matrix was computed for this story.', ''];
  lines.push(`| outlet | ${coverage.claimIds.map(cell).join(' | ')} |`, `| --- |${' :-: |'.repeat(coverage.claimIds.length)}`);
  coverage.outlets.forEach((outlet, r) => {
    const marks = coverage.claimIds.map((_, c) => COVERAGE_MARKS[coverage.cells[r]?.[c] ?? 'not-covered'] ?? '·');
    lines.push(`| ${cell(outlet)} | ${marks.join(' | ')} |`);
  });
  lines.push('', 'Legend: ✓ covered, · not covered, ✗ contradicts.', '');
  const exclusives = coverage.exclusives.filter((x) => x.claimIds.length);
  if (!exclusives.length) return lines;
  for (const e of exclusives) lines.push(`- Only ${e.outlet} reports ${e.claimIds.join(', ')}`);
  return [...lines, ''];
}

export function renderMarkdown(dossier: Dossier): string {
  const byId = new Map(dossier.articles.map((a) => [a.id, a]));
  const lines = [
    '# Dossier',
    '',
    `Generated ${dossier.generatedAt}: ${dossier.articles.length} articles, ${dossier.stories.length} stories.`,
    '',
  ];
  if (dossier.analysis.notYetComputed.length) {
    lines.push(`Not computed by this version: ${dossier.analysis.notYetComputed.join('; ')}.`, '');
  }
  for (const story of dossier.stories) {
    lines.push(`## ${story.title}`, '');
    const outlets = [...new Set(story.articleIds.map((id) => byId.get(id)?.outlet).filter((o): o is string => Boolean(o)))];
    lines.push(`Story \`${story.id}\`: ${story.articleIds.length} ${story.articleIds.length === 1 ? 'article' : 'articles'}${outlets.length ? ` from ${outlets.join(', ')}` : ''}.`, '');
    if (story.duplicates.length) {
      lines.push(`Near-copies (not independent sources): ${story.duplicates.map((d) => `\`${d.articleId}\` copies \`${d.canonicalId}\``).join('; ')}.`, '');
    }
    for (const r of story.related) {
      const other = dossier.stories.find((s) => s.id === r.storyId);
      lines.push(`Related: **${cell(other?.title ?? r.storyId)}** — ${r.why}`, '');
    }
    for (const notice of storyNotices(story)) lines.push(`> **${notice.kind === 'error' ? 'Analysis failed' : 'Sampled'}:** ${notice.text}`, '');
    const outletOf: OutletOf = (id, fallback) => byId.get(id)?.outlet ?? fallback ?? id;
    // Appended line by line, not push(...section): an article of 150,000 sentences is more arguments than a call takes.
    for (const section of [summarySection(story, outletOf), timelineSection(story), claimsSection(story, outletOf), quotesSection(story, outletOf), coverageSection(story)]) {
      for (const line of section) lines.push(line);
    }
    const single = story.articleIds.length === 1;
    for (const id of story.articleIds) {
      const article = byId.get(id);
      if (article) for (const line of articleSection(article, !single)) lines.push(line);
    }
  }
  return lines.join('\n');
}
