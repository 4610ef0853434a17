// `dossier stories list|show|merge|split|recluster`: browse the stories (events) the store's articles were
// grouped into, and correct the grouping by hand; corrections are recorded and replayed after re-clustering.
import type { Command } from 'commander';
import { InputError, StoreError } from '../../core/errors.js';
import type { AssignmentExplanation, RelatedStory } from '../../core/stories.js';
import { StoryService } from '../../services/story-service.js';
import type { Store, StorySummary } from '../../store/index.js';
import { addStoreOption, positiveInt, resolveSettings } from '../options.js';
import { EXIT_OK, runCommand, writeLine, type Io } from '../run-command.js';
import { waitNotice, withStore } from '../store-session.js';

/** "2026-05-12", "2026-05-12 … 2026-05-14" or "undated". */
export function storySpan(s: Pick<StorySummary, 'dateFrom' | 'dateTo'>): string {
  const from = s.dateFrom?.slice(0, 10) ?? null;
  const to = s.dateTo?.slice(0, 10) ?? null;
  if (!from || !to) return from ?? to ?? 'undated';
  return from === to ? from : `${from} … ${to}`;
}

/**
 * The story's title as its stored dossier gives it — the title the API, the web UI and the reports show —
 * else (no dossier could be stored) its earliest article's first sentence, else "(untitled)".
 */
export function storyTitle(s: Pick<StorySummary, 'title' | 'lead'>): string {
  return s.title ?? s.lead ?? '(untitled)';
}

/** As many outlets as fit in `width` characters, then "+N" for the rest; a first name too long is cut. */
function outletList(outlets: readonly string[], width = 40): string {
  const more = (shownCount: number) => (shownCount < outlets.length ? ` +${outlets.length - shownCount}` : '');
  if (outlets.length === 0) return '?';
  let shown = outlets[0]!;
  if (shown.length + more(1).length > width) shown = shown.slice(0, width - more(1).length - 1) + '…';
  let n = 1;
  for (const o of outlets.slice(1)) {
    const next = `${shown}, ${o}`;
    if (next.length + more(n + 1).length > width) break;
    shown = next;
    n++;
  }
  return shown + more(n);
}

function storyLine(s: StorySummary): string {
  const count = `${s.articleCount} article${s.articleCount === 1 ? '' : 's'}`;
  return `${s.id}  ${storySpan(s).padEnd(23)}  ${count.padEnd(11)}  ${outletList(s.outlets).padEnd(40)}  ${storyTitle(s)}`;
}

/** The decision in a word; a near-copy names the article it copies. */
export function decisionWord(e: AssignmentExplanation): string {
  return e.decision === 'duplicate-of' && e.duplicateOf ? `duplicate-of ${e.duplicateOf}` : e.decision;
}

/** Prints related stories with the reason each is related, one indented `why` line under each. */
export async function printRelated(io: Io, stories: StoryService, related: readonly RelatedStory[]): Promise<void> {
  writeLine(io.stdout, `\nrelated stories (${related.length}):`);
  for (const r of related) {
    const other = await stories.summary(r.relatedId);
    writeLine(io.stdout, `  ${r.relatedId}  score ${r.score.toFixed(2)}  ${other ? storyTitle(other) : '(gone)'}`);
    writeLine(io.stdout, `      ${r.why}`);
  }
}

/** Runs a command body against the stories of the store named by --db. */
function withDb(io: Io, opts: { db?: string }, body: (stories: StoryService, store: Store) => Promise<number>): Promise<number> {
  return runCommand(io, () => withStore(io, resolveSettings(io, opts).dbPath, (store) => body(new StoryService(store), store)));
}

interface ShownArticle {
  id: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
  decision: AssignmentExplanation['decision'] | null;
  /** The canonical copy when this article is a near-copy of another. */
  copyOf: string | null;
}

async function storyArticles(store: Store, story: StorySummary): Promise<ShownArticle[]> {
  const out: ShownArticle[] = [];
  for (const id of story.articleIds) {
    const article = await store.getArticle(id);
    // The store deletes an article's assignment with it, so this is a broken store, not bad input.
    if (!article) throw new StoreError(`store: article ${id} of story ${story.id} is not stored; run \`dossier stories recluster\``);
    const assignment = await store.getAssignment(id);
    const copy = (await store.getDuplicates(id)).find((d) => d.articleId === id);
    out.push({
      id, published: article.published, outlet: article.outlet, title: article.title ?? article.file ?? article.url,
      decision: assignment?.explanation.decision ?? null, copyOf: copy?.canonicalId ?? null,
    });
  }
  return out;
}

function showStory(io: Io, story: StorySummary): void {
  const row = (k: string, v: string) => writeLine(io.stdout, `${k.padEnd(9)} ${v}`);
  row('story', story.id);
  row('title', storyTitle(story));
  row('span', storySpan(story));
  row('outlets', story.outlets.join(', ') || '?');
  row('articles', String(story.articleCount));
}

