// `dossier demo` (what `npm start` runs): ingests the bundled sample corpus (examples/corpus/) into the
// embedded store and writes its dossier as JSON, Markdown and a self-contained HTML report next to the
// store, saying where and what the cross-check found; with --serve it then serves the web UI over it.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { DEFAULT_SETTINGS } from '../../config/settings.js';
import { analyzePaths } from '../../services/analyze.js';
import { addStoreOption, resolveSettings } from '../options.js';
import { EXIT_FAILURE, EXIT_OK, runCommand, writeLine, type Io } from '../run-command.js';
import { withStore } from '../store-session.js';
import { renderDossier, writeReport } from './analyze.js';
import { printIngestReport } from './ingest.js';
import { addServeOptions, serveUntilStopped, type ServeOptions } from './serve.js';

/** The sample corpus shipped with Dossier; src/cli/commands and dist/cli/commands are at the same depth. */
export const SAMPLE_CORPUS = fileURLToPath(new URL('../../../examples/corpus/', import.meta.url));

export function registerDemo(program: Command, io: Io, setExit: (code: number) => void): void {
  const cmd = program
    .command('demo')
    .description('ingest the bundled sample corpus (examples/corpus/) and write its dossier (JSON, Markdown, HTML)');
  addStoreOption(cmd);
  cmd.option('--serve', 'then serve the web UI and API over the store (what npm start does)');
  addServeOptions(cmd);
  cmd.action(async (opts: { db?: string; serve?: boolean } & ServeOptions) => {
    setExit(
      await runCommand(io, async () => {
        const settings = resolveSettings(io, opts);
        const code = await withStore(io, settings.dbPath, async (store, progress) => {
          const corpus = relative(process.cwd(), SAMPLE_CORPUS) || '.';
          const { report, dossier } = await analyzePaths(store, [corpus], {
            maxBytes: settings.maxBytes,
            onProgress: (p) => progress.update(p),
          });
          progress.stop();
          printIngestReport(io, report, { quietSuccess: true });
          if (dossier.articles.length === 0) return EXIT_FAILURE;
          const outDir = settings.dbPath === ':memory:' ? 'data' : dirname(settings.dbPath);
          const jsonPath = join(outDir, 'sample-dossier.json');
          const mdPath = join(outDir, 'sample-dossier.md');
          const htmlPath = join(outDir, 'sample-dossier.html');
          writeReport(jsonPath, renderDossier(dossier, 'json'));
          writeReport(mdPath, renderDossier(dossier, 'md'));
          writeReport(htmlPath, renderDossier(dossier, 'html'));
          const outlets = new Set(dossier.articles.map((a) => a.outlet).filter(Boolean));
          writeLine(io.stdout, `Sample corpus: ${dossier.articles.length} articles from ${outlets.size} outlets in ${dossier.stories.length} stories, stored in ${settings.dbPath}`);
          const claims = dossier.stories.flatMap((s) => s.claims);
          const count = (status: string) => claims.filter((c) => c.status === status).length;
          writeLine(io.stdout, `Cross-check: ${claims.length} claims — ${count('corroborated')} corroborated, ${count('conflicting')} conflicting, ${count('compatible')} compatible, ${count('changed')} changed, ${count('single-source')} single-source`);
          writeLine(io.stdout, `Dossier written to ${jsonPath} (contract JSON), ${mdPath} and ${htmlPath} (reports)`);
          const db = settings.dbPath === DEFAULT_SETTINGS.dbPath ? '' : ` --db ${settings.dbPath}`;
          if (!opts.serve) writeLine(io.stdout, `Try: npx dossier stories list${db}   npx dossier explain <article id>${db}   npx dossier search ferry${db}   npx dossier show <id>${db}`);
          return EXIT_OK;
        });
        if (code !== EXIT_OK || !opts.serve) return code;
        return serveUntilStopped(io, settings, opts);
      }),
    );
  });
}
