// Renders a dossier as a Markdown report for people. It prints the dossier's view (dossier-view.ts,
// story-view.ts) as the HTML report and the story page do: per story its byline, notices and near-copies,
// the summary (citing outlets), timeline, claim and quote ledgers, coverage, entities and related stories,
// then its articles with their metadata (and where each value came from), clean text and removed junk.
import type { ArticleView } from './article-view.js';
import { buildDossierView } from './dossier-view.js';
import type { Section, StoryView } from './story-view.js';
import { plural, type Inline } from './view-labels.js';
import type { Dossier } from '../core/dossier.js';

/** Escapes a value for a Markdown table cell. */
function cell(value: string | null): string {
  return value === null ? '—' : value.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

const oneLine = (text: string): string => text.replace(/\n/g, ' ');

/** View text as Markdown: code in backticks, emphasis in bold; links stay text (the report has no anchors). */
function inlineMd(parts: Inline | readonly Inline[]): string {
  const list: readonly Inline[] = Array.isArray(parts) ? parts : [parts as Inline];
  return list
    .map((p) => (typeof p === 'string' ? p : p.style === 'code' ? `\`${p.text}\`` : p.style === 'strong' ? `**${p.text}**` : p.text))
    .join('');
}

/** A section's heading, then its body or its empty state. */
function part<Row>(s: Section<Row>, body: (rows: Row[]) => string[]): string[] {
  return [`### ${s.title}`, '', ...(s.rows.length ? body(s.rows) : [s.empty ?? '']), ''];
}

/** Table lines: a header, its rule, and one line per row, every cell escaped. */
function table(head: string[], rows: (string | null)[][], rule = head.map(() => ' --- |').join('')): string[] {
  return [`| ${head.join(' | ')} |`, `|${rule}`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

/** An article's part of the report, line by line; `withHeading` is false when the story heading already names it. */
function articleLines(a: ArticleView, withHeading: boolean, out: string[]): void {
  if (withHeading) out.push(`### ${a.headline}`, '');
  for (const line of table(['field', 'value', 'from'], a.metadata.map((m) => [m.field, m.value === null ? null : inlineMd(m.value), m.from]))) out.push(line);
  out.push('');
  for (const note of a.notes) out.push(inlineMd(note.text), '');
  out.push(`${plural(a.sentenceCount, 'sentence')}.`, '');
  // Pushed one by one, not push(...lines): an article of 150,000 paragraphs is more arguments than a call takes.
  for (const p of a.paragraphs) out.push(p.heading ? `#### ${p.text}` : `> ${p.text}`, '');
  if (!a.removed.length) out.push('Nothing was removed.', '');
  else {
    out.push(`Removed (${a.removed.length}):`, '');
    for (const r of a.removed) out.push(`- ~~${cell(r.text)}~~ — ${r.reason}`);
    out.push('');
  }
}

function storyLines(view: StoryView, out: string[]): void {
  out.push(`## ${view.title}`, '', inlineMd(view.byline), '');
  if (view.titleFrom) out.push(inlineMd(view.titleFrom), '');
  for (const notice of view.notices) out.push(`> **${notice.label}:** ${notice.text}`, '');
  if (view.nearCopies) out.push(view.nearCopies, '');
  const coverage = view.coverage;
  const sections = [
    part(view.summary, (rows) => rows.map((s, i) => `${i + 1}. ${oneLine(s.text)}${[...new Set(s.cites.map((c) => ` [${c.outlet}]`))].join('')}`)),
    part(view.timeline, (rows) => table(['date', 'what happened', 'outlets', 'flags'], rows.map((t) => [t.date, t.text, t.outlets.join(', '), t.flags.map((f) => f.label).join(', ')]))),
    part(view.claims, (rows) =>
      table(['id', 'status', 'claim', 'note', 'sources'], rows.map((c) => {
        const sides = c.sides.map((side) => {
          const items = side.items.map((e) => `${e.outlet}${e.value ? ` (${e.value})` : ''}${e.copyNote ? ` [${e.copyNote}]` : ''}`);
          return `${side.stance}: ${items.join(', ')}`;
        });
        return [c.id, c.statusLabel, c.text, c.note, sides.join('; ')];
      })),
    ),
    part(view.quotes, (rows) =>
      rows.flatMap((q) => [
        `- **${q.speaker ?? 'unattributed'}** — “${oneLine(q.text)}” — ${q.outlets.join(', ')}${q.first ? ` (first: ${q.first.outlet}, ${q.first.published})` : ''}`,
        ...q.variants.map((v) => `  - ${v.relation} (${v.outlet}): “${oneLine(v.text)}”`),
      ]),
    ),
    part(coverage, (rows) => [
      ...table(['outlet', ...coverage.columns.map((c) => cell(c.claimId))], [], `${' --- |'}${' :-: |'.repeat(coverage.columns.length)}`),
      ...rows.map((r) => `| ${cell(r.outlet)} | ${r.cells.map((c) => c.symbol).join(' | ')} |`),
      '',
      `Legend: ${coverage.legend.map((c) => `${c.symbol} ${c.label}`).join(', ')}.`,
      '',
      ...(coverage.exclusives.length ? coverage.exclusives.map((e) => `- ${e}`) : [coverage.noExclusives ?? '']),
    ]),
    part(view.entities, (rows) => table(['name', 'type', 'roles', 'aliases', 'articles'], rows.map((e) => [e.name, e.type, e.roles.join('; '), e.aliases.join(', '), String(e.articleCount)]))),
    part(view.related, (rows) => rows.map((r) => `- **${cell(r.title)}** — ${r.why}`)),
  ];
  for (const section of sections) for (const line of section) out.push(line);
  const single = view.articles.rows.length === 1;
  for (const a of view.articles.rows) articleLines(a, !single, out);
}

export function renderMarkdown(dossier: Dossier): string {
  const view = buildDossierView(dossier);
  const lines = ['# Dossier', '', view.generated, ''];
  if (view.notYetComputed) lines.push(view.notYetComputed, '');
  for (const story of view.stories) storyLines(story, lines);
  if (view.looseArticles.length) {
    lines.push('## Articles outside any story', '');
    for (const a of view.looseArticles) articleLines(a, true, lines);
  }
  return lines.join('\n');
}
