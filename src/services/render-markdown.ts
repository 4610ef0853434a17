// Renders a dossier as a Markdown report for people: per story, its outlets, related stories and
// near-copies, then its articles with their metadata (and where each value came from), the clean
// text, and the junk that was removed and why.
import type { Dossier, DossierArticle } from '../core/dossier.js';

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
    const single = story.articleIds.length === 1;
    for (const id of story.articleIds) {
      const article = byId.get(id);
      if (article) lines.push(...articleSection(article, !single));
    }
  }
  return lines.join('\n');
}
