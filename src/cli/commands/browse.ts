// `dossier list`, `dossier show <id>` and `dossier search <query>`: read-only views of the store.
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import type { Article } from '../../core/types.js';
import { withCurrentAnnotations } from '../../services/article-annotations.js';
import type { ArticleSummary, Store } from '../../store/index.js';
import { addStoreOption, positiveInt, resolveSettings } from '../options.js';
import { EXIT_OK, runCommand, writeLine, type Io } from '../run-command.js';
import { withStore } from '../store-session.js';

function summaryLine(a: ArticleSummary): string {
  const date = (a.published ?? 'undated').slice(0, 10).padEnd(10);
  const outlet = (a.outlet ?? '?').slice(0, 22).padEnd(22);
  return `${a.id}  ${date}  ${outlet}  ${a.title ?? a.file ?? a.url ?? ''}`;
}

/** Runs a read-only command body against the store named by --db. */
function browse(io: Io, opts: { db?: string }, body: (store: Store) => Promise<number>): Promise<number> {
  return runCommand(io, () => withStore(io, resolveSettings(io, opts).dbPath, (store) => body(store)));
}

function showArticle(io: Io, a: Article, sources: string[]): void {
  const row = (k: string, v: string | null, from?: string | null) =>
    writeLine(io.stdout, `${k.padEnd(10)} ${v ?? '—'}${from ? `  (from ${from})` : ''}`);
  row('id', a.id);
  row('title', a.title, a.titleFrom);
  row('outlet', a.outlet, a.outletFrom);
  row('published', a.published, a.publishedFrom);
  row('dateline', a.dateline);
  row('language', a.language, a.languageFrom);
  if (a.author) row('author', a.author);
  if (a.wire) row('wire', a.wire);
  row('format', a.format);
  row('sources', sources.join(', ') || a.file || a.url);
  row('sentences', String(a.sentences.length));
  writeLine(io.stdout, '');
  writeLine(io.stdout, a.text);
  if (a.removed.length) {
    writeLine(io.stdout, `\nremoved (${a.removed.length}):`);
    for (const r of a.removed) writeLine(io.stdout, `  - ${JSON.stringify(r.text)}  [${r.reason}]`);
  }
  showAnnotations(io, a);
}

/** What understanding found, one line per item; the full record is in `--json` and `dossier analyze`. */
function showAnnotations(io: Io, a: Article): void {
  const { entities, times, quotes, claims, referenceDate } = withCurrentAnnotations(a).annotations;
  writeLine(io.stdout, `\nentities (${entities.length}):`);
  for (const e of entities) {
    const extra = [e.roles.length ? `roles: ${e.roles.join('; ')}` : '', e.aliases.length ? `also: ${e.aliases.join('; ')}` : ''].filter(Boolean);
    writeLine(io.stdout, `  - ${e.name} (${e.type})${extra.length ? '  ' + extra.join('  ') : ''}`);
  }
  writeLine(io.stdout, `\ntimes (${times.length}, against ${referenceDate ?? 'no reference date'}):`);
  for (const t of times) writeLine(io.stdout, `  - ${JSON.stringify(t.text)} → ${t.value} (${t.type})`);
  writeLine(io.stdout, `\nquotes (${quotes.length}):`);
  for (const q of quotes) writeLine(io.stdout, `  - ${q.speaker ?? 'unattributed'}: “${q.text}”`);
  writeLine(io.stdout, `\nclaims: ${claims.length} (see --json)`);
}

export function registerBrowse(program: Command, io: Io, setExit: (code: number) => void): void {
  const list = program
    .command('list')
    .description('list stored articles, newest first')
    .option('--outlet <name>', 'only this outlet')
    .option('--since <date>', 'published on or after this ISO date')
    .option('--until <date>', 'published on or before this ISO date')
    .option('--limit <n>', 'at most n articles', positiveInt('--limit'), 50)
    .option('--offset <n>', 'skip the first n', positiveInt('--offset'), 0)
    .option('--json', 'print JSON');
  addStoreOption(list);
  list.action(async (opts: { db?: string; outlet?: string; since?: string; until?: string; limit: number; offset: number; json?: boolean }) => {
    setExit(
      await browse(io, opts, async (store) => {
        const rows = await store.listArticles(opts);
        if (opts.json) writeLine(io.stdout, JSON.stringify(rows, null, 2));
        else if (rows.length === 0) writeLine(io.stderr, 'no articles; add some with `dossier ingest <paths…>`');
        else for (const r of rows) writeLine(io.stdout, summaryLine(r));
        return EXIT_OK;
      }),
    );
  });

  const show = program
    .command('show')
    .description('show one article: metadata with provenance, clean text, removed junk')
    .argument('<id>', 'article id, or a unique prefix of 6+ characters')
    .option('--json', 'print the stored article as JSON');
  addStoreOption(show);
  show.action(async (id: string, opts: { db?: string; json?: boolean }) => {
    setExit(
      await browse(io, opts, async (store) => {
        const article = await store.getArticle(id);
        if (!article) {
          throw new InputError('not-found', `show: no article with id "${id}"`, 'list ids with `dossier list` (a prefix must be unique)');
        }
        const sources = await store.getSources(article.id);
        if (opts.json) writeLine(io.stdout, JSON.stringify({ ...article, sources }, null, 2));
        else showArticle(io, article, sources);
        return EXIT_OK;
      }),
    );
  });

  const search = program
    .command('search')
    .description('full-text search over titles and text (every word must match, as a prefix)')
    .argument('<query...>', 'words to search for')
    .option('--limit <n>', 'at most n hits', positiveInt('--limit'), 20)
    .option('--json', 'print JSON');
  addStoreOption(search);
  search.action(async (words: string[], opts: { db?: string; limit: number; json?: boolean }) => {
    setExit(
      await browse(io, opts, async (store) => {
        const hits = await store.searchArticles(words.join(' '), { limit: opts.limit });
        if (opts.json) writeLine(io.stdout, JSON.stringify(hits, null, 2));
        else if (hits.length === 0) writeLine(io.stderr, `no article matches "${words.join(' ')}"`);
        else for (const h of hits) writeLine(io.stdout, `${summaryLine(h)}\n    ${h.snippet.replace(/\s+/g, ' ')}`);
        return EXIT_OK;
      }),
    );
  });
}