export function registerStories(program: Command, io: Io, setExit: (code: number) => void): void {
  const stories = program.command('stories').description('the stories (real-world events) articles are grouped into: list, show, correct');

  const list = stories
    .command('list')
    .description('list stories, most recently dated first')
    .option('--outlet <name>', 'only stories with an article of this outlet')
    .option('--since <date>', 'stories dated on or after this ISO date')
    .option('--until <date>', 'stories dated on or before this ISO date')
    .option('--limit <n>', 'at most n stories', positiveInt('--limit'), 50)
    .option('--offset <n>', 'skip the first n', positiveInt('--offset'), 0)
    .option('--json', 'print JSON');
  addStoreOption(list);
  list.action(async (opts: { db?: string; outlet?: string; since?: string; until?: string; limit: number; offset: number; json?: boolean }) => {
    setExit(
      await withDb(io, opts, async (stories) => {
        const { stories: rows } = await stories.list({ limit: opts.limit, offset: opts.offset, outlet: opts.outlet, since: opts.since, until: opts.until });
        if (opts.json) writeLine(io.stdout, JSON.stringify(rows, null, 2));
        else if (rows.length === 0) writeLine(io.stderr, 'no stories; add articles with `dossier ingest <paths…>` (or run `dossier stories recluster`)');
        else for (const s of rows) writeLine(io.stdout, storyLine(s));
        return EXIT_OK;
      }),
    );
  });

  const show = stories
    .command('show')
    .description('show one story: its articles, how each was placed, and related stories')
    .argument('<storyId>', 'story id, or a unique prefix ("s-" and 6+ characters)')
    .option('--json', 'print JSON');
  addStoreOption(show);
  show.action(async (storyId: string, opts: { db?: string; json?: boolean }) => {
    setExit(
      await withDb(io, opts, async (stories, store) => {
        const story = await stories.summary(storyId);
        if (!story) throw new InputError('not-found', `stories: no story "${storyId}"`, 'run `dossier stories list` to see the story ids');
        const articles = await storyArticles(store, story);
        const related = await store.getRelated(story.id);
        if (opts.json) {
          writeLine(io.stdout, JSON.stringify({ story, articles, related }, null, 2));
          return EXIT_OK;
        }
        showStory(io, story);
        writeLine(io.stdout, '');
        for (const a of articles) {
          const date = (a.published ?? 'undated').slice(0, 10).padEnd(10);
          const outlet = (a.outlet ?? '?').slice(0, 22).padEnd(22);
          const decision = a.decision === 'duplicate-of' && a.copyOf ? `duplicate-of ${a.copyOf}` : (a.decision ?? 'unplaced');
          const copy = a.copyOf && a.decision !== 'duplicate-of' ? `  (copy of ${a.copyOf})` : '';
          writeLine(io.stdout, `${a.id}  ${date}  ${outlet}  ${a.title ?? ''}  [${decision}]${copy}`);
        }
        await printRelated(io, stories, related);
        return EXIT_OK;
      }),
    );
  });

  const merge = stories
    .command('merge')
    .description('merge two stories into one (a correction, replayed after every re-clustering)')
    .argument('<a>', 'story id or unique prefix')
    .argument('<b>', 'story id or unique prefix')
    .option('--json', 'print the merged story as JSON');
  addStoreOption(merge);
  merge.action(async (a: string, b: string, opts: { db?: string; json?: boolean }) => {
    setExit(
      await withDb(io, opts, async (stories) => {
        const merged = await stories.merge(a, b, waitNotice(io));
        if (opts.json) writeLine(io.stdout, JSON.stringify(merged, null, 2));
        else {
          writeLine(io.stdout, `merged into ${merged.id}: ${merged.articleCount} articles  ${storyTitle(merged)}`);
          writeLine(io.stdout, 'correction recorded; it will be replayed after every `dossier stories recluster`');
        }
        return EXIT_OK;
      }),
    );
  });

  const split = stories
    .command('split')
    .description('move some articles of a story into a new story of their own (a correction, replayed after re-clustering)')
    .argument('<storyId>', 'story id or unique prefix')
    .argument('<articleIds...>', 'ids (or unique prefixes of 6+ characters) of the articles to move out')
    .option('--json', 'print both stories as JSON');
  addStoreOption(split);
  split.action(async (storyId: string, articleIds: string[], opts: { db?: string; json?: boolean }) => {
    setExit(
      await withDb(io, opts, async (stories) => {
        const result = await stories.split(storyId, articleIds, waitNotice(io));
        if (opts.json) writeLine(io.stdout, JSON.stringify(result, null, 2));
        else {
          writeLine(io.stdout, `kept   ${storyLine(result.kept)}`);
          writeLine(io.stdout, `split  ${storyLine(result.split)}`);
          writeLine(io.stdout, 'correction recorded; it will be replayed after every `dossier stories recluster`');
        }
        return EXIT_OK;
      }),
    );
  });

  const recluster = stories
    .command('recluster')
    .description('forget every story and cluster all stored articles again, then replay the corrections')
    .option('--json', 'print the report as JSON');
  addStoreOption(recluster);
  recluster.action(async (opts: { db?: string; json?: boolean }) => {
    setExit(
      await withDb(io, opts, async (stories, store) => {
        const report = await stories.recluster(waitNotice(io));
        const corrections = (await store.listCorrections()).length;
        if (opts.json) writeLine(io.stdout, JSON.stringify({ ...report, corrections }, null, 2));
        else {
          writeLine(
            io.stdout,
            `clustered ${report.assigned} articles into ${report.stories} stories (opened ${report.opened}, joined ${report.joined}, ` +
              `duplicates ${report.duplicates}); replayed ${corrections} correction${corrections === 1 ? '' : 's'}`,
          );
        }
        return EXIT_OK;
      }),
    );
  });
}
