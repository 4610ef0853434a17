// `dossier ingest <paths…>`: reads files, directories or stdin ("-") into the store and prints one
// line per input and a summary; exits non-zero only when everything failed, or on any failure with --strict.
// Killed at any moment, the same command run again finishes the job: stored articles come back as
// duplicates, and articles stored but not yet in a story are placed.
import type { Command } from 'commander';
import { StoreError } from '../../core/errors.js';
import type { IngestReport } from '../../core/types.js';
import type { Store } from '../../store/index.js';
import { ingestPaths } from '../../services/ingest-batch.js';
import { StoryService } from '../../services/story-service.js';
import type { ClusterReport } from '../../services/stories.js';
import { addReadOptions, addStoreOption, resolveSettings } from '../options.js';
import { EXIT_FAILURE, EXIT_OK, runCommand, writeLine, type Io } from '../run-command.js';
import { waitNotice, withStore } from '../store-session.js';

export function printIngestReport(io: Io, report: IngestReport, options: { quietSuccess?: boolean } = {}): void {
  for (const o of report.outcomes) {
    if (o.status === 'ingested' && !options.quietSuccess) {
      writeLine(io.stdout, `ingested   ${o.articleId}  ${o.input}${o.title ? `  “${o.title}”` : ''}`);
    } else if (o.status === 'duplicate' && !options.quietSuccess) {
      writeLine(io.stdout, `duplicate  ${o.articleId}  ${o.input}  (same content as ${o.duplicateOf})`);
    } else if (o.status === 'failed') {
      writeLine(io.stderr, `failed     ${o.input}: ${o.message}${o.hint ? ` (${o.hint})` : ''}`);
    }
  }
  for (const w of report.warnings ?? []) writeLine(io.stderr, `warning    ${w}`);
  writeLine(io.stderr, `ingested ${report.ingested}, duplicates ${report.duplicates}, failed ${report.failed}`);
}

/** Exit code of a batch: failure when nothing succeeded, or when --strict and anything failed. */
export function printClusterReport(io: Io, r: ClusterReport): void {
  if (r.assigned === 0) return;
  writeLine(io.stderr, `stories: ${r.assigned} articles placed (${r.joined} joined a story, ${r.opened} opened one, ${r.duplicates} near-copies); ${r.stories} stories in the store`);
}

/**
 * A store failure in the middle of a batch (a full disk) stops it; the message names the article it could not
 * store, and the hint says how many articles were stored before it and what to do.
 */
async function storeFailureInBatch(store: Store, err: StoreError, before: number): Promise<StoreError> {
  let stored: number;
  try {
    stored = (await store.countArticles()) - before;
  } catch {
    // The count is a courtesy; the store error itself is what the user must see, unchanged.
    return err;
  }
  if (stored <= 0) return err;
  const kept = `${stored} ${stored === 1 ? 'article was' : 'articles were'} stored since this command started, and the store is intact`;
  return new StoreError(err.message, { cause: err, code: err.code, hint: err.hint ? `${kept}; ${err.hint}` : kept });
}

export function batchExitCode(report: IngestReport, strict: boolean): number {
  const succeeded = report.ingested + report.duplicates;
  if (report.failed > 0 && (strict || succeeded === 0)) return EXIT_FAILURE;
  return succeeded === 0 ? EXIT_FAILURE : EXIT_OK;
}

export function registerIngest(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('ingest')
    .description('read articles (text, HTML, JSON/JSONL, RSS/Atom; directories recursively; "-" for stdin) into the store')
    .argument('<paths...>', 'files, directories, or - for standard input')
    .option('--strict', 'exit non-zero if any input failed')
    .option('--json', 'print the batch report as JSON instead of lines');
  addStoreOption(cmd);
  addReadOptions(cmd);
  cmd.action(async (paths: string[], opts: { db?: string; maxBytes?: string; strict?: boolean; json?: boolean }) => {
    setExit(
      await runCommand(io, async () => {
        const settings = resolveSettings(io, opts);
        return withStore(io, settings.dbPath, async (store, progress) => {
          const before = await store.countArticles();
          const report = await ingestPaths(store, paths, {
            maxBytes: settings.maxBytes,
            stdin: io.stdin,
            onProgress: (p) => progress.update(p),
          }).catch(async (err: unknown) => {
            throw err instanceof StoreError ? await storeFailureInBatch(store, err, before) : err;
          });
          progress.stop();
          // New articles join their stories right away (incremental clustering; `dossier stories recluster` redoes
          // all), and the stories they touched get their dossiers rebuilt: title and claim counts as lists show them.
          const stories = await new StoryService(store).placeNewArticles(waitNotice(io));
          if (opts.json) writeLine(io.stdout, JSON.stringify({ ...report, stories }, null, 2));
          else {
            printIngestReport(io, report);
            printClusterReport(io, stories);
          }
          return batchExitCode(report, opts.strict ?? false);
        });
      }),
    );
  });
}
