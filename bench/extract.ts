// Benchmarks Dossier's HTML extractor against plain Mozilla Readability (on linkedom) on the
// scrapinghub and WCXB dev corpora; scores both with the reference scorer so figures match it.
// Usage: npm run bench:extract -- [--only scrapinghub|wcxb] [--limit N] [--no-readability] [--per-doc]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { normalizeDate } from '../src/text/dates.js';
import { extractHtmlPage } from '../src/ingest/html/index.js';
import { extractWithReadability } from '../src/ingest/html/fallback.js';

const WARM_UP_PAGES = 20;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repoRoot, '../shared');
const outDir = path.join(repoRoot, 'bench/out');
const scorer = path.join(shared, 'tools/score-extraction.mjs');

interface Corpus {
  name: 'scrapinghub' | 'wcxb';
  dir: string;
}
interface GoldRow {
  id: string;
  url?: string;
  split?: string;
}
interface Prediction {
  id: string;
  body: string;
  title: string | null;
  date: string | null;
}

function parseArgs(argv: string[]): { only: string | null; limit: number; readability: boolean; perDoc: boolean } {
  const opts = { only: null as string | null, limit: Infinity, readability: true, perDoc: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--only') opts.only = argv[++i] ?? null;
    else if (a === '--limit') opts.limit = Number(argv[++i]);
    else if (a === '--no-readability') opts.readability = false;
    else if (a === '--per-doc') opts.perDoc = true;
    else throw new Error(`bench:extract: unknown option "${a}" (use --only scrapinghub|wcxb, --limit N, --no-readability, --per-doc)`);
  }
  return opts;
}

function readGold(file: string): GoldRow[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldRow);
}

function runDossier(pages: { row: GoldRow; html: string }[]): { preds: Prediction[]; ms: number; by: Record<string, number> } {
  const preds: Prediction[] = [];
  const by: Record<string, number> = {};
  let ms = 0;
  for (const { row, html } of pages) {
    const t0 = performance.now();
    const page = extractHtmlPage(html, { url: row.url ?? null });
    ms += performance.now() - t0;
    by[page.extractor] = (by[page.extractor] ?? 0) + 1;
    if (page.fallbackNote) by['fallback tried, not used'] = (by['fallback tried, not used'] ?? 0) + 1;
    preds.push({ id: row.id, body: page.body, title: page.title?.value ?? null, date: page.published?.value ?? null });
  }
  return { preds, ms, by };
}

function runReadability(pages: { row: GoldRow; html: string }[]): { preds: Prediction[]; ms: number; failures: number } {
  const preds: Prediction[] = [];
  let ms = 0;
  let failures = 0;
  for (const { row, html } of pages) {
    const t0 = performance.now();
    let article: ReturnType<Readability['parse']> = null;
    try {
      const { document } = parseHTML(html);
      article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    } catch (err) {
      failures++; // counted and printed: Readability's crash is the baseline's result for that page
      process.stderr.write(`readability failed on ${row.id}: ${String(err).slice(0, 120)}\n`);
    }
    ms += performance.now() - t0;
    preds.push({ id: row.id, body: article?.textContent ?? '', title: article?.title ?? null, date: article?.publishedTime ?? null });
  }
  return { preds, ms, failures };
}

function writeJsonl(file: string, rows: unknown[]): void {
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

function main(): number {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(shared)) {
    console.log(`bench:extract: skipped — ${shared} is absent (it holds the corpora and the reference scorer).`);
    return 0;
  }
  mkdirSync(outDir, { recursive: true });
  const corpora: Corpus[] = [
    { name: 'scrapinghub', dir: path.join(shared, 'corpora/extraction-scrapinghub') },
    { name: 'wcxb', dir: path.join(shared, 'corpora/extraction-wcxb') },
  ].filter((c) => !opts.only || c.name === opts.only) as Corpus[];

  for (const corpus of corpora) {
    const goldPath = path.join(corpus.dir, 'gold.jsonl');
    if (!existsSync(goldPath)) {
      console.log(`bench:extract: ${corpus.name} skipped — ${goldPath} is absent.`);
      continue;
    }
    const allRows = readGold(goldPath);
    const rows = allRows.filter((r) => corpus.name !== 'wcxb' || (r.split ?? 'dev') === 'dev').slice(0, opts.limit);
    // A subset is scored against a gold file of the same subset, so missing ids do not count as empty.
    let scoredGold = goldPath;
    if (rows.length < allRows.length) {
      scoredGold = path.join(outDir, `${corpus.name}-gold-subset.jsonl`);
      const keep = new Set(rows.map((r) => r.id));
      writeFileSync(scoredGold, readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim() && keep.has((JSON.parse(l) as GoldRow).id)).join('\n') + '\n');
    }
    const pages = rows.map((row) => {
      const id = corpus.name === 'wcxb' ? row.id.replace(/^dev-/, '') : row.id;
      const file = [path.join(corpus.dir, 'html', `${id}.html`), path.join(corpus.dir, 'html', `${row.id}.html`)].find(existsSync);
      return { row, html: file ? readFileSync(file, 'utf8') : '' };
    });

    console.log(`\n== ${corpus.name}: ${pages.length} pages ==`);
    const predFiles: string[] = [];
    const speed: string[] = [];
    // Warm-up, untimed and for both extractors alike: JIT compilation, and the modules Dossier loads
    // on first use (linkedom, Readability for its fallback; chrono-node for dates) — the bench's own
    // Readability is imported before any timing, so ours must be loaded before timing too.
    const warmUp = pages.slice(0, WARM_UP_PAGES);
    extractWithReadability('<html><body><p>warm-up</p></body></html>');
    normalizeDate('3 March 2026');
    runDossier(warmUp);
    if (opts.readability) runReadability(warmUp);
    const dossier = runDossier(pages);
    const dossierFile = path.join(outDir, `${corpus.name}-dossier.jsonl`);
    writeJsonl(dossierFile, dossier.preds);
    predFiles.push(dossierFile);
    const dossierRate = pages.length / (dossier.ms / 1000);
    speed.push(`dossier      ${dossierRate.toFixed(1)} pages/s (${(dossier.ms / pages.length).toFixed(1)} ms/page)`);
    speed.push(`body from    ${Object.entries(dossier.by).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    if (opts.readability) {
      const rd = runReadability(pages);
      const rdFile = path.join(outDir, `${corpus.name}-readability.jsonl`);
      writeJsonl(rdFile, rd.preds);
      predFiles.push(rdFile);
      const rdRate = pages.length / (rd.ms / 1000);
      speed.push(`readability  ${rdRate.toFixed(1)} pages/s (${(rd.ms / pages.length).toFixed(1)} ms/page)${rd.failures ? `, ${rd.failures} crashed` : ''}`);
      speed.push(`speed-up     ${(dossierRate / rdRate).toFixed(2)}×`);
    }
    const args = [scorer, '--metric', corpus.name, '--gold', scoredGold];
    if (opts.perDoc) args.push('--per-doc', path.join(outDir, `${corpus.name}-perdoc.tsv`));
    const res = spawnSync(process.execPath, [...args, ...predFiles], { encoding: 'utf8' });
    process.stdout.write(res.stdout);
    if (res.status !== 0) {
      process.stderr.write(res.stderr);
      console.log(`bench:extract: the scorer exited with ${res.status}`);
      return 1;
    }
    console.log(speed.join('\n'));
  }
  return 0;
}

process.exitCode = main();
