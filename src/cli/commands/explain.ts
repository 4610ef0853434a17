// `dossier explain <articleId>`: why an article is in its story — the decision, the scores against the
// chosen story and the runner-up, the names and words they share, its near-copies and related stories.
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { StoryComparison } from '../../core/stories.js';
import { StoryService } from '../../services/story-service.js';
import { explainArticle } from '../../services/stories.js';
import { addStoreOption, resolveSettings } from '../options.js';
import { EXIT_OK, runCommand, writeLine, type Io } from '../run-command.js';
import { withStore } from '../store-session.js';
import { decisionWord, printRelated, storyTitle } from './stories.js';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const num = (x: number): string => x.toFixed(2);

/** The comparison table: one row per measure, one column for the chosen story and one for the runner-up. */
function printComparisons(io: Io, threshold: number, chosen: StoryComparison | null, runnerUp: StoryComparison | null): void {
  if (!chosen && !runnerUp) {
    writeLine(io.stdout, `no story was compared (none shares its names or distinctive words); threshold ${num(threshold)}`);
    return;
  }
  const columns = [
    { head: chosen ? `chosen ${chosen.storyId}` : 'chosen: none (opened)', c: chosen },
    { head: runnerUp ? `runner-up ${runnerUp.storyId}` : 'runner-up: none', c: runnerUp },
  ];
  const width = Math.max(...columns.map((c) => c.head.length)) + 2;
  const line = (label: string, cells: string[]) => writeLine(io.stdout, `  ${label.padEnd(20)}${cells.map((v) => v.padEnd(width)).join('').trimEnd()}`);
  const row = (label: string, value: (c: StoryComparison) => string) => line(label, columns.map(({ c }) => (c ? value(c) : '—')));
  line('', columns.map((c) => c.head));
  row('score', (c) => num(c.score));
  line('threshold', columns.map(() => num(threshold)));
  row('term similarity', (c) => num(c.termSimilarity));
  row('entity similarity', (c) => num(c.entitySimilarity));
  row('quote overlap', (c) => num(c.quoteOverlap));
  row('date gap (days)', (c) => (c.dateGapDays === null ? 'n/a: undated' : String(c.dateGapDays)));
  row('date factor', (c) => num(c.dateFactor));
}

/** The names (people, places, organizations, quotes, dateline) and words shared with one story, with their weight in the score. */
function printShared(io: Io, c: StoryComparison, limit = 8): void {
  const names = c.shared.filter((f) => f.kind !== 'term').slice(0, limit);
  const words = c.shared.filter((f) => f.kind === 'term').slice(0, limit);
  writeLine(io.stdout, `\nshared names with ${c.storyId} (${names.length}):`);
  const width = Math.max(0, ...names.map((f) => f.value.length));
  for (const f of names) writeLine(io.stdout, `  ${f.kind.padEnd(12)} ${f.value.padEnd(width)}  ${pct(f.weight).padStart(6)}`);
  writeLine(io.stdout, `shared words with ${c.storyId}: ${words.map((f) => `${f.value} ${pct(f.weight)}`).join(', ') || '—'}`);
}

export function registerExplain(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('explain')
    .description('explain why an article is in its story: decision, scores, shared names and words')
    .argument('<articleId>', 'article id, or a unique prefix of 6+ characters')
    .option('--json', 'print { assignment, story, duplicates, related } as JSON');
  addStoreOption(cmd);
  cmd.action(async (articleId: string, opts: { db?: string; json?: boolean }) => {
    setExit(
      await runCommand(io, () =>
        withStore(io, resolveSettings(io, opts).dbPath, async (store) => {
          const article = await store.getArticle(articleId);
          if (!article) {
            throw new InputError('not-found', `explain: no article with id "${articleId}"`, 'list ids with `dossier list` (a prefix must be unique)');
          }
          const found = await explainArticle(store, article.id);
          if (!found) {
            throw new InputError('usage', `explain: article ${article.id} is not in a story yet`, 'run `dossier stories recluster` (or ingest it again)');
          }
          const stories = new StoryService(store);
          const { assignment, duplicates } = found;
          // Its story under the title every front door shows (its dossier built first when missing).
          const story = (await stories.summary(found.story.id)) ?? found.story;
          const related = await store.getRelated(story.id);
          if (opts.json) {
            writeLine(io.stdout, JSON.stringify({ assignment, story, duplicates, related }, null, 2));
            return EXIT_OK;
          }
          const e = assignment.explanation;
          writeLine(io.stdout, `article   ${article.id}  ${article.outlet ?? '?'}  ${(article.published ?? 'undated').slice(0, 10)}  ${article.title ?? article.file ?? article.url ?? ''}`);
          writeLine(io.stdout, `story     ${story.id}  ${storyTitle(story)}  (${story.articleCount} article${story.articleCount === 1 ? '' : 's'})`);
          writeLine(io.stdout, `decision  ${decisionWord(e)}`);
          writeLine(io.stdout, `          ${e.summary}`);
          writeLine(io.stdout, '');
          printComparisons(io, e.threshold, e.chosen, e.runnerUp);
          // What it shares with its story, or for a new story with the closest one it did not join.
          const compared = e.chosen ?? e.runnerUp;
          if (compared) printShared(io, compared);
          const copyOf = duplicates.filter((d) => d.articleId === article.id);
          const copies = duplicates.filter((d) => d.canonicalId === article.id);
          for (const d of copyOf) writeLine(io.stdout, `\na near-copy of ${d.canonicalId} (${pct(d.similarity)} similar): ${d.reason}`);
          if (copies.length) {
            writeLine(io.stdout, `\nits near-copies (${copies.length}):`);
            for (const d of copies) writeLine(io.stdout, `  ${d.articleId}  ${pct(d.similarity)} similar`);
          }
          await printRelated(io, stories, related);
          return EXIT_OK;
        }),
      ),
    );
  });
}
