// `dossier analyze <paths…>`: ingests into a temporary store (or --db) and prints the dossier of
// those inputs as contract JSON, a Markdown report or a self-contained HTML report, to stdout or --out FILE.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import type { Dossier } from '../../core/dossier.js';
import { StoreError, describeError } from '../../core/errors.js';
import { analyzePaths } from '../../services/analyze.js';
import { renderHtml } from '../../services/render-html.js';
import { renderMarkdown } from '../../services/render-markdown.js';
import { addReadOptions, addStoreOption, resolveSettings } from '../options.js';
import { EXIT_FAILURE, runCommand, writeLine, type Io } from '../run-command.js';
import { withStore } from '../store-session.js';
import { batchExitCode, printIngestReport } from './ingest.js';

export type ReportFormat = 'json' | 'md' | 'html';

export const REPORT_FORMATS: readonly ReportFormat[] = ['json', 'md', 'html'];

export function renderDossier(dossier: Dossier, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(dossier, null, 2) + '\n';
    case 'md':
      return renderMarkdown(dossier);
    case 'html':
      return renderHtml(dossier);
  }
}

/** Writes a report file, creating its folder; a failure names the path. */
export function writeReport(path: string, content: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (err) {
    throw new StoreError(`analyze: cannot write "${path}": ${describeError(err)}`, { cause: err });
  }
}

interface AnalyzeOptions {
  db?: string;
  maxBytes?: string;
  format: ReportFormat;
  out?: string;
  strict?: boolean;
}

export function registerAnalyze(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('analyze')
    .description('ingest inputs (into a temporary store unless --db is given) and print their dossier')
    .argument('<paths...>', 'files, directories, or - for standard input')
    .addOption(new Option('--format <format>', 'output format').choices([...REPORT_FORMATS]).default('json'))
    .option('--out <file>', 'write the dossier to this file instead of stdout')
    .option('--strict', 'exit non-zero if any input or story failed');
  addStoreOption(cmd);
  addReadOptions(cmd);
  cmd.action(async (paths: string[], opts: AnalyzeOptions) => {
    setExit(
      await runCommand(io, async () => {
        const settings = resolveSettings(io, opts);
        const tempDir = opts.db ? null : mkdtempSync(join(tmpdir(), 'dossier-analyze-'));
        try {
          return await withStore(io, tempDir ? join(tempDir, 'dossier.db') : settings.dbPath, async (store, progress) => {
            const { report, dossier } = await analyzePaths(store, paths, {
              maxBytes: settings.maxBytes,
              stdin: io.stdin,
              onProgress: (p) => progress.update(p),
            });
            progress.stop();
            printIngestReport(io, report, { quietSuccess: true });
            // A story whose analysis failed is in the dossier with its error; the others are complete.
            const failed = dossier.stories.filter((s) => s.error);
            for (const s of failed) {
              writeLine(io.stderr, `failed     story ${s.id} (${s.articleIds.length} articles, “${s.title}”): ${s.error!.stage}: ${s.error!.message}`);
            }
            const code = failed.length > 0 && opts.strict ? EXIT_FAILURE : batchExitCode(report, opts.strict ?? false);
            if (dossier.articles.length === 0) return code;
            const content = renderDossier(dossier, opts.format);
            if (opts.out) {
              writeReport(opts.out, content);
              writeLine(io.stderr, `wrote the dossier (${dossier.articles.length} articles, ${dossier.stories.length} stories, ${failed.length} failed) to ${opts.out}`);
            } else {
              io.stdout.write(content);
            }
            return code;
          });
        } finally {
          if (tempDir) rmSync(tempDir, { recursive: true, force: true });
        }
      }),
    );
  });
}
